#!/bin/sh
# SPDX-License-Identifier: MIT
# resty.httpstatus under LuaJIT: the Lua checks (test-resty.lua), then how
# the module finds the library and how it refuses Lua 5.4.
. "$top_srcdir/tests/lib.sh"

[ -n "${LUAJIT:-}" ] && [ -x "$LUAJIT" ] || skip "LuaJIT not found"
module_dir="$top_builddir/bindings/lua"
[ -f "$module_dir/resty/httpstatus.lua" ] || { echo "resty/httpstatus.lua was not built"; exit 99; }
libs="$top_builddir/libhttpstatus/.libs"
lua_path="$module_dir/?.lua;$top_srcdir/tests/lua/?.lua;;"

if LUA_PATH="$lua_path" "$LUAJIT" "$top_srcdir/tests/resty/test-resty.lua"; then
    pass "test-resty.lua (the TAP lines above)"
else
    fail "test-resty.lua (the TAP lines above)"
fi

# The declarations come from the header: every function of httpstatus.h is
# declared, with the header's own text.
protos=$(sed -n 's/^\(const char \*\|int \|unsigned int \)\(httpstatus_[a-z_]*\)(.*/\2/p' \
    "$top_builddir/libhttpstatus/httpstatus.h" | sort)
declared=$(sed -n 's/^\(const char \*\|int \|unsigned int \)\(httpstatus_[a-z_]*\)(.*/\2/p' \
    "$module_dir/resty/httpstatus.lua" | sort)
check "the module declares every function of the header" \
    test -n "$protos" -a "$protos" = "$declared"

# Loading the library: by an absolute path in HTTPSTATUS_LIBRARY, with no
# search path at all...
soname=$(sed -n "s/^dlname='\(.*\)'$/\1/p" "$top_builddir/libhttpstatus/libhttpstatus.la")
out=$(env -u LD_LIBRARY_PATH HTTPSTATUS_LIBRARY="$libs/$soname" LUA_PATH="$lua_path" \
    "$LUAJIT" -e 'print(require("resty.httpstatus").reason(451))' 2>&1)
check "HTTPSTATUS_LIBRARY=/abs/path/$soname loads the library" \
    test "$out" = "Unavailable For Legal Reasons"
# ... and a clear error when it cannot be found.
out=$(env -u LD_LIBRARY_PATH HTTPSTATUS_LIBRARY=/nonexistent/libhttpstatus.so LUA_PATH="$lua_path" \
    "$LUAJIT" -e 'local ok, e = pcall(require, "resty.httpstatus"); print(ok, e)' 2>&1)
tab=$(printf '\t')
case $out in
    "true$tab"*) pass "a missing HTTPSTATUS_LIBRARY falls back to the installed library" ;;
    *"cannot load libhttpstatus"*"/nonexistent/libhttpstatus.so"*) pass "a missing library is a clear error" ;;
    *) echo "# $out"; fail "a missing library is a clear error" ;;
esac

# Lua 5.4 has no FFI: the module says so.
if [ -n "${LUA:-}" ]; then
    out=$(LUA_PATH="$lua_path" "$LUA" -e 'local ok, e = pcall(require, "resty.httpstatus"); print(ok, e)' 2>&1)
    check "Lua 5.4 is told to use the httpstatus module" \
        sh -c 'case $1 in false*"needs LuaJIT"*) exit 0;; esac; echo "# $1"; exit 1' _ "$out"
fi
finish
