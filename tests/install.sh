#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs into a scratch DESTDIR, then builds and runs a C program against
# the installed copy with pkg-config, as a user of the library would.
. "$top_srcdir/tests/lib.sh"

command -v pkg-config >/dev/null 2>&1 || skip "pkg-config not found"
dest="$scratch/dest"
if ! installed_copy "$dest"; then
	fail "make install DESTDIR=..."
	finish
fi
pass "make install DESTDIR=..."

pcfile=$(find "$dest" -name libhttpstatus.pc | head -n 1)
check "libhttpstatus.pc is installed" test -n "$pcfile"
header=$(find "$dest" -name httpstatus.h | head -n 1)
check "httpstatus.h is installed" test -n "$header"
check "the CLI is installed" sh -c "find '$dest' -type f -name httpstatus -perm -u+x | grep -q ."
[ -n "$pcfile" ] || finish

pcdir=$(dirname "$pcfile")
prefix=$(PKG_CONFIG_PATH="$pcdir" pkg-config --variable=prefix libhttpstatus)
# pkg-config's sysroot support relocates the paths into DESTDIR.
cflags=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config --cflags libhttpstatus)
libs=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config --libs libhttpstatus)
check "pkg-config gives -lhttpstatus" sh -c "printf '%s' '$libs' | grep -q -- -lhttpstatus"

cat > "$scratch/user.c" <<'C'
#include <httpstatus.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	char line[64];

	httpstatus_format_status_line(line, sizeof line, 1, 1, HTTPSTATUS_NOT_FOUND,
	                              HTTPSTATUS_DIALECT_DEFAULT);
	line[strcspn(line, "\r")] = '\0';
	printf("%s|%d|%s", httpstatus_reason(418),
	       httpstatus_from_reason("Request Entity Too Long"), line);
	return strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING) != 0;
}
C
# A sanitizer build's library needs the sanitizer runtime in the program too.
if ${CC:-cc} ${HS_TEST_CFLAGS:-} $cflags -o "$scratch/user" "$scratch/user.c" $libs 2> "$scratch/cc.log"; then
	pass "a program builds with pkg-config --cflags --libs"
	# The -L directory, already inside DESTDIR thanks to the sysroot.
	libdir=$(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" \
		pkg-config --libs-only-L libhttpstatus | sed 's/^ *-L//; s/ .*//')
	out=$(LD_LIBRARY_PATH="$libdir" "$scratch/user")
	check "it runs against the installed library" test "$out" = "I'm a teapot|413|HTTP/1.1 404 Not Found"
	check "it loads the installed copy, not the build tree" \
		sh -c "LD_LIBRARY_PATH='$libdir' ldd '$scratch/user' | grep -q '$dest'"
else
	cat "$scratch/cc.log"
	fail "a program builds with pkg-config --cflags --libs"
fi
finish
