/* SPDX-License-Identifier: MIT */
/* Reverse lookup from phrases, names and spellings; iteration. */
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

#define NDIALECTS 7

static void variants(int code, const char *phrase)
{
	char buf[512];
	size_t i, n = strlen(phrase);

	if (n == 0 || n + 8 >= sizeof buf)
		return;
	/* Upper case, lower case, spaces doubled, spaces as hyphens. */
	for (i = 0; i <= n; i++)
		buf[i] = (char)(phrase[i] >= 'a' && phrase[i] <= 'z' ? phrase[i] - 32 : phrase[i]);
	if (httpstatus_from_reason(buf) != code)
		fail_quiet("'%s' (upper case) does not give %d", buf, code);
	for (i = 0; i <= n; i++)
		buf[i] = (char)(phrase[i] >= 'A' && phrase[i] <= 'Z' ? phrase[i] + 32 : phrase[i]);
	if (httpstatus_from_reason(buf) != code)
		fail_quiet("'%s' (lower case) does not give %d", buf, code);
	for (i = 0; i <= n; i++)
		buf[i] = phrase[i] == ' ' ? '-' : phrase[i];
	if (httpstatus_from_reason(buf) != code)
		fail_quiet("'%s' (hyphens) does not give %d", buf, code);
	snprintf(buf, sizeof buf, "  %d   %s  ", code, phrase);
	if (httpstatus_from_reason(buf) != code)
		fail_quiet("'%s' (leading code) does not give %d", buf, code);
	/* Case swapped letter by letter; then one letter changed, in the
	 * phrase as spelt and lowercased: a phrase can differ from the
	 * table's anywhere, in case or in a letter, word after word. */
	for (i = 0; i <= n; i++)
		buf[i] = (char)(phrase[i] >= 'a' && phrase[i] <= 'z' ? phrase[i] - 32 :
		                phrase[i] >= 'A' && phrase[i] <= 'Z' ? phrase[i] + 32 : phrase[i]);
	if (httpstatus_from_reason(buf) != code)
		fail_quiet("'%s' (case swapped) does not give %d", buf, code);
	for (i = 0; i < n; i++) {
		int lower;

		if (!((phrase[i] | 0x20) >= 'a' && (phrase[i] | 0x20) <= 'z'))
			continue;
		for (lower = 0; lower <= 1; lower++) {
			size_t j;

			for (j = 0; j <= n; j++)
				buf[j] = (char)(lower && phrase[j] >= 'A' && phrase[j] <= 'Z' ?
				                phrase[j] + 32 : phrase[j]);
			buf[i] = (phrase[i] | 0x20) == 'q' ? 'x' : 'q';
			if (httpstatus_from_reason(buf) == code)
				fail_quiet("'%s' (letter %zu changed) gives %d", buf, i, code);
		}
	}
}

/* A phrase a server sends for several codes ("306 unused", "418 unused"
 * in Apache 1.3) names none of them. */
static int placeholder(const char *q, int d)
{
	int c, n = 0;

	for (c = 100; c <= 599; c++) {
		const char *r = httpstatus_reason_dialect(c, d);

		n += r && !strcmp(r, q);
	}
	return n > 1;
}

int main(void)
{
	int code, d, match, prev, count;
	char *big;

	/* Every phrase of every dialect and every name round-trips. */
	tap_errors = 0;
	count = 0;
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
		const char *p = httpstatus_reason(code);
		int owner = httpstatus_from_reason(p);

		/* An unofficial code whose vendor uses a registered code's phrase
		 * (AWS's "561 Unauthorized") leaves the phrase to that code. */
		if (owner != code && owner > 0 &&
		    httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNOFFICIAL &&
		    httpstatus_registry_of(owner) != HTTPSTATUS_REGISTRY_UNOFFICIAL &&
		    !strcmp(httpstatus_reason(owner), p))
			continue;
		if (httpstatus_match_reason(p, strlen(p), &match) != code ||
		    match != HTTPSTATUS_MATCH_CANONICAL)
			fail_quiet("%d: canonical '%s' gives %d (match %d)", code, p,
			           httpstatus_from_reason(p), match);
		variants(code, p);
		for (d = 0; d < NDIALECTS; d++) {
			const char *q = httpstatus_reason_dialect(code, d);

			if (!q || !*q || placeholder(q, d))
				continue;
			count++;
			if (httpstatus_from_reason(q) != code)
				fail_quiet("%d: %s phrase '%s' gives %d", code,
				           httpstatus_dialect_name(d), q, httpstatus_from_reason(q));
			variants(code, q);
		}
		if (httpstatus_from_reason(httpstatus_name(code)) != code)
			fail_quiet("%d: name %s does not round-trip", code, httpstatus_name(code));
	}
	is_int(tap_errors, 0, "every canonical and dialect phrase and name round-trips");
	ok(count > 100, "dialect phrases checked: %d", count);

	/* The article this project started from, and common variants. */
	static const struct { const char *phrase; int code; int match; } spellings[] = {
		{ "Non-Authorative Information", 203, HTTPSTATUS_MATCH_ALIAS },
		{ "Request Entity Too Long", 413, HTTPSTATUS_MATCH_ALIAS },
		{ "Request Timed Out", 408, HTTPSTATUS_MATCH_ALIAS },
		{ "Conflicting Request", 409, HTTPSTATUS_MATCH_ALIAS },
		{ "Request URI Too Long", 414, 0 },
		{ "Moved Temporarily", 302, HTTPSTATUS_MATCH_DIALECT },
		{ "Authorization Required", 401, HTTPSTATUS_MATCH_DIALECT },
		{ "Non Authoritative Information", 203, HTTPSTATUS_MATCH_CANONICAL },
		{ "Multi Status", 207, HTTPSTATUS_MATCH_CANONICAL },
		{ "I'm A Teapot", 418, HTTPSTATUS_MATCH_CANONICAL },
		{ "I\xe2\x80\x99m a teapot", 418, HTTPSTATUS_MATCH_CANONICAL },
		{ "Im a teapot", 418, HTTPSTATUS_MATCH_CANONICAL },
		{ "Request Entity Too Large", 413, 0 },
		{ "Payload Too Large", 413, HTTPSTATUS_MATCH_DIALECT },
		{ "Request-URI Too Large", 414, HTTPSTATUS_MATCH_DIALECT },
		{ "Request Time-out", 408, HTTPSTATUS_MATCH_CANONICAL },
		{ "Gateway Time-out", 504, HTTPSTATUS_MATCH_CANONICAL },
		{ "Unprocessable Entity", 422, 0 },
		{ "Not Allowed", 405, HTTPSTATUS_MATCH_DIALECT },
		{ "Service Temporarily Unavailable", 503, 0 },
		{ "REQUEST_ENTITY_TOO_LARGE", 413, 0 },
		{ "not_found", 404, HTTPSTATUS_MATCH_CANONICAL },
		{ "\tnot \t found\t", 404, HTTPSTATUS_MATCH_CANONICAL },
		{ "404 Not Found", 404, HTTPSTATUS_MATCH_CANONICAL },
	};
	for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
		int got = httpstatus_match_reason(spellings[i].phrase,
		                                    strlen(spellings[i].phrase), &match);

		is_int(got, spellings[i].code, "'%s' gives %d", spellings[i].phrase,
		       spellings[i].code);
		if (spellings[i].match)
			is_int(match, spellings[i].match, "'%s' matches as kind %d",
			       spellings[i].phrase, spellings[i].match);
	}

	/* Errors. */
	is_int(httpstatus_from_reason(NULL), HTTPSTATUS_ERR_INVALID, "NULL is invalid");
	is_int(httpstatus_match_reason(NULL, 3, NULL), HTTPSTATUS_ERR_INVALID,
	       "NULL with a length is invalid");
	is_int(httpstatus_match_reason(NULL, 0, &match), HTTPSTATUS_ERR_NOT_FOUND,
	       "NULL with length 0 is an empty phrase");
	is_int(match, HTTPSTATUS_MATCH_NONE, "no match kind on error");
	is_int(httpstatus_from_reason(""), HTTPSTATUS_ERR_NOT_FOUND, "empty phrase");
	is_int(httpstatus_from_reason("   "), HTTPSTATUS_ERR_NOT_FOUND, "blank phrase");
	is_int(httpstatus_from_reason("Not Fond"), HTTPSTATUS_ERR_NOT_FOUND, "misspelt phrase");
	is_int(httpstatus_from_reason("404"), HTTPSTATUS_ERR_NOT_FOUND, "a bare number");
	is_int(httpstatus_from_reason("404 "), HTTPSTATUS_ERR_NOT_FOUND, "a number and a space");
	is_int(httpstatus_from_reason("404 Gone"), HTTPSTATUS_ERR_MISMATCH, "404 Gone");
	is_int(httpstatus_from_reason("Not Found\n"), HTTPSTATUS_ERR_CHARSET, "control byte");
	is_int(httpstatus_from_reason("N\xc3\xb6t Found"), HTTPSTATUS_ERR_CHARSET, "non-ASCII");
	is_int(httpstatus_from_reason("\xff\xfe"), HTTPSTATUS_ERR_CHARSET, "invalid UTF-8");
	is_int(httpstatus_from_reason("Not Found\xe2\x80"), HTTPSTATUS_ERR_CHARSET,
	       "truncated UTF-8 apostrophe");
	/* Cyrillic 'о' looks like Latin 'o'. */
	is_int(httpstatus_from_reason("N\xd0\xbet Found"), HTTPSTATUS_ERR_CHARSET,
	       "look-alike letter");
	is_int(httpstatus_match_reason("Not\0Found", 9, NULL), HTTPSTATUS_ERR_CHARSET,
	       "embedded NUL");
	is_int(httpstatus_match_reason("Not Found", 3, NULL), HTTPSTATUS_ERR_NOT_FOUND,
	       "length is honoured (\"Not\")");
	is_int(httpstatus_match_reason("Gone and more", 4, NULL), 410,
	       "length is honoured (\"Gone\")");

	big = malloc(1 << 20);
	if (!big)
		return 99;
	memset(big, 'a', (1 << 20) - 1);
	big[(1 << 20) - 1] = '\0';
	is_int(httpstatus_from_reason(big), HTTPSTATUS_ERR_TOO_LONG, "1 MiB phrase");
	is_int(httpstatus_match_reason(big, (1 << 20) - 1, NULL), HTTPSTATUS_ERR_TOO_LONG,
	       "1 MiB phrase with length");
	memset(big, ' ', HTTPSTATUS_PHRASE_MAX);
	memcpy(big + HTTPSTATUS_PHRASE_MAX - 4, "Gone", 4);
	big[HTTPSTATUS_PHRASE_MAX] = '\0';
	is_int(httpstatus_from_reason(big), 410, "a phrase of exactly the maximum length");
	big[HTTPSTATUS_PHRASE_MAX] = ' ';
	big[HTTPSTATUS_PHRASE_MAX + 1] = '\0';
	is_int(httpstatus_from_reason(big), HTTPSTATUS_ERR_TOO_LONG, "one byte more");
	free(big);

	/* Iteration. */
	prev = 0;
	count = 0;
	tap_errors = 0;
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
		if (code <= prev)
			fail_quiet("next() went from %d to %d", prev, code);
		if (httpstatus_registry_of(code) <= HTTPSTATUS_REGISTRY_UNASSIGNED)
			fail_quiet("next() gave unknown code %d", code);
		prev = code;
		count++;
	}
	is_int(tap_errors, 0, "next() walks known codes in ascending order");
	{
		int iana = 0, unoff = 0, all = 0;

		for (code = 100; code <= 599; code++) {
			int r = httpstatus_registry_of(code);

			all += r > 0;
			iana += r > 0 && r != HTTPSTATUS_REGISTRY_UNOFFICIAL;
			unoff += r == HTTPSTATUS_REGISTRY_UNOFFICIAL;
		}
		is_int(count, all, "FILTER_ALL visits every known code");
		count = 0;
		for (code = httpstatus_next(0, HTTPSTATUS_FILTER_IANA); code > 0;
		     code = httpstatus_next(code, HTTPSTATUS_FILTER_IANA))
			count += httpstatus_registry_of(code) != HTTPSTATUS_REGISTRY_UNOFFICIAL;
		is_int(count, iana, "FILTER_IANA visits the registered codes only");
		count = 0;
		for (code = httpstatus_next(0, HTTPSTATUS_FILTER_UNOFFICIAL); code > 0;
		     code = httpstatus_next(code, HTTPSTATUS_FILTER_UNOFFICIAL))
			count += httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNOFFICIAL;
		is_int(count, unoff, "FILTER_UNOFFICIAL visits the unofficial codes only");
	}
	is_int(httpstatus_next(0, 0), -1, "an empty filter gives nothing");
	is_int(httpstatus_next(599, HTTPSTATUS_FILTER_ALL), -1, "nothing after 599");
	is_int(httpstatus_next(-2147483647 - 1, HTTPSTATUS_FILTER_ALL), 100,
	       "INT_MIN starts at 100");
	is_int(httpstatus_next(2147483647, HTTPSTATUS_FILTER_ALL), -1, "INT_MAX ends");
	return done_testing();
}
