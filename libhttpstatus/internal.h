/* SPDX-License-Identifier: MIT */
/*
 * Private declarations shared by the library's source files.  Nothing here
 * is installed or exported.
 *
 * The library is compiled as one translation unit (libhttpstatus.c
 * includes every source file), so that everything but the httpstatus_*
 * functions is static: the static archive then exports nothing else
 * either, and the compiler sees every internal call.
 */
#ifndef HS_INTERNAL_H
#define HS_INTERNAL_H

#include <stdint.h>
#include "httpstatus.h"

/* Storage class of the library's internal functions (normalize.c): static,
 * and inline, since each has one caller on a hot path. */
#define HS_INTERNAL static inline

/* Marks the definition of a public function; everything else is hidden. */
#if defined(__GNUC__) && __GNUC__ >= 4
# define HS_EXPORT __attribute__((visibility("default")))
#else
# define HS_EXPORT
#endif

enum {
#define HS_DIALECT(e, key, name, title, server, product, versions) HS_D_##e,
#include "dialects.def"
#undef HS_DIALECT
	HS_NDIALECTS
};

/* An offset into hs_pool; HS_NONE marks an absent string. */
typedef uint16_t hs_off;
#define HS_NONE ((hs_off)0xFFFF)

/* Table flag bits (status.table "flags"), a subset of httpstatus_flag. */
struct hs_entry {
	uint16_t code;
	uint16_t flags;        /* httpstatus_flag bits from the table */
	uint8_t  registry;     /* enum httpstatus_registry */
	uint8_t  changes;      /* 1 + the index of its first hs_changes entry, or 0 */
	hs_off   name;
	hs_off   description;
	hs_off   spec;
	hs_off   vendor;
	hs_off   phrase[HS_NDIALECTS]; /* [HS_D_RFC9110] is the canonical one */
	hs_off   advice;       /* operator notes; HS_NONE for most codes */
	/* The length of the phrase a status line carries in each dialect:
	 * phrase[d], or when absent RFC 9110's (documents) or "" (servers). */
	uint8_t  line_len[HS_NDIALECTS];
};

/*
 * A release number as nginx writes ngx.config.nginx_version:
 * major * 1000000 + minor * 1000 + patch, each part 0-999 (major 0-99).
 * A versioned dialect is the base dialect + HS_DIALECT_STRIDE * release;
 * a base dialect alone (release 0) means the newest release checked.
 */
#define HS_DIALECT_STRIDE 16
#define HS_VERSION(maj, min, pat) ((maj) * 1000000 + (min) * 1000 + (pat))

/* A server phrase that changed: from release since on, code is sent
 * with phrase (until a later change of the same code and dialect). */
struct hs_change {
	uint32_t since;
	uint16_t code;
	uint8_t  dialect;
	hs_off   phrase;
};

/* Releases of a server dialect whose status_lines were read. */
struct hs_range {
	uint32_t first, last;
	uint8_t  dialect;
};

/* A further meaning of a code: another vendor's phrase for it. */
struct hs_meaning {
	uint16_t code;
	hs_off   vendor;
	hs_off   phrase;
};

/* The dates the registry gives for a code, as YYYYMMDD (0: none). */
struct hs_dates {
	uint16_t code;
	uint32_t registered, extended, expires;
};

/* A reverse-lookup key: a normalized phrase. */
struct hs_key {
	hs_off   text;
	uint8_t  len;
	uint8_t  match;        /* httpstatus_match */
	uint16_t code;
};

/*
 * A phrase of some dialect, for the first level of the reverse lookup:
 * its head and tail words (see hs_raw_head) lowercased, with masks that
 * keep every bit but 0x20 of each letter (where the input may differ in
 * that bit alone), the whole phrase lowercased in the pool when longer
 * than 16 bytes (shorter ones are all in the two words), and the answer
 * of its key.
 */
struct hs_raw {
	uint64_t head, tail;
	uint64_t head_keep, tail_keep;
	hs_off   text;
	uint8_t  len;
	uint8_t  match;
	uint16_t code;
};

/* Generated: sizes, and the tables' declarations (static, so the code
 * reaches them PC-relative with no relocation); tables.c defines them. */
#include "tables.h"

/* A header field (fields.table). */
struct hs_field {
	hs_off   name;         /* into hs_fpool, as the registry spells it */
	hs_off   spec;
	uint16_t flags;        /* httpstatus_field_flag bits */
	uint8_t  status;       /* httpstatus_field_status */
	uint8_t  len;          /* strlen of the name */
};

/* How httpstatus_check() applies a rule (fields.table "check"). */
enum {
	HS_CHECK_NONE,
	HS_CHECK_MISSING,              /* the field is absent */
	HS_CHECK_PRESENT,              /* the field is there */
	HS_CHECK_NONZERO,              /* Content-Length is not 0 */
	HS_CHECK_CONTENT,              /* bytes follow the head */
	HS_CHECK_SINGLE_PART_MISSING,  /* absent, and not multipart/byteranges */
	HS_CHECK_MULTIPART_PRESENT     /* there, with multipart/byteranges */
};

/* A rule or a finding of fields.table: what httpstatus_check() reports. */
struct hs_kind {
	hs_off   id, message, ref, when;   /* into hs_fpool; when may be HS_NONE */
	uint16_t codes[4];     /* codes 100-599, or 1-5 for a whole class; 0 ends */
	uint16_t field;        /* index into hs_fields + 1; 0 for none */
	uint8_t  strength;     /* httpstatus_strength; 0 for a finding */
	uint8_t  severity;     /* httpstatus_severity; 0 for an unchecked rule */
	uint8_t  check;        /* HS_CHECK_* */
	uint8_t  connect;      /* applies only to a response to CONNECT */
};

#include "fieldname.h"
#include "fieldtables.h"

/* The entry for code, or NULL when the library does not know the code. */
static inline const struct hs_entry *hs_find(int code)
{
	unsigned int i;

	if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX)
		return NULL;
	i = hs_index[code - HTTPSTATUS_MIN];
	return i ? &hs_entries[i - 1] : NULL;
}

static inline int hs_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline const char *hs_str(hs_off off)
{
	return off == HS_NONE ? NULL : hs_pool + off;
}

#endif
