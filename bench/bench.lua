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
local reps, target, quick = common.parse_args("bench.lua", arg)
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

local sink = 0
local clock = os.clock

local function run(fn, n)
	local t0 = clock()
	sink = sink + fn(n)
	return clock() - t0
end

local function calibrate(fn)
	if quick then return 200 end
	local n = 256
	while true do
		local t = run(fn, n)
		if t >= target / 10 or n >= 1 << 40 then
			return math.max(1, math.floor(n * target / math.max(t, 1e-9)))
		end
		n = n * 4
	end
end

local function median(v)
	table.sort(v)
	local m = #v
	if m % 2 == 1 then return v[(m + 1) // 2] end
	return (v[m // 2] + v[m // 2 + 1]) / 2
end

local function time_pair(a, b)
	local na, nb = calibrate(a), calibrate(b)
	run(a, na); run(b, nb)        -- warm-up
	local ta, tb = {}, {}
	for r = 1, reps do
		if r % 2 == 1 then
			ta[r] = run(a, na) / na * 1e9
			tb[r] = run(b, nb) / nb * 1e9
		else
			tb[r] = run(b, nb) / nb * 1e9
			ta[r] = run(a, na) / na * 1e9
		end
	end
	return median(ta), median(tb)
end

print(string.format("note\tLua 5.4\t%s; times from os.clock() (processor time)", _VERSION))
local l, b = time_pair(lib_404, table_404)
print(string.format("row\tLua 5.4\tlua-reason\t%s\t%.3f\t%s\t%.3f\t%s",
                    "hs.reason(404)", l, "t[404], a Lua table", b, "ratio<=3"))
io.stdout:flush()
l, b = time_pair(lib_mixed, table_mixed)
print(string.format("row\tLua 5.4\tlua-reason-mixed\t%s\t%.3f\t%s\t%.3f\t%s",
                    "hs.reason(code), " .. #known .. " codes in random order", l,
                    "t[code], a Lua table", b, "ratio<=3"))
if sink < 0 then print(sink) end
