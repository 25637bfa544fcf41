/* SPDX-License-Identifier: MIT */
/* Phrase dialects, checked against what each source writes or sends. */
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

enum { R9110 = HTTPSTATUS_DIALECT_RFC9110, R7231 = HTTPSTATUS_DIALECT_RFC7231,
       R2616 = HTTPSTATUS_DIALECT_RFC2616, A13 = HTTPSTATUS_DIALECT_APACHE13,
       A22 = HTTPSTATUS_DIALECT_APACHE22, A24 = HTTPSTATUS_DIALECT_APACHE24,
       NGX = HTTPSTATUS_DIALECT_NGINX };

static const struct {
	int code, dialect;
	const char *phrase;         /* NULL: the source has none */
} cases[] = {
	/* RFC 9110 is the default. */
	{ 302, R9110, "Found" }, { 413, R9110, "Content Too Large" },
	{ 414, R9110, "URI Too Long" }, { 416, R9110, "Range Not Satisfiable" },
	{ 422, R9110, "Unprocessable Content" },
	/* RFC 7231 (2014). */
	{ 413, R7231, "Payload Too Large" }, { 414, R7231, "URI Too Long" },
	{ 416, R7231, "Range Not Satisfiable" }, { 408, R7231, "Request Timeout" },
	{ 308, R7231, NULL }, { 422, R7231, NULL }, { 429, R7231, NULL },
	/* RFC 2616, Section 6.1.1, spelled exactly as there. */
	{ 408, R2616, "Request Time-out" }, { 413, R2616, "Request Entity Too Large" },
	{ 414, R2616, "Request-URI Too Large" },
	{ 416, R2616, "Requested range not satisfiable" },
	{ 504, R2616, "Gateway Time-out" }, { 505, R2616, "HTTP Version not supported" },
	{ 302, R2616, "Found" }, { 429, R2616, NULL }, { 308, R2616, NULL },
	/* Apache httpd, as it sends them. */
	{ 401, A13, "Authorization Required" }, { 401, A22, "Authorization Required" },
	{ 401, A24, "Unauthorized" }, { 408, A13, "Request Time-out" },
	{ 408, A24, "Request Timeout" }, { 413, A24, "Request Entity Too Large" },
	{ 414, A24, "Request-URI Too Long" }, { 414, A13, "Request-URI Too Large" },
	{ 416, A24, "Requested Range Not Satisfiable" }, { 422, A24, "Unprocessable Entity" },
	{ 501, A13, "Method Not Implemented" }, { 501, A24, "Not Implemented" },
	{ 503, A13, "Service Temporarily Unavailable" }, { 503, A24, "Service Unavailable" },
	{ 504, A13, "Gateway Time-out" }, { 504, A24, "Gateway Timeout" },
	/* nginx, as it sends them (an empty phrase is "", not NULL). */
	{ 302, NGX, "Moved Temporarily" }, { 405, NGX, "Not Allowed" },
	{ 408, NGX, "Request Time-out" }, { 503, NGX, "Service Temporarily Unavailable" },
	{ 504, NGX, "Gateway Time-out" }, { 413, NGX, "Request Entity Too Large" },
	{ 451, NGX, "" }, { 511, NGX, "" }, { 203, NGX, "" }, { 471, NGX, "" },
	{ 523, NGX, "" },
	/* Codes a document does not define. */
	{ 471, R9110, NULL }, { 471, R2616, NULL },
};

int main(void)
{
	size_t i;
	int d;
	static const char *const names[] = {
		"rfc9110", "rfc7231", "rfc2616", "apache13", "apache22", "apache24", "nginx",
	};

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is_str(httpstatus_reason_dialect(cases[i].code, cases[i].dialect), cases[i].phrase,
		       "%d in %s", cases[i].code, httpstatus_dialect_name(cases[i].dialect));

	/* The default dialect is the canonical phrase for every code. */
	tap_errors = 0;
	for (int code = 100; code <= 599; code++)
		if (!tap_streq(httpstatus_reason_dialect(code, HTTPSTATUS_DIALECT_DEFAULT),
		               httpstatus_reason(code)))
			fail_quiet("%d: default dialect differs from httpstatus_reason", code);
	is_int(tap_errors, 0, "the default dialect is httpstatus_reason() for 100-599");

	/* A server dialect answers for every valid code; phrases are clean. */
	tap_errors = 0;
	for (int code = 100; code <= 599; code++)
		for (d = 0; d < HTTPSTATUS_DIALECT_COUNT; d++) {
			const char *p = httpstatus_reason_dialect(code, d);

			if (d == NGX && !p)
				fail_quiet("%d: nginx has no answer", code);
			for (; p && *p; p++)
				if (*p < 0x20 || *p > 0x7e)
					fail_quiet("%d/%d: byte %#x in a phrase", code, d, *p);
		}
	is_int(tap_errors, 0, "dialect phrases are printable ASCII; nginx answers every code");

	for (d = 0; d < (int)(sizeof names / sizeof names[0]); d++) {
		is_str(httpstatus_dialect_name(d), names[d], "dialect %d name", d);
		is_int(httpstatus_dialect_from_name(names[d]), d, "dialect %s from name", names[d]);
	}
	is_int(httpstatus_dialect_from_name("NGINX"), NGX, "names are case-insensitive");
	is_int(httpstatus_dialect_from_name("nginx "), HTTPSTATUS_ERR_INVALID, "trailing space");
	is_int(httpstatus_dialect_from_name("ngin"), HTTPSTATUS_ERR_INVALID, "a prefix");
	is_int(httpstatus_dialect_from_name(""), HTTPSTATUS_ERR_INVALID, "empty name");
	is_int(httpstatus_dialect_from_name(NULL), HTTPSTATUS_ERR_INVALID, "NULL name");
	is_str(httpstatus_dialect_name(HTTPSTATUS_DIALECT_COUNT), NULL,
	       "dialect HTTPSTATUS_DIALECT_COUNT has no name");
	is_str(httpstatus_dialect_name(-1), NULL, "dialect -1 has no name");
	is_str(httpstatus_reason_dialect(404, HTTPSTATUS_DIALECT_COUNT), NULL,
	       "unknown dialect gives NULL");
	is_str(httpstatus_reason_dialect(404, -1), NULL, "negative dialect gives NULL");
	is_str(httpstatus_reason_dialect(404, 2147483647), NULL, "INT_MAX dialect gives NULL");
	return done_testing();
}
