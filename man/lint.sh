#!/bin/sh
# SPDX-License-Identifier: MIT
# Lints every man page with mandoc -Tlint at warning level: any message
# fails.  Also checks the form of the ".so" link pages and that code
# blocks are written to be copied.  Runs from man/ so that ".so man3/..."
# links resolve as they do in an installed tree.  (man/render.sh renders
# the pages with groff and man.)
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

mandoc=${MANDOC:-}
[ -n "$mandoc" ] || mandoc=$(command -v mandoc 2>/dev/null) || skip "mandoc is not installed"

cd "$mandir_src" || exit 99
pages=$(man_pages)
check "there are pages" test -n "$pages"

for page in $pages; do
	if target=$(link_target "$page"); then
		# A link page is one ".so" line to a page with its own text; mandoc
		# rates ".so" itself as fragile, so the lint runs on the target.
		check "$page: .so target $target exists" test -f "$target"
		check "$page: nothing but the .so line" test "$(grep -c . "$page")" -eq 1
		continue
	fi
	doc_tool "$mandoc" -Tlint -Wwarning "$page" > "$scratch/lint" 2>&1
	st=$?
	check_or_show "mandoc -Tlint -Wwarning $page" "$scratch/lint" \
		test "$st" -eq 0 -a ! -s "$scratch/lint"

	# In code and output blocks a plain - or ' prints as a typographic
	# hyphen or quote, which breaks copy and paste: \- and \(aq are needed.
	awk '/^\.EX/ { on = 1; next } /^\.EE/ { on = 0 }
		on && (/(^|[^\\])-/ || /'"'"'/) { print FILENAME ":" FNR ": " $0; bad = 1 }
		END { exit bad }' "$page" > "$scratch/dash"
	check_or_show "$page: code blocks use \\- and \\(aq" "$scratch/dash" \
		test ! -s "$scratch/dash"
done
finish
