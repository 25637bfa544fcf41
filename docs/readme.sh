#!/bin/sh
# SPDX-License-Identifier: MIT
# README.md says only what is true of this tree:
#  - the quick start holds exactly the project's two commands;
#  - the dialect table is what docs/dialect-table.c prints from the library;
#  - every block marked "<!-- part of PATH -->" (every ```c block must be)
#    is a verbatim part of that file;
#  - every ```console block, replayed against a copy installed with
#    make install DESTDIR=..., prints what it shows, and every ```pycon
#    block passes doctest against that copy (when the binding was built);
#  - every `man NAME` names a page, every exported function has its
#    `man NAME`, and every relative link names a file.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

readme="$top_srcdir/README.md"
[ -f "$readme" ] || { echo "README.md is missing"; exit 99; }

# fenced LANG: the fenced blocks of that language, separated by "@@end".
fenced() {
	awk -v lang="$1" '
		/^ *```/ {
			if (on) { on = 0; print "@@end"; next }
			l = $0; sub(/^ *```/, "", l)
			if (l == lang) { on = 1; indent = index($0, "`") - 1 }
			else skip = !skip
			next
		}
		on { print substr($0, indent + 1) }' "$readme"
}

# block LANG N: the Nth block of that language.
block() {
	fenced "$1" | awk -v n="$2" '/^@@end$/ { k++; next } k == n - 1'
}

# --- The quick start: exactly two commands. -------------------------------
sed -n '/^## Quick start/,/^## /p' "$readme" |
	awk '/^ *```/ { on = !on; next } on && NF' | sed 's/^ *//' > "$scratch/quick"
cat > "$scratch/quick.want" <<'CMDS'
sh .ci/install-deps && ./autogen.sh && ./configure && make -j2 && make install && ldconfig && httpstatus 404
sh .ci/install-deps && tests/run-all
CMDS
diff "$scratch/quick.want" "$scratch/quick" > "$scratch/diff"
check_or_show "the quick start holds exactly the two commands" "$scratch/diff" \
	cmp -s "$scratch/quick.want" "$scratch/quick"
if [ -e "$top_srcdir/.git" ]; then
	check "the scripts it runs exist" test -f "$top_srcdir/.ci/install-deps" -a \
		-x "$top_srcdir/tests/run-all" -a -x "$top_srcdir/autogen.sh"
else
	echo "# not a git checkout: the quick start scripts are not looked for"
fi

# --- The dialect table. ---------------------------------------------------
header="$top_builddir/libhttpstatus/httpstatus.h"
# shellcheck disable=SC2086
${CC:-cc} ${HS_TEST_CFLAGS:-} -std=c99 -Wall -Wextra -Werror -I"$top_builddir/libhttpstatus" \
	-o "$scratch/dialect-table" "$top_srcdir/docs/dialect-table.c" \
	-L"$top_builddir/libhttpstatus/.libs" -lhttpstatus > "$scratch/cc.log" 2>&1
st=$?
check_or_show "docs/dialect-table.c compiles" "$scratch/cc.log" test "$st" -eq 0
if [ "$st" -eq 0 ]; then
	"$scratch/dialect-table" "$header" > "$scratch/table.want"
	check "docs/dialect-table runs" test $? -eq 0 -a -s "$scratch/table.want"
	sed -n '/^<!-- dialect-table: begin/,/^<!-- dialect-table: end/p' "$readme" |
		sed '1d;$d' > "$scratch/table"
	{ diff "$scratch/table.want" "$scratch/table"; echo "The table, to paste:"; cat "$scratch/table.want"; } > "$scratch/diff"
	check_or_show "the dialect table is the library's" "$scratch/diff" \
		cmp -s "$scratch/table.want" "$scratch/table"
fi

# --- Code taken from files: verbatim parts of them. -------------------------
# A fenced block right after a line "<!-- part of PATH -->" must appear, line
# for line, in PATH; every C block must be one of them.
awk -v dir="$scratch" '
	/^<!-- part of [^ ]* -->$/ { path = $4; next }
	/^ *```/ {
		if (on) { on = 0; close(f); next }
		if (path != "") { n++; f = dir "/part." n; print path > (f ".path"); close(f ".path"); on = 1; printf "" > f }
		else if ($0 ~ /```c$/) unmarked++
		path = ""
		next
	}
	on { print > f; next }
	NF { path = "" }
	END { print unmarked + 0 > (dir "/unmarked") }' "$readme"
check "every C block in README is marked as part of a file" test "$(cat "$scratch/unmarked")" -eq 0
parts=0
for part in "$scratch"/part.[0-9]*; do
	case $part in *.path) continue ;; esac
	[ -f "$part" ] || continue
	parts=$((parts + 1))
	path=$(cat "$part.path")
	check "README block $parts is a verbatim part of $path" awk '
		NR == FNR { want[++nw] = $0; next }
		{ got[++ng] = $0 }
		END {
			if (nw == 0) exit 1
			for (s = 1; s + nw - 1 <= ng; s++) {
				for (i = 1; i <= nw && got[s + i - 1] == want[i]; i++) ;
				if (i > nw) exit 0
			}
			exit 1
		}' "$part" "$top_srcdir/$path"
done
check "README shows code from the examples" test "$parts" -ge 1

# --- Terminal sessions, against an installed copy. --------------------------
dest="$scratch/dest"
installed_copy "$dest" > "$scratch/install.log" 2>&1
st=$?
check_or_show "make install DESTDIR=..." "$scratch/install.log" test "$st" -eq 0
[ "$st" -eq 0 ] || finish
bindir=$(dirname "$(find "$dest" -type f -name httpstatus -perm -u+x | head -n 1)")
pcdir=$(dirname "$(find "$dest" -name libhttpstatus.pc | head -n 1)")
libdir=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" \
	pkg-config --libs-only-L libhttpstatus | sed 's/^ *-L//; s/ .*//')
check "the CLI is installed" test -x "$bindir/httpstatus"
check "the library is installed" test -d "$libdir"

# The commands a session may use: "cc" is the build's compiler with its
# sanitizer flags, if any; python3, lua5.4 and luajit are the interpreters
# configure chose, present only when their binding was built.
mkdir -p "$scratch/bin" "$scratch/work"
wrap() { printf '#!/bin/sh\nexec %s "$@"\n' "$2" > "$scratch/bin/$1"; chmod +x "$scratch/bin/$1"; }
wrap cc "${CC:-cc} ${HS_TEST_CFLAGS:-}"
[ -z "${HS_DOC_PYTHON:-}" ] || wrap python3 "$HS_DOC_PYTHON"
[ -z "${HS_DOC_LUA:-}" ] || wrap lua5.4 "$HS_DOC_LUA"
[ -z "${HS_DOC_LUAJIT:-}" ] || wrap luajit "$HS_DOC_LUAJIT"
ln -s "$top_srcdir/examples" "$scratch/work/examples"
PATH="$scratch/bin:$bindir:$PATH"
PKG_CONFIG_PATH=$pcdir
PKG_CONFIG_SYSROOT_DIR=$dest
LD_LIBRARY_PATH=$libdir
export PATH PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR LD_LIBRARY_PATH
check "httpstatus runs from the installed copy" \
	sh -c 'command -v httpstatus | grep -q "^$1" && ldd "$(command -v httpstatus)" | grep -q "$1"' _ "$dest"

# Where make install put the bindings, inside DESTDIR.
pydir=$(find "$dest" -type f -name __init__.py -path '*/httpstatus/*' | head -n 1)
[ -z "$pydir" ] || PYTHONPATH=$(dirname "$(dirname "$pydir")")
luadir=$(find "$dest" -type f -name httpstatus.so -path '*lua/5.4*' | head -n 1)
[ -z "$luadir" ] || LUA_CPATH="$(dirname "$luadir")/?.so;;"
restydir=$(find "$dest" -type f -name httpstatus.lua -path '*/resty/*' | head -n 1)
[ -z "$restydir" ] || LUA_PATH="$(dirname "$(dirname "$restydir")")/?.lua;;"
export PYTHONPATH LUA_CPATH LUA_PATH
[ -z "${HS_DOC_PYTHON:-}" ] || check "the Python package is installed" test -n "$pydir"
[ -z "${HS_DOC_LUA:-}" ] || check "the Lua 5.4 module is installed" test -n "$luadir"
[ -z "${HS_DOC_LUAJIT:-}" ] || check "resty.httpstatus is installed" test -n "$restydir"

ns=$(fenced console | grep -c '^@@end$')
check "README shows terminal sessions" test "$ns" -ge 2
i=1
while [ "$i" -le "$ns" ]; do
	block console "$i" > "$scratch/session"
	missing=
	for tool in python3 lua5.4 luajit; do
		if grep -q "^\\$ $tool " "$scratch/session" && [ ! -x "$scratch/bin/$tool" ]; then
			missing="$missing $tool"
		fi
	done
	if [ -n "$missing" ]; then
		echo "# README session $i not replayed: no binding built for$missing"
	else
		run_transcript "README session $i" "$scratch/session" "$scratch/work"
	fi
	i=$((i + 1))
done

# Python examples (```pycon) run under doctest, against the installed package.
fenced pycon | grep -v '^@@end$' > "$scratch/readme-python.txt"
check "README shows Python examples" test -s "$scratch/readme-python.txt"
if [ -n "${HS_DOC_PYTHON:-}" ]; then
	(cd "$scratch/work" && "$HS_DOC_PYTHON" -m doctest "$scratch/readme-python.txt") > "$scratch/doctest" 2>&1
	st=$?
	check_or_show "README's Python examples pass doctest" "$scratch/doctest" test "$st" -eq 0
else
	echo "# the Python binding was not built: README's Python examples not run"
fi

# --- Pages and files it names. ---------------------------------------------
# A function documented on its family's page gets its own .so page at
# install time (man/links.sh).
sh "$mandir_src/links.sh" "$mandir_src"/man3/*.3 > "$scratch/man-links"
for name in $(grep -o '`man [a-z_]*`' "$readme" | sed 's/`man \(.*\)`/\1/' | sort -u); do
	check "man $name: the page exists" sh -c 'ls "$1"/man*/"$2".* >/dev/null 2>&1 ||
		grep -q "^$2 " "$3"' _ "$mandir_src" "$name" "$scratch/man-links"
done
# Every page with text of its own is named (the pages of single functions
# follow from each page's NAME section).
for page in $(cd "$mandir_src" && ls man1/*.1 man3/*.3); do
	name=$(basename "$page" | sed 's/\.[0-9]$//')
	check "README points to man $name" grep -qF "\`man $name\`" "$readme"
done
for path in $(grep -o '](\([^)#:]*\))' "$readme" | sed 's/^](//; s/)$//' | sort -u); do
	check "link $path: the file exists" test -e "$top_srcdir/$path"
done
finish
