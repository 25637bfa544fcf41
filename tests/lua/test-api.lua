-- SPDX-License-Identifier: MIT
-- The Lua 5.4 module httpstatus: the shared api checks (see common.lua).
local t = require "tap"
local common = require "common"
local before = {}
for k in pairs(_G) do
    before[k] = true
end
local ok, hs = pcall(require, "httpstatus")
if not ok then
    t.bail("cannot load the httpstatus module: " .. tostring(hs))
end
local added = {}
for k in pairs(_G) do
    if not before[k] then
        added[#added + 1] = tostring(k)
    end
end
t.is(table.concat(added, " "), "", "require sets no global variable")
common.api(hs, t)
t.done()
