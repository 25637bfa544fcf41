/* SPDX-License-Identifier: MIT */
/*
 * httpstatus_check(): one response head per rule and finding, each of
 * which must give exactly the findings listed for it, and clean heads that
 * must give none.  Every identifier that fields.table checks must have a
 * case here, so a rule cannot be added without a test, and removing a rule
 * (or breaking its check) fails its case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#define MAXF 64
#define DATE "Date: Mon, 30 Nov 2026 12:00:00 GMT\r\n"

struct head_case {
	const char *id;         /* the finding the head is about */
	const char *also;       /* other findings it must give, space-separated, or "" */
	const char *method;     /* NULL: unknown */
	int version;            /* 0: from the status line */
	const char *head;
};

static const struct head_case cases[] = {
	/* Rules that tie fields to codes (fields.table "rule"). */
	{ "1xx-with-content-length", "", NULL, 0,
	  "HTTP/1.1 100 Continue\r\nContent-Length: 0\r\n\r\n" },
	{ "1xx-with-transfer-encoding", "", NULL, 0,
	  "HTTP/1.1 100 Continue\r\nTransfer-Encoding: chunked\r\n\r\n" },
	{ "101-without-upgrade", "", NULL, 0,
	  "HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\n\r\n" },
	{ "connect-2xx-with-content-length", "", "CONNECT", 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "connect-2xx-with-transfer-encoding", "", "CONNECT", 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Transfer-Encoding: chunked\r\n\r\n" },
	{ "204-with-content-length", "", NULL, 0,
	  "HTTP/1.1 204 No Content\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "204-with-transfer-encoding", "", NULL, 0,
	  "HTTP/1.1 204 No Content\r\n" DATE "Transfer-Encoding: chunked\r\n\r\n" },
	{ "205-with-content", "", NULL, 0,
	  "HTTP/1.1 205 Reset Content\r\n" DATE "Content-Length: 3\r\n\r\n" },
	{ "206-without-content-range", "", "GET", 0,
	  "HTTP/1.1 206 Partial Content\r\n" DATE "Content-Type: text/plain\r\n"
	  "Content-Length: 3\r\n\r\n" },
	{ "206-multipart-with-content-range", "", "GET", 0,
	  "HTTP/1.1 206 Partial Content\r\n" DATE
	  "Content-Type: multipart/byteranges; boundary=THIS\r\n"
	  "Content-Range: bytes 0-1/5\r\nContent-Length: 200\r\n\r\n" },
	{ "redirect-without-location", "", NULL, 0,
	  "HTTP/1.1 301 Moved Permanently\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "303-without-location", "", NULL, 0,
	  "HTTP/1.1 303 See Other\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "304-with-content-type", "", "GET", 0,
	  "HTTP/1.1 304 Not Modified\r\n" DATE "ETag: \"v1\"\r\nContent-Type: text/html\r\n\r\n" },
	{ "304-with-content", "", "GET", 0,
	  "HTTP/1.1 304 Not Modified\r\n" DATE "ETag: \"v1\"\r\n\r\nhello" },
	{ "204-with-content", "", NULL, 0,
	  "HTTP/1.1 204 No Content\r\n" DATE "\r\nhello" },
	{ "401-without-www-authenticate", "", NULL, 0,
	  "HTTP/1.1 401 Unauthorized\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "405-without-allow", "", NULL, 0,
	  "HTTP/1.1 405 Method Not Allowed\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "407-without-proxy-authenticate", "", NULL, 0,
	  "HTTP/1.1 407 Proxy Authentication Required\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "413-without-retry-after", "", NULL, 0,
	  "HTTP/1.1 413 Content Too Large\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "416-without-content-range", "", NULL, 0,
	  "HTTP/1.1 416 Range Not Satisfiable\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "426-without-upgrade", "", NULL, 0,
	  "HTTP/1.1 426 Upgrade Required\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "451-without-link", "", NULL, 0,
	  "HTTP/1.1 451 Unavailable For Legal Reasons\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "no-date", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" },

	/* Findings about the head itself (fields.table "finding"). */
	{ "bad-status-line", "", NULL, 0,
	  "HTTP/1.1  200 OK\r\n" DATE "\r\n" },
	{ "bad-status-code", "", NULL, 0,
	  "HTTP/1.1 600 Odd\r\n" DATE "\r\n" },
	{ "reason-of-other-code", "", NULL, 0,
	  "HTTP/1.1 404 Gone\r\n" DATE "Content-Length: 0\r\n\r\n" },
	{ "unregistered-code", "", NULL, 0,
	  "HTTP/1.1 299 Whatever\r\n" DATE "\r\n" },
	{ "unofficial-code", "", NULL, 0,
	  "HTTP/1.1 499 Client Closed Request\r\n" DATE "\r\n" },
	{ "provisional-code", "", NULL, 0,
	  "HTTP/1.1 104 Upload Resumption Supported\r\n\r\n" },
	{ "obsoleted-code", "", NULL, 0,
	  "HTTP/1.1 510 Not Extended\r\n\r\n" },
	{ "1xx-in-http10", "", NULL, 0,
	  "HTTP/1.0 100 Continue\r\n\r\n" },
	{ "101-in-http2", "http2-connection-field", NULL, 0,
	  "HTTP/2 101\r\nupgrade: h2c\r\n\r\n" },
	{ "101-in-http3", "http3-connection-field", NULL, 30,
	  "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n" },
	{ "http2-connection-field", "", NULL, 0,
	  "HTTP/2 200 \r\ndate: Mon, 30 Nov 2026 12:00:00 GMT\r\nconnection: close\r\n\r\n" },
	{ "http3-connection-field", "", NULL, 0,
	  "HTTP/3 200\r\ndate: Mon, 30 Nov 2026 12:00:00 GMT\r\ntransfer-encoding: chunked\r\n\r\n" },
	{ "bare-lf", "", NULL, 0,
	  "HTTP/1.1 200 OK\nDate: Mon, 30 Nov 2026 12:00:00 GMT\n\n" },
	{ "bare-cr", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "X-A: a\rb\r\n\r\n" },
	{ "no-empty-line", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE },
	{ "obs-fold", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "X-A: a\r\n b\r\n\r\n" },
	{ "no-colon", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "nocolon\r\n\r\n" },
	{ "bad-field-name", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Bad/Name: x\r\n\r\n" },
	{ "space-before-colon", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "X-A : x\r\n\r\n" },
	{ "bad-field-value", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "X-A: a\001b\r\n\r\n" },
	{ "non-ascii-value", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "X-A: caf\xc3\xa9\r\n\r\n" },
	{ "repeated-singleton", "", NULL, 0,
	  "HTTP/1.1 302 Found\r\n" DATE "Location: /a\r\nLocation: /b\r\n\r\n" },
	{ "conflicting-content-length", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Content-Type: text/plain\r\nContent-Length: 1\r\n"
	  "Content-Length: 2\r\n\r\n" },
	{ "bad-content-length", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 12abc\r\n\r\n" },
	{ "content-length-and-transfer-encoding", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n" },
	{ "transfer-encoding-in-http10", "", NULL, 0,
	  "HTTP/1.0 200 OK\r\n" DATE "Transfer-Encoding: chunked\r\n\r\n" },
	{ "request-field-in-response", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Host: example.org\r\n\r\n" },
	{ "content-without-content-type", "", NULL, 0,
	  "HTTP/1.1 200 OK\r\n" DATE "Content-Length: 5\r\n\r\n" },
	{ "head-response-with-content", "", "HEAD", 0,
	  "HTTP/1.1 200 OK\r\n" DATE "\r\nhello" },
	{ "206-not-to-get", "", "POST", 0,
	  "HTTP/1.1 206 Partial Content\r\n" DATE "Content-Range: bytes 0-0/1\r\n\r\n" },
	{ "304-not-to-get", "", "POST", 0,
	  "HTTP/1.1 304 Not Modified\r\n" DATE "\r\n" },
};
#define NCASES (sizeof cases / sizeof cases[0])

/* Heads that follow every rule. */
static const struct head_case clean[] = {
	{ NULL, NULL, NULL, 0, "HTTP/1.1 200 OK\r\n" DATE "Content-Type: text/html\r\n"
	  "Content-Length: 5\r\n\r\n" },
	{ NULL, NULL, "HEAD", 0, "HTTP/1.1 200 OK\r\n" DATE "Content-Type: text/html\r\n"
	  "Content-Length: 5\r\n\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.0 200 OK\r\n" DATE "\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 204 No Content\r\n" DATE "\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 301 Moved Permanently\r\n" DATE
	  "Location: https://example.org/\r\nContent-Length: 0\r\n\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 405 Method Not Allowed\r\n" DATE
	  "Allow: GET, HEAD\r\nContent-Length: 0\r\n\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 401 Unauthorized\r\n" DATE
	  "WWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n" },
	{ NULL, NULL, "GET", 0, "HTTP/1.1 206 Partial Content\r\n" DATE
	  "Content-Range: bytes 0-4/10\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n" },
	{ NULL, NULL, "GET", 0, "HTTP/1.1 304 Not Modified\r\n" DATE "ETag: \"v1\"\r\n\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
	  "Connection: Upgrade\r\n\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n" },
	{ NULL, NULL, NULL, 0, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n"
	  "Content-Type: text/plain\r\nContent-Length: 4\r\n\r\n" },
	/* curl -sI over HTTP/2: no reason phrase, lowercase names. */
	{ NULL, NULL, NULL, 0, "HTTP/2 200 \r\ndate: Mon, 30 Nov 2026 12:00:00 GMT\r\n"
	  "content-type: text/html\r\ncontent-length: 615\r\nset-cookie: a=1\r\n"
	  "set-cookie: b=2\r\nvary: accept\r\nvary: origin\r\n\r\n" },
	{ NULL, NULL, "GET", 30, "HTTP/3 200\r\ndate: Mon, 30 Nov 2026 12:00:00 GMT\r\n\r\n" },
	{ NULL, NULL, "CONNECT", 0, "HTTP/1.1 200 Connection Established\r\n" DATE "\r\n" },
};
#define NCLEAN (sizeof clean / sizeof clean[0])

static struct httpstatus_finding found[MAXF];

static int run(const struct head_case *c, size_t len)
{
	return httpstatus_check(c->head, len, c->method, c->version, found, MAXF);
}

static int count_id(int n, const char *id)
{
	int i, k = 0;

	for (i = 0; i < n && i < MAXF; i++)
		k += strcmp(found[i].id, id) == 0;
	return k;
}

static void show(int n)
{
	int i;

	for (i = 0; i < n && i < MAXF; i++)
		diag("  found %s (line %d, offset %zu)", found[i].id, found[i].line,
		     found[i].offset);
}

/* Whether id appears, as a word, in the space-separated list. */
static int in_list(const char *list, const char *id)
{
	size_t n = strlen(id);
	const char *p;

	for (p = strstr(list, id); p; p = strstr(p + 1, id))
		if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

static void test_cases(void)
{
	size_t i;

	for (i = 0; i < NCASES; i++) {
		const struct head_case *c = &cases[i];
		int n = run(c, strlen(c->head)), j, others = 0, want_others = 0;
		const char *p;

		for (j = 0; j < n && j < MAXF; j++)
			if (strcmp(found[j].id, c->id) != 0) {
				others++;
				if (!in_list(c->also, found[j].id))
					others += 1000;
			}
		for (p = c->also; *p; p++)
			if (p == c->also || p[-1] == ' ')
				want_others++;
		if (!ok(count_id(n, c->id) == 1 && others == want_others,
		        "%s: the head gives it%s%s", c->id, *c->also ? " and " : "", c->also))
			show(n);
	}
}

static void test_clean(void)
{
	size_t i;

	for (i = 0; i < NCLEAN; i++) {
		int n = run(&clean[i], strlen(clean[i].head));

		if (!is_int(n, 0, "clean head %zu gives no finding", i))
			show(n);
	}
}

/* Every checked identifier of fields.table has a case above. */
static void test_coverage(void)
{
	const char *dir = getenv("top_srcdir");
	char path[4096], line[4096], id[128] = "";
	FILE *f;
	int ids = 0, missing = 0, checked = 0;
	size_t i;

	if (!dir)
		dir = ".";
	snprintf(path, sizeof path, "%s/libhttpstatus/fields.table", dir);
	f = fopen(path, "r");
	if (!ok(f != NULL, "read %s", path))
		return;
	/* A record is checked when it is a finding, or a rule whose check is
	 * not "none"; the record ends at a blank line. */
	for (;;) {
		char *got = fgets(line, sizeof line, f);
		int is_rule = 0;

		if (!got || line[0] == '\n') {
			if (*id && checked) {
				int have = 0;

				ids++;
				for (i = 0; i < NCASES; i++)
					have |= strcmp(cases[i].id, id) == 0;
				/* test_big() makes heads over the limit. */
				have |= strcmp(id, "head-too-long") == 0;
				if (!have) {
					missing++;
					diag("no case for %s", id);
				}
			}
			*id = '\0';
			checked = 0;
			if (!got)
				break;
			continue;
		}
		if (sscanf(line, "rule %127s", id) == 1)
			is_rule = 1, checked = 1;
		else if (sscanf(line, "finding %127s", id) == 1)
			checked = 1;
		else if (strncmp(line, "check", 5) == 0 && strstr(line, " none"))
			checked = 0;
		(void)is_rule;
	}
	fclose(f);
	ok(ids >= (int)NCASES + 1 && missing == 0,
	   "every checked rule and finding of fields.table (%d) has a case", ids);
}

static void test_positions(void)
{
	static const char head[] = "HTTP/1.1 405 Method Not Allowed\r\n" DATE
	                           "Content-Length: 0\r\n\r\n";
	static const char fold[] = "HTTP/1.1 200 OK\r\n" DATE "X-A: a\r\n b\r\n\r\n";
	int n = httpstatus_check(head, sizeof head - 1, NULL, 0, found, MAXF);

	if (is_int(n, 1, "405 without Allow: one finding")) {
		is_str(found[0].id, "405-without-allow", "... 405-without-allow");
		is_int(found[0].severity, HTTPSTATUS_SEVERITY_ERROR, "... an error");
		is_str(found[0].spec, "RFC 9110, Section 15.5.6", "... RFC 9110, Section 15.5.6");
		is_str(found[0].field, "Allow", "... about Allow");
		is_int(found[0].line, 1, "... on the status line");
		ok(found[0].message && strstr(found[0].message, "Allow"), "... a message naming Allow");
	}
	n = httpstatus_check(fold, sizeof fold - 1, NULL, 0, found, MAXF);
	if (is_int(n, 1, "a folded line: one finding")) {
		is_int(found[0].line, 4, "... on line 4");
		is_int((long long)found[0].offset, (long long)(strstr(fold, " b") - fold),
		       "... at the offset of the continuation");
		is_int((long long)found[0].length, 2, "... two bytes long");
	}
}

static void test_counting(void)
{
	static const char head[] = "HTTP/1.1 200 OK\r\nHost: a\r\nHost: b\r\nFrom: c\r\n\r\n";
	struct httpstatus_finding few[2];
	int all = httpstatus_check(head, sizeof head - 1, NULL, 0, NULL, 0);
	int some;

	/* request-field-in-response (x3), repeated-singleton, no-date */
	is_int(all, 5, "with no array the count of all findings is returned");
	memset(few, 0, sizeof few);
	some = httpstatus_check(head, sizeof head - 1, NULL, 0, few, 2);
	is_int(some, all, "a short array changes nothing in the count");
	is_str(few[0].id, "request-field-in-response", "the first finding is stored");
	is_int(few[1].line, 3, "the second one too");
	is_int(httpstatus_check(head, sizeof head - 1, NULL, 12, found, MAXF), HTTPSTATUS_ERR_INVALID,
	       "version 1.2 is invalid");
	is_int(httpstatus_check(NULL, 1, NULL, 0, found, MAXF), HTTPSTATUS_ERR_INVALID,
	       "head NULL with len 1 is invalid");
	is_int(httpstatus_check(head, sizeof head - 1, NULL, 0, NULL, 1), HTTPSTATUS_ERR_INVALID,
	       "findings NULL with n 1 is invalid");
	is_int(httpstatus_check(NULL, 0, NULL, 0, found, MAXF), 1, "an empty head: one finding");
	is_str(found[0].id, "bad-status-line", "... bad-status-line");
}

/* Large and hostile heads: findings, never a crash or a long time. */
static void test_big(void)
{
	size_t size = 1u << 20, i, off;
	char *big = malloc(size);
	int n;

	if (!big)
		exit(99);
	/* 1 MiB: the checker stops at HTTPSTATUS_CHECK_MAX. */
	off = (size_t)sprintf(big, "HTTP/1.1 200 OK\r\n" DATE);
	for (i = off; i < size; i++)
		big[i] = (i - off) % 40 == 39 ? '\n' : (i - off) % 40 == 1 ? ':' : 'a';
	n = httpstatus_check(big, size, NULL, 0, found, MAXF);
	ok(n == 2 && count_id(n, "head-too-long") == 1 && count_id(n, "bare-lf") == 1,
	   "1 MiB of lines: head-too-long and bare-lf (%d)", n);
	/* 10,000 field lines: each one is a finding, the count is exact. */
	off = (size_t)sprintf(big, "HTTP/1.1 200 OK\r\n" DATE);
	for (i = 0; i < 10000; i++)
		off += (size_t)sprintf(big + off, "X\r\n");
	off += (size_t)sprintf(big + off, "\r\n");
	n = httpstatus_check(big, off, NULL, 0, found, MAXF);
	ok(n == 10000 && count_id(n, "no-colon") == MAXF, "10,000 lines without a colon: 10,000 findings (%d)", n);
	off = (size_t)sprintf(big, "HTTP/1.1 200 OK\r\n" DATE);
	for (i = 0; i < 10000; i++)
		off += (size_t)sprintf(big + off, "A:b\r\n");
	off += (size_t)sprintf(big + off, "\r\n");
	n = httpstatus_check(big, off, NULL, 0, found, MAXF);
	is_int(n, 0, "10,000 unknown fields: clean");
	/* One 100 KiB field line. */
	off = (size_t)sprintf(big, "HTTP/1.1 200 OK\r\n" DATE "X-Long: ");
	memset(big + off, 'v', 100 * 1024);
	off += 100 * 1024;
	memcpy(big + off, "\r\n\r\n", 4);
	n = httpstatus_check(big, off + 4, NULL, 0, found, MAXF);
	ok(n == 1 && count_id(n, "head-too-long") == 1, "a 100 KiB field line: head-too-long");
	/* Binary garbage with NULs. */
	for (i = 0; i < 4096; i++)
		big[i] = (char)(i * 7919 % 256);
	n = httpstatus_check(big, 4096, "GET", 0, found, MAXF);
	ok(n >= 1 && count_id(n, "bad-status-line") == 1, "binary garbage: bad-status-line (%d)", n);
	free(big);
}

static void test_rules(void)
{
	struct httpstatus_rule r[32];
	int n = httpstatus_rules(405, r, 32), i, allow = -1, date = -1;

	ok(n > 0 && n <= 32, "405 has rules (%d)", n);
	for (i = 0; i < n && i < 32; i++) {
		if (r[i].field && strcmp(r[i].field, "Allow") == 0)
			allow = i;
		if (r[i].field && strcmp(r[i].field, "Date") == 0)
			date = i;
	}
	if (ok(allow >= 0, "405: Allow")) {
		is_int(r[allow].strength, HTTPSTATUS_STRENGTH_MUST, "... MUST");
		is_str(r[allow].spec, "RFC 9110, Section 15.5.6", "... RFC 9110, Section 15.5.6");
		is_str(r[allow].id, "405-without-allow", "... checked as 405-without-allow");
		is_int(r[allow].severity, HTTPSTATUS_SEVERITY_ERROR, "... an error");
	}
	if (ok(date >= 0, "405: Date (4xx)"))
		ok(r[date].condition != NULL, "... with its condition (%s)", r[date].condition);
	n = httpstatus_rules(503, r, 32);
	for (i = 0, allow = -1; i < n && i < 32; i++)
		if (r[i].field && strcmp(r[i].field, "Retry-After") == 0)
			allow = i;
	ok(allow >= 0 && r[allow].strength == HTTPSTATUS_STRENGTH_MAY && r[allow].id == NULL,
	   "503: Retry-After MAY, not checked");
	is_int(httpstatus_rules(599, NULL, 0) > 0, 1, "an unknown 5xx gets its class's rules");
	is_int(httpstatus_rules(99, r, 32), 0, "99: no rules");
	is_int(httpstatus_rules(200, NULL, 1), HTTPSTATUS_ERR_INVALID, "rules NULL with n 1");
	is_str(httpstatus_strength_name(HTTPSTATUS_STRENGTH_MUST_NOT), "MUST NOT", "MUST NOT");
	is_str(httpstatus_strength_name(0), NULL, "strength 0 has no name");
	is_str(httpstatus_severity_name(HTTPSTATUS_SEVERITY_WARNING), "warning", "warning");
	is_str(httpstatus_severity_name(4), NULL, "severity 4 has no name");
}

int main(void)
{
	test_cases();
	test_clean();
	test_coverage();
	test_positions();
	test_counting();
	test_big();
	test_rules();
	return done_testing();
}
