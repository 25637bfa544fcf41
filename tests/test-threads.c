/* SPDX-License-Identifier: MIT */
/*
 * Several threads call every public function at once and must get exactly
 * the answers one thread got alone.  Built with -fsanitize=thread (the
 * "tsan" stage of tests/run-all) it also shows that the library has no data
 * races; in a plain build it still checks that concurrent answers agree.
 *
 * HS_THREADS and HS_THREAD_ITERATIONS override the number of threads (8)
 * and of passes per thread (40); valgrind.sh lowers the latter.
 */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#define NDIALECTS 7
#define MAX_THREADS 64

enum { S_CODES, S_NAMES, S_DIALECTS, S_REVERSE, S_NEXT, S_FORMAT, S_PARSE, S_FIELDS, S_CHECK,
       NSECTIONS };

static const char *const section_names[NSECTIONS] = {
	"facts about codes", "flag names and error strings", "dialect names",
	"reverse lookup", "iteration", "status-line formatting", "status-line parsing",
	"field lookups and rules", "checking heads",
};

/* FNV-1a style folding of everything a call returns. */
static uint64_t mix(uint64_t h, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++) {
		h ^= v & 0xff;
		h *= 0x100000001b3ULL;
		v >>= 8;
	}
	return h;
}

static uint64_t mix_text(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = mix(h, (unsigned char)*s);
	return mix(h, 0);
}

/* A returned string counts by address (static strings stay put) and text. */
static uint64_t mix_str(uint64_t h, const char *s)
{
	if (!s)
		return mix(h, 0x6e756c6c);
	return mix_text(mix(h, (uint64_t)(uintptr_t)s), s);
}

static uint64_t codes(void)
{
	int d_release = httpstatus_dialect_from_name("nginx/1.22.1");
	uint64_t h = 0xcbf29ce484222325ULL;
	static const int edges[] = { INT_MIN, -1, 0, 99, 600, 999, 1000, INT_MAX };
	int code, d;
	size_t i;

	for (i = 0; i < sizeof edges / sizeof edges[0] + 520; i++) {
		code = i < sizeof edges / sizeof edges[0] ? edges[i]
		                                          : 90 + (int)(i - sizeof edges / sizeof edges[0]);
		h = mix(h, (uint64_t)httpstatus_class_of(code));
		h = mix_str(h, httpstatus_class_name(httpstatus_class_of(code)));
		h = mix(h, (uint64_t)httpstatus_fallback(code));
		h = mix_str(h, httpstatus_reason(code));
		h = mix_str(h, httpstatus_name(code));
		h = mix_str(h, httpstatus_description(code));
		h = mix_str(h, httpstatus_advice(code));
		h = mix_str(h, httpstatus_spec(code));
		h = mix(h, (uint64_t)httpstatus_registry_of(code));
		h = mix_str(h, httpstatus_registry_name(httpstatus_registry_of(code)));
		h = mix_str(h, httpstatus_vendor(code));
		h = mix(h, httpstatus_flags(code));
		for (d = -1; d <= NDIALECTS; d++)
			h = mix_str(h, httpstatus_reason_dialect(code, d));
		/* Releases, wire lines, meanings, registry dates. */
		for (d = HTTPSTATUS_DIALECT_APACHE13; d < NDIALECTS; d++) {
			char line[128] = "";

			h = mix(h, (uint64_t)httpstatus_wire_code(code, d));
			h = mix(h, (uint64_t)httpstatus_wire_line(line, sizeof line, code, d));
			h = mix_text(h, line);  /* the text: the buffer is each thread's own */
		}
		h = mix_str(h, httpstatus_reason_dialect(code, d_release));
		h = mix_str(h, httpstatus_meaning_reason(code, 1));
		h = mix_str(h, httpstatus_meaning_vendor(code, 0));
		h = mix(h, (uint64_t)httpstatus_registry_date(code, HTTPSTATUS_DATE_EXPIRES));
		h = mix(h, (uint64_t)httpstatus_registry_expired(code, 20261201));
	}
	return h;
}

static uint64_t names(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	int i;

	for (i = 0; i < 33; i++)
		h = mix_str(h, httpstatus_flag_name(i < 32 ? 1u << i : 0));
	for (i = -14; i <= 2; i++)
		h = mix_str(h, httpstatus_strerror(i));
	h = mix_str(h, httpstatus_version());
	return h;
}

static uint64_t dialects(void)
{
	static const char *const bad[] = { "", "NGINX", "Apache24", "ngin", "nginx ", "x",
	                                   "ng\xd1\x96nx", NULL };
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;
	int d;

	for (d = -2; d <= NDIALECTS + 1; d++) {
		const char *name = httpstatus_dialect_name(d);

		h = mix_str(h, name);
		if (name)
			h = mix(h, (uint64_t)httpstatus_dialect_from_name(name));
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		h = mix(h, (uint64_t)httpstatus_dialect_from_name(bad[i]));
	return h;
}

static uint64_t reverse(void)
{
	static const char *const extra[] = {
		"404 Not Found", "404 Gone", "moved temporarily", "REQUEST_ENTITY_TOO_LARGE",
		"I\xe2\x80\x99m a teapot", "N\xd0\xbet Found", "", "   ", "no such phrase",
	};
	uint64_t h = 0xcbf29ce484222325ULL;
	int code, d, m;
	size_t i;

	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
		const char *name = httpstatus_name(code);

		h = mix(h, (uint64_t)httpstatus_from_reason(name));
		for (d = 0; d < NDIALECTS; d++) {
			const char *p = httpstatus_reason_dialect(code, d);

			if (!p)
				continue;
			h = mix(h, (uint64_t)httpstatus_match_reason(p, strlen(p), &m));
			h = mix(h, (uint64_t)m);
		}
	}
	for (i = 0; i < sizeof extra / sizeof extra[0]; i++) {
		h = mix(h, (uint64_t)httpstatus_from_reason(extra[i]));
		h = mix(h, (uint64_t)httpstatus_match_reason(extra[i], strlen(extra[i]), &m));
		h = mix(h, (uint64_t)m);
	}
	h = mix(h, (uint64_t)httpstatus_from_reason(NULL));
	return h;
}

static uint64_t next(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	unsigned int filter;
	int code;

	for (filter = 0; filter <= 4; filter++)
		for (code = httpstatus_next(INT_MIN, filter); code > 0;
		     code = httpstatus_next(code, filter))
			h = mix(h, (uint64_t)code);
	return h;
}

static uint64_t format(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	char buf[320];
	int code, d, n;

	for (code = 95; code <= 605; code++)
		for (d = 0; d < NDIALECTS; d++) {
			size_t size = (size_t)(code + d) % 40;    /* some truncated */

			n = httpstatus_format_status_line(buf, size ? size : sizeof buf, 1,
			                                  code % 2, code, d);
			h = mix(h, (uint64_t)n);
			if (n >= 0)
				h = mix_text(h, buf);     /* a local buffer: text only */
		}
	return h;
}

static uint64_t parse(void)
{
	static const char *const lines[] = {
		"HTTP/1.1 200 OK\r\n", "HTTP/1.0 404 Not Found\r\n", "HTTP/2 204\n",
		"http/1.1 600 Custom\n", "HTTP/1.1 20", "HTTP/1.1 2000 OK\r\n",
		"HTTP/1.1 200 O\001K\r\n", "ICY 200 OK\r\n", "HTTP/1.1 471 \r\n", "",
	};
	uint64_t h = 0xcbf29ce484222325ULL;
	unsigned int flags;
	size_t i;

	for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
		for (flags = 0; flags <= 4; flags++) {
			int maj = -1, min = -1, code = -1, rc;
			const char *r = NULL;
			size_t rl = 0, end = 0;

			rc = httpstatus_parse_status_line(lines[i], strlen(lines[i]), flags, &maj, &min,
			                                  &code, &r, &rl, &end);
			h = mix(h, (uint64_t)rc);
			h = mix(h, (uint64_t)maj);
			h = mix(h, (uint64_t)min);
			h = mix(h, (uint64_t)code);
			h = mix(h, r ? (uint64_t)(r - lines[i]) : 0xffff);
			h = mix(h, rl);
			h = mix(h, end);
		}
	return h;
}

static uint64_t fields(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	struct httpstatus_rule rules[16];
	const char *f;
	int code, n, i;

	for (f = httpstatus_field_next(NULL); f; f = httpstatus_field_next(f)) {
		h = mix_str(h, f);
		h = mix_str(h, httpstatus_field_name(f));
		h = mix_str(h, httpstatus_field_spec(f));
		h = mix(h, httpstatus_field_flags(f));
		h = mix(h, (uint64_t)httpstatus_field_status(f));
	}
	for (code = 99; code <= 600; code++) {
		n = httpstatus_rules(code, rules, 16);
		h = mix(h, (uint64_t)n);
		for (i = 0; i < n && i < 16; i++) {
			h = mix_str(h, rules[i].field);
			h = mix_str(h, rules[i].id);
			h = mix(h, (uint64_t)rules[i].strength);
		}
	}
	return h;
}

static uint64_t check(void)
{
	static const char *const heads[] = {
		"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n",
		"HTTP/2 101\r\nupgrade: h2c\r\nhost: x\r\n\r\n",
		"HTTP/1.1 204 No Content\nContent-Length: 5\n\nbody",
		"garbage\r\n\001\r\n",
		"",
	};
	static const char *const methods[] = { NULL, "GET", "HEAD", "CONNECT", "POST" };
	struct httpstatus_finding fnd[8];
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i, m;
	int n, k;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		for (m = 0; m < sizeof methods / sizeof methods[0]; m++) {
			n = httpstatus_check(heads[i], strlen(heads[i]), methods[m], 0, fnd, 8);
			h = mix(h, (uint64_t)n);
			for (k = 0; k < n && k < 8; k++) {
				h = mix_str(h, fnd[k].id);
				h = mix(h, fnd[k].offset);
				h = mix(h, (uint64_t)fnd[k].line);
			}
		}
	return h;
}

static uint64_t (*const sections[NSECTIONS])(void) = {
	codes, names, dialects, reverse, next, format, parse, fields, check,
};

static uint64_t reference[NSECTIONS];
static int iterations = 40;
static pthread_barrier_t start;

struct worker {
	pthread_t thread;
	int id;
	int mismatches[NSECTIONS];
	int passes;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	int it, k;

	pthread_barrier_wait(&start);
	for (it = 0; it < iterations; it++) {
		/* Each thread walks the sections in its own order, so that
		 * different functions run side by side. */
		for (k = 0; k < NSECTIONS; k++) {
			int s = (k + w->id + it) % NSECTIONS;

			if (sections[s]() != reference[s])
				w->mismatches[s]++;
		}
		w->passes++;
	}
	return NULL;
}

static int env_int(const char *name, int def, int lo, int hi)
{
	const char *v = getenv(name);
	long n;

	if (!v || !*v)
		return def;
	n = strtol(v, NULL, 10);
	return n < lo ? lo : n > hi ? hi : (int)n;
}

int main(void)
{
	static struct worker workers[MAX_THREADS];
	int nthreads = env_int("HS_THREADS", 8, 2, MAX_THREADS);
	int i, s, started = 0;

	iterations = env_int("HS_THREAD_ITERATIONS", iterations, 1, 100000);

	/* The single-thread reference, and a check that it is stable. */
	for (s = 0; s < NSECTIONS; s++)
		reference[s] = sections[s]();
	for (s = 0; s < NSECTIONS; s++)
		ok(sections[s]() == reference[s], "%s: one thread gets the same answers twice",
		   section_names[s]);

	if (pthread_barrier_init(&start, NULL, (unsigned int)nthreads) != 0) {
		diag("pthread_barrier_init failed");
		return 99;
	}
	for (i = 0; i < nthreads; i++) {
		workers[i].id = i;
		if (pthread_create(&workers[i].thread, NULL, work, &workers[i]) != 0)
			break;
		started++;
	}
	is_int(started, nthreads, "%d threads started", nthreads);
	if (started != nthreads) {
		/* The barrier would wait forever for the missing threads. */
		diag("cannot start all threads");
		return done_testing() ? 1 : 99;
	}
	for (i = 0; i < nthreads; i++)
		pthread_join(workers[i].thread, NULL);
	pthread_barrier_destroy(&start);

	for (s = 0; s < NSECTIONS; s++) {
		int bad = 0;

		for (i = 0; i < nthreads; i++)
			bad += workers[i].mismatches[s];
		is_int(bad, 0, "%s: %d threads x %d passes agree with one thread", section_names[s],
		       nthreads, iterations);
	}
	for (i = 0; i < nthreads; i++)
		is_int(workers[i].passes, iterations, "thread %d finished every pass", i);
	return done_testing();
}
