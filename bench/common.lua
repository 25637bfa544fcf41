-- SPDX-License-Identifier: MIT
--
-- What bench.lua (Lua 5.4) and bench-resty.lua (LuaJIT) share: the
-- command line, the error exit, and the inputs, checked against the module
-- before any timing.  Plain Lua that both interpreters run; loaded with
-- dofile from the scripts' own directory.

local common = {}

-- Returns reps, target (seconds), quick, mode from the script's arguments;
-- mode is nil to time every row, { list = true } for --list, or
-- { id = ID, side = SIDE, n = N } for --count ID SIDE N (see run_mode).
function common.parse_args(name, args)
	local reps, target, quick, mode = 9, 0.020, false, nil
	local i = 1
	while args[i] do
		if args[i] == "--quick" then
			quick = true
		elseif args[i] == "--reps" and args[i + 1] then
			reps = math.floor(tonumber(args[i + 1]) or 9)
			i = i + 1
		elseif args[i] == "--target-ms" and args[i + 1] then
			target = (tonumber(args[i + 1]) or 20) / 1000
			i = i + 1
		elseif args[i] == "--list" then
			mode = { list = true }
		elseif args[i] == "--count" and args[i + 3]
		    and (args[i + 2] == "lib" or args[i + 2] == "base")
		    and tonumber(args[i + 3]) then
			mode = { id = args[i + 1], side = args[i + 2],
			         n = math.floor(tonumber(args[i + 3])) }
			i = i + 3
		else
			io.stderr:write("usage: ", name, " [--quick] [--reps N] [--target-ms MS]\n",
			                "       ", name, " --list | --count ID lib|base N\n")
			os.exit(2)
		end
		i = i + 1
	end
	if quick then reps = 3 end
	return reps, target, quick, mode
end

-- For --list and --count: rows is an array of { id, lib_loop, base_loop }.
-- --list prints each row's id and kind; --count runs one side of one row
-- N times, untimed, so that bench/run can count its instructions under
-- callgrind for two values of N.  Returns true when the mode was one of
-- these (the script then stops), false to go on and time every row.
function common.run_mode(mode, rows, fail)
	if not mode then return false end
	for _, row in ipairs(rows) do
		if mode.list then
			print(row[1] .. "\tloop")
		elseif row[1] == mode.id then
			local sink = (mode.side == "lib" and row[2] or row[3])(mode.n)
			if sink < 0 then print(sink) end
			return true
		end
	end
	if not mode.list then fail("--count: no row " .. tostring(mode.id)) end
	return true
end

function common.failer(name)
	return function(msg)
		io.stderr:write(name, ": ", msg, "\n")
		os.exit(1)
	end
end

-- Every code the module knows (known), a plain table of their phrases
-- filled from the module (table_), and 4096 of the codes in a fixed random
-- order (seq); the module and the table must agree on all of them.
function common.inputs(hs, fail)
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
	for i = 1, #seq do
		if hs.reason(seq[i]) ~= table_[seq[i]] then
			fail("reason(" .. seq[i] .. ") disagrees with the table")
		end
	end
	if hs.reason(404) ~= "Not Found" or table_[404] ~= "Not Found" then
		fail("reason(404) is not 'Not Found'")
	end
	return known, table_, seq
end

-- A timer over clock (a function returning seconds): time_pair(a, b)
-- calibrates each loop function (called as fn(n), returning a number to
-- keep) to about target seconds, warms both up, then runs them reps times,
-- alternating which goes first, and returns their median nanoseconds per
-- iteration.  sunk() returns the sum of the loops' results, which the
-- caller prints on an impossible condition so no loop can be optimized
-- away.
function common.timer(clock, reps, target, quick)
	local sink = 0

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
			if t >= target / 10 or n >= 2 ^ 40 then
				return math.max(1, math.floor(n * target / math.max(t, 1e-9)))
			end
			n = n * 4
		end
	end

	local function median(v)
		table.sort(v)
		local m = #v
		if m % 2 == 1 then return v[math.floor((m + 1) / 2)] end
		return (v[math.floor(m / 2)] + v[math.floor(m / 2) + 1]) / 2
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

	return time_pair, function() return sink end
end

return common
