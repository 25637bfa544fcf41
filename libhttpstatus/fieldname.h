/* SPDX-License-Identifier: MIT */
/*
 * Hashing of header field names, shared by the library and by the table
 * generator so that both place a name in the same bucket.  Private.
 */
#ifndef HS_FIELDNAME_H
#define HS_FIELDNAME_H

#include <stddef.h>
#include <stdint.h>

static inline unsigned char hs_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* FNV-1a over the ASCII-lowercased bytes, perturbed by seed. */
static inline uint32_t hs_field_hash(const char *s, size_t n, uint32_t seed)
{
	uint32_t h = 2166136261u ^ (seed * 16777619u);
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= hs_lower((unsigned char)s[i]);
		h *= 16777619u;
	}
	return h ^ (h >> 15);
}

#endif
