#!/bin/sh
# SPDX-License-Identifier: MIT
# The checker on every surface: each head of tests/surfaces/heads goes to
# httpstatus --check --json (the C library through the command line),
# Python's check(), and check() of Lua 5.4 and LuaJIT; every surface must
# find the same findings at the same places.
. "$top_srcdir/tests/lib.sh"

here="$top_srcdir/tests/surfaces"
hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
[ -n "${PYTHON:-}" ] || PYTHON=$(command -v python3 2>/dev/null || true)
[ -n "$PYTHON" ] || skip "python3 is needed to read the heads and the JSON"

# The command line, head by head, its JSON made into findings.py's lines.
"$PYTHON" - "$here/heads" "$hs" > "$scratch/c" <<'PY'
import json, subprocess, sys
heads = [l for l in open(sys.argv[1], encoding="latin-1") if not l.startswith("#")]
for n, line in enumerate(heads):
    head, method, version = line.rstrip("\n").split("\t")
    data = head.encode("latin-1").decode("unicode_escape").encode("latin-1")
    args = [sys.argv[2], "--check", "--json"]
    if method != "-":
        args += ["--method", method]
    if version != "0":
        args += ["--http", {"10": "1.0", "11": "1.1", "20": "2", "30": "3"}[version]]
    out = subprocess.run(args, input=data, stdout=subprocess.PIPE, check=False).stdout
    for f in json.loads(out):
        print(n + 1, f["id"], f["severity"], f["line"], f["offset"], f["length"],
              f["field"] or "-", sep="\t")
PY
check "the command line checks every head" test -s "$scratch/c"
echo "# $(wc -l < "$scratch/c" | tr -d ' ') findings from the command line"

same() { # same SURFACE FILE
	if cmp -s "$scratch/c" "$2"; then
		pass "$1 finds what the command line finds"
	else
		diff "$scratch/c" "$2" | head -n 20 | sed 's/^/# /'
		fail "$1 finds what the command line finds"
	fi
}

PYTHONPATH="$top_builddir/bindings/python/pkg"
PYTHONDONTWRITEBYTECODE=1
export PYTHONPATH PYTHONDONTWRITEBYTECODE
if "$PYTHON" -c 'import httpstatus' 2> /dev/null; then
	"$PYTHON" "$here/findings.py" "$here/heads" > "$scratch/python"
	same python "$scratch/python"
else
	echo "# no Python binding to compare"
	[ "${HS_SURFACE_PYTHON:-}" != yes ] || fail "the Python binding that was built imports"
fi
if [ -n "${LUA:-}" ] && "$LUA" -e 'require "httpstatus"' 2> /dev/null; then
	"$LUA" "$here/findings.lua" httpstatus "$here/heads" > "$scratch/lua"
	same lua5.4 "$scratch/lua"
else
	echo "# no Lua 5.4 module to compare"
	[ "${HS_SURFACE_LUA:-}" != yes ] || fail "the Lua 5.4 module that was built loads"
fi
if [ -n "${LUAJIT:-}" ] && LUA_PATH="$top_builddir/bindings/lua/?.lua;;" \
		"$LUAJIT" -e 'require "resty.httpstatus"' 2> /dev/null; then
	LUA_PATH="$top_builddir/bindings/lua/?.lua;;" \
		"$LUAJIT" "$here/findings.lua" resty.httpstatus "$here/heads" > "$scratch/luajit"
	same luajit "$scratch/luajit"
else
	echo "# no LuaJIT module to compare"
	[ "${HS_SURFACE_RESTY:-}" != yes ] || [ -z "${LUAJIT:-}" ] ||
		fail "resty.httpstatus, which was built, loads"
fi
finish
