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
finish
