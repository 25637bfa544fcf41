# SPDX-License-Identifier: MIT
#
# HS_CHECK_LUA: --enable-lua (the Lua 5.4 module, SWIG) and --enable-resty
# (the OpenResty module resty.httpstatus, LuaJIT FFI).
#
# Sets ENABLE_LUA and ENABLE_RESTY, and substitutes SWIG, LUA (the lua5.4
# interpreter, empty when absent), LUA_CFLAGS, luacmoddir, LUAJIT, restydir,
# CURL and HS_LUA_RUNNER.  The summary lines hs_lua_summary and
# hs_resty_summary are for the end of configure.
AC_DEFUN([HS_CHECK_LUA], [
AC_ARG_ENABLE([lua],
  [AS_HELP_STRING([--enable-lua@<:@=yes|no|auto@:>@],
                  [build the Lua 5.4 module with SWIG (default: auto, on when
                   SWIG and the Lua 5.4 headers are found)])],
  [], [enable_lua=auto])
AC_ARG_WITH([lua-cmoddir],
  [AS_HELP_STRING([--with-lua-cmoddir=DIR],
                  [install the Lua 5.4 module httpstatus.so into DIR (default:
                   the directory of lua5.4's package.cpath under the prefix)])],
  [], [with_lua_cmoddir=])
AC_ARG_ENABLE([resty],
  [AS_HELP_STRING([--disable-resty],
                  [do not build the OpenResty module resty.httpstatus])],
  [], [enable_resty=yes])
AC_ARG_WITH([resty-luadir],
  [AS_HELP_STRING([--with-resty-luadir=DIR],
                  [install resty/httpstatus.lua under DIR (default:
                   DATADIR/lua/5.1, on the package.path of LuaJIT and
                   of nginx's Lua module)])],
  [HS_RESTY_DIR_RULE=given], [with_resty_luadir='${datadir}/lua/5.1'; HS_RESTY_DIR_RULE=auto])
AC_ARG_VAR([LUA], [the Lua 5.4 interpreter used by the tests])
AC_ARG_VAR([LUAJIT], [the LuaJIT interpreter used by the tests of resty.httpstatus])

hs_lua_summary=no
hs_resty_summary=no
luacmoddir=
HS_LUA_RUNNER=

AS_CASE([$enable_lua], [yes|no|auto], [],
        [AC_MSG_ERROR([bad value '$enable_lua' for --enable-lua])])

AS_IF([test "x$enable_lua" != xno], [
  hs_lua_missing=

  # SWIG 4 or later: it knows the Lua 5.4 API.
  AX_PKG_SWIG([4.0.0], [], [hs_lua_missing="SWIG 4"])

  # The Lua 5.4 headers: pkg-config under its Debian, Fedora or BSD name,
  # unless LUA_CFLAGS was given.  Only the headers are used: the module
  # does not link liblua, so LUA_LIBS is ignored.
  hs_lua_pc=
  AS_IF([test -z "$LUA_CFLAGS"], [
    PKG_CHECK_MODULES([LUA], [lua5.4], [hs_lua_pc=lua5.4],
      [PKG_CHECK_MODULES([LUA], [lua-5.4], [hs_lua_pc=lua-5.4],
        [PKG_CHECK_MODULES([LUA], [lua54], [hs_lua_pc=lua54], [:])])])
  ])
  hs_save_CPPFLAGS=$CPPFLAGS
  CPPFLAGS="$CPPFLAGS $LUA_CFLAGS"
  AC_MSG_CHECKING([for the Lua 5.4 headers])
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[
#include <lua.h>
#include <lauxlib.h>
#if LUA_VERSION_NUM != 504
#error not Lua 5.4
#endif
]], [[lua_State *L = luaL_newstate(); (void)L;]])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no]); hs_lua_missing="$hs_lua_missing${hs_lua_missing:+, }the Lua 5.4 headers"])
  CPPFLAGS=$hs_save_CPPFLAGS

  # The interpreter runs the tests; without it they report SKIP.
  AC_CACHE_CHECK([for a Lua 5.4 interpreter], [ac_cv_path_LUA], [
    AC_PATH_PROGS_FEATURE_CHECK([LUA], [lua5.4 lua54 lua-5.4 lua],
      [AS_IF(["$ac_path_LUA" -e 'os.exit(_VERSION == "Lua 5.4" and 0 or 1)' 2>/dev/null],
             [ac_cv_path_LUA=$ac_path_LUA ac_path_LUA_found=:])],
      [ac_cv_path_LUA=])
  ])
  LUA=$ac_cv_path_LUA

  AS_IF([test -n "$hs_lua_missing"], [
    AS_IF([test "x$enable_lua" = xyes],
          [AC_MSG_ERROR([--enable-lua needs $hs_lua_missing])])
    enable_lua=no
    hs_lua_summary="no ($hs_lua_missing not found)"
  ], [
    enable_lua=yes
    # Where `make install` puts httpstatus.so.  The rule, so that a plain
    # `make install` gives a module lua5.4 can require:
    #  1. --with-lua-cmoddir, when given;
    #  2. pkg-config's INSTALL_CMOD re-rooted under the prefix, when the
    #     interpreter searches that directory (prefix /usr on Debian:
    #     /usr/lib/<multiarch>/lua/5.4);
    #  3. else the first "DIR/?.so" of the interpreter's package.cpath that
    #     lies under the prefix (prefix /usr/local: /usr/local/lib/lua/5.4);
    #  4. else INSTALL_CMOD re-rooted under the prefix, or LIBDIR/lua/5.4
    #     (a private prefix: the user sets LUA_CPATH).
    # The answer keeps a literal ${prefix} so that DESTDIR, a prefix given
    # to make and distcheck all work.
    AC_MSG_CHECKING([where to install the Lua 5.4 module])
    HS_LUA_CMODDIR_RULE=auto
    AS_IF([test -n "$with_lua_cmoddir"], [luacmoddir=$with_lua_cmoddir; HS_LUA_CMODDIR_RULE=given], [
      hs_prefix=$prefix
      test "x$hs_prefix" = xNONE && hs_prefix=$ac_default_prefix
      hs_cmod=
      AS_IF([test -n "$hs_lua_pc"],
            [hs_cmod=`$PKG_CONFIG --define-variable=prefix='${prefix}' --variable=INSTALL_CMOD "$hs_lua_pc" 2>/dev/null`])
      AS_CASE([$hs_cmod], ['${prefix}'/*], [], [hs_cmod=])
      hs_cpath=
      AS_IF([test -n "$LUA"],
            [hs_cpath=`"$LUA" -e 'for d in package.cpath:gmatch("([[^;]]+)/%?%.so") do print(d) end' 2>/dev/null`])
      hs_cmod_abs=$hs_prefix${hs_cmod@%:@'${prefix}'}
      hs_under=
      for hs_dir in $hs_cpath; do
        AS_IF([test -n "$hs_cmod" && test "x$hs_dir" = "x$hs_cmod_abs"],
              [luacmoddir=$hs_cmod; break])
        AS_CASE([$hs_dir], ["$hs_prefix"/*],
                [test -n "$hs_under" || hs_under='${prefix}'${hs_dir@%:@"$hs_prefix"}])
      done
      AS_IF([test -z "$luacmoddir"], [luacmoddir=$hs_under])
      AS_IF([test -z "$luacmoddir"], [luacmoddir=$hs_cmod])
      AS_IF([test -z "$luacmoddir"], [luacmoddir='${libdir}/lua/5.4'])
    ])
    AC_MSG_RESULT([$luacmoddir])
    hs_lua_summary="yes (module in $luacmoddir)"

    # The module needs libhttpstatus.so.0.  In a directory the dynamic
    # linker does not search by default (/usr/local/lib before ldconfig has
    # run, or a private prefix) a run path lets it find the library anyway.
    hs_prefix=$prefix
    test "x$hs_prefix" = xNONE && hs_prefix=$ac_default_prefix
    hs_exec_prefix=$exec_prefix
    test "x$hs_exec_prefix" = xNONE && hs_exec_prefix=$hs_prefix
    hs_libdir=`prefix=$hs_prefix exec_prefix=$hs_exec_prefix; eval echo "$libdir"`
    hs_libdir=`prefix=$hs_prefix exec_prefix=$hs_exec_prefix; eval echo "$hs_libdir"`
    AS_CASE([$hs_libdir],
      [/lib|/lib/*|/lib64|/usr/lib|/usr/lib/*|/usr/lib64], [HS_LUA_RPATH=],
      [HS_LUA_RPATH='-Wl,-rpath,$(libdir)'])
  ])
])

# The OpenResty module is plain Lua generated from the public header, so it
# needs nothing at build time; LuaJIT and nginx are only for its tests.
AS_IF([test "x$enable_resty" != xno], [
  enable_resty=yes
  restydir=$with_resty_luadir
  AS_IF([test -z "$LUAJIT"], [AC_PATH_PROGS([LUAJIT], [luajit luajit2])])
  hs_resty_summary="yes (resty/httpstatus.lua in $restydir; tests with ${LUAJIT:-no LuaJIT, they will SKIP})"
])

AS_IF([test -n "$LUA"], [HS_LUA_RUNNER=$LUA],
      [HS_LUA_RUNNER='$(SHELL) $(top_srcdir)/tests/lua/no-lua.sh'])
AC_PATH_PROG([CURL], [curl])

AC_SUBST([SWIG])
AC_SUBST([LUA])
AC_SUBST([LUA_CFLAGS])
AC_SUBST([LUAJIT])
AC_SUBST([CURL])
AC_SUBST([luacmoddir])
AC_SUBST([restydir])
AC_SUBST([HS_LUA_RUNNER])
AC_SUBST([HS_LUA_CMODDIR_RULE])
AC_SUBST([HS_LUA_RPATH])
AC_SUBST([HS_RESTY_DIR_RULE])
AM_CONDITIONAL([ENABLE_LUA], [test "x$enable_lua" = xyes])
AM_CONDITIONAL([ENABLE_RESTY], [test "x$enable_resty" = xyes])
])
