#!/bin/sh
# SPDX-License-Identifier: MIT
# The examples in the manual are real: each C program in an EXAMPLES
# section is compiled against the library and run, and its output is
# compared with the output the page shows; each "$ httpstatus ..." command
# in httpstatus(1) is run and must print what the page shows (see
# run_transcript in man/manlib.sh).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

hs=${HTTPSTATUS:-$top_builddir/tools/httpstatus}
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
incdir="$top_builddir/libhttpstatus"
libdir="$top_builddir/libhttpstatus/.libs"
[ -f "$incdir/httpstatus.h" ] || { echo "no header generated"; exit 99; }

programs=0
for page in $(man_pages); do
	case $page in man3/*) ;; *) continue ;; esac
	link_target "$page" >/dev/null && continue
	name=$(basename "$page" .3)
	ex_block "$page" 1 > "$scratch/$name.c"
	grep -q 'int main' "$scratch/$name.c" || continue
	programs=$((programs + 1))

	# Warnings are errors: an example must be clean C99.
	# shellcheck disable=SC2086
	${CC:-cc} ${HS_TEST_CFLAGS:-} -std=c99 -Wall -Wextra -Werror -I"$incdir" \
		-o "$scratch/$name" "$scratch/$name.c" -L"$libdir" -lhttpstatus > "$scratch/cc.log" 2>&1
	st=$?
	check_or_show "$page: the example compiles" "$scratch/cc.log" test "$st" -eq 0
	[ "$st" -eq 0 ] || continue
	"$scratch/$name" > "$scratch/$name.out" 2> "$scratch/$name.err"
	st=$?
	check "$page: the example exits 0" test "$st" -eq 0
	check "$page: the example writes no error" test ! -s "$scratch/$name.err"

	intro=$(ex_intro "$page" 2)
	ex_block "$page" 2 > "$scratch/$name.want"
	case $intro in
	"Its output:")
		diff "$scratch/$name.want" "$scratch/$name.out" > "$scratch/diff"
		check_or_show "$page: the output is the one shown" "$scratch/diff" \
			cmp -s "$scratch/$name.want" "$scratch/$name.out"
		;;
	"Its output begins:")
		n=$(wc -l < "$scratch/$name.want")
		head -n "$n" "$scratch/$name.out" > "$scratch/$name.head"
		diff "$scratch/$name.want" "$scratch/$name.head" > "$scratch/diff"
		check_or_show "$page: the output begins as shown" "$scratch/diff" \
			sh -c 'test "$1" -gt 0 && cmp -s "$2" "$3"' _ "$n" "$scratch/$name.want" "$scratch/$name.head"
		;;
	*)
		# No output shown: the program must at least say something.
		check "$page: the example prints something" test -s "$scratch/$name.out"
		;;
	esac
done
check "the pages hold C examples" test "$programs" -ge 10

# httpstatus(1): each example block is a terminal session to replay.
mkdir -p "$scratch/bin" "$scratch/run"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$hs" > "$scratch/bin/httpstatus"
chmod +x "$scratch/bin/httpstatus"
PATH="$scratch/bin:$PATH"; export PATH
blocks=$(section man1/httpstatus.1 EXAMPLES | grep -c '^\.EX')
commands=0
i=1
while [ "$i" -le "$blocks" ]; do
	ex_block man1/httpstatus.1 "$i" > "$scratch/session"
	commands=$((commands + $(grep -c '^\$ ' "$scratch/session")))
	run_transcript "httpstatus(1) example $i" "$scratch/session" "$scratch/run"
	i=$((i + 1))
done
check "httpstatus(1) shows commands" test "$commands" -ge 3
finish
