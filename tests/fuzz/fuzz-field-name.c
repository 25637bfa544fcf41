/* SPDX-License-Identifier: MIT */
/*
 * Header field names: httpstatus_field_name(), _field_status(),
 * _field_flags(), _field_spec() and _field_next() on arbitrary text, and
 * on the real names with their case changed as the input says.
 *
 * Input: the whole input is a name (cut at its first NUL, as C reads it);
 * its first two bytes also pick a known field and the next bytes which of
 * its letters change case.
 */
#include <string.h>

#include "fuzz.h"

/* The known field whose name matches s ignoring ASCII case, or NULL: a
 * plain walk over the list, against the library's hash. */
static const char *reference(const char *s)
{
	const char *f;

	for (f = httpstatus_field_next(NULL); f; f = httpstatus_field_next(f))
		if (fuzz_ascii_caseeq(s, f))
			return f;
	return NULL;
}

/* What every answer about a known field must satisfy. */
static void check_known(const char *f)
{
	int st = httpstatus_field_status(f);
	unsigned int fl = httpstatus_field_flags(f);

	FUZZ_CHECK(httpstatus_field_name(f) == f);
	FUZZ_CHECK(st >= HTTPSTATUS_FIELD_STATUS_UNREGISTERED &&
	           st <= HTTPSTATUS_FIELD_STATUS_OBSOLETED);
	FUZZ_CHECK(httpstatus_field_status_name(st) != NULL);
	FUZZ_CHECK(httpstatus_field_spec(f) && fuzz_printable(httpstatus_field_spec(f)));
	FUZZ_CHECK(!((fl & HTTPSTATUS_FIELD_SINGLETON) && (fl & HTTPSTATUS_FIELD_LIST)));
	FUZZ_CHECK(strlen(f) <= HTTPSTATUS_FIELD_NAME_MAX);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	char *name, respelt[HTTPSTATUS_FIELD_NAME_MAX + 1];
	const char *got, *f;
	unsigned int pick;
	size_t i;

	/* The input as a C string, from an exact-size heap copy. */
	name = malloc(size + 1);
	FUZZ_CHECK(name != NULL);
	memcpy(name, data, size);
	name[size] = '\0';
	got = httpstatus_field_name(name);
	FUZZ_CHECK(got == reference(name));
	if (got) {
		check_known(got);
		FUZZ_CHECK(httpstatus_field_status(name) == httpstatus_field_status(got));
		FUZZ_CHECK(httpstatus_field_flags(name) == httpstatus_field_flags(got));
		FUZZ_CHECK(httpstatus_field_spec(name) == httpstatus_field_spec(got));
		FUZZ_CHECK(httpstatus_field_next(name) == httpstatus_field_next(got));
	} else {
		FUZZ_CHECK(httpstatus_field_status(name) == HTTPSTATUS_ERR_NOT_FOUND);
		FUZZ_CHECK(httpstatus_field_flags(name) == 0);
		FUZZ_CHECK(httpstatus_field_spec(name) == NULL);
		FUZZ_CHECK(httpstatus_field_next(name) == NULL);
	}
	free(name);

	/* A known name, its letters' case changed, is the same field. */
	pick = (fuzz_u8(&in) << 8 | fuzz_u8(&in)) % 256;
	for (f = httpstatus_field_next(NULL); f && pick; f = httpstatus_field_next(f))
		pick--;
	if (!f)
		return 0;
	check_known(f);
	for (i = 0; f[i]; i++) {
		char c = f[i];

		if (fuzz_u8(&in) & 1) {
			if (c >= 'a' && c <= 'z')
				c = (char)(c - ('a' - 'A'));
			else if (c >= 'A' && c <= 'Z')
				c = (char)(c + ('a' - 'A'));
		}
		respelt[i] = c;
	}
	respelt[i] = '\0';
	FUZZ_CHECK(httpstatus_field_name(respelt) == f);
	return 0;
}
