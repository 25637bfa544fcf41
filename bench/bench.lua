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

local reps, target, quick = 9, 0.020, false
do
	local i = 1
	while arg[i] do
		if arg[i] == "--quick" then
			quick, reps = true, 3
		elseif arg[i] == "--reps" and arg[i + 1] then
			reps = math.tointeger(tonumber(arg[i + 1])) or 9
			i = i + 1
		elseif arg[i] == "--target-ms" and arg[i + 1] then
			target = tonumber(arg[i + 1]) / 1000
			i = i + 1
		else
			io.stderr:write("usage: bench.lua [--quick] [--reps N] [--target-ms MS]\n")
			os.exit(2)
		end
		i = i + 1
	end
	if quick then reps = 3 end
end

local function fail(msg)
	io.stderr:write("bench.lua: ", msg, "\n")
	os.exit(1)
end

-- Inputs: every code the module knows, and 4096 of them in random order.
local known, table_ = {}, {}
for code = 100, 599 do
	local r = hs.reason(code)
	if r then
		known[#known + 1] = code
		table_[code] = r
	end
end
if #known == 0 then fail("the module knows no code") end
local seq, state = {}, 12345
for i = 1, 4096 do
	state = (state * 1103515245 + 12345) % 2147483648
	seq[i] = known[state % #known + 1]
end

-- The answers must agree before their speed means anything.
for i = 1, #seq do
	if hs.reason(seq[i]) ~= table_[seq[i]] then
		fail("reason(" .. seq[i] .. ") disagrees with the table")
	end
end
if hs.reason(404) ~= "Not Found" or table_[404] ~= "Not Found" then
	fail("reason(404) is not 'Not Found'")
end

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
