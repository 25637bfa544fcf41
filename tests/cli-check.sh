#!/bin/sh
# SPDX-License-Identifier: MIT
# httpstatus --check: response heads from standard input or a file, one
# finding a line or a JSON array, exit 0 (no error), 1 (an error), 2
# (usage); the fields of a code in its full view; --header lookups.
. "$top_srcdir/tests/lib.sh"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }

# feed STATUS INPUT ARGS...: INPUT (printf format) on standard input.
feed() {
	want=$1; input=$2; shift 2
	# shellcheck disable=SC2059
	printf "$input" | "$hs" "$@" > "$scratch/out" 2> "$scratch/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		echo "# httpstatus $*: exit $got, want $want"
		sed 's/^/# out: /' "$scratch/out" | head -n 5
		sed 's/^/# err: /' "$scratch/err" | head -n 5
		return 1
	fi
}
has() { grep -F -q -- "$1" "$scratch/out"; }
lines() { test "$(wc -l < "$scratch/out" | tr -d ' ')" -eq "$1"; }

date='Date: Mon, 30 Nov 2026 12:00:00 GMT\r\n'

# What the issue asks for, to the letter.
check "a 405 without Allow exits 1" \
	feed 1 'HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n' --check
check "... and names Allow with RFC 9110, Section 15.5.6" \
	sh -c 'grep "405-without-allow" "$1" | grep -q "RFC 9110, Section 15.5.6"' _ "$scratch/out"
check "a clean 200 exits 0" \
	feed 0 "HTTP/1.1 200 OK\\r\\n${date}Content-Type: text/plain\\r\\nContent-Length: 2\\r\\n\\r\\n" --check
check "... and prints nothing" test ! -s "$scratch/out"
check "a 204 with Content-Length: 5 is found" \
	feed 1 "HTTP/1.1 204 No Content\\r\\n${date}Content-Length: 5\\r\\n\\r\\n" --check
check "... 204-with-content-length on line 3" has "stdin:3: error: 204-with-content-length"
check "a 401 without WWW-Authenticate is found" \
	feed 1 "HTTP/1.1 401 Unauthorized\\r\\n${date}Content-Length: 0\\r\\n\\r\\n" --check
check "... 401-without-www-authenticate" has "401-without-www-authenticate"
check "warnings alone exit 0" \
	feed 0 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' --check
check "... one line: no-date" sh -c 'has() { grep -q "$1" "$2"; }; has "warning: no-date" "$1"' _ "$scratch/out"
check "... one finding a line" lines 1

# curl's forms: HTTP/2 with lowercase names; curl -sIL with several heads.
check "curl -sI over HTTP/2" \
	feed 1 'HTTP/2 200 \r\ndate: Mon, 30 Nov 2026 12:00:00 GMT\r\nconnection: keep-alive\r\n\r\n' --check
check "... the connection field is an HTTP/2 error" has "stdin:3: error: http2-connection-field"
check "curl -sIL: each head checked, lines counted through" \
	feed 1 "HTTP/1.1 301 Moved Permanently\\r\\n${date}Content-Length: 0\\r\\n\\r\\nHTTP/1.1 405 Method Not Allowed\\r\\n${date}\\r\\n" --check --method HEAD
check "... the 301 has no Location (line 1)" has "stdin:1: warning: redirect-without-location"
check "... the 405 no Allow (line 5)" has "stdin:5: error: 405-without-allow"
check "... and the second head is no content of the first" \
	sh -c '! grep -q head-response-with-content "$1"' _ "$scratch/out"
check "--method HEAD: content after the head is an error" \
	feed 1 "HTTP/1.1 200 OK\\r\\n${date}\\r\\nbody" --check --method HEAD
check "... head-response-with-content" has "head-response-with-content"
check "--http 2 applies HTTP/2's rules to an HTTP/1.1 rendering" \
	feed 1 "HTTP/1.1 200 OK\\r\\n${date}Transfer-Encoding: chunked\\r\\n\\r\\n" --check --http 2
check "... http2-connection-field" has "http2-connection-field"

# A file argument, and - for standard input.
printf 'HTTP/1.1 405 Method Not Allowed\r\n\r\n' > "$scratch/head.txt"
check "a file argument" sh -c '"$1" --check "$2" > "$3"; test $? -eq 1' _ "$hs" "$scratch/head.txt" "$scratch/out"
check "... findings named after the file" has "$scratch/head.txt:1: error: 405-without-allow"
check "- reads standard input" feed 1 'HTTP/1.1 405 Method Not Allowed\r\n\r\n' --check -

# JSON: an array of objects.
check "--check --json" feed 1 'HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n' --check --json
if command -v python3 > /dev/null 2>&1; then
	check "... a JSON array of findings" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ids = [f["id"] for f in d]
assert ids == ["405-without-allow", "no-date"], ids
f = d[0]
assert f["severity"] == "error" and f["line"] == 1 and f["spec"] == "RFC 9110, Section 15.5.6", f
assert f["field"] == "Allow" and f["detail"] is None and "Allow" in f["message"], f
assert set(f) == {"id", "severity", "line", "offset", "length", "message", "spec", "field", "detail"}, f
' "$scratch/out"
	check "a clean head: --json gives []" \
		feed 0 "HTTP/1.1 204 No Content\\r\\n${date}\\r\\n" --check --json
	check "... []" python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == []' "$scratch/out"
fi

# Bad input: findings, never a crash.
check "binary garbage" feed 1 '\001\002\003\000\377\r\n\r\n' --check
check "... bad-status-line" has "bad-status-line"
check "no final empty line, bare LF" feed 1 'HTTP/1.1 200 OK\nDate: x\n' --check
check "... no-empty-line and bare-lf" sh -c 'grep -q no-empty-line "$1" && grep -q bare-lf "$1"' _ "$scratch/out"
head -c 1048576 /dev/zero | tr '\0' 'a' > "$scratch/big"
check "1 MiB of bytes" sh -c '"$1" --check "$2" > "$3" 2>&1; test $? -eq 1' _ "$hs" "$scratch/big" "$scratch/out"

# Usage errors: exit 2.
check "--method without --check" feed 2 '' --method GET 404
check "--check with two files" feed 2 '' --check a b
check "--check --tsv" feed 2 '' --check --tsv
check "--check --list" feed 2 '' --check --list
check "--check --http 2.1" feed 2 '' --check --http 2.1
check "--method 'G T'" feed 2 '' --check --method 'G T'
check "an unreadable file" sh -c '"$1" --check "$2/none" 2> "$3"; test $? -eq 2' _ "$hs" "$scratch" "$scratch/err"

# The fields that go with a code, in its full view and in JSON.
check "httpstatus 405" feed 0 '' 405
check "... lists Allow with its strength and section" has "fields:      MUST Allow (RFC 9110, Section 15.5.6)"
check "httpstatus 101 lists Upgrade" feed 0 '' 101
check "... MUST Upgrade" has "MUST Upgrade (RFC 9110, Section 15.2.2)"
if command -v python3 > /dev/null 2>&1; then
	check "httpstatus --json 503" feed 0 '' --json 503
	check "... header_fields has Retry-After MAY" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))[0]["header_fields"]
assert {"field": "Retry-After", "strength": "MAY", "condition": None,
        "spec": "RFC 9110, Section 15.6.4", "check": None} in d, d
' "$scratch/out"
fi

# Header field lookups.
check "--header content-type" feed 0 '' --header content-type
check "... Content-Type, permanent, singleton, entity" \
	sh -c 'grep -q "^Content-Type$" "$1" && grep -q "registry:    permanent" "$1" &&
		grep -q "value:       singleton" "$1" && grep -q "RFC 2616:    entity header" "$1"' _ "$scratch/out"
check "--header upgrade: connection-specific" feed 0 '' --header UPGRADE
check "... forbidden in HTTP/2 and HTTP/3" has "forbidden in HTTP/2 and HTTP/3"
check "--header x-no-such: exit 1" feed 1 '' --header x-no-such
check "... said on stderr" grep -q "unknown header field 'x-no-such'" "$scratch/err"
check "--header without a name: exit 2" feed 2 '' --header
check "--list-headers" feed 0 '' --list-headers
check "... more than 240 names, WWW-Authenticate among them" \
	sh -c 'test "$(wc -l < "$1")" -gt 240 && grep -qx WWW-Authenticate "$1"' _ "$scratch/out"
finish
