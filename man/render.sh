#!/bin/sh
# SPDX-License-Identifier: MIT
# Renders every man page, ".so" link pages included, with groff (all
# warnings on) and with man -l at 80 columns: any message fails, and no
# line may run past 80 columns.  Runs from man/ so that ".so man3/..."
# links resolve as they do in an installed tree.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

groff=$(command -v groff 2>/dev/null) || groff=
man=$(command -v man 2>/dev/null) || man=
[ -n "$groff$man" ] || skip "neither groff nor man is installed"
[ -n "$groff" ] || echo "# groff not found: groff -ww not run"
[ -n "$man" ] || echo "# man not found: man -l not run"

cd "$mandir_src" || exit 99
pages=$(man_pages)
check "there are pages" test -n "$pages"

for page in $pages; do
	if [ -n "$groff" ]; then
		doc_tool "$groff" -ww -z -man "$page" > "$scratch/groff" 2>&1
		st=$?
		check_or_show "groff -ww -z -man $page" "$scratch/groff" \
			test "$st" -eq 0 -a ! -s "$scratch/groff"
	fi
	[ -n "$man" ] || continue
	MANPAGER=cat PAGER=cat MANWIDTH=80 LC_ALL=C.UTF-8 \
		doc_tool "$man" --warnings=w -l "$page" > "$scratch/out" 2> "$scratch/err"
	st=$?
	check_or_show "man -l $page renders without a message" "$scratch/err" \
		test "$st" -eq 0 -a ! -s "$scratch/err"
	check "man -l $page has a NAME section" grep -q '^NAME' "$scratch/out"
	# Nothing may run past 80 columns: long titles and code lines do.
	# (Each UTF-8 sequence counts as one column.)
	LC_ALL=C sed 's/[\xc0-\xf7][\x80-\xbf]*/x/g' "$scratch/out" |
		awk -v f="$page" 'length($0) > 80 { print f ": " length($0) " columns: " $0; bad = 1 }
			END { exit bad }' > "$scratch/wide"
	check_or_show "man -l $page fits in 80 columns" "$scratch/wide" test ! -s "$scratch/wide"
done
finish
