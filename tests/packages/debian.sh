#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Debian packages that dpkg-buildpackage wrote to DIR, uses
# each as its users would, with nothing but the system's default search
# paths: the CLI and the manual, a C program through pkg-config and through
# CMake's find_package(), the Python module with /usr/bin/python3, the Lua
# module with lua5.4 (and a LuaRocks build against the installed library,
# tests/packages/luarocks.sh), resty.httpstatus with luajit and in a real
# nginx.  Then purges the packages and checks that no file of theirs is
# left.
#
#   tests/packages/debian.sh DIR
#
# Needs root, and none of the packages installed beforehand.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
. "$top_srcdir/tests/lib.sh"

debdir=${1:?usage: debian.sh DIR-WITH-DEBS}
[ "$(id -u)" -eq 0 ] || skip "installing packages needs root"
pkgs="libhttpstatus0 libhttpstatus-dev httpstatus python3-httpstatus lua-httpstatus lua-resty-httpstatus"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)

installed() {
	dpkg-query -W -f='${db:Status-Status}\n' "$@" 2>/dev/null | grep -v -x -q 'not-installed'
}
for p in $pkgs; do
	if installed "$p"; then
		echo "$p is installed already; remove it first (dpkg --purge $p)"
		exit 99
	fi
done

debs=
for p in $pkgs; do
	deb=$(ls "$debdir/${p}_"*.deb 2>/dev/null)
	[ -n "$deb" ] && [ "$(printf '%s\n' "$deb" | wc -l)" -eq 1 ] ||
		{ echo "not exactly one ${p}_*.deb in $debdir"; exit 99; }
	debs="$debs $(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
done

# Everything with "httpstatus" in its name, before and after.
our_files() {
	find /usr /etc /var/lib/dpkg/info -path '*httpstatus*' 2>/dev/null | sort
}
our_files > "$scratch/before"

purge() {
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $pkgs > "$scratch/purge.log" 2>&1
}
trap 'installed $pkgs && purge; rm -rf "$scratch"' EXIT

# shellcheck disable=SC2086
if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $debs \
	> "$scratch/install.log" 2>&1; then
	pass "apt-get install the packages"
else
	sed 's/^/# /' "$scratch/install.log"
	fail "apt-get install the packages"
	finish
fi

# ---- The CLI and the manual ----------------------------------------
check "httpstatus is /usr/bin/httpstatus" test "$(command -v httpstatus)" = /usr/bin/httpstatus
check "httpstatus 404" test "$(httpstatus 404 | head -n 1)" = "404 Not Found"
check "man httpstatus" sh -c 'man -w httpstatus | grep -q "^/usr/share/man/man1/httpstatus.1"'
check "man 3 httpstatus_from_reason (a page of its own)" \
	sh -c 'man -w 3 httpstatus_from_reason | grep -q "^/usr/share/man/man3/"'
check "man 3 httpstatus_match_reason (a link to its family's page)" \
	sh -c 'man 3 httpstatus_match_reason 2>/dev/null | grep -q httpstatus_from_reason'
check "bash completion for httpstatus, where bash-completion loads it" \
	bash -c '. /usr/share/bash-completion/completions/httpstatus && complete -p httpstatus > /dev/null'

# ---- C: pkg-config and CMake ---------------------------------------
cat > "$scratch/app.c" <<'C'
#include <httpstatus.h>
#include <stdio.h>
int main(void) { puts(httpstatus_reason(HTTPSTATUS_IM_A_TEAPOT)); return 0; }
C
check "a C program builds with pkg-config and runs" sh -c "
	cc -o '$scratch/app' '$scratch/app.c' \$(pkg-config --cflags --libs libhttpstatus) &&
	test \"\$('$scratch/app')\" = \"I'm a teapot\""
check "... and statically with pkg-config --static" sh -c "
	cc -static -o '$scratch/app-static' '$scratch/app.c' \$(pkg-config --static --cflags --libs libhttpstatus) &&
	test \"\$('$scratch/app-static')\" = \"I'm a teapot\""
if command -v cmake > /dev/null; then
	for how in config pkg-config; do
		b="$scratch/cmake-$how"
		use_pc=OFF
		[ "$how" = config ] || use_pc=ON
		if cmake -S "$top_srcdir/tests/cmake" -B "$b" -DHS_USE_PKGCONFIG=$use_pc > "$b.log" 2>&1 &&
			cmake --build "$b" >> "$b.log" 2>&1 &&
			[ "$("$b/app" | cut -d '|' -f 1)" = "I'm a teapot" ]; then
			pass "CMake ($how) finds the installed library with no hints"
		else
			sed 's/^/# /' "$b.log"
			fail "CMake ($how) finds the installed library with no hints"
		fi
	done
	check "find_package used /usr/lib/$multiarch/cmake/libhttpstatus" \
		grep -q "^libhttpstatus_DIR:PATH=/usr/lib/$multiarch/cmake/libhttpstatus\$" \
		"$scratch/cmake-config/CMakeCache.txt"
else
	fail "cmake not found"
fi

# ---- Python --------------------------------------------------------
out=$(/usr/bin/python3 -I -c 'import httpstatus; print(httpstatus.__file__); print(httpstatus.reason(418))' 2>&1)
check "/usr/bin/python3 imports httpstatus from /usr/lib/python3/dist-packages" \
	test "$out" = "/usr/lib/python3/dist-packages/httpstatus/__init__.py
I'm a teapot"
printf '%s\n' "$out" | sed 's/^/# /'

# ---- Lua 5.4 -------------------------------------------------------
lua_env="env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 -u LUA_CPATH_5_4 -u LUA_INIT -u LUA_INIT_5_4"
out=$($lua_env lua5.4 -e 'local hs = require "httpstatus"
print(package.searchpath("httpstatus", package.cpath)); print(hs.reason(418))' 2>&1)
check "lua5.4 requires httpstatus from /usr/lib/$multiarch/lua/5.4" \
	test "$out" = "/usr/lib/$multiarch/lua/5.4/httpstatus.so
I'm a teapot"
printf '%s\n' "$out" | sed 's/^/# /'

if [ -f "$top_srcdir/tests/packages/luarocks.sh" ]; then
	if sh "$top_srcdir/tests/packages/luarocks.sh" > "$scratch/luarocks.log" 2>&1; then
		pass "luarocks make builds the Lua module against the installed library"
	else
		sed 's/^/# /' "$scratch/luarocks.log"
		fail "luarocks make builds the Lua module against the installed library"
	fi
fi

# ---- LuaJIT and nginx ----------------------------------------------
if command -v luajit > /dev/null; then
	out=$($lua_env luajit -e 'local hs = require "resty.httpstatus"
print(package.searchpath("resty.httpstatus", package.path)); print(hs.reason(429))' 2>&1)
	check "luajit requires resty.httpstatus from /usr/share/lua/5.1" \
		test "$out" = "/usr/share/lua/5.1/resty/httpstatus.lua
Too Many Requests"
	printf '%s\n' "$out" | sed 's/^/# /'
else
	fail "luajit not found"
fi
sh "$top_srcdir/tests/packages/nginx.sh" "$scratch/nginx" && pass "resty.httpstatus in nginx" ||
	fail "resty.httpstatus in nginx"

# ---- Purge: nothing may be left ------------------------------------
if purge; then
	pass "apt-get purge the packages"
else
	sed 's/^/# /' "$scratch/purge.log"
	fail "apt-get purge the packages"
fi
none_installed() { ! installed $pkgs; }
check "none of the packages is left, not even its configuration" none_installed
our_files > "$scratch/after"
left=$(comm -13 "$scratch/before" "$scratch/after")
check "no file of theirs is left" test -z "$left"
printf '%s\n' "$left" | sed '/^$/d; s/^/# left: /'
check "ld.so.cache no longer lists libhttpstatus" sh -c '! ldconfig -p | grep -q libhttpstatus'
finish
