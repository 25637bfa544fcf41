#!/bin/sh
# SPDX-License-Identifier: MIT
# valgrind memcheck over the C test programs and the httpstatus command:
# no memory error and no leak anywhere, and under valgrind every program
# gives the same exit status and output as without it.  The programs are
# the ones `make check` built (HS_VALGRIND_TESTS), run through libtool so
# that valgrind sees the real binaries, not libtool's wrapper scripts.
. "$top_srcdir/tests/lib.sh"

[ -n "${VALGRIND:-}" ] && [ -x "$VALGRIND" ] || skip "valgrind not found"
case " ${HS_TEST_CFLAGS:-} " in
*-fsanitize*) skip "sanitizer build: valgrind cannot run sanitized programs" ;;
esac
libtool="$top_builddir/libtool"
[ -x "$libtool" ] || { echo "no libtool script in $top_builddir"; exit 99; }
: "${HS_VALGRIND_TESTS:?run me through make check}"

# vg LOG PROGRAM ARGS...: runs under memcheck; valgrind's own report goes
# to LOG, and its exit status is 125 when it found anything.
vg() {
	log=$1; shift
	"$libtool" --mode=execute "$VALGRIND" --tool=memcheck --error-exitcode=125 \
		--leak-check=full --show-leak-kinds=definite,indirect,possible \
		--errors-for-leak-kinds=definite,indirect,possible --track-origins=yes \
		--num-callers=30 --log-file="$log" "$@"
}

show_log() {
	sed 's/^/# /' "$1" | grep -v '^# ==[0-9]*== *$' | head -n 60
}

# valgrind must be able to read the debug information: valgrind 3.19 does
# not know all of the DWARF 5 forms clang 14 writes by default (build with
# -gdwarf-4 there).  Check on the library before blaming any test.
probe=$(printf '%s\n' $HS_VALGRIND_TESTS | head -n 1)
vg "$scratch/probe.log" "$top_builddir/$probe" > /dev/null 2>&1
if grep -q -E 'unhandled dwarf2|debuginfo reader|Serious error when reading debug info' \
	"$scratch/probe.log"; then
	sed 's/^/# /' "$scratch/probe.log" | grep -i -E 'dwarf|debuginfo' | head -n 3
	skip "$("$VALGRIND" --version) cannot read the debug information of this build (try CFLAGS=-gdwarf-4)"
fi

# Smaller workloads: valgrind is some 20-50 times slower.
HS_THREAD_ITERATIONS=2; export HS_THREAD_ITERATIONS
HS_THREADS=4; export HS_THREADS
HS_FUZZ_RUNS=1500; export HS_FUZZ_RUNS

n=0
for t in $HS_VALGRIND_TESTS; do
	n=$((n + 1))
	prog="$top_builddir/$t"
	[ -x "$prog" ] || { fail "$t: not built"; continue; }
	vg "$scratch/vg-$n.log" "$prog" > "$scratch/out-$n" 2>&1
	st=$?
	if [ "$st" -eq 0 ] && ! grep -q '^not ok' "$scratch/out-$n"; then
		pass "$t under memcheck: $(grep -c '^ok' "$scratch/out-$n") checks, 0 errors"
	else
		fail "$t under memcheck (exit status $st)"
		show_log "$scratch/vg-$n.log"
		grep '^not ok' "$scratch/out-$n" | head -n 20
	fi
done

# The command line tool: same status and output with and without valgrind.
hs="$top_builddir/tools/httpstatus"
long=$(head -c 5000 /dev/zero | tr '\0' a)
cli() {
	desc=$1; shift
	n=$((n + 1))
	"$hs" "$@" > "$scratch/plain-out" 2> "$scratch/plain-err" < /dev/null
	want=$?
	vg "$scratch/vg-$n.log" "$hs" "$@" > "$scratch/vg-out" 2> "$scratch/vg-err" < /dev/null
	got=$?
	if [ "$got" -eq "$want" ] && cmp -s "$scratch/plain-out" "$scratch/vg-out" &&
		cmp -s "$scratch/plain-err" "$scratch/vg-err"; then
		pass "httpstatus $desc under memcheck: exit $got, 0 errors"
	else
		fail "httpstatus $desc under memcheck: exit $got, want $want"
		show_log "$scratch/vg-$n.log"
		diff "$scratch/plain-out" "$scratch/vg-out" | head -n 10
		diff "$scratch/plain-err" "$scratch/vg-err" | head -n 10
	fi
}
cli "404" 404
cli "a phrase" Request Entity Too Long
cli "--json 404 500" --json 404 500
cli "--list" --list
cli "--list --json --unofficial" --list --json --unofficial
cli "-s --http 1.0 -d nginx 504" -s --http 1.0 -d nginx 504
cli "--help" --help
cli "--version" --version
cli "(no argument)"
cli "--frobnicate" --frobnicate
cli "--dialect klingon 404" --dialect klingon 404
cli "600" 600
cli "a huge number" 99999999999999999999999
cli "an empty argument" ""
cli "a non-ASCII phrase" "N$(printf '\303\266')t Found"
cli "a 5000-byte phrase" "$long"
cli "404 700 500" 404 700 500
cli "-1 moved temporarily" -1 moved temporarily
cli "--tsv --fields code,name,flags,input 404 HTTP_NOT_FOUND" --tsv --fields code,name,flags,input 404 HTTP_NOT_FOUND
cli "--format '%c %{class-name} %i' StatusOK" --format '%c %{class-name} %i' StatusOK
cli "a status line" 'HTTP/1.1 404 Not Found'
cli "an escape sequence" "$(printf '\033[31mred')"
cli "--list -1" --list -1

# Standard input: items, JSON Lines, bad bytes, an over-long line, a summary.
printf '404\n-\nmoved temporarily\n\377\000x\r\n\n471\n' > "$scratch/items"
{ head -c 150000 /dev/zero | tr '\0' a; printf '\n200\n'; } >> "$scratch/items"
printf '1.2.3.4 - - [x] "GET /a\\"b HTTP/1.1" 404 1 "-" "c"\n200\n-\n999\n471\n' > "$scratch/log"
stdin_cli() {
	desc=$1; file=$2; shift 2
	n=$((n + 1))
	"$hs" "$@" < "$file" > "$scratch/plain-out" 2> "$scratch/plain-err"
	want=$?
	vg "$scratch/vg-$n.log" "$hs" "$@" < "$file" > "$scratch/vg-out" 2> "$scratch/vg-err"
	got=$?
	if [ "$got" -eq "$want" ] && cmp -s "$scratch/plain-out" "$scratch/vg-out" &&
		cmp -s "$scratch/plain-err" "$scratch/vg-err"; then
		pass "httpstatus $desc under memcheck: exit $got, 0 errors"
	else
		fail "httpstatus $desc under memcheck: exit $got, want $want"
		show_log "$scratch/vg-$n.log"
	fi
}
stdin_cli "--json < items" "$scratch/items" --json
stdin_cli "-1 < items" "$scratch/items" -1
stdin_cli "(full view) < items" "$scratch/items"
stdin_cli "--summary < log" "$scratch/log" --summary
stdin_cli "--summary --json --field 2 < log" "$scratch/log" --summary --json --field 2

# Output errors: a full device and a closed stdout.
if [ -w /dev/full ]; then
	n=$((n + 1))
	vg "$scratch/vg-$n.log" "$hs" --list > /dev/full 2> "$scratch/vg-err"
	st=$?
	if [ "$st" -eq 1 ] && grep -q 'write error' "$scratch/vg-err"; then
		pass "httpstatus --list > /dev/full under memcheck: exit 1, 0 errors"
	else
		fail "httpstatus --list > /dev/full under memcheck: exit $st"
		show_log "$scratch/vg-$n.log"
	fi
fi
# (A closed stdout cannot be tried here: valgrind opens files of its own,
# which take descriptor 1.  cli-badinput.sh tries it without valgrind.)
finish
