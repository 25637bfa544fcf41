/* SPDX-License-Identifier: MIT */
/*
 * A small TAP producer for the C tests.  Each check prints "ok N" or
 * "not ok N" with a description; done_testing() prints the plan and
 * returns the exit status (non-zero when a check failed).
 */
#ifndef HS_TAP_H
#define HS_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#if defined(__GNUC__)
# define TAP_FMT(a, b) __attribute__((format(printf, a, b), unused))
#else
# define TAP_FMT(a, b)
#endif

TAP_FMT(2, 0) static int vok(int cond, const char *fmt, va_list ap)
{
	tap_n++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_n);
	vprintf(fmt, ap);
	putchar('\n');
	return cond;
}

TAP_FMT(2, 3) static int ok(int cond, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vok(cond, fmt, ap);
	va_end(ap);
	return r;
}

TAP_FMT(1, 2) static void diag(const char *fmt, ...)
{
	va_list ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

TAP_FMT(3, 4) static int is_int(long long got, long long want, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vok(got == want, fmt, ap);
	va_end(ap);
	if (!r)
		diag("  got %lld, want %lld", got, want);
	return r;
}

/* NULL compares equal only to NULL. */
static int tap_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

TAP_FMT(3, 4) static int is_str(const char *got, const char *want, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vok(tap_streq(got, want), fmt, ap);
	va_end(ap);
	if (!r)
		diag("  got '%s', want '%s'", got ? got : "(null)", want ? want : "(null)");
	return r;
}

/* Records a failure quietly; used by loops that report one summary line. */
static int tap_errors;

TAP_FMT(1, 2) static void fail_quiet(const char *fmt, ...)
{
	va_list ap;

	if (tap_errors++ < 20) {
		printf("# ");
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		putchar('\n');
	}
}

static int done_testing(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
