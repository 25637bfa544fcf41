#!/bin/sh
# SPDX-License-Identifier: MIT
# The library exports exactly the functions the public header declares,
# each at the version node HTTPSTATUS_1 of the version script, which lists the
# same names.  A later release adds a node and teaches this test about it.
. "$top_srcdir/tests/lib.sh"

lib="$top_builddir/libhttpstatus/.libs/libhttpstatus.so"
[ -f "$lib" ] || skip "no shared library was built"
command -v readelf >/dev/null 2>&1 || skip "readelf not found"

# Functions declared in the header: "name(" at the start of a declaration.
sed -n 's/^[a-z_ ]*[ *]\(httpstatus_[a-z_0-9]*\)(.*/\1/p' \
	"$top_builddir/libhttpstatus/httpstatus.h" | sort -u > "$scratch/header"
# Names in the version script's global section.
sed -n '/global:/,/local:/s/^[[:space:]]*\(httpstatus_[a-z_0-9]*\);.*/\1/p' \
	"$top_srcdir/libhttpstatus/libhttpstatus.sym" | sort -u > "$scratch/script"
# Defined dynamic symbols, with their versions.
readelf --dyn-syms -W "$lib" |
	awk '$1 ~ /^[0-9]+:$/ && $7 != "UND" && $8 != "" && $5 != "LOCAL" { print $8 }' |
	grep -v '^HTTPSTATUS_[0-9]*$' | grep -v '^$' | sort -u > "$scratch/exported"

check "the header declares functions" test -s "$scratch/header"
check "header = version script" cmp -s "$scratch/header" "$scratch/script" ||
	diff "$scratch/header" "$scratch/script"
sed 's/@.*//' "$scratch/exported" | sort -u > "$scratch/names"
check "exported = header" cmp -s "$scratch/header" "$scratch/names" ||
	diff "$scratch/header" "$scratch/names"
check "every export is versioned HTTPSTATUS_1" \
	sh -c "! grep -v '@@HTTPSTATUS_1\$' '$scratch/exported'"
check "nothing but httpstatus_ is exported" \
	sh -c "! grep -v '^httpstatus_' '$scratch/names'"
finish
