#!/bin/sh
# SPDX-License-Identifier: MIT
# examples/lua/example.lua runs with the module from the build tree and
# prints what its comments promise.
. "$top_srcdir/tests/lib.sh"

[ -n "${LUA:-}" ] || skip "no Lua 5.4 interpreter"
if "$LUA" "$top_srcdir/examples/lua/example.lua" > "$scratch/out" 2> "$scratch/err"; then
    pass "example.lua exits 0"
else
    cat "$scratch/err"
    fail "example.lua exits 0"
fi
sed 's/^/# /' "$scratch/out"
line() { sed -n "$1p" "$scratch/out"; }
check "reason(404)" test "$(line 1)" = "Not Found"
check "reason(302, 'nginx')" test "$(line 2)" = "Moved Temporarily"
check "from_reason('Request Entity Too Large')" test "$(line 4)" = "413"
check "an unknown phrase" test "$(line 5)" = "$(printf 'nil\tunknown reason phrase: "Totally Fine"')"
check "471 is unassigned, a client error" sh -c 'grep -q "^471 (unassigned) *class 4, error true" "$1"' _ "$scratch/out"
check "the nginx status line" grep -qx "$(printf 'HTTP/1.0 504 Gateway Time-out\r')" "$scratch/out"
check "parse_status_line" grep -qx "$(printf "1.1\t418\tI'm a teapot")" "$scratch/out"
check "a bad status line: nil, message, error, offset" \
    grep -qx "$(printf 'nil\tstatus line: bad status code: "HTTP/1.1 20 OK\\\\r\\\\n"\t-8\t11')" "$scratch/out"
check "a numeric string" grep -qx "Service Unavailable" "$scratch/out"
check "nginx's own codes" grep -q "^444 No Response, .*499 Client Closed Request$" "$scratch/out"
check "misuse is an error" grep -q "$(printf '^false\tbad argument #1 to .*(number has no integer representation)$')" "$scratch/out"
finish
