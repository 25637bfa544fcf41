/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "normalize.h"


/*
 * What hs_normalize() does with each byte: the byte to keep (ASCII letters
 * already lowercased), 0 to drop it, or 0xFF for a byte that needs a closer
 * look (controls, DEL and everything non-ASCII).
 */
#define HS_FOLD(c)                                                          \
	((c) == ' ' || (c) == '\t' || (c) == '-' || (c) == '_' ||          \
	 (c) == '\'' || (c) == '`' ? 0 :                                    \
	 (c) < 0x20 || (c) >= 0x7F ? 0xFF :                                 \
	 (c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
#define HS_FOLD4(c)  HS_FOLD(c), HS_FOLD((c) + 1), HS_FOLD((c) + 2), HS_FOLD((c) + 3)
#define HS_FOLD16(c) HS_FOLD4(c), HS_FOLD4((c) + 4), HS_FOLD4((c) + 8), HS_FOLD4((c) + 12)
#define HS_FOLD64(c) HS_FOLD16(c), HS_FOLD16((c) + 16), HS_FOLD16((c) + 32), HS_FOLD16((c) + 48)

static const unsigned char fold[256] = {
	HS_FOLD64(0), HS_FOLD64(64), HS_FOLD64(128), HS_FOLD64(192)
};

HS_INTERNAL int hs_normalize(const char *in, size_t len, char *out, size_t cap)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, n = 0;
	int too_long = 0;

	/* The usual case: plain ASCII that cannot outgrow out.  Every byte is
	 * stored and kept only when not dropped, so the loop has a single,
	 * rarely taken branch. */
	if (len <= cap) {
		for (; i < len; i++) {
			unsigned char f = fold[s[i]];

			if (f == 0xFF)
				break;
			out[n] = (char)f;
			n += f != 0;
		}
		if (i == len)
			return (int)n;
	}

	while (i < len) {
		unsigned char f = fold[s[i]];

		if (f == 0xFF) {
			unsigned char c = s[i];

			/* The only non-ASCII accepted: apostrophe look-alikes. */
			if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xB4) {
				i += 2;
				continue;
			}
			if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
			    (s[i + 2] == 0x98 || s[i + 2] == 0x99)) {
				i += 3;
				continue;
			}
			return HS_NORM_CHARSET;
		}
		i++;
		if (!f)
			continue;
		/* Past cap, keep looking for a bad byte: it is the answer. */
		if (n >= cap) {
			too_long = 1;
			continue;
		}
		out[n++] = (char)f;
	}
	return too_long ? HS_NORM_TOO_LONG : (int)n;
}

/* Eight and four bytes as little-endian numbers, the same on every
 * machine; one load each on the usual ones. */
static inline uint64_t load8(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static inline uint32_t load4(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
}

HS_INTERNAL uint32_t hs_hash(const char *s, size_t n, uint32_t seed)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t h = ((uint64_t)seed + 1) * 0x9E3779B97F4A7C15u ^ n;
	uint64_t head = 0, tail = 0;
	size_t i;

	/* Constant time: the length and the first and last eight bytes
	 * (overlapping below 16).  That tells the keys apart; the generator
	 * picks the seed that spreads them best, and the lookup confirms
	 * every match byte for byte. */
	if (n >= 8) {
		head = load8(p);
		tail = load8(p + n - 8);
	} else {
		for (i = 0; i < n; i++)
			head |= (uint64_t)p[i] << (8 * i);
	}
	h = (h ^ head) * 0xFF51AFD7ED558CCDu;
	h ^= h >> 32;
	h = (h ^ tail) * 0xC4CEB9FE1A85EC53u;
	h ^= h >> 29;
	return (uint32_t)h;
}

HS_INTERNAL uint64_t hs_raw_head(const unsigned char *p, size_t n)
{
	if (n >= 8)
		return load8(p);
	if (n >= 4)
		return load4(p) | (uint64_t)load4(p + n - 4) << 32;
	return (uint64_t)p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16;
}

HS_INTERNAL uint64_t hs_raw_tail(const unsigned char *p, size_t n)
{
	return n >= 8 ? load8(p + n - 8) : 0;
}

HS_INTERNAL uint64_t hs_raw_mid(const unsigned char *p, size_t n)
{
	return n > 16 ? load8(p + (n >> 1) - 4) : 0;
}

HS_INTERNAL uint32_t hs_raw_hash(size_t n, uint64_t head, uint64_t tail, uint64_t mid,
                                 uint32_t seed)
{
	/* Two multiplications; the top bits of the second depend on every
	 * bit of its factors, so the caller takes its buckets from the top. */
	uint64_t h = (head ^ n ^ (uint64_t)seed * 0x9E3779B97F4A7C15u) * 0xFF51AFD7ED558CCDu + mid;

	return (uint32_t)(((h ^ tail) * 0xC4CEB9FE1A85EC53u) >> 32);
}
