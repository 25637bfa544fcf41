/* SPDX-License-Identifier: MIT */
/*
 * wire-lines DIALECT CODE...: for each code, the status line the library
 * says the server sends (httpstatus_wire_line, without its CRLF), or "-"
 * when it sends nothing.  For tests/servers/wire.sh.
 */
#include <stdio.h>
#include <stdlib.h>

#include "httpstatus.h"

int main(int argc, char **argv)
{
	int d, i;

	if (argc < 2) {
		fprintf(stderr, "usage: wire-lines DIALECT CODE...\n");
		return 2;
	}
	d = httpstatus_dialect_from_name(argv[1]);
	if (d < 0) {
		fprintf(stderr, "wire-lines: %s: %s\n", argv[1], httpstatus_strerror(d));
		return 2;
	}
	for (i = 2; i < argc; i++) {
		char buf[300];
		int n = httpstatus_wire_line(buf, sizeof buf, atoi(argv[i]), d);

		if (n < 0 || n >= (int)sizeof buf) {
			fprintf(stderr, "wire-lines: %s: no answer\n", argv[i]);
			return 1;
		}
		if (n == 0)
			puts("-");
		else
			printf("%.*s\n", n - 2, buf);
	}
	return 0;
}
