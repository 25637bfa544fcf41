/* SPDX-License-Identifier: MIT */
/* Forward lookups: facts about a code, classes, flags, iteration. */
#include "internal.h"
#include "config.h"

HS_EXPORT int httpstatus_class_of(int code)
{
	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return HTTPSTATUS_CLASS_INVALID;
	return code / 100;
}

HS_EXPORT const char *httpstatus_class_name(int cls)
{
	/* Arrays of characters, not of pointers: no load-time relocations. */
	static const char names[][16] = {
		"", "Informational", "Success", "Redirection", "Client Error",
		"Server Error",
	};

	if (cls < 1 || cls > 5)
		return NULL;
	return names[cls];
}

HS_EXPORT int httpstatus_fallback(int code)
{
	/* RFC 9110, Section 15: a client treats a response with an invalid
	 * three-digit code (600-999) as a 5xx. */
	if (code >= 600 && code <= 999)
		return HTTPSTATUS_INTERNAL_SERVER_ERROR;
	if (httpstatus_class_of(code) == HTTPSTATUS_CLASS_INVALID)
		return HTTPSTATUS_ERR_INVALID;
	return hs_find(code) ? code : code / 100 * 100;
}

/* gcc turns the test for a missing phrase into a conditional move, which
 * costs two more instructions than the branch on every call; the branch
 * is almost never taken. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-if-conversion", "no-if-conversion2")))
#endif
HS_EXPORT const char *httpstatus_reason(int code)
{
	/* One unsigned comparison covers both ends of the range; the offset
	 * and the pool are reached from one address. */
	unsigned int i = (unsigned int)code - HTTPSTATUS_MIN;
	hs_off off;

	if (i > HTTPSTATUS_MAX - HTTPSTATUS_MIN)
		return NULL;
	off = hs_data.reason[i];
	if (__builtin_expect(!off, 0))
		return NULL;
	return (const char *)&hs_data + off;
}

HS_EXPORT const char *httpstatus_name(int code)
{
	const struct hs_entry *e = hs_find(code);

	return e ? hs_str(e->name) : NULL;
}

HS_EXPORT const char *httpstatus_description(int code)
{
	const struct hs_entry *e = hs_find(code);

	return e ? hs_str(e->description) : NULL;
}

HS_EXPORT const char *httpstatus_advice(int code)
{
	const struct hs_entry *e = hs_find(code);

	return e ? hs_str(e->advice) : NULL;
}

HS_EXPORT const char *httpstatus_spec(int code)
{
	const struct hs_entry *e = hs_find(code);

	return e ? hs_str(e->spec) : NULL;
}

HS_EXPORT const char *httpstatus_vendor(int code)
{
	const struct hs_entry *e = hs_find(code);

	return e ? hs_str(e->vendor) : NULL;
}

/* The index-th further meaning of code (index 1 is the first after the
 * code's own), or NULL. */
static const struct hs_meaning *hs_meaning_at(int code, int index)
{
	const struct hs_meaning *m;

	if (index < 1 || code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return NULL;
	for (m = hs_meanings; m->code; m++)
		if (m->code == code && --index == 0)
			return m;
	return NULL;
}

HS_EXPORT const char *httpstatus_meaning_reason(int code, int index)
{
	const struct hs_meaning *m;

	if (index == 0)
		return httpstatus_name(code) ? httpstatus_reason(code) : NULL;
	m = hs_meaning_at(code, index);
	return m ? hs_str(m->phrase) : NULL;
}

HS_EXPORT const char *httpstatus_meaning_vendor(int code, int index)
{
	const struct hs_meaning *m;

	if (index == 0)
		return httpstatus_vendor(code);
	m = hs_meaning_at(code, index);
	return m ? hs_str(m->vendor) : NULL;
}

/* Is YYYYMMDD a date of the Gregorian calendar (years 1-9999)? */
static int hs_valid_date(int date)
{
	static const unsigned char days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = date / 10000, m = date / 100 % 100, d = date % 100;

	if (date < 10101 || date > 99991231 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	if (m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)))
		return 0;
	return 1;
}

static const struct hs_dates *hs_dates_of(int code)
{
	const struct hs_dates *t;

	for (t = hs_dates; t->code; t++)
		if (t->code == code)
			return t;
	return NULL;
}

HS_EXPORT int httpstatus_registry_date(int code, int which)
{
	const struct hs_dates *t;

	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX ||
	    which < HTTPSTATUS_DATE_REGISTERED || which > HTTPSTATUS_DATE_EXPIRES)
		return HTTPSTATUS_ERR_INVALID;
	t = hs_dates_of(code);
	if (!t)
		return 0;
	return (int)(which == HTTPSTATUS_DATE_REGISTERED ? t->registered :
	             which == HTTPSTATUS_DATE_EXTENDED ? t->extended : t->expires);
}

HS_EXPORT int httpstatus_registry_expired(int code, int date)
{
	const struct hs_dates *t;

	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX || !hs_valid_date(date))
		return HTTPSTATUS_ERR_INVALID;
	t = hs_dates_of(code);
	return t && t->expires && (uint32_t)date >= t->expires;
}

HS_EXPORT int httpstatus_registry_checked(void)
{
	return HS_REGISTRY_CHECKED;
}

HS_EXPORT int httpstatus_registry_of(int code)
{
	const struct hs_entry *e;

	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return HTTPSTATUS_REGISTRY_INVALID;
	e = hs_find(code);
	return e ? e->registry : HTTPSTATUS_REGISTRY_UNASSIGNED;
}

HS_EXPORT const char *httpstatus_registry_name(int registry)
{
	static const char names[][12] = {
		"unassigned", "registered", "reserved", "obsoleted", "provisional",
		"unofficial",
	};

	if (registry < 0 || registry > HTTPSTATUS_REGISTRY_UNOFFICIAL)
		return NULL;
	return names[registry];
}

HS_EXPORT unsigned int httpstatus_flags(int code)
{
	const struct hs_entry *e;
	unsigned int f;

	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return 0;
	if (code < 200)
		f = HTTPSTATUS_FLAG_INTERIM | HTTPSTATUS_FLAG_NO_CONTENT;
	else
		f = HTTPSTATUS_FLAG_FINAL;
	if (code >= 400)
		f |= HTTPSTATUS_FLAG_ERROR;
	e = hs_find(code);
	return e ? f | e->flags : f;
}

/* The index of flag's one bit when it has exactly one, below nbits; -1
 * otherwise.  For the name tables of the flag lists. */
HS_INTERNAL int hs_single_bit(unsigned int flag, unsigned int nbits)
{
	unsigned int i;

	for (i = 0; i < nbits; i++)
		if (flag == 1u << i)
			return (int)i;
	return -1;
}

HS_EXPORT const char *httpstatus_flag_name(unsigned int flag)
{
	static const char names[][24] = {
#define HS_FLAG(e, name, in_table, comment) name,
#include "flags.def"
#undef HS_FLAG
	};
	int i = hs_single_bit(flag, sizeof names / sizeof names[0]);

	return i < 0 ? NULL : names[i];
}

static int passes(const struct hs_entry *e, unsigned int filter)
{
	if (e->registry == HTTPSTATUS_REGISTRY_UNOFFICIAL)
		return (filter & HTTPSTATUS_FILTER_UNOFFICIAL) != 0;
	return (filter & HTTPSTATUS_FILTER_IANA) != 0;
}

HS_EXPORT int httpstatus_next(int code, unsigned int filter)
{
	unsigned int i;

	/* Entries are sorted by code. */
	for (i = 0; i < HS_NENTRIES; i++)
		if (hs_entries[i].code > code && passes(&hs_entries[i], filter))
			return hs_entries[i].code;
	return -1;
}

HS_EXPORT const char *httpstatus_strerror(int error)
{
	/* Indexed by -error.  Arrays of characters, not of pointers: a switch
	 * of string returns may become a pointer table, one load-time
	 * relocation per message. */
	static const char messages[][64] = {
		"unknown error",
		"invalid argument",                                     /* INVALID */
		"unknown reason phrase",                                /* NOT_FOUND */
		"input too long",                                       /* TOO_LONG */
		"control or non-ASCII byte in phrase",                  /* CHARSET */
		"status code and reason phrase disagree",               /* MISMATCH */
		"status line: incomplete, more bytes needed",           /* INCOMPLETE */
		"status line: bad HTTP-version",                        /* VERSION */
		"status line: bad status code",                         /* CODE */
		"status line: bad separator between fields",            /* SYNTAX */
		"status line: forbidden byte in reason phrase",         /* REASON */
		"status line: bad or missing CRLF",                     /* LINE_END */
		"dialect: malformed server version (want product/x.y.z)", /* SERVER_VERSION */
		"dialect: no checked release of that server has this version", /* UNVERIFIED */
	};
	unsigned int i = 0u - (unsigned int)error;

	_Static_assert(sizeof messages / sizeof messages[0] == 1 - HTTPSTATUS_ERR_UNVERIFIED,
	               "one message for each httpstatus_error");
	return messages[i < sizeof messages / sizeof messages[0] ? i : 0];
}

HS_EXPORT const char *httpstatus_version(void)
{
	return PACKAGE_VERSION;
}
