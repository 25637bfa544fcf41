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
	HS_DESTDIR='$(HS_DESTDIR)'; export HS_DESTDIR; \
	HS_VERSION='$(PACKAGE_VERSION)'; export HS_VERSION; \
	CMAKE='$(CMAKE)'; export CMAKE; \
	LD_LIBRARY_PATH='$(abs_top_builddir)/libhttpstatus/.libs'$${LD_LIBRARY_PATH:+:$$LD_LIBRARY_PATH}; \
	export LD_LIBRARY_PATH;

TESTS_LDADD = libhttpstatus/libhttpstatus.la

# Every test of the installed copy starts from this one DESTDIR install,
# made before any test runs (check_DATA is built before the tests start):
# `make install` relinks libtool modules inside the build tree, which must
# not happen while other tests load them.  A test that changes the install
# (make uninstall) works on a copy of its own (installed_copy in lib.sh).
HS_DESTDIR = $(abs_top_builddir)/tests/destdir
check_DATA = hs-check-destdir
hs-check-destdir: $(check_PROGRAMS) $(check_LTLIBRARIES)
	$(AM_V_GEN)rm -rf '$(HS_DESTDIR)' && \
	if $(MAKE) $(AM_MAKEFLAGS) install DESTDIR='$(HS_DESTDIR)' \
	    > tests/destdir.log 2>&1; then :; else \
		cat tests/destdir.log; exit 1; fi
clean-local: hs-clean-destdir
hs-clean-destdir:
	rm -rf '$(HS_DESTDIR)' tests/destdir.log
.PHONY: hs-check-destdir hs-clean-destdir

hs_c_tests = \
	tests/test-table \
	tests/test-class \
	tests/test-reverse \
	tests/test-dialects \
	tests/test-statusline \
	tests/test-wire \
	tests/test-check \
	tests/test-fields

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
tests_test_wire_SOURCES = tests/test-wire.c tests/tap.h
tests_test_wire_LDADD = $(TESTS_LDADD)
tests_test_check_SOURCES = tests/test-check.c tests/tap.h
tests_test_check_LDADD = $(TESTS_LDADD)
tests_test_fields_SOURCES = tests/test-fields.c tests/tap.h
tests_test_fields_LDADD = $(TESTS_LDADD)

hs_sh_tests = \
	tests/gentables.sh \
	tests/exports.sh \
	tests/cli.sh \
	tests/cli-check.sh \
	tests/cli-filter.sh \
	tests/completion.sh \
	tests/install.sh \
	tests/cmake.sh \
	tests/version.sh \
	tests/link/link.sh \
	tests/surfaces/compare.sh \
	tests/surfaces/check.sh

TESTS += $(hs_sh_tests)
EXTRA_DIST += $(hs_sh_tests) tests/lib.sh tests/link/interpose.c tests/link/static.c \
	tests/cmake/CMakeLists.txt tests/cmake/app.c \
	tests/surfaces/inputs tests/surfaces/answers.py tests/surfaces/answers.lua \
	tests/surfaces/heads tests/surfaces/findings.py tests/surfaces/findings.lua

# What real servers put on the wire (nginx, Apache httpd on 127.0.0.1).
check_PROGRAMS += tests/servers/wire-lines
tests_servers_wire_lines_SOURCES = tests/servers/wire-lines.c
tests_servers_wire_lines_LDADD = $(TESTS_LDADD)
TESTS += tests/servers/wire.sh
EXTRA_DIST += tests/servers/wire.sh

# The C side of the cross-surface comparison; each binding that is built
# must take part in it.
if ENABLE_PYTHON
AM_TESTS_ENVIRONMENT += HS_SURFACE_PYTHON=yes; export HS_SURFACE_PYTHON; \
	PYTHON='$(PYTHON)'; export PYTHON;
endif
if ENABLE_LUA
AM_TESTS_ENVIRONMENT += HS_SURFACE_LUA=yes; export HS_SURFACE_LUA;
endif
if ENABLE_RESTY
AM_TESTS_ENVIRONMENT += HS_SURFACE_RESTY=yes; export HS_SURFACE_RESTY;
endif
check_PROGRAMS += tests/surfaces/answers
tests_surfaces_answers_SOURCES = tests/surfaces/answers.c
tests_surfaces_answers_LDADD = $(TESTS_LDADD)

# The library's footprint: no relocations from the status data, size.
TESTS += tests/footprint.sh
EXTRA_DIST += tests/footprint.sh

# Hardening: the bad-input matrix, threads, allocation-free calls, linker
# hardening, valgrind, the ABI baseline and the command line's misuse.
AM_TESTS_ENVIRONMENT += \
	HS_HARDEN_CFLAGS='$(HARDEN_CFLAGS)'; export HS_HARDEN_CFLAGS; \
	HS_HARDEN_LDFLAGS='$(HARDEN_LDFLAGS)'; export HS_HARDEN_LDFLAGS; \
	HS_VALGRIND_TESTS='$(hs_valgrind_tests)'; \
	export HS_VALGRIND_TESTS;

hs_hardening_c_tests = \
	tests/test-badinput \
	tests/test-threads \
	tests/test-noalloc

check_PROGRAMS += $(hs_hardening_c_tests)
# valgrind.sh runs these under memcheck.  test-noalloc counts allocations
# with its own malloc, which valgrind replaces, so it runs only plainly.
hs_valgrind_tests = $(hs_c_tests) $(filter-out tests/test-noalloc,$(hs_hardening_c_tests)) \
	$(hs_fuzz_replays)
TESTS += $(hs_hardening_c_tests)
tests_test_badinput_SOURCES = tests/test-badinput.c tests/tap.h
tests_test_badinput_LDADD = $(TESTS_LDADD)
tests_test_threads_SOURCES = tests/test-threads.c tests/tap.h
tests_test_threads_CFLAGS = $(AM_CFLAGS) -pthread
tests_test_threads_LDFLAGS = $(AM_LDFLAGS) -pthread
tests_test_threads_LDADD = $(TESTS_LDADD)
tests_test_noalloc_SOURCES = tests/test-noalloc.c tests/tap.h
tests_test_noalloc_LDADD = $(TESTS_LDADD)

hs_hardening_sh_tests = \
	tests/cli-badinput.sh \
	tests/hardening.sh \
	tests/abi/check.sh \
	tests/valgrind.sh

TESTS += $(hs_hardening_sh_tests)
EXTRA_DIST += $(hs_hardening_sh_tests) \
	tests/abi/libhttpstatus.abi \
	tests/abi/types.abi \
	CONTRIBUTING.md \
	docs/bad-input.md

# Writes tests/abi/*.abi again from this build (see CONTRIBUTING.md).
abi-baseline: all
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	ABIDW='$(ABIDW)' ABIDIFF='$(ABIDIFF)' READELF='$(READELF)' CC='$(CC)' \
	$(SHELL) $(top_srcdir)/tests/abi/check.sh --update
.PHONY: abi-baseline

# The C test programs, for tests/run-all's leak-checking pass.
print-c-tests:
	@echo $(hs_c_tests) $(hs_hardening_c_tests) $(hs_fuzz_replays)
.PHONY: print-c-tests
