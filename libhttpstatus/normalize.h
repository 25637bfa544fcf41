/* SPDX-License-Identifier: MIT */
/*
 * Phrase normalization and hashing, shared by the library and by the table
 * generator so that both sides agree byte for byte.  Private.
 */
#ifndef HS_NORMALIZE_H
#define HS_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* static in the library (see internal.h), external in the generator. */
#ifndef HS_INTERNAL
# define HS_INTERNAL
#endif

/*
 * Folds the len bytes at in into out (capacity cap): ASCII letters are
 * lowercased; spaces, tabs, hyphens, underscores and apostrophes (', `,
 * U+00B4, U+2018, U+2019 in UTF-8) are dropped; other printable ASCII is
 * kept.  Returns the folded length, HS_NORM_CHARSET for any other byte,
 * or HS_NORM_TOO_LONG when the result would not fit in cap.
 */
#define HS_NORM_CHARSET  (-1)
#define HS_NORM_TOO_LONG (-2)

HS_INTERNAL int hs_normalize(const char *in, size_t len, char *out, size_t cap);

/* A hash of the n bytes at s, perturbed by seed, in constant time. */
HS_INTERNAL uint32_t hs_hash(const char *s, size_t n, uint32_t seed);

/*
 * The first-level table of the reverse lookup holds the spellings the
 * table knows, lowercased.  A spelling of n bytes (1 to 255) is hashed on
 * n and two words that together cover every byte when n <= 16:
 *   n >= 8:  the first eight bytes and the last eight (overlapping);
 *   4 to 7:  the first four and the last four, as one word; tail 0;
 *   1 to 3:  bytes 0, n/2 and n-1, as one word; tail 0.
 * Longer spellings compare their middle eight bytes at a time, and hash
 * the eight bytes around n/2 too (hs_raw_mid; 0 up to 16 bytes), since
 * some differ only there.  Words
 * are little-endian on every machine, so that the generator and the
 * library agree.  hs_raw_hash()'s top bits are its best: buckets are
 * numbered by them.
 */
HS_INTERNAL uint64_t hs_raw_head(const unsigned char *p, size_t n);
HS_INTERNAL uint64_t hs_raw_tail(const unsigned char *p, size_t n);
HS_INTERNAL uint64_t hs_raw_mid(const unsigned char *p, size_t n);
HS_INTERNAL uint32_t hs_raw_hash(size_t n, uint64_t head, uint64_t tail, uint64_t mid,
                                 uint32_t seed);

#endif
