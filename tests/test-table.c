/* SPDX-License-Identifier: MIT */
/*
 * The registry as RFC 9110 (Section 18.3) and the IANA HTTP Status Code
 * Registry define it, written out here independently of status.table, so
 * that a mistake in the table shows up as a failure.
 */
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

struct expect {
	int code;
	const char *phrase;
	const char *spec;           /* prefix the library's spec must start with */
};

#define S9110(sec) "RFC 9110, Section " sec

static const struct expect registry[] = {
	{ 100, "Continue", S9110("15.2.1") },
	{ 101, "Switching Protocols", S9110("15.2.2") },
	{ 102, "Processing", "RFC 2518" },
	{ 103, "Early Hints", "RFC 8297" },
	{ 200, "OK", S9110("15.3.1") },
	{ 201, "Created", S9110("15.3.2") },
	{ 202, "Accepted", S9110("15.3.3") },
	{ 203, "Non-Authoritative Information", S9110("15.3.4") },
	{ 204, "No Content", S9110("15.3.5") },
	{ 205, "Reset Content", S9110("15.3.6") },
	{ 206, "Partial Content", S9110("15.3.7") },
	{ 207, "Multi-Status", "RFC 4918" },
	{ 208, "Already Reported", "RFC 5842" },
	{ 226, "IM Used", "RFC 3229" },
	{ 300, "Multiple Choices", S9110("15.4.1") },
	{ 301, "Moved Permanently", S9110("15.4.2") },
	{ 302, "Found", S9110("15.4.3") },
	{ 303, "See Other", S9110("15.4.4") },
	{ 304, "Not Modified", S9110("15.4.5") },
	{ 305, "Use Proxy", S9110("15.4.6") },
	{ 306, "Switch Proxy", S9110("15.4.7") },
	{ 307, "Temporary Redirect", S9110("15.4.8") },
	{ 308, "Permanent Redirect", S9110("15.4.9") },
	{ 400, "Bad Request", S9110("15.5.1") },
	{ 401, "Unauthorized", S9110("15.5.2") },
	{ 402, "Payment Required", S9110("15.5.3") },
	{ 403, "Forbidden", S9110("15.5.4") },
	{ 404, "Not Found", S9110("15.5.5") },
	{ 405, "Method Not Allowed", S9110("15.5.6") },
	{ 406, "Not Acceptable", S9110("15.5.7") },
	{ 407, "Proxy Authentication Required", S9110("15.5.8") },
	{ 408, "Request Timeout", S9110("15.5.9") },
	{ 409, "Conflict", S9110("15.5.10") },
	{ 410, "Gone", S9110("15.5.11") },
	{ 411, "Length Required", S9110("15.5.12") },
	{ 412, "Precondition Failed", S9110("15.5.13") },
	{ 413, "Content Too Large", S9110("15.5.14") },
	{ 414, "URI Too Long", S9110("15.5.15") },
	{ 415, "Unsupported Media Type", S9110("15.5.16") },
	{ 416, "Range Not Satisfiable", S9110("15.5.17") },
	{ 417, "Expectation Failed", S9110("15.5.18") },
	{ 418, "I'm a teapot", S9110("15.5.19") },
	{ 421, "Misdirected Request", S9110("15.5.20") },
	{ 422, "Unprocessable Content", S9110("15.5.21") },
	{ 423, "Locked", "RFC 4918" },
	{ 424, "Failed Dependency", "RFC 4918" },
	{ 425, "Too Early", "RFC 8470" },
	{ 426, "Upgrade Required", S9110("15.5.22") },
	{ 428, "Precondition Required", "RFC 6585" },
	{ 429, "Too Many Requests", "RFC 6585" },
	{ 431, "Request Header Fields Too Large", "RFC 6585" },
	{ 451, "Unavailable For Legal Reasons", "RFC 7725" },
	{ 500, "Internal Server Error", S9110("15.6.1") },
	{ 501, "Not Implemented", S9110("15.6.2") },
	{ 502, "Bad Gateway", S9110("15.6.3") },
	{ 503, "Service Unavailable", S9110("15.6.4") },
	{ 504, "Gateway Timeout", S9110("15.6.5") },
	{ 505, "HTTP Version Not Supported", S9110("15.6.6") },
	{ 506, "Variant Also Negotiates", "RFC 2295" },
	{ 507, "Insufficient Storage", "RFC 4918" },
	{ 508, "Loop Detected", "RFC 5842" },
	{ 510, "Not Extended", "RFC 2774" },
	{ 511, "Network Authentication Required", "RFC 6585" },
};

/* Unofficial codes and their vendors (a prefix of the vendor string). */
static const struct {
	int code;
	const char *vendor;
} unofficial[] = {
	/* From llhttp's list, each checked at the vendor's documentation or
	 * source where it could be found (status.table notes say where). */
	{ 419, "Laravel" }, { 420, "Twitter" }, { 430, "Shopify" },
	{ 440, "Microsoft" }, { 449, "Microsoft" }, { 450, "Microsoft" },
	{ 460, "AWS" }, { 463, "AWS" }, { 498, "Esri" }, { 527, "Cloudflare" },
	{ 529, "Qualys" }, { 530, "Pantheon" }, { 561, "AWS" },
	{ 444, "nginx" }, { 494, "nginx" }, { 495, "nginx" }, { 496, "nginx" },
	{ 497, "nginx" }, { 499, "nginx" }, { 509, "Apache" },
	{ 520, "Cloudflare" }, { 521, "Cloudflare" }, { 522, "Cloudflare" },
	{ 523, "Cloudflare" }, { 524, "Cloudflare" }, { 525, "Cloudflare" },
	{ 526, "Cloudflare" }, { 598, "" }, { 599, "" },
};

/* RFC 9110, Section 15.1 lists these "e.g."; RFC 7725, Section 3 makes
 * 451 cacheable by default too. */
static const int cacheable[] = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451,
                                 501 };
static const int no_content[] = { 204, 205, 304 };
static const int redirect[] = { 301, 302, 303, 307, 308 };
static const int permanent[] = { 301, 308 };
/* 303 See Other is neither: RFC 9110, Section 15.4 counts it apart, a
 * redirect to a different resource. */
static const int temporary[] = { 302, 307 };
static const int preserving[] = { 307, 308 };
/* 421: RFC 9110, Section 15.5.20 lets the client retry over a different
 * connection.  420 (Twitter's rate limit) and 529 (service overloaded)
 * are the unofficial codes that mean "later". */
static const int retryable[] = { 408, 420, 421, 425, 429, 502, 503, 504, 529 };

static int in(const int *list, size_t n, int code)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == code)
			return 1;
	return 0;
}
#define IN(list, code) in(list, sizeof list / sizeof list[0], code)

static const struct expect *find_registered(int code)
{
	for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
		if (registry[i].code == code)
			return &registry[i];
	return NULL;
}

static int is_unofficial(int code)
{
	for (size_t i = 0; i < sizeof unofficial / sizeof unofficial[0]; i++)
		if (unofficial[i].code == code)
			return 1;
	return 0;
}

static void check_flag(int code, unsigned int flags, unsigned int bit, int want,
                       const char *what)
{
	if (!!(flags & bit) != want)
		fail_quiet("%d: %s is %s, want %s", code, what, (flags & bit) ? "set" : "clear",
		           want ? "set" : "clear");
}

int main(void)
{
	size_t i;
	int code;

	for (i = 0; i < sizeof registry / sizeof registry[0]; i++) {
		const struct expect *e = &registry[i];
		const char *spec = httpstatus_spec(e->code);
		int reg = httpstatus_registry_of(e->code);
		int want_reg = HTTPSTATUS_REGISTRY_REGISTERED;

		if (e->code == 306 || e->code == 418)
			want_reg = HTTPSTATUS_REGISTRY_RESERVED;
		if (e->code == 510)
			want_reg = HTTPSTATUS_REGISTRY_OBSOLETED;
		is_str(httpstatus_reason(e->code), e->phrase, "%d phrase", e->code);
		ok(spec && strncmp(spec, e->spec, strlen(e->spec)) == 0 &&
		   (spec[strlen(e->spec)] == '\0' || spec[strlen(e->spec)] == ',' ||
		    spec[strlen(e->spec)] == ' '),
		   "%d spec '%s' is %s", e->code, spec ? spec : "(null)", e->spec);
		is_int(reg, want_reg, "%d registry is %s", e->code,
		       httpstatus_registry_name(want_reg));
		ok(httpstatus_vendor(e->code) == NULL, "%d has no vendor", e->code);
	}

	for (i = 0; i < sizeof unofficial / sizeof unofficial[0]; i++) {
		int c = unofficial[i].code;
		const char *v = httpstatus_vendor(c);

		is_int(httpstatus_registry_of(c), HTTPSTATUS_REGISTRY_UNOFFICIAL, "%d unofficial", c);
		ok(v && strncmp(v, unofficial[i].vendor, strlen(unofficial[i].vendor)) == 0 && *v,
		   "%d vendor '%s'", c, v ? v : "(null)");
		ok(httpstatus_reason(c) != NULL, "%d has a phrase", c);
	}
	is_str(httpstatus_reason(444), "No Response", "444 No Response");
	is_str(httpstatus_reason(499), "Client Closed Request", "499 Client Closed Request");
	is_str(httpstatus_reason(509), "Bandwidth Limit Exceeded", "509 Bandwidth Limit Exceeded");

	/* Nothing else is known, except a provisional registration. */
	tap_errors = 0;
	for (code = 100; code <= 599; code++) {
		int reg = httpstatus_registry_of(code);

		if (find_registered(code) || is_unofficial(code))
			continue;
		if (reg != HTTPSTATUS_REGISTRY_UNASSIGNED && reg != HTTPSTATUS_REGISTRY_PROVISIONAL)
			fail_quiet("%d: registry %d, want unassigned", code, reg);
	}
	is_int(tap_errors, 0, "every other code in 100-599 is unassigned or provisional");

	/* RFC-derived flags. */
	tap_errors = 0;
	for (code = 100; code <= 599; code++) {
		unsigned int f = httpstatus_flags(code);

		check_flag(code, f, HTTPSTATUS_FLAG_CACHEABLE, IN(cacheable, code), "cacheable");
		check_flag(code, f, HTTPSTATUS_FLAG_NO_CONTENT,
		           code < 200 || IN(no_content, code), "no-content");
		check_flag(code, f, HTTPSTATUS_FLAG_REDIRECT, IN(redirect, code), "redirect");
		check_flag(code, f, HTTPSTATUS_FLAG_PERMANENT, IN(permanent, code), "permanent");
		check_flag(code, f, HTTPSTATUS_FLAG_TEMPORARY, IN(temporary, code), "temporary");
		check_flag(code, f, HTTPSTATUS_FLAG_METHOD_PRESERVING, IN(preserving, code),
		           "method-preserving");
		check_flag(code, f, HTTPSTATUS_FLAG_RETRYABLE, IN(retryable, code), "retryable");
		check_flag(code, f, HTTPSTATUS_FLAG_ERROR, code >= 400, "error");
		check_flag(code, f, HTTPSTATUS_FLAG_INTERIM, code < 200, "interim");
		check_flag(code, f, HTTPSTATUS_FLAG_FINAL, code >= 200, "final");
	}
	is_int(tap_errors, 0, "flags of every code 100-599 follow RFC 9110/9111");

	/* Enum names follow Python 3.13, and older names stay as aliases. */
	is_int(HTTPSTATUS_NOT_FOUND, 404, "HTTPSTATUS_NOT_FOUND");
	is_int(HTTPSTATUS_CONTENT_TOO_LARGE, 413, "HTTPSTATUS_CONTENT_TOO_LARGE");
	is_int(HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE, 413, "alias HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE");
	is_int(HTTPSTATUS_UNPROCESSABLE_CONTENT, 422, "HTTPSTATUS_UNPROCESSABLE_CONTENT");
	is_int(HTTPSTATUS_UNPROCESSABLE_ENTITY, 422, "alias HTTPSTATUS_UNPROCESSABLE_ENTITY");
	is_int(HTTPSTATUS_URI_TOO_LONG, 414, "HTTPSTATUS_URI_TOO_LONG");
	is_int(HTTPSTATUS_REQUEST_URI_TOO_LONG, 414, "alias HTTPSTATUS_REQUEST_URI_TOO_LONG");
	is_int(HTTPSTATUS_RANGE_NOT_SATISFIABLE, 416, "HTTPSTATUS_RANGE_NOT_SATISFIABLE");
	is_int(HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE, 416,
	       "alias HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE");
	is_int(HTTPSTATUS_MOVED_TEMPORARILY, 302, "alias HTTPSTATUS_MOVED_TEMPORARILY");
	is_int(HTTPSTATUS_IM_A_TEAPOT, 418, "HTTPSTATUS_IM_A_TEAPOT");
	is_str(httpstatus_name(413), "CONTENT_TOO_LARGE", "name of 413 is the current one");
	is_str(httpstatus_name(422), "UNPROCESSABLE_CONTENT", "name of 422 is the current one");

	/* Descriptions are real text. */
	tap_errors = 0;
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
		const char *d = httpstatus_description(code);

		if (!d || strlen(d) < 40)
			fail_quiet("%d: description missing or too short", code);
	}
	is_int(tap_errors, 0, "every known code has a description of some substance");

	/* Operator notes: for the codes a log shows most, printable text that
	 * names what produces the code, as the issue that asked for them
	 * lists it (413: the body size settings of nginx and Apache; 499: a
	 * client that gave up; 502 and 504: the upstream). */
	{
		static const int common[] = { 200, 301, 302, 304, 400, 401, 403, 404, 405, 408,
		                              413, 414, 429, 444, 499, 500, 502, 503, 504 };
		static const struct {
			int code;
			const char *word;
		} mentions[] = {
			{ 413, "client_max_body_size" }, { 413, "LimitRequestBody" },
			{ 499, "closed the connection" }, { 502, "upstream" }, { 504, "upstream" },
			{ 504, "proxy_read_timeout" }, { 429, "Retry-After" }, { 404, "case" },
			{ 500, ".htaccess" }, { 444, "return 444" },
		};
		size_t k, with = 0;

		tap_errors = 0;
		for (k = 0; k < sizeof common / sizeof common[0]; k++)
			if (!httpstatus_advice(common[k]))
				fail_quiet("%d: no advice", common[k]);
		is_int(tap_errors, 0, "the codes logs show most have advice");
		tap_errors = 0;
		for (code = 100; code <= 599; code++) {
			const char *a = httpstatus_advice(code);
			const char *p;

			if (!a)
				continue;
			with++;
			if (!httpstatus_name(code))
				fail_quiet("%d: advice for an unknown code", code);
			if (strlen(a) < 60)
				fail_quiet("%d: advice too short", code);
			for (p = a; *p; p++)
				if (*p < 0x20 || *p > 0x7e)
					fail_quiet("%d: advice byte %#x", code, (unsigned char)*p);
			if (a[strlen(a) - 1] != '.' || strstr(a, "  "))
				fail_quiet("%d: advice does not end a sentence, or doubles a space", code);
		}
		is_int(tap_errors, 0, "advice is printable text, for known codes only");
		ok(with < 100, "advice is kept for the common codes (%zu have it)", with);
		ok(httpstatus_advice(201) == NULL, "201 has no advice: NULL");
		for (k = 0; k < sizeof mentions / sizeof mentions[0]; k++) {
			const char *a = httpstatus_advice(mentions[k].code);

			ok(a && strstr(a, mentions[k].word), "advice of %d mentions %s",
			   mentions[k].code, mentions[k].word);
		}
	}

	is_str(httpstatus_version(), HTTPSTATUS_VERSION_STRING, "run-time version = header");
	return done_testing();
}
