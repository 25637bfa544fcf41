#!/bin/sh
# SPDX-License-Identifier: MIT
# httpstatus(1) and `httpstatus --help` describe the same options: every
# long option of one appears in the other, and so does every short one.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

hs=${HTTPSTATUS:-$top_builddir/tools/httpstatus}
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
page="$mandir_src/man1/httpstatus.1"

"$hs" --help > "$scratch/help"
check "httpstatus --help exits 0" test $? -eq 0

# Long options: "--word" anywhere.  Short options: "-x" at the start of an
# option line of the help, and in OPTIONS items of the page.
grep -o -- '--[a-z][a-z0-9-]*' "$scratch/help" | sort -u > "$scratch/help-long"
sed -n 's/^ *\(-[A-Za-z]\), --.*/\1/p' "$scratch/help" | sort -u > "$scratch/help-short"
# The page: the item lines (after .TP) of its OPTIONS section, and any
# long option mentioned anywhere.
section man1/httpstatus.1 OPTIONS | awk 'prev ~ /^\.TP/ { print } { prev = $0 }' | unroff > "$scratch/items"
grep -o -- '--[a-z][a-z0-9-]*' "$scratch/items" | sort -u > "$scratch/man-long"
grep -o -- '^\.[BIR]* *"*-[A-Za-z]\>' "$scratch/items" | sed 's/.*\(-[A-Za-z]\)$/\1/' |
	sort -u > "$scratch/man-short"
unroff < "$page" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u > "$scratch/man-any"

check "--help lists long options" test "$(wc -l < "$scratch/help-long")" -ge 5
check "--help lists short options" test "$(wc -l < "$scratch/help-short")" -ge 3

comm -23 "$scratch/help-long" "$scratch/man-long" > "$scratch/missing"
check_or_show "every long option of --help is an item of OPTIONS in httpstatus(1)" "$scratch/missing" test ! -s "$scratch/missing"
comm -13 "$scratch/help-long" "$scratch/man-long" > "$scratch/extra"
check_or_show "every OPTIONS item of httpstatus(1) is in --help" "$scratch/extra" test ! -s "$scratch/extra"
comm -13 "$scratch/help-long" "$scratch/man-any" > "$scratch/extra"
check_or_show "every long option named anywhere in httpstatus(1) exists" "$scratch/extra" test ! -s "$scratch/extra"
comm -23 "$scratch/help-short" "$scratch/man-short" > "$scratch/missing"
check_or_show "every short option of --help is an item of OPTIONS in httpstatus(1)" "$scratch/missing" test ! -s "$scratch/missing"
comm -13 "$scratch/help-short" "$scratch/man-short" > "$scratch/extra"
check_or_show "every short OPTIONS item of httpstatus(1) is in --help" "$scratch/extra" test ! -s "$scratch/extra"

# The FIELDS section lists the fields --list-fields prints, with their
# letters, in the same order.
"$hs" --list-fields | awk '{ print $1, $2 }' > "$scratch/fields"
section man1/httpstatus.1 FIELDS | awk 'prev ~ /^\.TP/ { print } { prev = $0 }' |
	while read -r line; do roff_args "$line"; done | sed 's/,//' > "$scratch/man-fields"
{ diff "$scratch/fields" "$scratch/man-fields"; } > "$scratch/diff"
check_or_show "httpstatus(1) FIELDS lists the fields of --list-fields" "$scratch/diff" \
	test -s "$scratch/fields" -a ! -s "$scratch/diff"

# Each option the page documents is one the program accepts.
printf 'HTTP/1.1 204 No Content\r\nDate: Mon, 30 Nov 2026 12:00:00 GMT\r\n\r\n' > "$scratch/clean.head"
while read -r opt; do
	case $opt in
	--dialect) args="$opt nginx 404" ;;
	--http) args="--status-line $opt 1.0 404" ;;
	--class) args="--list $opt 4" ;;
	--registered|--unofficial) args="--list $opt" ;;
	--list|--help|--version|--list-dialects|--list-fields|--summary) args="$opt" ;;
	--field) args="--summary $opt 9" ;;
	--fields) args="--tsv $opt code,name 404" ;;
	--format) args="$opt %c 404" ;;
	--check) args="$opt $scratch/clean.head" ;;
	--method) args="--check $opt GET $scratch/clean.head" ;;
	--header) args="$opt content-type" ;;
	--list-headers) args="$opt" ;;
	*) args="$opt 404" ;;
	esac
	# shellcheck disable=SC2086
	"$hs" $args > /dev/null 2> "$scratch/err" < /dev/null
	st=$?
	check_or_show "httpstatus $args is accepted" "$scratch/err" test "$st" -eq 0
done < "$scratch/man-long"
finish
