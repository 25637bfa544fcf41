-- SPDX-License-Identifier: MIT
-- The Lua 5.4 module httpstatus: the shared misuse checks (see common.lua).
local t = require "tap"
local common = require "common"
local hs = common.load(t, "httpstatus")
common.misuse(hs, t)
t.done()
