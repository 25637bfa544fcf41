/* SPDX-License-Identifier: MIT */
#include "normalize.h"

int hs_normalize(const char *in, size_t len, char *out, size_t cap)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, n = 0;

	while (i < len) {
		unsigned char c = s[i];

		if (c == ' ' || c == '\t' || c == '-' || c == '_' ||
		    c == '\'' || c == '`') {
			i++;
			continue;
		}
		if (c >= 0x80) {
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
		if (c < 0x20 || c == 0x7F)
			return HS_NORM_CHARSET;
		if (n >= cap)
			return HS_NORM_TOO_LONG;
		out[n++] = (char)((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
		i++;
	}
	return (int)n;
}

uint32_t hs_hash(const char *s, size_t n, uint32_t seed)
{
	uint32_t h = 2166136261u ^ (seed * 0x9E3779B1u);
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 12;
	return h;
}
