#!/bin/sh
# SPDX-License-Identifier: MIT
# The bash completion, in a real bash: the file is sourced, registers
# itself for httpstatus, and completes options, dialects, classes, fields
# and codes as the built program knows them.  Also: it is installed.
. "$top_srcdir/tests/lib.sh"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
bash=$(command -v bash 2>/dev/null) || skip "bash is not installed"
file="$top_srcdir/tools/httpstatus.bash"

# complete WORDS...: the completions bash offers for the last word of the
# command line "httpstatus WORDS..." (the last word may be empty), one a
# line, sorted.
complete_words() {
	env -u LD_PRELOAD "$bash" --norc --noprofile -c '
		. "$1" || exit 3
		prog=$2; shift 2
		complete -p httpstatus > /dev/null || exit 4
		COMP_WORDS=(httpstatus "$@")
		COMP_CWORD=$#
		COMP_LINE="httpstatus $*"
		COMP_POINT=${#COMP_LINE}
		_httpstatus "$prog" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" || exit 5
		[ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"' bash "$file" "$hs" "$@" | sort
}

env -u LD_PRELOAD "$bash" --norc --noprofile -c '. "$1" && complete -p httpstatus' bash "$file" \
	> "$scratch/out" 2>&1
check "the file registers _httpstatus for httpstatus" grep -q -- '-F _httpstatus httpstatus' "$scratch/out"

complete_words --su > "$scratch/got"
check "--su completes to --summary" test "$(cat "$scratch/got")" = "--summary"
complete_words --list- > "$scratch/got"
check "--list- completes to --list-dialects, --list-fields and --list-headers" \
	test "$(tr '\n' ' ' < "$scratch/got")" = "--list-dialects --list-fields --list-headers "
# Every long option of --help is offered for "--".
"$hs" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$scratch/want"
complete_words -- > "$scratch/got"
check_diff() { diff "$1" "$2" > "$scratch/diff" || { sed 's/^/# /' "$scratch/diff"; return 1; }; }
check "-- offers every long option of --help" check_diff "$scratch/want" "$scratch/got"
check "... which includes --json and --tsv" sh -c 'grep -qx -- --json "$1" && grep -qx -- --tsv "$1"' _ "$scratch/got"

"$hs" --list-dialects | sort > "$scratch/want"
complete_words --dialect "" > "$scratch/got"
check "--dialect offers the program's dialects" check_diff "$scratch/want" "$scratch/got"
complete_words -d ap > "$scratch/got"
check "-d ap offers the Apache dialects" \
	test "$(tr '\n' ' ' < "$scratch/got")" = "apache13 apache22 apache24 "
complete_words --class "" > "$scratch/got"
check "--class offers 1 to 5" test "$(tr '\n' ' ' < "$scratch/got")" = "1 2 3 4 5 "

complete_words --tsv --fields co > "$scratch/got"
check "--fields co offers code" test "$(cat "$scratch/got")" = "code"
complete_words --tsv --fields code,cl > "$scratch/got"
check "--fields code,cl offers code,class and code,class-name" \
	test "$(tr '\n' ' ' < "$scratch/got")" = "code,class code,class-name "

"$hs" --list --format %c | grep '^40' | sort > "$scratch/want"
complete_words 40 > "$scratch/got"
check "40 offers the known 40x codes" check_diff "$scratch/want" "$scratch/got"
check "... 404 among them" grep -qx 404 "$scratch/got"
complete_words --json 41 > "$scratch/got"
check "after an option, 41 offers codes too" grep -qx 418 "$scratch/got"
complete_words --format "" > "$scratch/got"
check "--format offers nothing" test ! -s "$scratch/got"
complete_words --header Content-T > "$scratch/got"
check "--header Content-T offers Content-Type" grep -qx Content-Type "$scratch/got"
complete_words --check --method HEAD "$top_srcdir/README.m" > "$scratch/got"
check "--check offers files" grep -qx "$top_srcdir/README.md" "$scratch/got"

# Installed where configure said.
dest="$scratch/dest"
if installed_copy "$dest"; then
	check "installed under the command's name" \
		sh -c "find '$dest' -path '*completions/httpstatus' -type f | grep -q ."
else
	fail "make install DESTDIR=..."
fi
finish
