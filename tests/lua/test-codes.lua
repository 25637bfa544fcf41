-- SPDX-License-Identifier: MIT
-- The Lua 5.4 module httpstatus: the shared codes checks (see common.lua).
local t = require "tap"
local common = require "common"
local hs = common.load(t, "httpstatus")
common.codes(hs, t)
t.done()
