# SPDX-License-Identifier: MIT
# The Python binding: the package httpstatus (bindings/python/httpstatus/)
# around the private extension module httpstatus._httpstatus, which SWIG
# generates from ../httpstatus.i and python.i.  m4/hs_python.m4 picks the
# interpreter, its headers, EXT_SUFFIX and PYTHON_SITEDIR.

# The type stub is generated from its template and the public header, so
# that the codes, enums and functions it lists are the header's.
hs_py_package_files = \
	bindings/python/httpstatus/__init__.py \
	bindings/python/httpstatus/__init__.pyi \
	bindings/python/httpstatus/py.typed

hs_py_tests = \
	tests/python/test_api.py \
	tests/python/test_badinput.py \
	tests/python/test_fields.py \
	tests/python/test_clib.py \
	tests/python/test_httpstatus.py \
	tests/python/test_statusline.py \
	tests/python/test_wire.py \
	tests/python/test_install.py \
	tests/python/test_typing.py \
	tests/python/test_interpreters.py \
	tests/python/test_lazy.py

hs_py_examples = examples/python/example.py

EXTRA_DIST += \
	bindings/README.md \
	bindings/httpstatus.i \
	bindings/python/python.i \
	bindings/python/gen.py \
	bindings/python/httpstatus/__init__.py \
	bindings/python/httpstatus/__init__.pyi.in \
	bindings/python/httpstatus/py.typed \
	$(hs_py_tests) \
	$(hs_py_examples) \
	tests/python/conftest.py \
	tests/python/run-pytest

# Python test files run through pytest, the example directly (see the
# script); pytest's "no tests collected" is a hard error.
TEST_EXTENSIONS += .py
PY_LOG_COMPILER = env PYTHON='$(PYTHON)' $(SHELL) $(top_srcdir)/tests/python/run-pytest

if ENABLE_PYTHON
# Everything in the package directory, the extension included, is
# installed by install-exec (the directory name says "exec"), so the hook
# below runs after the .la is in place.
httpstatus_pyexecdir = $(PYTHON_SITEDIR)/httpstatus
httpstatus_pyexec_LTLIBRARIES = bindings/python/_httpstatus.la
httpstatus_pyexec_DATA = $(hs_py_package_files)

nodist_bindings_python__httpstatus_la_SOURCES = bindings/python/httpstatus_wrap.c
bindings_python__httpstatus_la_CPPFLAGS = $(AM_CPPFLAGS) $(PYTHON_CPPFLAGS)
bindings_python__httpstatus_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS) -fno-strict-aliasing
bindings_python__httpstatus_la_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -shared \
	-shrext $(PYTHON_EXT_SUFFIX) $(PYTHON_EXT_LDFLAGS) $(HS_MODULE_RPATH)
bindings_python__httpstatus_la_LIBADD = libhttpstatus/libhttpstatus.la

# The wrapper.  swig -MD records what it read, for the next build.
bindings/python/httpstatus_wrap.c: $(top_srcdir)/bindings/httpstatus.i \
		$(top_srcdir)/bindings/python/python.i libhttpstatus/httpstatus.h \
		bindings/python/docstrings.i
	@$(MKDIR_P) bindings/python/$(DEPDIR)
	$(AM_V_GEN)$(SWIG) -python -noproxy -module _httpstatus \
		-MD -MP -MT $@ -MF bindings/python/$(DEPDIR)/httpstatus_wrap.Pswig \
		-I$(top_builddir)/libhttpstatus -I$(top_builddir)/bindings/python \
		-I$(top_srcdir)/bindings \
		-o $@.tmp $(top_srcdir)/bindings/httpstatus.i && mv $@.tmp $@

bindings/python/httpstatus/__init__.pyi: $(top_srcdir)/bindings/python/gen.py \
		$(top_srcdir)/bindings/python/httpstatus/__init__.pyi.in libhttpstatus/httpstatus.h
	@$(MKDIR_P) bindings/python/httpstatus
	$(AM_V_GEN)$(PYTHON) $(top_srcdir)/bindings/python/gen.py stub libhttpstatus/httpstatus.h \
		$(top_srcdir)/bindings/python/httpstatus/__init__.pyi.in > $@.tmp && mv $@.tmp $@

# The docstrings of the wrapped functions, from their comments in the header.
bindings/python/docstrings.i: $(top_srcdir)/bindings/python/gen.py libhttpstatus/httpstatus.h
	@$(MKDIR_P) bindings/python
	$(AM_V_GEN)$(PYTHON) $(top_srcdir)/bindings/python/gen.py docs libhttpstatus/httpstatus.h \
		> $@.tmp && mv $@.tmp $@

# The package as it is installed, in the build tree, for the tests and for
# trying it out: PYTHONPATH=bindings/python/pkg.
hs_py_stage = bindings/python/pkg/httpstatus
noinst_DATA += bindings/python/pkg.stamp
bindings/python/pkg.stamp: bindings/python/_httpstatus.la $(hs_py_package_files)
	@rm -rf $(hs_py_stage) && $(MKDIR_P) $(hs_py_stage)
	$(AM_V_GEN)for f in $(hs_py_package_files); do \
		if test -f "$$f"; then src=$$f; else src=$(srcdir)/$$f; fi; \
		cp "$$src" $(hs_py_stage)/ || exit 1; \
	done && \
	cp bindings/python/.libs/_httpstatus$(PYTHON_EXT_SUFFIX) $(hs_py_stage)/ && \
	chmod u+w $(hs_py_stage)/* && \
	touch $@

# The .la is of no use to Python.  The bytecode is made now, as whoever
# imports the package later may not be allowed to write it.
install-exec-hook: hs-py-install-exec-hook
hs-py-install-exec-hook:
	rm -f "$(DESTDIR)$(httpstatus_pyexecdir)/_httpstatus.la"
	"$(PYTHON)" -E -m compileall -q \
		-d "$(httpstatus_pyexecdir)" "$(DESTDIR)$(httpstatus_pyexecdir)"

uninstall-hook: hs-py-uninstall-hook
hs-py-uninstall-hook:
	rm -f "$(DESTDIR)$(httpstatus_pyexecdir)/_httpstatus$(PYTHON_EXT_SUFFIX)"
	rm -f "$(DESTDIR)$(httpstatus_pyexecdir)"/__pycache__/__init__.*.pyc
	rmdir "$(DESTDIR)$(httpstatus_pyexecdir)/__pycache__" 2>/dev/null || :
	rmdir "$(DESTDIR)$(httpstatus_pyexecdir)" 2>/dev/null || :

TESTS += $(hs_py_tests) $(hs_py_examples)
endif

clean-local: hs-py-clean-local
hs-py-clean-local:
	rm -rf bindings/python/pkg

.PHONY: hs-py-install-exec-hook hs-py-uninstall-hook hs-py-clean-local
CLEANFILES += \
	bindings/python/httpstatus_wrap.c \
	bindings/python/httpstatus_wrap.c.tmp \
	bindings/python/httpstatus/__init__.pyi \
	bindings/python/httpstatus/__init__.pyi.tmp \
	bindings/python/docstrings.i \
	bindings/python/docstrings.i.tmp \
	bindings/python/pkg.stamp
DISTCLEANFILES += bindings/python/$(DEPDIR)/httpstatus_wrap.Pswig

-include bindings/python/$(DEPDIR)/httpstatus_wrap.Pswig
