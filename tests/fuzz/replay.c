/* SPDX-License-Identifier: MIT */
/*
 * Runs a fuzz target without libFuzzer, for `make check`: first every file
 * of its seed corpus (tests/fuzz/corpus/<target>/, or the files and
 * directories given as arguments), then a fixed number of inputs made by
 * mutating those seeds with a seeded pseudo-random generator, so that the
 * same inputs are tried on every run and with every compiler, sanitizer
 * and valgrind.
 *
 *   replay-<target> [-n COUNT] [-s SEED] [PATH]...
 *
 * HS_FUZZ_RUNS and HS_FUZZ_SEED in the environment give the defaults of -n
 * and -s.  An invariant that does not hold aborts the program; the input
 * that broke it is first written to fuzz-<target>-failure.bin.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

#ifndef HS_FUZZ_TARGET
# error "HS_FUZZ_TARGET must name the target"
#endif

#define REPLAY_MAX_INPUT 10000

struct seed {
	uint8_t *data;
	size_t len;
};

static struct seed *seeds;
static size_t nseeds, seeds_cap;

/* The input being run, for the abort handler. */
static const uint8_t *current;
static size_t current_len;

static void on_abort(int sig)
{
	static const char name[] = "fuzz-" HS_FUZZ_TARGET "-failure.bin";
	static const char msg[] = "replay: the failing input is in " "fuzz-" HS_FUZZ_TARGET
	                          "-failure.bin\n";
	int fd;

	if (current) {
		fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0) {
			if (write(fd, current, current_len) == (ssize_t)current_len &&
			    write(STDERR_FILENO, msg, sizeof msg - 1) > 0) {
				/* Both written: nothing more to say. */
			}
			close(fd);
		}
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void run(const uint8_t *data, size_t len)
{
	/* An exact-size copy, as libFuzzer passes them. */
	uint8_t *copy = malloc(len ? len : 1);

	if (!copy) {
		perror("replay");
		exit(99);
	}
	memcpy(copy, data, len);
	current = copy;
	current_len = len;
	LLVMFuzzerTestOneInput(copy, len);
	current = NULL;
	free(copy);
}

static void add_seed(const uint8_t *data, size_t len)
{
	if (nseeds == seeds_cap) {
		seeds_cap = seeds_cap ? 2 * seeds_cap : 64;
		seeds = realloc(seeds, seeds_cap * sizeof *seeds);
		if (!seeds) {
			perror("replay");
			exit(99);
		}
	}
	seeds[nseeds].data = malloc(len ? len : 1);
	if (!seeds[nseeds].data) {
		perror("replay");
		exit(99);
	}
	memcpy(seeds[nseeds].data, data, len);
	seeds[nseeds].len = len;
	nseeds++;
}

static int load_file(const char *path)
{
	uint8_t buf[REPLAY_MAX_INPUT];
	size_t len;
	FILE *f = fopen(path, "rb");

	if (!f) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	len = fread(buf, 1, sizeof buf, f);
	if (ferror(f)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	run(buf, len);
	add_seed(buf, len);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file in dir, in name order; -1 on error. */
static int load_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = 0;

	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			names = realloc(names, cap * sizeof *names);
			if (!names) {
				perror("replay");
				exit(99);
			}
		}
		names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (!names[n]) {
			perror("replay");
			exit(99);
		}
		sprintf(names[n], "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		if (load_file(names[i]) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

static int load_path(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return S_ISDIR(st.st_mode) ? load_dir(path) : load_file(path);
}

/* xorshift64*: small, seedable, the same everywhere. */
static uint64_t rng_state;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static size_t below(size_t n)
{
	return n ? (size_t)(rng() % n) : 0;
}

/* Bytes that matter to the parsers. */
static const uint8_t special[] = {
	0, '\t', '\n', '\v', '\f', '\r', ' ', '-', '.', '/', '0', '1', '2', '4', '5', '9',
	'H', 'T', 'P', '_', '\'', '`', 'a', 'z', 0x7f, 0x80, 0xb4, 0xc2, 0xe2, 0x98, 0x99, 0xff,
};

/* One mutation of buf (length *len, capacity REPLAY_MAX_INPUT). */
static void mutate(uint8_t *buf, size_t *len)
{
	size_t n = *len, at = below(n + 1), k;
	const struct seed *other;

	switch (rng() % 9) {
	case 0: /* flip a bit */
		if (n)
			buf[below(n)] ^= (uint8_t)(1u << (rng() % 8));
		break;
	case 1: /* a special byte over another */
		if (n)
			buf[below(n)] = special[below(sizeof special)];
		break;
	case 2: /* insert a special byte */
		if (n < REPLAY_MAX_INPUT) {
			memmove(buf + at + 1, buf + at, n - at);
			buf[at] = special[below(sizeof special)];
			n++;
		}
		break;
	case 3: /* delete a run */
		if (n) {
			at = below(n);
			k = 1 + below(n - at < 8 ? n - at : 8);
			memmove(buf + at, buf + at + k, n - at - k);
			n -= k;
		}
		break;
	case 4: /* cut the end off */
		n = below(n + 1);
		break;
	case 5: /* splice in part of another seed */
		other = &seeds[below(nseeds)];
		k = below(other->len + 1);
		if (k > REPLAY_MAX_INPUT - n)
			k = REPLAY_MAX_INPUT - n;
		memmove(buf + at + k, buf + at, n - at);
		memcpy(buf + at, other->data + below(other->len - k + 1), k);
		n += k;
		break;
	case 6: /* a random byte */
		if (n)
			buf[below(n)] = (uint8_t)rng();
		break;
	case 7: /* repeat one byte many times: long inputs */
		if (rng() % 8 == 0 && n < REPLAY_MAX_INPUT) {
			uint8_t c = n ? buf[below(n)] : 'a';

			k = below(REPLAY_MAX_INPUT - n + 1);
			memmove(buf + at + k, buf + at, n - at);
			memset(buf + at, c, k);
			n += k;
		}
		break;
	default: /* swap two bytes */
		if (n > 1) {
			size_t i = below(n), j = below(n);
			uint8_t t = buf[i];

			buf[i] = buf[j];
			buf[j] = t;
		}
		break;
	}
	*len = n;
}

int main(int argc, char **argv)
{
	const char *env_runs = getenv("HS_FUZZ_RUNS");
	const char *env_seed = getenv("HS_FUZZ_SEED");
	unsigned long runs = env_runs ? strtoul(env_runs, NULL, 10) : 20000;
	unsigned long long seed = env_seed ? strtoull(env_seed, NULL, 10) : 1;
	static uint8_t buf[REPLAY_MAX_INPUT];
	unsigned long i;
	int opt, rc = 0, checks = 0;

	while ((opt = getopt(argc, argv, "n:s:")) != -1) {
		switch (opt) {
		case 'n':
			runs = strtoul(optarg, NULL, 10);
			break;
		case 's':
			seed = strtoull(optarg, NULL, 10);
			break;
		default:
			fprintf(stderr, "usage: %s [-n COUNT] [-s SEED] [PATH]...\n", argv[0]);
			return 2;
		}
	}
	signal(SIGABRT, on_abort);

	if (optind == argc) {
		const char *top = getenv("top_srcdir");
		char dir[4096];

		if (!top) {
			fprintf(stderr, "replay: set top_srcdir or name a corpus\n");
			return 99;
		}
		snprintf(dir, sizeof dir, "%s/tests/fuzz/corpus/%s", top, HS_FUZZ_TARGET);
		rc = load_dir(dir);
	} else {
		for (; optind < argc; optind++)
			if (load_path(argv[optind]) != 0)
				rc = -1;
	}
	checks++;
	printf("%sok %d - %s: %zu seed inputs\n", rc || !nseeds ? "not " : "", checks,
	       HS_FUZZ_TARGET, nseeds);
	if (rc || !nseeds) {
		printf("1..%d\n", checks);
		return 1;
	}

	rng_state = seed * 0x9E3779B97F4A7C15ULL + 1;
	for (i = 0; i < runs; i++) {
		const struct seed *s = &seeds[below(nseeds)];
		size_t len = s->len < REPLAY_MAX_INPUT ? s->len : REPLAY_MAX_INPUT;
		int m, steps = 1 + (int)below(4);

		memcpy(buf, s->data, len);
		for (m = 0; m < steps; m++)
			mutate(buf, &len);
		run(buf, len);
	}
	checks++;
	printf("ok %d - %s: %lu generated inputs (seed %llu)\n", checks, HS_FUZZ_TARGET, runs,
	       seed);
	printf("1..%d\n", checks);
	return 0;
}
