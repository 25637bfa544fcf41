#!/bin/sh
# SPDX-License-Identifier: MIT
# The facts the manual states are the library's: the codes listed for each
# flag in httpstatus_flags(3) and the flag names, the codes listed as
# reserved and obsoleted in httpstatus_registry_of(3), and the messages listed
# in httpstatus_strerror(3).  The page text is parsed, the library asked,
# and the two compared.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

incdir="$top_builddir/libhttpstatus"
libdir="$top_builddir/libhttpstatus/.libs"
[ -f "$incdir/httpstatus.h" ] || { echo "no header generated"; exit 99; }

# items PAGE PREFIX: for each ".TP" item of DESCRIPTION whose tag starts
# with PREFIX, one line "NAME<TAB>rest of the tag<TAB>text of the item".
items() {
	section "$1" DESCRIPTION | awk -v pre="$2" '
		function flush() { if (name != "") print name "\t" rest "\t" text; name = "" }
		/^\.(TP|PP|SH|SS)/ { flush(); tag = ($0 ~ /^\.TP/); next }
		tag {
			tag = 0
			if (match($0, pre "[A-Z_]+")) {
				name = substr($0, RSTART, RLENGTH); rest = substr($0, RSTART + RLENGTH); text = ""
			}
			next
		}
		name != "" { text = (text == "" ? "" : text " ") $0 }
		END { flush() }' | unroff
}

# codes_in TEXT: the status codes a text lists, sorted, "1xx" standing for
# every known 1xx code; section numbers such as 15.5.14 are not codes.
codes_in() {
	printf '%s\n' "$1" | sed -E 's/[0-9]+(\.[0-9]+)+//g' |
		grep -o -E '\<[1-5]([0-9][0-9]|xx)\>' | while read -r c; do
			case $c in
			1xx) grep '^1' "$scratch/known" ;;
			*) echo "$c" ;;
			esac
		done | sort -u | tr '\n' ' '
}

# The library's side, from a small program.
cat > "$scratch/facts.c" <<'C'
#include <stdio.h>
#include <httpstatus.h>

static void codes_with(const char *what, unsigned int flag)
{
	int c;

	printf("%s", what);
	for (c = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); c > 0;
	     c = httpstatus_next(c, HTTPSTATUS_FILTER_ALL))
		if (httpstatus_flags(c) & flag)
			printf(" %d", c);
	printf(" | %s\n", httpstatus_flag_name(flag));
}

static void codes_in_registry(const char *what, int registry)
{
	int c;

	printf("%s", what);
	for (c = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); c > 0;
	     c = httpstatus_next(c, HTTPSTATUS_FILTER_ALL))
		if (httpstatus_registry_of(c) == registry)
			printf(" %d", c);
	printf("\n");
}

int main(void)
{
	int c;

	for (c = httpstatus_next(0, HTTPSTATUS_FILTER_ALL); c > 0;
	     c = httpstatus_next(c, HTTPSTATUS_FILTER_ALL))
		printf("known %d\n", c);
#define FLAG(n) codes_with("HTTPSTATUS_FLAG_" #n, HTTPSTATUS_FLAG_##n)
	FLAG(CACHEABLE); FLAG(NO_CONTENT); FLAG(REDIRECT); FLAG(PERMANENT);
	FLAG(TEMPORARY); FLAG(METHOD_PRESERVING); FLAG(RETRYABLE);
#define NAME(n) printf("name HTTPSTATUS_FLAG_" #n " %s\n", httpstatus_flag_name(HTTPSTATUS_FLAG_##n))
	NAME(INTERIM); NAME(FINAL); NAME(CACHEABLE); NAME(NO_CONTENT); NAME(REDIRECT);
	NAME(PERMANENT); NAME(TEMPORARY); NAME(METHOD_PRESERVING); NAME(RETRYABLE); NAME(ERROR);
	codes_in_registry("HTTPSTATUS_REGISTRY_RESERVED", HTTPSTATUS_REGISTRY_RESERVED);
	codes_in_registry("HTTPSTATUS_REGISTRY_OBSOLETED", HTTPSTATUS_REGISTRY_OBSOLETED);
#define ERR(n) printf("HTTPSTATUS_ERR_" #n " \"%s\"\n", httpstatus_strerror(HTTPSTATUS_ERR_##n))
	ERR(INVALID); ERR(NOT_FOUND); ERR(TOO_LONG); ERR(CHARSET); ERR(MISMATCH);
	ERR(INCOMPLETE); ERR(VERSION); ERR(CODE); ERR(SYNTAX); ERR(REASON); ERR(LINE_END);
	return 0;
}
C
# shellcheck disable=SC2086
${CC:-cc} ${HS_TEST_CFLAGS:-} -I"$incdir" -o "$scratch/facts" "$scratch/facts.c" \
	-L"$libdir" -lhttpstatus > "$scratch/cc.log" 2>&1
st=$?
check_or_show "the fact program builds" "$scratch/cc.log" test "$st" -eq 0
[ "$st" -eq 0 ] || finish
"$scratch/facts" > "$scratch/lib"
check "the fact program runs" test $? -eq 0 -a -s "$scratch/lib"
sed -n 's/^known //p' "$scratch/lib" > "$scratch/known"

# httpstatus_flags(3): the codes of each flag taken from the table, and
# the name of every flag.
items man3/httpstatus_flags.3 HTTPSTATUS_FLAG_ > "$scratch/flags"
check "httpstatus_flags(3) describes ten flags" test "$(wc -l < "$scratch/flags")" -eq 10
for flag in CACHEABLE NO_CONTENT REDIRECT PERMANENT TEMPORARY METHOD_PRESERVING RETRYABLE; do
	text=$(grep "^HTTPSTATUS_FLAG_$flag	" "$scratch/flags" | cut -f3)
	page=$(codes_in "$text" | sed 's/ $//')
	lib=$(grep "^HTTPSTATUS_FLAG_$flag " "$scratch/lib" | sed 's/^[^ ]* //; s/ |.*//')
	printf 'page: %s\nlibrary: %s\n' "$page" "$lib" > "$scratch/diff"
	check_or_show "httpstatus_flags(3): the $flag codes are the library's" "$scratch/diff" \
		test -n "$lib" -a "$page" = "$lib"
done
while read -r _ flag name; do
	check "httpstatus_flags(3) calls $flag \"$name\"" \
		sh -c 'grep "^$1	" "$3" | cut -f2 | grep -qF "(\"$2\")"' _ "$flag" "$name" "$scratch/flags"
done <<EOF
$(grep '^name ' "$scratch/lib")
EOF

# httpstatus_registry_of(3): the reserved and obsoleted codes.
items man3/httpstatus_registry_of.3 HTTPSTATUS_REGISTRY_ > "$scratch/registry"
for reg in RESERVED OBSOLETED; do
	text=$(grep "^HTTPSTATUS_REGISTRY_$reg	" "$scratch/registry" | cut -f3)
	page=$(codes_in "$text" | sed 's/ $//')
	lib=$(grep "^HTTPSTATUS_REGISTRY_$reg" "$scratch/lib" | sed 's/^[^ ]* *//')
	printf 'page: %s\nlibrary: %s\n' "$page" "$lib" > "$scratch/diff"
	check_or_show "httpstatus_registry_of(3): the $reg codes are the library's" "$scratch/diff" \
		test -n "$lib" -a "$page" = "$lib"
done

# httpstatus_strerror(3): every message.
items man3/httpstatus_strerror.3 HTTPSTATUS_ERR_ | cut -f1,3 | sed 's/	/ /' > "$scratch/messages"
grep '^HTTPSTATUS_ERR_' "$scratch/lib" > "$scratch/lib-messages"
diff "$scratch/lib-messages" "$scratch/messages" > "$scratch/diff"
check_or_show "httpstatus_strerror(3) lists the library's messages" "$scratch/diff" \
	cmp -s "$scratch/lib-messages" "$scratch/messages"
finish
