#!/bin/sh
# SPDX-License-Identifier: MIT
# The httpstatus command: output and exit codes.
. "$top_srcdir/tests/lib.sh"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }

# run EXPECTED_STATUS ARGS...: runs the CLI, output in $out, errors in $err.
run() {
	want=$1; shift
	"$hs" "$@" > "$scratch/out" 2> "$scratch/err"
	got=$?
	out=$(cat "$scratch/out"); err=$(cat "$scratch/err")
	if [ "$got" -ne "$want" ]; then
		echo "# httpstatus $*: exit $got, want $want"
		echo "# stdout: $out"; echo "# stderr: $err"
		return 1
	fi
}
has() { printf '%s\n' "$1" | grep -F -q -- "$2"; }

check "404 exits 0" run 0 404
check "404 first line" has "$(printf '%s\n' "$out" | head -n 1)" "404 Not Found"
check "404 shows its class" has "$out" "4xx Client Error"
check "404 shows its reference" has "$out" "RFC 9110, Section 15.5.5"
check "404 shows a description" has "$out" "description:"
check "404 shows flags" has "$out" "cacheable"

check "418 exits 0" run 0 418
check "418 is the teapot, reserved" sh -c 'printf "%s\n" "$1" | head -n1 | grep -q "418 I.m a teapot" && printf "%s\n" "$1" | grep -q "registry: *reserved"' _ "$out"

check "reverse lookup of the article's 'Request Entity Too Long'" run 0 "Request Entity Too Long"
check "... gives 413" has "$(printf '%s\n' "$out" | head -n 1)" "413 Content Too Large"
check "... says it matched an alias" has "$out" "matched:     alias"
check "unquoted words form one phrase" run 0 moved temporarily
check "... gives 302" has "$(printf '%s\n' "$out" | head -n 1)" "302 Found"
check "'404 Not Found' is understood" run 0 "404 Not Found"

check "--dialect nginx 429" run 0 --dialect nginx 429
check "... first line is nginx's" sh -c 'printf "%s\n" "$1" | head -n1 | grep -Eq "^429 (Too Many Requests|\(sent with an empty reason phrase\))$"' _ "$out"
check "--dialect nginx 302" run 0 -d nginx 302
check "... Moved Temporarily" has "$(printf '%s\n' "$out" | head -n 1)" "302 Moved Temporarily"
check "--dialect apache13 401" run 0 --dialect=apache13 401
check "... Authorization Required" has "$(printf '%s\n' "$out" | head -n 1)" "401 Authorization Required"

check "--status-line" run 0 --status-line 404
check "... HTTP/1.1 404 Not Found" test "$out" = "HTTP/1.1 404 Not Found"
check "--status-line --http 1.0 -d nginx 504" run 0 -s --http 1.0 -d nginx 504
check "... HTTP/1.0 504 Gateway Time-out" test "$out" = "HTTP/1.0 504 Gateway Time-out"

check "471 is valid but unassigned" run 0 471
check "... handled as 400" has "$out" "handled as:  400"

check "--json 404" run 0 --json 404
check "... is one JSON object" sh -c 'printf "%s\n" "$1" | grep -q "^{\"code\": 404, \"phrase\": \"Not Found\""' _ "$out"
if command -v python3 >/dev/null 2>&1; then
	check "... valid JSON" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["code"]==404 and d["class"]==4 and "cacheable" in d["flags"], d' "$scratch/out"
	check "--json 404 500 is an array" run 0 --json 404 500
	check "... valid JSON array" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["code"] for x in d]==[404,500], d' "$scratch/out"
	check "--list --json" run 0 --list --json
	check "... valid JSON list" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)>60 and d[0]["code"]==100, len(d)' "$scratch/out"
fi

check "--list" run 0 --list
check "... has 100 and 511" sh -c 'printf "%s\n" "$1" | grep -q "^100 Continue" && printf "%s\n" "$1" | grep -q "^511 Network Authentication Required"' _ "$out"
check "--list --class 4" run 0 --list --class 4
check "... only 4xx" sh -c '! printf "%s\n" "$1" | grep -v "^4[0-9][0-9] "' _ "$out"
check "--list --unofficial" run 0 --list --unofficial
check "... only unofficial" sh -c '! printf "%s\n" "$1" | grep -v "unofficial"' _ "$out"
check "--list --registered" run 0 --list --registered
check "... no unofficial" sh -c '! printf "%s\n" "$1" | grep "unofficial"' _ "$out"

check "--help exits 0" run 0 --help
check "... shows usage" has "$out" "Usage:"
check "--version exits 0" run 0 --version
check "... shows the version" has "$out" "httpstatus "

# Errors: a clear message on stderr and a non-zero exit status.
check "no argument: usage error" run 2
check "... says so" has "$err" "no code or phrase given"
check "unknown option" run 2 --frobnicate
check "unknown dialect" run 2 --dialect klingon 404
check "... names it" has "$err" "unknown dialect 'klingon'"
check "bad class" run 2 --list --class 9
check "--class without --list" run 2 --class 4 404
check "600 is not a status code" run 1 600
check "... says so" has "$err" "600 is not an HTTP status code"
check "0 is not a status code" run 1 0
check "a huge number" run 1 99999999999999999999999
check "... is an error, not a wrap-around" has "$err" "is not an HTTP status code"
check "negative number after --" run 1 -- -5
check "unknown phrase" run 1 "no such phrase"
check "... says so" has "$err" "no status code has this reason phrase"
check "non-ASCII phrase" run 1 "N$(printf '\303\266')t Found"
check "a phrase too long" run 1 "$(head -c 5000 /dev/zero | tr '\0' a)"
check "one bad code among good ones" run 1 404 700 500
check "... still shows the good ones" has "$out" "500 Internal Server Error"

# A closed stdout is an error, not silence.
if [ -w /dev/full ]; then
	"$hs" 404 > /dev/full 2> "$scratch/err"
	st=$?
	check "writing to a full device fails" test "$st" -ne 0
	check "... with a message" grep -q "write error" "$scratch/err"
fi
finish
