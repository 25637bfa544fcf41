#!/bin/sh
# SPDX-License-Identifier: MIT
# How the library links: its calls to itself bind inside it, and the static
# archive makes only httpstatus_* global.
. "$top_srcdir/tests/lib.sh"

libs="$top_builddir/libhttpstatus/.libs"
so="$libs/libhttpstatus.so"
ar="$libs/libhttpstatus.a"
cc=${CC:-cc}
flags="-I$top_builddir/libhttpstatus ${HS_TEST_CFLAGS:-}"
[ -f "$so" ] || skip "no shared library was built"

# No relocation of the shared library names one of its own functions: an
# internal call through the PLT or the GOT could be answered by another
# definition of the same name.
"${READELF:-readelf}" -rW "$so" > "$scratch/relocs"
check "the shared library has relocations to read" test -s "$scratch/relocs"
check "no relocation names an httpstatus_ function" \
	sh -c "! grep -q ' httpstatus_' '$scratch/relocs'"

# A program that defines its own httpstatus_class_of and friends.
if $cc $flags -o "$scratch/interpose" "$top_srcdir/tests/link/interpose.c" \
	-L"$libs" -lhttpstatus -Wl,-rpath,"$libs" 2> "$scratch/cc.log"; then
	pass "a program defining httpstatus_class_of links against the shared library"
	"$scratch/interpose" > "$scratch/interpose.out"
	rc=$?
	sed 's/^/# /' "$scratch/interpose.out"
	check "the library's calls to itself ignore the program's definitions" test "$rc" -eq 0
else
	cat "$scratch/cc.log"
	fail "a program defining httpstatus_class_of links against the shared library"
fi

# The static archive.
if [ -f "$ar" ]; then
	${NM:-nm} -g --defined-only "$ar" | awk 'NF == 3 { print $3 }' | sort -u > "$scratch/globals"
	check "the archive defines global symbols" test -s "$scratch/globals"
	check "only httpstatus_* are global in the archive" \
		sh -c "! grep -v '^httpstatus_' '$scratch/globals'"
	grep -v '^httpstatus_' "$scratch/globals" | sed 's/^/# global: /'
	if $cc $flags -o "$scratch/static" "$top_srcdir/tests/link/static.c" "$ar" \
		2> "$scratch/cc.log"; then
		pass "a program defining hs_hash, hs_pool, lookup... links the archive"
		check "the statically linked program and library both answer" "$scratch/static"
	else
		cat "$scratch/cc.log"
		fail "a program defining hs_hash, hs_pool, lookup... links the archive"
	fi
else
	echo "# no static archive (--disable-static): archive checks not run"
fi
finish
