/* SPDX-License-Identifier: MIT */
/* Status lines: format/parse round trips, truncation, malformed input. */
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#define NDIALECTS 7

/* The line with CR, LF and other control bytes made visible, for TAP. */
static const char *esc(const char *s)
{
	static char out[256];
	size_t n = 0;

	for (; *s && n + 5 < sizeof out; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\r' || c == '\n') {
			out[n++] = '\\';
			out[n++] = c == '\r' ? 'r' : 'n';
		} else if (c < 0x20 || c >= 0x7f) {
			n += (size_t)snprintf(out + n, sizeof out - n, "\\x%02x", c);
		} else {
			out[n++] = (char)c;
		}
	}
	out[n] = '\0';
	return out;
}

static int parse(const char *s, unsigned int flags, int *code, size_t *end)
{
	int maj, min;
	const char *r;
	size_t rl;

	return httpstatus_parse_status_line(s, strlen(s), flags, &maj, &min, code, &r, &rl,
	                                    end);
}

static void round_trips(void)
{
	char buf[512];
	int code, d, v;

	tap_errors = 0;
	for (code = 100; code <= 599; code++)
		for (d = 0; d < NDIALECTS; d++)
			for (v = 0; v < 3; v++) {
				static const int vers[3][2] = { { 1, 0 }, { 1, 1 }, { 9, 9 } };
				const char *want = httpstatus_reason_dialect(code, d);
				int n, maj, min, got;
				const char *r;
				size_t rl, end;

				if (!want)
					want = httpstatus_reason(code);
				if (!want)
					want = "";
				n = httpstatus_format_status_line(buf, sizeof buf, vers[v][0],
				                                  vers[v][1], code, d);
				if (n < 0 || (size_t)n != strlen(buf) ||
				    (size_t)n != 9 + 4 + strlen(want) + 2) {
					fail_quiet("format %d/%d: returned %d for '%s'", code, d, n, buf);
					continue;
				}
				if (httpstatus_parse_status_line(buf, (size_t)n, HTTPSTATUS_PARSE_STRICT,
				                                 &maj, &min, &got, &r, &rl,
				                                 &end) != 0) {
					fail_quiet("strict parse of '%s' failed", buf);
					continue;
				}
				if (got != code || maj != vers[v][0] || min != vers[v][1] ||
				    end != (size_t)n || rl != strlen(want) ||
				    memcmp(r, want, rl) != 0 || r < buf || r + rl > buf + n)
					fail_quiet("parse of '%s' gave %d.%d %d len %zu", buf, maj, min,
					           got, rl);
			}
	is_int(tap_errors, 0, "format then parse round-trips for every code, dialect, version");

	/* httpstatus_status_line_reason() gives the very phrase a formatted
	 * line carries (checked independently above), and its length. */
	tap_errors = 0;
	for (code = 100; code <= 599; code++)
		for (d = 0; d < NDIALECTS; d++) {
			const char *want = httpstatus_reason_dialect(code, d), *got;
			size_t len = 999;

			if (!want)
				want = httpstatus_reason(code);
			if (!want)
				want = "";
			got = httpstatus_status_line_reason(code, d, &len);
			if (!got || strcmp(got, want) != 0 || len != strlen(want))
				fail_quiet("status_line_reason(%d, %d) = '%s' (%zu), want '%s'", code,
				           d, got ? got : "(null)", len, want);
			if (httpstatus_status_line_reason(code, d, NULL) != got)
				fail_quiet("status_line_reason(%d, %d) depends on len", code, d);
		}
	is_int(tap_errors, 0, "status_line_reason is the formatted line's phrase, with its length");
}

static void truncation(void)
{
	char want[128], buf[160];
	int n, size, i;

	n = httpstatus_format_status_line(want, sizeof want, 1, 1, 404, HTTPSTATUS_DIALECT_RFC9110);
	is_str(want, "HTTP/1.1 404 Not Found\r\n", "404 status line is HTTP/1.1 404 Not Found CRLF");
	is_int(n, 24, "404 status line length");
	tap_errors = 0;
	for (size = 0; size <= n + 2; size++) {
		memset(buf, 'X', sizeof buf);
		i = httpstatus_format_status_line(size ? buf : NULL, (size_t)size, 1, 1, 404,
		                                  HTTPSTATUS_DIALECT_RFC9110);
		if (i != n)
			fail_quiet("size %d: returned %d", size, i);
		if (size && (strncmp(buf, want, (size_t)size - 1) != 0 ||
		             buf[size - 1 < n ? size - 1 : n] != '\0'))
			fail_quiet("size %d: wrong content", size);
		for (int k = size; k < (int)sizeof buf; k++)
			if (buf[k] != 'X' && size) {
				fail_quiet("size %d: wrote byte %d", size, k);
				break;
			}
	}
	is_int(tap_errors, 0, "truncated output is a NUL-terminated prefix, never overflows");

	n = httpstatus_format_status_line(buf, sizeof buf, 1, 1, 429, HTTPSTATUS_DIALECT_NGINX);
	ok(n > 0 && strncmp(buf, "HTTP/1.1 429 ", 13) == 0 && buf[n - 2] == '\r',
	   "nginx 429: '%.*s'", n > 2 ? n - 2 : 0, buf);
	n = httpstatus_format_status_line(buf, sizeof buf, 1, 1, 471, HTTPSTATUS_DIALECT_RFC9110);
	is_str(buf, "HTTP/1.1 471 \r\n", "unknown code keeps the space before an empty reason");
	is_int(n, 15, "unknown code line length");
	n = httpstatus_format_status_line(buf, sizeof buf, 1, 0, 302, HTTPSTATUS_DIALECT_NGINX);
	is_str(buf, "HTTP/1.0 302 Moved Temporarily\r\n", "nginx 302 on HTTP/1.0");

	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 99, 0), HTTPSTATUS_ERR_INVALID, "99");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 600, 0), HTTPSTATUS_ERR_INVALID, "600");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, -1, 0), HTTPSTATUS_ERR_INVALID, "-1");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 200, HTTPSTATUS_DIALECT_COUNT),
	       HTTPSTATUS_ERR_INVALID,
	       "unknown dialect");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 200, -1), HTTPSTATUS_ERR_INVALID,
	       "negative dialect");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 10, 1, 200, 0), HTTPSTATUS_ERR_INVALID,
	       "major 10");
	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, -1, 200, 0), HTTPSTATUS_ERR_INVALID,
	       "minor -1");
	is_int(httpstatus_format_status_line(NULL, 10, 1, 1, 200, 0), HTTPSTATUS_ERR_INVALID,
	       "NULL buffer with a size");
	is_int(httpstatus_format_status_line(NULL, 0, 1, 1, 200, 0), 17, "NULL buffer, size 0");
}

static void malformed(void)
{
	static const struct {
		const char *line;
		unsigned int flags;
		int rc;
		int code;
		size_t end;             /* for errors, the offending offset */
	} cases[] = {
		{ "HTTP/1.1 200 OK\r\n", 0, 0, 200, 17 },
		{ "HTTP/1.1 200 OK\r\nServer: x\r\n", 0, 0, 200, 17 },
		{ "HTTP/1.1 204 \r\n", 0, 0, 204, 15 },
		{ "HTTP/1.0 599 x\r\n", 0, 0, 599, 16 },
		{ "", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 0 },
		{ "HTT", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 3 },
		{ "HTTP/1.1 20", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 11 },
		{ "HTTP/1.1 200", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 12 },
		{ "HTTP/1.1 200 OK", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 15 },
		{ "HTTP/1.1 200 OK\r", 0, HTTPSTATUS_ERR_INCOMPLETE, 0, 15 },
		{ "HTTP/1.1 20 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 11 },
		{ "HTTP/1.1 2000 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 12 },
		{ "HTTP/1.1 099 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 9 },
		{ "HTTP/1.1 600 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 9 },
		{ "HTTP/1.1 600 OK\r\n", HTTPSTATUS_PARSE_TOLERANT, 0, 600, 17 },
		{ "HTTP/1.1 099 OK\r\n", HTTPSTATUS_PARSE_TOLERANT, HTTPSTATUS_ERR_CODE, 0, 9 },
		{ "HTTP/1.1 2x0 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 10 },
		{ "HTTP/1.1200 OK\r\n", 0, HTTPSTATUS_ERR_SYNTAX, 0, 8 },
		{ "HTTP/1.1  200 OK\r\n", 0, HTTPSTATUS_ERR_CODE, 0, 9 },
		{ "HTTP/1.1  200 OK\r\n", HTTPSTATUS_PARSE_TOLERANT, 0, 200, 18 },
		{ "HTTP/1.1 200OK\r\n", 0, HTTPSTATUS_ERR_SYNTAX, 0, 12 },
		{ "HTTP/1.1 200\r\n", 0, HTTPSTATUS_ERR_SYNTAX, 0, 12 },
		{ "HTTP/1.1 200\r\n", HTTPSTATUS_PARSE_TOLERANT, 0, 200, 14 },
		{ "HTTP/1.1 200 OK\n", 0, HTTPSTATUS_ERR_LINE_END, 0, 15 },
		{ "HTTP/1.1 200 OK\n", HTTPSTATUS_PARSE_TOLERANT, 0, 200, 16 },
		{ "HTTP/1.1 200 OK\rX", 0, HTTPSTATUS_ERR_LINE_END, 0, 15 },
		{ "HTTP/1.1 200 O\001K\r\n", 0, HTTPSTATUS_ERR_REASON, 0, 14 },
		{ "HTTP/1.1 200 O\177K\r\n", 0, HTTPSTATUS_ERR_REASON, 0, 14 },
		{ "HTTP/1.1 200 \xc3\xa9t\xc3\xa9\r\n", 0, 0, 200, 20 },
		{ "HTTP/1.1 200 a\tb\r\n", 0, 0, 200, 18 },
		{ "http/1.1 200 OK\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 0 },
		{ "http/1.1 200 OK\r\n", HTTPSTATUS_PARSE_TOLERANT, 0, 200, 17 },
		{ "HTTP/2 200\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 6 },
		{ "HTTP/2 200\r\n", HTTPSTATUS_PARSE_TOLERANT, 0, 200, 12 },
		{ "HTTP/1.x 200 OK\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 7 },
		{ "HTTP/11 200 OK\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 6 },
		{ "ICY 200 OK\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 0 },
		{ "GET / HTTP/1.1\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 0 },
		{ " HTTP/1.1 200 OK\r\n", 0, HTTPSTATUS_ERR_VERSION, 0, 0 },
		{ "HTTP/1.1 200 OK", HTTPSTATUS_PARSE_NO_EOL, 0, 200, 15 },
		{ "HTTP/1.1 200", HTTPSTATUS_PARSE_NO_EOL, HTTPSTATUS_ERR_SYNTAX, 0, 12 },
		{ "HTTP/1.1 200", HTTPSTATUS_PARSE_NO_EOL | HTTPSTATUS_PARSE_TOLERANT, 0, 200, 12 },
		{ "HTTP/1.1 20", HTTPSTATUS_PARSE_NO_EOL, HTTPSTATUS_ERR_CODE, 0, 11 },
		{ "HTTP/1.1 200 OK\r", HTTPSTATUS_PARSE_NO_EOL, HTTPSTATUS_ERR_LINE_END, 0, 15 },
		{ "HTTP/1.1 200 OK\r\n", HTTPSTATUS_PARSE_NO_EOL, 0, 200, 17 },
		{ "HTTP/1.1 200 OK\r\n", 4, HTTPSTATUS_ERR_INVALID, 0, 0 },
	};
	int code;
	size_t end;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc;

		code = -1;
		end = (size_t)-1;
		rc = parse(cases[i].line, cases[i].flags, &code, &end);
		ok(rc == cases[i].rc && end == cases[i].end && (rc || code == cases[i].code),
		   "'%s' (flags %u): %s", esc(cases[i].line), cases[i].flags,
		   cases[i].rc ? httpstatus_strerror(cases[i].rc) : "ok");
		if (rc != cases[i].rc || end != cases[i].end)
			diag("  got rc %d end %zu code %d", rc, end, code);
	}

	/* Embedded NUL: strlen() would hide it, so give the length. */
	is_int(httpstatus_parse_status_line("HTTP/1.1 200 O\0K\r\n", 18, 0, NULL, NULL, &code,
	                                    NULL, NULL, &end),
	       HTTPSTATUS_ERR_REASON, "embedded NUL in the reason");
	is_int(end, 14, "embedded NUL position");
	is_int(httpstatus_parse_status_line("HTTP/1.1 2\0000 OK\r\n", 17, 0, NULL, NULL, &code,
	                                    NULL, NULL, &end),
	       HTTPSTATUS_ERR_CODE, "embedded NUL in the code");
	is_int(httpstatus_parse_status_line(NULL, 5, 0, NULL, NULL, NULL, NULL, NULL, NULL),
	       HTTPSTATUS_ERR_INVALID, "NULL buffer with a length");
	is_int(httpstatus_parse_status_line(NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL),
	       HTTPSTATUS_ERR_INCOMPLETE, "NULL buffer, length 0: need more");
	is_int(httpstatus_parse_status_line("HTTP/1.1 200 OK\r\n", 17, 0, NULL, NULL, NULL,
	                                    NULL, NULL, NULL),
	       0, "all out pointers NULL");

	/* Long lines. */
	{
		size_t big = 1 << 20;
		char *line = malloc(big + 3);

		if (!line)
			exit(99);
		memcpy(line, "HTTP/1.1 200 ", 13);
		memset(line + 13, 'a', big - 13);
		memcpy(line + big, "\r\n", 3);
		is_int(parse(line, 0, &code, &end), HTTPSTATUS_ERR_TOO_LONG, "1 MiB line");
		is_int(end, HTTPSTATUS_STATUS_LINE_MAX, "1 MiB line stops at the limit");
		is_int(httpstatus_parse_status_line(line, big - 5, 0, NULL, NULL, NULL, NULL,
		                                    NULL, &end),
		       HTTPSTATUS_ERR_TOO_LONG, "1 MiB without line end");
		memcpy(line + HTTPSTATUS_STATUS_LINE_MAX, "\r\n", 2);
		is_int(httpstatus_parse_status_line(line, big, 0, NULL, NULL, &code, NULL, NULL,
		                                    &end),
		       0, "a line of exactly the maximum length");
		is_int(end, HTTPSTATUS_STATUS_LINE_MAX + 2, "its end");
		memcpy(line + HTTPSTATUS_STATUS_LINE_MAX, "a\r\n", 3);
		is_int(httpstatus_parse_status_line(line, big, 0, NULL, NULL, &code, NULL, NULL,
		                                    &end),
		       HTTPSTATUS_ERR_TOO_LONG, "one byte more");
		memset(line, 'A', big);
		is_int(parse(line, 0, &code, &end), HTTPSTATUS_ERR_VERSION, "1 MiB of garbage");
		free(line);
	}

	/* Incomplete prefixes of a valid line all ask for more bytes. */
	{
		static const char full[] = "HTTP/1.1 404 Not Found\r\n";
		int bad = 0;

		for (size_t n = 0; n < sizeof full - 1; n++)
			if (httpstatus_parse_status_line(full, n, 0, NULL, NULL, NULL, NULL, NULL,
			                                 NULL) != HTTPSTATUS_ERR_INCOMPLETE)
				bad++;
		is_int(bad, 0, "every proper prefix is INCOMPLETE");
	}
}

int main(void)
{
	round_trips();
	truncation();
	malformed();
	for (int e = -13; e <= -1; e++)
		ok(strcmp(httpstatus_strerror(e), "unknown error") != 0, "strerror(%d) = %s", e,
		   httpstatus_strerror(e));
	is_str(httpstatus_strerror(0), "unknown error", "strerror(0)");
	is_str(httpstatus_strerror(-14), "unknown error", "strerror(-14)");
	return done_testing();
}
