/* SPDX-License-Identifier: MIT */
/*
 * A program that defines functions named like the library's.  Its own
 * calls reach its own definitions (that is how ELF symbol lookup works);
 * the library's calls to itself must not: they bind inside the library.
 */
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"

int httpstatus_class_of(int code)
{
	(void)code;
	return 4;
}

const char *httpstatus_reason_dialect(int code, httpstatus_dialect_t dialect)
{
	(void)code;
	(void)dialect;
	return "Interposed";
}

const char *httpstatus_dialect_name(httpstatus_dialect_t dialect)
{
	(void)dialect;
	return "interposed";
}

int main(void)
{
	char line[128];
	int n, failed = 0, t = 0;

#define CHECK(cond, what) do { \
		if (cond) printf("ok %d - %s\n", ++t, what); \
		else { printf("not ok %d - %s\n", ++t, what); failed++; } \
	} while (0)

	/* The program's own calls reach its own definitions, or the checks
	 * below would prove nothing. */
	CHECK(httpstatus_class_of(4040) == 4, "the program's httpstatus_class_of answers its calls");
	n = httpstatus_format_status_line(line, sizeof line, 1, 1, 404, HTTPSTATUS_DIALECT_RFC9110);
	CHECK(n > 0 && strcmp(line, "HTTP/1.1 404 Not Found\r\n") == 0,
	      "format_status_line(404) uses the library's own phrase");
	n = httpstatus_format_status_line(line, sizeof line, 1, 1, 4040, HTTPSTATUS_DIALECT_RFC9110);
	CHECK(n == HTTPSTATUS_ERR_INVALID, "format_status_line(4040) uses the library's own class check");
	CHECK(httpstatus_fallback(4040) == HTTPSTATUS_ERR_INVALID,
	      "fallback(4040) uses the library's own class check");
	CHECK(httpstatus_dialect_from_name("nginx") == HTTPSTATUS_DIALECT_NGINX,
	      "dialect_from_name uses the library's own names");
	printf("1..%d\n", t);
	return failed != 0;
}
