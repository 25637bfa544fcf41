/* SPDX-License-Identifier: MIT */
/*
 * gentables - turns libhttpstatus/status.table into C.
 *
 *   gentables header TABLE TEMPLATE MAJOR MINOR MICRO   > httpstatus.h
 *   gentables tables-h TABLE                            > tables.h
 *   gentables tables-c TABLE                            > tables.c
 *   gentables check TABLE                               (validate only)
 *   gentables fields-h FIELDS                           > fields.h
 *   gentables fields-c FIELDS                           > fields.c
 *   gentables check-fields FIELDS                       (validate only)
 *
 * The table is validated strictly: an unknown key, a missing required key,
 * a duplicate code or name, or two codes whose phrases normalize alike stop
 * the build with a message naming the line.
 *
 * Runs on the build machine; uses only the C library.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "fieldname.h"

#define MAX_RECORDS   512
#define MAX_REPEAT    32
#define MAX_LINE      4096
#define MAX_DESC      4096
#define POOL_MAX      0xFFFE
#define KEY_CAP       255

struct dialect_info {
	const char *enum_suffix, *key, *name, *title;
	int server;
	const char *product, *versions;
};

static const struct dialect_info dialects[] = {
#define HS_DIALECT(e, key, name, title, server, product, versions) \
	{ #e, key, name, title, server, product, versions },
#include "dialects.def"
#undef HS_DIALECT
};
#define NDIALECTS (sizeof(dialects) / sizeof(dialects[0]))

/* The release ranges of dialects.def, parsed. */
#define MAX_RANGES 32
static struct { unsigned long first, last; size_t dialect; } ranges[MAX_RANGES];
static int nranges;
static unsigned long newest[NDIALECTS];

struct flag_info {
	const char *enum_suffix, *name, *comment;
	int in_table;
};

static const struct flag_info flags[] = {
#define HS_FLAG(e, name, in_table, comment) { #e, name, comment, in_table },
#include "flags.def"
#undef HS_FLAG
};
#define NFLAGS (sizeof(flags) / sizeof(flags[0]))

/* The header fields' flags: the same shape, none set per code. */
static const struct flag_info field_flags[] = {
#define HS_FIELD_FLAG(e, name, comment) { #e, name, comment, 0 },
#include "fieldflags.def"
#undef HS_FIELD_FLAG
};
#define NFIELD_FLAGS (sizeof(field_flags) / sizeof(field_flags[0]))

/* The flag whose name is w and that the table may set, or -1. */
static int table_flag(const char *w)
{
	size_t i;

	for (i = 0; i < NFLAGS; i++)
		if (flags[i].in_table && strcmp(w, flags[i].name) == 0)
			return (int)i;
	return -1;
}
static const char *const registry_words[] = {
	"registered", "reserved", "obsoleted", "provisional", "unofficial",
};

#define MAX_CHANGES 16
#define MAX_MEANINGS 8

struct change {
	size_t dialect;
	unsigned long since;
	char *phrase;
};

struct meaning {
	char *vendor, *phrase;
};

struct record {
	int line;
	int code;
	struct change change[MAX_CHANGES];
	int nchange;
	struct meaning meaning[MAX_MEANINGS];
	int nmeaning;
	unsigned long registered, extended, expires;
	char *name;
	char *oldname[MAX_REPEAT];
	int noldname;
	char *dialect[NDIALECTS];           /* NULL = absent, "" = empty */
	char *alias[MAX_REPEAT];
	int nalias;
	char *registry;
	char *vendor;
	char *spec;
	char flags[512];
	int has_flags;
	char desc[MAX_DESC];
	int has_desc;
	char advice[MAX_DESC];
	int has_note;
};

static struct record rec[MAX_RECORDS];
static int nrec;
static const char *table_path;
static unsigned long registry_copy;     /* YYYYMMDD */

static void die(int line, const char *fmt, ...)
{
	va_list ap;

	if (line > 0)
		fprintf(stderr, "%s:%d: ", table_path, line);
	else
		fprintf(stderr, "gentables: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		die(0, "out of memory");
	return p;
}

static int is_printable_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7E)
			return 0;
	return 1;
}

static int is_enum_name(const char *s)
{
	if (!isupper((unsigned char)*s))
		return 0;
	for (; *s; s++)
		if (!isupper((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return 0;
	return 1;
}

static int word_index(const char *w, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return (int)i;
	return -1;
}

/* "x.y.z" with parts of 1-3 digits (major 1-2) as major * 1000000 +
 * minor * 1000 + patch; 0 when malformed.  *end gets the first byte after. */
static unsigned long parse_release(const char *s, const char **end)
{
	unsigned long v = 0;
	int part, n;

	for (part = 0; part < 3; part++) {
		unsigned long p = 0;

		if (part && *s++ != '.')
			return 0;
		for (n = 0; isdigit((unsigned char)*s); n++, s++)
			p = p * 10 + (unsigned long)(*s - '0');
		if (n == 0 || n > (part ? 3 : 2))
			return 0;
		v = v * 1000 + p;
	}
	if (end)
		*end = s;
	return v;
}

static void release_text(char *buf, unsigned long v)
{
	sprintf(buf, "%lu.%lu.%lu", v / 1000000, v / 1000 % 1000, v % 1000);
}

/* Reads the versions of dialects.def. */
static void read_ranges(void)
{
	size_t d;

	for (d = 0; d < NDIALECTS; d++) {
		const char *p = dialects[d].versions;

		if (!*p != !*dialects[d].product || (*p && !dialects[d].server))
			die(0, "dialects.def: %s: product and versions go together, for servers",
			    dialects[d].name);
		while (*p) {
			unsigned long a, b;

			a = parse_release(p, &p);
			b = a;
			if (a && *p == '-')
				b = parse_release(p + 1, &p);
			if (!a || !b || b < a || (*p && *p != ' ') ||
			    (newest[d] && a <= newest[d]))
				die(0, "dialects.def: %s: bad versions '%s'", dialects[d].name,
				    dialects[d].versions);
			if (nranges == MAX_RANGES)
				die(0, "dialects.def: too many version ranges");
			ranges[nranges].first = a;
			ranges[nranges].last = b;
			ranges[nranges].dialect = d;
			nranges++;
			newest[d] = b;
			while (*p == ' ')
				p++;
		}
	}
}

static int covered(size_t d, unsigned long v)
{
	int i;

	for (i = 0; i < nranges; i++)
		if (ranges[i].dialect == d && v >= ranges[i].first && v <= ranges[i].last)
			return 1;
	return 0;
}

static unsigned long first_release(size_t d)
{
	int i;

	for (i = 0; i < nranges; i++)
		if (ranges[i].dialect == d)
			return ranges[i].first;
	return 0;
}

/* "YYYY-MM-DD" as YYYYMMDD, or 0. */
static unsigned long parse_date(const char *s)
{
	int y, m, d;
	char extra;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 ||
	    s[4] != '-' || s[7] != '-' || y < 1990 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	return (unsigned long)(y * 10000 + m * 100 + d);
}

/* ---------------------------------------------------------------- */
/* Reading                                                           */
/* ---------------------------------------------------------------- */

static void finish_record(struct record *r)
{
	if (!r->code)
		die(r->line, "record without a code");
	if (!r->name)
		die(r->line, "code %d: missing name", r->code);
	if (!r->dialect[0])
		die(r->line, "code %d: missing phrase", r->code);
	if (!r->dialect[0][0])
		die(r->line, "code %d: the phrase may not be empty", r->code);
	if (!r->registry)
		die(r->line, "code %d: missing registry", r->code);
	if (!r->spec)
		die(r->line, "code %d: missing spec", r->code);
	if (!r->has_desc)
		die(r->line, "code %d: missing description", r->code);
	if ((strcmp(r->registry, "unofficial") == 0) != (r->vendor != NULL))
		die(r->line, "code %d: vendor is required for unofficial codes and only for them",
		    r->code);
	if (r->expires && strcmp(r->registry, "provisional") != 0)
		die(r->line, "code %d: only a provisional code has a temporary registration",
		    r->code);
	if (!r->expires && strcmp(r->registry, "provisional") == 0)
		die(r->line, "code %d: a provisional code needs its temporary dates", r->code);
}

static char *value_of(char *p)
{
	char *end;

	while (*p == ' ' || *p == '\t')
		p++;
	end = p + strlen(p);
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	return p;
}

static void set_once(struct record *r, char **slot, const char *key, const char *val,
                     int line)
{
	if (*slot)
		die(line, "code %d: key '%s' given twice", r->code, key);
	*slot = xstrdup(val);
}

static void read_table(const char *path)
{
	FILE *f = fopen(path, "r");
	char buf[MAX_LINE + 2];
	int line = 0, in_record = 0, in_header = 0;
	struct record *r = NULL;

	table_path = path;
	if (!f)
		die(0, "cannot open %s: %s", path, strerror(errno));
	while (fgets(buf, sizeof buf, f)) {
		char *p, *key, *val;
		size_t n = strlen(buf);
		size_t d;

		line++;
		if (n == sizeof buf - 1 && buf[n - 1] != '\n')
			die(line, "line too long");
		while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			buf[--n] = '\0';
		p = buf;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#')
			continue;
		if (!*p) {
			if (in_record)
				finish_record(r);
			in_record = 0;
			in_header = 0;
			continue;
		}
		if (!is_printable_ascii(buf))
			for (key = buf; *key; key++)
				if ((unsigned char)*key > 0x7E ||
				    ((unsigned char)*key < 0x20 && *key != '\t'))
					die(line, "non-ASCII or control byte");
		if (in_header)
			die(line, "the registry-copy line stands alone");
		if (!in_record && strncmp(p, "registry-copy", 13) == 0 &&
		    (p[13] == ' ' || p[13] == '\t')) {
			if (registry_copy || nrec)
				die(line, "registry-copy comes once, before the records");
			registry_copy = parse_date(value_of(p + 13));
			if (!registry_copy)
				die(line, "registry-copy needs a date YYYY-MM-DD");
			in_header = 1;
			continue;
		}
		if (!in_record) {
			if (nrec == MAX_RECORDS)
				die(line, "too many records");
			r = &rec[nrec++];
			memset(r, 0, sizeof *r);
			r->line = line;
			in_record = 1;
		}
		key = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (*p)
			*p++ = '\0';
		val = value_of(p);
		if (strcmp(val, "\"\"") == 0)
			val = "";
		else if (strchr(val, '"'))
			die(line, "double quote in a value (only \"\" alone is allowed)");

		if (strcmp(key, "code") == 0) {
			char *e;
			long c = strtol(val, &e, 10);

			if (r->code)
				die(line, "second code in one record (missing blank line?)");
			if (*e || e != val + 3 || c < 100 || c > 599)
				die(line, "code must be three digits, 100-599");
			r->code = (int)c;
			continue;
		}
		if (!r->code)
			die(line, "the first key of a record must be code");
		if (strcmp(key, "name") == 0) {
			if (!is_enum_name(val))
				die(line, "name '%s' is not UPPER_SNAKE", val);
			set_once(r, &r->name, key, val, line);
		} else if (strcmp(key, "oldname") == 0) {
			if (!is_enum_name(val))
				die(line, "oldname '%s' is not UPPER_SNAKE", val);
			if (r->noldname == MAX_REPEAT)
				die(line, "too many oldnames");
			r->oldname[r->noldname++] = xstrdup(val);
		} else if (strcmp(key, "alias") == 0) {
			if (!*val)
				die(line, "empty alias");
			if (r->nalias == MAX_REPEAT)
				die(line, "too many aliases");
			r->alias[r->nalias++] = xstrdup(val);
		} else if (strcmp(key, "registry") == 0) {
			if (word_index(val, registry_words,
			               sizeof registry_words / sizeof *registry_words) < 0)
				die(line, "unknown registry '%s'", val);
			set_once(r, &r->registry, key, val, line);
		} else if (strcmp(key, "vendor") == 0) {
			set_once(r, &r->vendor, key, val, line);
		} else if (strcmp(key, "spec") == 0) {
			set_once(r, &r->spec, key, val, line);
		} else if (strcmp(key, "flags") == 0) {
			char tmp[512], *w;

			if (r->has_flags)
				die(line, "code %d: key 'flags' given twice", r->code);
			if (strlen(val) >= sizeof tmp)
				die(line, "flags too long");
			strcpy(tmp, val);
			for (w = strtok(tmp, " \t"); w; w = strtok(NULL, " \t"))
				if (table_flag(w) < 0)
					die(line, "unknown flag '%s'", w);
			strcpy(r->flags, val);
			r->has_flags = 1;
		} else if (strcmp(key, "description") == 0 || strcmp(key, "advice") == 0) {
			char *text = key[0] == 'd' ? r->desc : r->advice;
			size_t have = strlen(text);

			if (!*val)
				die(line, "empty %s line", key);
			if (have + strlen(val) + 2 >= MAX_DESC)
				die(line, "%s too long", key);
			if (have)
				strcat(text, " ");
			strcat(text, val);
			if (key[0] == 'd')
				r->has_desc = 1;
		} else if (strcmp(key, "note") == 0) {
			r->has_note = 1;
		} else if (strcmp(key, "meaning") == 0) {
			char *bar = strchr(val, '|');
			char *v, *ph;

			if (!bar)
				die(line, "meaning is 'vendor | phrase'");
			*bar = '\0';
			v = value_of(val);
			ph = value_of(bar + 1);
			if (!*v || !*ph || strchr(ph, '|'))
				die(line, "meaning is 'vendor | phrase'");
			if (r->nmeaning == MAX_MEANINGS)
				die(line, "too many meanings");
			r->meaning[r->nmeaning].vendor = xstrdup(v);
			r->meaning[r->nmeaning].phrase = xstrdup(ph);
			r->nmeaning++;
		} else if (strcmp(key, "registered") == 0) {
			if (r->registered)
				die(line, "code %d: key 'registered' given twice", r->code);
			r->registered = parse_date(val);
			if (!r->registered)
				die(line, "registered needs a date YYYY-MM-DD");
		} else if (strcmp(key, "temporary") == 0) {
			char tmp[64], *w[4];
			int n = 0;

			if (r->expires || strlen(val) >= sizeof tmp)
				die(line, "code %d: bad or repeated 'temporary'", r->code);
			strcpy(tmp, val);
			for (w[n] = strtok(tmp, " \t"); w[n] && n < 3; w[++n] = strtok(NULL, " \t"))
				;
			if (n != 3)
				die(line, "temporary is 'REGISTERED EXTENDED|- EXPIRES'");
			if (r->registered)
				die(line, "code %d: registered given twice", r->code);
			r->registered = parse_date(w[0]);
			r->extended = strcmp(w[1], "-") == 0 ? 0 : parse_date(w[1]);
			r->expires = parse_date(w[2]);
			if (!r->registered || (!r->extended && strcmp(w[1], "-") != 0) ||
			    !r->expires || r->expires <= r->registered ||
			    (r->extended && (r->extended < r->registered || r->extended > r->expires)))
				die(line, "temporary is 'REGISTERED EXTENDED|- EXPIRES', in order");
		} else if (strchr(key, '@')) {
			char *at = strchr(key, '@');
			const char *end;
			unsigned long v;
			struct change *c;

			*at = '\0';
			for (d = 0; d < NDIALECTS; d++)
				if (strcmp(key, dialects[d].key) == 0)
					break;
			if (d == NDIALECTS || !*dialects[d].versions)
				die(line, "'%s@': not a versioned server dialect", key);
			v = parse_release(at + 1, &end);
			if (!v || *end)
				die(line, "'%s@%s': not a release x.y.z", key, at + 1);
			if (!covered(d, v) || v == first_release(d))
				die(line, "'%s@%s': outside the releases in dialects.def", key, at + 1);
			if (!r->dialect[d])
				die(line, "'%s@%s' before the phrase of the first release", key, at + 1);
			if (r->nchange && r->change[r->nchange - 1].dialect == d &&
			    r->change[r->nchange - 1].since >= v)
				die(line, "'%s@%s': releases in ascending order", key, at + 1);
			if (r->nchange == MAX_CHANGES)
				die(line, "too many changes");
			c = &r->change[r->nchange++];
			c->dialect = d;
			c->since = v;
			c->phrase = xstrdup(val);
		} else {
			for (d = 0; d < NDIALECTS; d++)
				if (strcmp(key, dialects[d].key) == 0)
					break;
			if (d == NDIALECTS)
				die(line, "unknown key '%s'", key);
			set_once(r, &r->dialect[d], key, val, line);
		}
	}
	if (ferror(f))
		die(0, "error reading %s", path);
	fclose(f);
	if (in_record)
		finish_record(r);
	if (!nrec)
		die(0, "%s has no records", path);
}

/* ---------------------------------------------------------------- */
/* Cross-record checks                                               */
/* ---------------------------------------------------------------- */

static void check_names(void)
{
	int i, j, a, b;

	for (i = 1; i < nrec; i++)
		if (rec[i].code <= rec[i - 1].code)
			die(rec[i].line, "code %d is not in ascending order (or repeated)",
			    rec[i].code);
	/* Every name and oldname is unique across the table. */
	for (i = 0; i < nrec; i++)
		for (a = -1; a < rec[i].noldname; a++) {
			const char *n1 = a < 0 ? rec[i].name : rec[i].oldname[a];

			for (j = i; j < nrec; j++)
				for (b = (j == i ? a + 1 : -1); b < rec[j].noldname; b++) {
					const char *n2 = b < 0 ? rec[j].name : rec[j].oldname[b];

					if (strcmp(n1, n2) == 0)
						die(rec[j].line, "name %s used twice (codes %d and %d)",
						    n1, rec[i].code, rec[j].code);
				}
		}
}

/* ---------------------------------------------------------------- */
/* String pool                                                       */
/* ---------------------------------------------------------------- */

static char pool[POOL_MAX + 1];
static size_t pool_len = 1;             /* pool[0] = "" */

static unsigned add_bytes(const char *s, size_t n)
{
	size_t i;

	/* Reuse an identical string already in the pool (ends at a NUL). */
	for (i = 0; i + n < pool_len; i++)
		if (pool[i + n] == '\0' && memcmp(pool + i, s, n) == 0 &&
		    (n == 0 || memchr(pool + i, '\0', n) == NULL))
			return (unsigned)i;
	if (pool_len + n + 1 > POOL_MAX)
		die(0, "string pool exceeds %d bytes; widen hs_off", POOL_MAX);
	memcpy(pool + pool_len, s, n);
	pool[pool_len + n] = '\0';
	pool_len += n + 1;
	return (unsigned)(pool_len - n - 1);
}

static unsigned add_str(const char *s)
{
	return add_bytes(s, strlen(s));
}

/* ---------------------------------------------------------------- */
/* Reverse-lookup keys                                               */
/* ---------------------------------------------------------------- */

enum { M_CANONICAL = 1, M_DIALECT = 2, M_ALIAS = 3, M_MEANING = 4 };
static const char *const match_enum[] = {
	"HTTPSTATUS_MATCH_NONE", "HTTPSTATUS_MATCH_CANONICAL",
	"HTTPSTATUS_MATCH_DIALECT", "HTTPSTATUS_MATCH_ALIAS",
	"HTTPSTATUS_MATCH_MEANING",
};

struct key {
	char text[KEY_CAP + 1];
	int len;
	int match;
	int code;
	int line;
	const char *source;
	unsigned off;
	int dropped;
	int unofficial;
};

static int is_unofficial(const struct record *r)
{
	return strcmp(r->registry, "unofficial") == 0;
}

static struct key keys[MAX_RECORDS * 48];
static int nkeys, key_max;

static void add_key(const struct record *r, const char *phrase, int match)
{
	char buf[KEY_CAP + 1];
	int n = hs_normalize(phrase, strlen(phrase), buf, KEY_CAP);
	int i;

	if (n == HS_NORM_CHARSET)
		die(r->line, "code %d: '%s' has a byte the lookup rejects", r->code, phrase);
	if (n < 0)
		die(r->line, "code %d: '%s' is too long", r->code, phrase);
	if (n == 0)
		return;                     /* empty phrases are not keys */
	if (n > 3 && buf[0] >= '1' && buf[0] <= '5' && isdigit((unsigned char)buf[1]) &&
	    isdigit((unsigned char)buf[2]) && (phrase[3] == ' '))
		die(r->line, "code %d: phrase '%s' starts with a code", r->code, phrase);
	for (i = 0; i < nkeys; i++) {
		if (keys[i].len != n || memcmp(keys[i].text, buf, (size_t)n) != 0)
			continue;
		if (keys[i].code != r->code) {
			/* A server's placeholder ("306 unused", "418 unused"): the
			 * same dialect text for several codes names none of them. */
			if (match == M_DIALECT && keys[i].match == M_DIALECT) {
				keys[i].dropped = 1;
				return;
			}
			/* Another vendor's meaning never takes a phrase from a code
			 * that has it as its own (registered meanings win). */
			if (match == M_MEANING)
				return;
			/* An unofficial code whose vendor uses a registered code's
			 * phrase ("561 Unauthorized") does not take it either. */
			if (is_unofficial(r) && !keys[i].unofficial)
				return;
			if (keys[i].match == M_MEANING ||
			    (keys[i].unofficial && !is_unofficial(r))) {
				keys[i].unofficial = is_unofficial(r);
				keys[i].match = match;
				keys[i].code = r->code;
				keys[i].line = r->line;
				keys[i].source = phrase;
				return;
			}
			die(r->line, "code %d: '%s' looks the same as '%s' of code %d (line %d)",
			    r->code, phrase, keys[i].source, keys[i].code, keys[i].line);
		}
		if (match < keys[i].match)
			keys[i].match = match;  /* keep the strongest kind */
		return;
	}
	if ((size_t)nkeys == sizeof keys / sizeof keys[0])
		die(r->line, "too many keys");
	memcpy(keys[nkeys].text, buf, (size_t)n);
	keys[nkeys].len = n;
	keys[nkeys].match = match;
	keys[nkeys].code = r->code;
	keys[nkeys].line = r->line;
	keys[nkeys].source = phrase;
	keys[nkeys].dropped = 0;
	keys[nkeys].unofficial = is_unofficial(r);
	if (n > key_max)
		key_max = n;
	nkeys++;
}

static void build_keys(void)
{
	int i, j;
	size_t d;

	for (i = 0; i < nrec; i++) {
		const struct record *r = &rec[i];

		add_key(r, r->dialect[0], M_CANONICAL);
		for (d = 1; d < NDIALECTS; d++)
			if (r->dialect[d])
				add_key(r, r->dialect[d], M_DIALECT);
		for (j = 0; j < r->nchange; j++)
			add_key(r, r->change[j].phrase, M_DIALECT);
		add_key(r, r->name, M_ALIAS);
		for (j = 0; j < r->noldname; j++)
			add_key(r, r->oldname[j], M_ALIAS);
		for (j = 0; j < r->nalias; j++)
			add_key(r, r->alias[j], M_ALIAS);
	}
	/* Meanings last, so that every code's own phrases are known. */
	for (i = 0; i < nrec; i++)
		for (j = 0; j < rec[i].nmeaning; j++)
			add_key(&rec[i], rec[i].meaning[j].phrase, M_MEANING);
	/* Placeholders are no keys. */
	for (i = j = 0; i < nkeys; i++)
		if (!keys[i].dropped)
			keys[j++] = keys[i];
	nkeys = j;
	key_max = 0;
	for (i = 0; i < nkeys; i++)
		if (keys[i].len > key_max)
			key_max = keys[i].len;
}

/*
 * The first level of the lookup: every phrase of every dialect as the table
 * writes it, lowercased, with the code and match kind of the key it
 * normalizes to.  An input that is one of them up to ASCII case is
 * answered without normalizing it; names and aliases, rarer inputs, are
 * left to normalizing, which keeps this table small.
 */
struct raw {
	char text[KEY_CAP + 1];     /* lowercased: what is hashed */
	char spelt[KEY_CAP + 1];    /* as first spelt: what the pool holds */
	int len;
	int key;
	unsigned off;
};

static struct raw raws[MAX_RECORDS * 48];
static int nraws, raw_max;

static void add_raw(const struct record *r, const char *phrase)
{
	char low[KEY_CAP + 1], buf[KEY_CAP + 1];
	size_t n = strlen(phrase), i;
	int k, m;

	if (n == 0)
		return;
	if (n > KEY_CAP)
		die(r->line, "code %d: '%s' is too long", r->code, phrase);
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)phrase[i]);
	m = hs_normalize(low, n, buf, KEY_CAP);
	if (m <= 0)
		return;
	for (k = 0; k < nkeys; k++)
		if (keys[k].len == m && memcmp(keys[k].text, buf, (size_t)m) == 0)
			break;
	/* A phrase the reverse lookup does not take (a placeholder that
	 * several codes share, such as Apache 1.3's "No code") has no key,
	 * and so no first-level spelling either. */
	if (k == nkeys)
		return;
	for (i = 0; i < (size_t)nraws; i++)
		if (raws[i].len == (int)n && memcmp(raws[i].text, low, n) == 0)
			return;
	if (nraws == 255)
		die(r->line, "more than 255 spellings do not fit hs_raw_buckets");
	memcpy(raws[nraws].text, low, n);
	memcpy(raws[nraws].spelt, phrase, n);
	raws[nraws].len = (int)n;
	raws[nraws].key = k;
	if ((int)n > raw_max)
		raw_max = (int)n;
	nraws++;
}

static void build_raws(void)
{
	int i;
	size_t d;

	for (i = 0; i < nrec; i++) {
		const struct record *r = &rec[i];

		for (d = 0; d < NDIALECTS; d++)
			if (r->dialect[d])
				add_raw(r, r->dialect[d]);
	}
}

#define CASE_BITS 0x2020202020202020u

static uint32_t raw_hash(const struct raw *w, unsigned seed)
{
	const unsigned char *p = (const unsigned char *)w->text;

	return hs_raw_hash((size_t)w->len, hs_raw_head(p, (size_t)w->len) | CASE_BITS,
	                   hs_raw_tail(p, (size_t)w->len) | CASE_BITS,
	                   hs_raw_mid(p, (size_t)w->len) | CASE_BITS, seed);
}

/* 0x20 in every byte of word w that is a lowercase letter. */
static uint64_t case_bits(uint64_t w)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 64; i += 8) {
		unsigned c = (unsigned)(w >> i) & 0xFF;

		if (c >= 'a' && c <= 'z')
			m |= (uint64_t)0x20 << i;
	}
	return m;
}

/*
 * The misses' filter.  Every byte has a weight: 0 for a byte normalizing
 * drops, 2^23 for one it looks at more closely (controls, non-ASCII), and
 * for any other a fixed pseudo-random 14-bit number, the same for both
 * cases of a letter.  256 of the latter add up to less than 2^23, 256 of
 * the former to less than 2^32: a 32-bit sum tells both apart.  The sum of a phrase's weights is then the sum of
 * its normalized bytes' weights, and a bit set marks the sums of the keys.
 */
#define SUM_BITS 8192
static uint32_t weight[256];
static unsigned char sums[SUM_BITS / 8];

static uint64_t mix64(uint64_t x)
{
	x += 0x9E3779B97F4A7C15u;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
	return x ^ (x >> 31);
}

static void build_sums(void)
{
	int c, i, j;

	for (c = 0; c < 256; c++) {
		char in = (char)c, out[2];
		int n = hs_normalize(&in, 1, out, 1);

		if (n == HS_NORM_CHARSET)
			weight[c] = (uint32_t)1 << 23;
		else if (n == 0)
			weight[c] = 0;
		else
			weight[c] = (uint32_t)(mix64((unsigned char)out[0]) & 0x3FFFu);
	}
	for (i = 0; i < nkeys; i++) {
		uint32_t sum = 0;

		for (j = 0; j < keys[i].len; j++)
			sum += weight[(unsigned char)keys[i].text[j]];
		sums[(sum >> 3) & (SUM_BITS / 8 - 1)] |= (unsigned char)(1u << (sum & 7));
	}
}

/* Open addressing with linear probing; the seed giving the shortest
 * longest probe sequence wins. */
static unsigned nbuckets, best_seed, best_probe;
static int *buckets;

static unsigned place(unsigned seed, int *b, unsigned limit)
{
	unsigned worst = 0, mask = nbuckets - 1;
	int i;

	memset(b, 0, nbuckets * sizeof *b);
	for (i = 0; i < nkeys; i++) {
		unsigned h = hs_hash(keys[i].text, (size_t)keys[i].len, seed) & mask;
		unsigned probe = 1;

		while (b[h]) {
			h = (h + 1) & mask;
			if (++probe > limit)
				return probe;
		}
		b[h] = i + 1;
		if (probe > worst)
			worst = probe;
	}
	return worst;
}

/* The first level has no collision: one bucket per spelling, numbered by
 * the top bits of its hash; the smallest table that some seed allows. */
static unsigned raw_nbuckets, raw_bits, raw_seed;
static int *raw_buckets;

static int place_raw(unsigned seed, int *b)
{
	int i;

	memset(b, 0, raw_nbuckets * sizeof *b);
	for (i = 0; i < nraws; i++) {
		unsigned h = raw_hash(&raws[i], seed) >> (32 - raw_bits);

		if (b[h])
			return 0;
		b[h] = i + 1;
	}
	return 1;
}

static void build_raw_hash(void)
{
	unsigned seed;

	for (raw_bits = 1; (1u << raw_bits) < (unsigned)nraws * 4; raw_bits++)
		;
	for (; raw_bits <= 16; raw_bits++) {
		raw_nbuckets = 1u << raw_bits;
		free(raw_buckets);
		raw_buckets = calloc(raw_nbuckets, sizeof *raw_buckets);
		if (!raw_buckets)
			die(0, "out of memory");
		for (seed = 0; seed < 50000; seed++)
			if (place_raw(seed, raw_buckets)) {
				raw_seed = seed;
				return;
			}
	}
	die(0, "no seed places the spellings without collision");
}

/*
 * Open addressing with a seeded hash: a power-of-two table of at least
 * want buckets, and the seed (of the first 20000) whose longest probe is
 * shortest, stopping at one of 2 or less.  place(seed, table, limit) fills
 * the table and returns its longest probe, giving up past limit.  The
 * table is left filled with the best seed's placement.
 */
static int *seed_table(unsigned want, unsigned (*place_fn)(unsigned, int *, unsigned),
                       unsigned *n, unsigned *best_seed_out, unsigned *best_probe_out)
{
	unsigned seed, best = ~0u, best_at = 0;
	int *table;

	*n = 1;
	while (*n < want)
		*n <<= 1;
	table = calloc(*n, sizeof *table);
	if (!table)
		die(0, "out of memory");
	for (seed = 0; seed < 20000 && best > 2; seed++) {
		unsigned p = place_fn(seed, table, best);

		if (p < best) {
			best = p;
			best_at = seed;
		}
	}
	place_fn(best_at, table, ~0u);
	*best_seed_out = best_at;
	*best_probe_out = best;
	return table;
}

static void build_hash(void)
{
	buckets = seed_table((unsigned)nkeys * 4, place, &nbuckets, &best_seed, &best_probe);
	build_raws();
	build_raw_hash();
	build_sums();
}

/* ---------------------------------------------------------------- */
/* Output                                                            */
/* ---------------------------------------------------------------- */

static void upper_ident(char *out, const char *prefix, const char *word)
{
	char *o = out + sprintf(out, "%s", prefix);

	for (; *word; word++)
		*o++ = *word == '-' ? '_' : (char)toupper((unsigned char)*word);
	*o = '\0';
}

static void print_c_string(const char *s, size_t n)
{
	size_t i;

	putchar('"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20 || c > 0x7E)
			printf("\\%03o", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* Prints text as a C comment indented by one tab, wrapped at 72 columns. */
static void print_comment(const char *text)
{
	const char *p = text;
	int first = 1;

	while (*p) {
		size_t n = strlen(p), cut = n;

		if (n > 62) {
			for (cut = 62; cut > 0 && p[cut] != ' '; cut--)
				;
			if (cut == 0)
				cut = n;
		}
		printf("%s%.*s", first ? "\t/* " : "\t * ", (int)cut, p);
		p += cut;
		while (*p == ' ')
			p++;
		printf(*p ? "\n" : " */\n");
		first = 0;
	}
}

/* The enumerators of a list of bits, bit 0 first, each with its comment. */
static void print_bits(const char *prefix, const struct flag_info *list, size_t n)
{
	size_t f;

	for (f = 0; f < n; f++) {
		print_comment(list[f].comment);
		printf("\t%s%s = 1u << %u%s\n", prefix, list[f].enum_suffix, (unsigned)f,
		       f + 1 < n ? "," : "");
	}
}

static void emit_header(const char *tmpl, const char *maj, const char *min,
                        const char *mic)
{
	FILE *f = fopen(tmpl, "r");
	char line[MAX_LINE];

	if (!f)
		die(0, "cannot open %s: %s", tmpl, strerror(errno));
	while (fgets(line, sizeof line, f)) {
		char *p;

		if (strstr(line, "@HTTPSTATUS_DIALECTS@")) {
			size_t d;

			for (d = 0; d < NDIALECTS; d++) {
				char vb[32];

				if (*dialects[d].versions) {
					release_text(vb, newest[d]);
					printf("\t/* %s/x.y.z for releases %s; the bare name is %s/%s */\n",
					       dialects[d].product, dialects[d].versions,
					       dialects[d].product, vb);
				}
				printf("\tHTTPSTATUS_DIALECT_%s = %u,%*s/* %s%s */\n",
				       dialects[d].enum_suffix, (unsigned)d,
				       (int)(9 - strlen(dialects[d].enum_suffix)), "",
				       dialects[d].title,
				       dialects[d].server ? ", as that server sends them" : "");
			}
			printf("\tHTTPSTATUS_DIALECT_COUNT = %u  /* the number of dialects */\n",
			       (unsigned)NDIALECTS);
			continue;
		}
		if (strstr(line, "@HTTPSTATUS_FLAGS@")) {
			print_bits("HTTPSTATUS_FLAG_", flags, NFLAGS);
			continue;
		}
		if (strstr(line, "@HTTPSTATUS_FIELD_FLAGS@")) {
			print_bits("HTTPSTATUS_FIELD_", field_flags, NFIELD_FLAGS);
			continue;
		}
		if (strstr(line, "@HTTPSTATUS_CODES@")) {
			int i, j, total = 0, done = 0;

			for (i = 0; i < nrec; i++)
				total += 1 + rec[i].noldname;
			for (i = 0; i < nrec; i++) {
				printf("\tHTTPSTATUS_%s = %d%s /* %s */\n", rec[i].name, rec[i].code,
				       ++done < total ? "," : "", rec[i].dialect[0]);
				for (j = 0; j < rec[i].noldname; j++)
					printf("\tHTTPSTATUS_%s = %d%s /* older name of %s */\n",
					       rec[i].oldname[j], rec[i].code,
					       ++done < total ? "," : "", rec[i].name);
			}
			continue;
		}
		for (p = line; *p; ) {
			const char *subst = NULL;
			size_t skip = 0;

			if (strncmp(p, "@HTTPSTATUS_VERSION_MAJOR@", 26) == 0)
				subst = maj, skip = 26;
			else if (strncmp(p, "@HTTPSTATUS_VERSION_MINOR@", 26) == 0)
				subst = min, skip = 26;
			else if (strncmp(p, "@HTTPSTATUS_VERSION_MICRO@", 26) == 0)
				subst = mic, skip = 26;
			if (subst) {
				fputs(subst, stdout);
				p += skip;
			} else {
				putchar(*p++);
			}
		}
	}
	fclose(f);
}

/* Offsets of each record's strings: name, description, spec, vendor, then
 * one per dialect, then the advice; 0xFFFF for an absent string. */
#define OFF_ADVICE (4 + NDIALECTS)
static unsigned off[MAX_RECORDS][OFF_ADVICE + 1];
static unsigned change_off[MAX_RECORDS][MAX_CHANGES];
static unsigned meaning_off[MAX_RECORDS][MAX_MEANINGS][2];

/* Fills the pool in a fixed order so the output is reproducible. */
static void fill_pool(void)
{
	int i, j;
	size_t d;

	for (i = 0; i < nrec; i++) {
		off[i][0] = add_str(rec[i].name);
		off[i][1] = add_str(rec[i].desc);
		off[i][2] = add_str(rec[i].spec);
		off[i][3] = rec[i].vendor ? add_str(rec[i].vendor) : 0xFFFF;
		for (d = 0; d < NDIALECTS; d++)
			off[i][4 + d] = rec[i].dialect[d] ? add_str(rec[i].dialect[d]) : 0xFFFF;
		off[i][OFF_ADVICE] = rec[i].advice[0] ? add_str(rec[i].advice) : 0xFFFF;
		for (j = 0; j < rec[i].nchange; j++)
			change_off[i][j] = add_str(rec[i].change[j].phrase);
		for (j = 0; j < rec[i].nmeaning; j++) {
			meaning_off[i][j][0] = add_str(rec[i].meaning[j].vendor);
			meaning_off[i][j][1] = add_str(rec[i].meaning[j].phrase);
		}
	}
	for (i = 0; i < nkeys; i++)
		keys[i].off = add_bytes(keys[i].text, (size_t)keys[i].len);
	/* Up to 16 bytes, a spelling's two words hold all of it.  Longer
	 * ones keep the case of their first spelling (RFC 9110's, where it
	 * has the phrase), which a caller most often writes: the lookup
	 * compares words as they are first, and folds case only when they
	 * differ.  That is the phrase's own text, already in the pool. */
	for (i = 0; i < nraws; i++)
		raws[i].off = raws[i].len > 16 ? add_bytes(raws[i].spelt, (size_t)raws[i].len) : 0;
}

/* The length of the phrase a status line carries for record i in dialect
 * d: the dialect's own, else RFC 9110's for a document dialect, else
 * none (an empty phrase) for a server. */
static size_t line_len(int i, size_t d)
{
	const char *p = rec[i].dialect[d];

	if (!p)
		p = dialects[d].server ? "" : rec[i].dialect[0];
	if (strlen(p) > 255)
		die(rec[i].line, "code %d: a phrase longer than 255 bytes", rec[i].code);
	return strlen(p);
}

static void emit_tables_h(void)
{
	int i, nch = 0, nme = 0, nda = 0;

	for (i = 0; i < nrec; i++) {
		nch += rec[i].nchange;
		nme += rec[i].nmeaning;
		nda += rec[i].registered != 0;
	}
	printf("/* Generated by gentables from status.table: do not edit. */\n");
	printf("#ifndef HS_TABLES_H\n#define HS_TABLES_H\n\n");
	printf("#define HS_NENTRIES   %d\n", nrec);
	printf("#define HS_NKEYS      %d\n", nkeys);
	printf("#define HS_NBUCKETS   %uu\n", nbuckets);
	printf("#define HS_HASH_SEED  %uu\n", best_seed);
	printf("#define HS_MAX_PROBE  %uu\n", best_probe);
	printf("#define HS_KEY_MAX    %d\n", key_max);
	printf("#define HS_POOL_SIZE  %zu\n", pool_len);
	printf("#define HS_RAW_NKEYS     %d\n", nraws);
	printf("#define HS_RAW_NBUCKETS  %uu\n", raw_nbuckets);
	printf("#define HS_RAW_SHIFT     %uu\n", 32 - raw_bits);
	printf("#define HS_RAW_SEED      %uu\n", raw_seed);
	printf("#define HS_RAW_MAX       %d\n", raw_max);
	printf("#define HS_SUM_BITS      %d\n\n", SUM_BITS);
	printf("/* The string pool, and ahead of it the canonical phrase of every code\n"
	       " * as an offset from the start of the struct (0: none), so that\n"
	       " * httpstatus_reason() reaches both from one address. */\n");
	printf("struct hs_data {\n\ths_off reason[HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1];\n"
	       "\tchar pool[HS_POOL_SIZE];\n};\n");
	printf("static const struct hs_data hs_data;\n");
	printf("#define hs_pool (hs_data.pool)\n");
	printf("static const struct hs_entry hs_entries[HS_NENTRIES];\n");
	printf("static const uint8_t hs_index[HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1];\n");
	printf("static const struct hs_key hs_keys[HS_NKEYS];\n");
	printf("static const uint16_t hs_buckets[HS_NBUCKETS];\n");
	printf("static const struct hs_raw hs_raw_keys[HS_RAW_NKEYS + 1];\n");
	printf("static const uint8_t hs_raw_buckets[HS_RAW_NBUCKETS];\n");
	printf("static const uint32_t hs_weight[256];\n");
	printf("static const uint8_t hs_sums[HS_SUM_BITS / 8];\n\n");
	printf("/* Each of these ends with an all-zero entry. */\n");
	printf("static const struct hs_change hs_changes[%d];\n", nch + 1);
	printf("static const struct hs_range hs_ranges[%d];\n", nranges + 1);
	printf("static const struct hs_meaning hs_meanings[%d];\n", nme + 1);
	printf("static const struct hs_dates hs_dates[%d];\n", nda + 1);
	printf("/* The newest release checked, per dialect (0: a document). */\n");
	printf("static const uint32_t hs_newest[%u];\n", (unsigned)NDIALECTS);
	printf("/* The registry copy the table was checked against: YYYYMMDD. */\n");
	printf("#define HS_REGISTRY_CHECKED %lu\n\n", registry_copy);
	printf("#endif\n");
}

/* A hash table's buckets, as designated initializers: the empty ones (0)
 * are left out. */
static void print_buckets(const char *decl, const int *b, unsigned n)
{
	unsigned u;

	printf("%s = {\n", decl);
	for (u = 0; u < n; u++)
		if (b[u])
			printf("\t[%u] = %d,\n", u, b[u]);
	printf("};\n\n");
}

static void emit_tables_c(void)
{
	int i, nch;
	size_t d, p;
	unsigned u;
	char ident[128];

	printf("/* Generated by gentables from status.table: do not edit. */\n");
	printf("/* Included by libhttpstatus.c after internal.h. */\n\n");
	/* The canonical phrase of every code, one load away: the hottest call
	 * (httpstatus_reason) then needs no detour through hs_entries. */
	if (pool_len + 2 * 500 > 0xFFFF)
		die(0, "string pool exceeds %d bytes; widen hs_off", 0xFFFF - 2 * 500);
	printf("_Static_assert(sizeof(hs_off) * (HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1) == %d,\n"
	       "               \"hs_data.reason offsets\");\n\n", 2 * 500);
	printf("static const struct hs_data hs_data = {\n\t{\n");
	for (i = 0, p = 100; p <= 599; p++) {
		unsigned o = 0;

		if (i < nrec && rec[i].code == (int)p)
			o = 2 * 500 + off[i++][4];
		printf("%s%5u,%s", p % 10 == 0 ? "\t" : "", o, p % 10 == 9 ? "\n" : " ");
	}
	printf("\t},\n");
	for (p = 0; p < pool_len; ) {
		size_t n = strlen(pool + p);

		printf("\t/* %5zu */ ", p);
		print_c_string(pool + p, n);
		if (p + n + 1 < pool_len) {
			printf(" \"\\0\"\n");
		} else {
			printf("\n};\n");
		}
		p += n + 1;
	}

	printf("\nstatic const struct hs_entry hs_entries[HS_NENTRIES] = {\n");
	for (i = 0, nch = 0; i < nrec; i++) {
		char tmp[512], *w;
		int any = 0;

		printf("\t{ %d, ", rec[i].code);
		strcpy(tmp, rec[i].flags);
		for (w = strtok(tmp, " \t"); w; w = strtok(NULL, " \t"))
			printf("%sHTTPSTATUS_FLAG_%s", any++ ? " | " : "",
			       flags[table_flag(w)].enum_suffix);
		if (!any)
			printf("0");
		upper_ident(ident, "HTTPSTATUS_REGISTRY_", rec[i].registry);
		/* Where its changes start in hs_changes, which lists them in
		 * the order of the records. */
		if (nch + rec[i].nchange > 254)
			die(0, "more than 254 phrase changes do not fit hs_entry.changes");
		printf(", %s, %d,\n\t  %u, %u, %u, %u, {", ident,
		       rec[i].nchange ? nch + 1 : 0, off[i][0], off[i][1], off[i][2], off[i][3]);
		nch += rec[i].nchange;
		for (d = 0; d < NDIALECTS; d++)
			printf(" %u%s", off[i][4 + d], d + 1 < NDIALECTS ? "," : " }");
		printf(", %u,\n\t  {", off[i][OFF_ADVICE]);
		for (d = 0; d < NDIALECTS; d++)
			printf(" %zu%s", line_len(i, d), d + 1 < NDIALECTS ? "," : " }");
		printf(" },\n");
	}
	printf("};\n\n");

	printf("static const uint8_t hs_index[HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1] = {\n");
	for (i = 0; i < nrec; i++)
		printf("\t[%d - HTTPSTATUS_MIN] = %d,\n", rec[i].code, i + 1);
	printf("};\n\n");

	printf("static const struct hs_key hs_keys[HS_NKEYS] = {\n");
	for (i = 0; i < nkeys; i++) {
		printf("\t{ %u, %d, %s, %d }, /* ", keys[i].off, keys[i].len,
		       match_enum[keys[i].match], keys[i].code);
		fwrite(keys[i].text, 1, (size_t)keys[i].len, stdout);
		printf(" */\n");
	}
	printf("};\n\n");

	print_buckets("static const uint16_t hs_buckets[HS_NBUCKETS]", buckets, nbuckets);

	/* The spellings share the code and match kind of their key. */
	/* Entry 0 stands for an empty bucket: its length 0 matches nothing. */
	printf("static const struct hs_raw hs_raw_keys[HS_RAW_NKEYS + 1] = {\n");
	printf("\t{ 0, 0, 0, 0, 0, 0, HTTPSTATUS_MATCH_NONE, 0 }, /* (empty bucket) */\n");
	for (i = 0; i < nraws; i++) {
		const struct key *k = &keys[raws[i].key];
		const unsigned char *t = (const unsigned char *)raws[i].text;
		uint64_t head = hs_raw_head(t, (size_t)raws[i].len);
		uint64_t tail = hs_raw_tail(t, (size_t)raws[i].len);

		printf("\t{ 0x%016llxu, 0x%016llxu, 0x%016llxu, 0x%016llxu,\n\t  %u, %d, %s, %d }, /* ",
		       (unsigned long long)head, (unsigned long long)tail,
		       (unsigned long long)~case_bits(head), (unsigned long long)~case_bits(tail),
		       raws[i].off, raws[i].len, match_enum[k->match], k->code);
		fwrite(raws[i].text, 1, (size_t)raws[i].len, stdout);
		printf(" */\n");
	}
	printf("};\n\n");

	print_buckets("static const uint8_t hs_raw_buckets[HS_RAW_NBUCKETS]", raw_buckets,
	              raw_nbuckets);

	printf("static const uint32_t hs_weight[256] = {\n");
	for (u = 0; u < 256; u++)
		printf("%s0x%08lxu,%s", u % 6 == 0 ? "\t" : "", (unsigned long)weight[u],
		       u % 6 == 5 || u == 255 ? "\n" : " ");
	printf("};\n\n");

	printf("static const uint8_t hs_sums[HS_SUM_BITS / 8] = {\n");
	for (u = 0; u < SUM_BITS / 8; u++)
		if (sums[u])
			printf("\t[%u] = 0x%02x,\n", u, sums[u]);
	printf("};\n");
	printf("\n");
	/* Sorted by code, dialect and release: a lookup takes the last change
	 * of its code and dialect at or before the release. */
	printf("static const struct hs_change hs_changes[] = {\n");
	for (i = 0; i < nrec; i++)
		for (d = 0; d < NDIALECTS; d++) {
			int j;

			for (j = 0; j < rec[i].nchange; j++)
				if (rec[i].change[j].dialect == d)
					printf("\t{ %lu, %d, %u, %u },\n", rec[i].change[j].since,
					       rec[i].code, (unsigned)d, change_off[i][j]);
		}
	printf("\t{ 0, 0, 0, 0 }\n};\n\n");

	printf("static const struct hs_range hs_ranges[] = {\n");
	for (i = 0; i < nranges; i++)
		printf("\t{ %lu, %lu, %u },\n", ranges[i].first, ranges[i].last,
		       (unsigned)ranges[i].dialect);
	printf("\t{ 0, 0, 0 }\n};\n\n");

	printf("static const uint32_t hs_newest[%u] = {", (unsigned)NDIALECTS);
	for (d = 0; d < NDIALECTS; d++)
		printf(" %lu%s", newest[d], d + 1 < NDIALECTS ? "," : " ");
	printf("};\n\n");

	printf("static const struct hs_meaning hs_meanings[] = {\n");
	for (i = 0; i < nrec; i++) {
		int j;

		for (j = 0; j < rec[i].nmeaning; j++)
			printf("\t{ %d, %u, %u },\n", rec[i].code, meaning_off[i][j][0],
			       meaning_off[i][j][1]);
	}
	printf("\t{ 0, 0, 0 }\n};\n\n");

	printf("static const struct hs_dates hs_dates[] = {\n");
	for (i = 0; i < nrec; i++)
		if (rec[i].registered)
			printf("\t{ %d, %lu, %lu, %lu },\n", rec[i].code, rec[i].registered,
			       rec[i].extended, rec[i].expires);
	printf("\t{ 0, 0, 0, 0 }\n};\n");
}

/* ---------------------------------------------------------------- */
/* fields.table: header fields, rules and findings                    */
/* ---------------------------------------------------------------- */

#define MAX_FIELDS    1024
#define MAX_KINDS     256
#define MAX_CODES     4
#define FIELD_NAME_MAX 64               /* HTTPSTATUS_FIELD_NAME_MAX */


static unsigned field_flag_bit(const char *name)
{
	size_t i;

	for (i = 0; i < NFIELD_FLAGS; i++)
		if (strcmp(field_flags[i].name, name) == 0)
			return 1u << i;
	die(0, "fieldflags.def has no flag '%s'", name);
	return 0;
}

static const char *const field_status_words[] = {
	"unregistered", "permanent", "provisional", "deprecated", "obsoleted",
};
static const char *const strength_words[] = {
	"", "MUST", "SHOULD", "MAY", "SHOULD-NOT", "MUST-NOT",
};
static const char *const severity_words[] = { "", "note", "warning", "error" };
/* The library's HS_CHECK_* values, in this order (internal.h). */
static const char *const check_words[] = {
	"none", "missing", "present", "nonzero", "content", "single-part-missing",
	"multipart-present",
};
static const char *const check_enum[] = {
	"HS_CHECK_NONE", "HS_CHECK_MISSING", "HS_CHECK_PRESENT", "HS_CHECK_NONZERO",
	"HS_CHECK_CONTENT", "HS_CHECK_SINGLE_PART_MISSING", "HS_CHECK_MULTIPART_PRESENT",
};
#define NWORDS(a) (sizeof(a) / sizeof((a)[0]))

struct field {
	int line;
	char *name;
	char *spec;
	int status;
	unsigned flags;
	unsigned off_name, off_spec;
};

struct kind {
	int line;
	int is_rule;
	char *id;
	int codes[MAX_CODES];
	int ncodes;
	char *field;
	int field_index;                    /* -1: none */
	int strength;
	char *when;
	int method_connect;
	int check;
	int severity;
	char *ref;
	char *message;
	unsigned off_id, off_message, off_ref, off_when;
};

static struct field fld[MAX_FIELDS];
static int nfld;
static struct kind knd[MAX_KINDS];
static int nknd;
static unsigned fbuckets_n, fbest_seed, fbest_probe;
static int *fbuckets;

static int ci_equal(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (hs_lower((unsigned char)*a) != hs_lower((unsigned char)*b))
			return 0;
	return *a == *b;
}

static int is_tchar(int c)
{
	return isalnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int find_field(const char *name)
{
	int i;

	for (i = 0; i < nfld; i++)
		if (ci_equal(fld[i].name, name))
			return i;
	return -1;
}

/* Splits off the next blank-separated word of *p. */
static char *next_word(char **p)
{
	char *s = *p, *w;

	while (*s == ' ' || *s == '\t')
		s++;
	if (!*s)
		return NULL;
	w = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return w;
}

static void field_line(char *p, int line)
{
	struct field *f;
	char *name = next_word(&p), *status = next_word(&p), *use = next_word(&p);
	char *kind = next_word(&p), *value = next_word(&p), *spec, *w;
	int st;

	if (!name || !status || !use || !kind || !value)
		die(line, "a field line needs NAME STATUS USE RFC2616 VALUE REFERENCE");
	spec = value_of(p);
	if (!*spec)
		die(line, "field %s: missing reference", name);
	if (nfld == MAX_FIELDS)
		die(line, "too many fields");
	if (strlen(name) > FIELD_NAME_MAX)
		die(line, "field name longer than %d bytes", FIELD_NAME_MAX);
	for (w = name; *w; w++)
		if (!is_tchar((unsigned char)*w))
			die(line, "field name '%s' is not a token", name);
	if (find_field(name) >= 0)
		die(line, "field %s listed twice", name);
	st = word_index(status, field_status_words, NWORDS(field_status_words));
	if (st < 0)
		die(line, "unknown registry status '%s'", status);
	f = &fld[nfld++];
	f->line = line;
	f->name = xstrdup(name);
	f->spec = xstrdup(spec);
	f->status = st;
	if (strcmp(use, "req") == 0)
		f->flags |= field_flag_bit("request");
	else if (strcmp(use, "resp") == 0)
		f->flags |= field_flag_bit("response");
	else if (strcmp(use, "both") == 0)
		f->flags |= field_flag_bit("request") | field_flag_bit("response");
	else if (strcmp(use, "-") != 0)
		die(line, "USE must be req, resp, both or -");
	if (strcmp(kind, "-") != 0) {
		char tmp[64];

		if (strcmp(kind, "general") && strcmp(kind, "request") &&
		    strcmp(kind, "response") && strcmp(kind, "entity"))
			die(line, "RFC2616 must be general, request, response, entity or -");
		snprintf(tmp, sizeof tmp, "rfc2616-%s", kind);
		f->flags |= field_flag_bit(tmp);
	}
	if (strcmp(value, "-") != 0) {
		for (w = strtok(value, ","); w; w = strtok(NULL, ",")) {
			if (strcmp(w, "single") == 0)
				f->flags |= field_flag_bit("singleton");
			else if (strcmp(w, "list") == 0)
				f->flags |= field_flag_bit("list");
			else if (strcmp(w, "conn") == 0)
				f->flags |= field_flag_bit("connection");
			else
				die(line, "VALUE words are single, list and conn, not '%s'", w);
		}
		if ((f->flags & field_flag_bit("singleton")) && (f->flags & field_flag_bit("list")))
			die(line, "field %s: single and list at once", name);
	}
}

static void finish_kind(struct kind *k)
{
	if (!k->ref)
		die(k->line, "%s: missing ref", k->id);
	if (!k->message)
		die(k->line, "%s: missing message", k->id);
	if (k->is_rule) {
		if (!k->ncodes)
			die(k->line, "%s: missing codes", k->id);
		if (!k->strength)
			die(k->line, "%s: missing strength", k->id);
		if (k->check > 0 && !k->severity)
			die(k->line, "%s: a checked rule needs a severity", k->id);
		if (k->check == 0 && k->severity)
			die(k->line, "%s: severity without a check", k->id);
		if (k->severity == 3 && k->strength != 1 && k->strength != 5)
			die(k->line, "%s: only a MUST or MUST NOT can be an error", k->id);
		if (k->check >= 1 && k->check != 4 && k->field_index < 0)
			die(k->line, "%s: this check needs a field", k->id);
		if ((k->check == 1 || k->check == 5) && k->strength != 1 && k->strength != 2)
			die(k->line, "%s: 'missing' checks go with MUST or SHOULD", k->id);
		if ((k->check == 2 || k->check == 3 || k->check == 4 || k->check == 6) &&
		    k->strength != 4 && k->strength != 5)
			die(k->line, "%s: 'present' checks go with MUST NOT or SHOULD NOT", k->id);
	} else {
		if (!k->severity)
			die(k->line, "%s: missing severity", k->id);
		if (k->ncodes || k->field || k->strength || k->when || k->check >= 0)
			die(k->line, "%s: a finding has only severity, ref and message", k->id);
	}
}

static void read_fields(const char *path)
{
	FILE *f = fopen(path, "r");
	char buf[MAX_LINE + 2];
	int line = 0, section = 0;          /* 0 before, 1 fields, 2 records */
	struct kind *k = NULL;
	int i;

	table_path = path;
	if (!f)
		die(0, "cannot open %s: %s", path, strerror(errno));
	while (fgets(buf, sizeof buf, f)) {
		char *p, *key, *val;
		size_t n = strlen(buf);

		line++;
		if (n == sizeof buf - 1 && buf[n - 1] != '\n')
			die(line, "line too long");
		while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			buf[--n] = '\0';
		for (p = buf; *p; p++)
			if ((unsigned char)*p > 0x7E || ((unsigned char)*p < 0x20 && *p != '\t'))
				die(line, "non-ASCII or control byte");
		p = buf;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#')
			continue;
		if (!*p) {
			if (section == 1)
				section = 2;
			if (k)
				finish_kind(k);
			k = NULL;
			continue;
		}
		if (section == 0) {
			if (strcmp(p, "fields") != 0)
				die(line, "the table starts with a line 'fields'");
			section = 1;
			continue;
		}
		if (section == 1) {
			field_line(p, line);
			continue;
		}
		key = next_word(&p);
		val = value_of(p);
		if (!k) {
			int rule = strcmp(key, "rule") == 0;

			if (!rule && strcmp(key, "finding") != 0)
				die(line, "a record starts with 'rule ID' or 'finding ID'");
			if (nknd == MAX_KINDS)
				die(line, "too many records");
			k = &knd[nknd++];
			memset(k, 0, sizeof *k);
			k->line = line;
			k->is_rule = rule;
			k->field_index = -1;
			k->check = -1;
			for (p = val; *p; p++)
				if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
					die(line, "id '%s': lowercase letters, digits and hyphens only", val);
			if (!*val)
				die(line, "empty id");
			for (i = 0; i < nknd - 1; i++)
				if (strcmp(knd[i].id, val) == 0)
					die(line, "id %s used twice", val);
			k->id = xstrdup(val);
			continue;
		}
		if (!*val)
			die(line, "%s: empty value for '%s'", k->id, key);
		if (strcmp(key, "codes") == 0) {
			char *w;

			if (k->ncodes)
				die(line, "%s: codes given twice", k->id);
			for (w = next_word(&val); w; w = next_word(&val)) {
				int c;

				if (k->ncodes == MAX_CODES)
					die(line, "%s: at most %d codes or classes", k->id, MAX_CODES);
				if (strlen(w) == 3 && w[0] >= '1' && w[0] <= '5' && strcmp(w + 1, "xx") == 0)
					c = w[0] - '0';
				else if (strlen(w) == 3 && isdigit((unsigned char)w[0]) &&
				         isdigit((unsigned char)w[1]) && isdigit((unsigned char)w[2]) &&
				         (c = atoi(w)) >= 100 && c <= 599)
					;
				else
					die(line, "%s: '%s' is neither a code nor a class like 2xx", k->id, w);
				k->codes[k->ncodes++] = c;
			}
		} else if (strcmp(key, "field") == 0) {
			if (k->field)
				die(line, "%s: field given twice", k->id);
			k->field = xstrdup(val);
			k->field_index = find_field(val);
			if (k->field_index < 0)
				die(line, "%s: field %s is not in the fields list", k->id, val);
			if (strcmp(fld[k->field_index].name, val) != 0)
				die(line, "%s: spell the field %s as the list does", k->id,
				    fld[k->field_index].name);
		} else if (strcmp(key, "strength") == 0) {
			k->strength = word_index(val, strength_words, NWORDS(strength_words));
			if (k->strength <= 0)
				die(line, "%s: unknown strength '%s'", k->id, val);
		} else if (strcmp(key, "when") == 0) {
			if (k->when)
				die(line, "%s: when given twice", k->id);
			k->when = xstrdup(val);
		} else if (strcmp(key, "method") == 0) {
			if (strcmp(val, "connect") != 0)
				die(line, "%s: the only method condition is connect", k->id);
			k->method_connect = 1;
		} else if (strcmp(key, "check") == 0) {
			if (k->check >= 0)
				die(line, "%s: check given twice", k->id);
			k->check = word_index(val, check_words, NWORDS(check_words));
			if (k->check < 0)
				die(line, "%s: unknown check '%s'", k->id, val);
		} else if (strcmp(key, "severity") == 0) {
			k->severity = word_index(val, severity_words, NWORDS(severity_words));
			if (k->severity <= 0)
				die(line, "%s: unknown severity '%s'", k->id, val);
		} else if (strcmp(key, "ref") == 0) {
			if (k->ref)
				die(line, "%s: ref given twice", k->id);
			k->ref = xstrdup(val);
		} else if (strcmp(key, "message") == 0) {
			if (k->message)
				die(line, "%s: message given twice", k->id);
			k->message = xstrdup(val);
		} else if (strcmp(key, "note") != 0) {
			die(line, "%s: unknown key '%s'", k->id, key);
		}
	}
	if (ferror(f))
		die(0, "error reading %s", path);
	fclose(f);
	if (k)
		finish_kind(k);
	if (!nfld)
		die(0, "%s lists no fields", path);
	for (i = 0; i < nknd; i++) {
		if (knd[i].is_rule && knd[i].check < 0)
			die(knd[i].line, "%s: missing check", knd[i].id);
		if (knd[i].check < 0)
			knd[i].check = 0;
	}
}

static unsigned fplace(unsigned seed, int *b, unsigned limit)
{
	unsigned worst = 0, mask = fbuckets_n - 1;
	int i;

	memset(b, 0, fbuckets_n * sizeof *b);
	for (i = 0; i < nfld; i++) {
		unsigned h = hs_field_hash(fld[i].name, strlen(fld[i].name), seed) & mask;
		unsigned probe = 1;

		while (b[h]) {
			h = (h + 1) & mask;
			if (++probe > limit)
				return probe;
		}
		b[h] = i + 1;
		if (probe > worst)
			worst = probe;
	}
	return worst;
}

static void build_field_hash(void)
{
	fbuckets = seed_table((unsigned)nfld * 2, fplace, &fbuckets_n, &fbest_seed, &fbest_probe);
}

/* The fields' strings go to a pool of their own, hs_fpool. */
static void fill_field_pool(void)
{
	int i;

	pool_len = 1;
	pool[0] = '\0';
	for (i = 0; i < nfld; i++) {
		fld[i].off_name = add_str(fld[i].name);
		fld[i].off_spec = add_str(fld[i].spec);
	}
	for (i = 0; i < nknd; i++) {
		knd[i].off_id = add_str(knd[i].id);
		knd[i].off_message = add_str(knd[i].message);
		knd[i].off_ref = add_str(knd[i].ref);
		knd[i].off_when = knd[i].when ? add_str(knd[i].when) : 0xFFFF;
	}
}

/* NAME in C identifier form: letters uppercased, others as '_'. */
static void c_ident(char *out, const char *prefix, const char *name)
{
	char *o = out + sprintf(out, "%s", prefix);

	for (; *name; name++)
		*o++ = isalnum((unsigned char)*name) ? (char)toupper((unsigned char)*name) : '_';
	*o = '\0';
}

static void emit_fields_h(void)
{
	int i;
	char ident[160];

	printf("/* Generated by gentables from fields.table: do not edit. */\n");
	printf("#ifndef HS_FIELDTABLES_H\n#define HS_FIELDTABLES_H\n\n");
	printf("#define HS_NFIELDS     %d\n", nfld);
	printf("#define HS_NFBUCKETS   %uu\n", fbuckets_n);
	printf("#define HS_FHASH_SEED  %uu\n", fbest_seed);
	printf("#define HS_FMAX_PROBE  %uu\n", fbest_probe);
	printf("#define HS_NKINDS      %d\n", nknd);
	printf("#define HS_FPOOL_SIZE  %zu\n\n", pool_len);
	printf("/* Fields the checker names, by index into hs_fields. */\nenum {\n");
	for (i = 0; i < nfld; i++) {
		if (!isalpha((unsigned char)fld[i].name[0]))
			continue;
		c_ident(ident, "HS_FLD_", fld[i].name);
		printf("\t%s = %d,\n", ident, i);
	}
	printf("};\n\n/* Rules and findings, by index into hs_kinds. */\nenum {\n");
	for (i = 0; i < nknd; i++) {
		c_ident(ident, "HS_K_", knd[i].id);
		printf("\t%s = %d,\n", ident, i);
	}
	printf("};\n\n");
	printf("static const char hs_fpool[HS_FPOOL_SIZE];\n");
	printf("static const struct hs_field hs_fields[HS_NFIELDS];\n");
	printf("static const uint16_t hs_fbuckets[HS_NFBUCKETS];\n");
	printf("static const struct hs_kind hs_kinds[HS_NKINDS];\n\n");
	printf("#endif\n");
}

static void emit_fields_c(void)
{
	int i, c;
	size_t p, b;
	unsigned u;

	printf("/* Generated by gentables from fields.table: do not edit. */\n");
	printf("/* Included by libhttpstatus.c after internal.h. */\n\n");
	printf("static const char hs_fpool[HS_FPOOL_SIZE] =\n");
	for (p = 0; p < pool_len; ) {
		size_t n = strlen(pool + p);

		printf("\t/* %5zu */ ", p);
		print_c_string(pool + p, n);
		printf(p + n + 1 < pool_len ? " \"\\0\"\n" : ";\n");
		p += n + 1;
	}
	printf("\nstatic const struct hs_field hs_fields[HS_NFIELDS] = {\n");
	for (i = 0; i < nfld; i++) {
		int any = 0;

		printf("\t{ %u, %u, ", fld[i].off_name, fld[i].off_spec);
		for (b = 0; b < NFIELD_FLAGS; b++)
			if (fld[i].flags & (1u << b))
				printf("%sHTTPSTATUS_FIELD_%s", any++ ? " | " : "",
				       field_flags[b].enum_suffix);
		if (!any)
			printf("0");
		printf(", %d, %zu }, /* %s */\n", fld[i].status, strlen(fld[i].name), fld[i].name);
	}
	printf("};\n\n");
	print_buckets("static const uint16_t hs_fbuckets[HS_NFBUCKETS]", fbuckets, fbuckets_n);
	printf("static const struct hs_kind hs_kinds[HS_NKINDS] = {\n");
	for (i = 0; i < nknd; i++) {
		const struct kind *k = &knd[i];

		printf("\t{ %u, %u, %u, %u, {", k->off_id, k->off_message, k->off_ref, k->off_when);
		for (c = 0; c < MAX_CODES; c++)
			printf(" %d%s", c < k->ncodes ? k->codes[c] : 0, c + 1 < MAX_CODES ? "," : " },");
		printf(" %d, %d, %d, %s, %d }, /* %s */\n", k->field_index + 1, k->strength,
		       k->severity, check_enum[k->check], k->method_connect, k->id);
	}
	printf("};\n");
}

static void usage(void)
{
	fprintf(stderr,
	        "usage: gentables header TABLE TEMPLATE MAJOR MINOR MICRO\n"
	        "       gentables tables-h TABLE\n"
	        "       gentables tables-c TABLE\n"
	        "       gentables check TABLE\n"
	        "       gentables fields-h FIELDS\n"
	        "       gentables fields-c FIELDS\n"
	        "       gentables check-fields FIELDS\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		usage();
	if (strncmp(argv[1], "fields-", 7) == 0 || strcmp(argv[1], "check-fields") == 0) {
		if (argc != 3)
			usage();
		read_fields(argv[2]);
		build_field_hash();
		fill_field_pool();
		if (strcmp(argv[1], "fields-h") == 0)
			emit_fields_h();
		else if (strcmp(argv[1], "fields-c") == 0)
			emit_fields_c();
		else if (strcmp(argv[1], "check-fields") == 0)
			printf("%d fields, %d rules and findings, %u buckets, longest probe %u, "
			       "pool %zu bytes\n", nfld, nknd, fbuckets_n, fbest_probe, pool_len);
		else
			usage();
		if (fflush(stdout) != 0 || ferror(stdout))
			die(0, "write error");
		return 0;
	}
	read_ranges();
	read_table(argv[2]);

	check_names();
	build_keys();
	if (nrec > 254)
		die(0, "more than 254 records do not fit hs_index");
	if (key_max > 255)
		die(0, "key longer than 255 bytes");

	if (strcmp(argv[1], "header") == 0 && argc == 7) {
		emit_header(argv[3], argv[4], argv[5], argv[6]);
	} else if (strcmp(argv[1], "tables-h") == 0 && argc == 3) {
		build_hash();
		fill_pool();
		emit_tables_h();
	} else if (strcmp(argv[1], "tables-c") == 0 && argc == 3) {
		build_hash();
		fill_pool();
		emit_tables_c();
	} else if (strcmp(argv[1], "check") == 0 && argc == 3) {
		build_hash();
		printf("%d codes, %d keys, %u buckets, longest probe %u\n", nrec, nkeys,
		       nbuckets, best_probe);
		printf("%d spellings, %u buckets, no collision (seed %u)\n", nraws, raw_nbuckets,
		       raw_seed);
	} else {
		usage();
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		die(0, "write error");
	return 0;
}
