# SPDX-License-Identifier: MIT
# How `luarocks make` builds the Lua 5.4 module httpstatus.so against an
# installed libhttpstatus (see httpstatus-*.rockspec at the top of the
# tree, which passes the variables below).  The same steps as
# bindings/lua/local.mk, with the installed header instead of the
# generated one:
#
#   api.h              api.lua and the header's description, as C strings
#   httpstatus_wrap.c  the SWIG wrapper (SWIG 4, from $(SWIG))
#
# Made in bindings/lua/rock/, out of the way of an autotools build.

SWIG = swig
AWK = awk
CC = cc
CFLAGS = -O2 -fPIC
LIBFLAG = -shared
LUA_INCDIR = /usr/include/lua5.4
HTTPSTATUS_INCDIR = /usr/include
HTTPSTATUS_LIBDIR = /usr/lib
INST_LIBDIR = .

src = bindings
out = bindings/lua/rock

all: $(out)/httpstatus.so

$(out)/api.h: $(HTTPSTATUS_INCDIR)/httpstatus.h $(src)/lua/api.lua $(src)/lua/gen.awk
	mkdir -p $(out)
	$(AWK) -v mode=c -f $(src)/lua/gen.awk $(HTTPSTATUS_INCDIR)/httpstatus.h $(src)/lua/api.lua > $@.tmp
	mv $@.tmp $@

$(out)/httpstatus_wrap.c: $(HTTPSTATUS_INCDIR)/httpstatus.h $(src)/httpstatus.i $(src)/lua/lua.i
	mkdir -p $(out)
	$(SWIG) -lua -nomoduleglobal -I$(HTTPSTATUS_INCDIR) -I$(src) -o $@ $(src)/httpstatus.i

# Only luaopen_httpstatus is exported; liblua comes from the interpreter.
$(out)/httpstatus.so: $(out)/httpstatus_wrap.c $(out)/api.h
	$(CC) $(CFLAGS) -fvisibility=hidden -I$(out) -I$(HTTPSTATUS_INCDIR) -I$(LUA_INCDIR) \
		$(LIBFLAG) -o $@ $(out)/httpstatus_wrap.c -L$(HTTPSTATUS_LIBDIR) -lhttpstatus

# (luarocks runs this pass with the install variables alone.)
install:
	mkdir -p $(INST_LIBDIR)
	cp $(out)/httpstatus.so $(INST_LIBDIR)/

clean:
	rm -rf $(out)

.PHONY: all install clean
