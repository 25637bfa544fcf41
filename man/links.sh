#!/bin/sh
# SPDX-License-Identifier: MIT
# man/links.sh PAGE...: for each section-3 page, the other functions its
# NAME section documents, as "name page" lines (httpstatus_fallback
# httpstatus_class_of).  `make install` gives each of them a one-line
# ".so" page, so that every function has a page of its name without a
# file of its own in the source tree.
for page in "$@"; do
	base=$(basename "$page" .3)
	awk -v base="$base" '
		/^\.SH / { if (on) exit; on = ($0 ~ /^\.SH "?NAME"?$/); next }
		on {
			line = $0; last = sub(/[ \t]*\\-.*/, "", line)
			gsub(/\\/, "", line); gsub(/,/, " ", line)
			n = split(line, w, /[ \t]+/)
			for (i = 1; i <= n; i++)
				if (w[i] != "" && w[i] != base) print w[i], base
			if (last) exit
		}' "$page"
done
