/* SPDX-License-Identifier: MIT */
/*
 * Server releases, what servers put on the wire, registry dates, several
 * meanings per code, codes 600-999, and the RFC corrections.  The expected
 * answers come from the sources themselves (nginx's and Apache's
 * status_lines at each release, the registry, RFC 9110), not from the
 * table.
 */
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

static int dialect(const char *name)
{
	return httpstatus_dialect_from_name(name);
}

static void wire(const char *server, int code, const char *want)
{
	char buf[64];
	int n = httpstatus_wire_line(buf, sizeof buf, code, dialect(server));

	if (!want)
		ok(n == 0 && buf[0] == '\0', "%s, %d: nothing on the wire (got %d '%s')", server,
		   code, n, n >= 0 ? buf : "");
	else
		ok(n == (int)strlen(want) && strcmp(buf, want) == 0, "%s, %d: %s", server, code,
		   want);
}

static void releases(void)
{
	static const struct {
		const char *server;
		int code;
		const char *phrase;
	} cases[] = {
		/* nginx: ngx_http_status_lines at each release tag. */
		{ "nginx/1.22.1", 407, "" },
		{ "nginx/1.29.6", 407, "" },
		{ "nginx/1.29.7", 407, "Proxy Authentication Required" },
		{ "nginx/1.30.0", 407, "Proxy Authentication Required" },
		{ "nginx/1.28.3", 407, "" },         /* the 1.28 stable branch never got it */
		{ "nginx/1.22.1", 103, "" },
		{ "nginx/1.29.0", 103, "Early Hints" },
		{ "nginx/1.10.3", 421, "" },
		{ "nginx/1.11.0", 421, "Misdirected Request" },
		{ "nginx/1.11.12", 429, "" },
		{ "nginx/1.11.13", 429, "Too Many Requests" },
		{ "nginx/1.12.2", 308, "" },
		{ "nginx/1.13.0", 308, "Permanent Redirect" },
		{ "nginx/1.13.0", 505, "" },
		{ "nginx/1.13.1", 505, "HTTP Version Not Supported" },
		{ "nginx/1.6.0", 302, "Moved Temporarily" },
		/* Apache: status_lines in http_protocol.c. */
		{ "Apache/1.3.42", 306, "unused" },
		{ "Apache/1.3.42", 418, "unused" },
		{ "Apache/1.3.42", 401, "Authorization Required" },
		{ "Apache/2.2.34", 425, "No code" },
		{ "Apache/2.2.34", 509, "unused" },
		{ "Apache/2.0.65", 503, "Service Temporarily Unavailable" },
		{ "Apache/2.4.16", 421, "" },
		{ "Apache/2.4.17", 421, "Misdirected Request" },
		{ "Apache/2.4.20", 451, "" },
		{ "Apache/2.4.21", 451, "Unavailable For Legal Reasons" },
		{ "Apache/2.4.62", 103, "" },
		{ "Apache/2.4.71", 103, "Early Hints" },
		{ "Apache/2.4.62", 401, "Unauthorized" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is_str(httpstatus_reason_dialect(cases[i].code, dialect(cases[i].server)),
		       cases[i].phrase, "%s sends %d '%s'", cases[i].server, cases[i].code,
		       cases[i].phrase);

	/* The bare names are the newest releases checked. */
	is_int(httpstatus_dialect_version(HTTPSTATUS_DIALECT_NGINX), 1031004,
	       "nginx means nginx/1.31.4");
	is_int(httpstatus_dialect_version(HTTPSTATUS_DIALECT_APACHE24), 2004071,
	       "apache24 means Apache/2.4.71");
	is_int(httpstatus_dialect_version(HTTPSTATUS_DIALECT_APACHE22), 2002034,
	       "apache22 means Apache/2.2.34");
	is_int(httpstatus_dialect_version(HTTPSTATUS_DIALECT_APACHE13), 1003042,
	       "apache13 means Apache/1.3.42");
	is_int(httpstatus_dialect_version(HTTPSTATUS_DIALECT_RFC9110), 0, "a document has none");
	is_int(httpstatus_dialect_version(-1), HTTPSTATUS_ERR_INVALID, "version of -1");
	is_int(httpstatus_dialect_version(dialect("nginx/1.22.1")), 1022001, "1.22.1 round-trips");
	is_str(httpstatus_dialect_name(dialect("nginx/1.22.1")), "nginx", "its name is nginx");
	is_str(httpstatus_dialect_name(dialect("Apache/1.3.42")), "apache13",
	       "Apache/1.3.42 is apache13");
	is_int(dialect("Apache/2.4.71 (Debian)"), dialect("apache/2.4.71"),
	       "a Server header's comment is ignored, and case");
	is_int(dialect("nginx/1.22.1") % 16, HTTPSTATUS_DIALECT_NGINX, "release id encodes nginx");

	/* Bad names: an error, never another server or release. */
	static const struct {
		const char *name;
		int err;
	} bad[] = {
		{ "nginx/", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/1.x", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/1.22", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/1.22.1.1", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/99999999999", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/1.22.1x", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/1.0022.1", HTTPSTATUS_ERR_SERVER_VERSION },
		{ "nginx/0.7.65", HTTPSTATUS_ERR_UNVERIFIED },
		{ "nginx/1.5.13", HTTPSTATUS_ERR_UNVERIFIED },
		{ "nginx/1.31.5", HTTPSTATUS_ERR_UNVERIFIED },
		{ "nginx/9.0.0", HTTPSTATUS_ERR_UNVERIFIED },
		{ "Apache/2.4.65", HTTPSTATUS_ERR_UNVERIFIED },
		{ "Apache/2.4.1", HTTPSTATUS_ERR_UNVERIFIED },
		{ "Apache/3.0.0", HTTPSTATUS_ERR_UNVERIFIED },
		{ "lighttpd/1.4.69", HTTPSTATUS_ERR_INVALID },
		{ "nginx 1.22.1", HTTPSTATUS_ERR_INVALID },
		{ "ngïnx/1.22.1", HTTPSTATUS_ERR_INVALID },
		{ "", HTTPSTATUS_ERR_INVALID },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		is_int(dialect(bad[i].name), bad[i].err, "'%s' is error %d", bad[i].name, bad[i].err);
	is_int(dialect(NULL), HTTPSTATUS_ERR_INVALID, "NULL name");
	is_int(dialect("nginx/1.22.1\xff"), HTTPSTATUS_ERR_INVALID, "a byte 0xff after the release");
	is_int(dialect("nginx/1.22.1\t"), HTTPSTATUS_ERR_INVALID, "a tab after the release");
	ok(strcmp(httpstatus_strerror(HTTPSTATUS_ERR_UNVERIFIED), "unknown error") != 0,
	   "ERR_UNVERIFIED has a message");
	is_str(httpstatus_reason_dialect(404, HTTPSTATUS_DIALECT_NGINX + 16 * 1031005), NULL,
	       "an unchecked release id is an unknown dialect");
	is_str(httpstatus_reason_dialect(404, HTTPSTATUS_DIALECT_RFC9110 + 16 * 1022001), NULL,
	       "a document has no releases");
}

static void wire_lines(void)
{
	/* nginx, "return N;" (checked against the real server by
	 * tests/servers/wire.sh). */
	wire("nginx/1.22.1", 494, "HTTP/1.1 400 Bad Request\r\n");
	wire("nginx/1.22.1", 497, "HTTP/1.1 400 Bad Request\r\n");
	wire("nginx/1.22.1", 444, NULL);
	wire("nginx/1.22.1", 499, NULL);
	wire("nginx/1.22.1", 408, NULL);
	wire("nginx/1.22.1", 407, "HTTP/1.1 407 \r\n");
	wire("nginx/1.30.0", 407, "HTTP/1.1 407 Proxy Authentication Required\r\n");
	wire("nginx/1.30.0", 103, "HTTP/1.1 103 \r\n");
	wire("nginx/1.22.1", 302, "HTTP/1.1 302 Moved Temporarily\r\n");
	wire("nginx/1.22.1", 700, "HTTP/1.1 700 \r\n");
	/* Apache, a module setting the status. */
	wire("Apache/2.4.71", 494, "HTTP/1.1 500 Internal Server Error\r\n");
	wire("Apache/2.4.71", 418, "HTTP/1.1 500 Internal Server Error\r\n");
	wire("Apache/2.4.71", 700, "HTTP/1.1 500 Internal Server Error\r\n");
	wire("Apache/2.4.71", 103, "HTTP/1.1 103 Early Hints\r\n");
	wire("Apache/2.4.71", 408, "HTTP/1.1 408 Request Timeout\r\n");
	wire("Apache/1.3.42", 306, "HTTP/1.1 306 unused\r\n");
	wire("Apache/2.2.34", 425, "HTTP/1.1 425 No code\r\n");
	wire("Apache/2.2.34", 428, "HTTP/1.1 500 Internal Server Error\r\n");

	is_int(httpstatus_wire_code(494, dialect("nginx/1.22.1")), 400, "nginx 494 sends 400");
	is_int(httpstatus_wire_code(444, HTTPSTATUS_DIALECT_NGINX), 0, "nginx 444 sends nothing");
	is_int(httpstatus_wire_code(404, HTTPSTATUS_DIALECT_RFC9110), HTTPSTATUS_ERR_INVALID,
	       "a document puts nothing on any wire");
	is_int(httpstatus_wire_code(1000, HTTPSTATUS_DIALECT_NGINX), HTTPSTATUS_ERR_INVALID,
	       "1000 is no code");
	is_int(httpstatus_wire_code(99, HTTPSTATUS_DIALECT_NGINX), HTTPSTATUS_ERR_INVALID,
	       "99 is no code");
	is_int(httpstatus_wire_code(404, 99), HTTPSTATUS_ERR_INVALID, "unknown dialect");
	is_int(httpstatus_wire_line(NULL, 0, 494, HTTPSTATUS_DIALECT_NGINX), 26,
	       "the length without a buffer");
	is_int(httpstatus_wire_line(NULL, 5, 494, HTTPSTATUS_DIALECT_NGINX),
	       HTTPSTATUS_ERR_INVALID, "NULL buffer with a size");

	/* Every code either sends nothing or a line that parses. */
	tap_errors = 0;
	for (int d = HTTPSTATUS_DIALECT_APACHE13; d <= HTTPSTATUS_DIALECT_NGINX; d++)
		for (int c = 100; c <= 999; c++) {
			char buf[128];
			int n = httpstatus_wire_line(buf, sizeof buf, c, d), code = 0;

			if (n < 0 || (n > 0 && httpstatus_parse_status_line(
			                  buf, (size_t)n, HTTPSTATUS_PARSE_TOLERANT, NULL, NULL,
			                  &code, NULL, NULL, NULL) != 0) ||
			    (n > 0 && code != httpstatus_wire_code(c, d)))
				fail_quiet("%s %d: bad wire line", httpstatus_dialect_name(d), c);
		}
	is_int(tap_errors, 0, "every wire line of 100-999 parses to its wire code");
}

static void registry(void)
{
	is_int(httpstatus_registry_checked(), 20250915, "registry copy of 2025-09-15");
	is_int(httpstatus_registry_of(104), HTTPSTATUS_REGISTRY_PROVISIONAL, "104 provisional");
	is_int(httpstatus_registry_date(104, HTTPSTATUS_DATE_REGISTERED), 20241113,
	       "104 registered 2024-11-13");
	is_int(httpstatus_registry_date(104, HTTPSTATUS_DATE_EXTENDED), 20250915,
	       "104 extended 2025-09-15");
	is_int(httpstatus_registry_date(104, HTTPSTATUS_DATE_EXPIRES), 20261113,
	       "104 expires 2026-11-13");
	is_int(httpstatus_registry_expired(104, 20261112), 0, "104 not expired on 2026-11-12");
	is_int(httpstatus_registry_expired(104, 20261113), 1, "104 expired on 2026-11-13");
	is_int(httpstatus_registry_expired(104, 20261201), 1, "104 expired on 2026-12-01");
	is_int(httpstatus_registry_expired(404, 20261201), 0, "404 never expires");
	is_int(httpstatus_registry_expired(104, 20261131), HTTPSTATUS_ERR_INVALID, "no 31 Nov");
	is_int(httpstatus_registry_expired(104, 20230229), HTTPSTATUS_ERR_INVALID, "no 29 Feb 2023");
	is_int(httpstatus_registry_expired(104, 20240229), 0, "29 Feb 2024 exists");
	is_int(httpstatus_registry_expired(104, 0), HTTPSTATUS_ERR_INVALID, "date 0");
	is_int(httpstatus_registry_expired(700, 20261201), HTTPSTATUS_ERR_INVALID, "code 700");
	is_int(httpstatus_registry_date(404, HTTPSTATUS_DATE_REGISTERED), 0,
	       "the registry gives no date for 404");
	is_int(httpstatus_registry_date(104, 3), HTTPSTATUS_ERR_INVALID, "unknown date kind");
	is_int(httpstatus_registry_date(99, 0), HTTPSTATUS_ERR_INVALID, "code 99");
}

static void meanings(void)
{
	int match;

	is_str(httpstatus_meaning_reason(420, 0), "Enhance Your Calm", "420: Twitter's");
	is_str(httpstatus_meaning_vendor(420, 0), "Twitter", "420: vendor Twitter");
	is_str(httpstatus_meaning_reason(420, 1), "Method Failure", "420: Spring's");
	is_str(httpstatus_meaning_vendor(420, 1), "Spring Framework", "420: vendor Spring");
	is_str(httpstatus_meaning_reason(420, 2), NULL, "420 has two meanings");
	is_str(httpstatus_meaning_reason(499, 1), "Token Required", "499: Esri's");
	is_str(httpstatus_meaning_reason(404, 0), "Not Found", "404: its own meaning");
	is_str(httpstatus_meaning_vendor(404, 0), NULL, "404: registered, no vendor");
	is_str(httpstatus_meaning_reason(404, 1), NULL, "404 has one meaning");
	is_str(httpstatus_meaning_reason(471, 0), NULL, "471: unknown");
	is_str(httpstatus_meaning_reason(420, -1), NULL, "index -1");
	is_int(httpstatus_match_reason("Method Failure", 14, &match), 420, "Method Failure is 420");
	is_int(match, HTTPSTATUS_MATCH_MEANING, "... as another meaning");
	is_int(httpstatus_from_reason("Enhance Your Calm"), 420, "Enhance Your Calm is 420");
	is_int(httpstatus_from_reason("Token Required"), 499, "Token Required is 499");
	/* Registered meanings win. */
	is_int(httpstatus_from_reason("Unauthorized"), 401, "Unauthorized stays 401 (not AWS 561)");
	is_int(httpstatus_from_reason("Request Header Fields Too Large"), 431, "431 keeps its phrase");
	static const struct { int code; const char *phrase; } llhttp[] = {
		{ 419, "Page Expired" }, { 430, "Shopify Security Rejection" },
		{ 440, "Login Time-out" }, { 449, "Retry With" },
		{ 450, "Blocked by Windows Parental Controls" },
		{ 460, "Client Closed Load Balanced Request" }, { 463, "Invalid X-Forwarded-For" },
		{ 498, "Invalid Token" }, { 527, "Railgun Error" }, { 529, "Site is overloaded" },
		{ 530, "Site is frozen" },
	};
	for (size_t i = 0; i < sizeof llhttp / sizeof llhttp[0]; i++) {
		is_str(httpstatus_reason(llhttp[i].code), llhttp[i].phrase, "%d %s", llhttp[i].code,
		       llhttp[i].phrase);
		is_int(httpstatus_from_reason(llhttp[i].phrase), llhttp[i].code, "... and back");
	}
	ok(httpstatus_vendor(561) && !strncmp(httpstatus_vendor(561), "AWS", 3), "561: AWS");
}

static void beyond_599(void)
{
	char buf[64];
	int code = 0;

	is_int(httpstatus_format_status_line(buf, sizeof buf, 1, 1, 700, 0),
	       HTTPSTATUS_ERR_INVALID, "700 is not formatted by default");
	is_int(httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, 700, 0,
	                                        HTTPSTATUS_FORMAT_ANY_CODE), 15,
	       "700 with FORMAT_ANY_CODE");
	is_str(buf, "HTTP/1.1 700 \r\n", "... with an empty phrase");
	is_int(httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, 1000, 0,
	                                        HTTPSTATUS_FORMAT_ANY_CODE),
	       HTTPSTATUS_ERR_INVALID, "1000 never");
	is_int(httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, 99, 0,
	                                        HTTPSTATUS_FORMAT_ANY_CODE),
	       HTTPSTATUS_ERR_INVALID, "99 never");
	is_int(httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, 404, 0, 2),
	       HTTPSTATUS_ERR_INVALID, "unknown format flag");
	is_int(httpstatus_format_status_line_flags(buf, sizeof buf, 1, 1, 404, 6, 0),
	       httpstatus_format_status_line(NULL, 0, 1, 1, 404, 6),
	       "flags 0 is format_status_line");
	is_int(httpstatus_parse_status_line("HTTP/1.1 799 Custom\r\n", 21,
	                                    HTTPSTATUS_PARSE_TOLERANT, NULL, NULL, &code, NULL,
	                                    NULL, NULL), 0, "tolerant parsing reads 799");
	is_int(code, 799, "... and reports it");
	is_int(httpstatus_parse_status_line("HTTP/1.1 799 Custom\r\n", 21, 0, NULL, NULL, &code,
	                                    NULL, NULL, NULL), HTTPSTATUS_ERR_CODE,
	       "strict parsing refuses it");
}

static void corrections(void)
{
	unsigned int f;
	const char *d;

	/* RFC 7725, Section 3. */
	ok(httpstatus_flags(451) & HTTPSTATUS_FLAG_CACHEABLE, "451 is cacheable by default");
	/* RFC 9110, Section 15.4: 303 is its own kind of redirect. */
	f = httpstatus_flags(303);
	ok((f & HTTPSTATUS_FLAG_REDIRECT) && !(f & HTTPSTATUS_FLAG_TEMPORARY) &&
	   !(f & HTTPSTATUS_FLAG_PERMANENT), "303 redirects, neither temporary nor permanent");
	/* RFC 9110, Section 15.5.20. */
	ok(httpstatus_flags(421) & HTTPSTATUS_FLAG_RETRYABLE,
	   "421 may be retried (on another connection)");
	/* RFC 9110, Section 15.5.4: the client MAY retry with new credentials. */
	d = httpstatus_description(403);
	ok(d && strstr(d, "different") && !strstr(d, "usually does not help"),
	   "403: other credentials may help");
}

int main(void)
{
	releases();
	wire_lines();
	registry();
	meanings();
	beyond_599();
	corrections();
	return done_testing();
}
