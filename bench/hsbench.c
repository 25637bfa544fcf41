/* SPDX-License-Identifier: MIT */
/*
 * hsbench: times libhttpstatus against the baselines of baseline.c.
 *
 * Every measure is a pair of loops, one calling the library and one the
 * baseline, over the same inputs.  Inputs come from arrays filled at run
 * time in a shuffled order, and every result is folded into an accumulator
 * that ends in a volatile sink, so the compiler can neither precompute nor
 * drop the work.  Before anything is timed, every answer of every baseline
 * is checked against the library's on the very inputs the loops use.
 *
 * Each loop is calibrated to run for about --target-ms, warmed up once,
 * then timed --reps times with CLOCK_MONOTONIC, library and baseline
 * alternating so that a slow moment hits both.  The result is the median
 * per-call time of each side.
 *
 * Output is one tab-separated record per line for bench/run:
 *   info    KEY  VALUE
 *   row     SECTION  ID  WHAT  LIB_NS  BASELINE  BASE_NS  GOAL
 *   growth  LENGTH  NS
 * GOAL is a comma-separated list of "ratio<=X" and "ns<=X" terms, or "-";
 * ratio is LIB_NS / BASE_NS.  The other benchmarks (bench.py, bench.lua,
 * bench-resty.lua) print row records too, and "note SECTION TEXT".
 *
 * With --loop NAME ITERS it runs one loop once and prints nothing else;
 * bench/run uses that under callgrind to count instructions per call.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "httpstatus.h"
#include "baseline.h"

#define NOINLINE __attribute__((noinline))

/* Every input sequence has SEQ entries drawn at random from its set. */
#define SEQ      4096u
#define SEQ_MASK (SEQ - 1)
#define MIB      (1024u * 1024u)
#define GROW_MAX 64
#define GROW_SET 16

static volatile uint64_t sink;

static int opt_reps = 9;
static double opt_target_ms = 20.0;
static int opt_quick;

/* ---------------------------------------------------------------- */
/* Inputs                                                            */
/* ---------------------------------------------------------------- */

static int known[1000];                /* every code the library knows */
static int nknown;

static int code_seq[SEQ];              /* known codes, shuffled */
static const char *table[600];         /* the plain table, indexed inline */

static const char *canon_seq[SEQ];     /* canonical phrases */
static const char *alias_seq[SEQ];     /* other dialects' phrases */
static const char *miss_seq[SEQ];      /* near misses */
static size_t nalias_set;

struct line {
	char text[128];
	size_t len;
};
static struct line line_set[1000];
static int line_seq[SEQ];

static char grow_text[GROW_SET][GROW_MAX + 1];
static const char *grow_seq[GROW_SET];
static char *mib;                      /* 1 MiB of 'a', NUL-terminated */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint32_t rng(void)
{
	/* xorshift64*: a fixed seed gives the same inputs on every run. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 0x2545F4914F6CDD1Du) >> 32);
}

static void die(const char *what)
{
	fprintf(stderr, "hsbench: %s\n", what);
	exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p)
		die("out of memory");
	return p;
}

/* Fills seq with SEQ random picks from the n strings of set. */
static void fill_seq(const char **seq, const char *const *set, size_t n)
{
	size_t i;

	if (!n)
		die("an input set is empty");
	for (i = 0; i < SEQ; i++)
		seq[i] = set[rng() % n];
}

static void setup(void)
{
	const char **canon, **alias, **miss;
	size_t ncanon = 0, nmiss = 0, i;
	int code, d, k;

	if (bl_init() != 0)
		die("baseline: out of memory");
	for (code = 0; code < 600; code++)
		table[code] = httpstatus_reason(code);
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL))
		if (nknown < (int)(sizeof known / sizeof known[0]))
			known[nknown++] = code;
	if (!nknown)
		die("the library knows no code");
	for (i = 0; i < SEQ; i++)
		code_seq[i] = known[rng() % (unsigned int)nknown];

	canon = xcalloc((size_t)nknown, sizeof *canon);
	miss = xcalloc((size_t)nknown, sizeof *miss);
	alias = xcalloc((size_t)nknown * 8, sizeof *alias);
	for (k = 0; k < nknown; k++) {
		const char *p = httpstatus_reason(known[k]);
		size_t len;
		char *m;
		int match;

		if (!p)
			continue;
		canon[ncanon++] = p;
		/* A near miss: the phrase with its last letter changed. */
		len = strlen(p);
		m = xcalloc(len + 2, 1);
		memcpy(m, p, len);
		m[len - 1] = m[len - 1] == 'q' ? 'z' : 'q';
		if (httpstatus_from_reason(m) == HTTPSTATUS_ERR_NOT_FOUND)
			miss[nmiss++] = m;
		else
			free(m);
		for (d = 1; httpstatus_dialect_name(d); d++) {
			const char *a = httpstatus_reason_dialect(known[k], d);

			if (a && *a && httpstatus_match_reason(a, strlen(a), &match) ==
			               known[k] && match != HTTPSTATUS_MATCH_CANONICAL &&
			    nalias_set < (size_t)nknown * 8) {
				for (i = 0; i < nalias_set && strcmp(alias[i], a); i++)
					;
				if (i == nalias_set)
					alias[nalias_set++] = a;
			}
		}
	}
	fill_seq(canon_seq, canon, ncanon);
	fill_seq(alias_seq, alias, nalias_set);
	fill_seq(miss_seq, miss, nmiss);
	free(canon);
	free(alias);
	free(miss);        /* the strings themselves stay: miss_seq uses them */

	for (k = 0; k < nknown; k++) {
		int n = httpstatus_format_status_line(line_set[k].text,
		                                      sizeof line_set[k].text, 1, 1,
		                                      known[k], HTTPSTATUS_DIALECT_DEFAULT);

		if (n < 0 || (size_t)n >= sizeof line_set[k].text)
			die("cannot format a status line");
		line_set[k].len = (size_t)n;
	}
	for (i = 0; i < SEQ; i++)
		line_seq[i] = (int)(rng() % (unsigned int)nknown);

	mib = xcalloc(MIB + 1, 1);
	memset(mib, 'a', MIB);
}

/* GROW_SET different strings of len letters, all unknown phrases. */
static void set_grow_length(int len)
{
	int s, j;

	for (s = 0; s < GROW_SET; s++) {
		for (j = 0; j < len; j++)
			grow_text[s][j] = (char)('a' + (s * 7 + j * 3) % 26);
		grow_text[s][len] = '\0';
		/* Never a real phrase: bump the first letter until it misses. */
		while (httpstatus_from_reason(grow_text[s]) != HTTPSTATUS_ERR_NOT_FOUND)
			grow_text[s][0] = (char)(grow_text[s][0] == 'z' ? 'a' : grow_text[s][0] + 1);
		grow_seq[s] = grow_text[s];
	}
}

/* ---------------------------------------------------------------- */
/* Checks: every baseline answer equals the library's                */
/* ---------------------------------------------------------------- */

static unsigned long checked;

static void expect(int cond, const char *what, const char *input)
{
	checked++;
	if (!cond) {
		fprintf(stderr, "hsbench: baseline disagrees with the library: %s (input '%s')\n",
		        what, input);
		exit(1);
	}
}

/* Equal strings, or both NULL. */
static int same_str(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : a == b;
}

static void check_phrases(const char *const *seq, const char *what)
{
	size_t i;

	for (i = 0; i < SEQ; i++)
		expect(bl_from_reason(seq[i]) == httpstatus_from_reason(seq[i]), what, seq[i]);
}

static void verify(void)
{
	static const int odd[] = { -1, 0, 99, 600, 999, 1000, -2147483647 - 1, 2147483647 };
	char a[128], b[128];
	size_t i;
	int code;

	for (code = 0; code < 600; code++) {
		expect(table[code] == httpstatus_reason(code), "table[code]", "");
		expect(bl_reason(code) == httpstatus_reason(code), "bl_reason(code)", "");
		expect(same_str(bl_reason_offset(code), httpstatus_reason(code)),
		       "bl_reason_offset(code)", "");
	}
	for (i = 0; i < sizeof odd / sizeof odd[0]; i++)
		expect(bl_reason(odd[i]) == NULL && bl_reason_offset(odd[i]) == NULL &&
		       httpstatus_reason(odd[i]) == NULL,
		       "reason of an out-of-range code", "");

	check_phrases(canon_seq, "reverse lookup, canonical phrase");
	check_phrases(alias_seq, "reverse lookup, other dialect");
	check_phrases(miss_seq, "reverse lookup, miss");
	for (i = 0; i < SEQ; i++) {
		int m;

		httpstatus_match_reason(canon_seq[i], strlen(canon_seq[i]), &m);
		expect(m == HTTPSTATUS_MATCH_CANONICAL, "canonical input matches canonically",
		       canon_seq[i]);
		httpstatus_match_reason(alias_seq[i], strlen(alias_seq[i]), &m);
		expect(m == HTTPSTATUS_MATCH_DIALECT || m == HTTPSTATUS_MATCH_ALIAS,
		       "alias input matches as an alias", alias_seq[i]);
		expect(httpstatus_from_reason(miss_seq[i]) == HTTPSTATUS_ERR_NOT_FOUND,
		       "miss input misses", miss_seq[i]);
	}

	for (i = 0; i < (size_t)nknown; i++) {
		int la = httpstatus_format_status_line(a, sizeof a, 1, 1, known[i], 0);
		int lb = bl_format(b, sizeof b, 1, 1, known[i]);

		expect(la == lb && strcmp(a, b) == 0, "formatted status line", a);
	}
	for (i = 0; i < (size_t)nknown; i++) {
		const struct line *l = &line_set[i];
		int ma = -1, mia = -1, ca = -1, mb = -2, mib_ = -2, cb = -2;
		const char *ra = NULL, *rb = NULL;
		size_t rla = 0, rlb = 1, ea = 0, eb = 1;
		int rca = httpstatus_parse_status_line(l->text, l->len, 0, &ma, &mia, &ca,
		                                       &ra, &rla, &ea);
		int rcb = bl_parse(l->text, &mb, &mib_, &cb, &rb, &rlb, &eb);

		expect(rca == 0 && rcb == 0 && ma == mb && mia == mib_ && ca == cb &&
		       ra == rb && rla == rlb && ea == eb && ea == l->len,
		       "parsed status line", l->text);
	}

	for (i = 1; i <= GROW_MAX; i++) {
		int s;

		set_grow_length((int)i);
		for (s = 0; s < GROW_SET; s++)
			expect(httpstatus_from_reason(grow_seq[s]) == HTTPSTATUS_ERR_NOT_FOUND &&
			       strlen(grow_seq[s]) == i, "growth input misses", grow_seq[s]);
	}
	expect(httpstatus_from_reason(mib) == HTTPSTATUS_ERR_TOO_LONG,
	       "1 MiB phrase is rejected as too long", "aaa...");
	expect(httpstatus_match_reason(mib, MIB, NULL) == HTTPSTATUS_ERR_TOO_LONG,
	       "1 MiB phrase (with length) is rejected as too long", "aaa...");
}

/* ---------------------------------------------------------------- */
/* The timed loops                                                   */
/* ---------------------------------------------------------------- */

typedef uint64_t (*loop_fn)(size_t iters);

NOINLINE static uint64_t loop_reason_lib(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (uintptr_t)httpstatus_reason(code_seq[i & SEQ_MASK]);
	return acc;
}

NOINLINE static uint64_t loop_reason_table(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		int c = code_seq[i & SEQ_MASK];

		acc += (uintptr_t)((unsigned int)c < 600 ? table[c] : NULL);
	}
	return acc;
}

NOINLINE static uint64_t loop_reason_call(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (uintptr_t)bl_reason(code_seq[i & SEQ_MASK]);
	return acc;
}

NOINLINE static uint64_t loop_reason_offset(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (uintptr_t)bl_reason_offset(code_seq[i & SEQ_MASK]);
	return acc;
}

#define PHRASE_LOOPS(name, seq)                                           \
	NOINLINE static uint64_t loop_##name##_lib(size_t iters)          \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (unsigned int)httpstatus_from_reason(seq[i & SEQ_MASK]); \
		return acc;                                               \
	}                                                                 \
	NOINLINE static uint64_t loop_##name##_scan(size_t iters)         \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (unsigned int)bl_from_reason(seq[i & SEQ_MASK]); \
		return acc;                                               \
	}

PHRASE_LOOPS(canon, canon_seq)
PHRASE_LOOPS(alias, alias_seq)
PHRASE_LOOPS(miss, miss_seq)

NOINLINE static uint64_t loop_format_lib(size_t iters)
{
	char buf[128];
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		int n = httpstatus_format_status_line(buf, sizeof buf, 1, 1,
		                                      code_seq[i & SEQ_MASK], 0);

		acc += (unsigned int)n + (unsigned char)buf[n / 2];
	}
	return acc;
}

NOINLINE static uint64_t loop_format_snprintf(size_t iters)
{
	char buf[128];
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		int n = bl_format(buf, sizeof buf, 1, 1, code_seq[i & SEQ_MASK]);

		acc += (unsigned int)n + (unsigned char)buf[n / 2];
	}
	return acc;
}

NOINLINE static uint64_t loop_parse_lib(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		const struct line *l = &line_set[line_seq[i & SEQ_MASK]];
		int major, minor, code;
		const char *reason;
		size_t rlen, end;

		if (httpstatus_parse_status_line(l->text, l->len, 0, &major, &minor, &code,
		                                 &reason, &rlen, &end) == 0)
			acc += (unsigned int)(major + minor + code) + rlen + end +
			       (uintptr_t)reason;
	}
	return acc;
}

NOINLINE static uint64_t loop_parse_sscanf(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		const struct line *l = &line_set[line_seq[i & SEQ_MASK]];
		int major, minor, code;
		const char *reason;
		size_t rlen, end;

		if (bl_parse(l->text, &major, &minor, &code, &reason, &rlen, &end) == 0)
			acc += (unsigned int)(major + minor + code) + rlen + end +
			       (uintptr_t)reason;
	}
	return acc;
}

NOINLINE static uint64_t loop_grow_lib(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (unsigned int)httpstatus_from_reason(grow_seq[i % GROW_SET]);
	return acc;
}

NOINLINE static uint64_t loop_mib_lib(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (unsigned int)httpstatus_from_reason(mib + (i & 7));
	return acc;
}

NOINLINE static uint64_t loop_mib_ex_lib(size_t iters)
{
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++)
		acc += (unsigned int)httpstatus_match_reason(mib + (i & 7), MIB - 8, NULL);
	return acc;
}

static const struct {
	const char *name;
	loop_fn fn;
} loops[] = {
#define L(fn) { #fn, fn }
	L(loop_reason_lib), L(loop_reason_table), L(loop_reason_call),
	L(loop_reason_offset),
	L(loop_canon_lib), L(loop_canon_scan),
	L(loop_alias_lib), L(loop_alias_scan),
	L(loop_miss_lib), L(loop_miss_scan),
	L(loop_format_lib), L(loop_format_snprintf),
	L(loop_parse_lib), L(loop_parse_sscanf),
	L(loop_grow_lib), L(loop_mib_lib), L(loop_mib_ex_lib),
#undef L
};

/* ---------------------------------------------------------------- */
/* Timing                                                            */
/* ---------------------------------------------------------------- */

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double run_ns(loop_fn fn, size_t iters)
{
	double t0 = now_ns();

	sink += fn(iters);
	return now_ns() - t0;
}

/* The iteration count that makes one repetition last about the target. */
static size_t calibrate(loop_fn fn)
{
	size_t iters = 64;
	double target = opt_target_ms * 1e6, t;

	if (opt_quick)
		return 200;
	for (;;) {
		t = run_ns(fn, iters);
		if (t >= target / 10 || iters >= ((size_t)1 << 40))
			break;
		iters *= 4;
	}
	t = (double)iters * target / (t > 1 ? t : 1);
	return t < 1 ? 1 : (size_t)t;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Median ns per call of a and of b, timed alternately. */
static void time_pair(loop_fn a, loop_fn b, double *ma, double *mb)
{
	double ta[101], tb[101];
	size_t na = calibrate(a), nb = b ? calibrate(b) : 0;
	int r;

	sink += a(na);                    /* warm-up */
	if (b)
		sink += b(nb);
	for (r = 0; r < opt_reps; r++) {
		if (r % 2 == 0) {
			ta[r] = run_ns(a, na) / (double)na;
			if (b)
				tb[r] = run_ns(b, nb) / (double)nb;
		} else {
			if (b)
				tb[r] = run_ns(b, nb) / (double)nb;
			ta[r] = run_ns(a, na) / (double)na;
		}
	}
	*ma = median(ta, opt_reps);
	*mb = b ? median(tb, opt_reps) : 0;
}

static void row(const char *id, const char *what, loop_fn lib, const char *base_what,
                loop_fn base, const char *goal)
{
	double l, b;

	time_pair(lib, base, &l, &b);
	printf("row\tC\t%s\t%s\t%.3f\t%s\t%.3f\t%s\n", id, what, l, base_what, b, goal);
	fflush(stdout);
}

static void run_all(void)
{
	Dl_info info;
	double l16 = 0, l, dummy;
	int len;

	if (dladdr((void *)httpstatus_reason, &info) && info.dli_fname)
		printf("info\tlibrary\t%s\n", info.dli_fname);
	if (dladdr((void *)bl_reason, &info) && info.dli_fname)
		printf("info\tbaseline library\t%s\n", info.dli_fname);
	printf("info\tchecked answers\t%lu\n", checked);
	printf("info\tknown codes\t%d\n", nknown);
	printf("info\tdialect phrases in the alias set\t%zu\n", nalias_set);
	printf("info\tphrases in the linear scan\t%zu\n", bl_phrase_count());
	printf("info\trepetitions\t%d\n", opt_reps);
	printf("info\ttarget ms per repetition\t%g\n", opt_quick ? 0.0 : opt_target_ms);
	fflush(stdout);

	row("reason", "httpstatus_reason(code)", loop_reason_lib,
	    "table[code], indexed inline", loop_reason_table, "ratio<=1.2");
	row("reason-call", "httpstatus_reason(code)", loop_reason_lib,
	    "table[code] behind a shared-library call", loop_reason_call, "ratio<=1.2");
	row("reason-offset", "httpstatus_reason(code)", loop_reason_lib,
	    "string pool + 16-bit offset per code, behind a shared-library call",
	    loop_reason_offset, "-");
	row("reverse-canonical", "httpstatus_from_reason(), canonical phrases",
	    loop_canon_lib, "linear strcasecmp scan", loop_canon_scan,
	    "ratio<=0.1,ns<=30");
	row("reverse-alias", "httpstatus_from_reason(), other dialects' phrases",
	    loop_alias_lib, "linear strcasecmp scan", loop_alias_scan,
	    "ratio<=0.1,ns<=30");
	row("reverse-miss", "httpstatus_from_reason(), near misses",
	    loop_miss_lib, "linear strcasecmp scan", loop_miss_scan,
	    "ratio<=0.1,ns<=30");
	row("format", "httpstatus_format_status_line()", loop_format_lib,
	    "snprintf()", loop_format_snprintf, "ratio<=1");
	row("parse", "httpstatus_parse_status_line()", loop_parse_lib,
	    "sscanf() + strstr()", loop_parse_sscanf, "ratio<=1");

	for (len = 1; len <= GROW_MAX; len++) {
		set_grow_length(len);
		time_pair(loop_grow_lib, NULL, &l, &dummy);
		if (len == 16)
			l16 = l;
		printf("growth\t%d\t%.3f\n", len, l);
	}
	fflush(stdout);

	set_grow_length(16);
	time_pair(loop_mib_lib, loop_grow_lib, &l, &l16);
	printf("row\tC\tmib\t%s\t%.3f\t%s\t%.3f\t%s\n",
	       "httpstatus_from_reason(), 1 MiB NUL-terminated string", l,
	       "httpstatus_from_reason(), 16-byte phrase", l16, "ratio<=2");
	time_pair(loop_mib_ex_lib, loop_grow_lib, &l, &l16);
	printf("row\tC\tmib-ex\t%s\t%.3f\t%s\t%.3f\t%s\n",
	       "httpstatus_match_reason(), 1 MiB with its length", l,
	       "httpstatus_from_reason(), 16-byte phrase", l16, "ratio<=2");
	fflush(stdout);
}

static void usage(void)
{
	fputs("usage: hsbench [--quick] [--reps N] [--target-ms MS]\n"
	      "       hsbench --loop NAME ITERS\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *loop = NULL;
	size_t loop_iters = 0;
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--quick") == 0) {
			opt_quick = 1;
			opt_reps = 3;
		} else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
			opt_reps = atoi(argv[++i]);
		} else if (strcmp(argv[i], "--target-ms") == 0 && i + 1 < argc) {
			opt_target_ms = atof(argv[++i]);
		} else if (strcmp(argv[i], "--loop") == 0 && i + 2 < argc) {
			loop = argv[++i];
			loop_iters = (size_t)strtoul(argv[++i], NULL, 10);
		} else {
			usage();
		}
	}
	if (opt_reps < 1 || opt_reps > 101 || opt_target_ms <= 0)
		usage();

	setup();
	verify();
	if (loop) {
		size_t k;

		set_grow_length(16);
		for (k = 0; k < sizeof loops / sizeof loops[0]; k++)
			if (strcmp(loops[k].name, loop) == 0) {
				sink += loops[k].fn(loop_iters);
				return 0;
			}
		fprintf(stderr, "hsbench: no loop named %s\n", loop);
		return 2;
	}
	run_all();
	return 0;
}
