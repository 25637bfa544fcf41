/* SPDX-License-Identifier: MIT */
/*
 * The bad-input matrix of the C API (docs/bad-input.md): every public
 * function against NULL pointers, negative numbers, 0, 99, 600, 999, 1000,
 * INT_MIN, INT_MAX, empty strings, 1 MiB strings, embedded NULs, invalid
 * UTF-8 and non-ASCII look-alikes, each with the answer the header
 * documents.
 *
 * Cells that other tests already check are not repeated here:
 * test-class walks every int from -1000 to 2000 plus INT_MIN/INT_MAX
 * through httpstatus_class_of, _flags, _registry, _fallback, _reason, _name,
 * _description, _spec, _vendor and _reason_dialect (code axis);
 * test-reverse and test-statusline check the common phrase and status-line
 * errors.  Inputs are placed in exact-size heap buffers so that a read past
 * the end shows under AddressSanitizer and valgrind.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#define NDIALECTS 7
#define MIB (1u << 20)

/* Numbers that are out of range for every numeric argument. */
static const int bad_numbers[] = { INT_MIN, INT_MIN + 1, -1000, -1, 99, 600, 999, 1000,
                                   INT_MAX - 1, INT_MAX };
#define NBAD (sizeof bad_numbers / sizeof bad_numbers[0])

/* Text that is not a phrase, a dialect name or a status line. */
static const struct {
	const char *what;
	const char *text;
} bad_text[] = {
	{ "invalid UTF-8 (ff fe)", "\xff\xfe" },
	{ "a lone continuation byte", "Not \x80 Found" },
	{ "a truncated sequence", "Not Found\xc3" },
	{ "an overlong encoding of '/'", "Not\xc0\xaf" "Found" },
	{ "Latin-1 o-umlaut", "N\xf6t Found" },
	{ "Cyrillic o look-alike", "N\xd0\xbet Found" },
	{ "Greek capital Nu look-alike", "\xce\x9dot Found" },
	{ "fullwidth N look-alike", "\xef\xbc\xaeot Found" },
	{ "a no-break space", "Not\xc2\xa0" "Found" },
	{ "a DEL byte", "Not\x7f" "Found" },
	{ "an escape sequence", "\x1b[31mNot Found" },
};
#define NTEXT (sizeof bad_text / sizeof bad_text[0])

/* An exact-size heap copy of n bytes (no terminator unless inside). */
static char *dup_exact(const char *s, size_t n)
{
	char *p = malloc(n ? n : 1);

	if (!p)
		exit(99);
	memcpy(p, s, n);
	return p;
}

static char *big_string(size_t n, char fill)
{
	char *p = malloc(n + 1);

	if (!p)
		exit(99);
	memset(p, fill, n);
	p[n] = '\0';
	return p;
}

/* ---------------------------------------------------------------- */
/* Numbers                                                           */
/* ---------------------------------------------------------------- */

static void names_of_numbers(void)
{
	size_t i;

	for (i = 0; i < NBAD; i++) {
		int v = bad_numbers[i];

		is_str(httpstatus_class_name(v), NULL, "class_name(%d) is NULL", v);
		is_str(httpstatus_registry_name(v), NULL, "registry_name(%d) is NULL", v);
		is_str(httpstatus_dialect_name(v), NULL, "dialect_name(%d) is NULL", v);
		is_str(httpstatus_reason_dialect(404, v), NULL, "reason_dialect(404, %d) is NULL", v);
		{
			size_t len = 99;

			is_str(httpstatus_status_line_reason(404, v, &len), NULL,
			       "status_line_reason(404, %d) is NULL", v);
			is_int((int)len, 0, "status_line_reason(404, %d) gives length 0", v);
			len = 99;
			is_str(httpstatus_status_line_reason(v, 0, &len), NULL,
			       "status_line_reason(%d, 0) is NULL", v);
			is_int((int)len, 0, "status_line_reason(%d, 0) gives length 0", v);
			is_str(httpstatus_status_line_reason(v, 0, NULL), NULL,
			       "status_line_reason(%d, 0, NULL) is NULL", v);
		}
		if (v < HTTPSTATUS_ERR_UNVERIFIED || v > HTTPSTATUS_ERR_INVALID)
			is_str(httpstatus_strerror(v), "unknown error",
			       "strerror(%d) is 'unknown error'", v);
	}
	is_str(httpstatus_class_name(0), NULL, "class_name(0) is NULL");
	is_str(httpstatus_registry_name(HTTPSTATUS_REGISTRY_INVALID), NULL,
	       "registry_name(REGISTRY_INVALID) is NULL");
	is_str(httpstatus_strerror(1), "unknown error", "strerror(1) is 'unknown error'");

	/* Both arguments bad at once. */
	is_str(httpstatus_reason_dialect(INT_MIN, INT_MIN), NULL, "reason_dialect(INT_MIN, INT_MIN)");
	is_str(httpstatus_reason_dialect(INT_MAX, INT_MAX), NULL, "reason_dialect(INT_MAX, INT_MAX)");
	is_str(httpstatus_reason_dialect(0, 0), NULL, "reason_dialect(0, 0)");
	is_str(httpstatus_status_line_reason(INT_MIN, INT_MIN, NULL), NULL,
	       "status_line_reason(INT_MIN, INT_MIN)");
	is_str(httpstatus_status_line_reason(INT_MAX, INT_MAX, NULL), NULL,
	       "status_line_reason(INT_MAX, INT_MAX)");
	/* A valid but unknown code is not bad input: an empty phrase. */
	is_str(httpstatus_status_line_reason(471, 0, NULL), "",
	       "status_line_reason(471, 0) is the empty phrase");
}

static void flag_names(void)
{
	unsigned int bad[] = { 0, 3, 0, 1u << 31, 0, UINT_MAX, (unsigned int)-1 - 1 };
	unsigned int n = 0;
	size_t i;

	/* The first bit past the flags, and all the flags at once. */
	while (n < 31 && httpstatus_flag_name(1u << n))
		n++;
	ok(n >= 10, "at least the ten flags of 1.0 have names (%u)", n);
	bad[2] = 1u << n;
	bad[4] = (1u << n) - 1;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		is_str(httpstatus_flag_name(bad[i]), NULL, "flag_name(%#x) is NULL", bad[i]);
}

static void iteration(void)
{
	static const unsigned int filters[] = { 1u << 2, 1u << 31, UINT_MAX };
	size_t i;
	int c, n;

	/* Unknown filter bits are ignored: the known bits decide. */
	for (i = 0; i < sizeof filters / sizeof filters[0]; i++) {
		unsigned int known = filters[i] & HTTPSTATUS_FILTER_ALL;
		int same = 1;

		for (c = -1; c <= 600; c++)
			same &= httpstatus_next(c, filters[i]) == httpstatus_next(c, known);
		ok(same, "next(code, %#x) = next(code, %#x) for -1..600", filters[i], known);
	}
	for (i = 0; i < NBAD; i++) {
		int v = bad_numbers[i];
		int want = v < HTTPSTATUS_MIN ? httpstatus_next(0, HTTPSTATUS_FILTER_ALL) : -1;

		is_int(httpstatus_next(v, HTTPSTATUS_FILTER_ALL), want, "next(%d, ALL)", v);
	}
	/* An empty filter never loops. */
	for (n = 0, c = httpstatus_next(INT_MIN, 0); c > 0 && n < 1000; c = httpstatus_next(c, 0))
		n++;
	is_int(n, 0, "next(INT_MIN, 0) gives nothing");
}

/* ---------------------------------------------------------------- */
/* Dialect names                                                     */
/* ---------------------------------------------------------------- */

static void dialect_names(void)
{
	size_t i;
	char *big, *p;

	for (i = 0; i < NTEXT; i++) {
		p = dup_exact(bad_text[i].text, strlen(bad_text[i].text) + 1);
		is_int(httpstatus_dialect_from_name(p), HTTPSTATUS_ERR_INVALID,
		       "dialect_from_name(%s)", bad_text[i].what);
		free(p);
	}
	is_int(httpstatus_dialect_from_name("ng\xd1\x96nx"), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name: Cyrillic i in 'nginx'");
	is_int(httpstatus_dialect_from_name("\xef\xbd\x8eginx"), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name: fullwidth n in 'nginx'");
	is_int(httpstatus_dialect_from_name("nginx\xff"), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name: a valid name then a bad byte");
	is_int(httpstatus_dialect_from_name("-1"), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name(\"-1\"): numbers are not names");
	is_int(httpstatus_dialect_from_name("6"), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name(\"6\"): numbers are not names");
	/* A C string ends at its first NUL: "nginx\0junk" is "nginx". */
	is_int(httpstatus_dialect_from_name("nginx\0junk"), HTTPSTATUS_DIALECT_NGINX,
	       "dialect_from_name(\"nginx\\0junk\") reads up to the NUL");

	big = big_string(MIB, 'a');
	is_int(httpstatus_dialect_from_name(big), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name(1 MiB)");
	memcpy(big, "nginx", 5);
	is_int(httpstatus_dialect_from_name(big), HTTPSTATUS_ERR_INVALID,
	       "dialect_from_name(\"nginx\" + 1 MiB)");
	free(big);
}

/* ---------------------------------------------------------------- */
/* Reverse lookup                                                    */
/* ---------------------------------------------------------------- */

static void phrases(void)
{
	size_t i;
	char *p, *big;
	int m;

	for (i = 0; i < NTEXT; i++) {
		size_t n = strlen(bad_text[i].text);

		p = dup_exact(bad_text[i].text, n);
		m = -1;
		is_int(httpstatus_match_reason(p, n, &m), HTTPSTATUS_ERR_CHARSET,
		       "match_reason(%s) is CHARSET", bad_text[i].what);
		is_int(m, HTTPSTATUS_MATCH_NONE, "... and the match kind is NONE");
		free(p);
		p = dup_exact(bad_text[i].text, n + 1);
		is_int(httpstatus_from_reason(p), HTTPSTATUS_ERR_CHARSET, "from_reason(%s) is CHARSET",
		       bad_text[i].what);
		free(p);
	}

	/* Numbers are not phrases; a leading code must agree with the phrase. */
	is_int(httpstatus_from_reason("-1 Not Found"), HTTPSTATUS_ERR_NOT_FOUND, "'-1 Not Found'");
	is_int(httpstatus_from_reason("0 Not Found"), HTTPSTATUS_ERR_NOT_FOUND, "'0 Not Found'");
	is_int(httpstatus_from_reason("000 Not Found"), HTTPSTATUS_ERR_MISMATCH, "'000 Not Found'");
	is_int(httpstatus_from_reason("099 Not Found"), HTTPSTATUS_ERR_MISMATCH, "'099 Not Found'");
	is_int(httpstatus_from_reason("999 Not Found"), HTTPSTATUS_ERR_MISMATCH, "'999 Not Found'");
	is_int(httpstatus_from_reason("1000 Not Found"), HTTPSTATUS_ERR_NOT_FOUND,
	       "'1000 Not Found'");
	is_int(httpstatus_from_reason("2147483647"), HTTPSTATUS_ERR_NOT_FOUND, "'2147483647'");
	is_int(httpstatus_from_reason("404 404"), HTTPSTATUS_ERR_NOT_FOUND, "'404 404'");
	is_int(httpstatus_from_reason("\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94 Not Found"),
	       HTTPSTATUS_ERR_CHARSET, "fullwidth digits '404 Not Found'");

	/* Lengths: 0, exactly the maximum, and lengths far past any buffer. */
	m = -1;
	is_int(httpstatus_match_reason("Gone", 0, &m), HTTPSTATUS_ERR_NOT_FOUND,
	       "match_reason(\"Gone\", 0) is an empty phrase");
	is_int(m, HTTPSTATUS_MATCH_NONE, "... match NONE");
	p = dup_exact("Gone", 4);
	is_int(httpstatus_match_reason(p, SIZE_MAX, NULL), HTTPSTATUS_ERR_TOO_LONG,
	       "match_reason(4 bytes, SIZE_MAX) is TOO_LONG, nothing read");
	is_int(httpstatus_match_reason(p, HTTPSTATUS_PHRASE_MAX + 1u, NULL),
	       HTTPSTATUS_ERR_TOO_LONG, "match_reason(4 bytes, PHRASE_MAX + 1) is TOO_LONG");
	free(p);
	/* No terminator within PHRASE_MAX + 1 bytes: stops there. */
	p = dup_exact(big = big_string(HTTPSTATUS_PHRASE_MAX + 1, 'x'), HTTPSTATUS_PHRASE_MAX + 1);
	is_int(httpstatus_from_reason(p), HTTPSTATUS_ERR_TOO_LONG,
	       "from_reason reads at most PHRASE_MAX + 1 bytes of an unterminated string");
	free(p);
	free(big);
	big = big_string(MIB, '\xff');
	is_int(httpstatus_from_reason(big), HTTPSTATUS_ERR_TOO_LONG,
	       "1 MiB of 0xff: TOO_LONG before CHARSET");
	free(big);
	is_int(httpstatus_match_reason("\0", 1, NULL), HTTPSTATUS_ERR_CHARSET, "a single NUL");
	is_int(httpstatus_match_reason("Not Found\0", 10, NULL), HTTPSTATUS_ERR_CHARSET,
	       "a trailing NUL inside the length");
}

/* ---------------------------------------------------------------- */
/* Status-line formatting                                            */
/* ---------------------------------------------------------------- */

static void formatting(void)
{
	char buf[64];
	size_t i;
	char *exact;
	int n;

	for (i = 0; i < NBAD; i++) {
		int v = bad_numbers[i];

		is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, v, 0),
		       HTTPSTATUS_ERR_INVALID, "format: code %d", v);
		is_int(httpstatus_format_status_line(buf, sizeof buf, v, 1, 200, 0),
		       HTTPSTATUS_ERR_INVALID, "format: major %d", v);
		is_int(httpstatus_format_status_line(buf, sizeof buf, 1, v, 200, 0),
		       HTTPSTATUS_ERR_INVALID, "format: minor %d", v);
		is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 200, v),
		       HTTPSTATUS_ERR_INVALID, "format: dialect %d", v);
	}
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 0, 0), HTTPSTATUS_ERR_INVALID,
	       "format: code 0");
	is_int(httpstatus_format_status_line(NULL, SIZE_MAX, 1, 1, 200, 0), HTTPSTATUS_ERR_INVALID,
	       "format: NULL buffer, SIZE_MAX");
	is_int(httpstatus_format_status_line(NULL, 0, 1, 1, 600, 0), HTTPSTATUS_ERR_INVALID,
	       "format: NULL buffer, size 0, bad code: still INVALID");

	/* An error writes nothing. */
	memset(buf, 'Z', sizeof buf);
	httpstatus_format_status_line(buf, sizeof buf, 1, 1, INT_MAX, 0);
	ok(buf[0] == 'Z', "format: nothing written on error");
	/* size 0 with a real buffer writes nothing either. */
	n = httpstatus_format_status_line(buf, 0, 1, 1, 404, 0);
	ok(n == 24 && buf[0] == 'Z', "format: size 0 writes nothing, returns the length");

	/* A size larger than the buffer is fine as long as the line fits:
	 * exactly length + 1 bytes are written. */
	exact = malloc(25);
	if (!exact)
		exit(99);
	n = httpstatus_format_status_line(exact, SIZE_MAX, 1, 1, 404, 0);
	ok(n == 24 && strcmp(exact, "HTTP/1.1 404 Not Found\r\n") == 0,
	   "format: size SIZE_MAX writes only length + 1 bytes");
	n = httpstatus_format_status_line(exact, 1, 1, 1, 404, 0);
	ok(n == 24 && exact[0] == '\0', "format: size 1 gives the empty string");
	free(exact);
}

/* ---------------------------------------------------------------- */
/* Status-line parsing                                               */
/* ---------------------------------------------------------------- */

static int parse_exact(const char *line, size_t len, unsigned int flags, int *code,
                       size_t *end)
{
	char *p = dup_exact(line, len);
	int rc;

	*code = -1;
	*end = (size_t)-1;
	rc = httpstatus_parse_status_line(p, len, flags, NULL, NULL, code, NULL, NULL, end);
	free(p);
	return rc;
}

static void parsing(void)
{
	static const struct {
		const char *what, *line;
		size_t len;             /* 0: strlen(line) */
		unsigned int flags;
		int rc;
		size_t end;
	} cases[] = {
		{ "code 000", "HTTP/1.1 000 OK\r\n", 0, 0, HTTPSTATUS_ERR_CODE, 9 },
		{ "code -20", "HTTP/1.1 -20 OK\r\n", 0, 0, HTTPSTATUS_ERR_CODE, 9 },
		{ "code 999", "HTTP/1.1 999 OK\r\n", 0, 0, HTTPSTATUS_ERR_CODE, 9 },
		{ "code 999, tolerant", "HTTP/1.1 999 OK\r\n", 0, HTTPSTATUS_PARSE_TOLERANT, 0, 17 },
		{ "code 1000", "HTTP/1.1 1000 OK\r\n", 0, 0, HTTPSTATUS_ERR_CODE, 12 },
		{ "code 1000, tolerant", "HTTP/1.1 1000 OK\r\n", 0, HTTPSTATUS_PARSE_TOLERANT,
		  HTTPSTATUS_ERR_CODE, 12 },
		{ "code INT_MAX", "HTTP/1.1 2147483647 OK\r\n", 0, 0, HTTPSTATUS_ERR_CODE, 12 },
		{ "code 4294967696 (400 if wrapped to 32 bits)", "HTTP/1.1 4294967696 OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_CODE, 12 },
		{ "fullwidth digits", "HTTP/1.1 \xef\xbc\x92\xef\xbc\x90\xef\xbc\x90 OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_CODE, 9 },
		{ "Arabic-Indic digits", "HTTP/1.1 \xd9\xa2\xd9\xa0\xd9\xa0 OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_CODE, 9 },
		{ "fullwidth H in HTTP", "\xef\xbc\xa8TTP/1.1 200 OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_VERSION, 0 },
		{ "Cyrillic T in HTTP, tolerant", "H\xd0\xa2TP/1.1 200 OK\r\n", 0,
		  HTTPSTATUS_PARSE_TOLERANT, HTTPSTATUS_ERR_VERSION, 1 },
		{ "invalid UTF-8 in the version", "HTTP/\xff.1 200 OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_VERSION, 5 },
		{ "major version 10", "HTTP/10.1 200 OK\r\n", 0, 0, HTTPSTATUS_ERR_VERSION, 6 },
		{ "negative major version", "HTTP/-1.1 200 OK\r\n", 0, 0, HTTPSTATUS_ERR_VERSION, 5 },
		{ "invalid UTF-8 in the reason is obs-text", "HTTP/1.1 200 \xff\xfe\r\n", 0, 0, 0, 17 },
		{ "a no-break space before the reason", "HTTP/1.1 200\xc2\xa0OK\r\n", 0, 0,
		  HTTPSTATUS_ERR_SYNTAX, 12 },
		{ "NUL right after the code", "HTTP/1.1 200\0OK\r\n", 17, 0, HTTPSTATUS_ERR_SYNTAX, 12 },
		{ "NUL in the version", "HTTP/1\0.1 200 OK\r\n", 18, 0, HTTPSTATUS_ERR_VERSION, 6 },
		{ "NUL at the start", "\0HTTP/1.1 200 OK\r\n", 18, 0, HTTPSTATUS_ERR_VERSION, 0 },
		{ "only a CRLF", "\r\n", 0, 0, HTTPSTATUS_ERR_VERSION, 0 },
		{ "empty, NO_EOL", "", 0, HTTPSTATUS_PARSE_NO_EOL, HTTPSTATUS_ERR_VERSION, 0 },
	};
	static const unsigned int bad_flags[] = { 1u << 2, 1u << 31, UINT_MAX };
	int code, maj, min;
	size_t end, rl, i;
	const char *r;
	char *big;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len = cases[i].len ? cases[i].len : strlen(cases[i].line);
		int rc;

		rc = parse_exact(cases[i].line, len, cases[i].flags, &code, &end);
		ok(rc == cases[i].rc && end == cases[i].end, "parse: %s: %s", cases[i].what,
		   rc ? httpstatus_strerror(rc) : "accepted");
		if (rc != cases[i].rc || end != cases[i].end)
			diag("  got rc %d end %zu, want rc %d end %zu", rc, end, cases[i].rc,
			     cases[i].end);
	}

	for (i = 0; i < sizeof bad_flags / sizeof bad_flags[0]; i++) {
		end = 99;
		is_int(httpstatus_parse_status_line("HTTP/1.1 200 OK\r\n", 17, bad_flags[i], NULL,
		                                    NULL, NULL, NULL, NULL, &end),
		       HTTPSTATUS_ERR_INVALID, "parse: unknown flags %#x", bad_flags[i]);
		is_int((long long)end, 0, "... end is 0");
	}
	is_int(httpstatus_parse_status_line(NULL, SIZE_MAX, 0, NULL, NULL, NULL, NULL, NULL, NULL),
	       HTTPSTATUS_ERR_INVALID, "parse: NULL buffer, SIZE_MAX");

	/* A length past the buffer: reading stops at the line end. */
	big = dup_exact("HTTP/1.1 404 Not Found\r\n", 24);
	ok(httpstatus_parse_status_line(big, SIZE_MAX, 0, &maj, &min, &code, &r, &rl, &end) == 0 &&
	   code == 404 && end == 24 && rl == 9,
	   "parse: len SIZE_MAX stops at the CRLF");
	free(big);
	/* ... or after STATUS_LINE_MAX + 2 bytes without one. */
	big = malloc(HTTPSTATUS_STATUS_LINE_MAX + 2);
	if (!big)
		exit(99);
	memcpy(big, "HTTP/1.1 200 ", 13);
	memset(big + 13, 'a', HTTPSTATUS_STATUS_LINE_MAX + 2 - 13);
	is_int(httpstatus_parse_status_line(big, SIZE_MAX, 0, NULL, NULL, NULL, NULL, NULL, &end),
	       HTTPSTATUS_ERR_TOO_LONG, "parse: len SIZE_MAX, no line end: TOO_LONG");
	is_int((long long)end, HTTPSTATUS_STATUS_LINE_MAX, "... at STATUS_LINE_MAX");
	is_int(httpstatus_parse_status_line(big, SIZE_MAX, HTTPSTATUS_PARSE_NO_EOL, NULL, NULL,
	                                    NULL, NULL, NULL, &end),
	       HTTPSTATUS_ERR_TOO_LONG, "parse: the same with NO_EOL");
	free(big);

	/* 1 MiB of NULs and of 0xff. */
	big = big_string(MIB, '\0');
	is_int(httpstatus_parse_status_line(big, MIB, 0, NULL, NULL, NULL, NULL, NULL, &end),
	       HTTPSTATUS_ERR_VERSION, "parse: 1 MiB of NULs");
	memset(big, '\xff', MIB);
	is_int(httpstatus_parse_status_line(big, MIB, HTTPSTATUS_PARSE_TOLERANT, NULL, NULL, NULL,
	                                    NULL, NULL, &end),
	       HTTPSTATUS_ERR_VERSION, "parse: 1 MiB of 0xff");
	memcpy(big, "HTTP/1.1 200 ", 13);
	is_int(httpstatus_parse_status_line(big, MIB, 0, NULL, NULL, NULL, NULL, NULL, &end),
	       HTTPSTATUS_ERR_TOO_LONG, "parse: a 1 MiB reason of 0xff");
	free(big);
}


/* Field lookups, rules and the checker (docs/bad-input.md, "fields"). */
static void field_lookups(void)
{
	static const int bad_enum[] = { INT_MIN, -1, 6, 99, INT_MAX };
	static const unsigned int bad_bits[] = { 0, 3, 1u << 9, 1u << 31, UINT_MAX };
	char *p, *big;
	size_t i;

	/* NULL, empty, too long, non-ASCII, a NUL inside. */
	is_str(httpstatus_field_name(NULL), NULL, "field_name(NULL)");
	is_int(httpstatus_field_status(NULL), HTTPSTATUS_ERR_INVALID, "field_status(NULL)");
	is_int(httpstatus_field_flags(NULL), 0, "field_flags(NULL)");
	is_str(httpstatus_field_spec(NULL), NULL, "field_spec(NULL)");
	is_int(httpstatus_field_status(""), HTTPSTATUS_ERR_NOT_FOUND, "field_status(\"\")");
	for (i = 0; i < NTEXT; i++)
		is_int(httpstatus_field_status(bad_text[i].text), HTTPSTATUS_ERR_NOT_FOUND,
		       "field_status(%s): NOT_FOUND", bad_text[i].what);
	is_int(httpstatus_field_status("Content\0Type"), HTTPSTATUS_ERR_NOT_FOUND,
	       "field_status(\"Content\\0Type\"): the name ends at the NUL");
	/* Unterminated past HTTPSTATUS_FIELD_NAME_MAX + 1 bytes: not read further. */
	p = dup_exact("Content-Typeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	              HTTPSTATUS_FIELD_NAME_MAX + 1);
	is_str(httpstatus_field_name(p), NULL, "field_name of an unterminated 65-byte name");
	free(p);
	big = big_string(MIB, 'a');
	is_int(httpstatus_field_status(big), HTTPSTATUS_ERR_NOT_FOUND, "field_status(1 MiB)");
	free(big);
	for (i = 0; i < sizeof bad_enum / sizeof bad_enum[0]; i++) {
		is_str(httpstatus_field_status_name(bad_enum[i]), NULL, "field_status_name(%d)",
		       bad_enum[i]);
		is_str(httpstatus_strength_name(bad_enum[i] == 6 ? 0 : bad_enum[i]), NULL,
		       "strength_name(%d)", bad_enum[i] == 6 ? 0 : bad_enum[i]);
		is_str(httpstatus_severity_name(bad_enum[i] == 6 ? 4 : bad_enum[i]), NULL,
		       "severity_name(%d)", bad_enum[i] == 6 ? 4 : bad_enum[i]);
	}
	for (i = 0; i < sizeof bad_bits / sizeof bad_bits[0]; i++)
		is_str(httpstatus_field_flag_name(bad_bits[i]), NULL, "field_flag_name(%#x)",
		       bad_bits[i]);
	is_str(httpstatus_field_next("no-such-field"), NULL, "field_next(unknown)");
	for (i = 0; i < NBAD; i++)
		is_int(httpstatus_rules(bad_numbers[i], NULL, 0), 0, "rules(%d): none", bad_numbers[i]);
	is_int(httpstatus_rules(404, NULL, 5), HTTPSTATUS_ERR_INVALID, "rules(404, NULL, 5)");
}

static int check_exact(const char *head, size_t len, const char *method, int version,
                       const char *id)
{
	struct httpstatus_finding f[16];
	char *p = dup_exact(head, len);
	int n = httpstatus_check(p, len, method, version, f, 16), i, hit = 0;

	free(p);
	for (i = 0; i < n && i < 16; i++)
		hit |= strcmp(f[i].id, id) == 0 && f[i].offset <= len &&
		       f[i].length <= len - f[i].offset;
	return n > 0 && hit;
}

/* check_exact() on a string literal, NULs included. */
#define check_lit(lit, method, version, id) \
	check_exact(lit, sizeof lit - 1, method, version, id)

static void checking(void)
{
	static const int bad_versions[] = { INT_MIN, -1, 1, 9, 12, 19, 21, 31, 100, INT_MAX };
	struct httpstatus_finding f[4];
	char *big;
	size_t i;

	is_int(httpstatus_check(NULL, 0, NULL, 0, NULL, 0), 1, "check(NULL, 0): bad-status-line");
	is_int(httpstatus_check(NULL, 5, NULL, 0, f, 4), HTTPSTATUS_ERR_INVALID,
	       "check(NULL, 5): INVALID");
	is_int(httpstatus_check("HTTP/1.1 200 OK\r\n\r\n", 19, NULL, 0, NULL, 4),
	       HTTPSTATUS_ERR_INVALID, "check with findings NULL and n 4: INVALID");
	for (i = 0; i < sizeof bad_versions / sizeof bad_versions[0]; i++)
		is_int(httpstatus_check("HTTP/1.1 200 OK\r\n\r\n", 19, NULL, bad_versions[i], f, 4),
		       HTTPSTATUS_ERR_INVALID, "check version %d: INVALID", bad_versions[i]);
	ok(check_lit("HTTP/1.1 200 OK\r\nX: a\0b\r\n\r\n", NULL, 0, "bad-field-value"),
	   "check: NUL in a value");
	ok(check_lit("\0\0\0\0", NULL, 0, "bad-status-line"), "check: only NULs");
	ok(check_lit("HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", NULL, 0, "bare-cr"),
	   "check: CR without LF");
	ok(check_lit("HTTP/1.1 200 OK\nX: a\n\n", NULL, 0, "bare-lf"), "check: bare LF");
	ok(check_lit("HTTP/1.1 200 OK\r\nX: a\r\n", NULL, 0, "no-empty-line"),
	   "check: no final empty line");
	ok(check_lit("HTTP/1.1 200 OK\r\nX: \xff\xfe\r\n\r\n", NULL, 0, "non-ascii-value"),
	   "check: non-UTF-8 in a value");
	ok(check_lit("HTTP/1.1 200 N\xd0\xbet Found\r\n\r\n", "GET", 0, "no-date"),
	   "check: a look-alike reason is no other code's");
	ok(check_lit("HTTP/1.1 200 OK\r\n\r\n", "\xff", 0, "no-date"),
	   "check: any method text is accepted");
	/* 1 MiB of NULs, of 0xff, and of one field line. */
	big = big_string(MIB, '\0');
	ok(check_exact(big, MIB, NULL, 0, "head-too-long"), "check: 1 MiB of NULs");
	memset(big, '\xff', MIB);
	ok(check_exact(big, MIB, NULL, 0, "bad-status-line"), "check: 1 MiB of 0xff");
	memcpy(big, "HTTP/1.1 200 OK\r\nX: ", 21);
	ok(check_exact(big, MIB, NULL, 0, "head-too-long"), "check: a 1 MiB field line");
	free(big);
}

int main(void)
{
	names_of_numbers();
	flag_names();
	iteration();
	dialect_names();
	phrases();
	formatting();
	field_lookups();
	checking();
	parsing();
	is_str(httpstatus_version(), HTTPSTATUS_VERSION_STRING, "version() is never NULL");
	return done_testing();
}
