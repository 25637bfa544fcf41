/* SPDX-License-Identifier: MIT */
/*
 * The C answers for tests/surfaces/compare.sh: reads one integer a line on
 * standard input and prints, for each query function of the scripting API
 * (bindings/README.md), "function<TAB>value<TAB>answer", the answer written
 * as the bindings' drivers write theirs: nil, true, false, an integer, or
 * a string in double quotes.  Predicates and the nil for an error value are
 * the contract's, derived here from the C answers.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

static void str(const char *fn, int v, const char *s)
{
	if (s)
		printf("%s\t%d\t\"%s\"\n", fn, v, s);
	else
		printf("%s\t%d\tnil\n", fn, v);
}

static void num(const char *fn, int v, long n)
{
	printf("%s\t%d\t%ld\n", fn, v, n);
}

static void boolean(const char *fn, int v, int b)
{
	printf("%s\t%d\t%s\n", fn, v, b ? "true" : "false");
}

static void code_or_nil(const char *fn, int v, int r)
{
	if (r < 0)
		printf("%s\t%d\tnil\n", fn, v);
	else
		num(fn, v, r);
}

/* Releases named as servers write them, for the "@" forms. */
static const char *const releases[] = {
	"nginx/1.22.1", "nginx/1.30.0", "Apache/2.4.62", "Apache/2.4.71", "Apache/2.2.34",
	"Apache/1.3.42", NULL,
};

static void answer(int v)
{
	static const char *const classes[] = {
		NULL, "is_informational", "is_success", "is_redirection",
		"is_client_error", "is_server_error",
	};
	char fn[64];
	unsigned int bit;
	int d, c;

	str("reason", v, httpstatus_reason(v));
	for (d = 0; d < HTTPSTATUS_DIALECT_COUNT; d++) {
		snprintf(fn, sizeof fn, "reason@%s", httpstatus_dialect_name(d));
		str(fn, v, httpstatus_reason_dialect(v, d));
	}
	/* Server releases, by name (the second argument). */
	for (d = 0; releases[d]; d++) {
		int r = httpstatus_dialect_from_name(releases[d]);

		snprintf(fn, sizeof fn, "reason@%s", releases[d]);
		str(fn, v, httpstatus_reason_dialect(v, r));
		snprintf(fn, sizeof fn, "wire_code@%s", releases[d]);
		code_or_nil(fn, v, httpstatus_wire_code(v, r));
	}
	for (d = HTTPSTATUS_DIALECT_APACHE13; d < HTTPSTATUS_DIALECT_COUNT; d++) {
		snprintf(fn, sizeof fn, "wire_code@%s", httpstatus_dialect_name(d));
		code_or_nil(fn, v, httpstatus_wire_code(v, d));
	}
	code_or_nil("dialect_version", v, httpstatus_dialect_version(v));
	/* Meanings 0-2, registry dates, the expiry on a fixed date. */
	for (d = 0; d <= 2; d++) {
		snprintf(fn, sizeof fn, "meaning_reason@%d", d);
		str(fn, v, httpstatus_meaning_reason(v, d));
		snprintf(fn, sizeof fn, "meaning_vendor@%d", d);
		str(fn, v, httpstatus_meaning_vendor(v, d));
		snprintf(fn, sizeof fn, "registry_date@%d", d);
		code_or_nil(fn, v, httpstatus_registry_date(v, d));
	}
	c = httpstatus_registry_expired(v, 20261201);
	if (c < 0)
		printf("registry_expired@20261201\t%d\tnil\n", v);
	else
		boolean("registry_expired@20261201", v, c);
	str("name", v, httpstatus_name(v));
	str("description", v, httpstatus_description(v));
	str("spec", v, httpstatus_spec(v));
	str("vendor", v, httpstatus_vendor(v));
	num("class_of", v, httpstatus_class_of(v));
	str("class_name", v, httpstatus_class_name(v));
	code_or_nil("fallback", v, httpstatus_fallback(v));
	num("registry_of", v, httpstatus_registry_of(v));
	str("registry_name", v, httpstatus_registry_name(v));
	num("flags", v, (long)httpstatus_flags(v));
	str("dialect_name", v, httpstatus_dialect_name(v));
	str("strerror", v, httpstatus_strerror(v));
	code_or_nil("next", v, httpstatus_next(v, HTTPSTATUS_FILTER_ALL));
	boolean("is_valid", v, v >= HTTPSTATUS_MIN && v <= HTTPSTATUS_MAX);
	boolean("is_known", v, httpstatus_name(v) != NULL);
	for (c = 1; c <= 5; c++)
		boolean(classes[c], v, httpstatus_class_of(v) == c);
	for (bit = 1; httpstatus_flag_name(bit); bit <<= 1) {
		char *p;

		snprintf(fn, sizeof fn, "is_%s", httpstatus_flag_name(bit));
		for (p = fn; *p; p++)
			if (*p == '-')
				*p = '_';
		boolean(fn, v, (httpstatus_flags(v) & bit) != 0);
	}
}

int main(void)
{
	char line[128];

	while (fgets(line, sizeof line, stdin)) {
		char *end;
		long long v;

		errno = 0;
		v = strtoll(line, &end, 10);
		if (end == line || errno) {
			fprintf(stderr, "answers: not an integer: %s", line);
			return 2;
		}
		answer(v < INT_MIN ? INT_MIN : v > INT_MAX ? INT_MAX : (int)v);
	}
	return 0;
}
