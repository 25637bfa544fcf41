# SPDX-License-Identifier: MIT
# --enable-lua: the SWIG Lua 5.4 binding and the OpenResty module.
# Filled in by the Lua binding.
hs_lua_summary=no
hs_resty_summary=no
AM_CONDITIONAL([ENABLE_LUA], [false])
AM_CONDITIONAL([ENABLE_RESTY], [false])
