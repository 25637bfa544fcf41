#!/bin/sh
# SPDX-License-Identifier: MIT
# make install DESTDIR=...: the Lua 5.4 module and resty/httpstatus.lua land
# where configure said, work from there, and make uninstall removes them.
. "$top_srcdir/tests/lib.sh"

[ -n "${LUA:-}" ] || skip "no Lua 5.4 interpreter"
: "${HS_LUACMODDIR:?}" "${HS_LIBDIR:?}" "${HS_PREFIX:?}"
dest="$scratch/dest"
if ! installed_copy "$dest"; then
    fail "make install DESTDIR=..."
    finish
fi
pass "make install DESTDIR=..."

mod="$dest$HS_LUACMODDIR/httpstatus.so"
check "httpstatus.so is in the C module directory ($HS_LUACMODDIR)" test -f "$mod"
check "no httpstatus.la beside it" test ! -e "$dest$HS_LUACMODDIR/httpstatus.la"
if [ -n "${READELF:-}" ]; then
    "$READELF" -d "$mod" > "$scratch/dynamic" 2>&1
    check "the module needs libhttpstatus" grep -q 'NEEDED.*libhttpstatus' "$scratch/dynamic"
    check "the module does not link liblua (the interpreter provides it)" \
        sh -c '! grep -i "NEEDED.*lua" "$1"' _ "$scratch/dynamic"
    case $HS_LIBDIR in
    /lib | /lib/* | /lib64 | /usr/lib | /usr/lib/* | /usr/lib64) ;;
    *)
        # So that a plain `make install` works before ldconfig has run.
        check "the module's run path names $HS_LIBDIR" \
            grep -q "R.*PATH.*[[:punct:]]$HS_LIBDIR[]:]" "$scratch/dynamic" ;;
    esac
fi

# The installed copy, and only it, is loaded.
out=$(env LUA_CPATH="$dest$HS_LUACMODDIR/?.so" LD_LIBRARY_PATH="$dest$HS_LIBDIR" "$LUA" -e '
    local hs = require "httpstatus"
    print(package.searchpath("httpstatus", package.cpath))
    print(hs.reason(429), hs.from_reason("Moved Temporarily"))' 2>&1)
echo "$out" | sed 's/^/# /'
check "lua5.4 loads the installed module" test "$(echo "$out" | sed -n 1p)" = "$mod"
check "... which answers" test "$(echo "$out" | sed -n 2p)" = "$(printf 'Too Many Requests\t302')"

# The directory rule (m4/hs_lua.m4): when lua5.4 searches a directory under
# the prefix, the module goes into one of them, so that a plain
# `make install` needs no LUA_CPATH.
if [ "${HS_LUA_CMODDIR_RULE:-}" = auto ]; then
    dirs=$(env -u LUA_CPATH -u LUA_CPATH_5_4 "$LUA" -e \
        'for d in package.cpath:gmatch("([^;]+)/%?%.so") do print(d) end')
    under=$(printf '%s\n' "$dirs" | grep "^$HS_PREFIX/" || true)
    if [ -n "$under" ]; then
        check "$HS_LUACMODDIR is on lua5.4's default package.cpath" \
            sh -c 'printf "%s\n" "$1" | grep -qx "$2"' _ "$dirs" "$HS_LUACMODDIR"
    else
        echo "# lua5.4 searches no directory under $HS_PREFIX; LUA_CPATH must name $HS_LUACMODDIR"
    fi
fi

# The OpenResty module, when built.
if [ -n "${HS_RESTYDIR:-}" ]; then
    resty="$dest$HS_RESTYDIR/resty/httpstatus.lua"
    check "resty/httpstatus.lua is in $HS_RESTYDIR" test -f "$resty"
    if [ -n "${LUAJIT:-}" ]; then
        out=$(env LUA_PATH="$dest$HS_RESTYDIR/?.lua" LD_LIBRARY_PATH="$dest$HS_LIBDIR" "$LUAJIT" -e '
            print(package.searchpath and "" or "", require("resty.httpstatus").reason(451))' 2>&1)
        check "luajit loads the installed resty.httpstatus" test "$out" = "$(printf '\tUnavailable For Legal Reasons')"
        if [ "${HS_RESTY_DIR_RULE:-}" = auto ]; then
            paths=$(env -u LUA_PATH "$LUAJIT" -e 'print(package.path)')
            case ";$paths;" in
            *";$HS_PREFIX/"*)
                check "$HS_RESTYDIR is on LuaJIT's default package.path" \
                    sh -c 'case ";$1;" in *";$2/?.lua;"*) exit 0;; esac; exit 1' _ "$paths" "$HS_RESTYDIR" ;;
            esac
        fi
    fi
fi

if ${MAKE:-make} -C "$top_builddir" uninstall DESTDIR="$dest" > "$scratch/uninstall.log" 2>&1; then
    pass "make uninstall DESTDIR=..."
else
    cat "$scratch/uninstall.log"
    fail "make uninstall DESTDIR=..."
fi
check "make uninstall removes httpstatus.so" test ! -e "$mod"
[ -z "${HS_RESTYDIR:-}" ] || check "make uninstall removes resty/httpstatus.lua" test ! -e "$resty"
finish
