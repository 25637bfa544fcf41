-- SPDX-License-Identifier: MIT
-- The Lua answers for tests/surfaces/compare.sh, for Lua 5.4 and LuaJIT.
--
-- usage: answers.lua MODULE FUNCTIONS INPUTS
--
-- Calls each function named in FUNCTIONS (one a line; "reason@D" is
-- reason() with dialect D) of the module MODULE ("httpstatus" or
-- "resty.httpstatus") on each input of INPUTS (compare.sh's notation) and
-- prints "function<TAB>notation<TAB>answer".
local module, functions_file, inputs_file = ...
local hs = require(module)

local function lines(path)
	local t = {}
	for line in io.lines(path) do
		if line:find("%S") and not line:find("^#") then
			t[#t + 1] = line
		end
	end
	return t
end

local function build(notation)
	local kind, text = notation:match("^([^:]*):?(.*)$")
	if kind == "int" or kind == "status" then
		return tonumber(text)
	elseif kind == "float" then
		if text == "inf" then return math.huge end
		if text == "-inf" then return -math.huge end
		if text == "nan" then return 0 / 0 end
		return tonumber(text) + 0.0
	elseif kind == "str" then
		return (text:gsub("~", " "))
	elseif kind == "bool" then
		return text == "true"
	elseif kind == "nil" then
		return nil
	elseif kind == "table" then
		return {}
	end
	error("answers.lua: unknown notation " .. notation)
end

local function show(v)
	local t = type(v)
	if v == nil then
		return "nil"
	elseif t == "boolean" then
		return v and "true" or "false"
	elseif t == "number" then
		if v ~= v or v == math.huge or v == -math.huge or v % 1 ~= 0 then
			return "unexpected:" .. tostring(v)
		end
		return string.format("%d", v)
	elseif t == "string" then
		return '"' .. v .. '"'
	end
	return "unexpected:" .. t
end

local function call(fn, arg)
	local name, dialect = fn:match("^([^@]*)@?(.*)$")
	local f = hs[name]
	if type(f) ~= "function" then
		return "error:missing"
	end
	local ok, r
	if dialect:find("^%d+$") then
		-- A number after "@": a second integer argument (an index, a date).
		ok, r = pcall(f, arg, tonumber(dialect))
	elseif dialect ~= "" then
		ok, r = pcall(f, arg, dialect)
	else
		ok, r = pcall(f, arg)
	end
	if not ok then
		-- The contract's errors for wrong types name the argument.
		if tostring(r):find("bad argument #1 to '[%w_.]*" .. name .. "'") then
			return "error:type"
		end
		return "error:" .. tostring(r):gsub("%s", " ")
	end
	return show(r)
end

local out = {}
local functions = lines(functions_file)
for _, line in ipairs(lines(inputs_file)) do
	local notation = line:match("^[^\t]*")
	local arg = build(notation)
	for _, fn in ipairs(functions) do
		out[#out + 1] = fn .. "\t" .. notation .. "\t" .. call(fn, arg) .. "\n"
	end
end
io.write(table.concat(out))
