# SPDX-License-Identifier: MIT
# The test suite.  C tests speak TAP; shell tests use exit codes (77 = SKIP).
# Everything runs against the build tree, as an installed copy would be used.

TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_COMPILER = $(SHELL)

AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	CC='$(CC)'; export CC; \
	HS_TEST_CFLAGS='$(SANITIZER_CFLAGS)'; export HS_TEST_CFLAGS; \
	MAKE='$(MAKE)'; export MAKE; \
	NM='$(NM)'; export NM; \
	READELF='$(READELF)'; export READELF; \
	NGINX='$(NGINX)'; export NGINX; \
	MANDOC='$(MANDOC)'; export MANDOC; \
	ABIDIFF='$(ABIDIFF)'; export ABIDIFF; \
	ABIDW='$(ABIDW)'; export ABIDW; \
	VALGRIND='$(VALGRIND)'; export VALGRIND; \
	HTTPSTATUS='$(abs_top_builddir)/tools/httpstatus'; export HTTPSTATUS; \
	LD_LIBRARY_PATH='$(abs_top_builddir)/libhttpstatus/.libs'$${LD_LIBRARY_PATH:+:$$LD_LIBRARY_PATH}; \
	export LD_LIBRARY_PATH;

TESTS_LDADD = libhttpstatus/libhttpstatus.la

hs_c_tests = \
	tests/test-table \
	tests/test-class \
	tests/test-reverse \
	tests/test-dialects \
	tests/test-statusline

check_PROGRAMS += $(hs_c_tests)
TESTS += $(hs_c_tests)
tests_test_table_SOURCES = tests/test-table.c tests/tap.h
tests_test_table_LDADD = $(TESTS_LDADD)
tests_test_class_SOURCES = tests/test-class.c tests/tap.h
tests_test_class_LDADD = $(TESTS_LDADD)
tests_test_reverse_SOURCES = tests/test-reverse.c tests/tap.h
tests_test_reverse_LDADD = $(TESTS_LDADD)
tests_test_dialects_SOURCES = tests/test-dialects.c tests/tap.h
tests_test_dialects_LDADD = $(TESTS_LDADD)
tests_test_statusline_SOURCES = tests/test-statusline.c tests/tap.h
tests_test_statusline_LDADD = $(TESTS_LDADD)

hs_sh_tests = \
	tests/gentables.sh \
	tests/exports.sh \
	tests/cli.sh \
	tests/install.sh

TESTS += $(hs_sh_tests)
EXTRA_DIST += $(hs_sh_tests) tests/lib.sh
