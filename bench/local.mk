# SPDX-License-Identifier: MIT
# Benchmarks.  `make bench` builds and runs all of them and writes one
# markdown report, bench/report.md in the build tree (also printed).
# Benchmarks are not tests: make check runs only bench/smoke.sh, a run with
# tiny iteration counts that checks the harness works and the report is
# well formed, and never judges speed.

# The baselines are a shared library of their own, so that a baseline call
# crosses a library boundary exactly as a call into libhttpstatus.so does.
# -rpath makes libtool build it shared; it is never installed.
check_LTLIBRARIES = bench/libhsbaseline.la
bench_libhsbaseline_la_SOURCES = bench/baseline.c bench/baseline.h
bench_libhsbaseline_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/bench
bench_libhsbaseline_la_LIBADD = libhttpstatus/libhttpstatus.la
bench_libhsbaseline_la_LDFLAGS = $(AM_LDFLAGS) -rpath $(abs_builddir)/bench \
	-avoid-version -no-undefined

# Linked against the shared libhttpstatus.so as users link it; -no-install
# makes bench/hsbench the real program (no libtool wrapper), so that it
# can run under valgrind as is.
check_PROGRAMS += bench/hsbench
bench_hsbench_SOURCES = bench/hsbench.c
bench_hsbench_CPPFLAGS = $(AM_CPPFLAGS) $(hs_bench_baselines)
bench_hsbench_LDADD = bench/libhsbaseline.la libhttpstatus/libhttpstatus.la
bench_hsbench_LDFLAGS = $(AM_LDFLAGS) -no-install
hs_bench_baselines =

# The fair baselines come from Debian packages, never from copies in the
# tree.  gperf builds two perfect hashes from the phrases bench/hskeywords
# prints: one exact over the canonical phrases, one ignoring case over
# every dialect's phrases.  Without gperf their rows are not measured.
if HAVE_GPERF
check_PROGRAMS += bench/hskeywords
bench_hskeywords_SOURCES = bench/hskeywords.c
bench_hskeywords_LDADD = libhttpstatus/libhttpstatus.la
nodist_bench_libhsbaseline_la_SOURCES = bench/gperf-exact.c bench/gperf-ci.c
hs_bench_baselines += -DHS_BENCH_GPERF=1
CLEANFILES += bench/gperf-exact.gperf bench/gperf-exact.c \
	bench/gperf-ci.gperf bench/gperf-ci.c

bench/gperf-exact.gperf: bench/hskeywords$(EXEEXT)
	$(AM_V_GEN)bench/hskeywords exact > $@.tmp && mv $@.tmp $@
bench/gperf-ci.gperf: bench/hskeywords$(EXEEXT)
	$(AM_V_GEN)bench/hskeywords ci > $@.tmp && mv $@.tmp $@
bench/gperf-exact.c: bench/gperf-exact.gperf
	$(AM_V_GEN)$(GPERF) --output-file=$@.tmp bench/gperf-exact.gperf && mv $@.tmp $@
bench/gperf-ci.c: bench/gperf-ci.gperf
	$(AM_V_GEN)$(GPERF) --output-file=$@.tmp bench/gperf-ci.gperf && mv $@.tmp $@
endif

# picohttpparser's phr_parse_response(), as libh2o exports it (Debian's
# libh2o-dev ships no header for it: hsbench declares the prototype).
if HAVE_PICO
bench_hsbench_LDADD += $(PICO_LIBS)
hs_bench_baselines += -DHS_BENCH_PICO=1
endif

# llhttp, compiled from the C sources Debian's node-llhttp ships (copied
# into the build directory, never into the tree), in a shared library of
# its own.  Its own code, so neither the project's warnings nor the
# sanitizers apply to it.
if HAVE_LLHTTP
check_LTLIBRARIES += bench/libhsllhttp.la
hs_llhttp_sources = bench/llhttp/llhttp.c bench/llhttp/api.c bench/llhttp/http.c
nodist_bench_libhsllhttp_la_SOURCES = $(hs_llhttp_sources)
bench_libhsllhttp_la_CPPFLAGS = -I$(LLHTTP_INCDIR)
bench_libhsllhttp_la_CFLAGS = $(HARDEN_CFLAGS)
bench_libhsllhttp_la_LDFLAGS = -rpath $(abs_builddir)/bench -avoid-version -no-undefined
bench_hsbench_LDADD += bench/libhsllhttp.la
hs_bench_baselines += -DHS_BENCH_LLHTTP=1 -I$(LLHTTP_INCDIR)
CLEANFILES += $(hs_llhttp_sources)

bench/llhttp/llhttp.c: $(LLHTTP_SRCDIR)/llhttp.c
	$(AM_V_GEN)$(MKDIR_P) bench/llhttp && cp $(LLHTTP_SRCDIR)/llhttp.c $@
bench/llhttp/api.c: $(LLHTTP_SRCDIR)/api.c
	$(AM_V_GEN)$(MKDIR_P) bench/llhttp && cp $(LLHTTP_SRCDIR)/api.c $@
bench/llhttp/http.c: $(LLHTTP_SRCDIR)/http.c
	$(AM_V_GEN)$(MKDIR_P) bench/llhttp && cp $(LLHTTP_SRCDIR)/http.c $@
endif

# What bench/run needs on top of the test environment (which also tells
# where the built bindings are).
BENCH_ENVIRONMENT = \
	HS_BENCH_CFLAGS='$(CFLAGS)'; export HS_BENCH_CFLAGS; \
	HS_BENCH_STRIP='$(STRIP)'; export HS_BENCH_STRIP; \
	HS_BENCH_PYTHON='$(PYTHON)'; export HS_BENCH_PYTHON; \
	HS_BENCH_LUA='$(LUA)'; export HS_BENCH_LUA; \
	HS_BENCH_LUAJIT='$(LUAJIT)'; export HS_BENCH_LUAJIT; \
	HS_BENCH_PYTHON_ON='$(hs_bench_python_on)'; export HS_BENCH_PYTHON_ON; \
	HS_BENCH_LUA_ON='$(hs_bench_lua_on)'; export HS_BENCH_LUA_ON; \
	HS_BENCH_RESTY_ON='$(hs_bench_resty_on)'; export HS_BENCH_RESTY_ON;

if ENABLE_PYTHON
hs_bench_python_on = yes
else
hs_bench_python_on = no
endif
if ENABLE_LUA
hs_bench_lua_on = yes
else
hs_bench_lua_on = no
endif
if ENABLE_RESTY
hs_bench_resty_on = yes
else
hs_bench_resty_on = no
endif

bench: all bench/hsbench$(EXEEXT) bench/libhsbaseline.la
	@$(MKDIR_P) bench
	@$(AM_TESTS_ENVIRONMENT) $(BENCH_ENVIRONMENT) \
		$(SHELL) $(top_srcdir)/bench/run $(BENCH_FLAGS) --output bench/report.md
.PHONY: bench

TESTS += bench/smoke.sh
AM_TESTS_ENVIRONMENT += $(BENCH_ENVIRONMENT)
EXTRA_DIST += bench/hskeywords.c bench/run bench/smoke.sh bench/bench.py bench/bench.lua bench/common.lua \
	bench/bench-resty.lua
CLEANFILES += bench/report.md
