# SPDX-License-Identifier: MIT
# Helpers for the manual's tests; sourced after tests/lib.sh.

mandir_src="$top_srcdir/man"

# Every page in the source tree, as paths relative to man/ (man1/x.1 ...).
man_pages() {
	(cd "$mandir_src" && ls man1/*.1 man3/*.3)
}

# link_target PAGE: for a one-line ".so" page, prints the page it includes
# (man3/x.3) and succeeds; fails for a page with its own text.
link_target() {
	sed -n '/^\.so /{s/^\.so  *//p;q;}' "$mandir_src/$1" | grep .
}

# section PAGE TITLE: the source lines of one .SH section, without the .SH.
section() {
	awk -v want="$2" '
		/^\.SH / { t = substr($0, 5); gsub(/"/, "", t); on = (t == want); next }
		on' "$mandir_src/$1"
}

# Turns roff source text into what a reader sees and copies: escapes for
# the backslash, minus, quotes and font changes are undone.
unroff() {
	sed -e 's/\\(aq/'"'"'/g' -e 's/\\(dq/"/g' -e 's/\\-/-/g' -e 's/\\&//g' \
	    -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g'
}

# ex_block PAGE N: the Nth .EX/.EE block of the EXAMPLES section, unroffed.
ex_block() {
	section "$1" EXAMPLES |
		awk -v n="$2" '/^\.EX/ { k++; on = (k == n); next } /^\.EE/ { on = 0 } on' |
		unroff
}

# ex_intro PAGE N: the text line just before the .PP/.RS/.EX that opens
# block N (for "Its output:" or "Its output begins:").
ex_intro() {
	section "$1" EXAMPLES |
		awk -v n="$2" '/^\.EX/ { k++; if (k == n) { print last; exit } }
			!/^\./ { last = $0 }'
}

# roff_args LINE: the arguments of a font macro line as the macro prints
# them: joined with spaces by .B and .I, without by .BI, .BR and the like.
roff_args() {
	case $1 in .B[[:space:]]*|.I[[:space:]]*) ra_sep=" " ;; *) ra_sep= ;; esac
	printf '%s\n' "$1" | sed 's/^\.[A-Z]*[[:space:]]*//' | awk -v sep="$ra_sep" '
	{
		out = ""; s = $0; n = 0
		while (length(s) > 0) {
			sub(/^[ \t]+/, "", s)
			if (s == "") break
			if (substr(s, 1, 1) == "\"") {
				s = substr(s, 2); i = index(s, "\"")
				if (i == 0) { arg = s; s = "" }
				else { arg = substr(s, 1, i - 1); s = substr(s, i + 1) }
			} else {
				i = match(s, /[ \t]/)
				if (i == 0) { arg = s; s = "" }
				else { arg = substr(s, 1, i - 1); s = substr(s, i) }
			}
			out = (n++ ? out sep : "") arg
		}
		print out
	}' | unroff
}

# norm_proto: one C declaration per input line, with whitespace made
# canonical, so that layout differences do not matter.
norm_proto() {
	sed -e 's/[[:space:]][[:space:]]*/ /g' -e 's/ *\([(),*;]\) */\1/g' -e 's/^ //' -e 's/ $//'
}

# check_or_show DESCRIPTION FILE COMMAND...: as check, and on failure shows
# FILE (the messages or the difference that explain it) as TAP comments.
check_or_show() {
	desc=$1; file=$2; shift 2
	if "$@"; then
		pass "$desc"
	else
		fail "$desc"
		sed 's/^/# /' "$file"
	fi
}

# run_transcript NAME FILE DIR: FILE is a terminal session as shown in the
# documentation: "$ command" lines, each followed by the output it shows.
# Each command runs with sh in DIR and must exit 0.  Its output must be
# the one shown; when the shown output holds "..." (a line of its own, for
# lines left out, or at the end of a line, for the rest of that line), the
# shown lines must appear in the real output in the same order instead.
run_transcript() {
	t_name=$1; t_file=$2; t_dir=$3
	rm -f "$scratch"/t-cmd.* "$scratch"/t-want.*
	awk -v dir="$scratch" '
		/^\$ / { n++; printf "%s\n", substr($0, 3) > (dir "/t-cmd." n); printf "" > (dir "/t-want." n); next }
		n { print > (dir "/t-want." n) }' "$t_file"
	t_n=1
	while [ -f "$scratch/t-cmd.$t_n" ]; do
		t_cmd=$(cat "$scratch/t-cmd.$t_n")
		(cd "$t_dir" && sh "$scratch/t-cmd.$t_n") > "$scratch/t-got" 2>&1
		t_st=$?
		check_or_show "$t_name: '$t_cmd' exits 0" "$scratch/t-got" test "$t_st" -eq 0
		awk '
			NR == FNR {
				if ($0 ~ /^[ \t]*\.\.\.$/) { gaps = 1; next }
				if ($0 ~ /\.\.\.$/) gaps = 1
				want[++nw] = $0; next
			}
			{ got[++ng] = $0 }
			END {
				if (!gaps) {
					for (i = 1; i <= nw || i <= ng; i++)
						if (want[i] != got[i]) {
							print "line " i ": shown \"" want[i] "\", got \"" got[i] "\""
							exit 1
						}
					exit 0
				}
				j = 1
				for (i = 1; i <= nw; i++) {
					w = want[i]; pre = (w ~ /\.\.\.$/)
					if (pre) w = substr(w, 1, length(w) - 3)
					while (j <= ng && !(pre ? index(got[j], w) == 1 : got[j] == w)) j++
					if (j > ng) { print "not in the output, in order: " want[i]; exit 1 }
					j++
				}
			}' "$scratch/t-want.$t_n" "$scratch/t-got" > "$scratch/t-diff"
		t_st=$?
		[ "$t_st" -eq 0 ] || { echo "the output was:"; cat "$scratch/t-got"; } >> "$scratch/t-diff"
		check_or_show "$t_name: '$t_cmd' prints what is shown" "$scratch/t-diff" test "$t_st" -eq 0
		t_n=$((t_n + 1))
	done
	return 0
}

# doc_tool COMMAND...: runs a system documentation tool (mandoc, groff,
# man) without a preloaded sanitizer runtime: a sanitizer build's test run
# may set LD_PRELOAD for the interpreters, and the tools are not ours.
doc_tool() {
	env -u LD_PRELOAD "$@"
}
