/* SPDX-License-Identifier: MIT */
/*
 * Status-line formatting: httpstatus_format_status_line() with any code,
 * version digits, dialect and buffer size the input asks for.
 *
 * The output goes to an exact-size heap buffer (AddressSanitizer or
 * valgrind catch a write past it) and to a buffer with canary bytes after
 * the given size (caught without any tool).  A full line must parse back.
 *
 * Input: major, minor, code and dialect, each a selector byte and four
 * bytes (small_or_any() and fuzz_int() below), then an option byte (bit 0:
 * a tiny buffer taken from bits 1-5) and four bytes of buffer size.
 */
#include <string.h>

#include "fuzz.h"

#define CANARY 0xA5
#define SLACK 32

/* The line the library must produce, or NULL when the arguments are bad. */
static const char *expected_reason(int major, int minor, int code, int dialect)
{
	const char *reason;

	if (major < 0 || major > 9 || minor < 0 || minor > 9)
		return NULL;
	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX || !httpstatus_dialect_name(dialect))
		return NULL;
	reason = httpstatus_reason_dialect(code, dialect);
	if (!reason)
		reason = httpstatus_reason(code);
	return reason ? reason : "";
}

static int small_or_any(struct fuzz_in *in, int lo, int hi)
{
	unsigned int sel = fuzz_u8(in);
	uint32_t raw = fuzz_u32(in);

	if (sel < 224)
		return lo + (int)(raw % (uint32_t)(hi - lo + 1));
	return (int)raw;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	int major = small_or_any(&in, -1, 10);
	int minor = small_or_any(&in, -1, 10);
	int code = fuzz_int(&in);
	int dialect = small_or_any(&in, -1, 8);
	unsigned int how = fuzz_u8(&in);
	size_t bufsize = fuzz_u32(&in) % 320;
	const char *reason = expected_reason(major, minor, code, dialect);
	char full[HTTPSTATUS_PHRASE_MAX + 32];
	char *exact, *guarded;
	size_t i, want_len = 0;
	int n, rc;

	if (how & 1)
		bufsize = how >> 1 & 31;        /* often tiny: truncation */

	/* The whole line, into a buffer big enough for any line. */
	n = httpstatus_format_status_line(full, sizeof full, major, minor, code, dialect);
	if (!reason) {
		FUZZ_CHECK(n == HTTPSTATUS_ERR_INVALID);
	} else {
		want_len = 13 + strlen(reason) + 2;
		FUZZ_CHECK(n >= 0 && (size_t)n == want_len && want_len < sizeof full);
		FUZZ_CHECK(strlen(full) == want_len);
		FUZZ_CHECK(memcmp(full, "HTTP/", 5) == 0);
		FUZZ_CHECK(full[5] == '0' + major && full[6] == '.' && full[7] == '0' + minor);
		FUZZ_CHECK(full[8] == ' ' && full[12] == ' ');
		FUZZ_CHECK(memcmp(full + 13, reason, strlen(reason)) == 0);
		FUZZ_CHECK(full[n - 2] == '\r' && full[n - 1] == '\n');
	}

	/* size 0: nothing is written, buf may be NULL. */
	FUZZ_CHECK(httpstatus_format_status_line(NULL, 0, major, minor, code, dialect) == n);
	/* buf NULL with a size is an error. */
	FUZZ_CHECK(httpstatus_format_status_line(NULL, bufsize + 1, major, minor, code,
	                                         dialect) == HTTPSTATUS_ERR_INVALID);

	/* Exactly bufsize bytes on the heap. */
	exact = malloc(bufsize ? bufsize : 1);
	FUZZ_CHECK(exact != NULL);
	memset(exact, CANARY, bufsize ? bufsize : 1);
	rc = httpstatus_format_status_line(bufsize ? exact : NULL, bufsize, major, minor, code,
	                                   dialect);
	FUZZ_CHECK(rc == n);
	if (bufsize && reason) {
		size_t kept = want_len < bufsize ? want_len : bufsize - 1;

		/* Truncated like snprintf: a NUL-terminated prefix of the line. */
		FUZZ_CHECK(exact[kept] == '\0');
		FUZZ_CHECK(memcmp(exact, full, kept) == 0);
	}
	free(exact);

	/* The same with canary bytes after the given size. */
	guarded = malloc(bufsize + SLACK);
	FUZZ_CHECK(guarded != NULL);
	memset(guarded, CANARY, bufsize + SLACK);
	rc = httpstatus_format_status_line(guarded, bufsize, major, minor, code, dialect);
	FUZZ_CHECK(rc == n);
	for (i = bufsize; i < bufsize + SLACK; i++)
		FUZZ_CHECK((unsigned char)guarded[i] == CANARY);
	if (bufsize && reason)
		FUZZ_CHECK(strlen(guarded) == (want_len < bufsize ? want_len : bufsize - 1));
	free(guarded);

	/* A full line parses back to what was formatted. */
	if (reason) {
		int maj = -1, min = -1, got = -1;
		const char *r = NULL;
		size_t rl = 0, end = 0;

		FUZZ_CHECK(httpstatus_parse_status_line(full, (size_t)n, HTTPSTATUS_PARSE_STRICT,
		                                        &maj, &min, &got, &r, &rl, &end) == 0);
		FUZZ_CHECK(maj == major && min == minor && got == code && end == (size_t)n);
		FUZZ_CHECK(rl == strlen(reason) && r == full + 13);
		FUZZ_CHECK(memcmp(r, reason, rl) == 0);
	}
	return 0;
}
