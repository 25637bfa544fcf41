# SPDX-License-Identifier: MIT
# README.md is checked against the project: its dialect table is the output
# of docs/dialect-table.c, the code it quotes is part of the examples, its
# terminal sessions and Python examples are replayed against a copy
# installed with make install DESTDIR=..., and the files, pages and
# commands it names exist.

# The interpreters of the bindings that were built; empty otherwise.
if ENABLE_PYTHON
hs_doc_python = $(PYTHON)
endif
if ENABLE_LUA
hs_doc_lua = $(LUA)
endif
if ENABLE_RESTY
hs_doc_luajit = $(LUAJIT)
endif
AM_TESTS_ENVIRONMENT += \
	HS_DOC_PYTHON='$(hs_doc_python)'; export HS_DOC_PYTHON; \
	HS_DOC_LUA='$(hs_doc_lua)'; export HS_DOC_LUA; \
	HS_DOC_LUAJIT='$(hs_doc_luajit)'; export HS_DOC_LUAJIT;

TESTS += docs/readme.sh
EXTRA_DIST += docs/readme.sh docs/dialect-table.c

