/* SPDX-License-Identifier: MIT */
/*
 * Reverse lookup: httpstatus_from_reason() and httpstatus_match_reason().
 *
 * The whole input is looked up as a phrase.  Its first four bytes also
 * pick a code, and the next ones a way of respelling that code's phrases
 * (case, separators, apostrophes, a leading code) that must still find the
 * same code.
 */
#include <string.h>

#include "fuzz.h"

#define NDIALECTS 7

static int is_error(int r)
{
	return r == HTTPSTATUS_ERR_NOT_FOUND || r == HTTPSTATUS_ERR_TOO_LONG ||
	       r == HTTPSTATUS_ERR_CHARSET || r == HTTPSTATUS_ERR_MISMATCH;
}

/* A result is a known code (with a match kind) or a documented error. */
static void check_result(int r, int match)
{
	if (r >= 0) {
		FUZZ_CHECK(r >= HTTPSTATUS_MIN && r <= HTTPSTATUS_MAX);
		FUZZ_CHECK(httpstatus_reason(r) != NULL);
		FUZZ_CHECK(httpstatus_registry_of(r) > HTTPSTATUS_REGISTRY_UNASSIGNED);
		FUZZ_CHECK(match == HTTPSTATUS_MATCH_CANONICAL || match == HTTPSTATUS_MATCH_DIALECT ||
		           match == HTTPSTATUS_MATCH_ALIAS || match == HTTPSTATUS_MATCH_MEANING);
	} else {
		FUZZ_CHECK(is_error(r));
		FUZZ_CHECK(match == HTTPSTATUS_MATCH_NONE);
	}
}

/*
 * Whether the bytes hold something a phrase may not contain: a control
 * byte, DEL, or a non-ASCII byte that is not part of one of the UTF-8
 * apostrophes the lookup ignores (U+00B4, U+2018, U+2019).
 */
static int bad_charset(const unsigned char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\t' || (s[i] >= 0x20 && s[i] < 0x7f))
			continue;
		if (s[i] == 0xc2 && i + 1 < len && s[i + 1] == 0xb4) {
			i++;
			continue;
		}
		if (s[i] == 0xe2 && i + 2 < len && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x98 || s[i + 2] == 0x99)) {
			i += 2;
			continue;
		}
		return 1;
	}
	return 0;
}

/* Looks the len bytes at s up through an exact-size heap copy. */
static int lookup(const char *s, size_t len, int *match)
{
	char *copy = malloc(len ? len : 1);
	int r;

	FUZZ_CHECK(copy != NULL);
	memcpy(copy, s, len);
	*match = -1;
	r = httpstatus_match_reason(copy, len, match);
	free(copy);
	check_result(r, *match);
	return r;
}

/*
 * Writes a respelling of phrase into out (capacity HTTPSTATUS_PHRASE_MAX):
 * letters change case and ignored characters are inserted as the input
 * bits say.  Returns the length, or 0 when it would not fit.
 */
static size_t respell(const char *phrase, struct fuzz_in *in, char *out)
{
	static const char *const fillers[] = {
		" ", "\t", "-", "_", "'", "`", "\xe2\x80\x99", "\xe2\x80\x98", "\xc2\xb4", "  ",
	};
	size_t n = 0;

	for (; *phrase; phrase++) {
		unsigned int bits = fuzz_u8(in);
		char c = *phrase;

		if ((bits & 1) && c >= 'a' && c <= 'z')
			c = (char)(c - ('a' - 'A'));
		else if ((bits & 1) && c >= 'A' && c <= 'Z')
			c = (char)(c + ('a' - 'A'));
		if (n + 1 > HTTPSTATUS_PHRASE_MAX)
			return 0;
		out[n++] = c;
		if (bits & 2) {
			const char *f = fillers[(bits >> 2) % (sizeof fillers / sizeof fillers[0])];
			size_t fl = strlen(f);

			if (n + fl > HTTPSTATUS_PHRASE_MAX)
				return 0;
			memcpy(out + n, f, fl);
			n += fl;
		}
	}
	return n;
}

/* A phrase of code that names another code or none, as documented: a
 * server's placeholder that several codes share ("306 unused"), or the
 * phrase of an unofficial code that a registered code also has (AWS's
 * "561 Unauthorized"). */
static int given_away(int code, const char *phrase)
{
	int owner = httpstatus_from_reason(phrase), d, c, n;

	if (owner > 0 && owner != code)
		return httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNOFFICIAL &&
		       httpstatus_registry_of(owner) != HTTPSTATUS_REGISTRY_UNOFFICIAL;
	if (owner != HTTPSTATUS_ERR_NOT_FOUND)
		return 0;
	for (d = 0; d < NDIALECTS; d++) {
		for (c = HTTPSTATUS_MIN, n = 0; c <= HTTPSTATUS_MAX; c++) {
			const char *q = httpstatus_reason_dialect(c, d);

			n += q && !strcmp(q, phrase);
		}
		if (n > 1)
			return 1;
	}
	return 0;
}

/* Every way of writing a phrase of code finds code again. */
static void round_trip(int code, const char *phrase, struct fuzz_in *in)
{
	char buf[HTTPSTATUS_PHRASE_MAX + 8];
	size_t n;
	int m, lead;

	if (!phrase || !*phrase || given_away(code, phrase))
		return;
	FUZZ_CHECK(httpstatus_from_reason(phrase) == code);
	n = respell(phrase, in, buf);
	if (!n)
		return;
	FUZZ_CHECK(lookup(buf, n, &m) == code);

	/* A leading code: the right one is accepted, any other is a mismatch. */
	lead = (int)(fuzz_u32(in) % 1000);
	if (fuzz_u8(in) & 1)
		lead = code;
	if (n + 4 <= HTTPSTATUS_PHRASE_MAX) {
		char with[HTTPSTATUS_PHRASE_MAX + 8];

		with[0] = (char)('0' + lead / 100);
		with[1] = (char)('0' + lead / 10 % 10);
		with[2] = (char)('0' + lead % 10);
		with[3] = ' ';
		memcpy(with + 4, buf, n);
		FUZZ_CHECK(lookup(with, n + 4, &m) ==
		           (lead == code ? code : HTTPSTATUS_ERR_MISMATCH));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	const char *s = (const char *)data;
	int r, r2, m, code, d;
	char *z;

	/* The input itself, with a length. */
	r = lookup(s, size, &m);
	if (size > HTTPSTATUS_PHRASE_MAX)
		FUZZ_CHECK(r == HTTPSTATUS_ERR_TOO_LONG);
	else
		FUZZ_CHECK((r == HTTPSTATUS_ERR_CHARSET) == bad_charset(data, size));
	if (r >= 0) {
		/* The kind of match does not depend on asking for it. */
		FUZZ_CHECK(httpstatus_match_reason(s, size, NULL) == r);
	}

	/* The input as a C string: it ends at its first NUL. */
	z = malloc(size + 1);
	FUZZ_CHECK(z != NULL);
	memcpy(z, data, size);
	z[size] = '\0';
	r2 = httpstatus_from_reason(z);
	FUZZ_CHECK(r2 == httpstatus_match_reason(z, strlen(z), NULL));
	if (!memchr(s, '\0', size))
		FUZZ_CHECK(r2 == r);
	check_result(r2, r2 >= 0 ? HTTPSTATUS_MATCH_CANONICAL : HTTPSTATUS_MATCH_NONE);
	free(z);

	/* NULL is an error unless there is nothing to read. */
	FUZZ_CHECK(httpstatus_from_reason(NULL) == HTTPSTATUS_ERR_INVALID);
	FUZZ_CHECK(httpstatus_match_reason(NULL, size ? size : 1, &m) ==
	           HTTPSTATUS_ERR_INVALID);
	FUZZ_CHECK(m == HTTPSTATUS_MATCH_NONE);

	/* A code taken from the input: its phrases, in every dialect, and its
	 * name lead back to it. */
	code = HTTPSTATUS_MIN + (int)(fuzz_u32(&in) % (HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1));
	if (httpstatus_reason(code)) {
		round_trip(code, httpstatus_reason(code), &in);
		round_trip(code, httpstatus_name(code), &in);
		for (d = 0; d < NDIALECTS; d++)
			round_trip(code, httpstatus_reason_dialect(code, d), &in);
	} else {
		FUZZ_CHECK(httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNASSIGNED);
	}
	return 0;
}
