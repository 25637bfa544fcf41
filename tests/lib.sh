# SPDX-License-Identifier: MIT
# Helpers for the shell tests.  Each test sources this file.
set -u
: "${top_srcdir:?run me through make check}"
: "${top_builddir:?run me through make check}"

failures=0
checks=0

pass() { checks=$((checks + 1)); printf 'ok %d - %s\n' "$checks" "$*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'not ok %d - %s\n' "$checks" "$*"; }
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }

# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
	desc=$1; shift
	if "$@"; then pass "$desc"; else fail "$desc"; fi
}

finish() {
	printf '%d passed, %d failed\n' "$((checks - failures))" "$failures"
	[ "$checks" -gt 0 ] || { echo "no checks ran"; exit 99; }
	[ "$failures" -eq 0 ]
	exit $?
}

# installed_copy DIR: DIR becomes a copy of the DESTDIR install that make
# check makes before the tests start (see tests/local.mk).
installed_copy() {
	[ -d "${HS_DESTDIR:-}" ] || { echo "# no DESTDIR install at '${HS_DESTDIR:-}'"; return 1; }
	rm -rf "$1" && cp -a "$HS_DESTDIR" "$1"
}

# stop_pid PID SIGNAL: stops a server the test started: sends SIGNAL,
# waits up to 5 seconds for the process to end, then kills it.
stop_pid() {
	[ -n "$1" ] || return 0
	kill -"$2" "$1" 2>/dev/null
	sp_i=0
	while kill -0 "$1" 2>/dev/null && [ $sp_i -lt 50 ]; do
		sleep 0.1
		sp_i=$((sp_i + 1))
	done
	kill -KILL "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	return 0
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
