/* SPDX-License-Identifier: MIT */
/*
 * Header fields: lookups by name, and the rules that tie fields to status
 * codes.  The tables come from fields.table (the generated fields.c).
 */
#include "internal.h"

static const char *hs_fstr(hs_off off)
{
	return off == HS_NONE ? NULL : hs_fpool + off;
}

/* The index of the field named by the n bytes at s (any case), or -1. */
HS_INTERNAL int hs_field_find(const char *s, size_t n)
{
	unsigned int mask = HS_NFBUCKETS - 1, h, probe;

	if (n == 0 || n > HTTPSTATUS_FIELD_NAME_MAX)
		return -1;
	h = hs_field_hash(s, n, HS_FHASH_SEED) & mask;
	for (probe = 0; probe < HS_FMAX_PROBE; probe++, h = (h + 1) & mask) {
		unsigned int b = hs_fbuckets[h];
		const struct hs_field *f;
		size_t i;

		if (b == 0)
			return -1;
		f = &hs_fields[b - 1];
		if (f->len != n)
			continue;
		for (i = 0; i < n; i++)
			if (hs_lower((unsigned char)s[i]) !=
			    hs_lower((unsigned char)hs_fpool[f->name + i]))
				break;
		if (i == n)
			return (int)(b - 1);
	}
	return -1;
}

/* The index of the field named by the NUL-terminated name, or -1. */
static int hs_field_lookup(const char *name)
{
	size_t n = 0;

	if (!name)
		return -1;
	/* Read no further than one byte past the longest name. */
	while (n <= HTTPSTATUS_FIELD_NAME_MAX && name[n])
		n++;
	return hs_field_find(name, n);
}

HS_EXPORT const char *httpstatus_field_name(const char *name)
{
	int i = hs_field_lookup(name);

	return i < 0 ? NULL : hs_fstr(hs_fields[i].name);
}

HS_EXPORT int httpstatus_field_status(const char *name)
{
	int i;

	if (!name)
		return HTTPSTATUS_ERR_INVALID;
	i = hs_field_lookup(name);
	return i < 0 ? HTTPSTATUS_ERR_NOT_FOUND : hs_fields[i].status;
}

HS_EXPORT const char *httpstatus_field_status_name(int status)
{
	static const char names[][16] = {
		"unregistered", "permanent", "provisional", "deprecated", "obsoleted",
	};

	if (status < 0 || status > HTTPSTATUS_FIELD_STATUS_OBSOLETED)
		return NULL;
	return names[status];
}

HS_EXPORT unsigned int httpstatus_field_flags(const char *name)
{
	int i = hs_field_lookup(name);

	return i < 0 ? 0 : hs_fields[i].flags;
}

HS_EXPORT const char *httpstatus_field_flag_name(unsigned int flag)
{
	static const char names[][20] = {
#define HS_FIELD_FLAG(e, name, comment) name,
#include "fieldflags.def"
#undef HS_FIELD_FLAG
	};
	int i = hs_single_bit(flag, sizeof names / sizeof names[0]);

	return i < 0 ? NULL : names[i];
}

HS_EXPORT const char *httpstatus_field_spec(const char *name)
{
	int i = hs_field_lookup(name);

	return i < 0 ? NULL : hs_fstr(hs_fields[i].spec);
}

HS_EXPORT const char *httpstatus_field_next(const char *after)
{
	int i;

	if (!after)
		return hs_fstr(hs_fields[0].name);
	i = hs_field_lookup(after);
	if (i < 0 || i + 1 >= HS_NFIELDS)
		return NULL;
	return hs_fstr(hs_fields[i + 1].name);
}

HS_EXPORT const char *httpstatus_strength_name(int strength)
{
	static const char names[][12] = {
		"", "MUST", "SHOULD", "MAY", "SHOULD NOT", "MUST NOT",
	};

	if (strength < HTTPSTATUS_STRENGTH_MUST || strength > HTTPSTATUS_STRENGTH_MUST_NOT)
		return NULL;
	return names[strength];
}

HS_EXPORT const char *httpstatus_severity_name(int severity)
{
	static const char names[][8] = { "", "note", "warning", "error" };

	if (severity < HTTPSTATUS_SEVERITY_NOTE || severity > HTTPSTATUS_SEVERITY_ERROR)
		return NULL;
	return names[severity];
}

/* Whether the rule or finding k is about code. */
static int hs_kind_applies(const struct hs_kind *k, int code)
{
	unsigned int i;

	for (i = 0; i < sizeof k->codes / sizeof k->codes[0] && k->codes[i]; i++)
		if (k->codes[i] == code || k->codes[i] == code / 100)
			return 1;
	return 0;
}

HS_EXPORT int httpstatus_rules(int code, struct httpstatus_rule *rules, size_t n)
{
	int i, total = 0;

	if (!rules && n > 0)
		return HTTPSTATUS_ERR_INVALID;
	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return 0;
	for (i = 0; i < HS_NKINDS; i++) {
		const struct hs_kind *k = &hs_kinds[i];
		struct httpstatus_rule *r;

		if (!k->strength || !hs_kind_applies(k, code))
			continue;
		if ((size_t)total++ >= n)
			continue;
		r = &rules[total - 1];
		r->field = k->field ? hs_fstr(hs_fields[k->field - 1].name) : NULL;
		r->strength = k->strength;
		r->condition = hs_fstr(k->when);
		r->spec = hs_fstr(k->ref);
		r->message = hs_fstr(k->message);
		r->id = k->check ? hs_fstr(k->id) : NULL;
		r->severity = k->check ? k->severity : 0;
	}
	return total;
}
