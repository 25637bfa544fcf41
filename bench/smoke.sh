#!/bin/sh
# SPDX-License-Identifier: MIT
# A quick run of the benchmarks: tiny iteration counts, so it says nothing
# about speed.  It checks that every benchmark runs (the C harness also
# checks its baselines against the library) and that the report is well
# formed: the machine, every C measure with numbers, the growth table, the
# footprint, and for each binding either its numbers or why there are none.
. "$top_srcdir/tests/lib.sh"

[ -x "$top_builddir/bench/hsbench" ] || { echo "bench/hsbench was not built"; exit 99; }
report="$scratch/report.md"
if sh "$top_srcdir/bench/run" --quick --output "$report" > "$scratch/out" 2> "$scratch/err"; then
	pass "bench/run --quick exits 0"
else
	sed 's/^/# /' "$scratch/err"
	fail "bench/run --quick exits 0"
fi
check "the report is written" test -s "$report"
check "the report is also printed" cmp -s "$report" "$scratch/out"
[ -s "$report" ] || finish

has() { grep -F -q -- "$1" "$report"; }
check "title" has "# libhttpstatus benchmark report"
check "says it is a quick run" has "**Quick run**"
for field in "| CPU |" "| cores |" "| compiler |" "| date |"; do
	check "machine: $field" has "$field"
done
check "CPU model is filled in" sh -c "grep '^| CPU |' '$report' | grep -q -v '^| CPU |  *|'"

# Every C measure is a table row with two times, a ratio and the
# instruction counts, or a line saying why it was not measured (a baseline
# whose Debian package is missing skips its rows, never the build).
c_rows() {
	awk '/^## C$/ { on = 1; next } /^#/ { on = 0 } on && /^\| / && !/^\| measure/ && !/^\|---/' "$report"
}
c_rows > "$scratch/rows"
awk '/^## C$/ { on = 1; next } /^#/ { on = 0 } on && /^- Not measured: /' "$report" > "$scratch/skipped"
n=$(wc -l < "$scratch/rows" | tr -d ' ')
k=$(wc -l < "$scratch/skipped" | tr -d ' ')
check "12 C measures in the report, measured or not ($n + $k)" test $((n + k)) -eq 12
for what in "httpstatus_reason(code), traffic mix" "httpstatus_reason(code), every known code" \
	"a pointer table" \
	"httpstatus_format_status_line()" "1 MiB NUL-terminated" "1 MiB with its length"; do
	check "C row: $what" grep -F -q -- "$what" "$scratch/rows"
done
for id in reverse-canonical reverse-case reverse-dialect reverse-miss parse parse-llhttp; do
	case $id in
	parse-llhttp) what="llhttp_execute()" ;;
	reverse-canonical) what="canonical phrases" ;;
	reverse-case) what="odd casing" ;;
	reverse-dialect) what="other dialects" ;;
	reverse-miss) what="near misses" ;;
	parse) what="httpstatus_parse_status_line()" ;;
	esac
	check "C row or the reason it is missing: $id" \
		sh -c "grep -F -q -- '$what' '$scratch/rows' || grep -q '^- Not measured: $id: ' '$scratch/skipped'"
done
bad=$(awk -F '|' '{
	if ($3 !~ /^ [0-9]+\.[0-9]+ (ns|us|ms) $/ || $5 !~ /^ [0-9]+\.[0-9]+ (ns|us|ms) $/ ||
	    $6 !~ /^ [0-9]+\.[0-9]+ $/ || $7 !~ /^ ([0-9.]+|-) $/ || $8 !~ /^ ([0-9.]+|-) $/ ||
	    ($11 !~ /not judged/ && !($10 == " - " && $11 == " - ")))
		print
}' "$scratch/rows")
[ -z "$bad" ] || printf '# %s\n' "$bad"
check "every C row has two times, a ratio, Ir, and no verdict on speed" test -z "$bad"
check "instruction counts: numbers on the first row or the reason there are none" \
	sh -c "head -n 1 '$scratch/rows' | grep -q '^| [^|]* | [^|]* | [^|]* | [^|]* | [^|]* | [0-9.][0-9.]* | [0-9.][0-9.]* | [0-9.][0-9.]* |' ||
	       grep -q '^Instruction counts not measured: ' '$report'"

n=$(awk -F '|' '/^### Reverse lookup: cost by phrase length/ { on = 1; next } /^#/ { on = 0 }
	on && /^\| [0-9]/ {
		for (i = 2; i + 1 < NF; i += 2)
			if ($i ~ /^ [0-9]+ $/ && $(i + 1) ~ /^ [0-9.]+ ns $/) n++
	}
	END { print n + 0 }' "$report")
check "growth table has lengths 1 to 64 (found $n)" test "$n" -eq 64

for part in Python "Lua 5.4" LuaJIT; do
	check "$part: a table or the reason there is none" \
		sh -c "awk '/^## $part\$/ { on = 1; next } /^## / { on = 0 }
		            on && (/^\\| / || /^Not measured: /) { found = 1 }
		            END { exit !found }' '$report'"
done

# The command line's rows: three, with times and no verdict on speed.
# The first row of each interpreted part and of the CLI: Ir numbers, or
# the reason there are none.
for part in Python "Lua 5.4" LuaJIT CLI; do
	awk -v part="## $part" '$0 == part { on = 1; next } /^## / { on = 0 }
		on && /^\| / && !/^\| measure/ && !/^\|---/ { print; exit }' "$report" > "$scratch/first"
	[ -s "$scratch/first" ] || continue      # not built: the checks above say so
	check "$part: instruction counts on the first row, or why not" sh -c "
		awk -F '|' '\$7 ~ /^ [0-9.]+ \$/ && \$8 ~ /^ [0-9.]+ \$/ && \$7 > 0 && \$8 > 0 { ok = 1 }
		            END { exit !ok }' '$scratch/first' ||
		grep -q '^Instruction counts not measured: ' '$report'"
done

awk '/^## CLI$/ { on = 1; next } /^#/ { on = 0 }
	on && /^\| / && !/^\| measure/ && !/^\|---/' "$report" > "$scratch/cli"
n=$(wc -l < "$scratch/cli" | tr -d ' ')
check "3 CLI measures in the report (found $n)" test "$n" -eq 3
for what in "httpstatus -1" "httpstatus --tsv" "httpstatus --summary"; do
	check "CLI row: $what" grep -F -q -- "$what" "$scratch/cli"
done
bad=$(awk -F '|' '$3 !~ /^ [0-9]+\.[0-9]+ (ns|us|ms) $/ || $6 !~ /^ [0-9]+\.[0-9]+ $/ ||
	$(NF - 1) !~ /not judged/' "$scratch/cli")
[ -z "$bad" ] || printf '# %s\n' "$bad"
check "every CLI row has times and a ratio, not judged" test -z "$bad"
check "CLI: lines per second" grep -Eq '^- short: [0-9.]+ million lines/s$' "$report"

check "footprint: the stripped size" has "| stripped libhttpstatus.so |"
check "footprint: the relocation count" has "- relative relocations:"
check "summary" has "## Summary"
finish
