#!/bin/sh
# SPDX-License-Identifier: MIT
# The table generator rejects broken tables with a message naming the line,
# so a mistake in status.table stops the build instead of shipping.
. "$top_srcdir/tests/lib.sh"

gen="$top_builddir/tools/gentables"
[ -x "$gen" ] || { echo "gentables was not built"; exit 99; }

good='code 200
name OK
phrase OK
registry registered
spec RFC 9110, Section 15.3.1
description The request worked and the response carries the result.

code 404
name NOT_FOUND
phrase Not Found
nginx Not Found
registry registered
spec RFC 9110, Section 15.5.5
flags cacheable
description Nothing is known at this address.'

# accept NAME TABLE: the generator takes it.
accept() {
	printf '%s\n' "$2" > "$scratch/t"
	if "$gen" check "$scratch/t" > "$scratch/out" 2>&1; then pass "$1"; else
		cat "$scratch/out"; fail "$1"; fi
}
# reject NAME MESSAGE TABLE: the generator refuses it and says MESSAGE.
reject() {
	printf '%s\n' "$3" > "$scratch/t"
	if "$gen" check "$scratch/t" > "$scratch/out" 2>&1; then
		fail "$1 (accepted)"
	elif grep -q -- "$2" "$scratch/out"; then
		pass "$1"
	else
		echo "# message was: $(cat "$scratch/out")"; fail "$1 (wrong message)"
	fi
}

check "the real status.table is valid" "$gen" check "$top_srcdir/libhttpstatus/status.table"
accept "a small valid table" "$good"
reject "unknown key" "unknown key 'colour'" "$good
colour blue"
accept "advice, on several lines" "$good
advice Nothing to check here:
advice it worked."
reject "an empty advice line" "empty advice line" "$good
advice"
reject "advice that is too long" "advice too long" "$good
$(i=0; while [ $i -lt 60 ]; do echo "advice $(head -c 80 /dev/zero | tr '\0' a)"; i=$((i + 1)); done)"
reject "missing description" "missing description" 'code 200
name OK
phrase OK
registry registered
spec RFC 9110'
reject "two codes whose phrases look alike" "looks the same as" "$good

code 410
name GONE
phrase Not-Found
registry registered
spec RFC 9110
description Gone for good, which is what this record gets wrong."
reject "codes out of order" "ascending" "$good

code 300
name MULTIPLE_CHOICES
phrase Multiple Choices
registry registered
spec RFC 9110
description Several representations exist."
reject "a name used twice" "used twice" "$good

code 410
name OK
phrase Gone
registry registered
spec RFC 9110
description Gone for good."
reject "unofficial without vendor" "vendor is required" "$good

code 444
name NO_RESPONSE
phrase No Response
registry unofficial
spec nginx
description Closed without a response."
reject "unknown flag" "unknown flag 'fast'" "$good

code 410
name GONE
phrase Gone
registry registered
spec RFC 9110
flags fast
description Gone for good."
reject "a double quote inside a value" "double quote" "$good

code 410
name GONE
phrase \"Gone\"
registry registered
spec RFC 9110
description Gone for good."
reject "a code out of range" "three digits" 'code 600
name SIX
phrase Six
registry unofficial
vendor nobody
spec none
description Not a status code.'
reject "a lowercase name" "UPPER_SNAKE" 'code 200
name ok
phrase OK
registry registered
spec RFC 9110
description Fine.'
reject "a non-ASCII byte" "non-ASCII" "code 200
name OK
phrase $(printf 'O\303\251')
registry registered
spec RFC 9110
description Fine."
# fields.table: the fields, the rules and the findings.
fgood='fields
Allow                permanent  resp  entity   list    RFC 9110, Section 10.2.1
Content-Length       permanent  both  entity   single  RFC 9110, Section 8.6

rule      405-without-allow
codes     405
field     Allow
strength  MUST
check     missing
severity  error
ref       RFC 9110, Section 15.5.6
message   405 without Allow

finding   obs-fold
severity  error
ref       RFC 9112, Section 5.2
message   folded line'
# faccept NAME TABLE / freject NAME MESSAGE TABLE: as above, for fields.table.
faccept() {
	printf '%s\n' "$2" > "$scratch/f"
	if "$gen" check-fields "$scratch/f" > "$scratch/out" 2>&1; then pass "$1"; else
		cat "$scratch/out"; fail "$1"; fi
}
freject() {
	printf '%s\n' "$3" > "$scratch/f"
	if "$gen" check-fields "$scratch/f" > "$scratch/out" 2>&1; then
		fail "$1 (accepted)"
	elif grep -q -- "$2" "$scratch/out"; then
		pass "$1"
	else
		echo "# message was: $(cat "$scratch/out")"; fail "$1 (wrong message)"
	fi
}
check "the real fields.table is valid" "$gen" check-fields "$top_srcdir/libhttpstatus/fields.table"
faccept "a small valid fields table" "$fgood"
freject "a field listed twice, in another case" "listed twice" "$(printf '%s\n' "$fgood" | sed '2a\
allow permanent resp - list RFC 9110')"
freject "a field name that is not a token" "not a token" "$(printf '%s\n' "$fgood" | sed '2a\
Bad/Name permanent resp - list RFC 9110')"
freject "an unknown registry status" "unknown registry status" "$(printf '%s\n' "$fgood" | sed '2a\
X-A registred resp - list RFC 9110')"
freject "single and list at once" "single and list" "$(printf '%s\n' "$fgood" | sed '2a\
X-A permanent resp - single,list RFC 9110')"
freject "a rule about a field not in the list" "not in the fields list" "$(printf '%s\n' "$fgood" | sed 's/^field     Allow/field     Alow/')"
freject "a SHOULD checked as an error" "only a MUST or MUST NOT can be an error" "$(printf '%s\n' "$fgood" | sed 's/^strength  MUST$/strength  SHOULD/')"
freject "a checked rule without a severity" "needs a severity" "$(printf '%s\n' "$fgood" | sed '/^severity  error$/{x;s/^/x/;/^x$/{x;d};x}')"
freject "an id used twice" "used twice" "$fgood

finding   obs-fold
severity  note
ref       RFC 9112
message   again"
freject "a code out of range" "neither a code nor a class" "$(printf '%s\n' "$fgood" | sed 's/^codes     405/codes     605/')"
freject "an unknown check" "unknown check" "$(printf '%s\n' "$fgood" | sed 's/^check     missing/check     absent/')"
freject "an id with capitals" "lowercase letters" "$(printf '%s\n' "$fgood" | sed 's/^finding   obs-fold/finding   Obs-Fold/')"
finish
