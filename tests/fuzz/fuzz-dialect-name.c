/* SPDX-License-Identifier: MIT */
/*
 * Dialect names: httpstatus_dialect_from_name() on arbitrary text, and on
 * the real names with their case changed as the input says.
 *
 * Input: the whole input is a name; its first byte also picks a dialect
 * and the next bytes which of its letters become capitals.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"

#define NDIALECTS HTTPSTATUS_DIALECT_COUNT

/* The dialect whose name matches s ignoring ASCII case, or ERR_INVALID. */
static int reference(const char *s)
{
	int d;

	for (d = 0; d < NDIALECTS; d++)
		if (fuzz_ascii_caseeq(s, httpstatus_dialect_name(d)))
			return d;
	return HTTPSTATUS_ERR_INVALID;
}

/* A server release found by name: "product/x.y.z" finds it again, and
 * its phrases are those of a server (never NULL for a valid code). */
static void check_release(int got)
{
	char name[64];
	int v = httpstatus_dialect_version(got);
	const char *base = httpstatus_dialect_name(got);

	FUZZ_CHECK(v > 0 && base != NULL);
	snprintf(name, sizeof name, "%s/%d.%d.%d", strcmp(base, "nginx") ? "Apache" : "nginx",
	         v / 1000000, v / 1000 % 1000, v % 1000);
	FUZZ_CHECK(httpstatus_dialect_from_name(name) == got);
	FUZZ_CHECK(httpstatus_reason_dialect(404, got) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	char *name, respelt[32];
	const char *real;
	int d, got;
	size_t i;

	/* The input as a C string, from an exact-size heap copy. */
	name = malloc(size + 1);
	FUZZ_CHECK(name != NULL);
	memcpy(name, data, size);
	name[size] = '\0';
	got = httpstatus_dialect_from_name(name);
	FUZZ_CHECK(got == HTTPSTATUS_ERR_INVALID || got == HTTPSTATUS_ERR_SERVER_VERSION ||
	           got == HTTPSTATUS_ERR_UNVERIFIED || (got >= 0 && httpstatus_dialect_name(got)));
	if (got < NDIALECTS)
		FUZZ_CHECK(got == reference(name) || reference(name) == HTTPSTATUS_ERR_INVALID);
	else
		check_release(got);
	free(name);

	FUZZ_CHECK(httpstatus_dialect_from_name(NULL) == HTTPSTATUS_ERR_INVALID);

	/* Names are the same whatever their case. */
	d = (int)(fuzz_u8(&in) % (NDIALECTS + 2)) - 1;
	real = httpstatus_dialect_name(d);
	if (d < 0 || d >= NDIALECTS) {
		FUZZ_CHECK(real == NULL);
		return 0;
	}
	FUZZ_CHECK(real != NULL && strlen(real) < sizeof respelt);
	FUZZ_CHECK(fuzz_printable(real));
	for (i = 0; real[i]; i++) {
		char c = real[i];

		if ((fuzz_u8(&in) & 1) && c >= 'a' && c <= 'z')
			c = (char)(c - ('a' - 'A'));
		respelt[i] = c;
	}
	respelt[i] = '\0';
	FUZZ_CHECK(httpstatus_dialect_from_name(respelt) == d);
	/* One byte more or less is another name. */
	if (i > 0) {
		respelt[i - 1] = '\0';
		FUZZ_CHECK(httpstatus_dialect_from_name(respelt) == reference(respelt));
	}
	return 0;
}
