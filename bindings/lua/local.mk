# SPDX-License-Identifier: MIT
# The Lua API (bindings/lua/api.lua, written once) over two backends: the
# Lua 5.4 module httpstatus.so (SWIG) and the OpenResty module
# resty.httpstatus (LuaJIT FFI); their tests and examples.

LUA_GEN = $(top_srcdir)/bindings/lua/gen.awk
LUA_API = $(top_srcdir)/bindings/lua/api.lua

EXTRA_DIST += \
	bindings/httpstatus.i \
	bindings/README.md \
	bindings/lua/lua.i \
	bindings/lua/api.lua \
	bindings/lua/README.md \
	bindings/lua/gen.awk \
	bindings/lua/resty/httpstatus.lua.in

# ---- Lua 5.4 (SWIG) ------------------------------------------------
if ENABLE_LUA
# A libtool module linked against the library but not against liblua: the
# interpreter that loads it provides the Lua API.  configure picks
# luacmoddir (see m4/hs_lua.m4).
luacmod_LTLIBRARIES = bindings/lua/httpstatus.la
nodist_bindings_lua_httpstatus_la_SOURCES = \
	bindings/lua/httpstatus_wrap.c \
	bindings/lua/api.h
bindings_lua_httpstatus_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_builddir)/bindings/lua $(LUA_CFLAGS)
# Only luaopen_httpstatus is exported.
bindings_lua_httpstatus_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)
# HS_LUA_RPATH: a run path to LIBDIR when it is not a default directory.
bindings_lua_httpstatus_la_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -shared $(HS_LUA_RPATH)
bindings_lua_httpstatus_la_LIBADD = libhttpstatus/libhttpstatus.la

BUILT_SOURCES += bindings/lua/api.h
CLEANFILES += \
	bindings/lua/httpstatus_wrap.c \
	bindings/lua/httpstatus_wrap.d \
	bindings/lua/api.h

# swig -MD writes the list of interface files the wrapper depends on;
# -nomoduleglobal: require() returns the module and sets no global.
-include bindings/lua/httpstatus_wrap.d

bindings/lua/httpstatus_wrap.c: $(top_srcdir)/bindings/httpstatus.i \
		$(top_srcdir)/bindings/lua/lua.i libhttpstatus/httpstatus.h
	@$(MKDIR_P) bindings/lua
	$(AM_V_GEN)$(SWIG) -lua -nomoduleglobal -MD -MF bindings/lua/httpstatus_wrap.d \
		-I$(top_builddir)/libhttpstatus -I$(top_srcdir)/bindings \
		-o $@ $(top_srcdir)/bindings/httpstatus.i

# api.lua and the description of the header, as C strings the module runs.
bindings/lua/api.h: libhttpstatus/httpstatus.h $(LUA_API) $(LUA_GEN)
	@$(MKDIR_P) bindings/lua
	$(AM_V_GEN)$(AWK) -v mode=c -f $(LUA_GEN) libhttpstatus/httpstatus.h $(LUA_API) > $@.tmp && \
		mv $@.tmp $@

# The .la file is useless to Lua; the module is httpstatus.so alone.
install-data-hook: hs-lua-install-data-hook
hs-lua-install-data-hook:
	rm -f $(DESTDIR)$(luacmoddir)/httpstatus.la
uninstall-hook: hs-lua-uninstall-hook
hs-lua-uninstall-hook:
	rm -f $(DESTDIR)$(luacmoddir)/httpstatus.so
endif
.PHONY: hs-lua-install-data-hook hs-lua-uninstall-hook

# ---- OpenResty (LuaJIT FFI) ----------------------------------------
if ENABLE_RESTY
# resty/httpstatus.lua: the template with the header's declarations, its
# description, api.lua and the library's soname (from libhttpstatus.la).
restyluadir = $(restydir)/resty
nodist_restylua_DATA = bindings/lua/resty/httpstatus.lua
CLEANFILES += bindings/lua/resty/httpstatus.lua

bindings/lua/resty/httpstatus.lua: $(top_srcdir)/bindings/lua/resty/httpstatus.lua.in \
		$(LUA_API) $(LUA_GEN) libhttpstatus/httpstatus.h libhttpstatus/libhttpstatus.la
	@$(MKDIR_P) bindings/lua/resty
	$(AM_V_GEN)soname=`$(SED) -n "s/^dlname='\(.*\)'$$/\1/p" libhttpstatus/libhttpstatus.la`; \
	$(AWK) -v mode=resty -v soname="$${soname:-libhttpstatus.so}" -v libdir='$(libdir)' \
		-f $(LUA_GEN) libhttpstatus/httpstatus.h $(LUA_API) \
		$(top_srcdir)/bindings/lua/resty/httpstatus.lua.in > $@.tmp && mv $@.tmp $@
endif

# ---- Tests ---------------------------------------------------------
# Lua test files speak TAP and run with lua5.4 (or report SKIP without it).
TEST_EXTENSIONS += .lua
LUA_LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
LUA_LOG_COMPILER = $(HS_LUA_RUNNER)

# The modules are found in the build tree, as installed ones would be.
AM_TESTS_ENVIRONMENT += \
	LUA='$(LUA)'; export LUA; \
	LUAJIT='$(LUAJIT)'; export LUAJIT; \
	CURL='$(CURL)'; export CURL; \
	LUA_CPATH='$(abs_top_builddir)/bindings/lua/.libs/?.so;;'; export LUA_CPATH; \
	LUA_PATH='$(abs_top_srcdir)/tests/lua/?.lua;;'; export LUA_PATH; \
	HS_RESTY_PATH='$(abs_top_builddir)/bindings/lua/?.lua'; export HS_RESTY_PATH; \
	HS_PREFIX='$(prefix)'; HS_LIBDIR='$(libdir)'; HS_LUACMODDIR='$(luacmoddir)'; \
	HS_RESTYDIR='$(restydir)'; HS_LUA_CMODDIR_RULE='$(HS_LUA_CMODDIR_RULE)'; \
	HS_RESTY_DIR_RULE='$(HS_RESTY_DIR_RULE)'; \
	export HS_PREFIX HS_LIBDIR HS_LUACMODDIR HS_RESTYDIR HS_LUA_CMODDIR_RULE HS_RESTY_DIR_RULE;

hs_lua_support = \
	tests/lua/tap.lua \
	tests/lua/common.lua \
	tests/lua/no-lua.sh
EXTRA_DIST += $(hs_lua_support)

if ENABLE_LUA
hs_lua_tests = \
	tests/lua/test-api.lua \
	tests/lua/test-misuse.lua \
	tests/lua/test-codes.lua \
	tests/lua/example.sh \
	tests/lua/install.sh
TESTS += $(hs_lua_tests)
endif
EXTRA_DIST += \
	tests/lua/test-api.lua \
	tests/lua/test-misuse.lua \
	tests/lua/test-codes.lua \
	tests/lua/example.sh \
	tests/lua/install.sh \
	examples/lua/example.lua

if ENABLE_RESTY
TESTS += \
	tests/resty/resty.sh \
	tests/nginx/nginx.sh
endif
EXTRA_DIST += \
	tests/resty/resty.sh \
	tests/resty/test-resty.lua \
	tests/nginx/nginx.sh \
	examples/nginx/httpstatus.conf

