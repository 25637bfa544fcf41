#!/bin/sh
# SPDX-License-Identifier: MIT
# Every function the library exports has a man page of its name, with the
# sections a reader expects and a synopsis that matches the header; every
# page is installed, and each one, ".so" links included, is readable with
# man(1) from the installed tree.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

sym="$top_srcdir/libhttpstatus/libhttpstatus.sym"
header="$top_srcdir/libhttpstatus/httpstatus.h.in"

# The exported names, from every node of the version script.
sed -n 's/^[[:space:]]*\(httpstatus_[a-z_0-9]*\);.*/\1/p' "$sym" | sort -u > "$scratch/exported"
check "the version script lists functions" test -s "$scratch/exported"

# The declarations in the header, one a line: "type name(args);".
awk '/^[a-z].*[ *]httpstatus_[a-z_0-9]*\(/ { on = 1; buf = "" }
	on { buf = buf " " $0 }
	on && /;/ { print buf; on = 0 }' "$header" | norm_proto | sort > "$scratch/header-protos"

# The ".so" pages make install writes: "name page" for each function a
# page documents besides its own.
sh "$mandir_src/links.sh" "$mandir_src"/man3/*.3 > "$scratch/links"
check "no page of the source tree is a .so page" \
	sh -c '! grep -l "^\.so" "$1"/man3/*.3' _ "$mandir_src"

pages_with_text=
while read -r fn; do
	page="man3/$fn.3"
	if [ ! -f "$mandir_src/$page" ]; then
		target=$(awk -v fn="$fn" '$1 == fn { print $2; exit }' "$scratch/links")
		if [ -z "$target" ]; then
			fail "$fn has a page, or is in the NAME section of one"
			continue
		fi
		pass "$fn is documented in man3/$target.3 (installed as a .so page)"
		page=man3/$target.3
	else
		pass "$fn has a page"
	fi
	case " $pages_with_text " in *" $page "*) ;; *) pages_with_text="$pages_with_text $page" ;; esac
	check "$fn is in the NAME section of $page" \
		sh -c 'printf "%s\n" "$1" | tr -d "\\\\" | tr ", " "\n\n" | grep -qx "$2"' _ \
		"$(section "$page" NAME)" "$fn"
done < "$scratch/exported"

# Every page in man3 but the overview is named after an exported function.
for page in $(man_pages); do
	case $page in man1/*|man3/libhttpstatus.3) continue ;; esac
	fn=$(basename "$page" .3)
	check "$page names an exported function" grep -qx "$fn" "$scratch/exported"
	if ! link_target "$page" >/dev/null; then
		case " $pages_with_text " in *" $page "*) ;; *) pages_with_text="$pages_with_text $page" ;; esac
	fi
done

for page in $pages_with_text; do
	# The sections of a function page, in the order of man-pages(7).
	got=$(grep '^\.SH ' "$mandir_src/$page" | sed 's/^\.SH //; s/"//g' |
		grep -x -E 'NAME|SYNOPSIS|DESCRIPTION|RETURN VALUE|ERRORS|EXAMPLES|SEE ALSO' |
		tr '\n' '/')
	check "$page has NAME, SYNOPSIS, DESCRIPTION, RETURN VALUE, ERRORS, EXAMPLES, SEE ALSO" \
		test "$got" = "NAME/SYNOPSIS/DESCRIPTION/RETURN VALUE/ERRORS/EXAMPLES/SEE ALSO/"

	# The names in NAME are all exported functions with a page of their own.
	for fn in $(section "$page" NAME | tr '\n' ' ' | sed 's/\\-.*//' | tr ',' ' '); do
		check "$page: $fn in NAME is exported" grep -qx "$fn" "$scratch/exported"
	done

	# Each prototype in SYNOPSIS equals the header's declaration.
	section "$page" SYNOPSIS | grep '^\.B' | while read -r line; do
		roff_args "$line"
	done | awk '/httpstatus_[a-z_0-9]*\(/ { on = 1; buf = "" }
		on { buf = buf " " $0 }
		on && /;/ { print buf; on = 0 }' | norm_proto > "$scratch/protos"
	check "$page: SYNOPSIS declares functions" test -s "$scratch/protos"
	while read -r proto; do
		check "$page: '$proto' is in the header" grep -qxF "$proto" "$scratch/header-protos"
	done < "$scratch/protos"
done

# Every SEE ALSO reference to a page of this project names a page that exists.
for page in $(man_pages); do
	link_target "$page" >/dev/null && continue
	refs=$(section "$page" "SEE ALSO" | sed -n 's/^\.BR \([a-z_]*\) (\([0-9]\)).*/man\2\/\1.\2/p' |
		grep -E '^man[0-9]/(lib)?httpstatus')
	for ref in $refs; do
		name=$(basename "$ref" .3)
		check "$page: SEE ALSO $ref exists" \
			sh -c 'test -f "$1" || grep -q "^$2 " "$3"' _ "$mandir_src/$ref" "$name" "$scratch/links"
	done
done

# Installed: the same set of pages, and man(1) can show each by name.
dest="$scratch/dest"
{ ${MAKE:-make} -C "$top_builddir" install-man DESTDIR="$dest" &&
	${MAKE:-make} -C "$top_builddir" hs-man-install-links DESTDIR="$dest"; } > "$scratch/install.log" 2>&1
st=$?
check_or_show "make install-man" "$scratch/install.log" test "$st" -eq 0
[ "$st" -eq 0 ] || finish
root=$(find "$dest" -type d -name man3 | head -n 1)
root=${root%/man3}
check "pages are installed under .../man" test -n "$root" -a -d "$root/man1"
(cd "$root" && ls man1 man3 2>/dev/null | grep '\.[13]$' | sort) > "$scratch/installed"
{ man_pages | sed 's,^man[13]/,,'; awk '{ print $1 ".3" }' "$scratch/links"; } |
	sort > "$scratch/source"
diff "$scratch/source" "$scratch/installed" > "$scratch/diff"
check_or_show "the installed pages are the source pages" "$scratch/diff" \
	cmp -s "$scratch/installed" "$scratch/source"

if command -v man >/dev/null 2>&1; then
	for page in $(man_pages); do
		name=$(basename "$page"); sec=${name##*.}; name=${name%.*}
		# By name, as a user reads it, and with -l on the installed file,
		# with the installed tree on the man path as /usr/local/share/man
		# is by default (".so" links are found through it).
		out=$(cd / && MANPAGER=cat PAGER=cat MANWIDTH=80 LC_ALL=C \
			doc_tool man -M "$root" "$sec" "$name" 2> "$scratch/err")
		check "man $sec $name shows its page" \
			sh -c '[ ! -s "$1" ] && printf "%s\n" "$2" | sed -n "/^NAME/,/^[A-Z]/p" | grep -q "$3"' _ \
			"$scratch/err" "$out" "$name"
		out=$(cd / && MANPATH="$root" MANPAGER=cat PAGER=cat MANWIDTH=80 LC_ALL=C \
			doc_tool man -l "$root/$page" 2> "$scratch/err")
		check "man -l on the installed $page shows its page" \
			sh -c '[ ! -s "$1" ] && printf "%s\n" "$2" | sed -n "/^NAME/,/^[A-Z]/p" | grep -q "$3"' _ \
			"$scratch/err" "$out" "$name"
	done
else
	echo "# man(1) not found: installed pages not read back"
fi
finish
