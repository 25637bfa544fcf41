# SPDX-License-Identifier: MIT
# The baselines `make bench` measures the library against, built from
# Debian packages rather than copied into the tree.  Each one is optional:
# without it the benchmark reports its rows as not measured.
#   gperf (package gperf): perfect hashes over the library's phrases.
#   phr_parse_response (package libh2o-dev): picohttpparser, which
#   libh2o exports without installing its header.
#   llhttp (package node-llhttp): Node.js's HTTP parser, whose C sources
#   Debian ships for building Node.js; make bench compiles them, for
#   context beside picohttpparser.
AC_DEFUN([HS_CHECK_BENCH], [
  AC_ARG_VAR([LLHTTP_SRCDIR], [where llhttp's C sources are (default /usr/share/llhttp)])
  AC_ARG_VAR([LLHTTP_INCDIR], [where llhttp.h is (default /usr/share/include/llhttp)])
  : "${LLHTTP_SRCDIR:=/usr/share/llhttp}" "${LLHTTP_INCDIR:=/usr/share/include/llhttp}"
  AC_MSG_CHECKING([for llhttp's C sources])
  hs_llhttp=no
  if test -f "$LLHTTP_SRCDIR/llhttp.c" && test -f "$LLHTTP_SRCDIR/api.c" &&
     test -f "$LLHTTP_SRCDIR/http.c" && test -f "$LLHTTP_INCDIR/llhttp.h"; then
    hs_llhttp=yes
  fi
  AC_MSG_RESULT([$hs_llhttp])
  AM_CONDITIONAL([HAVE_LLHTTP], [test "x$hs_llhttp" = xyes])
  AC_PATH_PROG([GPERF], [gperf])
  AM_CONDITIONAL([HAVE_GPERF], [test -n "$GPERF"])
  hs_pico=no
  PICO_LIBS=
  AC_CHECK_LIB([h2o], [phr_parse_response], [hs_pico=yes; PICO_LIBS=-lh2o])
  AC_SUBST([PICO_LIBS])
  AM_CONDITIONAL([HAVE_PICO], [test "x$hs_pico" = xyes])
])
