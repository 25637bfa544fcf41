#!/bin/sh
# SPDX-License-Identifier: MIT
# One table of inputs, every surface: the integers -1000..1000 and the
# inputs in tests/surfaces/inputs go to each query function of the
# scripting API (bindings/README.md) in C, Python, Lua 5.4 and LuaJIT
# (resty.httpstatus).  A well-typed input must get the C answer for the
# value the contract passes; a wrong type must be a type error of the
# language.  So the surfaces cannot drift apart.
. "$top_srcdir/tests/lib.sh"

here="$top_srcdir/tests/surfaces"
answers="$top_builddir/tests/surfaces/answers"
[ -x "$answers" ] || skip "tests/surfaces/answers was not built"

# The inputs: the sweep, then the table.
{
	n=-1000
	while [ "$n" -le 1000 ]; do
		printf 'int:%d\t%d\tok\tok\n' "$n" "$n"
		n=$((n + 1))
	done
	grep -v '^#' "$here/inputs"
} > "$scratch/inputs"

# The C answers for every value, and from them the functions to call.
awk -F '\t' '$2 != "-" { print $2 }' "$scratch/inputs" | sort -u |
	"$answers" > "$scratch/c" || { fail "the C driver runs"; finish; }
cut -f1 "$scratch/c" | awk '!seen[$0]++' > "$scratch/functions"
nfn=$(wc -l < "$scratch/functions")
nin=$(wc -l < "$scratch/inputs")
check "the C driver answers $nfn functions" test "$nfn" -ge 30

# Every function of the header, by its name without the prefix: each
# surface must have all of them.
sed -n 's/^[a-z_ ]*[ *]httpstatus_\([a-z_0-9]*\)(.*/\1/p' \
	"$top_builddir/libhttpstatus/httpstatus.h" | sort -u > "$scratch/api"
check "the header declares functions" test -s "$scratch/api"

# missing SURFACE FILE: FILE lists the functions the surface lacks.
missing() {
	sed 's/^/# missing: /' "$2"
	check "$1 has every function of the header" test ! -s "$2"
}

# compare SURFACE COLUMN FILE: FILE holds the surface's answers; COLUMN is
# the inputs column (3 Python, 4 Lua) that says which inputs are well typed.
compare() {
	surface=$1 column=$2 out=$3
	lines=$(wc -l < "$out")
	check "$surface answers every function for every input ($lines of $((nfn * nin)))" \
		test "$lines" -eq $((nfn * nin))
	check "$surface answers as C does" differences "$surface" "$column" "$out"
}

differences() {
	awk -F '\t' -v col="$2" -v surface="$1" '
		FILENAME == ARGV[1] { value[$1] = $2; typed[$1] = $col; next }
		FILENAME == ARGV[2] { c[$1 "\t" $2] = $3; next }
		# dialect_name and dialect_version take a dialect, whose kind also
		# takes nil (the default) and names: only integers are compared.
		($1 == "dialect_name" || $1 == "dialect_version") && $2 !~ /^(int|status):/ { next }
		{
			want = typed[$2] == "ok" ? c[$1 "\t" value[$2]] : "error:type"
			if ($3 != want) {
				if (++bad <= 20)
					printf "# %s %s(%s): %s, C says %s\n", surface, $1, $2, $3, want
			}
		}
		END { if (bad) printf "# %s: %d answers differ\n", surface, bad; exit bad != 0 }
	' "$scratch/inputs" "$scratch/c" "$3"
}

# The package as the build stages it (tests/python/run-pytest does the same).
PYTHONPATH="$top_builddir/bindings/python/pkg"
PYTHONDONTWRITEBYTECODE=1
export PYTHONPATH PYTHONDONTWRITEBYTECODE
if [ -n "${PYTHON:-}" ] && "$PYTHON" -c 'import httpstatus' 2> /dev/null; then
	"$PYTHON" -c 'import sys, httpstatus
for name in sys.stdin.read().split():
    if not callable(getattr(httpstatus, name, None)):
        print(name)' < "$scratch/api" > "$scratch/python-missing"
	missing python "$scratch/python-missing"
	"$PYTHON" "$here/answers.py" "$scratch/functions" "$scratch/inputs" > "$scratch/python"
	check "python answers" test $? -eq 0
	compare python 3 "$scratch/python"
else
	echo "# no Python binding to compare"
	[ "${HS_SURFACE_PYTHON:-}" != yes ] || fail "the Python binding that was built imports"
fi

if [ -n "${LUA:-}" ] && "$LUA" -e 'require "httpstatus"' 2> /dev/null; then
	"$LUA" -e 'local hs = require "httpstatus"
		for name in io.read("a"):gmatch("%S+") do
			if type(hs[name]) ~= "function" then print(name) end
		end' < "$scratch/api" > "$scratch/lua-missing"
	missing lua5.4 "$scratch/lua-missing"
	"$LUA" "$here/answers.lua" httpstatus "$scratch/functions" "$scratch/inputs" > "$scratch/lua"
	check "lua 5.4 answers" test $? -eq 0
	compare lua5.4 4 "$scratch/lua"
else
	echo "# no Lua 5.4 module to compare"
	[ "${HS_SURFACE_LUA:-}" != yes ] || fail "the Lua 5.4 module that was built loads"
fi

# resty.httpstatus is found where the build writes it.
LUA_PATH="${HS_RESTY_PATH:+$HS_RESTY_PATH;}${LUA_PATH:-;}"
export LUA_PATH
if [ -n "${LUAJIT:-}" ] && "$LUAJIT" -e 'require "resty.httpstatus"' 2> /dev/null; then
	"$LUAJIT" -e 'local hs = require "resty.httpstatus"
		for name in io.read("*a"):gmatch("%S+") do
			if type(hs[name]) ~= "function" then print(name) end
		end' < "$scratch/api" > "$scratch/luajit-missing"
	missing luajit "$scratch/luajit-missing"
	"$LUAJIT" "$here/answers.lua" resty.httpstatus "$scratch/functions" "$scratch/inputs" \
		> "$scratch/luajit"
	check "luajit answers" test $? -eq 0
	compare luajit 4 "$scratch/luajit"
else
	echo "# no LuaJIT module to compare"
	[ "${HS_SURFACE_RESTY:-}" != yes ] || fail "the resty.httpstatus that was built loads"
fi
finish
