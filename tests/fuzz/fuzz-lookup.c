/* SPDX-License-Identifier: MIT */
/*
 * Every entry point that takes a number: class, fallback, phrases in any
 * dialect, names, descriptions, advice, registry, vendor, flags, flag names,
 * iteration, error messages, the rules of a code and the names of the
 * field, strength and severity enums, with integers taken from the input.  The
 * answers must agree with each other and with what the header documents.
 *
 * Input: up to 16 rounds of a code (a selector byte and four bytes, see
 * fuzz_int()), another int (four bytes), flag bits (four bytes) and a
 * filter selector (one byte).
 */
#include <string.h>

#include "fuzz.h"

#define NDIALECTS HTTPSTATUS_DIALECT_COUNT
/* The flags are the single bits from bit 0 up that have a name. */
static unsigned int nflags(void)
{
	unsigned int n = 0;

	while (n < 32 && httpstatus_flag_name(1u << n))
		n++;
	return n;
}
#define NFLAGS ((int)nflags())

/* A phrase a server sends for several codes ("306 unused") names none. */
static int placeholder(const char *p, int d)
{
	int c, n = 0;

	for (c = HTTPSTATUS_MIN; c <= HTTPSTATUS_MAX; c++) {
		const char *q = httpstatus_reason_dialect(c, d);

		n += q && !strcmp(q, p);
	}
	return n > 1;
}

static int valid(int code)
{
	return code >= HTTPSTATUS_MIN && code <= HTTPSTATUS_MAX;
}

static void check_string(const char *s)
{
	if (s)
		FUZZ_CHECK(fuzz_printable(s));
}

static void check_code(int code)
{
	int cls = httpstatus_class_of(code);
	int reg = httpstatus_registry_of(code);
	int fb = httpstatus_fallback(code);
	unsigned int fl = httpstatus_flags(code);
	const char *reason = httpstatus_reason(code);
	int known = reason != NULL;
	int d;

	check_string(reason);
	check_string(httpstatus_name(code));
	check_string(httpstatus_description(code));
	check_string(httpstatus_advice(code));
	check_string(httpstatus_spec(code));
	check_string(httpstatus_vendor(code));

	if (!valid(code)) {
		FUZZ_CHECK(cls == HTTPSTATUS_CLASS_INVALID);
		FUZZ_CHECK(reg == HTTPSTATUS_REGISTRY_INVALID);
		/* RFC 9110, Section 15: 600-999 are handled as a 5xx. */
		FUZZ_CHECK(fb == (code >= 600 && code <= 999 ? 500 : HTTPSTATUS_ERR_INVALID));
		FUZZ_CHECK(fl == 0);
		FUZZ_CHECK(!known && !httpstatus_name(code) && !httpstatus_description(code) &&
		           !httpstatus_spec(code) && !httpstatus_vendor(code) &&
		           !httpstatus_advice(code));
		for (d = -1; d <= NDIALECTS; d++) {
			size_t len = 1;

			FUZZ_CHECK(httpstatus_reason_dialect(code, d) == NULL);
			FUZZ_CHECK(httpstatus_status_line_reason(code, d, &len) == NULL && len == 0);
		}
		return;
	}

	FUZZ_CHECK(cls == code / 100);
	FUZZ_CHECK(httpstatus_class_name(cls) != NULL);
	FUZZ_CHECK(reg >= HTTPSTATUS_REGISTRY_UNASSIGNED && reg <= HTTPSTATUS_REGISTRY_UNOFFICIAL);
	FUZZ_CHECK(httpstatus_registry_name(reg) != NULL);
	FUZZ_CHECK(known == (reg != HTTPSTATUS_REGISTRY_UNASSIGNED));
	FUZZ_CHECK(fb == (known ? code : code / 100 * 100));
	FUZZ_CHECK((httpstatus_vendor(code) != NULL) == (reg == HTTPSTATUS_REGISTRY_UNOFFICIAL));
	if (known)
		FUZZ_CHECK(httpstatus_name(code) && httpstatus_description(code) &&
		           httpstatus_spec(code));
	else
		FUZZ_CHECK(!httpstatus_name(code) && !httpstatus_description(code) &&
		           !httpstatus_spec(code) && !httpstatus_advice(code));

	/* Exactly one of interim and final; error for 4xx and 5xx. */
	FUZZ_CHECK(!(fl & HTTPSTATUS_FLAG_INTERIM) != !(fl & HTTPSTATUS_FLAG_FINAL));
	FUZZ_CHECK(!!(fl & HTTPSTATUS_FLAG_INTERIM) == (code < 200));
	FUZZ_CHECK(!!(fl & HTTPSTATUS_FLAG_ERROR) == (code >= 400));
	FUZZ_CHECK(fl < 1u << nflags());
	if (fl & (HTTPSTATUS_FLAG_PERMANENT | HTTPSTATUS_FLAG_TEMPORARY |
	          HTTPSTATUS_FLAG_METHOD_PRESERVING))
		FUZZ_CHECK(fl & HTTPSTATUS_FLAG_REDIRECT);

	/* The default dialect is the canonical phrase; a server dialect
	 * always has an answer, a document dialect only for known codes. */
	FUZZ_CHECK(httpstatus_reason_dialect(code, HTTPSTATUS_DIALECT_DEFAULT) == reason);
	for (d = 0; d < NDIALECTS; d++) {
		const char *p = httpstatus_reason_dialect(code, d);

		check_string(p);
		if (p && *p && !placeholder(p, d))
			FUZZ_CHECK(httpstatus_from_reason(p) == code);
		if (!known && p)
			FUZZ_CHECK(*p == '\0');
		/* A status line's phrase: the dialect's, else the canonical
		 * one, else empty; its length from the table is its length. */
		{
			size_t len = 999;
			const char *l = httpstatus_status_line_reason(code, d, &len);

			check_string(l);
			FUZZ_CHECK(l != NULL && len == strlen(l));
			FUZZ_CHECK(strcmp(l, p ? p : reason ? reason : "") == 0);
		}
	}
	FUZZ_CHECK(httpstatus_status_line_reason(code, NDIALECTS, NULL) == NULL);
	FUZZ_CHECK(httpstatus_reason_dialect(code, HTTPSTATUS_DIALECT_NGINX) != NULL);
}

static void check_next(int code, unsigned int filter)
{
	int next = httpstatus_next(code, filter);
	int c;

	if (next == -1) {
		/* Nothing known above code passes the filter. */
		for (c = code < HTTPSTATUS_MIN - 1 ? HTTPSTATUS_MIN - 1 : code;
		     c < HTTPSTATUS_MAX; c++) {
			int reg = httpstatus_registry_of(c + 1);

			if (reg <= HTTPSTATUS_REGISTRY_UNASSIGNED)
				continue;
			FUZZ_CHECK(!(filter & (reg == HTTPSTATUS_REGISTRY_UNOFFICIAL
			                           ? HTTPSTATUS_FILTER_UNOFFICIAL
			                           : HTTPSTATUS_FILTER_IANA)));
		}
		return;
	}
	FUZZ_CHECK(next > code && valid(next));
	FUZZ_CHECK(httpstatus_reason(next) != NULL);
	if (httpstatus_registry_of(next) == HTTPSTATUS_REGISTRY_UNOFFICIAL)
		FUZZ_CHECK(filter & HTTPSTATUS_FILTER_UNOFFICIAL);
	else
		FUZZ_CHECK(filter & HTTPSTATUS_FILTER_IANA);
	/* No code in between passes the filter. */
	for (c = code < HTTPSTATUS_MIN ? HTTPSTATUS_MIN : code + 1; c < next; c++) {
		int reg = httpstatus_registry_of(c);

		if (reg <= HTTPSTATUS_REGISTRY_UNASSIGNED)
			continue;
		FUZZ_CHECK(!(filter & (reg == HTTPSTATUS_REGISTRY_UNOFFICIAL
		                           ? HTTPSTATUS_FILTER_UNOFFICIAL
		                           : HTTPSTATUS_FILTER_IANA)));
	}
}

/* The rules of any int: none outside 100-599; well formed inside. */
static void check_rules(int code)
{
	struct httpstatus_rule r[64];
	int n = httpstatus_rules(code, r, 64), i;

	FUZZ_CHECK(n >= 0 && n <= 64);
	FUZZ_CHECK(httpstatus_rules(code, NULL, 0) == n);
	if (!valid(code))
		FUZZ_CHECK(n == 0);
	else
		FUZZ_CHECK(n > 0);      /* Date, at least, for every class */
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(httpstatus_strength_name(r[i].strength) != NULL);
		FUZZ_CHECK(r[i].spec && fuzz_printable(r[i].spec));
		FUZZ_CHECK(r[i].message && fuzz_printable(r[i].message));
		if (r[i].field)
			FUZZ_CHECK(httpstatus_field_name(r[i].field) == r[i].field);
		if (r[i].condition)
			FUZZ_CHECK(fuzz_printable(r[i].condition));
		FUZZ_CHECK((r[i].id != NULL) == (r[i].severity != 0));
		if (r[i].id)
			FUZZ_CHECK(httpstatus_severity_name(r[i].severity) != NULL);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	int rounds = 0;

	FUZZ_CHECK(httpstatus_version() != NULL &&
	           strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING) == 0);

	while (in.n && rounds++ < 16) {
		int code = fuzz_int(&in);
		int other = (int)fuzz_u32(&in);
		unsigned int bits = fuzz_u32(&in);
		unsigned int filter = fuzz_u8(&in) & 1 ? bits : bits & HTTPSTATUS_FILTER_ALL;
		const char *s;
		int i, single;

		check_code(code);
		check_code(other);

		/* Class, registry and dialect numbers: names only in range. */
		s = httpstatus_class_name(other);
		FUZZ_CHECK((s != NULL) == (other >= 1 && other <= 5));
		if (s)
			FUZZ_CHECK(fuzz_printable(s));
		s = httpstatus_registry_name(other);
		FUZZ_CHECK((s != NULL) == (other >= 0 && other <= HTTPSTATUS_REGISTRY_UNOFFICIAL));
		s = httpstatus_dialect_name(other);
		/* Beyond the enum, a dialect is a server's release (base + 16 *
		 * release): its name is the base's, its release a checked one. */
		if (other >= NDIALECTS && s) {
			FUZZ_CHECK(httpstatus_dialect_version(other) == other / 16);
			FUZZ_CHECK(httpstatus_dialect_from_name(s) == other % 16);
		} else {
			FUZZ_CHECK((s != NULL) == (other >= 0 && other < NDIALECTS));
			if (s)
				FUZZ_CHECK(httpstatus_dialect_from_name(s) == other);
		}
		FUZZ_CHECK((s != NULL) == (httpstatus_dialect_version(other) >= 0));
		s = httpstatus_reason_dialect(code, other);
		if (other < 0 || (other >= NDIALECTS && !httpstatus_dialect_name(other)))
			FUZZ_CHECK(s == NULL);

		/* A flag name exists for exactly the single bits of the flags. */
		for (single = 0, i = 0; i < NFLAGS; i++)
			single |= bits == 1u << i;
		s = httpstatus_flag_name(bits);
		FUZZ_CHECK((s != NULL) == single);
		if (s)
			FUZZ_CHECK(fuzz_printable(s) && *s);

		/* Error messages never fail. */
		s = httpstatus_strerror(other);
		FUZZ_CHECK(s != NULL && fuzz_printable(s));
		FUZZ_CHECK((strcmp(s, "unknown error") == 0) == (other >= 0 || other < HTTPSTATUS_ERR_UNVERIFIED));

		check_next(code, filter);
		check_next(other, filter);
		check_rules(code);
		check_rules(other);

		/* The names of the field, strength and severity enums. */
		s = httpstatus_field_status_name(other);
		FUZZ_CHECK((s != NULL) == (other >= 0 && other <= HTTPSTATUS_FIELD_STATUS_OBSOLETED));
		s = httpstatus_strength_name(other);
		FUZZ_CHECK((s != NULL) == (other >= HTTPSTATUS_STRENGTH_MUST &&
		                           other <= HTTPSTATUS_STRENGTH_MUST_NOT));
		s = httpstatus_severity_name(other);
		FUZZ_CHECK((s != NULL) == (other >= HTTPSTATUS_SEVERITY_NOTE &&
		                           other <= HTTPSTATUS_SEVERITY_ERROR));
		s = httpstatus_field_flag_name(bits);
		if (s)
			FUZZ_CHECK(fuzz_printable(s) && *s && (bits & (bits - 1)) == 0);
	}
	return 0;
}
