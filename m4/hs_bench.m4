# SPDX-License-Identifier: MIT
# The baselines `make bench` measures the library against, built from
# Debian packages rather than copied into the tree.  Each one is optional:
# without it the benchmark reports its rows as not measured.
#   gperf (package gperf): perfect hashes over the library's phrases.
#   phr_parse_response (package libh2o-dev): picohttpparser, which
#   libh2o exports without installing its header.
AC_DEFUN([HS_CHECK_BENCH], [
  AC_PATH_PROG([GPERF], [gperf])
  AM_CONDITIONAL([HAVE_GPERF], [test -n "$GPERF"])
  hs_pico=no
  PICO_LIBS=
  AC_CHECK_LIB([h2o], [phr_parse_response], [hs_pico=yes; PICO_LIBS=-lh2o])
  AC_SUBST([PICO_LIBS])
  AM_CONDITIONAL([HAVE_PICO], [test "x$hs_pico" = xyes])
])
