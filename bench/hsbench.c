/* SPDX-License-Identifier: MIT */
/*
 * hsbench: times libhttpstatus against the baselines of baseline.c, gperf,
 * picohttpparser and llhttp.
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
 *   row     SECTION  ID  WHAT  LIB_NS  BASELINE  BASE_NS  GOAL  LIB_LOOP  BASE_LOOP
 *   skip    SECTION  ID: WHY    (a row whose baseline was not built)
 *   growth  LENGTH  NS
 * GOAL is a comma-separated list of "ratio<=X" and "ns<=X" terms, or "-";
 * ratio is LIB_NS / BASE_NS.  LIB_LOOP and BASE_LOOP name the loops, which
 * bench/run runs again under callgrind to count instructions.  The other
 * benchmarks (bench.py, bench.lua, bench-resty.lua) print row records too,
 * and "note SECTION TEXT".
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

#ifdef HS_BENCH_PICO
/*
 * picohttpparser, as Debian's libh2o exports it without a header: the
 * prototype documented in picohttpparser.h.
 */
struct phr_header {
	const char *name;
	size_t name_len;
	const char *value;
	size_t value_len;
};
int phr_parse_response(const char *buf, size_t len, int *minor_version, int *status,
                       const char **msg, size_t *msg_len, struct phr_header *headers,
                       size_t *num_headers, size_t last_len);
#endif

#ifdef HS_BENCH_LLHTTP
#include <llhttp.h>

/*
 * llhttp parses a whole message and reports its parts through callbacks:
 * the reason's bytes, then the end of the status line, where the bench
 * pauses it, so that it parses as much as the others do.  The parser is
 * reset for every line and keeps its settings.
 */
static llhttp_settings_t ll_settings;
static llhttp_t ll_parser;
static struct { const char *reason; size_t rlen; } ll_got;

static int ll_on_status(llhttp_t *p, const char *at, size_t len)
{
	(void)p;
	if (!ll_got.reason)
		ll_got.reason = at;
	ll_got.rlen += len;
	return 0;
}

static int ll_on_status_complete(llhttp_t *p)
{
	(void)p;
	return HPE_PAUSED;
}

static void ll_setup(void)
{
	llhttp_settings_init(&ll_settings);
	ll_settings.on_status = ll_on_status;
	ll_settings.on_status_complete = ll_on_status_complete;
	llhttp_init(&ll_parser, HTTP_RESPONSE, &ll_settings);
}

#define HS_STR_(x) #x
#define HS_STR(x) HS_STR_(x)
#define LLHTTP_VERSION_TEXT \
	"llhttp " HS_STR(LLHTTP_VERSION_MAJOR) "." HS_STR(LLHTTP_VERSION_MINOR) "." \
	HS_STR(LLHTTP_VERSION_PATCH)

/* Parses the status line at text; 0 when llhttp paused at its end. */
static inline int ll_parse(const char *text, size_t len)
{
	llhttp_reset(&ll_parser);
	ll_got.reason = NULL;
	ll_got.rlen = 0;
	return llhttp_execute(&ll_parser, text, len) == HPE_PAUSED ? 0 : -1;
}
#endif

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
static const char *opt_row;            /* --row: time this row alone */

/* ---------------------------------------------------------------- */
/* Inputs                                                            */
/* ---------------------------------------------------------------- */

/*
 * The traffic mix: how often servers send each code, per 10 000
 * responses.  Rounded from the "Anon-U" column of Table A-14 in Duane
 * Wessels, "Web Caching" (O'Reilly, 2001), reply status codes seen by a
 * university's web proxies: 200 71.35%, 304 17.23%, 302 8.12%, 404 1.21%,
 * 301 0.48%, 504 0.22%, 401 0.10%, 500 0.07%, 206 0.05%, 403 0.04%.  The
 * 1.13% that table leaves out is spread evenly over every other code the
 * library knows, so that each of them appears too.  Old traces, but the
 * shape is what matters here: one code dominates, a few follow.
 */
static const struct {
	int code;
	int weight;
} mix_weights[] = {
	{ 200, 7135 }, { 304, 1723 }, { 302, 812 }, { 404, 121 }, { 301, 48 },
	{ 504, 22 },   { 401, 10 },   { 500, 7 },   { 206, 5 },   { 403, 4 },
};
#define MIX_REST 113                   /* the rest, over the other codes */

static int known[1000];                /* every code the library knows */
static int nknown;

static int code_seq[SEQ];              /* known codes, uniform */
static int mix_seq[SEQ];               /* known codes, the traffic mix */

static const char *canon_seq[SEQ];     /* canonical phrases */
static const char *case_seq[SEQ];      /* canonical phrases, odd casing */
static const char *dialect_seq[SEQ];   /* other dialects' phrases */
static const char *miss_seq[SEQ];      /* near misses */
static size_t ndialect_set;

/* A status line as a client reads it: the line, then the empty line
 * that ends a response without header fields. */
struct line {
	char text[128];
	size_t line_len;                   /* the status line with its CRLF */
	size_t len;                        /* and the empty line after it */
};
static struct line line_set[600];

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

static int is_known(int code)
{
	return httpstatus_reason(code) != NULL;
}

static void fill_mix(void)
{
	int total = MIX_REST, others = 0, k;
	size_t i, w;

	for (w = 0; w < sizeof mix_weights / sizeof mix_weights[0]; w++) {
		if (!is_known(mix_weights[w].code))
			die("a code of the traffic mix is unknown");
		total += mix_weights[w].weight;
	}
	for (k = 0; k < nknown; k++) {
		for (w = 0; w < sizeof mix_weights / sizeof mix_weights[0]; w++)
			if (mix_weights[w].code == known[k])
				break;
		others += w == sizeof mix_weights / sizeof mix_weights[0];
	}
	for (i = 0; i < SEQ; i++) {
		int r = (int)(rng() % (unsigned int)total);

		for (w = 0; w < sizeof mix_weights / sizeof mix_weights[0]; w++) {
			if (r < mix_weights[w].weight)
				break;
			r -= mix_weights[w].weight;
		}
		if (w < sizeof mix_weights / sizeof mix_weights[0]) {
			mix_seq[i] = mix_weights[w].code;
			continue;
		}
		/* The rest: any other known code, evenly. */
		for (;;) {
			int c = known[rng() % (unsigned int)nknown];

			for (w = 0; w < sizeof mix_weights / sizeof mix_weights[0]; w++)
				if (mix_weights[w].code == c)
					break;
			if (w == sizeof mix_weights / sizeof mix_weights[0] || others == 0) {
				mix_seq[i] = c;
				break;
			}
		}
	}
}

static void setup(void)
{
	const char **canon, **odd, **dialect, **miss;
	size_t ncanon = 0, nmiss = 0, i;
	int code, d, k;

#ifdef HS_BENCH_LLHTTP
	ll_setup();
#endif
	if (bl_init() != 0)
		die("baseline: out of memory");
	for (code = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); code > 0;
	     code = httpstatus_next(code, HTTPSTATUS_FILTER_ALL))
		if (nknown < (int)(sizeof known / sizeof known[0]))
			known[nknown++] = code;
	if (!nknown)
		die("the library knows no code");
	for (i = 0; i < SEQ; i++)
		code_seq[i] = known[rng() % (unsigned int)nknown];
	fill_mix();

	canon = xcalloc((size_t)nknown, sizeof *canon);
	odd = xcalloc((size_t)nknown, sizeof *odd);
	miss = xcalloc((size_t)nknown, sizeof *miss);
	dialect = xcalloc((size_t)nknown * 8, sizeof *dialect);
	for (k = 0; k < nknown; k++) {
		const char *p = httpstatus_reason(known[k]);
		size_t len, j;
		char *m, *o;
		int match;

		if (!p)
			continue;
		len = strlen(p);
		/* Odd casing: every letter upper or lower case at random. */
		o = xcalloc(len + 1, 1);
		for (j = 0; j < len; j++) {
			char c = p[j];

			if (c >= 'a' && c <= 'z' && rng() % 2)
				c = (char)(c - 'a' + 'A');
			else if (c >= 'A' && c <= 'Z' && rng() % 2)
				c = (char)(c - 'A' + 'a');
			o[j] = c;
		}
		odd[ncanon] = o;
		canon[ncanon++] = p;
		/* A near miss: the phrase with its last letter changed. */
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
			    ndialect_set < (size_t)nknown * 8) {
				for (i = 0; i < ndialect_set && strcmp(dialect[i], a); i++)
					;
				if (i == ndialect_set)
					dialect[ndialect_set++] = a;
			}
		}
	}
	fill_seq(canon_seq, canon, ncanon);
	fill_seq(case_seq, odd, ncanon);
	fill_seq(dialect_seq, dialect, ndialect_set);
	fill_seq(miss_seq, miss, nmiss);
	free(canon);
	free(odd);         /* the strings themselves stay: the sequences use them */
	free(dialect);
	free(miss);

	for (k = 0; k < nknown; k++) {
		struct line *l = &line_set[known[k]];
		int n = httpstatus_format_status_line(l->text, sizeof l->text - 2, 1, 1,
		                                      known[k], HTTPSTATUS_DIALECT_DEFAULT);

		if (n < 0 || (size_t)n + 3 > sizeof l->text)
			die("cannot format a status line");
		memcpy(l->text + n, "\r\n", 3);
		l->line_len = (size_t)n;
		l->len = (size_t)n + 2;
	}

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

#ifdef HS_BENCH_GPERF
static void check_phrases(const char *const *seq, int (*base)(const char *),
                          const char *what)
{
	size_t i;

	for (i = 0; i < SEQ; i++)
		expect(base(seq[i]) == httpstatus_from_reason(seq[i]), what, seq[i]);
}
#endif

/* Each parser's answer for one line of line_set, checked by verify() and
 * timed by the loops below. */
struct parsed {
	int major, minor, code;
	const char *reason;
	size_t rlen, end;
};
#define PARSED_NONE { -1, -1, -1, NULL, 0, 0 }

static inline int same_parse(const struct parsed *a, const struct parsed *b)
{
	return a->major == b->major && a->minor == b->minor && a->code == b->code &&
	       a->reason == b->reason && a->rlen == b->rlen;
}

static inline int parse_lib(const struct line *l, struct parsed *p)
{
	return httpstatus_parse_status_line(l->text, l->len, 0, &p->major, &p->minor, &p->code,
	                                    &p->reason, &p->rlen, &p->end);
}

#ifdef HS_BENCH_PICO
static inline int parse_pico(const struct line *l, struct parsed *p)
{
	struct phr_header h[1];
	size_t nh = 0;
	int n = phr_parse_response(l->text, l->len, &p->minor, &p->code, &p->reason, &p->rlen,
	                           h, &nh, 0);

	p->major = 1;           /* picohttpparser reads HTTP/1.x only */
	p->end = (size_t)n;     /* the head's length, when n > 0 */
	return n > 0 ? 0 : -1;
}
#endif

#ifdef HS_BENCH_LLHTTP
static inline int parse_llhttp(const struct line *l, struct parsed *p)
{
	if (ll_parse(l->text, l->len) != 0)
		return -1;
	p->major = ll_parser.http_major;
	p->minor = ll_parser.http_minor;
	p->code = ll_parser.status_code;
	p->reason = ll_got.reason;
	p->rlen = ll_got.rlen;
	p->end = 0;
	return 0;
}
#endif

static void verify(void)
{
	static const int odd[] = { -1, 0, 99, 600, 999, 1000, -2147483647 - 1, 2147483647 };
	char a[128], b[128];
	size_t i;
	int code;

	for (code = 0; code < 600; code++) {
		const char *o = bl_reason_offset(code), *l = httpstatus_reason(code);

		expect(bl_reason(code) == l, "bl_reason(code)", "");
		expect(o && l ? strcmp(o, l) == 0 : o == l, "bl_reason_offset(code)", "");
	}
	for (i = 0; i < sizeof odd / sizeof odd[0]; i++)
		expect(bl_reason(odd[i]) == NULL && bl_reason_offset(odd[i]) == NULL &&
		       httpstatus_reason(odd[i]) == NULL, "reason of an out-of-range code", "");

	for (i = 0; i < SEQ; i++) {
		int m;

		expect(httpstatus_match_reason(canon_seq[i], strlen(canon_seq[i]), &m) > 0 &&
		       m == HTTPSTATUS_MATCH_CANONICAL, "canonical input matches canonically",
		       canon_seq[i]);
		expect(httpstatus_match_reason(case_seq[i], strlen(case_seq[i]), &m) > 0 &&
		       m == HTTPSTATUS_MATCH_CANONICAL, "odd casing matches canonically",
		       case_seq[i]);
		expect(httpstatus_match_reason(dialect_seq[i], strlen(dialect_seq[i]), &m) > 0 &&
		       (m == HTTPSTATUS_MATCH_DIALECT || m == HTTPSTATUS_MATCH_ALIAS),
		       "dialect input matches as a dialect phrase", dialect_seq[i]);
		expect(httpstatus_from_reason(miss_seq[i]) == HTTPSTATUS_ERR_NOT_FOUND,
		       "miss input misses", miss_seq[i]);
	}
#ifdef HS_BENCH_GPERF
	check_phrases(canon_seq, bl_gperf_exact, "gperf exact, canonical phrase");
	check_phrases(case_seq, bl_gperf_ci, "gperf ignoring case, odd casing");
	check_phrases(dialect_seq, bl_gperf_ci, "gperf ignoring case, other dialect");
	check_phrases(miss_seq, bl_gperf_ci, "gperf ignoring case, miss");
#endif

	for (code = 0; code < 1000; code++) {
		int la = httpstatus_format_status_line(a, sizeof a, 1, 1, code, 0);
		int lb = bl_format_prebuilt(b, sizeof b, code);

		expect(la == lb && (la < 0 || strcmp(a, b) == 0), "formatted status line", a);
	}
	/* Every parser gives the library's answers on every line it times:
	 * the version, the code, the reason where it lies in the line, and
	 * where the line (or, for picohttpparser, the head) ends. */
	for (i = 0; i < (size_t)nknown; i++) {
		const struct line *l = &line_set[known[i]];
		struct parsed pa = PARSED_NONE, pb;

		expect(parse_lib(l, &pa) == 0 && pa.major == 1 && pa.minor == 1 &&
		       pa.code == known[i] && pa.end == l->line_len, "parsed status line", l->text);
#ifdef HS_BENCH_PICO
		pb = (struct parsed)PARSED_NONE;
		expect(parse_pico(l, &pb) == 0 && same_parse(&pa, &pb) && pb.end == l->len,
		       "picohttpparser's status line", l->text);
#endif
#ifdef HS_BENCH_LLHTTP
		pb = (struct parsed)PARSED_NONE;
		expect(parse_llhttp(l, &pb) == 0 && same_parse(&pa, &pb),
		       "llhttp's status line", l->text);
#endif
		(void)pb;
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

#define REASON_LOOPS(name, seq)                                           \
	NOINLINE static uint64_t loop_##name##_lib(size_t iters)          \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (uintptr_t)httpstatus_reason(seq[i & SEQ_MASK]); \
		return acc;                                               \
	}                                                                 \
	NOINLINE static uint64_t loop_##name##_call(size_t iters)         \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (uintptr_t)bl_reason(seq[i & SEQ_MASK]);   \
		return acc;                                               \
	}                                                                 \
	NOINLINE static uint64_t loop_##name##_offset(size_t iters)       \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (uintptr_t)bl_reason_offset(seq[i & SEQ_MASK]); \
		return acc;                                               \
	}

REASON_LOOPS(reason_mix, mix_seq)
REASON_LOOPS(reason_all, code_seq)

#define PHRASE_LOOP(name, seq, fn)                                        \
	NOINLINE static uint64_t loop_##name(size_t iters)                \
	{                                                                 \
		uint64_t acc = 0;                                         \
		size_t i;                                                 \
		for (i = 0; i < iters; i++)                               \
			acc += (unsigned int)fn(seq[i & SEQ_MASK]);       \
		return acc;                                               \
	}

PHRASE_LOOP(canon_lib, canon_seq, httpstatus_from_reason)
PHRASE_LOOP(case_lib, case_seq, httpstatus_from_reason)
PHRASE_LOOP(dialect_lib, dialect_seq, httpstatus_from_reason)
PHRASE_LOOP(miss_lib, miss_seq, httpstatus_from_reason)
#ifdef HS_BENCH_GPERF
PHRASE_LOOP(canon_gperf, canon_seq, bl_gperf_exact)
PHRASE_LOOP(case_gperf, case_seq, bl_gperf_ci)
PHRASE_LOOP(dialect_gperf, dialect_seq, bl_gperf_ci)
PHRASE_LOOP(miss_gperf, miss_seq, bl_gperf_ci)
#endif

NOINLINE static uint64_t loop_format_lib(size_t iters)
{
	char buf[128];
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		int n = httpstatus_format_status_line(buf, sizeof buf, 1, 1,
		                                      mix_seq[i & SEQ_MASK], 0);

		acc += (unsigned int)n + (unsigned char)buf[n / 2];
	}
	return acc;
}

NOINLINE static uint64_t loop_format_memcpy(size_t iters)
{
	char buf[128];
	uint64_t acc = 0;
	size_t i;

	for (i = 0; i < iters; i++) {
		int n = bl_format_prebuilt(buf, sizeof buf, mix_seq[i & SEQ_MASK]);

		acc += (unsigned int)n + (unsigned char)buf[n / 2];
	}
	return acc;
}

/* The traffic mix of status lines through one parser. */
#define PARSE_LOOP(name)                                                          \
	NOINLINE static uint64_t loop_parse_##name(size_t iters)                  \
	{                                                                         \
		uint64_t acc = 0;                                                 \
		size_t i;                                                         \
                                                                                  \
		for (i = 0; i < iters; i++) {                                     \
			struct parsed p;                                          \
                                                                                  \
			if (parse_##name(&line_set[mix_seq[i & SEQ_MASK]], &p) == 0) \
				acc += (unsigned int)(p.major + p.minor + p.code) + \
				       p.rlen + p.end + (uintptr_t)p.reason;      \
		}                                                                 \
		return acc;                                                       \
	}

PARSE_LOOP(lib)
#ifdef HS_BENCH_PICO
PARSE_LOOP(pico)
#endif
#ifdef HS_BENCH_LLHTTP
PARSE_LOOP(llhttp)
#endif

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
	L(loop_reason_mix_lib), L(loop_reason_mix_call), L(loop_reason_mix_offset),
	L(loop_reason_all_lib), L(loop_reason_all_call), L(loop_reason_all_offset),
	L(loop_canon_lib), L(loop_case_lib), L(loop_dialect_lib), L(loop_miss_lib),
#ifdef HS_BENCH_GPERF
	L(loop_canon_gperf), L(loop_case_gperf), L(loop_dialect_gperf), L(loop_miss_gperf),
#endif
	L(loop_format_lib), L(loop_format_memcpy),
	L(loop_parse_lib),
#ifdef HS_BENCH_LLHTTP
	L(loop_parse_llhttp),
#endif
#ifdef HS_BENCH_PICO
	L(loop_parse_pico),
#endif
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

#define ROW(id, what, lib, base_what, base, goal) \
	row(id, what, lib, #lib, base_what, base, #base, goal)

static void row(const char *id, const char *what, loop_fn lib, const char *lib_name,
                const char *base_what, loop_fn base, const char *base_name,
                const char *goal)
{
	double l, b;

	if (opt_row && strcmp(opt_row, id) != 0)
		return;
	time_pair(lib, base, &l, &b);
	printf("row\tC\t%s\t%s\t%.3f\t%s\t%.3f\t%s\t%s\t%s\n", id, what, l, base_what, b,
	       goal, lib_name, base_name);
	fflush(stdout);
}

static __attribute__((unused)) void skip_row(const char *id, const char *why)
{
	printf("skip\tC\t%s: %s\n", id, why);
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
#ifdef HS_BENCH_PICO
	if (dladdr((void *)phr_parse_response, &info) && info.dli_fname)
		printf("info\tpicohttpparser\t%s\n", info.dli_fname);
#endif
#ifdef HS_BENCH_LLHTTP
	if (dladdr((void *)llhttp_execute, &info) && info.dli_fname)
		printf("info\tllhttp\t%s, built from Debian's node-llhttp sources\n",
		       info.dli_fname);
#endif
	printf("info\tchecked answers\t%lu\n", checked);
	printf("info\tknown codes\t%d\n", nknown);
	printf("info\tdialect phrases in the dialect set\t%zu\n", ndialect_set);
	printf("info\trepetitions\t%d\n", opt_reps);
	printf("info\ttarget ms per repetition\t%g\n", opt_quick ? 0.0 : opt_target_ms);
	fflush(stdout);

	ROW("reason-mix", "httpstatus_reason(code), traffic mix", loop_reason_mix_lib,
	    "the same pool + 16-bit offsets, behind a shared-library call",
	    loop_reason_mix_offset, "ratio<=1.05");
	ROW("reason-all", "httpstatus_reason(code), every known code", loop_reason_all_lib,
	    "the same pool + 16-bit offsets, behind a shared-library call",
	    loop_reason_all_offset, "ratio<=1.05");
	ROW("reason-pointers", "httpstatus_reason(code), traffic mix", loop_reason_mix_lib,
	    "a pointer table (600 load-time relocations), behind a shared-library call",
	    loop_reason_mix_call, "-");
#ifdef HS_BENCH_GPERF
	ROW("reverse-canonical", "httpstatus_from_reason(), canonical phrases",
	    loop_canon_lib, "gperf exact-match perfect hash + strlen()", loop_canon_gperf,
	    "ratio<=1.2");
	ROW("reverse-case", "httpstatus_from_reason(), canonical phrases in odd casing",
	    loop_case_lib, "gperf --ignore-case + strlen()", loop_case_gperf, "ratio<=1");
	ROW("reverse-dialect", "httpstatus_from_reason(), other dialects' phrases",
	    loop_dialect_lib, "gperf --ignore-case + strlen()", loop_dialect_gperf,
	    "ratio<=1");
	ROW("reverse-miss", "httpstatus_from_reason(), near misses",
	    loop_miss_lib, "gperf --ignore-case + strlen()", loop_miss_gperf, "ratio<=1");
#else
	skip_row("reverse-canonical", "gperf was not found at configure time");
	skip_row("reverse-case", "gperf was not found at configure time");
	skip_row("reverse-dialect", "gperf was not found at configure time");
	skip_row("reverse-miss", "gperf was not found at configure time");
#endif
	ROW("format", "httpstatus_format_status_line(), traffic mix", loop_format_lib,
	    "memcpy() of a prebuilt line, behind a shared-library call", loop_format_memcpy,
	    "ratio<=1.5");
#ifdef HS_BENCH_PICO
	ROW("parse", "httpstatus_parse_status_line(), strict, traffic mix", loop_parse_lib,
	    "picohttpparser phr_parse_response() (libh2o)", loop_parse_pico, "ratio<=0.8");
#else
	skip_row("parse", "libh2o (picohttpparser) was not found at configure time");
#endif
#ifdef HS_BENCH_LLHTTP
	ROW("parse-llhttp", "httpstatus_parse_status_line(), strict, traffic mix", loop_parse_lib,
	    "llhttp_execute() to the end of the status line (" LLHTTP_VERSION_TEXT
	    ", Debian's sources)", loop_parse_llhttp, "-");
#else
	skip_row("parse-llhttp", "llhttp's C sources (Debian's node-llhttp) were not found at "
	         "configure time");
#endif

	if (opt_row)
		return;
	for (len = 1; len <= GROW_MAX; len++) {
		set_grow_length(len);
		time_pair(loop_grow_lib, NULL, &l, &dummy);
		printf("growth\t%d\t%.3f\n", len, l);
	}
	fflush(stdout);

	set_grow_length(16);
	time_pair(loop_mib_lib, loop_grow_lib, &l, &l16);
	printf("row\tC\tmib\t%s\t%.3f\t%s\t%.3f\t%s\t%s\t%s\n",
	       "httpstatus_from_reason(), 1 MiB NUL-terminated string", l,
	       "httpstatus_from_reason(), 16-byte phrase", l16, "ratio<=2",
	       "loop_mib_lib", "loop_grow_lib");
	time_pair(loop_mib_ex_lib, loop_grow_lib, &l, &l16);
	printf("row\tC\tmib-ex\t%s\t%.3f\t%s\t%.3f\t%s\t%s\t%s\n",
	       "httpstatus_match_reason(), 1 MiB with its length", l,
	       "httpstatus_from_reason(), 16-byte phrase", l16, "ratio<=2",
	       "loop_mib_ex_lib", "loop_grow_lib");
	fflush(stdout);
}

static void usage(void)
{
	fputs("usage: hsbench [--quick] [--reps N] [--target-ms MS] [--row ID]\n"
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
		} else if (strcmp(argv[i], "--row") == 0 && i + 1 < argc) {
			opt_row = argv[++i];
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
