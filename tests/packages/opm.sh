#!/bin/sh
# SPDX-License-Identifier: MIT
# `make opm` in the configured build directory BUILD lays out the OPM
# package of resty.httpstatus; its dist.ini has the keys opm requires
# (but repo_link, see the file) and the module in it, loaded by luajit,
# is of dist.ini's version.
#
#   tests/packages/opm.sh BUILD
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${1:?usage: opm.sh BUILD-DIRECTORY}
. "$top_srcdir/tests/lib.sh"

command -v luajit > /dev/null || skip "luajit not found"
if make -C "$top_builddir" opm > "$scratch/make.log" 2>&1; then
	pass "make opm"
else
	sed 's/^/# /' "$scratch/make.log"
	fail "make opm"
	finish
fi
dir=$(ls -d "$top_builddir"/lua-resty-httpstatus-*/ | head -n 1)
ini="$dir/dist.ini"
for key in name abstract author license is_original lib_dir main_module version; do
	check "dist.ini: $key" grep -q "^$key = ." "$ini"
done
main=$(sed -n 's/^main_module = //p' "$ini")
check "the main module $main is in the package" test -f "$dir/$main"
version=$(sed -n 's/^version = //p' "$ini")
soname=$(sed -n "s/^dlname='\(.*\)'$/\1/p" "$top_builddir/libhttpstatus/libhttpstatus.la")
out=$(cd "$dir" && HTTPSTATUS_LIBRARY="$top_builddir/libhttpstatus/.libs/$soname" \
	luajit -e 'package.path = "lib/?.lua;" .. package.path
local hs = require "resty.httpstatus"; print(hs._VERSION, hs.reason(429))' 2>&1)
check "luajit loads it: version $version" test "$out" = "$version	Too Many Requests"
printf '%s\n' "$out" | sed 's/^/# /'
finish
