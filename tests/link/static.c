/* SPDX-License-Identifier: MIT */
/*
 * Linked statically against libhttpstatus.a.  It defines names that the
 * library uses internally; only httpstatus_* may be global in the archive,
 * so this links and each side keeps its own.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"

const char hs_pool[] = "the program's pool";
int hs_entries = 1;
uint32_t hs_hash(const char *s, size_t n, uint32_t seed);
int hs_normalize(const char *in, size_t len, char *out, size_t cap);
int lookup(const char *phrase, size_t len, int *match);

uint32_t hs_hash(const char *s, size_t n, uint32_t seed)
{
	return (uint32_t)n + seed + (s != NULL);
}

int hs_normalize(const char *in, size_t len, char *out, size_t cap)
{
	(void)in;
	(void)out;
	return (int)(len + cap);
}

int lookup(const char *phrase, size_t len, int *match)
{
	(void)phrase;
	(void)match;
	return (int)len;
}

int main(void)
{
	int ok = httpstatus_from_reason("not found") == 404 &&
	         strcmp(httpstatus_reason(418), "(Unused)") != 0 &&
	         hs_hash("x", 1, 1) == 3 && hs_normalize("", 2, NULL, 3) == 5 &&
	         lookup("", 7, NULL) == 7 && hs_entries == 1 && hs_pool[0] == 't';

	printf("%s\n", ok ? "static link: both sides answer" : "static link: wrong answers");
	return !ok;
}
