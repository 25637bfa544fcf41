/* SPDX-License-Identifier: MIT */
/*
 * triage - read HTTP status lines, one a line, and say what a client
 * should do with each response.
 *
 *   curl -sI https://example.org/ | head -n 1 | triage
 *   printf 'HTTP/1.1 503 Service Unavailable\n' | triage
 *
 * Each status line gives one line of output: the code, its class, the
 * action, and a note when the reason phrase is not the usual one.  A line
 * that is not a status line is reported on stderr with its line number.  A
 * summary by class ends the output.  Exit status: 0 when every line was a
 * status line, 1 otherwise, 2 on a read error.
 *
 * Build it against an installed libhttpstatus:
 *
 *   cc -o triage triage.c $(pkg-config --cflags --libs libhttpstatus)
 */
#include <httpstatus.h>
#include <stdio.h>
#include <string.h>

/* What to do with a response, from the properties of its code. */
static const char *action(int code)
{
	unsigned int flags = httpstatus_flags(code);

	if (flags & HTTPSTATUS_FLAG_INTERIM)
		return "wait for the final response";
	if (flags & HTTPSTATUS_FLAG_REDIRECT) {
		if (flags & HTTPSTATUS_FLAG_METHOD_PRESERVING)
			return "follow Location, same method";
		return "follow Location";
	}
	if (flags & HTTPSTATUS_FLAG_RETRYABLE)
		return "retry later";
	if (flags & HTTPSTATUS_FLAG_ERROR)
		return "report the error";
	return "done";
}

/* Prints one line about a parsed response. */
static void describe(int code, const char *reason, size_t len)
{
	int match, named;

	printf("%d %s: %s", code, httpstatus_class_name(httpstatus_class_of(code)), action(code));
	if (httpstatus_registry_of(code) == HTTPSTATUS_REGISTRY_UNASSIGNED) {
		/* RFC 9110: an unknown code is handled as the x00 of its class. */
		printf(" (unknown code, handled as %d)\n", httpstatus_fallback(code));
		return;
	}
	if (len == 0) {
		printf(" (no reason phrase)\n");
		return;
	}
	named = httpstatus_match_reason(reason, len, &match);
	if (named == HTTPSTATUS_ERR_NOT_FOUND)
		printf(" (unusual phrase \"%.*s\")", (int)len, reason);
	else if (named < 0)
		printf(" (phrase not looked up: %s)", httpstatus_strerror(named));
	else if (named != code)
		printf(" (phrase \"%.*s\" belongs to %d)", (int)len, reason, named);
	else if (match != HTTPSTATUS_MATCH_CANONICAL)
		printf(" (sent as \"%.*s\", RFC 9110 says \"%s\")", (int)len, reason,
		       httpstatus_reason(code));
	putchar('\n');
}

/*
 * Reads one line into buf, without its LF or CR LF, and stores its length
 * in *len (a line may hold NUL bytes).  Returns 1 for a line, 0 at the end
 * of the input, and -1 for a line that does not fit in size bytes, which
 * is skipped.
 */
static int read_line(FILE *in, char *buf, size_t size, size_t *len)
{
	size_t n = 0;
	int c, too_long = 0;

	while ((c = getc(in)) != EOF && c != '\n') {
		if (n < size)
			buf[n++] = (char)c;
		else
			too_long = 1;
	}
	if (c == EOF && n == 0 && !too_long)
		return 0;
	if (n > 0 && buf[n - 1] == '\r')
		n--;
	*len = n;
	return too_long ? -1 : 1;
}

int main(void)
{
	char line[HTTPSTATUS_STATUS_LINE_MAX];
	unsigned long count[6] = {0}, lineno = 0, bad = 0;
	size_t len;
	int cls, got;

	while ((got = read_line(stdin, line, sizeof line, &len)) != 0) {
		const char *reason;
		size_t reason_len, end;
		int major, minor, code, rc;

		lineno++;
		if (got < 0)
			rc = HTTPSTATUS_ERR_TOO_LONG;
		else if (len == 0)
			continue;
		else
			rc = httpstatus_parse_status_line(
			    line, len, HTTPSTATUS_PARSE_TOLERANT | HTTPSTATUS_PARSE_NO_EOL, &major,
			    &minor, &code, &reason, &reason_len, &end);
		/* Tolerant parsing lets 600-999 through: not HTTP status codes. */
		if (rc == 0 && httpstatus_class_of(code) == HTTPSTATUS_CLASS_INVALID)
			rc = HTTPSTATUS_ERR_CODE;
		if (rc < 0) {
			fprintf(stderr, "line %lu: %s\n", lineno, httpstatus_strerror(rc));
			bad++;
			continue;
		}
		count[httpstatus_class_of(code)]++;
		describe(code, reason, reason_len);
	}
	if (ferror(stdin)) {
		perror("triage: stdin");
		return 2;
	}

	printf("--");
	for (cls = HTTPSTATUS_CLASS_INFORMATIONAL; cls <= HTTPSTATUS_CLASS_SERVER_ERROR; cls++)
		printf(" %dxx: %lu", cls, count[cls]);
	printf(", not status lines: %lu\n", bad);
	return bad ? 1 : 0;
}
