/* SPDX-License-Identifier: MIT */
/*
 * The response-head checker: httpstatus_check() with any bytes, any
 * method, version and array size.
 *
 * Input: byte 0 picks the request method (NULL, GET, HEAD, CONNECT, POST,
 * or the empty string), byte 1 the version argument (0, 10, 11, 20, 30,
 * or an invalid one), byte 2 the size of the findings array (0-31); the
 * rest is the head, checked from an exact-size heap copy so that a read
 * past its end is caught.
 */
#include <string.h>

#include "fuzz.h"

#define BIG 256

static const char *const methods[] = { NULL, "GET", "HEAD", "CONNECT", "POST", "" };
static const int versions[] = { 0, 10, 11, 20, 30, 12, -1 };

static int same(const struct httpstatus_finding *a, const struct httpstatus_finding *b)
{
	return a->id == b->id && a->severity == b->severity && a->line == b->line &&
	       a->offset == b->offset && a->length == b->length && a->message == b->message &&
	       a->spec == b->spec && a->field == b->field && a->detail == b->detail;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct httpstatus_finding all[BIG], some[32];
	struct fuzz_in in = { data, size };
	const char *method = methods[fuzz_u8(&in) % (sizeof methods / sizeof methods[0])];
	int version = versions[fuzz_u8(&in) % (sizeof versions / sizeof versions[0])];
	size_t n = fuzz_u8(&in) % 32, len = in.n, lines = 1, i, scan;
	char *head = malloc(len ? len : 1);
	int total, again;

	if (!head)
		abort();
	if (len)
		memcpy(head, in.p, len);
	else
		head[0] = '\0';
	memset(some, 0xA5, sizeof some);
	total = httpstatus_check(head, len, method, version, some, n);
	if (version != 0 && version != 10 && version != 11 && version != 20 && version != 30) {
		FUZZ_CHECK(total == HTTPSTATUS_ERR_INVALID);
		free(head);
		return 0;
	}
	FUZZ_CHECK(total >= 1 || len > 0);
	FUZZ_CHECK(total >= 0);
	/* Bounded: a few findings per line, plus the rules about the head. */
	scan = len < HTTPSTATUS_CHECK_MAX ? len : HTTPSTATUS_CHECK_MAX;
	for (i = 0; i < scan; i++)
		lines += head[i] == '\n';
	FUZZ_CHECK((size_t)total <= 8 * lines + 64);

	again = httpstatus_check(head, len, method, version, all, BIG);
	FUZZ_CHECK(again == total);
	for (i = 0; i < (size_t)total && i < BIG; i++) {
		const struct httpstatus_finding *f = &all[i];

		FUZZ_CHECK(f->id && *f->id && fuzz_printable(f->id));
		FUZZ_CHECK(f->severity >= HTTPSTATUS_SEVERITY_NOTE &&
		           f->severity <= HTTPSTATUS_SEVERITY_ERROR);
		FUZZ_CHECK(httpstatus_severity_name(f->severity) != NULL);
		FUZZ_CHECK(f->message && fuzz_printable(f->message));
		FUZZ_CHECK(f->spec && fuzz_printable(f->spec));
		FUZZ_CHECK(f->line >= 1 && (size_t)f->line <= lines + 1);
		/* The span lies inside the input. */
		FUZZ_CHECK(f->offset <= len);
		FUZZ_CHECK(f->length <= len - f->offset);
		if (f->field)
			FUZZ_CHECK(httpstatus_field_name(f->field) == f->field);
		if (f->detail)
			FUZZ_CHECK(fuzz_printable(f->detail));
		/* A short array holds the same first findings. */
		if (i < n)
			FUZZ_CHECK(same(f, &some[i]));
	}
	/* Nothing is written past n. */
	for (i = n; i < 32; i++) {
		const unsigned char *b = (const unsigned char *)&some[i];
		size_t k;

		for (k = 0; k < sizeof some[i]; k++)
			FUZZ_CHECK(b[k] == 0xA5);
	}
	free(head);
	return 0;
}
