/* SPDX-License-Identifier: MIT */
/*
 * dialect-table - print the README's table of phrase dialects, in
 * Markdown, from the library itself.
 *
 *   dialect-table path/to/httpstatus.h
 *
 * Each dialect's source is the comment on its enum constant in the public
 * header; everything else comes from calls into the library, so the table
 * cannot disagree with it.  make check compares the output with README.md.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"

#define MAX_EXAMPLES 3

/* Copies the comment after HTTPSTATUS_DIALECT_<NAME> in the header into
 * out; 0 when there is none. */
static int source_of(FILE *header, const char *name, char *out, size_t size)
{
	char line[512], want[64];
	size_t i;

	snprintf(want, sizeof want, "HTTPSTATUS_DIALECT_%s ", name);
	for (i = 0; want[i]; i++)
		want[i] = (char)toupper((unsigned char)want[i]);
	rewind(header);
	while (fgets(line, sizeof line, header)) {
		char *start = strstr(line, want), *end;

		if (!start || !(start = strstr(start, "/*")) || !(end = strstr(start, "*/")))
			continue;
		for (start += 2; *start == ' '; start++)
			;
		while (end > start && end[-1] == ' ')
			end--;
		*end = '\0';
		snprintf(out, size, "%s", start);
		return 1;
	}
	return 0;
}

/* The first valid code that the library does not know. */
static int unknown_code(void)
{
	int code;

	for (code = HTTPSTATUS_MIN; code <= HTTPSTATUS_MAX; code++)
		if (httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNASSIGNED)
			return code;
	return -1;
}

int main(int argc, char **argv)
{
	FILE *header;
	int d, unknown = unknown_code();

	if (argc != 2 || !(header = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: dialect-table path/to/httpstatus.h\n");
		return 2;
	}
	if (unknown < 0) {
		fprintf(stderr, "dialect-table: every code is known\n");
		return 1;
	}

	printf("| Dialect | Source | Answer for a code without a phrase | "
	       "Codes with a phrase | Differs from RFC 9110, e.g. |\n");
	printf("|---|---|---|---|---|\n");
	for (d = 0; httpstatus_dialect_name(d); d++) {
		const char *name = httpstatus_dialect_name(d);
		char source[512];
		int code, own = 0, differ = 0, shown = 0;

		if (!source_of(header, name, source, sizeof source)) {
			fprintf(stderr, "dialect-table: no comment on the %s constant\n", name);
			return 1;
		}
		printf("| `%s` | %s | %s | ", name, source,
		       httpstatus_reason_dialect(unknown, d) ? "empty phrase `\"\"`" : "`NULL`");
		for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
		     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
			const char *p = httpstatus_reason_dialect(code, d);

			if (p && *p) {
				own++;
				if (strcmp(p, httpstatus_reason(code)) != 0)
					differ++;
			}
		}
		printf("%d | ", own);
		if (!differ)
			printf("none");
		for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0 && differ;
		     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL)) {
			const char *p = httpstatus_reason_dialect(code, d);

			if (!p || !*p || strcmp(p, httpstatus_reason(code)) == 0)
				continue;
			if (shown == MAX_EXAMPLES) {
				printf(" (%d in all)", differ);
				break;
			}
			printf("%s%d %s", shown ? ", " : "", code, p);
			shown++;
		}
		printf(" |\n");
	}
	fclose(header);
	return 0;
}
