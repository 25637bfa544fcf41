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
check "... only when they do not stand alone: not found" run 0 -1 not found
check "... gives 404" test "$out" = "404 Not Found"
check "words that each are items stay apart: ok found" run 0 -1 ok found
check "... gives 200 and 302" test "$out" = "$(printf '200 OK\n302 Found')"
check "a number among words: no joining" run 1 -1 404 not found
check "... 404 and 302 are shown" test "$out" = "$(printf '404 Not Found\n302 Found')"
check "... 'not' is the error" has "$err" "'not': no status code has this reason phrase"
check "'404 Not Found' is understood" run 0 "404 Not Found"

check "--dialect nginx 429" run 0 --dialect nginx 429
check "... first line is nginx's" sh -c 'printf "%s\n" "$1" | head -n1 | grep -Eq "^429 (Too Many Requests|\(sent with an empty reason phrase\))$"' _ "$out"
check "--dialect nginx 302" run 0 -d nginx 302
check "... Moved Temporarily" has "$(printf '%s\n' "$out" | head -n 1)" "302 Moved Temporarily"
check "--dialect apache13 401" run 0 --dialect=apache13 401
check "... Authorization Required" has "$(printf '%s\n' "$out" | head -n 1)" "401 Authorization Required"

check "--status-line" run 0 --status-line 404
check "... HTTP/1.1 404 Not Found" test "$out" = "HTTP/1.1 404 Not Found"
check "--status-line --http 1.0 -d rfc2616 504" run 0 -s --http 1.0 -d rfc2616 504
check "... HTTP/1.0 504 Gateway Time-out" test "$out" = "HTTP/1.0 504 Gateway Time-out"
# A server dialect: what that server really sends, always HTTP/1.1.
check "--status-line --http 1.0 -d nginx 504" run 0 -s --http 1.0 -d nginx 504
check "... nginx writes HTTP/1.1 504 Gateway Time-out" \
	test "$out" = "HTTP/1.1 504 Gateway Time-out"
check "--status-line -d nginx 494" run 0 -s -d nginx 494
check "... nginx sends 400 Bad Request" test "$out" = "HTTP/1.1 400 Bad Request"
check "--status-line -d nginx 444" run 0 -s -d nginx 444
check "... says nothing is sent" has "$out" "sends no status line for 444"
check "-d nginx/1.22.1 407" run 0 -1 -d nginx/1.22.1 407
check "... empty phrase in 1.22.1" test "$out" = "407"
check "-d nginx/1.30.0 407" run 0 -1 -d nginx/1.30.0 407
check "... Proxy Authentication Required in 1.30.0" \
	test "$out" = "407 Proxy Authentication Required"
check "-d nginx/1.x is a usage error" run 2 -d nginx/1.x 404
check "... saying why" has "$err" "malformed server version"
check "-d nginx/0.7.65 is a usage error" run 2 -d nginx/0.7.65 404
check "104: the temporary registration" run 0 104
check "... and its expiry" has "$out" "expires 2026-11-13"
check "420: both meanings" run 0 420
check "... Spring's" has "$out" "Method Failure (Spring Framework)"
check "451 is cacheable" run 0 451
check "... says so" has "$out" "cacheable"
check "700: RFC 9110's answer" run 1 700
check "... handled as 500" has "$err" "handles one as 500"

check "471 is valid but unassigned" run 0 471
check "... handled as 400" has "$out" "handled as:  400"

check "--json 404" run 0 --json 404
check "... is a JSON array of one object" sh -c 'printf "%s\n" "$1" | grep -q "^\[{\"input\": \"404\", \"code\": 404, \"phrase\": \"Not Found\""' _ "$out"
check "404 --json: options after the item" run 0 404 --json
check "... is the same" sh -c 'printf "%s\n" "$1" | grep -q "^\[{\"input\": \"404\", \"code\": 404"' _ "$out"
if command -v python3 >/dev/null 2>&1; then
	check "--json 404 again" run 0 --json 404
	check "... valid JSON" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==1 and d[0]["code"]==404 and d[0]["class"]==4 and "cacheable" in d[0]["flags"], d' "$scratch/out"
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
# No argument with a terminal on stdin: a usage error (tried in a pty).
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
out = b""
while True:
    try:
        d = os.read(fd, 4096)
    except OSError:
        break
    if not d:
        break
    out += d
_, st = os.waitpid(pid, 0)
sys.stdout.write(out.decode("ascii", "replace"))
sys.exit(os.WEXITSTATUS(st) if os.WIFEXITED(st) else 99)' "$hs" > "$scratch/tty" 2>&1
	st=$?
	check "no argument, stdin a terminal: usage error" test "$st" -eq 2
	check "... says so" grep -q "no code or phrase given" "$scratch/tty"
fi
"$hs" < /dev/null > "$scratch/out" 2> "$scratch/err"
check "no argument, stdin not a terminal: reads it (empty: exit 0)" test $? -eq 0 -a ! -s "$scratch/out" -a ! -s "$scratch/err"
check "unknown option" run 2 --frobnicate
check "unknown dialect" run 2 --dialect klingon 404
check "... names it" has "$err" "unknown dialect 'klingon'"
check "bad class" run 2 --list --class 9
check "--class without --list" run 2 --class 4 404
check "600 is not a status code" run 1 600
check "... says so" has "$err" "'600': not an HTTP status code"
check "0 is not a status code" run 1 0
check "a huge number" run 1 99999999999999999999999
check "... is an error, not a wrap-around" has "$err" "not an HTTP status code"
check "negative number after --" run 1 -- -5
check "... named" has "$err" "'-5': no status code has this reason phrase"
check "unknown phrase" run 1 "no such phrase"
check "... says so" has "$err" "no status code has this reason phrase"
check "non-ASCII phrase" run 1 "N$(printf '\303\266')t Found"
check "a phrase too long" run 1 "$(head -c 5000 /dev/zero | tr '\0' a)"
check "one bad code among good ones" run 1 404 700 500
check "... still shows the good ones" has "$out" "500 Internal Server Error"

# Every name style the library's users write, and status lines.
for name in NOT_FOUND HTTPSTATUS_NOT_FOUND HTTP_NOT_FOUND NotFound StatusNotFound \
	httpstatus_not_found "HTTP/1.1 404 Not Found" "HTTP/2 404" "http/1.0 404 Missing"; do
	check "'$name' is 404" run 0 -1 "$name"
	check "... $out" test "$out" = "404 Not Found"
done
check "HTTP_TOO_MANY_REQUESTS answers" run 0 HTTP_TOO_MANY_REQUESTS
check "... with 429" has "$(printf '%s\n' "$out" | head -n 1)" "429 Too Many Requests"
check "'HTTP/1.1 404 Not Found' answers in the full view" run 0 'HTTP/1.1 404 Not Found'
check "... with 404" has "$(printf '%s\n' "$out" | head -n 1)" "404 Not Found"
check "HTTP_HTTP_VERSION_NOT_SUPPORTED (the Lua name of 505)" run 0 -1 HTTP_HTTP_VERSION_NOT_SUPPORTED
check "... is 505" test "$out" = "505 HTTP Version Not Supported"
check "StatusOK (Go)" run 0 -1 StatusOK
check "... is 200" test "$out" = "200 OK"
check "a broken status line" run 1 "HTTP/1.1 4x4 Not Found"
check "... says what is wrong" has "$err" "'HTTP/1.1 4x4 Not Found': status line: bad status code"
check "a status line with code 999" run 1 "HTTP/1.1 999 Odd"
check "... is not a status code" has "$err" "not an HTTP status code"
check "blanks around an item do not matter" run 0 -1 " 404	"
check "... 404" test "$out" = "404 Not Found"

# Messages never carry control bytes raw.
check "an escape sequence in an item" run 1 "$(printf '\033[31mred')"
check "... is shown escaped" has "$err" "'\\x1b[31mred'"
check "... and never raw" sh -c '! grep -q "$(printf "\033")" "$1"' _ "$scratch/err"
check "a long item is shortened in the message" run 1 "$(head -c 300 /dev/zero | tr '\0' b)"
check "... to 64 bytes and ..." has "$err" "'$(head -c 64 /dev/zero | tr '\0' b)...'"

# Output forms.
check "-1 404 500" run 0 -1 404 500
check "... one line each" test "$out" = "$(printf '404 Not Found\n500 Internal Server Error')"
check "--short 471 (no phrase)" run 0 --short 471
check "... the code alone" test "$out" = "471"
check "--short -d nginx 302" run 0 --short -d nginx 302
check "... nginx's phrase" test "$out" = "302 Moved Temporarily"
check "--tsv 404" run 0 --tsv 404
check "... code and phrase by default" test "$out" = "$(printf '404\tNot Found')"
check "--tsv --fields code,name,class,class-name,flags,registry,input,line 404" \
	run 0 --tsv --fields code,name,class,class-name,flags,registry,input,line 404
check "... $(printf '%s' "$out" | tr '\t' '|')" test "$out" = "$(printf '404\tNOT_FOUND\t4\tClient Error\tfinal,cacheable,error\tregistered\t404\t0')"
check "--tsv --fields vendor,fallback 499 471" run 0 --tsv --fields vendor,fallback 499 471
check "... empty field for no vendor" test "$out" = "$(printf 'nginx\t499\n\t400')"
check "--format '%c|%p|%{class-name}|%%|\t' 404" run 0 --format '%c|%p|%{class-name}|%%|\t' 404
check "... $out" test "$out" = "$(printf '404|Not Found|Client Error|%%|\t')"
check "--format with every field letter" run 0 --format '%c %p %n %k %K %r %v %f %s %F %d %m %i %l' moved temporarily
check "... the dialect match" has "$out" "302 Found FOUND 3 Redirection registered  302 RFC 9110"
check "--format with an unknown directive" run 2 --format '%Q' 404
check "... says so" has "$err" "unknown directive"
check "--format with an unknown field" run 2 --format '%{nope}' 404
check "--tsv --fields with an unknown field" run 2 --tsv --fields code,nope 404
check "... names it" has "$err" "unknown field 'nope'"
check "--list-dialects" run 0 --list-dialects
ndialects=$(grep -c '^	HTTPSTATUS_DIALECT_[A-Z0-9]* = [0-9]*,' "$top_builddir/libhttpstatus/httpstatus.h")
check "... the library's dialects" test "$(printf '%s\n' "$out" | head -n 1),$(printf '%s\n' "$out" | wc -l | tr -d ' ')" = "rfc9110,$ndialects"
check "--list-fields" run 0 --list-fields
check "... starts with code" has "$(printf '%s\n' "$out" | head -n 1)" "code "
check "--list -1 --class 2" run 0 --list -1 --class 2
check "... begins with 200 OK" test "$(printf '%s\n' "$out" | head -n 1)" = "200 OK"
check "--list --format %c --class 5" run 0 --list --format %c --class 5
check "... only codes" sh -c '! printf "%s\n" "$1" | grep -v "^5[0-9][0-9]$"' _ "$out"

# Notes on what to check, from the library.
check "413 shows its advice" run 0 413
check "... the advice line" has "$out" "  advice:      The request body is larger"
check "201 has no advice line" run 0 201
check "... none" sh -c '! printf "%s\n" "$1" | grep -q "advice:"' _ "$out"
check "--format %a 499" run 0 --format %a 499
check "... the library's text" sh -c 'test -n "$1" && printf "%s\n" "$1" | grep -q "closed the connection"' _ "$out"
check "--tsv --fields code,advice 413 201" run 0 --tsv --fields code,advice 413 201
check "... an empty field for 201" has "$out" "$(printf '201\t')"
if command -v python3 >/dev/null 2>&1; then
	check "--json 502 201" run 0 --json 502 201
	check "... advice, or null" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "upstream" in d[0]["advice"] and d[1]["advice"] is None, d' "$scratch/out"
fi

# Conflicting options: exit 2, a message naming both.
conflict() {
	message=$1; shift
	check "$* is a usage error" run 2 "$@"
	check "... naming $message" has "$err" "$message"
	check "... with nothing on stdout" test -z "$out"
}
conflict "--list and --summary" --list --summary
conflict "--registered and --unofficial" --list --registered --unofficial
conflict "--http needs --status-line" --http 1.0 404
conflict "--class needs --list" --class 4 404
conflict "--registered needs --list" --registered 404
conflict "--json and --tsv" --json --tsv 404
conflict "--short and --json" -1 -j 404
conflict "--status-line and --format" -s --format %c 404
conflict "--tsv and --short" --tsv --short 404
conflict "--fields needs --tsv" --fields code 404
conflict "--field needs --summary" --field 9 404
conflict "--summary and --short" --summary -1
conflict "--list-dialects and --list" --list-dialects --list
conflict "--summary reads standard input" --summary 404
conflict "--list takes no code" --list 404

# A closed stdout is an error, not silence.
if [ -w /dev/full ]; then
	"$hs" 404 > /dev/full 2> "$scratch/err"
	st=$?
	check "writing to a full device fails" test "$st" -ne 0
	check "... with a message" grep -q "write error" "$scratch/err"
fi
finish
