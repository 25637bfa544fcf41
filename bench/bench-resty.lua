-- SPDX-License-Identifier: MIT
--
-- LuaJIT benchmark of resty.httpstatus (the FFI module), for bench/run:
-- reason(code) against indexing a plain Lua table that holds the same
-- phrases (filled from the module itself, and compared before timing),
-- with the JIT compiler on.
--
-- Each loop is calibrated to about --target-ms of CLOCK_MONOTONIC time,
-- run once untimed as a warm-up (which also lets the JIT compile it), then
-- --reps times, module and table alternating; the result is the median
-- time per lookup.  Prints tab-separated records (see bench/hsbench.c).

local resty_path = os.getenv("HS_RESTY_PATH")
if resty_path and resty_path ~= "" then
	package.path = resty_path .. ";" .. package.path
end
local hs = require "resty.httpstatus"
local ffi = require "ffi"
local bit = require "bit"

local here = (arg and arg[0] or ""):match("^(.*)/") or "."
local common = dofile(here .. "/common.lua")
local reps, target, quick, mode = common.parse_args("bench-resty.lua", arg)
local fail = common.failer("bench-resty.lua")

ffi.cdef [[
struct hs_bench_ts { long tv_sec; long tv_nsec; };
int clock_gettime(int clock, struct hs_bench_ts *ts);
]]
local CLOCK_MONOTONIC = 1            -- Linux
local ts = ffi.new("struct hs_bench_ts")
local function now()
	ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
	return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local known, table_, seq = common.inputs(hs, fail)

local band = bit.band


-- A constant argument would let the JIT hoist the lookup out of the loop
-- (and time an empty loop): the codes are read from an array, cycling
-- through eight common ones.
local common_codes = { 200, 301, 302, 304, 400, 403, 404, 500 }

local function lib_common(n)
	local reason, s, acc = hs.reason, common_codes, 0
	for i = 1, n do acc = acc + #reason(s[band(i, 7) + 1]) end
	return acc
end

local function table_common(n)
	local t, s, acc = table_, common_codes, 0
	for i = 1, n do acc = acc + #t[s[band(i, 7) + 1]] end
	return acc
end

local function lib_mixed(n)
	local reason, s, acc = hs.reason, seq, 0
	for i = 1, n do acc = acc + #reason(s[band(i, 4095) + 1]) end
	return acc
end

local function table_mixed(n)
	local t, s, acc = table_, seq, 0
	for i = 1, n do acc = acc + #t[s[band(i, 4095) + 1]] end
	return acc
end

if common.run_mode(mode, { { "resty-reason", lib_common, table_common },
              { "resty-reason-mixed", lib_mixed, table_mixed } }, fail) then return end

local time_pair, sunk = common.timer(now, reps, target, quick)

local jit_on = jit and jit.status and jit.status()
print(string.format("note\tLuaJIT\t%s, JIT %s; resty.httpstatus %s",
                    jit and jit.version or "LuaJIT", jit_on and "on" or "OFF",
                    hs._VERSION or "?"))
if not jit_on then fail("the JIT compiler is off") end
local l, b = time_pair(lib_common, table_common)
print(string.format("row\tLuaJIT\tresty-reason\t%s\t%.3f\t%s\t%.3f\t%s",
                    "resty.httpstatus reason(code), 8 common codes in turn", l,
                    "t[code], a Lua table", b, "ratio<=1.2,ns<=10"))
io.stdout:flush()
l, b = time_pair(lib_mixed, table_mixed)
print(string.format("row\tLuaJIT\tresty-reason-mixed\t%s\t%.3f\t%s\t%.3f\t%s",
                    "resty.httpstatus reason(code), " .. #known .. " codes in random order",
                    l, "t[code], a Lua table", b, "ratio<=1.2,ns<=10"))
if sunk() < 0 then print(sunk()) end
