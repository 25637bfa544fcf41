# SPDX-License-Identifier: MIT
# Fuzz targets.  Each tests/fuzz/fuzz-<target>.c is built two ways:
#
#  - tests/fuzz/replay-<target>, with the configured compiler against
#    libhttpstatus.la, is part of `make check`: it runs the seed corpus
#    tests/fuzz/corpus/<target>/ and a fixed set of mutations of it, so
#    every build (sanitizers, valgrind, clang) checks the same invariants;
#
#  - tests/fuzz/fuzz-<target>, with clang and libFuzzer straight from the
#    library sources (the generated tables come from this build), by
#    `make fuzz`, which runs every target for FUZZ_SECONDS seconds (default
#    60) and fails on any finding.  FUZZ_CC and FUZZ_CFLAGS pick the
#    compiler and flags.

hs_fuzz_targets = from-reason parse-status-line format-status-line dialect-name lookup check \
	field-name

hs_fuzz_replays = \
	tests/fuzz/replay-from-reason \
	tests/fuzz/replay-parse-status-line \
	tests/fuzz/replay-format-status-line \
	tests/fuzz/replay-dialect-name \
	tests/fuzz/replay-lookup \
	tests/fuzz/replay-check \
	tests/fuzz/replay-field-name

check_PROGRAMS += $(hs_fuzz_replays)
TESTS += $(hs_fuzz_replays)

hs_fuzz_common = tests/fuzz/replay.c tests/fuzz/fuzz.h
tests_fuzz_replay_from_reason_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-from-reason.c
tests_fuzz_replay_from_reason_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"from-reason"'
tests_fuzz_replay_from_reason_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_parse_status_line_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-parse-status-line.c
tests_fuzz_replay_parse_status_line_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"parse-status-line"'
tests_fuzz_replay_parse_status_line_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_format_status_line_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-format-status-line.c
tests_fuzz_replay_format_status_line_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"format-status-line"'
tests_fuzz_replay_format_status_line_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_dialect_name_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-dialect-name.c
tests_fuzz_replay_dialect_name_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"dialect-name"'
tests_fuzz_replay_dialect_name_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_lookup_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-lookup.c
tests_fuzz_replay_lookup_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"lookup"'
tests_fuzz_replay_lookup_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_check_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-check.c
tests_fuzz_replay_check_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"check"'
tests_fuzz_replay_check_LDADD = libhttpstatus/libhttpstatus.la
tests_fuzz_replay_field_name_SOURCES = $(hs_fuzz_common) tests/fuzz/fuzz-field-name.c
tests_fuzz_replay_field_name_CPPFLAGS = $(AM_CPPFLAGS) -DHS_FUZZ_TARGET='"field-name"'
tests_fuzz_replay_field_name_LDADD = libhttpstatus/libhttpstatus.la

EXTRA_DIST += \
	tests/fuzz/corpus \
	tests/fuzz/run-fuzz \
	tests/fuzz/from-reason.dict \
	tests/fuzz/parse-status-line.dict \
	tests/fuzz/dialect-name.dict \
	tests/fuzz/check.dict

# libFuzzer builds.
FUZZ_CC = clang
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -Wall -Wextra
FUZZ_SECONDS = 60
FUZZ_JOBS =

hs_fuzz_bins = $(hs_fuzz_targets:%=tests/fuzz/fuzz-%)
hs_fuzz_lib = $(top_srcdir)/libhttpstatus/libhttpstatus.c
hs_fuzz_deps = $(hs_fuzz_lib) $(hs_lib_included_sources:%=$(top_srcdir)/%) \
	libhttpstatus/tables.c libhttpstatus/tables.h libhttpstatus/httpstatus.h config.h \
	libhttpstatus/fieldtables.c libhttpstatus/fieldtables.h \
	$(top_srcdir)/libhttpstatus/internal.h $(top_srcdir)/libhttpstatus/normalize.h \
	$(top_srcdir)/libhttpstatus/dialects.def $(top_srcdir)/libhttpstatus/flags.def \
	$(top_srcdir)/libhttpstatus/fieldflags.def $(top_srcdir)/libhttpstatus/fieldname.h \
	$(top_srcdir)/tests/fuzz/fuzz.h

AM_V_FUZZ = $(am__v_FUZZ_@AM_V@)
am__v_FUZZ_ = $(am__v_FUZZ_@AM_DEFAULT_V@)
am__v_FUZZ_0 = @echo "  FUZZCC  " $@;

$(hs_fuzz_bins): tests/fuzz/fuzz-%: $(top_srcdir)/tests/fuzz/fuzz-%.c $(hs_fuzz_deps)
	@$(MKDIR_P) tests/fuzz
	$(AM_V_FUZZ)$(FUZZ_CC) $(FUZZ_CFLAGS) -I$(top_builddir) -I$(top_builddir)/libhttpstatus \
		-I$(top_srcdir)/libhttpstatus -I$(top_srcdir)/tests/fuzz \
		-o $@ $< $(hs_fuzz_lib)

fuzz-build: $(hs_fuzz_bins)

fuzz: fuzz-build
	FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_JOBS='$(FUZZ_JOBS)' \
		$(SHELL) $(top_srcdir)/tests/fuzz/run-fuzz $(top_srcdir) $(hs_fuzz_bins)

.PHONY: fuzz fuzz-build

CLEANFILES += $(hs_fuzz_bins) tests/fuzz/fuzz-*-failure.bin

clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/work tests/fuzz/artifacts tests/fuzz/logs
.PHONY: clean-fuzz
