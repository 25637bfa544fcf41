#!/bin/sh
# SPDX-License-Identifier: MIT
# The version is written once, in configure.ac (hs_major, hs_minor,
# hs_micro).  The files that cannot read it from there must say the same:
# each check below names the file to change for a new release.
. "$top_srcdir/tests/lib.sh"

v=${HS_VERSION:?run me through make check}
echo "# configure.ac: $v"

# same FILE WHAT FOUND: passes when FOUND is the version.
same() {
	if [ "$3" = "$v" ]; then
		pass "$1: $2 $3"
	else
		fail "$1: $2 is '$3', configure.ac says $v"
	fi
}

same NEWS "the latest release" \
	"$(sed -n 's/^Version \([^ ]*\) .*/\1/p' "$top_srcdir/NEWS" | head -n 1)"

# Debian: the upstream part of the newest entry's version.
same debian/changelog "upstream version" \
	"$(sed -n '1s/^libhttpstatus (\([^-)]*\)-[^)]*).*/\1/p' "$top_srcdir/debian/changelog")"

same pyproject.toml "version" \
	"$(sed -n 's/^version = "\(.*\)"$/\1/p' "$top_srcdir/pyproject.toml")"

# LuaRocks: the file name and the version inside, NAME-VERSION-REVISION.
rockspecs=$(cd "$top_srcdir" && ls ./*.rockspec 2>/dev/null)
check "one rockspec at the top of the tree" test "$(printf '%s\n' "$rockspecs" | grep -c .)" -eq 1
rockspec=${rockspecs#./}
same "$rockspec" "file name" "$(printf '%s\n' "$rockspec" | sed -n 's/^httpstatus-\(.*\)-[0-9]*\.rockspec$/\1/p')"
same "$rockspec" "version" \
	"$(sed -n 's/^version = "\(.*\)-[0-9]*"$/\1/p' "$top_srcdir/$rockspec" 2>/dev/null)"
same "$rockspec" "source tarball" \
	"$(sed -n 's/^ *url = "libhttpstatus-\(.*\)\.tar\.gz",$/\1/p' "$top_srcdir/$rockspec" 2>/dev/null)"

same bindings/lua/dist.ini "version" \
	"$(sed -n 's/^version = \(.*\)$/\1/p' "$top_srcdir/bindings/lua/dist.ini")"

# Made by configure from its template: checks that the template uses the
# configured version.
same cmake/libhttpstatus-config-version.cmake "PACKAGE_VERSION" \
	"$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' \
		"$top_builddir/cmake/libhttpstatus-config-version.cmake")"
finish
