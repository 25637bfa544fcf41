/* SPDX-License-Identifier: MIT */
/* The baseline implementations; see baseline.h. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "httpstatus.h"
#include "baseline.h"

#define BL_TABLE_SIZE 600

static const char *table[BL_TABLE_SIZE];

#define BL_NONE 0xFFFF
static char *pool;
static uint16_t offsets[BL_TABLE_SIZE];

struct bl_phrase {
	const char *text;
	int code;
};

static struct bl_phrase *phrases;
static size_t nphrases;

static int known_phrase(const char *text)
{
	size_t i;

	for (i = 0; i < nphrases; i++)
		if (strcasecmp(phrases[i].text, text) == 0)
			return 1;
	return 0;
}

/* Adds text for code unless it is empty, already listed, or a phrase the
 * library itself maps elsewhere (the scan must agree with the library). */
static void add_phrase(const char *text, int code)
{
	if (!text || !*text || known_phrase(text) || httpstatus_from_reason(text) != code)
		return;
	phrases[nphrases].text = text;
	phrases[nphrases].code = code;
	nphrases++;
}

int bl_init(void)
{
	int code, d, ndialects = 0;
	size_t cap = 0;

	size_t used = 0, size = 0;

	for (code = 0; code < BL_TABLE_SIZE; code++) {
		table[code] = httpstatus_reason(code);
		if (table[code])
			size += strlen(table[code]) + 1;
	}
	free(pool);
	pool = malloc(size ? size : 1);
	if (!pool || size > BL_NONE)
		return -1;
	for (code = 0; code < BL_TABLE_SIZE; code++) {
		if (!table[code]) {
			offsets[code] = BL_NONE;
			continue;
		}
		offsets[code] = (uint16_t)used;
		memcpy(pool + used, table[code], strlen(table[code]) + 1);
		used += strlen(table[code]) + 1;
	}

	while (httpstatus_dialect_name(ndialects))
		ndialects++;
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL))
		cap += (size_t)ndialects + 1;
	free(phrases);
	nphrases = 0;
	phrases = calloc(cap ? cap : 1, sizeof *phrases);
	if (!phrases)
		return -1;

	/* The order a simple implementation would use: the standard phrases
	 * first, then the other dialects, then the enum names. */
	for (d = 0; d < ndialects; d++)
		for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
		     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL))
			add_phrase(httpstatus_reason_dialect(code, d), code);
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL))
		add_phrase(httpstatus_name(code), code);
	return 0;
}

const char *bl_reason(int code)
{
	return (unsigned int)code < BL_TABLE_SIZE ? table[code] : NULL;
}

const char *const *bl_reason_table(void)
{
	return table;
}

const char *bl_reason_offset(int code)
{
	if ((unsigned int)code >= BL_TABLE_SIZE || offsets[code] == BL_NONE)
		return NULL;
	return pool + offsets[code];
}

int bl_from_reason(const char *phrase)
{
	size_t i;

	if (!phrase)
		return -1;
	for (i = 0; i < nphrases; i++)
		if (strcasecmp(phrase, phrases[i].text) == 0)
			return phrases[i].code;
	return -2;
}

size_t bl_phrase_count(void)
{
	return nphrases;
}

int bl_format(char *buf, size_t size, int major, int minor, int code)
{
	const char *reason = bl_reason(code);

	return snprintf(buf, size, "HTTP/%d.%d %d %s\r\n", major, minor, code,
	                reason ? reason : "");
}

int bl_parse(const char *buf, int *major, int *minor, int *code,
             const char **reason, size_t *reason_len, size_t *end)
{
	int maj, min, st, n = 0;
	const char *start, *cr;

	if (sscanf(buf, "HTTP/%1d.%1d %3d %n", &maj, &min, &st, &n) != 3 || n == 0)
		return -1;
	start = buf + n;
	cr = strstr(start, "\r\n");
	if (!cr)
		return -1;
	*major = maj;
	*minor = min;
	*code = st;
	*reason = start;
	*reason_len = (size_t)(cr - start);
	*end = (size_t)(cr + 2 - buf);
	return 0;
}
