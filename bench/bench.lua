-- SPDX-License-Identifier: MIT
--
-- Lua 5.4 benchmark of the httpstatus module, for bench/run:
-- hs.reason(code) against indexing a plain Lua table that holds the same
-- phrases (filled from the module itself, and compared before timing).
--
-- Each loop is calibrated to about --target-ms of os.clock() time, run
-- once untimed as a warm-up, then --reps times, module and table
-- alternating; the result is the median time per lookup.  Prints
-- tab-separated records (see bench/hsbench.c).

local hs = require "httpstatus"

local here = (arg and arg[0] or ""):match("^(.*)/") or "."
local common = dofile(here .. "/common.lua")
local reps, target, quick, mode = common.parse_args("bench.lua", arg)
local fail = common.failer("bench.lua")

local known, table_, seq = common.inputs(hs, fail)

local function lib_404(n)
	local reason, acc = hs.reason, 0
	for _ = 1, n do acc = acc + #reason(404) end
	return acc
end

local function table_404(n)
	local t, acc = table_, 0
	for _ = 1, n do acc = acc + #t[404] end
	return acc
end

local function lib_mixed(n)
	local reason, s, acc = hs.reason, seq, 0
	for i = 1, n do acc = acc + #reason(s[(i & 4095) + 1]) end
	return acc
end

local function table_mixed(n)
	local t, s, acc = table_, seq, 0
	for i = 1, n do acc = acc + #t[s[(i & 4095) + 1]] end
	return acc
end

if common.run_mode(mode, { { "lua-reason", lib_404, table_404 },
              { "lua-reason-mixed", lib_mixed, table_mixed } }, fail) then return end

local time_pair, sunk = common.timer(os.clock, reps, target, quick)

print(string.format("note\tLua 5.4\t%s; times from os.clock() (processor time)", _VERSION))
local l, b = time_pair(lib_404, table_404)
print(string.format("row\tLua 5.4\tlua-reason\t%s\t%.3f\t%s\t%.3f\t%s",
                    "hs.reason(404)", l, "t[404], a Lua table", b, "ratio<=3"))
io.stdout:flush()
l, b = time_pair(lib_mixed, table_mixed)
print(string.format("row\tLua 5.4\tlua-reason-mixed\t%s\t%.3f\t%s\t%.3f\t%s",
                    "hs.reason(code), " .. #known .. " codes in random order", l,
                    "t[code], a Lua table", b, "ratio<=3"))
if sunk() < 0 then print(sunk()) end
