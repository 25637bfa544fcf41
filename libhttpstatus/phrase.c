/* SPDX-License-Identifier: MIT */
/* Dialect phrases and the reverse lookup from a phrase to its code. */
#include <string.h>

#include "internal.h"
#include "normalize.h"

static const struct {
	char name[12];
	char product[8];
	unsigned char server;
} dialects[HS_NDIALECTS] = {
#define HS_DIALECT(e, key, name, title, server, product, versions) \
	{ name, product, server },
#include "dialects.def"
#undef HS_DIALECT
};

/* Is release inside the releases checked for dialect d? */
static int hs_covered(int d, uint32_t release)
{
	const struct hs_range *r;

	for (r = hs_ranges; r->first; r++)
		if (r->dialect == d && release >= r->first && release <= r->last)
			return 1;
	return 0;
}

/*
 * Splits a dialect argument into its base dialect and release (0 for a
 * document); -1 when it names no dialect.  A base dialect alone is the
 * newest release checked.
 */
static int hs_dialect_split(httpstatus_dialect_t dialect, uint32_t *release)
{
	int base;
	uint32_t v;

	if (dialect < 0)
		return -1;
	base = dialect % HS_DIALECT_STRIDE;
	v = (uint32_t)(dialect / HS_DIALECT_STRIDE);
	if (base >= HS_NDIALECTS)
		return -1;
	if (v == 0)
		v = hs_newest[base];
	else if (!hs_covered(base, v))
		return -1;
	*release = v;
	return base;
}

/* The phrase of code in base dialect d at release v: the table's, or the
 * last change at or before v.  HS_NONE when the source has none. */
static hs_off hs_phrase_at(const struct hs_entry *e, int d, uint32_t v)
{
	const struct hs_change *c;
	hs_off off = e->phrase[d];

	for (c = hs_changes; c->code; c++)
		if (c->code == e->code && c->dialect == d && c->since <= v)
			off = c->phrase;
	return off;
}

HS_EXPORT const char *httpstatus_reason_dialect(int code, httpstatus_dialect_t dialect)
{
	const struct hs_entry *e;
	uint32_t v;
	int d = hs_dialect_split(dialect, &v);

	if (d < 0 || code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return NULL;
	e = hs_find(code);
	if (e) {
		hs_off off = hs_phrase_at(e, d, v);

		if (off != HS_NONE)
			return hs_str(off);
	}
	/* A server sends what it has; for a code it lacks, an empty phrase. */
	return dialects[d].server ? "" : NULL;
}

HS_EXPORT const char *httpstatus_dialect_name(httpstatus_dialect_t dialect)
{
	uint32_t v;
	int d = hs_dialect_split(dialect, &v);

	return d < 0 ? NULL : dialects[d].name;
}

HS_EXPORT int httpstatus_dialect_version(httpstatus_dialect_t dialect)
{
	uint32_t v;
	int d = hs_dialect_split(dialect, &v);

	return d < 0 ? HTTPSTATUS_ERR_INVALID : (int)v;
}

static int ascii_tolower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Does the text at s start with word, ignoring ASCII case?  The length
 * of word, or 0. */
static size_t hs_prefix(const char *s, const char *word)
{
	size_t i;

	for (i = 0; word[i]; i++)
		if (ascii_tolower((unsigned char)s[i]) != ascii_tolower((unsigned char)word[i]))
			return 0;
	return i;
}

/*
 * "x.y.z" at s: three parts of 1-3 digits (the major 1-2), as a release
 * number; 0 when malformed.  *end gets the byte after the release, which
 * must end the name or start the rest of a Server header (" (Debian)").
 */
static uint32_t hs_parse_release(const char *s, const char **end)
{
	uint32_t v = 0;
	int part, n;

	for (part = 0; part < 3; part++) {
		uint32_t p = 0;

		if (part && *s++ != '.')
			return 0;
		for (n = 0; hs_is_digit(*s); n++, s++) {
			if (n == (part ? 3 : 2))
				return 0;
			p = p * 10 + (uint32_t)(*s - '0');
		}
		if (n == 0)
			return 0;
		v = v * 1000 + p;
	}
	if (*s && *s != ' ')
		return 0;
	*end = s;
	return v;
}

/* The longest name dialect_from_name reads: "nginx/1.22.1" and the rest
 * of a Server header are cut off after this many bytes. */
#define HS_DIALECT_NAME_MAX 256

HS_EXPORT int httpstatus_dialect_from_name(const char *name)
{
	const char *end;
	size_t i, n;
	uint32_t v;
	int d, product_known = 0;

	if (!name)
		return HTTPSTATUS_ERR_INVALID;
	n = strnlen(name, HS_DIALECT_NAME_MAX + 1);
	if (n > HS_DIALECT_NAME_MAX)
		return HTTPSTATUS_ERR_INVALID;
	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] < 0x20 || (unsigned char)name[i] > 0x7E)
			return HTTPSTATUS_ERR_INVALID;
	for (d = 0; d < HS_NDIALECTS; d++) {
		const char *s = dialects[d].name;

		for (i = 0; s[i] && ascii_tolower((unsigned char)name[i]) == s[i]; i++)
			;
		if (!s[i] && !name[i])
			return d;
	}
	/* "product/x.y.z", as servers write it in their Server header. */
	for (d = 0; d < HS_NDIALECTS; d++) {
		size_t p;

		if (!dialects[d].product[0])
			continue;
		p = hs_prefix(name, dialects[d].product);
		if (!p || name[p] != '/')
			continue;
		product_known = 1;
		v = hs_parse_release(name + p + 1, &end);
		if (!v)
			return HTTPSTATUS_ERR_SERVER_VERSION;
		/* Several dialects share a product (Apache 1.3, 2.2, 2.4): the
		 * release picks one. */
		if (hs_covered(d, v))
			return d + HS_DIALECT_STRIDE * (int)v;
	}
	return product_known ? HTTPSTATUS_ERR_UNVERIFIED : HTTPSTATUS_ERR_INVALID;
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
