# SPDX-License-Identifier: MIT
# HS_CHECK_PYTHON: --enable-python, the SWIG Python binding (bindings/python).
#
# The interpreter is $PYTHON when set.  Otherwise it is the first python3
# (then python3.N) on PATH that can import pytest and has its C headers, so
# that make check can run the Python tests; failing that, the first one
# that has its headers.  AM_PATH_PYTHON then checks it, and the headers,
# the extension suffix and the install directory all come from it.
#
# The install directory is the entry of the interpreter's sys.path that
# lies under the exec prefix (/usr/local/lib/python3.11/dist-packages for
# Debian's python3 and prefix /usr/local); when there is none, AM_PATH_PYTHON's
# pyexecdir, which then needs PYTHONPATH.  It is written relative to
# ${exec_prefix}, so that "make install prefix=...", DESTDIR and distcheck
# work.  --with-python-sitedir=DIR overrides it.
#
# Sets ENABLE_PYTHON; substitutes PYTHON, PYTHON_CPPFLAGS,
# PYTHON_EXT_SUFFIX, PYTHON_EXT_LDFLAGS, PYTHON_SITEDIR and SWIG; leaves the
# summary line in hs_python_summary.

# _HS_PYTHON_PROBE(INTERPRETER, CODE): runs CODE (Python, no square
# brackets: this is m4) with INTERPRETER, without the user's environment.
m4_define([_HS_PYTHON_PROBE], ["$1" -E -c '$2' 2>/dev/null])
m4_define([_hs_python_names],
          [python3 python3.14 python3.13 python3.12 python3.11 python3.10 python3.9 python3.8])

AC_DEFUN([HS_CHECK_PYTHON], [
AC_ARG_ENABLE([python],
  [AS_HELP_STRING([--enable-python@<:@=auto|yes|no@:>@],
                  [build the Python 3 binding (default: auto, on when SWIG and the Python headers are found)])],
  [], [enable_python=auto])
AC_ARG_WITH([python-sitedir],
  [AS_HELP_STRING([--with-python-sitedir=DIR],
                  [install the httpstatus Python package into DIR (default: the directory under the prefix that the interpreter imports from)])],
  [], [with_python_sitedir=])
AS_CASE([$enable_python], [yes|no|auto], [],
        [AC_MSG_ERROR([bad value '$enable_python' for --enable-python: use yes, no or auto])])

hs_python_ok=no
hs_python_why=
hs_python_summary=no
PYTHON_CPPFLAGS=
PYTHON_EXT_SUFFIX=
PYTHON_EXT_LDFLAGS=
PYTHON_SITEDIR=

AS_IF([test "x$enable_python" != xno], [
  hs_python_ok=yes
  AX_PKG_SWIG([4.0.0], [], [hs_python_ok=no; hs_python_why="SWIG 4 or later not found"])

  # The interpreter: one with pytest and headers, else one with headers.
  AS_IF([test "x$hs_python_ok" = xyes && test -z "$PYTHON"], [
    AC_MSG_CHECKING([for a python3 with its C headers, and pytest if possible])
    AC_PATH_PROGS_FEATURE_CHECK([HS_PYTHON_TESTED], [_hs_python_names],
      [_HS_PYTHON_PROBE([$ac_path_HS_PYTHON_TESTED], [
import os, sysconfig, pytest
assert os.path.isfile(os.path.join(sysconfig.get_paths()@<:@"include"@:>@, "Python.h"))
]) && ac_cv_path_HS_PYTHON_TESTED=$ac_path_HS_PYTHON_TESTED ac_path_HS_PYTHON_TESTED_found=:])
    AS_IF([test -z "$ac_cv_path_HS_PYTHON_TESTED"],
      [AC_PATH_PROGS_FEATURE_CHECK([HS_PYTHON_DEV], [_hs_python_names],
        [_HS_PYTHON_PROBE([$ac_path_HS_PYTHON_DEV], [
import os, sysconfig
assert os.path.isfile(os.path.join(sysconfig.get_paths()@<:@"include"@:>@, "Python.h"))
]) && ac_cv_path_HS_PYTHON_DEV=$ac_path_HS_PYTHON_DEV ac_path_HS_PYTHON_DEV_found=:])])
    PYTHON=${ac_cv_path_HS_PYTHON_TESTED:-$ac_cv_path_HS_PYTHON_DEV}
    AC_MSG_RESULT([${PYTHON:-none}])
    AS_IF([test -z "$PYTHON"],
          [hs_python_ok=no; hs_python_why="no python3 with its C headers (python3-dev) found"])
  ])
  # AM_PATH_PYTHON stops configure on a given PYTHON that does not work;
  # --enable-python=auto goes on without the binding instead.
  AS_IF([test "x$hs_python_ok" = xyes && test -n "$PYTHON"],
        [_HS_PYTHON_PROBE([$PYTHON], [import sys; assert sys.version_info >= (3, 8)]) ||
         { hs_python_ok=no; hs_python_why="PYTHON=$PYTHON is not a working Python 3.8 or later"; }])
  AS_IF([test "x$hs_python_ok" = xyes],
        [AM_PATH_PYTHON([3.8], [],
                        [hs_python_ok=no; hs_python_why="$PYTHON is not a working Python 3.8 or later"])])

  # Its headers, extension suffix and pytest.
  AS_IF([test "x$hs_python_ok" = xyes], [
    PYTHON_CPPFLAGS=`_HS_PYTHON_PROBE([$PYTHON], [
import sysconfig
p = sysconfig.get_paths()
print(" ".join(sorted({"-I" + p.get(k) for k in ("include", "platinclude")})))
])`
    PYTHON_EXT_SUFFIX=`_HS_PYTHON_PROBE([$PYTHON], [
import sysconfig
print(sysconfig.get_config_var("EXT_SUFFIX") or "")
])`
    AC_MSG_CHECKING([whether Python.h of $PYTHON compiles])
    hs_save_CPPFLAGS=$CPPFLAGS
    CPPFLAGS="$CPPFLAGS $PYTHON_CPPFLAGS"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#define PY_SSIZE_T_CLEAN
#include <Python.h>]], [[return PyModule_AddFunctions(0, 0);]])],
      [AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no])
       hs_python_ok=no; hs_python_why="the C headers of $PYTHON are missing (python3-dev)"])
    CPPFLAGS=$hs_save_CPPFLAGS
    AS_IF([test -z "$PYTHON_EXT_SUFFIX"],
          [hs_python_ok=no; hs_python_why="$PYTHON reports no EXT_SUFFIX"])
    AC_MSG_CHECKING([whether $PYTHON can import pytest])
    AS_IF([_HS_PYTHON_PROBE([$PYTHON], [import pytest])], [hs_python_pytest=yes], [hs_python_pytest=no])
    AC_MSG_RESULT([$hs_python_pytest])
  ])

  # Where the package goes.
  AS_IF([test "x$hs_python_ok" = xyes], [
    AC_MSG_CHECKING([where to install the Python package])
    hs_exec_prefix=$exec_prefix
    test "x$hs_exec_prefix" = xNONE && hs_exec_prefix=$prefix
    test "x$hs_exec_prefix" = xNONE && hs_exec_prefix=$ac_default_prefix
    hs_sitedir_note=
    AS_IF([test -n "$with_python_sitedir" && test "x$with_python_sitedir" != xyes], [
      PYTHON_SITEDIR=$with_python_sitedir
      hs_sitedir_shown=$with_python_sitedir
    ], [
      hs_rel=`HS_PREFIX="$hs_exec_prefix" _HS_PYTHON_PROBE([$PYTHON], [
import os, sys
prefix = os.path.normpath(os.environ.get("HS_PREFIX")) + os.sep
for p in sys.path:
    p = os.path.normpath(p or ".")
    if p.startswith(prefix) and os.path.basename(p) in ("site-packages", "dist-packages"):
        print(os.path.relpath(p, prefix))
        break
])`
      AS_IF([test -n "$hs_rel"], [PYTHON_SITEDIR='${exec_prefix}'/$hs_rel], [
        PYTHON_SITEDIR=$pyexecdir
        hs_sitedir_note="not on the sys.path of $PYTHON: set PYTHONPATH"])
      hs_sitedir_shown=`AS_ECHO(["$PYTHON_SITEDIR"]) | sed "s|^[\\$][{]exec_prefix[}]|$hs_exec_prefix|"`
    ])
    AC_MSG_RESULT([$hs_sitedir_shown])
    AS_IF([test -n "$hs_sitedir_note"],
          [AC_MSG_WARN([$hs_sitedir_shown is $hs_sitedir_note])])
    # The module finds libhttpstatus in $libdir by its RUNPATH, so that it
    # imports after "make install" without ldconfig or LD_LIBRARY_PATH
    # (which, unlike an old-style RPATH, still comes first: the tests use it).
    AX_APPEND_LINK_FLAGS([-Wl,--enable-new-dtags], [PYTHON_EXT_LDFLAGS], [-Werror])
  ])

  AS_IF([test "x$hs_python_ok" = xyes], [
    hs_python_summary="yes, $PYTHON (Python $PYTHON_VERSION), package in $hs_sitedir_shown"
    AS_IF([test -n "$hs_sitedir_note"],
          [hs_python_summary="$hs_python_summary ($hs_sitedir_note)"])
    AS_IF([test "x$hs_python_pytest" != xyes],
          [hs_python_summary="$hs_python_summary; pytest not found: the Python tests will SKIP"])
  ], [test "x$enable_python" = xyes], [
    AC_MSG_ERROR([--enable-python=yes, but $hs_python_why])
  ], [
    hs_python_summary="no ($hs_python_why)"
  ])
])

AC_ARG_VAR([PYTHON], [the Python 3 interpreter to build the binding for])
AC_SUBST([PYTHON_CPPFLAGS])
AC_SUBST([PYTHON_EXT_LDFLAGS])
AC_SUBST([PYTHON_EXT_SUFFIX])
AC_SUBST([PYTHON_SITEDIR])
AM_CONDITIONAL([ENABLE_PYTHON], [test "x$hs_python_ok" = xyes])
])
