#!/bin/sh
# SPDX-License-Identifier: MIT
# `luarocks make` of the rockspec at the top of the tree, against an
# installed libhttpstatus (the system's, or the one under $HTTPSTATUS_DIR),
# into a private tree; then lua5.4 requires the module from that tree.
# tests/packages/debian.sh runs it while the Debian packages are installed.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
. "$top_srcdir/tests/lib.sh"

command -v luarocks > /dev/null || skip "luarocks not found"
command -v lua5.4 > /dev/null || skip "lua5.4 not found"
rockspec=$(cd "$top_srcdir" && ls httpstatus-*.rockspec)

# luarocks builds in the current directory: a copy of what it needs.
mkdir "$scratch/src" && cp "$top_srcdir/$rockspec" "$scratch/src/" &&
	cp -R "$top_srcdir/bindings" "$scratch/src/" || exit 99
rm -rf "$scratch/src/bindings/lua/rock"
tree="$scratch/tree"
set -- --lua-version 5.4 --tree "$tree" make "$rockspec"
[ -z "${HTTPSTATUS_DIR:-}" ] || set -- "$@" HTTPSTATUS_DIR="$HTTPSTATUS_DIR"
if (cd "$scratch/src" && luarocks "$@") > "$scratch/make.log" 2>&1; then
	pass "luarocks make $rockspec${HTTPSTATUS_DIR:+ HTTPSTATUS_DIR=$HTTPSTATUS_DIR}"
else
	sed 's/^/# /' "$scratch/make.log"
	fail "luarocks make $rockspec"
	finish
fi
check "luarocks lists httpstatus in the tree" \
	sh -c "luarocks --lua-version 5.4 --tree '$tree' list --porcelain | grep -q '^httpstatus	'"
paths=$(luarocks --lua-version 5.4 --tree "$tree" path)
out=$(eval "$paths" && env -u LUA_INIT -u LUA_INIT_5_4 lua5.4 -e 'local hs = require "httpstatus"
print(package.searchpath("httpstatus", package.cpath)); print(hs.reason(418), hs.from_reason("moved temporarily"))' 2>&1)
check "lua5.4 requires httpstatus from the rocks tree" \
	test "$out" = "$tree/lib/lua/5.4/httpstatus.so
I'm a teapot	302"
printf '%s\n' "$out" | sed 's/^/# /'
finish
