#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds examples/c/triage.c as a user would: against a copy of the library
# installed with make install DESTDIR=..., with the flags pkg-config gives.
# Then runs it on status lines good and bad and checks what it prints.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/man/manlib.sh"

command -v pkg-config >/dev/null 2>&1 || skip "pkg-config not found"
src="$top_srcdir/examples/c/triage.c"

dest="$scratch/dest"
installed_copy "$dest" > "$scratch/install.log" 2>&1
st=$?
check_or_show "make install DESTDIR=..." "$scratch/install.log" test "$st" -eq 0
[ "$st" -eq 0 ] || finish

pcfile=$(find "$dest" -name libhttpstatus.pc | head -n 1)
check "libhttpstatus.pc is installed" test -n "$pcfile"
[ -n "$pcfile" ] || finish
# The sysroot makes pkg-config relocate its -I and -L paths into DESTDIR.
PKG_CONFIG_PATH=$(dirname "$pcfile")
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
cflags=$(pkg-config --cflags libhttpstatus)
libs=$(pkg-config --libs libhttpstatus)
libdir=$(pkg-config --libs-only-L libhttpstatus | sed 's/^ *-L//; s/ .*//')
check "pkg-config points into DESTDIR" sh -c 'case "$1" in "$2"/*) exit 0 ;; esac; exit 1' _ "$libdir" "$dest"

# Warnings are errors: the example must be clean C99.  A sanitizer build's
# library needs the sanitizer runtime in the program too.
# shellcheck disable=SC2086
${CC:-cc} ${HS_TEST_CFLAGS:-} -std=c99 -Wall -Wextra -Werror $cflags \
	-o "$scratch/triage" "$src" $libs > "$scratch/cc.log" 2>&1
st=$?
check_or_show "triage.c builds with pkg-config --cflags --libs" "$scratch/cc.log" test "$st" -eq 0
[ "$st" -eq 0 ] || finish

# Only the installed copy may be found, not the build tree's.
LD_LIBRARY_PATH=$libdir
export LD_LIBRARY_PATH
check "triage loads the installed library" sh -c 'ldd "$1" | grep -q "$2"' _ "$scratch/triage" "$dest"

# triage_on NAME: runs triage on $scratch/NAME.in; sets $st.
triage_on() {
	"$scratch/triage" < "$scratch/$1.in" > "$scratch/$1.out" 2> "$scratch/$1.err"
	st=$?
}

# Every kind of line the program tells apart, CRLF and LF line ends mixed.
printf '%s\r\n' \
	'HTTP/1.1 200 OK' \
	'HTTP/1.1 302 Moved Temporarily' \
	'HTTP/1.1 308 Permanent Redirect' \
	'HTTP/1.0 503 Service Temporarily Unavailable' \
	'HTTP/1.1 100 Continue' > "$scratch/mixed.in"
printf '%s\n' \
	'HTTP/2 404' \
	'http/1.1  429  Too Many Requests' \
	'HTTP/1.1 471 Whatever' \
	'HTTP/1.1 404 Gone' \
	"HTTP/1.1 418 I'm a teapot" \
	'' \
	'GET / HTTP/1.1' \
	'HTTP/1.1 700 Odd' \
	'HTTP/1.1 200 Fine, thanks' >> "$scratch/mixed.in"
printf 'HTTP/1.1 204 No Content' >> "$scratch/mixed.in"
cat > "$scratch/mixed.want" <<'OUT'
200 Success: done
302 Redirection: follow Location (sent as "Moved Temporarily", RFC 9110 says "Found")
308 Redirection: follow Location, same method
503 Server Error: retry later (sent as "Service Temporarily Unavailable", RFC 9110 says "Service Unavailable")
100 Informational: wait for the final response
404 Client Error: report the error (no reason phrase)
429 Client Error: retry later
471 Client Error: report the error (unknown code, handled as 400)
404 Client Error: report the error (phrase "Gone" belongs to 410)
418 Client Error: report the error
200 Success: done (unusual phrase "Fine, thanks")
204 Success: done
-- 1xx: 1 2xx: 3 3xx: 2 4xx: 5 5xx: 1, not status lines: 2
OUT
cat > "$scratch/mixed.errwant" <<'OUT'
line 12: status line: bad HTTP-version
line 13: status line: bad status code
OUT
triage_on mixed
check "two bad lines: exit status 1" test "$st" -eq 1
diff "$scratch/mixed.want" "$scratch/mixed.out" > "$scratch/diff"
check_or_show "it says the right thing about each line" "$scratch/diff" cmp -s "$scratch/mixed.want" "$scratch/mixed.out"
diff "$scratch/mixed.errwant" "$scratch/mixed.err" > "$scratch/diff"
check_or_show "it reports the bad lines on stderr" "$scratch/diff" cmp -s "$scratch/mixed.errwant" "$scratch/mixed.err"

# Only good lines: exit status 0.
printf 'HTTP/1.1 201 Created\r\nHTTP/1.1 301 Moved Permanently\r\n' > "$scratch/good.in"
triage_on good
check "good lines only: exit status 0" test "$st" -eq 0 -a ! -s "$scratch/good.err"
check "... the summary counts them" grep -qx -- '-- 1xx: 0 2xx: 1 3xx: 1 4xx: 0 5xx: 0, not status lines: 0' "$scratch/good.out"

# Nothing at all: an empty summary, exit status 0.
: > "$scratch/empty.in"
triage_on empty
check "empty input: exit status 0" test "$st" -eq 0
check "... an empty summary" grep -qx -- '-- 1xx: 0 2xx: 0 3xx: 0 4xx: 0 5xx: 0, not status lines: 0' "$scratch/empty.out"

# A line longer than any status line is reported once, and the next line
# is still read.
{ printf 'HTTP/1.1 200 '; head -c 20000 /dev/zero | tr '\0' x; printf '\r\nHTTP/1.1 404 Not Found\r\n'; } > "$scratch/long.in"
triage_on long
check "an over-long line: exit status 1" test "$st" -eq 1
check "... reported as too long" grep -qx 'line 1: input too long' "$scratch/long.err"
check "... and the next line is read" grep -qx '404 Client Error: report the error' "$scratch/long.out"

# Control bytes, a NUL byte and non-ASCII text are bad input, not a crash.
printf 'HTTP/1.1 200 O\001K\r\nHTTP/1.1 200 \303\226K\r\nHTTP/1.1 200 A\000B\r\n' > "$scratch/bytes.in"
triage_on bytes
check "odd bytes: exit status 1, no crash" test "$st" -eq 1
check "... a control byte in the reason is reported" \
	grep -qx 'line 1: status line: forbidden byte in reason phrase' "$scratch/bytes.err"
check "... so is a NUL byte" grep -qx 'line 3: status line: forbidden byte in reason phrase' "$scratch/bytes.err"
check "... a non-ASCII reason is allowed, but not looked up" \
	grep -qx '200 Success: done (phrase not looked up: control or non-ASCII byte in phrase)' "$scratch/bytes.out"
finish
