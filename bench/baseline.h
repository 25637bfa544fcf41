/* SPDX-License-Identifier: MIT */
/*
 * The baselines that the benchmarks time libhttpstatus against.  They live
 * in their own shared library, so each call crosses a library boundary
 * just as a call into libhttpstatus.so does.
 *
 * None of them holds status data of its own: bl_init() fills their tables
 * from libhttpstatus, gperf builds its hashes from phrases the library
 * prints (bench/hskeywords), and the harness checks that every answer
 * matches the library's on the inputs it times.
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

/* The same phrases (copies) laid out as libhttpstatus lays them out: one
 * string pool and a table of 16-bit offsets into it, one per code 0-599,
 * 0xFFFF for none.  The fair limit for httpstatus_reason(): the same
 * table read behind a call into another shared library. */
const char *bl_reason_offset(int code);

/*
 * What nginx and Apache do to send a status line: memcpy() of a line
 * prebuilt for every code ("HTTP/1.1 404 Not Found\r\n", RFC 9110 phrases,
 * an empty reason for unknown codes), with its NUL.  Returns the line's
 * length, or -1 for a code outside 100-599 or a buffer too small for it.
 */
int bl_format_prebuilt(char *buf, size_t size, int code);

/*
 * gperf perfect hashes (built at build time when gperf is installed) over
 * the library's phrases, behind strlen(): bl_gperf_exact() knows the
 * canonical phrases byte for byte, bl_gperf_ci() every phrase of every
 * dialect, ignoring ASCII case.  Both return the code, -2 (as
 * HTTPSTATUS_ERR_NOT_FOUND) for an unknown phrase, -1 for NULL.
 */
int bl_gperf_exact(const char *phrase);
int bl_gperf_ci(const char *phrase);

#endif
