-- SPDX-License-Identifier: MIT
-- The Lua 5.4 module httpstatus: the shared misuse checks (see common.lua).
local t = require "tap"
local common = require "common"
local ok, hs = pcall(require, "httpstatus")
if not ok then
    t.bail("cannot load the httpstatus module: " .. tostring(hs))
end
common.misuse(hs, t)
t.done()
