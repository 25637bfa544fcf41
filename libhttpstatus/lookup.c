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
	if (httpstatus_class_of(code) == HTTPSTATUS_CLASS_INVALID)
		return HTTPSTATUS_ERR_INVALID;
	return hs_find(code) ? code : code / 100 * 100;
}

HS_EXPORT const char *httpstatus_reason(int code)
{
	/* One unsigned comparison covers both ends of the range. */
	unsigned int i = (unsigned int)code - HTTPSTATUS_MIN;

	return i <= HTTPSTATUS_MAX - HTTPSTATUS_MIN ? hs_str(hs_reason[i]) : NULL;
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

HS_EXPORT const char *httpstatus_flag_name(unsigned int flag)
{
	static const char names[][24] = {
#define HS_FLAG(e, name, in_table, comment) name,
#include "flags.def"
#undef HS_FLAG
	};
	unsigned int i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (flag == 1u << i)
			return names[i];
	return NULL;
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
	switch (error) {
	case HTTPSTATUS_ERR_INVALID:
		return "invalid argument";
	case HTTPSTATUS_ERR_NOT_FOUND:
		return "unknown reason phrase";
	case HTTPSTATUS_ERR_TOO_LONG:
		return "input too long";
	case HTTPSTATUS_ERR_CHARSET:
		return "control or non-ASCII byte in phrase";
	case HTTPSTATUS_ERR_MISMATCH:
		return "status code and reason phrase disagree";
	case HTTPSTATUS_ERR_INCOMPLETE:
		return "status line: incomplete, more bytes needed";
	case HTTPSTATUS_ERR_VERSION:
		return "status line: bad HTTP-version";
	case HTTPSTATUS_ERR_CODE:
		return "status line: bad status code";
	case HTTPSTATUS_ERR_SYNTAX:
		return "status line: bad separator between fields";
	case HTTPSTATUS_ERR_REASON:
		return "status line: forbidden byte in reason phrase";
	case HTTPSTATUS_ERR_LINE_END:
		return "status line: bad or missing CRLF";
	default:
		return "unknown error";
	}
}

HS_EXPORT const char *httpstatus_version(void)
{
	return PACKAGE_VERSION;
}
