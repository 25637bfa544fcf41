/* SPDX-License-Identifier: MIT */
/* Dialect phrases and the reverse lookup from a phrase to its code. */
#include <string.h>

#include "internal.h"
#include "normalize.h"

static const struct {
	char name[12];
	unsigned char server;
} dialects[HS_NDIALECTS] = {
#define HS_DIALECT(e, key, name, title, server) { name, server },
#include "dialects.def"
#undef HS_DIALECT
};

HS_EXPORT const char *httpstatus_reason_dialect(int code, httpstatus_dialect_t dialect)
{
	const struct hs_entry *e;

	if (dialect < 0 || dialect >= HS_NDIALECTS ||
	    code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return NULL;
	e = hs_find(code);
	if (e && e->phrase[dialect] != HS_NONE)
		return hs_str(e->phrase[dialect]);
	/* A server sends what it has; for a code it lacks, an empty phrase. */
	return dialects[dialect].server ? "" : NULL;
}

HS_EXPORT const char *httpstatus_dialect_name(httpstatus_dialect_t dialect)
{
	if (dialect < 0 || dialect >= HS_NDIALECTS)
		return NULL;
	return dialects[dialect].name;
}

static int ascii_tolower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

HS_EXPORT int httpstatus_dialect_from_name(const char *name)
{
	int d;
	size_t i;

	if (!name)
		return HTTPSTATUS_ERR_INVALID;
	for (d = 0; d < HS_NDIALECTS; d++) {
		const char *n = dialects[d].name;

		for (i = 0; n[i] && ascii_tolower((unsigned char)name[i]) == n[i]; i++)
			;
		if (!n[i] && !name[i])
			return d;
	}
	return HTTPSTATUS_ERR_INVALID;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The lookup proper, once len is known to be in range and the phrase is
 * known to hold no NUL. */
static int lookup(const char *phrase, size_t len, int *match)
{
	char key[HS_KEY_MAX];
	const struct hs_key *k;
	size_t i = 0;
	int n, lead = -1;
	uint32_t h, probe;

	/* An optional leading status code: "404 Not Found". */
	while (i < len && is_blank(phrase[i]))
		i++;
	if (len - i > 4 && hs_is_digit(phrase[i]) && hs_is_digit(phrase[i + 1]) &&
	    hs_is_digit(phrase[i + 2]) && is_blank(phrase[i + 3])) {
		lead = (phrase[i] - '0') * 100 + (phrase[i + 1] - '0') * 10 +
		       (phrase[i + 2] - '0');
		i += 4;
	}

	n = hs_normalize(phrase + i, len - i, key, sizeof key);
	if (n == HS_NORM_CHARSET)
		return HTTPSTATUS_ERR_CHARSET;
	if (n <= 0)                 /* empty, or longer than every key */
		return HTTPSTATUS_ERR_NOT_FOUND;

	h = hs_hash(key, (size_t)n, HS_HASH_SEED);
	for (probe = 0; probe < HS_MAX_PROBE; probe++) {
		unsigned int b = hs_buckets[(h + probe) & (HS_NBUCKETS - 1)];

		if (!b)
			break;
		k = &hs_keys[b - 1];
		if (k->len == n && memcmp(hs_pool + k->text, key, (size_t)n) == 0) {
			if (lead >= 0 && lead != k->code)
				return HTTPSTATUS_ERR_MISMATCH;
			if (match)
				*match = k->match;
			return k->code;
		}
	}
	return HTTPSTATUS_ERR_NOT_FOUND;
}

HS_EXPORT int httpstatus_match_reason(const char *phrase, size_t len, int *match)
{
	if (match)
		*match = HTTPSTATUS_MATCH_NONE;
	if (!phrase && len)
		return HTTPSTATUS_ERR_INVALID;
	if (len > HTTPSTATUS_PHRASE_MAX)
		return HTTPSTATUS_ERR_TOO_LONG;
	if (!phrase)
		return HTTPSTATUS_ERR_NOT_FOUND;  /* the empty phrase */
	if (memchr(phrase, '\0', len))
		return HTTPSTATUS_ERR_CHARSET;
	return lookup(phrase, len, match);
}

HS_EXPORT int httpstatus_from_reason(const char *phrase)
{
	size_t len;

	if (!phrase)
		return HTTPSTATUS_ERR_INVALID;
	/* Reads neither past the NUL nor more than one byte past the longest
	 * acceptable input; the len bytes then hold no NUL. */
	len = strnlen(phrase, HTTPSTATUS_PHRASE_MAX + 1);
	if (len > HTTPSTATUS_PHRASE_MAX)
		return HTTPSTATUS_ERR_TOO_LONG;
	return lookup(phrase, len, NULL);
}
