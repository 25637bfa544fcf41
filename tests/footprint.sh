#!/bin/sh
# SPDX-License-Identifier: MIT
# The footprint of the shared library.
#
# Its status data is stored without load-time relocations: one string pool
# and small integer offsets into it (libhttpstatus/internal.h, the generated
# tables.c).  A pointer per string would instead cost one relocation per
# string, written into the process's copy of the page at every load: for
# the 80 codes with a name, a description, a spec and up to seven dialect
# phrases, about 600 R_X86_64_RELATIVE entries (this library once had 21
# for three small arrays of name pointers alone).  So this test fails when
#   - any dynamic relocation patches, or points into, the generated tables;
#   - the library has more relative relocations than the toolchain's own
#     (.init_array, .fini_array and __dso_handle: 3, allowed up to 4), or any
#     symbolic data relocation other than the toolchain's;
#   - the stripped library is larger than 128 KiB.  What it knows is data
#     (phrases of every dialect and release, descriptions, notes for
#     operators, the first-level lookup table, the header fields and their
#     rules) and grows with the tables;
#     the limit catches what does not belong there, such as a pointer
#     table or debug information left in.
# The last checks build a small library with a table of 64 pointers and
# make sure the same counting catches it, so the test is known to fail.
. "$top_srcdir/tests/lib.sh"

lib="$top_builddir/libhttpstatus/.libs/libhttpstatus.so"
[ -f "$lib" ] || skip "no shared library was built"
READELF=${READELF:-readelf}
command -v "$READELF" >/dev/null 2>&1 || skip "readelf not found"

allowed_relative=4
max_size=131072
# Symbols the C runtime's start files bring into every shared library.
toolchain_syms='^(_ITM_deregisterTMCloneTable|_ITM_registerTMCloneTable|__gmon_start__|__cxa_finalize)(@.*)?$'
tables='hs_data hs_entries hs_index hs_keys hs_buckets hs_raw_keys hs_raw_buckets hs_weight hs_sums'
# The header fields and their rules (fields.table).
tables="$tables hs_fpool hs_fields hs_fbuckets hs_kinds"

# relocs FILE: the dynamic relocations that patch data at load time, one
# "OFFSET TYPE SYMBOL-OR-ADDEND" per line, offsets and addends in hex; the
# PLT's jump slots (calls, not data) are left out.
relocs() {
	"$READELF" -rW "$1" | awk '
		/^Relocation section/ { data = ($3 !~ /plt/); next }
		data && $1 ~ /^[0-9a-f]+$/ && NF >= 3 {
			if ($3 ~ /RELATIVE/) print $1, $3, $4
			else print $1, $3, $5
		}'
}

# ranges FILE: "NAME START END" (hex, END exclusive) for each table symbol
# found in the symbol table.
ranges() {
	"$READELF" -sW "$1" | awk -v want=" $tables " '
		function hex(s,    i, n, c) {
			n = 0; s = tolower(s)
			for (i = 1; i <= length(s); i++) {
				c = index("0123456789abcdef", substr(s, i, 1))
				if (c == 0) break
				n = n * 16 + c - 1
			}
			return n
		}
		$1 ~ /^[0-9]+:$/ && index(want, " " $8 " ") && $4 == "OBJECT" {
			size = ($3 ~ /^0x/) ? hex(substr($3, 3)) : $3 + 0
			printf "%s %.0f %.0f\n", $8, hex($2), hex($2) + size
		}' | sort -u
}

# inside RELOCS RANGES: the relocations that patch, or point into, a table.
inside() {
	awk '
		function hex(s,    i, n, c) {
			n = 0; s = tolower(s)
			sub(/^0x/, "", s)
			for (i = 1; i <= length(s); i++) {
				c = index("0123456789abcdef", substr(s, i, 1))
				if (c == 0) break
				n = n * 16 + c - 1
			}
			return n
		}
		FILENAME == ARGV[1] { name[++n] = $1; lo[n] = $2; hi[n] = $3; next }
		{
			at = hex($1); to = ($2 ~ /RELATIVE/) ? hex($3) : -1
			for (i = 1; i <= n; i++) {
				if (at >= lo[i] && at < hi[i])
					print "patches " name[i] ": " $0
				else if (to >= lo[i] && to < hi[i])
					print "points into " name[i] ": " $0
			}
		}' "$2" "$1"
}

relocs "$lib" > "$scratch/relocs"
ranges "$lib" > "$scratch/ranges"
nrel=$(grep -c 'RELATIVE' "$scratch/relocs")
awk '$2 !~ /RELATIVE/ { print $3 }' "$scratch/relocs" |
	grep -E -v "$toolchain_syms" > "$scratch/symbolic"
nsym=$(wc -l < "$scratch/symbolic" | tr -d ' ')
echo "# fact: relative relocations: $nrel (allowed: $allowed_relative, the toolchain's own)"
echo "# fact: symbolic data relocations besides the toolchain's: $nsym"

# The tables must be found, or the next check would prove nothing.
ntables=$(echo $tables | wc -w | tr -d ' ')
if [ "$(wc -l < "$scratch/ranges")" -eq "$ntables" ]; then
	pass "the symbol table shows the $ntables generated tables"
	inside "$scratch/relocs" "$scratch/ranges" > "$scratch/inside"
	what="no relocation patches or points into the generated tables"
	if [ -n "${HS_TEST_CFLAGS:-}" ]; then
		# Sanitizers keep pointers to every global in their metadata.
		grep '^patches' "$scratch/inside" > "$scratch/inside.tmp"
		mv "$scratch/inside.tmp" "$scratch/inside"
		what="no relocation patches the generated tables"
	fi
	if [ -s "$scratch/inside" ]; then
		sed 's/^/# /' "$scratch/inside"
		fail "$what"
	else
		pass "$what"
	fi
	echo "# fact: relocations in or into the status tables: $(wc -l < "$scratch/inside" | tr -d ' ')"
else
	echo "# found: $(tr '\n' ' ' < "$scratch/ranges")"
	fail "the symbol table shows the $ntables generated tables"
fi

relacount=$("$READELF" -dW "$lib" | awk '/RELA?COUNT/ { print $NF }')
if [ -n "$relacount" ]; then
	check "RELACOUNT ($relacount) = the relative relocations counted ($nrel)" \
		test "$relacount" -eq "$nrel"
fi

if [ -n "${HS_TEST_CFLAGS:-}" ]; then
	# Sanitizers add their own metadata, full of pointers, and code.
	echo "# built with $HS_TEST_CFLAGS: relocation count and size not checked"
else
	check "at most $allowed_relative relative relocations (found $nrel)" \
		test "$nrel" -le "$allowed_relative"
	if [ "$nsym" -ne 0 ]; then sed 's/^/# /' "$scratch/symbolic"; fi
	check "no symbolic data relocation besides the toolchain's" test "$nsym" -eq 0

	stripped="$scratch/stripped.so"
	if strip -o "$stripped" "$lib" 2>/dev/null ||
	   objcopy --strip-all "$lib" "$stripped" 2>/dev/null; then
		size=$(wc -c < "$stripped" | tr -d ' ')
		echo "# fact: stripped size: $size bytes (goal: at most $max_size)"
		echo "# limit: $max_size"
		check "stripped size $size <= $max_size bytes" test "$size" -le "$max_size"
	else
		echo "# neither strip nor objcopy works here: size not checked"
	fi
fi

# The checks can fail: a small library with a table of 64 pointers,
# named like one of ours, must be caught by both of them.
if [ -n "${CC:-}" ]; then
	{
		echo 'const char *const hs_entries[64] = {'
		i=0
		while [ $i -lt 64 ]; do printf '"s%d",\n' $i; i=$((i + 1)); done
		echo '};'
		echo 'const char hs_pool[4] = "abc";'
		echo 'const char hs_index[4] = "abc";'
		echo 'const char hs_keys[4] = "abc";'
		echo 'const char hs_buckets[4] = "abc";'
	} > "$scratch/pointers.c"
	if $CC -shared -fPIC -O2 -o "$scratch/pointers.so" "$scratch/pointers.c" \
		> "$scratch/cc.log" 2>&1; then
		relocs "$scratch/pointers.so" > "$scratch/p.relocs"
		ranges "$scratch/pointers.so" > "$scratch/p.ranges"
		np=$(grep -c 'RELATIVE' "$scratch/p.relocs")
		echo "# fact: relative relocations of a 64-pointer table: $np"
		check "a 64-pointer table counts at least 64 relocations ($np)" \
			test "$np" -ge 64
		ni=$(inside "$scratch/p.relocs" "$scratch/p.ranges" | grep -c 'patches hs_entries')
		check "... all of them found inside the table ($ni)" test "$ni" -ge 64
	else
		sed 's/^/# /' "$scratch/cc.log"
		fail "build a library with a pointer table"
	fi
else
	echo "# CC is not set: the self-check with a pointer table was not run"
fi
finish
