-- SPDX-License-Identifier: MIT
-- The Lua 5.4 module httpstatus for LuaRocks.  From the source tree:
--
--   luarocks --lua-version 5.4 make httpstatus-1.0.0-1.rockspec
--
-- It builds against an installed libhttpstatus (Debian: libhttpstatus-dev;
-- or `make install`); HTTPSTATUS_DIR=/prefix says where, when LuaRocks
-- does not find it.  SWIG 4 and awk are needed to build.  The version is
-- configure.ac's (tests/version.sh checks it).
rockspec_format = "3.0"
package = "httpstatus"
version = "1.0.0-1"
source = {
   -- The release tarball (make dist), next to this file.
   url = "libhttpstatus-1.0.0.tar.gz",
   dir = "libhttpstatus-1.0.0",
}
description = {
   summary = "HTTP status codes: reason phrases, properties, reverse lookup, status lines",
   detailed = [[
The Lua 5.4 binding of libhttpstatus: the reason phrase of every HTTP status
code in several dialects (RFC 9110, older RFCs, Apache httpd, nginx), its
description, class, registry status and properties; the code of a reason
phrase; HTTP/1.x status lines written and parsed.]],
   license = "MIT",
   labels = { "http", "web" },
}
dependencies = {
   "lua >= 5.4, < 5.5",
}
external_dependencies = {
   HTTPSTATUS = {
      header = "httpstatus.h",
      library = "httpstatus",
   },
}
build = {
   type = "make",
   makefile = "bindings/lua/rock.mk",
   build_variables = {
      CC = "$(CC)",
      CFLAGS = "$(CFLAGS)",
      LIBFLAG = "$(LIBFLAG)",
      LUA_INCDIR = "$(LUA_INCDIR)",
      HTTPSTATUS_INCDIR = "$(HTTPSTATUS_INCDIR)",
      HTTPSTATUS_LIBDIR = "$(HTTPSTATUS_LIBDIR)",
   },
   install_variables = {
      INST_LIBDIR = "$(LIBDIR)",
   },
}
