/* SPDX-License-Identifier: MIT */
/*
 * The library allocates nothing.  This program replaces malloc and its
 * relatives with counting versions (a definition in the executable takes
 * precedence over the C library's for every shared object, libhttpstatus
 * included), calls every public function over a wide range of arguments,
 * and checks that the counters did not move.  A control call to strdup(),
 * made from inside the C library, shows that the counters do see
 * allocations made by shared libraries.
 *
 * Sanitizers replace malloc themselves; under them the test is skipped.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#if defined(__has_feature)
# if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
     __has_feature(memory_sanitizer)
#  define HS_SANITIZED 1
# endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
# define HS_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(HS_SANITIZED)
# define HS_COUNTING 1
#endif

#ifdef HS_COUNTING
/* glibc's own allocator, under the names it exports for this purpose. */
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static volatile unsigned long allocations, frees;

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int posix_memalign(void **out, size_t align, size_t n);
void *memalign(size_t align, size_t n);
void *valloc(size_t n);

void *malloc(size_t n)
{
	allocations++;
	return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
	allocations++;
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	allocations++;
	return __libc_realloc(p, n);
}

void free(void *p)
{
	if (p)
		frees++;
	__libc_free(p);
}

void *aligned_alloc(size_t align, size_t n)
{
	allocations++;
	return __libc_memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	void *p;

	allocations++;
	p = __libc_memalign(align, n);
	if (!p)
		return 12;              /* ENOMEM */
	*out = p;
	return 0;
}

void *memalign(size_t align, size_t n)
{
	allocations++;
	return __libc_memalign(align, n);
}

void *valloc(size_t n)
{
	allocations++;
	return __libc_memalign(4096, n);
}
#endif

/* Every public function, over many arguments; returns a checksum. */
static unsigned long call_everything(void)
{
	static const char *const phrases[] = {
		"Not Found", "404 Not Found", "404 Gone", "moved temporarily",
		"I\xe2\x80\x99m a teapot", "N\xd0\xbet Found", "", "no such phrase",
	};
	static const char *const lines[] = {
		"HTTP/1.1 200 OK\r\n", "HTTP/2 204\n", "HTTP/1.1 2000 OK\r\n", "HTTP/1.1 20", "",
	};
	static char big[HTTPSTATUS_STATUS_LINE_MAX + 64];
	static const char *const releases[] = {
		"nginx/1.22.1", "nginx/1.30.0", "Apache/2.4.71 (Debian)", "Apache/1.3.42",
		"nginx/1.x", "nginx/0.7.65",
	};
	unsigned long sum = 0;
	char buf[320];
	int code, d, m, maj, min, st;
	unsigned int f;
	const char *r;
	size_t i, rl, end, len;

	for (code = -5; code <= 1005; code++) {
		sum += (unsigned long)httpstatus_class_of(code);
		sum += httpstatus_class_name(code % 7) != NULL;
		sum += (unsigned long)httpstatus_fallback(code);
		sum += httpstatus_reason(code) != NULL;
		sum += httpstatus_name(code) != NULL;
		sum += httpstatus_description(code) != NULL;
		sum += httpstatus_advice(code) != NULL;
		sum += httpstatus_spec(code) != NULL;
		sum += (unsigned long)httpstatus_registry_of(code);
		sum += httpstatus_registry_name(code % 8) != NULL;
		sum += httpstatus_vendor(code) != NULL;
		sum += httpstatus_flags(code);
		sum += (unsigned long)httpstatus_next(code, (unsigned int)code & 3);
		sum += httpstatus_strerror(-(code % 13)) != NULL;
		for (d = -1; d <= 7; d++) {
			sum += httpstatus_reason_dialect(code, d) != NULL;
			sum += httpstatus_status_line_reason(code, d, &len) != NULL;
			sum += len;
			sum += httpstatus_dialect_name(d) != NULL;
			sum += (unsigned long)httpstatus_format_status_line(buf, sizeof buf, 1, 1, code, d);
			sum += (unsigned long)httpstatus_format_status_line(buf, (size_t)code & 15, 1, 1,
			                                                    code, d);
		}
		if (httpstatus_name(code))
			sum += (unsigned long)httpstatus_from_reason(httpstatus_name(code));
	}
	for (f = 0; f < 33; f++)
		sum += httpstatus_flag_name(f < 32 ? 1u << f : 0) != NULL;
	for (d = 0; d < 7; d++)
		sum += (unsigned long)httpstatus_dialect_from_name(httpstatus_dialect_name(d));
	sum += (unsigned long)httpstatus_dialect_from_name("NGINX");
	sum += (unsigned long)httpstatus_dialect_from_name(NULL);
	/* Releases, wire lines, meanings, registry dates, 600-999. */
	for (i = 0; i < sizeof releases / sizeof releases[0]; i++) {
		int rd = httpstatus_dialect_from_name(releases[i]);

		sum += (unsigned long)httpstatus_dialect_version(rd);
		for (code = 95; code <= 1005; code += 7) {
			sum += (unsigned long)httpstatus_wire_code(code, rd);
			sum += (unsigned long)httpstatus_wire_line(buf, sizeof buf, code, rd);
			sum += httpstatus_reason_dialect(code, rd) != NULL;
		}
	}
	for (code = 95; code <= 1005; code++) {
		sum += httpstatus_meaning_reason(code, code % 3) != NULL;
		sum += httpstatus_meaning_vendor(code, code % 3) != NULL;
		sum += (unsigned long)httpstatus_registry_date(code, code % 4);
		sum += (unsigned long)httpstatus_registry_expired(code, 20261201);
		sum += (unsigned long)httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, code, 0,
		                                                       HTTPSTATUS_FORMAT_ANY_CODE);
	}
	sum += (unsigned long)httpstatus_registry_checked();
	for (i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
		sum += (unsigned long)httpstatus_from_reason(phrases[i]);
		sum += (unsigned long)httpstatus_match_reason(phrases[i], strlen(phrases[i]), &m);
		sum += (unsigned long)m;
	}
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
		for (f = 0; f < 4; f++) {
			sum += (unsigned long)httpstatus_parse_status_line(lines[i], strlen(lines[i]), f,
			                                                   &maj, &min, &st, &r, &rl,
			                                                   &end);
			sum += end;
		}
	memset(big, 'a', sizeof big);
	memcpy(big, "HTTP/1.1 200 ", 13);
	sum += (unsigned long)httpstatus_parse_status_line(big, sizeof big, 0, NULL, NULL, NULL,
	                                                   NULL, NULL, &end);
	sum += (unsigned long)httpstatus_match_reason(big, sizeof big, NULL);
	sum += strlen(httpstatus_version());
	{
		static const char heads[][96] = {
			"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n",
			"HTTP/2 200\r\nconnection: close\r\nhost: x\r\n folded\r\n\r\nbody",
			"HTTP/1.1 404 Gone\nX: \001\r",
		};
		struct httpstatus_finding fnd[8];
		struct httpstatus_rule rules[16];
		const char *fld;

		for (fld = httpstatus_field_next(NULL); fld; fld = httpstatus_field_next(fld)) {
			sum += httpstatus_field_flags(fld);
			sum += (unsigned long)httpstatus_field_status(fld);
			sum += strlen(httpstatus_field_spec(fld)) + strlen(httpstatus_field_name(fld));
		}
		for (d = -1; d <= 6; d++) {
			sum += httpstatus_field_status_name(d) != NULL;
			sum += httpstatus_strength_name(d) != NULL;
			sum += httpstatus_severity_name(d) != NULL;
		}
		for (f = 0; f < 33; f++)
			sum += httpstatus_field_flag_name(f < 32 ? 1u << f : 0) != NULL;
		for (code = 95; code <= 605; code++)
			sum += (unsigned long)httpstatus_rules(code, rules, 16);
		for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
			sum += (unsigned long)httpstatus_check(heads[i], strlen(heads[i]), "GET", 0,
			                                       fnd, 8);
		sum += (unsigned long)httpstatus_check(big, sizeof big, NULL, 11, fnd, 8);
	}
	return sum;
}

int main(void)
{
#ifdef HS_COUNTING
	unsigned long a0, f0, sum;
	const char *volatile src = "x";
	char *(*volatile dup)(const char *) = strdup;
	char *copy;

	/* Warm up stdio first: its buffer is the program's, not the library's. */
	diag("counting allocations around every public function");

	/* Control: an allocation made inside another shared library is seen. */
	a0 = allocations;
	f0 = frees;
	copy = dup(src);
	free(copy);
	ok(allocations > a0 && frees > f0,
	   "the counters see an allocation made inside the C library (strdup)");

	a0 = allocations;
	f0 = frees;
	sum = call_everything();
	is_int((long long)(allocations - a0), 0, "no allocation while calling every function");
	is_int((long long)(frees - f0), 0, "no free while calling every function");
	ok(sum != 0, "the calls were made (checksum %lu)", sum);
	return done_testing();
#else
	(void)call_everything;
	(void)done_testing;
	printf("1..0 # SKIP malloc cannot be counted here (sanitizer build or not glibc)\n");
	return 0;
#endif
}
