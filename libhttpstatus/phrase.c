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
static inline __attribute__((always_inline)) int hs_dialect_split(httpstatus_dialect_t dialect,
                                                                 uint32_t *release)
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
 * last change at or before v.  HS_NONE when the source has none.  Most
 * codes have no change in any dialect; those that have find theirs
 * together, sorted by dialect and release. */
static inline hs_off hs_phrase_at(const struct hs_entry *e, int d, uint32_t v)
{
	const struct hs_change *c;
	hs_off off = e->phrase[d];

	if (__builtin_expect(e->changes != 0, 0))
		for (c = &hs_changes[e->changes - 1]; c->code == e->code; c++)
			if (c->dialect == d && c->since <= v)
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

/*
 * The phrase a status line for code carries in base dialect d at release v
 * (see httpstatus_status_line_reason), and its length: from the table,
 * unless a later release changed the phrase.  code is 100-999 and d valid.
 */
static inline const char *line_reason(int code, int d, uint32_t v, size_t *len)
{
	const struct hs_entry *e = hs_find(code);
	hs_off off;

	if (!e) {
		*len = 0;
		return "";
	}
	off = hs_phrase_at(e, d, v);
	if (__builtin_expect(off == e->phrase[d], 1)) {
		if (off == HS_NONE)
			off = dialects[d].server ? 0 : e->phrase[HS_D_RFC9110];
		*len = e->line_len[d];
		return hs_pool + off;
	}
	if (off == HS_NONE)
		off = dialects[d].server ? 0 : e->phrase[HS_D_RFC9110];
	*len = strlen(hs_pool + off);
	return hs_pool + off;
}

HS_EXPORT const char *httpstatus_status_line_reason(int code, httpstatus_dialect_t dialect,
                                                    size_t *len)
{
	size_t n = 0;
	const char *p = NULL;
	uint32_t v;
	int d = hs_dialect_split(dialect, &v);

	if (d >= 0 && code >= HTTPSTATUS_MIN && code <= HTTPSTATUS_MAX)
		p = line_reason(code, d, v, &n);
	if (len)
		*len = n;
	return p;
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

/*
 * Eight bytes with every ASCII capital lowercased and every other byte
 * unchanged, all at once: a byte gets 0x20 added when its low seven bits
 * are 'A' to 'Z' and its top bit is clear.  No addition carries into the
 * next byte, since each adds at most 0x3F to at most 0x7F.
 */
static inline __attribute__((always_inline)) uint64_t fold8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t low = x & (0x7F * ones);
	uint64_t from_a = low + (0x80 - 'A') * ones;        /* top bit: >= 'A' */
	uint64_t past_z = low + (0x80 - 'Z' - 1) * ones;    /* top bit: > 'Z' */
	uint64_t upper = from_a & ~past_z & ~x & (0x80 * ones);

	return x | upper >> 2;
}

/*
 * The middle words of a spelling, from byte i on, where they differ in
 * case from the pool's: compared case-folded.  Out of line, so that the
 * usual path, a phrase spelt as the table spells it, keeps no fold
 * constants in registers.
 */
static __attribute__((noinline)) int same_folded(const unsigned char *p,
                                                 const unsigned char *t, size_t i,
                                                 size_t len)
{
	for (; i + 8 < len; i += 8)
		if (fold8(load8(p + i)) != fold8(load8(t + i)))
			return 0;
	return 1;
}

/*
 * The first level: every dialect's phrases, up to ASCII case.  The
 * len bytes at p (1 to HS_RAW_MAX) are hashed on their length and two
 * words with bit 0x20 set in every byte (so that case does not matter)
 * into a table without collisions, and compared with the one candidate's
 * words, where they may differ in bit 0x20 of a letter alone.  Longer
 * spellings compare their middle eight bytes at a time with the pool,
 * which spells them in the case callers most often use, and fold case
 * only from the first word that differs.  Returns the entry, or NULL.
 */
#define CASE_BITS 0x2020202020202020u

static inline __attribute__((always_inline)) const struct hs_raw *
lookup_raw(const unsigned char *p, size_t len)
{
	uint64_t head = hs_raw_head(p, len), tail = hs_raw_tail(p, len);
	const struct hs_raw *k = &hs_raw_keys[hs_raw_buckets[hs_raw_hash(
		len, head | CASE_BITS, tail | CASE_BITS, hs_raw_mid(p, len) | CASE_BITS,
		HS_RAW_SEED) >> HS_RAW_SHIFT]];
	const unsigned char *t;
	size_t i;

	/* An empty bucket holds entry 0, whose length is 0. */
	if ((((head ^ k->head) & k->head_keep) | ((tail ^ k->tail) & k->tail_keep) |
	     (k->len ^ len)))
		return NULL;
	t = (const unsigned char *)hs_pool + k->text;
	for (i = 8; i + 8 < len; i += 8)
		if (load8(p + i) != load8(t + i))
			return same_folded(p, t, i, len) ? k : NULL;
	return k;
}

/* The n bytes at a and b are equal (n >= 1), compared a word at a time. */
static inline int same_bytes(const unsigned char *a, const unsigned char *b, size_t n)
{
	size_t i;

	if (hs_raw_head(a, n) != hs_raw_head(b, n) || hs_raw_tail(a, n) != hs_raw_tail(b, n))
		return 0;
	for (i = 8; i + 8 < n; i += 8)
		if (load8(a + i) != load8(b + i))
			return 0;
	return 1;
}

/*
 * Most misses end here, before normalizing: unless the phrase may start
 * with a code, add up the weights of its bytes.  The sum does not depend
 * on spacing, case or order, so it is the sum of the normalized phrase's
 * bytes; when no key has it, nothing matches.  A byte that normalizing
 * looks at more closely weighs 2^23 and sends the phrase down the whole
 * way, as does a sum that some key has.  (Other weights are below 2^14,
 * so 2^23 and more means such a byte.)
 */
static inline __attribute__((always_inline)) int surely_missing(const char *phrase,
                                                                size_t len)
{
	const unsigned char *s = (const unsigned char *)phrase;
	uint32_t sum = 0, sum2 = 0;
	size_t i;

	if (is_blank(phrase[0]) || hs_is_digit(phrase[0]))
		return 0;
	for (i = 0; i + 2 <= len; i += 2) {
		sum += hs_weight[s[i]];
		sum2 += hs_weight[s[i + 1]];
	}
	if (i < len)
		sum += hs_weight[s[i]];
	sum += sum2;
	return !(sum >> 23) &&
	       !(hs_sums[(sum >> 3) & (HS_SUM_BITS / 8 - 1)] & (1u << (sum & 7)));
}

/*
 * The normalizing path, for what the first level does not know: a
 * leading code, other spacing or punctuation, apostrophe look-alikes,
 * errors and misses.
 */
static __attribute__((noinline)) int lookup_normalized(const char *phrase, size_t len,
                                                       int *match)
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
		if (k->len == n && same_bytes((const unsigned char *)hs_pool + k->text,
		                              (const unsigned char *)key, (size_t)n)) {
			if (lead >= 0 && lead != k->code)
				return HTTPSTATUS_ERR_MISMATCH;
			if (match)
				*match = k->match;
			return k->code;
		}
	}
	return HTTPSTATUS_ERR_NOT_FOUND;
}

/* What the first level does not know, out of line so that the first
 * level needs no saved registers. */
static __attribute__((noinline)) int lookup_rest(const char *phrase, size_t len, int *match)
{
	if (surely_missing(phrase, len))
		return HTTPSTATUS_ERR_NOT_FOUND;
	return lookup_normalized(phrase, len, match);
}

/* The lookup proper, once len is known to be 1 to HTTPSTATUS_PHRASE_MAX
 * (and, from httpstatus_from_reason(), the phrase to hold no NUL; a NUL is
 * a byte normalizing rejects, so either way it gives CHARSET). */
static inline __attribute__((always_inline)) int lookup(const char *phrase, size_t len, int *match)
{
	/* Most phrases are spelt as the table spells them. */
	if (len <= HS_RAW_MAX) {
		const struct hs_raw *k = lookup_raw((const unsigned char *)phrase, len);

		if (k) {
			if (match)
				*match = k->match;
			return k->code;
		}
	}
	return lookup_rest(phrase, len, match);
}

/* The lookup, out of line, for callers that give the length: one copy of
 * its code is enough for them (httpstatus_from_reason has its own). */
static __attribute__((noinline)) int lookup_len(const char *phrase, size_t len, int *match)
{
	return lookup(phrase, len, match);
}

HS_EXPORT int httpstatus_match_reason(const char *phrase, size_t len, int *match)
{
	if (match)
		*match = HTTPSTATUS_MATCH_NONE;
	if (!phrase && len)
		return HTTPSTATUS_ERR_INVALID;
	if (len > HTTPSTATUS_PHRASE_MAX)
		return HTTPSTATUS_ERR_TOO_LONG;
	if (!phrase || !len)
		return HTTPSTATUS_ERR_NOT_FOUND;  /* the empty phrase */
	/* No search for a NUL first: no spelling holds one, and normalizing
	 * answers CHARSET for it. */
	return lookup_len(phrase, len, match);
}

/*
 * The length of the NUL-terminated s if below SHORT_MAX, else SHORT_MAX,
 * reading no byte past the NUL: one test a byte and no loop.
 */
#define SHORT_MAX 32
#define LEN1(k)  if (!s[k]) return k;
#define LEN4(k)  LEN1(k) LEN1((k) + 1) LEN1((k) + 2) LEN1((k) + 3)
#define LEN16(k) LEN4(k) LEN4((k) + 4) LEN4((k) + 8) LEN4((k) + 12)

static inline __attribute__((always_inline)) size_t short_len(const char *s)
{
	LEN16(0)
	LEN16(16)
	return SHORT_MAX;
}

/* httpstatus_from_reason() for a phrase of SHORT_MAX bytes or more:
 * strnlen() reads at most HTTPSTATUS_PHRASE_MAX + 1 bytes in all. */
static __attribute__((noinline)) int from_reason_long(const char *phrase)
{
	size_t len = SHORT_MAX + strnlen(phrase + SHORT_MAX,
	                                 HTTPSTATUS_PHRASE_MAX + 1 - SHORT_MAX);

	if (len > HTTPSTATUS_PHRASE_MAX)
		return HTTPSTATUS_ERR_TOO_LONG;
	return lookup_len(phrase, len, NULL);
}

HS_EXPORT int httpstatus_from_reason(const char *phrase)
{
	size_t len;

	if (!phrase)
		return HTTPSTATUS_ERR_INVALID;
	/* Reads neither past the NUL nor more than one byte past the longest
	 * acceptable input. */
	len = short_len(phrase);
	if (len == SHORT_MAX)
		return from_reason_long(phrase);
	if (!len)
		return HTTPSTATUS_ERR_NOT_FOUND;
	return lookup(phrase, len, NULL);
}
