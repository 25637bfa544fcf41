# SPDX-License-Identifier: MIT
# --enable-sanitizers[=LIST]: build everything with -fsanitize=LIST
# (default address,undefined) and -fno-sanitize-recover=all.
AC_DEFUN([HS_CHECK_SANITIZERS], [
  AC_ARG_ENABLE([sanitizers],
    [AS_HELP_STRING([--enable-sanitizers@<:@=LIST@:>@],
                    [build with -fsanitize=LIST (default: address,undefined)])],
    [], [enable_sanitizers=no])
  hs_sanitizers=
  SANITIZER_CFLAGS=
  AS_CASE([$enable_sanitizers],
    [no], [],
    [yes], [hs_sanitizers=address,undefined],
    [hs_sanitizers=$enable_sanitizers])
  AS_IF([test -n "$hs_sanitizers"], [
    SANITIZER_CFLAGS="-fsanitize=$hs_sanitizers -fno-sanitize-recover=all -fno-omit-frame-pointer"
    hs_save_CFLAGS=$CFLAGS
    CFLAGS="$CFLAGS $SANITIZER_CFLAGS"
    AC_MSG_CHECKING([whether $CC can build with -fsanitize=$hs_sanitizers])
    AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])], [AC_MSG_RESULT([yes])],
                   [AC_MSG_RESULT([no]); AC_MSG_ERROR([$CC cannot build with -fsanitize=$hs_sanitizers])])
    CFLAGS=$hs_save_CFLAGS
  ])
  AC_SUBST([SANITIZER_CFLAGS])
  AM_CONDITIONAL([HAVE_SANITIZERS], [test -n "$hs_sanitizers"])
])
