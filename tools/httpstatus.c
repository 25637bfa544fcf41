/* SPDX-License-Identifier: MIT */
/*
 * httpstatus - look up HTTP status codes from a terminal.
 *
 *   httpstatus 404                  facts about a code
 *   httpstatus moved temporarily    reverse lookup from a phrase
 *   httpstatus --list --class 4     the known 4xx codes
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

#define EXIT_NOT_FOUND 1
#define EXIT_USAGE     2

static const char *progname = "httpstatus";

struct options {
	int dialect;
	int json;
	int list;
	int cls;                    /* 0 = every class */
	unsigned int filter;
	int status_line;
	int major, minor;
};

static void usage(FILE *out)
{
	fprintf(out,
"Usage: %s [OPTION]... CODE...\n"
"       %s [OPTION]... PHRASE...\n"
"       %s --list [--class N] [--registered | --unofficial] [OPTION]...\n"
"\n"
"Show what an HTTP status code means, or find the code for a reason phrase.\n"
"Numbers are looked up one by one; any other words are joined into one phrase\n"
"(\"moved temporarily\", \"404 Not Found\", \"REQUEST_ENTITY_TOO_LARGE\").\n"
"\n"
"Options:\n"
"  -d, --dialect NAME   phrase dialect: rfc9110 (default), rfc7231, rfc2616,\n"
"                       apache13, apache22, apache24, nginx\n"
"  -j, --json           print JSON instead of text\n"
"  -s, --status-line    print only the status line, e.g. \"HTTP/1.1 404 Not Found\"\n"
"      --http VERSION   HTTP version for --status-line (default 1.1)\n"
"  -l, --list           list the codes the library knows\n"
"  -c, --class N        with --list: only class N (1-5)\n"
"      --registered     with --list: only codes in the IANA registry\n"
"      --unofficial     with --list: only unofficial codes\n"
"  -h, --help           show this help and exit\n"
"  -V, --version        show the version and exit\n"
"\n"
"Exit status: 0 on success, 1 when a code or phrase is unknown or invalid,\n"
"2 on a usage error.\n",
	        progname, progname, progname);
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2), noreturn))
#endif
static void fail_usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", progname);
	exit(EXIT_USAGE);
}

/* ---------------------------------------------------------------- */
/* Output helpers                                                    */
/* ---------------------------------------------------------------- */

static void json_string(const char *s)
{
	if (!s) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void print_flags(unsigned int flags, int json)
{
	unsigned int bit;
	int first = 1;

	for (bit = 1; bit && bit <= flags; bit <<= 1) {
		const char *name = httpstatus_flag_name(bit);

		if (!(flags & bit) || !name)
			continue;
		if (json) {
			fputs(first ? "" : ", ", stdout);
			json_string(name);
		} else {
			printf("%s%s", first ? "" : " ", name);
		}
		first = 0;
	}
}

static const char *match_name(int match)
{
	switch (match) {
	case HTTPSTATUS_MATCH_CANONICAL:
		return "canonical";
	case HTTPSTATUS_MATCH_DIALECT:
		return "dialect";
	case HTTPSTATUS_MATCH_ALIAS:
		return "alias";
	default:
		return NULL;
	}
}

static void show_text(int code, const struct options *o, int match)
{
	const char *phrase = httpstatus_reason_dialect(code, o->dialect);
	int registry = httpstatus_registry_of(code);
	int cls = httpstatus_class_of(code);
	int d;

	if (!phrase)
		phrase = httpstatus_reason(code);
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
	if (httpstatus_spec(code))
		printf("  reference:   %s\n", httpstatus_spec(code));
	printf("  flags:       ");
	print_flags(httpstatus_flags(code), 0);
	putchar('\n');
	if (match_name(match))
		printf("  matched:     %s phrase\n", match_name(match));
	if (httpstatus_description(code))
		printf("  description: %s\n", httpstatus_description(code));
	if (registry != HTTPSTATUS_REGISTRY_UNASSIGNED) {
		printf("  phrases:\n");
		for (d = 0; httpstatus_dialect_name(d); d++) {
			const char *p = httpstatus_reason_dialect(code, d);

			printf("    %-9s  %s\n", httpstatus_dialect_name(d),
			       p ? (*p ? p : "(empty)") : "-");
		}
	}
}

static void show_json(int code, const struct options *o, int match)
{
	int cls = httpstatus_class_of(code);
	const char *phrase = httpstatus_reason_dialect(code, o->dialect);
	int d;

	if (!phrase)
		phrase = httpstatus_reason(code);
	printf("{\"code\": %d, \"phrase\": ", code);
	json_string(phrase);
	printf(", \"name\": ");
	json_string(httpstatus_name(code));
	printf(", \"class\": %d, \"class_name\": ", cls);
	json_string(httpstatus_class_name(cls));
	printf(", \"registry\": ");
	json_string(httpstatus_registry_name(httpstatus_registry_of(code)));
	printf(", \"vendor\": ");
	json_string(httpstatus_vendor(code));
	printf(", \"fallback\": %d, \"spec\": ", httpstatus_fallback(code));
	json_string(httpstatus_spec(code));
	printf(", \"flags\": [");
	print_flags(httpstatus_flags(code), 1);
	printf("], \"description\": ");
	json_string(httpstatus_description(code));
	printf(", \"dialects\": {");
	for (d = 0; httpstatus_dialect_name(d); d++) {
		printf("%s\"%s\": ", d ? ", " : "", httpstatus_dialect_name(d));
		json_string(httpstatus_reason_dialect(code, d));
	}
	printf("}");
	if (match_name(match)) {
		printf(", \"matched\": ");
		json_string(match_name(match));
	}
	printf("}");
}

static void show_status_line(int code, const struct options *o)
{
	char line[HTTPSTATUS_PHRASE_MAX + 32];
	int n = httpstatus_format_status_line(line, sizeof line, o->major, o->minor, code,
	                                      o->dialect);

	if (n < 0 || (size_t)n >= sizeof line) {
		fprintf(stderr, "%s: %d: cannot format a status line\n", progname, code);
		exit(EXIT_NOT_FOUND);
	}
	/* Drop the CRLF: a terminal wants a plain newline. */
	line[n - 2] = '\0';
	if (o->json) {
		json_string(line);
	} else {
		fputs(line, stdout);
	}
}

static void show(int code, const struct options *o, int match, int *count)
{
	if (o->json && (*count)++)
		fputs(",\n ", stdout);
	if (o->status_line)
		show_status_line(code, o);
	else if (o->json)
		show_json(code, o, match);
	else {
		if ((*count)++)
			putchar('\n');
		show_text(code, o, match);
		return;
	}
	if (!o->json)
		putchar('\n');
}

/* ---------------------------------------------------------------- */
/* Arguments                                                         */
/* ---------------------------------------------------------------- */

/* Digits only: 1, with *out set (saturated at LLONG_MAX for huge numbers). */
static int parse_number(const char *s, long long *out)
{
	long long v = 0;
	size_t i;

	if (!*s)
		return 0;
	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v > (LLONG_MAX - 9) / 10 ? LLONG_MAX : v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

static int lookup_code(const char *arg, long long v, const struct options *o, int *count)
{
	if (v < HTTPSTATUS_MIN || v > HTTPSTATUS_MAX) {
		fprintf(stderr, "%s: %s is not an HTTP status code "
		        "(status codes are 100-599)\n", progname, arg);
		return EXIT_NOT_FOUND;
	}
	show((int)v, o, HTTPSTATUS_MATCH_NONE, count);
	return 0;
}

static int lookup_phrase(const char *phrase, const struct options *o, int *count)
{
	int match;
	int code = httpstatus_match_reason(phrase, strlen(phrase), &match);

	if (code < 0) {
		if (code == HTTPSTATUS_ERR_NOT_FOUND)
			fprintf(stderr, "%s: '%s': no status code has this reason phrase\n",
			        progname, phrase);
		else if (code == HTTPSTATUS_ERR_TOO_LONG)
			fprintf(stderr, "%s: phrase too long (more than %d bytes)\n", progname,
			        HTTPSTATUS_PHRASE_MAX);
		else
			fprintf(stderr, "%s: '%s': %s\n", progname, phrase,
			        httpstatus_strerror(code));
		return EXIT_NOT_FOUND;
	}
	show(code, o, match, count);
	return 0;
}

static int list_codes(const struct options *o)
{
	int code, count = 0;

	if (o->json)
		fputs("[", stdout);
	for (code = httpstatus_next(0, o->filter); code > 0;
	     code = httpstatus_next(code, o->filter)) {
		const char *p;

		if (o->cls && httpstatus_class_of(code) != o->cls)
			continue;
		if (o->json || o->status_line) {
			show(code, o, HTTPSTATUS_MATCH_NONE, &count);
			continue;
		}
		p = httpstatus_reason_dialect(code, o->dialect);
		if (!p)
			p = httpstatus_reason(code);
		printf("%d %-42s %s%s%s\n", code, *p ? p : "(empty)",
		       httpstatus_registry_name(httpstatus_registry_of(code)),
		       httpstatus_vendor(code) ? ", " : "",
		       httpstatus_vendor(code) ? httpstatus_vendor(code) : "");
		count++;
	}
	if (o->json)
		fputs("]\n", stdout);
	return 0;
}

int main(int argc, char **argv)
{
	enum { OPT_REGISTERED = 256, OPT_UNOFFICIAL, OPT_HTTP };
	static const struct option longopts[] = {
		{ "dialect", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "status-line", no_argument, NULL, 's' },
		{ "http", required_argument, NULL, OPT_HTTP },
		{ "list", no_argument, NULL, 'l' },
		{ "class", required_argument, NULL, 'c' },
		{ "registered", no_argument, NULL, OPT_REGISTERED },
		{ "unofficial", no_argument, NULL, OPT_UNOFFICIAL },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct options o = { HTTPSTATUS_DIALECT_DEFAULT, 0, 0, 0, HTTPSTATUS_FILTER_ALL, 0, 1, 1 };
	int c, rc = 0, count = 0, i, all_numbers = 1, wrap;

	if (argv[0] && *argv[0]) {
		const char *slash = strrchr(argv[0], '/');

		progname = slash ? slash + 1 : argv[0];
		/* libtool's uninstalled wrapper runs "lt-httpstatus". */
		if (strncmp(progname, "lt-", 3) == 0)
			progname += 3;
		/* getopt names the program after argv[0] in its messages. */
		argv[0] = (char *)progname;
	}

	while ((c = getopt_long(argc, argv, "+d:jslc:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			o.dialect = httpstatus_dialect_from_name(optarg);
			if (o.dialect < 0)
				fail_usage("unknown dialect '%s' (rfc9110, rfc7231, rfc2616, "
				           "apache13, apache22, apache24, nginx)", optarg);
			break;
		case 'j':
			o.json = 1;
			break;
		case 's':
			o.status_line = 1;
			break;
		case OPT_HTTP:
			if (strlen(optarg) != 3 || optarg[1] != '.' || optarg[0] < '0' ||
			    optarg[0] > '9' || optarg[2] < '0' || optarg[2] > '9')
				fail_usage("bad HTTP version '%s' (expected e.g. 1.1)", optarg);
			o.major = optarg[0] - '0';
			o.minor = optarg[2] - '0';
			break;
		case 'l':
			o.list = 1;
			break;
		case 'c':
			if (strlen(optarg) != 1 || optarg[0] < '1' || optarg[0] > '5')
				fail_usage("bad class '%s' (expected 1 to 5)", optarg);
			o.cls = optarg[0] - '0';
			break;
		case OPT_REGISTERED:
			o.filter = HTTPSTATUS_FILTER_IANA;
			break;
		case OPT_UNOFFICIAL:
			o.filter = HTTPSTATUS_FILTER_UNOFFICIAL;
			break;
		case 'h':
			usage(stdout);
			goto out;
		case 'V':
			printf("httpstatus %s (libhttpstatus %s)\n", HTTPSTATUS_VERSION_STRING,
			       httpstatus_version());
			goto out;
		default:
			fprintf(stderr, "Try '%s --help' for more information.\n", progname);
			return EXIT_USAGE;
		}
	}

	if (o.list) {
		if (optind < argc)
			fail_usage("--list takes no code or phrase ('%s')", argv[optind]);
		rc = list_codes(&o);
		goto out;
	}
	if ((o.cls || o.filter != HTTPSTATUS_FILTER_ALL))
		fail_usage("%s", "--class, --registered and --unofficial go with --list");
	if (optind == argc)
		fail_usage("%s", "no code or phrase given");

	for (i = optind; i < argc; i++) {
		long long v;

		if (!parse_number(argv[i], &v))
			all_numbers = 0;
	}

	/* Several codes give a JSON array; one code or a phrase, an object. */
	wrap = o.json && all_numbers && argc - optind > 1;
	if (wrap)
		fputs("[", stdout);
	if (all_numbers) {
		for (i = optind; i < argc; i++) {
			long long v = 0;

			parse_number(argv[i], &v);
			if (lookup_code(argv[i], v, &o, &count))
				rc = EXIT_NOT_FOUND;
		}
	} else {
		/* Join the words into one phrase, bounded. */
		char phrase[HTTPSTATUS_PHRASE_MAX + 2];
		size_t n = 0;

		for (i = optind; i < argc; i++) {
			size_t len = strlen(argv[i]);

			if (n + len + 1 >= sizeof phrase) {
				fprintf(stderr, "%s: phrase too long (more than %d bytes)\n",
				        progname, HTTPSTATUS_PHRASE_MAX);
				return EXIT_NOT_FOUND;
			}
			if (n)
				phrase[n++] = ' ';
			memcpy(phrase + n, argv[i], len);
			n += len;
		}
		phrase[n] = '\0';
		rc = lookup_phrase(phrase, &o, &count);
	}
	if (wrap)
		fputs("]", stdout);
	if (o.json && count)
		putchar('\n');

out:
	/* Report a failed write (full disk, closed pipe) instead of losing it. */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
		return EXIT_NOT_FOUND;
	}
	return rc;
}
