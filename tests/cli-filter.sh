#!/bin/sh
# SPDX-License-Identifier: MIT
# httpstatus as a filter: items from standard input, one result per item
# in order (JSON Lines), bad lines reported with their number, over-long
# lines and odd bytes, constant memory, and --summary of an access log
# compared with awk's count of the same log.  JSON is checked with jq.
. "$top_srcdir/tests/lib.sh"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
command -v jq > /dev/null 2>&1 || skip "jq is not installed"

# feed EXPECTED_STATUS INPUT ARGS...: INPUT (printf format) on stdin.
feed() {
	want=$1; input=$2; shift 2
	# shellcheck disable=SC2059
	printf "$input" | "$hs" "$@" > "$scratch/out" 2> "$scratch/err"
	got=$?
	out=$(cat "$scratch/out"); err=$(cat "$scratch/err")
	if [ "$got" -ne "$want" ]; then
		echo "# httpstatus $*: exit $got, want $want"
		sed 's/^/# stderr: /' "$scratch/err" | head -n 5
		return 1
	fi
}
has() { printf '%s\n' "$1" | grep -F -q -- "$2"; }
jqt() { jq -e "$1" "$scratch/out" > /dev/null; }

# The example of the manual: three lines, three results, one an error.
check "printf '404\\n-\\nmoved temporarily\\n' | httpstatus --json exits 1" \
	feed 1 '404\n-\nmoved temporarily\n' --json
check "... three JSON lines" test "$(wc -l < "$scratch/out" | tr -d ' ')" -eq 3
check "... each one valid JSON, in order" \
	sh -c 'jq -s -e "[.[] | .code // .error] == [404, \"no status code has this reason phrase\", 302]" "$1" > /dev/null' _ "$scratch/out"
check "... with their line numbers and input" \
	sh -c 'jq -s -e "[.[] | [.line, .input]] == [[1, \"404\"], [2, \"-\"], [3, \"moved temporarily\"]]" "$1" > /dev/null' _ "$scratch/out"
check "... the error on stderr names line 2" has "$err" "line 2: '-': no status code has this reason phrase"

check "'-' reads standard input too" feed 0 '404\n500\n' -1 -
check "... $(printf '%s' "$out" | tr '\n' '|')" test "$out" = "$(printf '404 Not Found\n500 Internal Server Error')"
"$hs" -1 404 - 500 < /dev/null > "$scratch/out" 2> "$scratch/err"
check "... exit 1" test $? -eq 1
check "... 404 and 500 shown" test "$(cat "$scratch/out")" = "$(printf '404 Not Found\n500 Internal Server Error')"
check "... '-' is the bad item" grep -q "'-': no status code has this reason phrase" "$scratch/err"

check "arguments give a JSON array even for one item" sh -c '"$1" --json 404 > "$2"' _ "$hs" "$scratch/out"
check "... an array of 1" jqt 'type == "array" and length == 1 and .[0].code == 404'
"$hs" --json 404 999 471 > "$scratch/out" 2> /dev/null
check "--json 404 999 471: three elements, in order" \
	jqt '[.[] | .code // .input] == [404, "999", 471]'
check "... the error is an object with error" jqt '.[1].error | test("not an HTTP status code")'

# Stdin items in every form.
check "stdin, one line each (-1)" feed 0 'NOT_FOUND\nHTTP/1.1 503 Service Unavailable\nStatusTooManyRequests\r\n418\n' -1
check "... Go's StatusTooManyRequests is 418, and CRLF does not matter" \
	test "$out" = "$(printf '404 Not Found\n503 Service Unavailable\n429 Too Many Requests\n418 I'"'"'m a teapot')"
check "stdin, TSV with line numbers" feed 1 '200\nfoo\n301\n' --tsv --fields line,code
check "... lines 1 and 3" test "$out" = "$(printf '1\t200\n3\t301')"
check "... line 2 on stderr" has "$err" "line 2: 'foo'"
check "stdin, full view: blocks separated by a blank line" feed 0 '200\n201\n' 
check "... two blocks" test "$(printf '%s\n' "$out" | grep -c '^20[01] ')" -eq 2
check "an empty line is a bad item" feed 1 '200\n\n201\n' -1
check "... says so with its number" has "$err" "line 2: '': empty item"
check "a last line without newline still counts" feed 0 '200\n201' -1
check "... both" test "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" -eq 2
check "NUL and non-UTF-8 bytes" feed 1 '40\0004\n\377\376\n404\n' --json
check "... valid JSON Lines, three of them" sh -c 'jq -s -e "length == 3 and .[2].code == 404" "$1" > /dev/null' _ "$scratch/out"
check "... the bytes escaped in the input member" sh -c 'jq -s -e ".[0].input == \"40\u00004\" and .[1].input == \"\ufffd\ufffd\"" "$1" > /dev/null' _ "$scratch/out"
check "... and in the messages" has "$err" "'40\\x004'"
check "... and never raw" sh -c '! grep -q "$(printf "\377")" "$1"' _ "$scratch/err"
check "an escape sequence on stdin" feed 1 '\033]0;title\007\n' -1
check "... escaped" has "$err" "line 1: '\\x1b]0;title\\x07'"

# An over-long line is one bad item; the next lines go on.
{ head -c 200000 /dev/zero | tr '\0' x; printf '\n404\n'; } > "$scratch/long"
"$hs" -1 < "$scratch/long" > "$scratch/out" 2> "$scratch/err"
check "a 200000-byte line: exit 1" test $? -eq 1
check "... reported as too long" grep -q "line 1: 'xxxx.*\\.\\.\\.': line too long" "$scratch/err"
check "... and line 2 still answered" test "$(cat "$scratch/out")" = "404 Not Found"

# Constant memory: 64 MiB of input in one line and 4 million short lines
# under a 48 MiB address-space limit.  (Sanitizers reserve far more
# address space than that: only the plain build is limited.)
case " ${HS_TEST_CFLAGS:-} " in
*-fsanitize*) echo "# sanitizer build: memory limit not tried" ;;
*)
	(ulimit -v 49152 && head -c 67108864 /dev/zero | tr '\0' 7 | "$hs" -1) > "$scratch/out" 2> "$scratch/err"
	check "a 64 MiB line under a 48 MiB limit: exit 1, not a crash" test $? -eq 1
	check "... line too long" grep -q "line 1: .*line too long" "$scratch/err"
	(ulimit -v 49152 && yes 404 | head -n 4000000 | "$hs" --summary --json) > "$scratch/out" 2> "$scratch/err"
	check "4 million lines under a 48 MiB limit" test $? -eq 0
	check "... all counted" jqt '.lines == 4000000 and .classes[3].codes[0].count == 4000000'
	;;
esac

# Output that stops: a closed pipe ends the program quietly or with a
# write error, never with a crash or a hang.
yes 404 | head -n 200000 | "$hs" -1 2> "$scratch/err" | head -n 1 > "$scratch/out"
check "a reader that stops early: the first line arrived" test "$(cat "$scratch/out")" = "404 Not Found"
yes 404 | head -n 100000 | "$hs" -1 > /dev/full 2> "$scratch/err"
check "stdin to a full device: exit 1" test $? -eq 1
check "... with a write error" grep -q "write error" "$scratch/err"

# --summary of a generated combined-format log, against awk's count.
awk 'BEGIN {
	srand(13)
	n = split("200 200 200 200 304 301 302 404 404 403 500 502 503 504 499 206 471 599 999 -", c, " ")
	for (i = 0; i < 5000; i++) {
		s = c[int(rand() * n) + 1]
		printf "10.0.%d.%d - - [01/Dec/2026:10:%02d:%02d +0000] \"GET /p/%d?q=%d HTTP/1.1\" %s %d \"-\" \"agent %d\"\n",
			i % 7, i % 250, i % 60, i % 60, i, i * 3, s, i * 11, i % 5
	}
	# Requests with escaped quotes and spaces in them, and a common-format line.
	print "1.2.3.4 - - [01/Dec/2026:11:00:00 +0000] \"GET /a\\\"b c HTTP/1.1\" 404 12 \"-\" \"x\""
	print "1.2.3.4 - - [01/Dec/2026:11:00:00 +0000] \"GET /x HTTP/1.0\" 200 5"
}' > "$scratch/access.log"
# awk's view: the status is the field after the quoted request.  For the
# two odd lines the field number differs; count them by hand below.
head -n 5000 "$scratch/access.log" | awk '{ n[$9]++ } END { for (k in n) print k, n[k] }' |
	sort > "$scratch/awk"
printf '404 1\n200 1\n' >> "$scratch/awk"
"$hs" --summary --json < "$scratch/access.log" > "$scratch/out"
check "--summary --json of a combined log: exit 0" test $? -eq 0
check "... valid JSON" jqt 'type == "object"'
jq -r '(.classes[].codes[], .unknown.codes[]) | "\(.code) \(.count)"' "$scratch/out" > "$scratch/ours"
awk '$1 ~ /^[1-5][0-9][0-9]$/ { n[$1] += $2 } END { for (k in n) print k, n[k] }' "$scratch/awk" |
	sort > "$scratch/awk-valid"
sort "$scratch/ours" > "$scratch/ours-sorted"
diff "$scratch/awk-valid" "$scratch/ours-sorted" > "$scratch/diff"
check "... the count of every code is awk's" cmp -s "$scratch/awk-valid" "$scratch/ours-sorted"
sed 's/^/# /' "$scratch/diff"
invalid=$(awk '$1 !~ /^[1-5][0-9][0-9]$/ { n += $2 } END { print n + 0 }' "$scratch/awk")
check "... invalid: $invalid, as awk counts them" jqt ".invalid.count == $invalid"
check "... lines: 5002" jqt '.lines == 5002'
check "... 471 and 599 are apart" jqt '[.unknown.codes[].code] == [471]'
check "... 599 is known (unofficial)" jqt '[.classes[4].codes[].code] | index(599) != null'
check "... each class total is the sum of its codes" jqt '[.classes[] | .count == ([.codes[].count] | add // 0)] | all'
check "... the percentages add up to 100" \
	jqt '(([.classes[].percent] | add) + .unknown.percent + .invalid.percent - 100) | fabs < 0.1'

"$hs" --summary < "$scratch/access.log" > "$scratch/out"
check "--summary as text: exit 0" test $? -eq 0
check "... the line count" grep -q '^5002 lines read$' "$scratch/out"
n404=$(grep -c '" 404 ' "$scratch/access.log")
check "... 404 with its phrase and awk's count ($n404)" grep -Eq "^    404 Not Found +$n404 " "$scratch/out"
check "... the 4xx class with its title" grep -Eq '^4xx [A-Z].* +[0-9]+ +[0-9.]+%$' "$scratch/out"
check "... unknown codes apart" grep -Eq '^    471 \(handled as 400\) +[0-9]+ ' "$scratch/out"
check "... invalid lines apart" grep -Eq "^Lines without a status code +$invalid " "$scratch/out"

# What to check: the notes of the codes that dominate the log, most
# frequent first, and only of codes with notes and 1% of the lines.
"$hs" --summary --json < "$scratch/access.log" | jq -r '[.classes[].codes[] |
	select(.advice != null and .percent >= 1)] | sort_by(-.count) | .[0:5][] | .code' \
	> "$scratch/want-advice"
sed -n '/^What to check$/,$p' "$scratch/out" | sed -n 's/^    \([1-5][0-9][0-9]\) .*(.*% of the lines)$/\1/p' > "$scratch/got-advice"
check "--summary: What to check lists the most frequent codes with notes" \
	sh -c 'test -s "$1" && cmp -s "$1" "$2"' _ "$scratch/want-advice" "$scratch/got-advice"
first=$(head -n 1 "$scratch/got-advice")
check "... each with the library's notes" \
	grep -qF "$("$hs" --format %a "$first" | cut -c 1-40)" "$scratch/out"

# --field N for other formats; a bare column.
awk '{ print $9, $1 }' "$scratch/access.log" | head -n 5000 > "$scratch/cols"
"$hs" --summary --json --field 1 < "$scratch/cols" > "$scratch/out"
check "--summary --field 1 on 'status host' lines" jqt ".lines == 5000 and .invalid.count == $invalid"
awk '{ print $9 }' "$scratch/access.log" | head -n 5000 | "$hs" --summary --json > "$scratch/out"
check "--summary of a bare column" jqt ".lines == 5000 and .invalid.count == $invalid"
"$hs" --summary --json --field 12 < "$scratch/cols" > "$scratch/out"
check "--summary --field past the end: every line invalid" jqt '.invalid.count == 5000'
printf '404\n' | "$hs" --summary - > "$scratch/out"
check "--summary - reads standard input" grep -q '^1 lines read$' "$scratch/out"
"$hs" --summary --json < /dev/null > "$scratch/out"
check "--summary of nothing" jqt '.lines == 0 and .invalid.count == 0'
finish
