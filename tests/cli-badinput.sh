#!/bin/sh
# SPDX-License-Identifier: MIT
# The command line's rows of the bad-input matrix (docs/bad-input.md) that
# cli.sh does not already cover: missing and malformed option arguments,
# numbers out of range in every form, text that only looks like a code or a
# phrase, huge arguments, and output that cannot be written (closed stdout,
# full device, closed stderr).  Every case must end with the documented
# exit status (1: unknown or invalid code or phrase, 2: usage error), a
# message naming the problem on stderr, and never a crash.
. "$top_srcdir/tests/lib.sh"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }

# expect STATUS MESSAGE-PATTERN ARGS...: runs the CLI with stdin closed
# to input; passes when the exit status is STATUS, stderr matches the
# extended regular expression MESSAGE-PATTERN (if not empty), and, for
# a usage error, nothing was written to stdout.
expect() {
	want=$1; pattern=$2; shift 2
	"$hs" "$@" > "$scratch/out" 2> "$scratch/err" < /dev/null
	got=$?
	ok=1
	[ "$got" -eq "$want" ] || ok=
	if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$scratch/err"; then ok=; fi
	if [ "$want" -eq 2 ] && [ -s "$scratch/out" ]; then ok=; fi
	label=$(printf '%s ' "$@" | cut -c 1-60 | tr -c '[:print:]' '?')
	if [ -n "$ok" ]; then
		pass "httpstatus $label-> exit $got"
	else
		fail "httpstatus $label-> exit $got, want $want"
		sed 's/^/# stderr: /' "$scratch/err" | head -n 5
	fi
}

# Usage errors: exit 2.
expect 2 "unrecognized option|unknown option" --no-such-flag 404
expect 2 "invalid option" -x 404
expect 2 "invalid option" -9
expect 2 "requires an argument" --dialect
expect 2 "requires an argument" --http
expect 2 "requires an argument" --class
expect 2 "requires an argument" -d
expect 2 "unknown dialect ''" --dialect= 404
expect 2 "unknown dialect" --dialect "ng$(printf '\321\226')nx" 404
expect 2 "unknown dialect" --dialect "$(printf '\377\376')" 404
expect 2 "option '--list' does not take an argument" --list=3
# Bad option names and arguments are shown escaped, never raw.
expect 2 "unrecognized option '--\\\\x1b\\[31m'" "--$(printf '\033')[31m"
expect 2 "invalid option -- '\\\\x1b'" "-$(printf '\033')"
expect 2 "unknown dialect '\\\\x1b\\[2J'" --dialect "$(printf '\033')[2J" 404
expect 2 "bad class '\\\\x07'" --list --class "$(printf '\007')"
expect 2 "unknown field '\\\\x1b'" --tsv --fields "code,$(printf '\033')" 404
for a in "--$(printf '\033')[31m" "-$(printf '\033')" "--dialect=$(printf '\033')" "--summary=$(printf '\033')"; do
	"$hs" "$a" 404 > /dev/null 2> "$scratch/err" < /dev/null
	check "no raw escape byte in the message for $(printf '%s' "$a" | tr -c '[:print:]' '?')" \
		sh -c '! grep -q "$(printf "\033")" "$1"' _ "$scratch/err"
done
expect 2 "bad HTTP version '1'" -s --http 1 404
expect 2 "bad HTTP version '11.1'" -s --http 11.1 404
expect 2 "bad HTTP version '-1.1'" -s --http -1.1 404
expect 2 "bad HTTP version" -s --http "" 404
expect 2 "bad class '0'" --list --class 0
expect 2 "bad class '6'" --list --class 6
expect 2 "bad class '-1'" --list --class -1
expect 2 "bad class '44'" --list --class 44
expect 2 "takes no code" --list 404
expect 2 "bad field number '0'" --summary --field 0
expect 2 "bad field number 'x'" --summary --field x
expect 2 "requires an argument" --format
expect 2 "requires an argument" --fields
expect 2 "unknown escape" --format 'a\q' 404
expect 2 "unknown directive" --format '%' 404

# Numbers that are not status codes: exit 1, named in the message.
for n in 99 999 1000 2147483647 2147483648 4294967296 18446744073709551616 00099; do
	expect 1 "'$n': not an HTTP status code" "$n"
done
# After --, a negative number is not an option, but it is no code either.
expect 1 "'-1': no status code has this reason phrase" -- -1
expect 1 "'-2147483648': no status code" -- -2147483648
expect 1 "'600': not an HTTP status code" -s 600
expect 1 "'600': not an HTTP status code" --json 600

# Text that only looks like a code: looked up as a phrase, not found.
for a in 404.0 4O4 0x194 +404 404abc 1e2 "4 04"; do
	expect 1 "no status code has this reason phrase" "$a"
done
expect 1 "non-ASCII" "$(printf '\357\274\224\357\274\220\357\274\224')"
expect 1 "non-ASCII" "N$(printf '\320\276')t Found"
expect 1 "non-ASCII" "$(printf 'Not\377Found')"
expect 1 "non-ASCII" "$(printf 'Not\001Found')"
expect 1 "'': empty item" ""
expect 1 "status code and reason phrase disagree" "404 Gone"
# A 100 KiB argument (one argument may not be much longer on Linux).
expect 1 "phrase too long" "$(head -c 102400 /dev/zero | tr '\0' x)"

# Good and bad together: the good ones are still shown, the exit is 1.
expect 1 "'700': not an HTTP status code" --json 404 700
check "... and 404 is still printed as JSON" grep -q '"code": 404' "$scratch/out"

# Output that cannot be written: exit 1 and a message, never silence.
"$hs" 404 >&- 2> "$scratch/err"
st=$?
check "httpstatus 404 >&- (closed stdout) exits 1" test "$st" -eq 1
check "... with a write error message" grep -q "write error" "$scratch/err"
"$hs" --help >&- 2> "$scratch/err"
check "httpstatus --help >&- exits 1" test $? -eq 1
"$hs" --list --json >&- 2> "$scratch/err"
check "httpstatus --list --json >&- exits 1" test $? -eq 1
if [ -w /dev/full ]; then
	"$hs" --version > /dev/full 2> "$scratch/err"
	check "httpstatus --version > /dev/full exits 1" test $? -eq 1
	check "... saying the device is full" grep -q "write error: No space left" "$scratch/err"
	"$hs" --list > /dev/full 2> "$scratch/err"
	check "httpstatus --list > /dev/full exits 1" test $? -eq 1
fi
# A closed stderr changes no exit status.
"$hs" 600 > /dev/null 2>&-
check "httpstatus 600 2>&- still exits 1" test $? -eq 1
"$hs" --frobnicate > /dev/null 2>&-
check "httpstatus --frobnicate 2>&- still exits 2" test $? -eq 2
"$hs" 404 > "$scratch/out" 2>&-
check "httpstatus 404 2>&- still exits 0 with output" test $? -eq 0 -a -s "$scratch/out"
finish
