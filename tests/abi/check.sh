#!/bin/sh
# SPDX-License-Identifier: MIT
# The ABI of the built libhttpstatus.so equals the committed baseline, and
# any difference, even an addition, fails: a new function or enum value
# must come with a new baseline (see CONTRIBUTING.md).  Two baselines:
#
#   tests/abi/libhttpstatus.abi  the library: soname, exported functions,
#                                their symbol versions and signatures;
#   tests/abi/types.abi          the enums of httpstatus.h.  The functions
#                                take plain ints, so the enums are not in
#                                the library's debug information; a probe
#                                library built here from the header, with
#                                one function per enum, carries them.
#
# `make abi-baseline` (check.sh --update) writes both baselines again.
# Skipped without abidw/abidiff, without debug information (-g), and on
# another architecture than the baseline's.
. "$top_srcdir/tests/lib.sh"

update=
[ "${1:-}" = --update ] && update=1
abidir="$top_srcdir/tests/abi"
lib="$top_builddir/libhttpstatus/.libs/libhttpstatus.so"
header="$top_builddir/libhttpstatus/httpstatus.h"

[ -n "${ABIDW:-}" ] && [ -n "${ABIDIFF:-}" ] || skip "abidw/abidiff not found (abigail-tools)"
[ -f "$lib" ] || skip "no shared library was built"
"${READELF:-readelf}" -S "$lib" | grep -q '\.debug_info' ||
	skip "the library has no debug information (CFLAGS without -g)"

# abidw without anything that depends on where the tree is: no corpus path,
# no compilation directory, no source locations, and translation units
# named by their file name alone.
dump() {
	"$ABIDW" --no-corpus-path --no-comp-dir-path --no-show-locs "$1" |
		sed "s|\\(<abi-instr [^>]*path='\\)[^']*/|\\1|"
}

# The probe: one exported function per enum of the public header.
enums=$(sed -n 's/^enum \(httpstatus_[a-z_]*\) {$/\1/p' "$header")
[ -n "$enums" ] || { echo "no enum found in $header"; exit 99; }
{
	echo '#include "httpstatus.h"'
	for e in $enums; do
		echo "enum $e hs_abi_$e(enum $e v);"
		echo "enum $e hs_abi_$e(enum $e v) { return v; }"
	done
} > "$scratch/probe.c"
if ! ${CC:-cc} -g -O0 -shared -fPIC -I"$top_builddir/libhttpstatus" \
	-o "$scratch/libhsabiprobe.so" "$scratch/probe.c" 2> "$scratch/cc.log"; then
	cat "$scratch/cc.log"
	fail "build the enum probe library"
	finish
fi

dump "$lib" > "$scratch/libhttpstatus.abi" || { fail "abidw $lib"; finish; }
dump "$scratch/libhsabiprobe.so" > "$scratch/types.abi" || { fail "abidw probe"; finish; }

if [ -n "$update" ]; then
	cp "$scratch/libhttpstatus.abi" "$abidir/libhttpstatus.abi"
	cp "$scratch/types.abi" "$abidir/types.abi"
	echo "wrote $abidir/libhttpstatus.abi and $abidir/types.abi"
	exit 0
fi

arch() { sed -n "1s/.* architecture='\\([^']*\\)'.*/\\1/p" "$1"; }
[ -f "$abidir/libhttpstatus.abi" ] || { echo "no baseline; run make abi-baseline"; exit 99; }
[ "$(arch "$abidir/libhttpstatus.abi")" = "$(arch "$scratch/libhttpstatus.abi")" ] ||
	skip "the baseline is for $(arch "$abidir/libhttpstatus.abi"), this is $(arch "$scratch/libhttpstatus.abi")"

# compare NAME BASELINE NEW
compare() {
	"$ABIDIFF" "$2" "$3" > "$scratch/diff" 2>&1
	st=$?
	if [ "$st" -eq 0 ]; then
		pass "$1 equals the baseline"
	else
		fail "$1 differs from the baseline (abidiff exit status $st)"
		sed 's/^/# /' "$scratch/diff"
	fi
}
compare "the library's ABI (functions, versions, soname)" "$abidir/libhttpstatus.abi" "$lib"
compare "the enums of httpstatus.h (their ABI)" "$abidir/types.abi" "$scratch/libhsabiprobe.so"
# The enum baseline must hold every enum the header declares.
missing=
for e in $enums; do
	grep -q "enum-decl name='$e'" "$abidir/types.abi" || missing="$missing $e"
done
check "the enum baseline has every enum of the header${missing:+ (missing:$missing)}" \
	test -z "$missing"
finish
