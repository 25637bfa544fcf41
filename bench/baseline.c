/* SPDX-License-Identifier: MIT */
/* The baseline implementations; see baseline.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "baseline.h"

#define BL_TABLE_SIZE 600

static const char *table[BL_TABLE_SIZE];

#define BL_NONE 0xFFFF
static char *pool;
static uint16_t offsets[BL_TABLE_SIZE];

struct bl_line {
	char text[86];
	unsigned char len;
};
static struct bl_line lines[HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1];

int bl_init(void)
{
	size_t used = 0, size = 0;
	int code;

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
	for (code = HTTPSTATUS_MIN; code <= HTTPSTATUS_MAX; code++) {
		struct bl_line *l = &lines[code - HTTPSTATUS_MIN];
		int n = httpstatus_format_status_line(l->text, sizeof l->text, 1, 1, code,
		                                      HTTPSTATUS_DIALECT_RFC9110);

		if (n < 0 || (size_t)n >= sizeof l->text)
			return -1;
		l->len = (unsigned char)n;
	}
	return 0;
}

const char *bl_reason(int code)
{
	return (unsigned int)code < BL_TABLE_SIZE ? table[code] : NULL;
}

const char *bl_reason_offset(int code)
{
	if ((unsigned int)code >= BL_TABLE_SIZE || offsets[code] == BL_NONE)
		return NULL;
	return pool + offsets[code];
}

int bl_format_prebuilt(char *buf, size_t size, int code)
{
	const struct bl_line *l;
	unsigned int i = (unsigned int)code - HTTPSTATUS_MIN;

	if (i > HTTPSTATUS_MAX - HTTPSTATUS_MIN)
		return -1;
	l = &lines[i];
	if (l->len >= size)
		return -1;
	memcpy(buf, l->text, (size_t)l->len + 1);
	return l->len;
}
