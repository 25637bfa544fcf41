/* SPDX-License-Identifier: MIT */
/*
 * Shared by the fuzz targets.  Each target defines LLVMFuzzerTestOneInput(),
 * which libFuzzer calls with generated inputs (tests/fuzz/local.mk, `make
 * fuzz`) and replay.c calls with the seed corpus and with deterministic
 * mutations of it (`make check`).  A target checks invariants of the
 * library's answers and aborts when one does not hold.
 */
#ifndef HS_FUZZ_H
#define HS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#if defined(__GNUC__)
__attribute__((noreturn, unused))
#endif
static void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
	fflush(stderr);
	abort();
}

/* Aborts (so libFuzzer saves the input) when cond is false. */
#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
			fuzz_fail(__FILE__, __LINE__, #cond); \
	} while (0)

/* Reads small values off the front of the input; zeros once it runs out. */
struct fuzz_in {
	const uint8_t *p;
	size_t n;
};

#if defined(__GNUC__)
# define FUZZ_UNUSED __attribute__((unused))
#else
# define FUZZ_UNUSED
#endif

FUZZ_UNUSED static unsigned int fuzz_u8(struct fuzz_in *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

FUZZ_UNUSED static uint32_t fuzz_u32(struct fuzz_in *in)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < 4; i++)
		v = v << 8 | fuzz_u8(in);
	return v;
}

/*
 * An int that is usually near the interesting range (-50..1049) and
 * sometimes anything at all, INT_MIN and INT_MAX included.
 */
FUZZ_UNUSED static int fuzz_int(struct fuzz_in *in)
{
	unsigned int sel = fuzz_u8(in);
	uint32_t raw = fuzz_u32(in);

	if (sel < 200)
		return (int)(raw % 1100) - 50;
	return (int)raw;
}

/* Every returned string is NUL-terminated printable ASCII. */
FUZZ_UNUSED static int fuzz_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e)
			return 0;
	return 1;
}

/* ASCII-only case-insensitive equality (no locale). */
FUZZ_UNUSED static int fuzz_ascii_caseeq(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}

#endif
