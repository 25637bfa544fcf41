/* SPDX-License-Identifier: MIT */
/*
 * httpstatus - look up HTTP status codes from a terminal, a script or a pipe.
 *
 *   httpstatus 404                      facts about a code
 *   httpstatus moved temporarily        reverse lookup from a phrase
 *   httpstatus HTTP_TOO_MANY_REQUESTS   any name style, or a status line
 *   awk '{print $9}' log | httpstatus -1    one item a line from stdin
 *   httpstatus --summary < access.log   codes of a log, counted by class
 *   httpstatus --list --class 4         the known 4xx codes
 *   curl -sI URL | httpstatus --check   a response head against the RFCs
 *   httpstatus --header content-type    facts about a header field
 *
 * Items are resolved one by one; a bad item is reported on stderr and the
 * others go on.  Standard input is read in bounded chunks, so memory stays
 * constant whatever the size of the input.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "httpstatus.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

/* The longest line read from standard input; a longer one is one bad item. */
#define LINE_MAX_BYTES 65536
/* How many bytes of a bad item a message shows. */
#define ECHO_MAX 64

static const char *progname = "httpstatus";

/* ---------------------------------------------------------------- */
/* Output forms and fields                                           */
/* ---------------------------------------------------------------- */

enum form { FORM_FULL, FORM_SHORT, FORM_TSV, FORM_FORMAT, FORM_JSON, FORM_STATUS_LINE };

enum field_id {
	F_CODE, F_PHRASE, F_NAME, F_CLASS, F_CLASS_NAME, F_REGISTRY, F_VENDOR,
	F_FALLBACK, F_SPEC, F_FLAGS, F_DESCRIPTION, F_ADVICE, F_MATCHED, F_INPUT,
	F_LINE, F_COUNT
};

/* The fields of --tsv and --format: one list, also printed by --list-fields. */
static const struct field {
	const char *name;
	char letter;
	const char *help;
} fields[F_COUNT] = {
	[F_CODE] = { "code", 'c', "the status code" },
	[F_PHRASE] = { "phrase", 'p', "the reason phrase in the chosen dialect" },
	[F_NAME] = { "name", 'n', "the enum name without its prefix, e.g. NOT_FOUND" },
	[F_CLASS] = { "class", 'k', "the class, a digit from 1 to 5" },
	[F_CLASS_NAME] = { "class-name", 'K', "the class name, e.g. Client Error" },
	[F_REGISTRY] = { "registry", 'r', "the place in the IANA registry, e.g. registered" },
	[F_VENDOR] = { "vendor", 'v', "who uses an unofficial code" },
	[F_FALLBACK] = { "fallback", 'f', "the code a recipient handles it as" },
	[F_SPEC] = { "spec", 's', "the defining document and section" },
	[F_FLAGS] = { "flags", 'F', "the properties, separated by commas" },
	[F_DESCRIPTION] = { "description", 'd', "what the code means" },
	[F_ADVICE] = { "advice", 'a', "what to check: causes, server settings, what a client does" },
	[F_MATCHED] = { "matched", 'm', "for a phrase: canonical, dialect or alias" },
	[F_INPUT] = { "input", 'i', "the item as given, with unusual bytes escaped" },
	[F_LINE] = { "line", 'l', "the item's line number on standard input (0 for an argument)" },
};

#define MAX_FIELDS 32

struct options {
	int dialect;
	enum form form;
	const char *form_opt;      /* the option that chose the form */
	int list, summary;
	int list_dialects, list_fields;
	int cls;                    /* 0 = every class */
	unsigned int filter;
	const char *filter_opt;
	const char *http_opt;       /* --http, when given */
	int major, minor;
	const char *fields_opt;     /* --fields, when given */
	int field_ids[MAX_FIELDS];
	int nfields;
	const char *format;
	long column;                /* --field N for --summary, 0 = detect */
	int check;                  /* --check */
	const char *method;         /* --method, for --check */
	int header, list_headers;   /* --header, --list-headers */
};

/* One item to resolve: its bytes (not NUL-terminated) and where it came from. */
struct item {
	const char *text;
	size_t len;
	unsigned long line;         /* 0 for an argument */
};

/* What an item resolved to. */
struct answer {
	int code;
	int match;                  /* enum httpstatus_match */
	int error;                  /* 0, or an enum item_error */
	int detail;                 /* httpstatus_error behind a status-line error */
};

enum item_error {
	E_NONE,
	E_EMPTY,
	E_RANGE,
	E_INVALID_CODE,             /* 600-999: RFC 9110 calls them invalid */
	E_NOT_FOUND,
	E_TOO_LONG,
	E_CHARSET,
	E_MISMATCH,
	E_STATUS_LINE,
	E_LINE_TOO_LONG
};

static void usage(FILE *out)
{
	size_t col;
	int i;

	fprintf(out,
"Usage: %s [OPTION]... [ITEM]...\n"
"       %s --summary [--field N] [--json] < LOG\n"
"       %s --list [--class N] [--registered | --unofficial] [OPTION]...\n"
"       %s --check [--method M] [--http VERSION] [--json] [FILE]\n"
"       %s --header [--json] NAME...\n"
"\n"
"Show what HTTP status codes mean.  Each ITEM is a code (404), a reason\n"
"phrase (\"Not Found\"), a name in any style (NOT_FOUND, HTTPSTATUS_NOT_FOUND,\n"
"HTTP_NOT_FOUND, NotFound, StatusNotFound) or a status line\n"
"(\"HTTP/1.1 404 Not Found\").  With no ITEM and standard input not a\n"
"terminal, or with the single ITEM -, items are read from standard input,\n"
"one a line.  Each argument is one item; words that are not numbers and do\n"
"not all stand alone are read together as one phrase (moved temporarily).\n"
"\n"
"Input and selection:\n"
"  -d, --dialect NAME   phrases as dialect NAME writes them (default %s;\n"
"                       --list-dialects lists the names), or as a release\n"
"                       of a server sends them: nginx/1.22.1, Apache/2.4.62\n"
"  -l, --list           list the codes the library knows\n"
"  -c, --class N        with --list: only class N (1-5)\n"
"      --registered     with --list: only codes in the IANA registry\n"
"      --unofficial     with --list: only unofficial codes\n"
"      --summary        count the status codes of a log read from standard\n"
"                       input, by class (a column of codes, or common or\n"
"                       combined log format lines)\n"
"      --field N        with --summary: the code is field N (from 1) of each\n"
"                       line, fields being separated by blanks\n"
"      --check          check the response head in FILE or on standard input\n"
"                       (as curl -sI prints it) against the HTTP RFCs; print\n"
"                       the findings, one a line\n"
"      --method M       with --check: the request method (HEAD, CONNECT...)\n"
"      --header         the items are header field names: show what the\n"
"                       IANA registry and the RFCs say of each\n"
"      --list-headers   print the header fields the library knows, one a line\n"
"\n"
"Output (one of):\n"
"                       the full view of each code (the default)\n"
"  -1, --short          one line a code: \"404 Not Found\"\n"
"  -s, --status-line    the status line, e.g. \"HTTP/1.1 404 Not Found\"; with\n"
"                       a server dialect, the line that server sends when\n"
"                       asked for the code (nginx: return 494 sends 400)\n"
"      --http VERSION   with --status-line: the HTTP version (default 1.1);\n"
"                       with --check: the version the response came over\n"
"                       (1.0, 1.1, 2 or 3; default: its status line's)\n"
"      --tsv            tab-separated values, one line a code\n"
"      --fields LIST    with --tsv: the fields, separated by commas\n"
"                       (default: code,phrase)\n"
"      --format FORMAT  one line a code as FORMAT says: %%c, %%p... or\n"
"                       %%{name} for a field, %%%% for %%, \\t, \\n, \\\\\n"
"  -j, --json           JSON: an array for arguments and --list, one object\n"
"                       a line (JSON Lines) for standard input, one object\n"
"                       for --summary; bad items are objects with \"error\"\n"
"\n"
"Other:\n"
"      --list-dialects  print the dialect names, one a line\n"
"      --list-fields    print the fields of --tsv and --format\n"
"  -h, --help           show this help and exit\n"
"  -V, --version        show the version and exit\n"
"\n"
"Fields:",
	        progname, progname, progname, progname, progname,
	        httpstatus_dialect_name(HTTPSTATUS_DIALECT_DEFAULT));
	/* "Fields:" and the list, wrapped within 79 columns. */
	for (i = 0, col = 7; i < F_COUNT; i++) {
		size_t len = strlen(fields[i].name) + 7;

		if (col + len > 79) {
			fputs(i ? ",\n " : "\n ", out);
			col = 1;
		} else if (i) {
			putc(',', out);
			col++;
		}
		col += (size_t)fprintf(out, " %s (%%%c)", fields[i].name, fields[i].letter);
	}
	fprintf(out,
".\n"
"\n"
"Exit status: 0 when every item was found, 1 when an item is unknown or\n"
"invalid (the others are still shown) or output failed, 2 on a usage error.\n"
"With --check: 0 when no finding is an error, 1 when one is, 2 on a usage\n"
"error or an unreadable FILE.\n");
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2), noreturn))
#endif
static void fail_usage(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", progname);
	exit(EXIT_USAGE);
}

/* ---------------------------------------------------------------- */
/* Escaping                                                          */
/* ---------------------------------------------------------------- */

/*
 * Writes up to max bytes of s to f with every byte outside printable ASCII,
 * and the backslash, escaped as \xNN or \\; "..." when s was cut.
 */
static void put_escaped(FILE *f, const char *s, size_t n, size_t max)
{
	size_t i;

	for (i = 0; i < n && i < max; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\\')
			fputs("\\\\", f);
		else if (c < 0x20 || c > 0x7e)
			fprintf(f, "\\x%02x", c);
		else
			putc(c, f);
	}
	if (n > max)
		fputs("...", f);
}

/*
 * An option argument made safe for a message, as put_escaped() writes it;
 * the buffer is static, so one call per message.
 */
static const char *esc(const char *s)
{
	static char buf[ECHO_MAX * 4 + 4];
	size_t n = 0, i;

	for (i = 0; s[i] && i < ECHO_MAX; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\\')
			n += (size_t)snprintf(buf + n, sizeof buf - n, "\\\\");
		else if (c < 0x20 || c > 0x7e)
			n += (size_t)snprintf(buf + n, sizeof buf - n, "\\x%02x", c);
		else
			buf[n++] = (char)c;
	}
	if (s[i])
		n += (size_t)snprintf(buf + n, sizeof buf - n, "...");
	buf[n] = '\0';
	return buf;
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	/* No overlong forms, no surrogates, nothing past U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/* A JSON string of n bytes; invalid UTF-8 becomes U+FFFD. */
static void json_bytes(const char *s, size_t n)
{
	size_t i = 0;

	putchar('"');
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t len;

		if (c == '"' || c == '\\') {
			putchar('\\');
			putchar(c);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			printf("\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			putchar(c);
			i++;
		} else if ((len = utf8_len((const unsigned char *)s + i, n - i)) != 0) {
			fwrite(s + i, 1, len, stdout);
			i += len;
		} else {
			fputs("\\ufffd", stdout);
			i++;
		}
	}
	putchar('"');
}

static void json_string(const char *s)
{
	if (!s)
		fputs("null", stdout);
	else
		json_bytes(s, strlen(s));
}

/* A TSV value: tab, newline, carriage return and backslash escaped. */
static void tsv_value(const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\t': fputs("\\t", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		default: putchar(*s); break;
		}
	}
}

/* ---------------------------------------------------------------- */
/* Resolving an item                                                 */
/* ---------------------------------------------------------------- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Digits only, at least one. */
static int all_digits(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_blank(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_blank((*s)[*n - 1]))
		(*n)--;
}

static int from_reason_error(int rc)
{
	switch (rc) {
	case HTTPSTATUS_ERR_TOO_LONG: return E_TOO_LONG;
	case HTTPSTATUS_ERR_CHARSET: return E_CHARSET;
	case HTTPSTATUS_ERR_MISMATCH: return E_MISMATCH;
	default: return E_NOT_FOUND;
	}
}

/* The prefixes of other naming styles: ours, the Lua/nginx one, Go's. */
static size_t name_prefix(const char *s, size_t n)
{
	if (n > 11 && strncasecmp(s, "HTTPSTATUS_", 11) == 0)
		return 11;
	if (n > 5 && strncasecmp(s, "HTTP_", 5) == 0)
		return 5;
	if (n > 6 && strncmp(s, "Status", 6) == 0 && s[6] >= 'A' && s[6] <= 'Z')
		return 6;
	return 0;
}

static struct answer resolve(const char *s, size_t n)
{
	struct answer a = { 0, HTTPSTATUS_MATCH_NONE, E_NONE, 0 };
	int rc;

	trim(&s, &n);
	if (n == 0) {
		a.error = E_EMPTY;
		return a;
	}
	if (all_digits(s, n)) {
		long v = 0;
		size_t i;

		for (i = 0; i < n && v <= HTTPSTATUS_MAX; i++)
			v = v * 10 + (s[i] - '0');
		if (i == n && v >= 600 && v <= 999)
			a.error = E_INVALID_CODE;
		else if (i < n || v < HTTPSTATUS_MIN || v > HTTPSTATUS_MAX)
			a.error = E_RANGE;
		else
			a.code = (int)v;
		return a;
	}
	if (n >= 5 && strncasecmp(s, "HTTP/", 5) == 0) {
		int code = 0;

		rc = httpstatus_parse_status_line(s, n,
		                                  HTTPSTATUS_PARSE_TOLERANT | HTTPSTATUS_PARSE_NO_EOL,
		                                  NULL, NULL, &code, NULL, NULL, NULL);
		if (rc < 0) {
			a.error = E_STATUS_LINE;
			a.detail = rc;
		} else if (code < HTTPSTATUS_MIN || code > HTTPSTATUS_MAX) {
			a.error = code >= 600 ? E_INVALID_CODE : E_RANGE;
		} else {
			a.code = code;
		}
		return a;
	}
	rc = httpstatus_match_reason(s, n, &a.match);
	if (rc == HTTPSTATUS_ERR_NOT_FOUND) {
		size_t skip = name_prefix(s, n);

		if (skip) {
			int rc2 = httpstatus_match_reason(s + skip, n - skip, &a.match);

			if (rc2 >= 0)
				rc = rc2;
		}
	}
	if (rc < 0) {
		a.error = from_reason_error(rc);
		a.match = HTTPSTATUS_MATCH_NONE;
	} else {
		a.code = rc;
	}
	return a;
}

static const char *error_text(const struct answer *a)
{
	switch (a->error) {
	case E_EMPTY: return "empty item";
	case E_RANGE: return "not an HTTP status code (status codes are 100-599)";
	case E_INVALID_CODE:
		return "not an HTTP status code (RFC 9110, Section 15: 600-999 are invalid; "
		       "a client handles one as 500 Internal Server Error)";
	case E_NOT_FOUND: return "no status code has this reason phrase";
	case E_TOO_LONG: return "phrase too long (more than 256 bytes)";
	case E_CHARSET: return "control or non-ASCII byte in phrase";
	case E_MISMATCH: return "status code and reason phrase disagree";
	case E_STATUS_LINE: return httpstatus_strerror(a->detail);
	case E_LINE_TOO_LONG: return "line too long (more than 65536 bytes)";
	default: return "unknown error";
	}
}

/* "httpstatus: line 3: '-': no status code has this reason phrase" */
static void report(const struct item *it, const struct answer *a)
{
	/* Keep the order of stdout and stderr on a terminal or in one file. */
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	if (it->line)
		fprintf(stderr, "line %lu: ", it->line);
	putc('\'', stderr);
	put_escaped(stderr, it->text, it->len, ECHO_MAX);
	fprintf(stderr, "': %s\n", error_text(a));
}

/* ---------------------------------------------------------------- */
/* Showing a code                                                    */
/* ---------------------------------------------------------------- */

static const char *match_name(int match)
{
	switch (match) {
	case HTTPSTATUS_MATCH_CANONICAL: return "canonical";
	case HTTPSTATUS_MATCH_DIALECT: return "dialect";
	case HTTPSTATUS_MATCH_ALIAS: return "alias";
	default: return NULL;
	}
}

/* The dialect's phrase, the RFC 9110 one when it has none; NULL if none. */
static const char *phrase_of(int code, const struct options *o)
{
	const char *p = httpstatus_reason_dialect(code, o->dialect);

	return p ? p : httpstatus_reason(code);
}

/* Flag names separated by sep (JSON strings when json). */
static void print_flags(unsigned int flags, const char *sep, int json)
{
	unsigned int bit;
	int first = 1;

	for (bit = 1; bit && bit <= flags; bit <<= 1) {
		const char *name = httpstatus_flag_name(bit);

		if (!(flags & bit) || !name)
			continue;
		fputs(first ? "" : sep, stdout);
		if (json)
			json_string(name);
		else
			fputs(name, stdout);
		first = 0;
	}
}

#define MAX_RULES 32

/* The header fields that RFC text ties to code, one a line. */
static void show_rules(int code)
{
	struct httpstatus_rule r[MAX_RULES];
	int n = httpstatus_rules(code, r, MAX_RULES), i;

	for (i = 0; i < n && i < MAX_RULES; i++) {
		printf("%s%s %s", i ? "               " : "  fields:      ",
		       httpstatus_strength_name(r[i].strength), r[i].field ? r[i].field : "content");
		if (r[i].condition)
			printf(", %s", r[i].condition);
		printf(" (%s)\n", r[i].spec);
	}
}

/* The same as a JSON array of objects. */
static void json_rules(int code)
{
	struct httpstatus_rule r[MAX_RULES];
	int n = httpstatus_rules(code, r, MAX_RULES), i;

	putchar('[');
	for (i = 0; i < n && i < MAX_RULES; i++) {
		fputs(i ? ", {\"field\": " : "{\"field\": ", stdout);
		json_string(r[i].field);
		fputs(", \"strength\": ", stdout);
		json_string(httpstatus_strength_name(r[i].strength));
		fputs(", \"condition\": ", stdout);
		json_string(r[i].condition);
		fputs(", \"spec\": ", stdout);
		json_string(r[i].spec);
		fputs(", \"check\": ", stdout);
		json_string(r[i].id);
		putchar('}');
	}
	putchar(']');
}

/* "nginx/1.22.1" for a server release, the dialect's name otherwise. */
static const char *release_name(int dialect, char *buf, size_t size)
{
	int v = httpstatus_dialect_version(dialect);
	const char *name = httpstatus_dialect_name(dialect);

	if (v <= 0 || !name)
		return name;
	snprintf(buf, size, "%s/%d.%d.%d", strcmp(name, "nginx") ? "Apache" : "nginx",
	         v / 1000000, v / 1000 % 1000, v % 1000);
	return buf;
}

/* Today's date in UTC as YYYYMMDD: the command line reads the clock, the
 * library does not.  0 when the clock cannot be read. */
static int today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (now == (time_t)-1 || !gmtime_r(&now, &tm))
		return 0;
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static void print_date(int date)
{
	printf("%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
}

/* The registry's dates for a temporary registration, and whether it has
 * expired today. */
static void show_registry_dates(int code)
{
	int reg = httpstatus_registry_date(code, HTTPSTATUS_DATE_REGISTERED);
	int ext = httpstatus_registry_date(code, HTTPSTATUS_DATE_EXTENDED);
	int exp = httpstatus_registry_date(code, HTTPSTATUS_DATE_EXPIRES);
	int now = today();

	if (reg <= 0)
		return;
	printf("  registered:  ");
	print_date(reg);
	if (exp > 0) {
		printf(" (temporary");
		if (ext > 0) {
			printf(", extended ");
			print_date(ext);
		}
		printf(", expires ");
		print_date(exp);
		putchar(')');
	}
	putchar('\n');
	if (exp > 0 && now > 0) {
		printf("  expiry:      %s on ", httpstatus_registry_expired(code, now) == 1
		                                       ? "passed" : "not yet passed");
		print_date(now);
		printf(" (today, UTC), as of the registry copy of ");
		print_date(httpstatus_registry_checked());
		putchar('\n');
	}
}

static void show_full(int code, const struct options *o, int match)
{
	char buf[32];
	const char *phrase = phrase_of(code, o);
	int registry = httpstatus_registry_of(code);
	int cls = httpstatus_class_of(code);
	int d;

	if (phrase && *phrase)
		printf("%d %s\n", code, phrase);
	else if (phrase)
		printf("%d (sent with an empty reason phrase)\n", code);
	else
		printf("%d\n", code);

	if (httpstatus_name(code))
		printf("  name:        HTTPSTATUS_%s\n", httpstatus_name(code));
	printf("  class:       %dxx %s\n", cls, httpstatus_class_name(cls));
	printf("  registry:    %s", httpstatus_registry_name(registry));
	if (httpstatus_vendor(code))
		printf(" (%s)", httpstatus_vendor(code));
	putchar('\n');
	if (registry == HTTPSTATUS_REGISTRY_UNASSIGNED)
		printf("  handled as:  %d (RFC 9110, Section 15: an unknown code is treated "
		       "as the x00 code of its class)\n", httpstatus_fallback(code));
	show_registry_dates(code);
	if (httpstatus_meaning_reason(code, 1)) {
		int i;

		printf("  meanings:\n");
		for (i = 0; httpstatus_meaning_reason(code, i); i++)
			printf("    %s (%s)\n", httpstatus_meaning_reason(code, i),
			       httpstatus_meaning_vendor(code, i) ? httpstatus_meaning_vendor(code, i)
			                                          : "registered");
	}
	if (httpstatus_spec(code))
		printf("  reference:   %s\n", httpstatus_spec(code));
	printf("  flags:       ");
	print_flags(httpstatus_flags(code), " ", 0);
	putchar('\n');
	if (match_name(match))
		printf("  matched:     %s phrase\n", match_name(match));
	if (httpstatus_description(code))
		printf("  description: %s\n", httpstatus_description(code));
	if (httpstatus_advice(code))
		printf("  advice:      %s\n", httpstatus_advice(code));
	show_rules(code);
	if (registry != HTTPSTATUS_REGISTRY_UNASSIGNED) {
		printf("  phrases:\n");
		for (d = 0; httpstatus_dialect_name(d); d++) {
			const char *p = httpstatus_reason_dialect(code, d);

			printf("    %-9s  %s\n", httpstatus_dialect_name(d),
			       p ? (*p ? p : "(empty)") : "-");
		}
		if (httpstatus_dialect_version(o->dialect) > 0 &&
		    o->dialect >= HTTPSTATUS_DIALECT_COUNT) {
			const char *p = httpstatus_reason_dialect(code, o->dialect);

			printf("    %s: %s\n", release_name(o->dialect, buf, sizeof buf),
			       p && *p ? p : "(empty)");
		}
	}
}

static void json_input(const struct item *it)
{
	if (!it)
		return;
	fputs("\"input\": ", stdout);
	json_bytes(it->text, it->len);
	if (it->line)
		printf(", \"line\": %lu", it->line);
	fputs(", ", stdout);
}

static void show_json(int code, const struct options *o, int match, const struct item *it)
{
	int cls = httpstatus_class_of(code);
	int d;

	putchar('{');
	json_input(it);
	printf("\"code\": %d, \"phrase\": ", code);
	json_string(phrase_of(code, o));
	fputs(", \"name\": ", stdout);
	json_string(httpstatus_name(code));
	printf(", \"class\": %d, \"class_name\": ", cls);
	json_string(httpstatus_class_name(cls));
	fputs(", \"registry\": ", stdout);
	json_string(httpstatus_registry_name(httpstatus_registry_of(code)));
	fputs(", \"vendor\": ", stdout);
	json_string(httpstatus_vendor(code));
	printf(", \"fallback\": %d, \"spec\": ", httpstatus_fallback(code));
	json_string(httpstatus_spec(code));
	fputs(", \"flags\": [", stdout);
	print_flags(httpstatus_flags(code), ", ", 1);
	fputs("], \"description\": ", stdout);
	json_string(httpstatus_description(code));
	fputs(", \"advice\": ", stdout);
	json_string(httpstatus_advice(code));
	fputs(", \"header_fields\": ", stdout);
	json_rules(code);
	fputs(", \"meanings\": [", stdout);
	for (d = 0; httpstatus_meaning_reason(code, d); d++) {
		fputs(d ? ", {\"phrase\": " : "{\"phrase\": ", stdout);
		json_string(httpstatus_meaning_reason(code, d));
		fputs(", \"vendor\": ", stdout);
		json_string(httpstatus_meaning_vendor(code, d));
		putchar('}');
	}
	putchar(']');
	if (httpstatus_registry_date(code, HTTPSTATUS_DATE_EXPIRES) > 0) {
		printf(", \"temporary\": {\"registered\": %d, \"extended\": %d, \"expires\": %d, "
		       "\"expired\": %s, \"registry_copy\": %d}",
		       httpstatus_registry_date(code, HTTPSTATUS_DATE_REGISTERED),
		       httpstatus_registry_date(code, HTTPSTATUS_DATE_EXTENDED),
		       httpstatus_registry_date(code, HTTPSTATUS_DATE_EXPIRES),
		       httpstatus_registry_expired(code, today()) == 1 ? "true" : "false",
		       httpstatus_registry_checked());
	}
	fputs(", \"dialects\": {", stdout);
	for (d = 0; httpstatus_dialect_name(d); d++) {
		printf("%s\"%s\": ", d ? ", " : "", httpstatus_dialect_name(d));
		json_string(httpstatus_reason_dialect(code, d));
	}
	putchar('}');
	if (match_name(match)) {
		fputs(", \"matched\": ", stdout);
		json_string(match_name(match));
	}
	putchar('}');
}

static void json_error(const struct item *it, const struct answer *a)
{
	putchar('{');
	json_input(it);
	fputs("\"error\": ", stdout);
	json_string(error_text(a));
	putchar('}');
}

static void show_short(int code, const struct options *o)
{
	const char *p = phrase_of(code, o);

	if (p && *p)
		printf("%d %s\n", code, p);
	else
		printf("%d\n", code);
}

static void show_status_line(int code, const struct options *o)
{
	char line[HTTPSTATUS_PHRASE_MAX + 32];
	int n;

	/* A server dialect: the line that server really sends (HTTP/1.1,
	 * and perhaps another code), or a note that it sends none. */
	if (httpstatus_wire_code(code, o->dialect) >= 0) {
		n = httpstatus_wire_line(line, sizeof line, code, o->dialect);
		if (n == 0) {
			char buf[32];

			printf("(%s sends no status line for %d: it closes the connection)\n",
			       release_name(o->dialect, buf, sizeof buf), code);
			return;
		}
	} else {
		n = httpstatus_format_status_line(line, sizeof line, o->major, o->minor, code,
		                                  o->dialect);
	}

	if (n < 2 || (size_t)n >= sizeof line) {
		fprintf(stderr, "%s: %d: cannot format a status line\n", progname, code);
		exit(EXIT_FAILED);
	}
	/* Drop the CRLF: a terminal wants a plain newline. */
	line[n - 2] = '\n';
	fwrite(line, 1, (size_t)n - 1, stdout);
}

/* A field's value as text; buf holds numbers and the escaped input. */
static const char *field_value(int id, int code, int match, const struct item *it,
                               const struct options *o, char *buf, size_t size)
{
	switch (id) {
	case F_CODE:
		snprintf(buf, size, "%d", code);
		return buf;
	case F_PHRASE: return phrase_of(code, o);
	case F_NAME: return httpstatus_name(code);
	case F_CLASS:
		snprintf(buf, size, "%d", httpstatus_class_of(code));
		return buf;
	case F_CLASS_NAME: return httpstatus_class_name(httpstatus_class_of(code));
	case F_REGISTRY: return httpstatus_registry_name(httpstatus_registry_of(code));
	case F_VENDOR: return httpstatus_vendor(code);
	case F_FALLBACK:
		snprintf(buf, size, "%d", httpstatus_fallback(code));
		return buf;
	case F_SPEC: return httpstatus_spec(code);
	case F_DESCRIPTION: return httpstatus_description(code);
	case F_ADVICE: return httpstatus_advice(code);
	case F_MATCHED: return match_name(match);
	case F_LINE:
		snprintf(buf, size, "%lu", it ? it->line : 0UL);
		return buf;
	default: return NULL;
	}
}

/* Writes one field (F_FLAGS and F_INPUT need no buffer). */
static void put_field(int id, int code, int match, const struct item *it,
                      const struct options *o, int tsv)
{
	char buf[32];
	const char *v;

	if (id == F_FLAGS) {
		print_flags(httpstatus_flags(code), ",", 0);
		return;
	}
	if (id == F_INPUT) {
		if (it)
			put_escaped(stdout, it->text, it->len, LINE_MAX_BYTES);
		else
			printf("%d", code);
		return;
	}
	v = field_value(id, code, match, it, o, buf, sizeof buf);
	if (!v)
		return;
	if (tsv)
		tsv_value(v);
	else
		fputs(v, stdout);
}

static void show_tsv(int code, int match, const struct item *it, const struct options *o)
{
	int i;

	for (i = 0; i < o->nfields; i++) {
		if (i)
			putchar('\t');
		put_field(o->field_ids[i], code, match, it, o, 1);
	}
	putchar('\n');
}

static int field_by_letter(char c)
{
	int i;

	for (i = 0; i < F_COUNT; i++)
		if (fields[i].letter == c)
			return i;
	return -1;
}

static int field_by_name(const char *s, size_t n)
{
	int i;

	for (i = 0; i < F_COUNT; i++)
		if (strlen(fields[i].name) == n && strncmp(fields[i].name, s, n) == 0)
			return i;
	return -1;
}

/*
 * Walks a --format string.  With code < 0 it only checks it, and returns
 * a message for the first mistake (NULL when it is good).
 */
static const char *run_format(const char *f, int code, int match, const struct item *it,
                              const struct options *o)
{
	for (; *f; f++) {
		if (*f == '\\') {
			char c = f[1];

			if (c == 'n' || c == 't' || c == '\\') {
				if (code >= 0)
					putchar(c == 'n' ? '\n' : c == 't' ? '\t' : '\\');
				f++;
				continue;
			}
			if (code < 0)
				return "unknown escape (\\n, \\t and \\\\ are known)";
			continue;
		}
		if (*f != '%') {
			if (code >= 0)
				putchar(*f);
			continue;
		}
		f++;
		if (*f == '%') {
			if (code >= 0)
				putchar('%');
		} else if (*f == '{') {
			const char *end = strchr(f, '}');
			int id = end ? field_by_name(f + 1, (size_t)(end - f - 1)) : -1;

			if (id < 0)
				return "unknown field in %{...} (see --list-fields)";
			if (code >= 0)
				put_field(id, code, match, it, o, 0);
			f = end;
		} else {
			int id = *f ? field_by_letter(*f) : -1;

			if (id < 0)
				return "unknown directive (see --list-fields)";
			if (code >= 0)
				put_field(id, code, match, it, o, 0);
		}
	}
	if (code >= 0)
		putchar('\n');
	return NULL;
}

/* ---------------------------------------------------------------- */
/* The stream of answers                                             */
/* ---------------------------------------------------------------- */

struct out {
	const struct options *o;
	int json_array;             /* arguments and --list: one JSON array */
	unsigned long count;        /* values written */
	int failed;
};

static void out_begin(struct out *w)
{
	if (w->o->form == FORM_JSON && w->json_array)
		putchar('[');
}

static void out_end(struct out *w)
{
	if (w->o->form == FORM_JSON && w->json_array)
		fputs("]\n", stdout);
}

static void json_separator(struct out *w)
{
	if (w->json_array && w->count)
		fputs(",\n ", stdout);
}

static void emit(struct out *w, int code, int match, const struct item *it)
{
	const struct options *o = w->o;

	switch (o->form) {
	case FORM_FULL:
		if (w->count)
			putchar('\n');
		show_full(code, o, match);
		break;
	case FORM_SHORT:
		show_short(code, o);
		break;
	case FORM_STATUS_LINE:
		show_status_line(code, o);
		break;
	case FORM_TSV:
		show_tsv(code, match, it, o);
		break;
	case FORM_FORMAT:
		run_format(o->format, code, match, it, o);
		break;
	case FORM_JSON:
		json_separator(w);
		show_json(code, o, match, it);
		if (!w->json_array)
			putchar('\n');
		break;
	}
	w->count++;
}

static void emit_error(struct out *w, const struct item *it, const struct answer *a)
{
	w->failed = 1;
	report(it, a);
	if (w->o->form == FORM_JSON) {
		json_separator(w);
		json_error(it, a);
		if (!w->json_array)
			putchar('\n');
		w->count++;
	}
}

static void do_item(struct out *w, const struct item *it)
{
	struct answer a = resolve(it->text, it->len);

	if (a.error)
		emit_error(w, it, &a);
	else
		emit(w, a.code, a.match, it);
}

/* ---------------------------------------------------------------- */
/* Reading standard input                                            */
/* ---------------------------------------------------------------- */

struct reader {
	int fd;
	size_t start, end;
	int eof;
	int error;                  /* errno of a failed read */
	int skipping;               /* inside an over-long line */
	unsigned long line;
	char head[ECHO_MAX + 1];    /* the beginning of an over-long line */
	size_t head_len;
	char buf[2 * LINE_MAX_BYTES];
};

static struct reader input = { 0 };

/*
 * The next line, without its LF (and the CR before it): 1 with *s and *n
 * set, 0 at the end of input.  *too_long is set for a line longer than
 * LINE_MAX_BYTES, whose first bytes are then in *s.
 */
static int next_line(struct reader *r, const char **s, size_t *n, int *too_long)
{
	for (;;) {
		char *start = r->buf + r->start;
		char *nl = memchr(start, '\n', r->end - r->start);
		ssize_t got;

		if (nl || (r->eof && (r->end > r->start || r->skipping))) {
			size_t len = nl ? (size_t)(nl - start) : r->end - r->start;

			r->start = nl ? r->start + len + 1 : r->end;
			r->line++;
			if (r->skipping) {
				r->skipping = 0;
				*s = r->head;
				*n = r->head_len;
				*too_long = 1;
				return 1;
			}
			if (len && start[len - 1] == '\r')
				len--;
			*s = start;
			*n = len;
			*too_long = len > LINE_MAX_BYTES;
			return 1;
		}
		if (r->eof)
			return 0;
		if (r->end - r->start > LINE_MAX_BYTES) {
			/* Keep the head of the line for the message, drop the rest. */
			if (!r->skipping) {
				r->head_len = ECHO_MAX + 1;
				memcpy(r->head, start, r->head_len);
				r->skipping = 1;
			}
			r->start = r->end = 0;
		} else if (r->start) {
			memmove(r->buf, start, r->end - r->start);
			r->end -= r->start;
			r->start = 0;
		}
		/*
		 * About to wait for input: pass on what is done, so that a
		 * slow producer (tail -f) sees its answers.  Once per buffer,
		 * not once per line.
		 */
		if (fflush(stdout) != 0 || ferror(stdout))
			return 0;
		do
			got = read(r->fd, r->buf + r->end, sizeof r->buf - r->end);
		while (got < 0 && errno == EINTR);
		if (got < 0) {
			r->error = errno;
			r->eof = 1;
		} else if (got == 0) {
			r->eof = 1;
		} else {
			r->end += (size_t)got;
		}
	}
}

static int input_failed(const struct reader *r)
{
	if (r->error) {
		fflush(stdout);
		fprintf(stderr, "%s: read error: %s\n", progname, strerror(r->error));
		return 1;
	}
	return 0;
}

static void items_from_stdin(struct out *w)
{
	const char *s;
	size_t n;
	int too_long;

	while (next_line(&input, &s, &n, &too_long)) {
		struct item it = { s, n, input.line };

		if (too_long) {
			struct answer a = { 0, 0, E_LINE_TOO_LONG, 0 };

			emit_error(w, &it, &a);
			continue;
		}
		do_item(w, &it);
	}
	if (input_failed(&input))
		w->failed = 1;
}

/* ---------------------------------------------------------------- */
/* Arguments                                                         */
/* ---------------------------------------------------------------- */

/*
 * Words such as "moved temporarily" are one phrase when no word is a
 * number, at least one word is not an item by itself, and all of them
 * joined with spaces name a code.  Fills *a and returns 1 in that case.
 */
static int joined_phrase(char **words, int count, char *buf, size_t size, struct answer *a)
{
	int i, all_alone = 1;
	size_t n = 0;

	if (count < 2)
		return 0;
	for (i = 0; i < count; i++) {
		const char *s = words[i];
		size_t len = strlen(s);
		struct answer alone;

		trim(&s, &len);
		if (all_digits(s, len))
			return 0;
		alone = resolve(words[i], strlen(words[i]));
		if (alone.error)
			all_alone = 0;
	}
	if (all_alone)
		return 0;
	for (i = 0; i < count; i++) {
		size_t len = strlen(words[i]);

		if (n + len + 1 >= size)
			return 0;
		if (n)
			buf[n++] = ' ';
		memcpy(buf + n, words[i], len);
		n += len;
	}
	buf[n] = '\0';
	*a = resolve(buf, n);
	return a->error == E_NONE;
}

static void items_from_args(struct out *w, char **args, int count)
{
	char phrase[HTTPSTATUS_PHRASE_MAX + 2];
	struct answer a;
	int i;

	if (joined_phrase(args, count, phrase, sizeof phrase, &a)) {
		struct item it = { phrase, strlen(phrase), 0 };

		emit(w, a.code, a.match, &it);
		return;
	}
	for (i = 0; i < count; i++) {
		struct item it = { args[i], strlen(args[i]), 0 };

		do_item(w, &it);
	}
}

/* ---------------------------------------------------------------- */
/* --list, --list-dialects, --list-fields                            */
/* ---------------------------------------------------------------- */

static void list_codes(const struct options *o)
{
	struct out w = { o, 1, 0, 0 };
	int code;

	out_begin(&w);
	for (code = httpstatus_next(0, o->filter); code > 0;
	     code = httpstatus_next(code, o->filter)) {
		const char *p;

		if (o->cls && httpstatus_class_of(code) != o->cls)
			continue;
		if (o->form != FORM_FULL) {
			emit(&w, code, HTTPSTATUS_MATCH_NONE, NULL);
			continue;
		}
		p = phrase_of(code, o);
		printf("%d %-42s %s%s%s\n", code, *p ? p : "(empty)",
		       httpstatus_registry_name(httpstatus_registry_of(code)),
		       httpstatus_vendor(code) ? ", " : "",
		       httpstatus_vendor(code) ? httpstatus_vendor(code) : "");
	}
	out_end(&w);
}

static void list_fields(void)
{
	int i;

	for (i = 0; i < F_COUNT; i++)
		printf("%-12s %%%c  %s\n", fields[i].name, fields[i].letter, fields[i].help);
}

/* ---------------------------------------------------------------- */
/* --summary                                                         */
/* ---------------------------------------------------------------- */

/* How a webmaster reads each class in a log. */
static const char *const class_titles[6] = {
	NULL,
	"Interim answers, request went on",
	"Requests served successfully",
	"Redirects and cache revalidations",
	"Refused requests (client errors)",
	"Failed requests (server errors)",
};

struct tally {
	unsigned long long count[HTTPSTATUS_MAX + 1];
	unsigned long long lines, invalid;
};

static struct tally tally;

/* The status field of a log line, as a pointer and a length. */
static void status_field(const char *s, size_t n, long column, const char **f, size_t *fn)
{
	size_t i = 0, start;

	*f = s;
	*fn = 0;
	if (column > 0) {
		long k;

		for (k = 1;; k++) {
			while (i < n && is_blank(s[i]))
				i++;
			start = i;
			while (i < n && !is_blank(s[i]))
				i++;
			if (start == i)
				return;
			if (k == column) {
				*f = s + start;
				*fn = i - start;
				return;
			}
		}
	}
	if (memchr(s, '"', n)) {
		/* Common and combined log formats: the field after the quoted
		 * request line, whose quotes may be escaped with a backslash. */
		const char *q = memchr(s, '"', n);

		i = (size_t)(q - s) + 1;
		while (i < n && s[i] != '"')
			i += (s[i] == '\\') ? 2 : 1;
		if (i >= n)
			return;
		i++;
		while (i < n && is_blank(s[i]))
			i++;
		start = i;
		while (i < n && !is_blank(s[i]))
			i++;
		*f = s + start;
		*fn = i - start;
		return;
	}
	trim(&s, &n);
	*f = s;
	*fn = n;
}

static void count_line(const char *s, size_t n, long column)
{
	const char *f;
	size_t fn;

	tally.lines++;
	status_field(s, n, column, &f, &fn);
	if (fn == 3 && all_digits(f, 3)) {
		int code = (f[0] - '0') * 100 + (f[1] - '0') * 10 + (f[2] - '0');

		if (code >= HTTPSTATUS_MIN && code <= HTTPSTATUS_MAX) {
			tally.count[code]++;
			return;
		}
	}
	tally.invalid++;
}

static double percent(unsigned long long part)
{
	return tally.lines ? 100.0 * (double)part / (double)tally.lines : 0.0;
}

static int is_known(int code)
{
	return httpstatus_registry_of(code) != HTTPSTATUS_REGISTRY_UNASSIGNED;
}

static unsigned long long class_total(int cls, int known)
{
	unsigned long long sum = 0;
	int code;

	for (code = cls * 100; code < cls * 100 + 100; code++)
		if (is_known(code) == known)
			sum += tally.count[code];
	return sum;
}

/* Writes text wrapped at width columns, each line after the first indented. */
static void put_wrapped(const char *text, size_t used, size_t indent, size_t width)
{
	while (*text) {
		size_t word = strcspn(text, " ");

		if (used > indent && used + 1 + word > width) {
			printf("\n%*s", (int)indent, "");
			used = indent;
		} else if (used > indent) {
			putchar(' ');
			used++;
		}
		fwrite(text, 1, word, stdout);
		used += word;
		text += word;
		while (*text == ' ')
			text++;
	}
	putchar('\n');
}

/*
 * The notes of the codes that dominate the log: the most frequent codes
 * with notes that make at least SUMMARY_ADVICE_SHARE percent of the lines.
 */
#define SUMMARY_ADVICE_MAX   5
#define SUMMARY_ADVICE_SHARE 1.0

static void summary_advice(const struct options *o)
{
	int shown[SUMMARY_ADVICE_MAX];
	int n, i, code;

	for (n = 0; n < SUMMARY_ADVICE_MAX; n++) {
		int best = 0;

		for (code = HTTPSTATUS_MIN; code <= HTTPSTATUS_MAX; code++) {
			int seen = 0;

			for (i = 0; i < n; i++)
				seen |= shown[i] == code;
			if (!seen && httpstatus_advice(code) && tally.count[code] &&
			    percent(tally.count[code]) >= SUMMARY_ADVICE_SHARE &&
			    (!best || tally.count[code] > tally.count[best]))
				best = code;
		}
		if (!best)
			break;
		shown[n] = best;
	}
	if (n)
		printf("\nWhat to check\n");
	for (i = 0; i < n; i++) {
		const char *p = phrase_of(shown[i], o);

		printf("    %d %s (%.1f%% of the lines)\n%8s", shown[i], p ? p : "",
		       percent(tally.count[shown[i]]), "");
		put_wrapped(httpstatus_advice(shown[i]), 8, 8, 66);
	}
}

static void summary_text(const struct options *o)
{
	unsigned long long unknown = 0;
	int cls, code;

	printf("%llu lines read\n", tally.lines);
	for (cls = 1; cls <= 5; cls++) {
		unsigned long long sum = class_total(cls, 1);

		unknown += class_total(cls, 0);
		if (!sum)
			continue;
		printf("\n%dxx %-36s %9llu %6.1f%%\n", cls, class_titles[cls], sum, percent(sum));
		for (code = cls * 100; code < cls * 100 + 100; code++) {
			const char *p;

			if (!tally.count[code] || !is_known(code))
				continue;
			p = phrase_of(code, o);
			printf("    %d %-32s %9llu %6.1f%%\n", code, p && *p ? p : "",
			       tally.count[code], percent(tally.count[code]));
		}
	}
	if (unknown) {
		printf("\n%-40s %9llu %6.1f%%\n", "Unknown codes (nobody defines them)",
		       unknown, percent(unknown));
		for (code = HTTPSTATUS_MIN; code <= HTTPSTATUS_MAX; code++)
			if (tally.count[code] && !is_known(code))
				printf("    %d (handled as %d)%-16s %9llu %6.1f%%\n", code,
				       httpstatus_fallback(code), "", tally.count[code],
				       percent(tally.count[code]));
	}
	if (tally.invalid)
		printf("\n%-40s %9llu %6.1f%%\n", "Lines without a status code",
		       tally.invalid, percent(tally.invalid));
	summary_advice(o);
}

static void summary_json(const struct options *o)
{
	unsigned long long unknown = 0;
	int cls, code, first;

	printf("{\"lines\": %llu, \"classes\": [", tally.lines);
	for (cls = 1; cls <= 5; cls++) {
		unsigned long long sum = class_total(cls, 1);

		unknown += class_total(cls, 0);
		printf("%s{\"class\": %d, \"title\": ", cls > 1 ? ", " : "", cls);
		json_string(class_titles[cls]);
		printf(", \"count\": %llu, \"percent\": %.2f, \"codes\": [", sum, percent(sum));
		first = 1;
		for (code = cls * 100; code < cls * 100 + 100; code++) {
			if (!tally.count[code] || !is_known(code))
				continue;
			printf("%s{\"code\": %d, \"phrase\": ", first ? "" : ", ", code);
			json_string(phrase_of(code, o));
			printf(", \"count\": %llu, \"percent\": %.2f, \"advice\": ", tally.count[code],
			       percent(tally.count[code]));
			json_string(httpstatus_advice(code));
			putchar('}');
			first = 0;
		}
		fputs("]}", stdout);
	}
	printf("], \"unknown\": {\"count\": %llu, \"percent\": %.2f, \"codes\": [", unknown,
	       percent(unknown));
	first = 1;
	for (code = HTTPSTATUS_MIN; code <= HTTPSTATUS_MAX; code++) {
		if (!tally.count[code] || is_known(code))
			continue;
		printf("%s{\"code\": %d, \"fallback\": %d, \"count\": %llu, \"percent\": %.2f}",
		       first ? "" : ", ", code, httpstatus_fallback(code), tally.count[code],
		       percent(tally.count[code]));
		first = 0;
	}
	printf("]}, \"invalid\": {\"count\": %llu, \"percent\": %.2f}}\n", tally.invalid,
	       percent(tally.invalid));
}

static int summary(const struct options *o)
{
	const char *s;
	size_t n;
	int too_long;

	while (next_line(&input, &s, &n, &too_long)) {
		if (too_long) {
			tally.lines++;
			tally.invalid++;
			continue;
		}
		count_line(s, n, o->column);
	}
	if (ferror(stdout))
		return 0;
	if (input_failed(&input))
		return EXIT_FAILED;
	if (o->form == FORM_JSON)
		summary_json(o);
	else
		summary_text(o);
	return 0;
}

/* ---------------------------------------------------------------- */
/* --check                                                           */
/* ---------------------------------------------------------------- */

/* The most of a file or of standard input that --check reads. */
#define CHECK_INPUT_MAX (1u << 20)
#define CHECK_FINDINGS  256

/* The offset just after the empty line that ends the head at s, or 0. */
static size_t head_end(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] != '\n')
			continue;
		if (i + 1 < n && s[i + 1] == '\n')
			return i + 2;
		if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

static unsigned long count_lines(const char *s, size_t n)
{
	unsigned long k = 0;
	size_t i;

	for (i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/*
 * Checks the heads in buf: a 1xx head, or each head of "curl -sIL" (the
 * redirects it followed), is followed by the next one; whatever else
 * follows the last head is its content.  Returns how many findings are
 * errors.
 */
static int check_heads(const char *buf, size_t len, const char *name, const struct options *o,
                       int version, int *count)
{
	static struct httpstatus_finding f[CHECK_FINDINGS];
	size_t start = 0;
	unsigned long line0 = 0;
	int errors = 0;

	do {
		size_t end = head_end(buf + start, len - start), take = len - start;
		int n, i;

		if (end && len - start - end >= 5 && memcmp(buf + start + end, "HTTP/", 5) == 0)
			take = end;
		else
			end = 0;
		n = httpstatus_check(buf + start, take, o->method, version, f, CHECK_FINDINGS);
		for (i = 0; i < n; i++) {
			if (i < CHECK_FINDINGS && f[i].severity == HTTPSTATUS_SEVERITY_ERROR)
				errors++;
			if (i >= CHECK_FINDINGS)
				continue;
			if (o->form == FORM_JSON) {
				fputs((*count)++ ? ",\n {\"id\": " : "{\"id\": ", stdout);
				json_string(f[i].id);
				fputs(", \"severity\": ", stdout);
				json_string(httpstatus_severity_name(f[i].severity));
				printf(", \"line\": %lu, \"offset\": %zu, \"length\": %zu, \"message\": ",
				       line0 + (unsigned long)f[i].line, start + f[i].offset, f[i].length);
				json_string(f[i].message);
				fputs(", \"spec\": ", stdout);
				json_string(f[i].spec);
				fputs(", \"field\": ", stdout);
				json_string(f[i].field);
				fputs(", \"detail\": ", stdout);
				json_string(f[i].detail);
				putchar('}');
				continue;
			}
			(*count)++;
			printf("%s:%lu: %s: %s: %s", name, line0 + (unsigned long)f[i].line,
			       httpstatus_severity_name(f[i].severity), f[i].id, f[i].message);
			if (f[i].detail)
				printf(" (%s)", f[i].detail);
			printf(" [%s]\n", f[i].spec);
		}
		if (n > CHECK_FINDINGS) {
			fprintf(stderr, "%s: %s: %d more findings not shown\n", progname, name,
			        n - CHECK_FINDINGS);
			errors++;               /* the hidden ones may be errors */
		}
		line0 += count_lines(buf + start, take);
		start += take;
	} while (start < len);
	return errors;
}

static int check_input(const char *path, const struct options *o, int version)
{
	static char buf[CHECK_INPUT_MAX];
	FILE *f = stdin;
	const char *name = "stdin";
	size_t len;
	int count = 0, errors;

	if (path && strcmp(path, "-") != 0) {
		f = fopen(path, "rb");
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", progname, esc(path), strerror(errno));
			return EXIT_USAGE;
		}
		name = path;
	}
	len = fread(buf, 1, sizeof buf, f);
	if (ferror(f)) {
		fprintf(stderr, "%s: %s: read error\n", progname, esc(name));
		if (f != stdin)
			fclose(f);
		return EXIT_USAGE;
	}
	if (len == sizeof buf && getc(f) != EOF)
		fprintf(stderr, "%s: %s: only the first %u bytes are checked\n", progname, esc(name),
		        CHECK_INPUT_MAX);
	if (f != stdin)
		fclose(f);
	if (o->form == FORM_JSON)
		putchar('[');
	errors = check_heads(buf, len, name, o, version, &count);
	if (o->form == FORM_JSON)
		fputs("]\n", stdout);
	return errors ? EXIT_FAILED : 0;
}

/* ---------------------------------------------------------------- */
/* --header, --list-headers                                          */
/* ---------------------------------------------------------------- */

static const char *field_use(unsigned int fl)
{
	switch (fl & (HTTPSTATUS_FIELD_REQUEST | HTTPSTATUS_FIELD_RESPONSE)) {
	case HTTPSTATUS_FIELD_REQUEST:
		return "requests";
	case HTTPSTATUS_FIELD_RESPONSE:
		return "responses";
	case HTTPSTATUS_FIELD_REQUEST | HTTPSTATUS_FIELD_RESPONSE:
		return "requests and responses";
	default:
		return NULL;
	}
}

/* The kind of header RFC 2616 calls the field ("entity"), from the
 * library's name of its flag ("rfc2616-entity"); NULL for none. */
static const char *field_kind(unsigned int fl)
{
	static const char prefix[] = "rfc2616-";
	unsigned int kinds = fl & (HTTPSTATUS_FIELD_RFC2616_GENERAL | HTTPSTATUS_FIELD_RFC2616_REQUEST |
	                           HTTPSTATUS_FIELD_RFC2616_RESPONSE | HTTPSTATUS_FIELD_RFC2616_ENTITY);
	const char *name = kinds ? httpstatus_field_flag_name(kinds & -kinds) : NULL;

	return name && !strncmp(name, prefix, sizeof prefix - 1) ? name + sizeof prefix - 1 : NULL;
}

/* "singleton" or "list", as the library names the flag; NULL for neither. */
static const char *field_value_kind(unsigned int fl)
{
	return httpstatus_field_flag_name(fl & (HTTPSTATUS_FIELD_SINGLETON | HTTPSTATUS_FIELD_LIST));
}

/* Shows one header field; returns 0, or 1 when the name is unknown. */
static int show_header(const char *arg, const struct options *o, int *count)
{
	const char *name = httpstatus_field_name(arg);
	unsigned int fl;

	if (!name) {
		fprintf(stderr, "%s: unknown header field '%s'\n", progname, esc(arg));
		if (o->form == FORM_JSON) {
			fputs((*count)++ ? ",\n {\"input\": " : "{\"input\": ", stdout);
			json_string(arg);
			fputs(", \"error\": \"unknown header field\"}", stdout);
		}
		return 1;
	}
	fl = httpstatus_field_flags(name);
	if (o->form == FORM_JSON) {
		unsigned int bit;
		int first = 1;

		fputs((*count)++ ? ",\n {\"name\": " : "{\"name\": ", stdout);
		json_string(name);
		fputs(", \"status\": ", stdout);
		json_string(httpstatus_field_status_name(httpstatus_field_status(name)));
		fputs(", \"spec\": ", stdout);
		json_string(httpstatus_field_spec(name));
		fputs(", \"flags\": [", stdout);
		for (bit = 1; bit && bit <= fl; bit <<= 1)
			if (fl & bit) {
				fputs(first ? "" : ", ", stdout);
				json_string(httpstatus_field_flag_name(bit));
				first = 0;
			}
		fputs("], \"rfc2616\": ", stdout);
		json_string(field_kind(fl));
		putchar('}');
		return 0;
	}
	if ((*count)++)
		putchar('\n');
	printf("%s\n", name);
	printf("  registry:    %s\n", httpstatus_field_status_name(httpstatus_field_status(name)));
	printf("  reference:   %s\n", httpstatus_field_spec(name));
	if (field_use(fl))
		printf("  sent in:     %s\n", field_use(fl));
	if (field_value_kind(fl))
		printf("  value:       %s%s\n", field_value_kind(fl),
		       fl & HTTPSTATUS_FIELD_SINGLETON ? " (one field line at most)"
		                                       : " (field lines may repeat)");
	if (fl & HTTPSTATUS_FIELD_CONNECTION)
		printf("  connection:  connection-specific: forbidden in HTTP/2 and HTTP/3\n");
	if (field_kind(fl))
		printf("  RFC 2616:    %s header\n", field_kind(fl));
	return 0;
}

static int headers(char **args, int n, const struct options *o)
{
	int i, count = 0, failed = 0;

	if (o->form == FORM_JSON)
		putchar('[');
	for (i = 0; i < n; i++)
		failed |= show_header(args[i], o, &count);
	if (o->form == FORM_JSON)
		fputs("]\n", stdout);
	return failed ? EXIT_FAILED : 0;
}

/* ---------------------------------------------------------------- */
/* Options                                                           */
/* ---------------------------------------------------------------- */

/* A usage error for what getopt refused (it returned '?'). */
#if defined(__GNUC__)
__attribute__((noreturn))
#endif
static void bad_option(const char *arg)
{
	if (strncmp(arg, "--", 2) == 0) {
		char name[ECHO_MAX + 1];

		snprintf(name, sizeof name, "%.*s", (int)strcspn(arg, "="), arg);
		if (optopt)
			fail_usage("option '%s' does not take an argument", esc(name));
		fail_usage("unrecognized option '%s'", esc(name));
	}
	{
		char letter[2] = { (char)optopt, '\0' };

		fail_usage("invalid option -- '%s'", esc(letter));
	}
}

static void set_form(struct options *o, enum form form, const char *name)
{
	if (o->form_opt && strcmp(o->form_opt, name) != 0)
		fail_usage("%s and %s cannot be used together", o->form_opt, name);
	o->form = form;
	o->form_opt = name;
}

static void parse_fields(struct options *o, const char *list)
{
	const char *p = list;

	o->nfields = 0;
	for (;;) {
		size_t len = strcspn(p, ",");
		int id = field_by_name(p, len);

		if (id < 0) {
			char name[ECHO_MAX + 1];

			snprintf(name, sizeof name, "%.*s", (int)(len > ECHO_MAX ? ECHO_MAX : len), p);
			fail_usage("unknown field '%s' in --fields (see --list-fields)", esc(name));
		}
		if (o->nfields == MAX_FIELDS)
			fail_usage("too many fields in --fields (at most %d)", MAX_FIELDS);
		o->field_ids[o->nfields++] = id;
		if (!p[len])
			break;
		p += len + 1;
	}
}

/* Whether s is a token (RFC 9110, Section 5.6.2), as a method is. */
static int is_token(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || strchr("!#$%&'*+-.^_`|~", *s)))
			return 0;
	return 1;
}

/* Usage errors that need every option seen. */
static void check_conflicts(const struct options *o, int operands)
{
	if (o->list && o->summary)
		fail_usage("%s", "--list and --summary cannot be used together");
	if (o->list_dialects && (o->list || o->summary || o->list_fields))
		fail_usage("--list-dialects and %s cannot be used together",
		           o->list ? "--list" : o->summary ? "--summary" : "--list-fields");
	if (o->list_fields && (o->list || o->summary))
		fail_usage("--list-fields and %s cannot be used together",
		           o->list ? "--list" : "--summary");
	if (o->filter_opt && o->filter == 0)
		fail_usage("%s", "--registered and --unofficial cannot be used together");
	if (!o->list) {
		if (o->cls)
			fail_usage("%s", "--class needs --list");
		if (o->filter_opt)
			fail_usage("%s needs --list", o->filter_opt);
	}
	{
		const char *mode = o->check ? "--check" : o->header ? "--header" :
		                   o->list_headers ? "--list-headers" : NULL;
		const char *other = o->list ? "--list" : o->summary ? "--summary" :
		                    o->list_dialects ? "--list-dialects" :
		                    o->list_fields ? "--list-fields" : NULL;

		if (mode && o->check + o->header + o->list_headers > 1)
			fail_usage("%s", "--check, --header and --list-headers cannot be used together");
		if (mode && other)
			fail_usage("%s and %s cannot be used together", mode, other);
		if (mode && o->form_opt && (o->form != FORM_JSON || o->list_headers))
			fail_usage("%s and %s cannot be used together", mode, o->form_opt);
	}
	if (o->method && !o->check)
		fail_usage("%s", "--method needs --check");
	if (o->http_opt && o->form != FORM_STATUS_LINE && !o->check)
		fail_usage("%s", "--http needs --status-line or --check");
	if (o->http_opt && o->check &&
	    !((o->major == 1 && o->minor <= 1) || ((o->major == 2 || o->major == 3) && !o->minor)))
		fail_usage("%s", "--check takes --http 1.0, 1.1, 2 or 3");
	if (o->fields_opt && o->form != FORM_TSV)
		fail_usage("%s", "--fields needs --tsv");
	if (o->column && !o->summary)
		fail_usage("%s", "--field needs --summary");
	if (o->summary && o->form_opt && o->form != FORM_JSON)
		fail_usage("--summary and %s cannot be used together", o->form_opt);
	if ((o->list_dialects || o->list_fields) && o->form_opt)
		fail_usage("%s and %s cannot be used together",
		           o->list_dialects ? "--list-dialects" : "--list-fields", o->form_opt);
	if (o->list && operands)
		fail_usage("%s", "--list takes no code or phrase");
}

int main(int argc, char **argv)
{
	enum {
		OPT_REGISTERED = 256, OPT_UNOFFICIAL, OPT_HTTP, OPT_TSV, OPT_FIELDS,
		OPT_FORMAT, OPT_SUMMARY, OPT_FIELD, OPT_LIST_DIALECTS, OPT_LIST_FIELDS,
		OPT_CHECK, OPT_METHOD, OPT_HEADER, OPT_LIST_HEADERS
	};
	static const struct option longopts[] = {
		{ "dialect", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "short", no_argument, NULL, '1' },
		{ "status-line", no_argument, NULL, 's' },
		{ "http", required_argument, NULL, OPT_HTTP },
		{ "tsv", no_argument, NULL, OPT_TSV },
		{ "fields", required_argument, NULL, OPT_FIELDS },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "list", no_argument, NULL, 'l' },
		{ "class", required_argument, NULL, 'c' },
		{ "registered", no_argument, NULL, OPT_REGISTERED },
		{ "unofficial", no_argument, NULL, OPT_UNOFFICIAL },
		{ "summary", no_argument, NULL, OPT_SUMMARY },
		{ "field", required_argument, NULL, OPT_FIELD },
		{ "list-dialects", no_argument, NULL, OPT_LIST_DIALECTS },
		{ "list-fields", no_argument, NULL, OPT_LIST_FIELDS },
		{ "check", no_argument, NULL, OPT_CHECK },
		{ "method", required_argument, NULL, OPT_METHOD },
		{ "header", no_argument, NULL, OPT_HEADER },
		{ "list-headers", no_argument, NULL, OPT_LIST_HEADERS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct options o;
	int c, rc = 0, operands;
	const char *msg;

	memset(&o, 0, sizeof o);
	o.dialect = HTTPSTATUS_DIALECT_DEFAULT;
	o.form = FORM_FULL;
	o.filter = HTTPSTATUS_FILTER_ALL;
	o.major = o.minor = 1;
	o.field_ids[0] = F_CODE;
	o.field_ids[1] = F_PHRASE;
	o.nfields = 2;

	if (argv[0] && *argv[0]) {
		const char *slash = strrchr(argv[0], '/');

		progname = slash ? slash + 1 : argv[0];
		/* libtool's uninstalled wrapper runs "lt-httpstatus". */
		if (strncmp(progname, "lt-", 3) == 0)
			progname += 3;
		/* getopt names the program after argv[0] in its messages. */
		argv[0] = (char *)progname;
	}

	/* Options anywhere (GNU permutation); "--" ends them.  getopt's own
	 * messages would echo a bad option raw: ours escape it. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:j1slc:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			o.dialect = httpstatus_dialect_from_name(optarg);
			if (o.dialect == HTTPSTATUS_ERR_SERVER_VERSION ||
			    o.dialect == HTTPSTATUS_ERR_UNVERIFIED)
				fail_usage("dialect '%s': %s", esc(optarg),
				           httpstatus_strerror(o.dialect));
			if (o.dialect < 0)
				fail_usage("unknown dialect '%s' (--list-dialects lists them)",
				           esc(optarg));
			break;
		case 'j':
			set_form(&o, FORM_JSON, "--json");
			break;
		case '1':
			set_form(&o, FORM_SHORT, "--short");
			break;
		case 's':
			set_form(&o, FORM_STATUS_LINE, "--status-line");
			break;
		case OPT_TSV:
			set_form(&o, FORM_TSV, "--tsv");
			break;
		case OPT_FORMAT:
			set_form(&o, FORM_FORMAT, "--format");
			msg = run_format(optarg, -1, 0, NULL, &o);
			if (msg)
				fail_usage("bad --format: %s", msg);
			o.format = optarg;
			break;
		case OPT_FIELDS:
			parse_fields(&o, optarg);
			o.fields_opt = "--fields";
			break;
		case OPT_HTTP:
			/* "2" and "3" as HTTP/2 and HTTP/3 write themselves. */
			if (strcmp(optarg, "2") == 0 || strcmp(optarg, "3") == 0) {
				o.major = optarg[0] - '0';
				o.minor = 0;
			} else if (strlen(optarg) != 3 || optarg[1] != '.' || optarg[0] < '0' ||
			           optarg[0] > '9' || optarg[2] < '0' || optarg[2] > '9') {
				fail_usage("bad HTTP version '%s' (expected e.g. 1.1)", esc(optarg));
			} else {
				o.major = optarg[0] - '0';
				o.minor = optarg[2] - '0';
			}
			o.http_opt = "--http";
			break;
		case OPT_CHECK:
			o.check = 1;
			break;
		case OPT_METHOD:
			if (!is_token(optarg))
				fail_usage("bad method '%s' (expected a token such as GET)", esc(optarg));
			o.method = optarg;
			break;
		case OPT_HEADER:
			o.header = 1;
			break;
		case OPT_LIST_HEADERS:
			o.list_headers = 1;
			break;
		case 'l':
			o.list = 1;
			break;
		case 'c':
			if (strlen(optarg) != 1 || optarg[0] < '1' || optarg[0] > '5')
				fail_usage("bad class '%s' (expected 1 to 5)", esc(optarg));
			o.cls = optarg[0] - '0';
			break;
		case OPT_REGISTERED:
		case OPT_UNOFFICIAL: {
			unsigned int f = c == OPT_REGISTERED ? HTTPSTATUS_FILTER_IANA
			                                     : HTTPSTATUS_FILTER_UNOFFICIAL;

			/* Both together select nothing: a conflict, found below. */
			o.filter = o.filter_opt ? (o.filter & f) : f;
			o.filter_opt = c == OPT_REGISTERED ? "--registered" : "--unofficial";
			break;
		}
		case OPT_SUMMARY:
			o.summary = 1;
			break;
		case OPT_FIELD: {
			char *end;

			errno = 0;
			o.column = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || o.column < 1 || o.column > 1000000)
				fail_usage("bad field number '%s' (expected 1 or more)", esc(optarg));
			break;
		}
		case OPT_LIST_DIALECTS:
			o.list_dialects = 1;
			break;
		case OPT_LIST_FIELDS:
			o.list_fields = 1;
			break;
		case 'h':
			usage(stdout);
			goto out;
		case 'V':
			printf("httpstatus %s (libhttpstatus %s)\n", HTTPSTATUS_VERSION_STRING,
			       httpstatus_version());
			goto out;
		case ':':
			fail_usage("option '%s' requires an argument", esc(argv[optind - 1]));
		default:
			bad_option(argv[optind - 1]);
		}
	}
	operands = argc - optind;
	check_conflicts(&o, operands);

	if (o.check) {
		if (operands > 1)
			fail_usage("%s", "--check takes one FILE (or - for standard input)");
		if (operands == 0 && isatty(STDIN_FILENO))
			fail_usage("%s", "--check reads a response head from FILE or standard input");
		rc = check_input(operands ? argv[optind] : NULL, &o,
		                 o.http_opt ? o.major * 10 + o.minor : 0);
	} else if (o.header) {
		if (operands == 0)
			fail_usage("%s", "--header needs a field name");
		rc = headers(argv + optind, operands, &o);
	} else if (o.list_headers) {
		const char *f;

		if (operands)
			fail_usage("%s", "--list-headers takes no item");
		for (f = httpstatus_field_next(NULL); f; f = httpstatus_field_next(f))
			puts(f);
	} else if (o.list_dialects) {
		int d;

		if (operands)
			fail_usage("%s", "--list-dialects takes no item");
		for (d = 0; httpstatus_dialect_name(d); d++)
			puts(httpstatus_dialect_name(d));
	} else if (o.list_fields) {
		if (operands)
			fail_usage("%s", "--list-fields takes no item");
		list_fields();
	} else if (o.list) {
		list_codes(&o);
	} else if (o.summary) {
		if (operands > 1 || (operands == 1 && strcmp(argv[optind], "-") != 0))
			fail_usage("--summary reads standard input, not arguments ('%s')",
			           esc(argv[optind]));
		rc = summary(&o);
	} else {
		struct out w = { &o, 0, 0, 0 };
		int from_stdin = operands == 1 && strcmp(argv[optind], "-") == 0;

		if (operands == 0) {
			if (isatty(STDIN_FILENO))
				fail_usage("%s", "no code or phrase given");
			from_stdin = 1;
		}
		w.json_array = !from_stdin;
		out_begin(&w);
		if (from_stdin)
			items_from_stdin(&w);
		else
			items_from_args(&w, argv + optind, operands);
		out_end(&w);
		rc = w.failed ? EXIT_FAILED : 0;
	}

out:
	/* Report a failed write (full disk, closed pipe) instead of losing it. */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
		return EXIT_FAILED;
	}
	return rc;
}
