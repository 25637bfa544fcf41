# SPDX-License-Identifier: MIT
# Programs some tests use when they are present; a test whose program is
# missing reports SKIP.
AC_DEFUN([HS_CHECK_TOOLS], [
  AC_PATH_PROG([NGINX], [nginx], [], [$PATH$PATH_SEPARATOR/usr/sbin$PATH_SEPARATOR/sbin])
  AC_PATH_PROG([MANDOC], [mandoc])
  AC_PATH_PROG([ABIDIFF], [abidiff])
  AC_PATH_PROG([ABIDW], [abidw])
  AC_PATH_PROG([VALGRIND], [valgrind])
  AC_PATH_PROG([READELF], [readelf])
])
