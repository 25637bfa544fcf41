/* SPDX-License-Identifier: MIT */
/*
 * Straightforward implementations that the benchmarks time libhttpstatus
 * against.  They live in their own shared library, so each call crosses a
 * library boundary just as a call into libhttpstatus.so does.
 *
 * None of them holds status data of its own: bl_init() fills their tables
 * from libhttpstatus, and the harness checks that every answer matches the
 * library's on the inputs it times.
 */
#ifndef HS_BENCH_BASELINE_H
#define HS_BENCH_BASELINE_H

#include <stddef.h>

/* Fills the tables below from libhttpstatus.  Returns 0, or -1 when out of
 * memory. */
int bl_init(void);

/* table[code] from a plain "static const char *table[600]"; NULL outside
 * 0-599 or for a code the library does not know. */
const char *bl_reason(int code);

/* The pointer table itself, for callers that index it without a call. */
const char *const *bl_reason_table(void);

/* The same phrases (copies) from one string pool and a table of 16-bit
 * offsets into it, one per code 0-599: a layout without relocations that
 * costs one load, as the pointer table does. */
const char *bl_reason_offset(int code);

/*
 * A linear scan with strcasecmp() over every phrase the library knows for
 * every code (all dialects, then the enum names).  Returns the code, or
 * -2 (like HTTPSTATUS_ERR_NOT_FOUND) when no phrase matches, -1 for NULL.
 */
int bl_from_reason(const char *phrase);

/* The number of phrases the scan walks through for a miss. */
size_t bl_phrase_count(void);

/* snprintf(buf, size, "HTTP/%d.%d %d %s\r\n", ...) with the table's phrase
 * (empty for an unknown code).  Returns what snprintf returns. */
int bl_format(char *buf, size_t size, int major, int minor, int code);

/*
 * sscanf() for the version and the code, then a search for the CRLF.
 * buf must be NUL-terminated.  Returns 0 and fills the out values as
 * httpstatus_parse_status_line() does, or -1 for a line it cannot read.
 */
int bl_parse(const char *buf, int *major, int *minor, int *code,
             const char **reason, size_t *reason_len, size_t *end);

#endif
