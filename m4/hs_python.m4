# SPDX-License-Identifier: MIT
# --enable-python: the SWIG Python binding (bindings/python).
#
# The interpreter is $PYTHON when set.  Otherwise it is the first python3
# (then python3.N) on PATH that can import pytest and has its C headers, so
# that make check can run the Python tests; failing that, the first one
# that has its headers.  The headers, the extension suffix and the install
# directory all come from that one interpreter.
#
# The install directory is the entry of the interpreter's sys.path that
# lies under the exec prefix (/usr/local/lib/python3.11/dist-packages for
# Debian's python3 and prefix /usr/local); when there is none, sysconfig's
# platlib for that prefix, which then needs PYTHONPATH.  It is written
# relative to ${exec_prefix} so that "make install prefix=...", DESTDIR
# and distcheck all work.  --with-python-sitedir=DIR overrides it.
#
# (This file is m4: the Python snippets avoid square brackets, which m4
# would strip.)

AC_ARG_ENABLE([python],
  [AS_HELP_STRING([--enable-python@<:@=auto|yes|no@:>@],
                  [build the Python 3 binding (default: auto, on when SWIG and the Python headers are found)])],
  [], [enable_python=auto])
AC_ARG_WITH([python-sitedir],
  [AS_HELP_STRING([--with-python-sitedir=DIR],
                  [install the httpstatus Python package into DIR (default: the directory under the prefix that the interpreter imports from)])],
  [], [with_python_sitedir=])
AC_ARG_VAR([PYTHON], [the Python 3 interpreter to build the binding for])
AC_ARG_VAR([SWIG], [the SWIG 4 program])

AS_CASE([$enable_python], [yes|no|auto], [],
        [AC_MSG_ERROR([bad value '$enable_python' for --enable-python: use yes, no or auto])])

hs_python_summary=no
hs_python_ok=no
hs_python_why=
PYTHON_CPPFLAGS=
PYTHON_EXT_SUFFIX=
PYTHON_SITEDIR=
PYTHON_HAS_PYTEST=no

# hs_python_probe INTERPRETER: prints its short version, include dir,
# platform include dir and extension suffix, one a line; fails for a
# Python older than 3.8 or anything that is not a working Python.
hs_python_probe() {
	"$1" -E -c '
import sys, sysconfig
if sys.version_info < (3, 8):
    sys.exit(1)
paths = sysconfig.get_paths()
print(sysconfig.get_python_version())
print(paths.get("include", ""))
print(paths.get("platinclude", ""))
print(sysconfig.get_config_var("EXT_SUFFIX") or "")
' 2>/dev/null
}

# hs_python_has_headers INTERPRETER: true when its Python.h exists.
hs_python_has_headers() {
	hs_inc=`hs_python_probe "$1" | sed -n 2p`
	test -n "$hs_inc" && test -f "$hs_inc/Python.h"
}

AS_IF([test "x$enable_python" != xno], [
  hs_python_ok=yes

  # SWIG 4 or later.
  AC_PATH_PROGS([SWIG], [swig4.0 swig])
  AS_IF([test -z "$SWIG"], [hs_python_ok=no; hs_python_why="SWIG not found"], [
    AC_MSG_CHECKING([the SWIG version])
    hs_swig_version=`$SWIG -version 2>/dev/null | sed -n 's/^SWIG Version //p'`
    AC_MSG_RESULT([${hs_swig_version:-unknown}])
    AS_CASE([$hs_swig_version],
      [''], [hs_python_ok=no; hs_python_why="$SWIG does not run (SWIG 4 or later needed)"],
      [0.*|1.*|2.*|3.*],
      [hs_python_ok=no; hs_python_why="SWIG 4 or later needed, found $hs_swig_version"])
  ])

  # The interpreter.
  AS_IF([test "x$hs_python_ok" = xyes], [
    AC_MSG_CHECKING([for the Python interpreter to build for])
    AS_IF([test -n "$PYTHON"], [
      AS_IF([hs_python_probe "$PYTHON" >/dev/null], [],
            [hs_python_ok=no; hs_python_why="PYTHON=$PYTHON is not a working Python 3.8 or later"])
    ], [
      hs_candidates=
      hs_save_IFS=$IFS
      IFS=$PATH_SEPARATOR
      for hs_dir in $PATH; do
        IFS=$hs_save_IFS
        test -z "$hs_dir" && hs_dir=.
        for hs_name in python3 python3.14 python3.13 python3.12 python3.11 python3.10 python3.9 python3.8; do
          AS_IF([test -f "$hs_dir/$hs_name" && test -x "$hs_dir/$hs_name"],
                [hs_candidates="$hs_candidates $hs_dir/$hs_name"])
        done
      done
      IFS=$hs_save_IFS
      hs_first=
      for hs_cand in $hs_candidates; do
        hs_python_has_headers "$hs_cand" || continue
        test -n "$hs_first" || hs_first=$hs_cand
        AS_IF(["$hs_cand" -E -c 'import pytest' >/dev/null 2>&1], [PYTHON=$hs_cand; break])
      done
      test -n "$PYTHON" || PYTHON=$hs_first
      AS_IF([test -z "$PYTHON"],
            [hs_python_ok=no; hs_python_why="no python3 with its C headers (python3-dev) found"])
    ])
    AC_MSG_RESULT([${PYTHON:-none}])
  ])

  # Its headers, extension suffix and pytest.
  AS_IF([test "x$hs_python_ok" = xyes], [
    hs_probe=`hs_python_probe "$PYTHON"`
    PYTHON_VERSION=`AS_ECHO(["$hs_probe"]) | sed -n 1p`
    hs_inc=`AS_ECHO(["$hs_probe"]) | sed -n 2p`
    hs_platinc=`AS_ECHO(["$hs_probe"]) | sed -n 3p`
    PYTHON_EXT_SUFFIX=`AS_ECHO(["$hs_probe"]) | sed -n 4p`
    PYTHON_CPPFLAGS="-I$hs_inc"
    AS_IF([test -n "$hs_platinc" && test "x$hs_platinc" != "x$hs_inc"],
          [PYTHON_CPPFLAGS="$PYTHON_CPPFLAGS -I$hs_platinc"])
    AC_MSG_CHECKING([whether Python.h of $PYTHON compiles])
    hs_save_CPPFLAGS=$CPPFLAGS
    CPPFLAGS="$CPPFLAGS $PYTHON_CPPFLAGS"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#define PY_SSIZE_T_CLEAN
#include <Python.h>]], [[return PyModule_AddFunctions(0, 0);]])],
                      [AC_MSG_RESULT([yes])],
                      [AC_MSG_RESULT([no])
                       hs_python_ok=no
                       hs_python_why="the C headers of $PYTHON are missing (python3-dev)"])
    CPPFLAGS=$hs_save_CPPFLAGS
    AS_IF([test -z "$PYTHON_EXT_SUFFIX"],
          [hs_python_ok=no; hs_python_why="$PYTHON reports no EXT_SUFFIX"])
    AC_MSG_CHECKING([whether $PYTHON can import pytest])
    AS_IF(["$PYTHON" -E -c 'import pytest' >/dev/null 2>&1], [PYTHON_HAS_PYTEST=yes])
    AC_MSG_RESULT([$PYTHON_HAS_PYTEST])
  ])

  # Where the package goes.
  AS_IF([test "x$hs_python_ok" = xyes], [
    AC_MSG_CHECKING([where to install the Python package])
    hs_prefix=$prefix
    test "x$hs_prefix" = xNONE && hs_prefix=$ac_default_prefix
    hs_exec_prefix=$exec_prefix
    test "x$hs_exec_prefix" = xNONE && hs_exec_prefix=$hs_prefix
    hs_sitedir_note=
    AS_IF([test -n "$with_python_sitedir" && test "x$with_python_sitedir" != xyes], [
      PYTHON_SITEDIR=$with_python_sitedir
      hs_sitedir_shown=$with_python_sitedir
    ], [
      hs_site=`HS_PREFIX="$hs_exec_prefix" "$PYTHON" -E -c '
import os, sys, sysconfig
prefix = os.path.normpath(os.environ.get("HS_PREFIX"))
def under(p):
    p = os.path.normpath(p)
    return (os.path.isabs(p) and p.startswith(prefix + os.sep)
            and os.path.basename(p) in ("site-packages", "dist-packages"))
found = next((p for p in sys.path if p and under(p)), None)
if found:
    print("found " + os.path.relpath(os.path.normpath(found), prefix))
else:
    scheme = "posix_prefix" if os.name == "posix" else sysconfig.get_default_scheme()
    lib = sysconfig.get_path("platlib", scheme, vars={"base": prefix, "platbase": prefix})
    print("fallback " + os.path.relpath(os.path.normpath(lib), prefix))
' 2>/dev/null`
      hs_kind=${hs_site%% *}
      hs_rel=${hs_site#* }
      AS_CASE([$hs_kind],
        [found], [],
        [fallback], [hs_sitedir_note="not on the sys.path of $PYTHON: set PYTHONPATH"],
        [hs_python_ok=no; hs_python_why="cannot ask $PYTHON for its site directory"])
      PYTHON_SITEDIR='${exec_prefix}'/$hs_rel
      hs_sitedir_shown=$hs_exec_prefix/$hs_rel
    ])
    AC_MSG_RESULT([$hs_sitedir_shown])
    AS_IF([test -n "$hs_sitedir_note"],
          [AC_MSG_WARN([$hs_sitedir_shown is $hs_sitedir_note])])
  ])

  AS_IF([test "x$hs_python_ok" = xyes], [
    hs_python_summary="yes, $PYTHON (Python $PYTHON_VERSION), package in $hs_sitedir_shown"
    AS_IF([test -n "$hs_sitedir_note"],
          [hs_python_summary="$hs_python_summary ($hs_sitedir_note)"])
    AS_IF([test "x$PYTHON_HAS_PYTEST" != xyes],
          [hs_python_summary="$hs_python_summary; pytest not found: the Python tests will SKIP"])
  ], [test "x$enable_python" = xyes], [
    AC_MSG_ERROR([--enable-python=yes, but $hs_python_why])
  ], [
    hs_python_summary="no ($hs_python_why)"
  ])
])

# The module finds libhttpstatus in $libdir by its RUNPATH, so that it
# imports after "make install" without ldconfig or LD_LIBRARY_PATH (which,
# unlike an old-style RPATH, still comes first: the tests use it).
PYTHON_EXT_LDFLAGS=
AS_IF([test "x$hs_python_ok" = xyes],
      [AX_APPEND_LINK_FLAGS([-Wl,--enable-new-dtags], [PYTHON_EXT_LDFLAGS], [-Werror])])

AC_SUBST([PYTHON])
AC_SUBST([PYTHON_CPPFLAGS])
AC_SUBST([PYTHON_EXT_LDFLAGS])
AC_SUBST([PYTHON_EXT_SUFFIX])
AC_SUBST([PYTHON_SITEDIR])
AM_CONDITIONAL([ENABLE_PYTHON], [test "x$hs_python_ok" = xyes])
