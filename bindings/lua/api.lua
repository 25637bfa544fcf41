-- SPDX-License-Identifier: MIT
--
-- The Lua API of libhttpstatus, written once for Lua 5.4 and LuaJIT.
--
-- This chunk is run with two values: C, a backend that calls the library
-- with C's semantics and no checks (the SWIG module httpstatus.so for
-- Lua 5.4, the FFI for LuaJIT: functions named without their httpstatus_
-- prefix, strings as Lua strings or nil, out-parameters as extra results;
-- the header's constants without their HTTPSTATUS_ prefix), and desc, the
-- description of the header that gen.awk writes.  It returns the module
-- table.  Everything a user sees is decided here, as bindings/README.md
-- says: how each kind of argument is checked, how each kind of answer is
-- given, the error messages.
--
-- Written in the Lua both interpreters run: no integer division, no
-- bitwise operators, no goto; math.tointeger is used where it exists.

local C, desc = ...

local type, tonumber, tostring, error, pairs, ipairs = type, tonumber, tostring, error, pairs, ipairs
local floor = math.floor
local huge = math.huge
local fmt, find, gsub, sub, byte = string.format, string.find, string.gsub, string.sub, string.byte
local getinfo = debug.getinfo

-- A constant of the header, also one defined as another.
local function constant(name)
	local v = C[name]
	if v == nil and desc.aliases[name] then
		v = C[desc.aliases[name]]
	end
	return v
end

local INT_MIN, INT_MAX, UINT_MAX = -2147483648, 2147483647, 4294967295
local TWO63 = 2 ^ 63
local MIN, MAX = C.MIN, C.MAX

local _M = {}

------------------------------------------------------------------------
-- Errors
------------------------------------------------------------------------

local here = getinfo(1, "S").source

-- Raises "bad argument #n to 'fname' (msg)" at the first caller outside
-- this file, as luaL_argerror does for a C function.
local function argerror(n, fname, msg)
	local level = 2
	while true do
		local info = getinfo(level, "S")
		if not info or info.source ~= here then
			break
		end
		level = level + 1
	end
	error(fmt("bad argument #%d to '%s' (%s)", n, fname, msg), level)
end

local function typeerror(n, fname, what, v)
	argerror(n, fname, what .. " expected, got " .. type(v))
end

-- A non-nil argument after the last one a function takes.
local function too_many(n, fname)
	argerror(n, fname, n == 1 and "no arguments expected" or
	         fmt("at most %d argument%s expected", n - 1, n == 2 and "" or "s"))
end

-- Input quoted for a message: control and non-ASCII bytes escaped, cut
-- after 60 bytes.
local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
local function quote(s)
	s = tostring(s)
	local long = #s > 60
	if long then
		s = sub(s, 1, 60)
	end
	s = gsub(s, '[%c"\\\128-\255]', function(c)
		return escapes[c] or fmt("\\x%02X", byte(c))
	end)
	return '"' .. s .. (long and '"...' or '"')
end

-- The answer of a failed lookup, parse or format: nil, message, error.
local function failure(err, input)
	return nil, C.strerror(err) .. ": " .. input, err
end

------------------------------------------------------------------------
-- Arguments, by kind
------------------------------------------------------------------------

-- The integer value of a number, or nil when it has none (as Lua 5.4 sees
-- it: integral and within [-2^63, 2^63)).
local integral = math.tointeger or function(v)
	if v == floor(v) and v >= -TWO63 and v < TWO63 then
		return v
	end
end

-- An integer as luaL_checkinteger takes it: a number with an integral
-- value, or a string that converts to one.
local function integer(v, n, fname)
	local t = type(v)
	if t == "string" then
		local x = tonumber(v)
		if x == nil then
			typeerror(n, fname, "number", v)
		end
		v = x
	elseif t ~= "number" then
		typeerror(n, fname, "number", v)
	end
	local i = integral(v)
	if i == nil then
		-- Integral but beyond Lua's integers (2^64 as a float): still an
		-- integer to the contract, out of every C range.
		if v ~= floor(v) or v == huge or v == -huge then
			argerror(n, fname, "number has no integer representation")
		end
		i = v
	end
	return i
end

-- An int: outside C's range a value is invalid anyway, so it is clamped.
local function int_arg(v, n, fname)
	local i = integer(v, n, fname)
	if i < INT_MIN then
		return INT_MIN
	elseif i > INT_MAX then
		return INT_MAX
	end
	return i
end

-- An unsigned int bit set: 0 to 2^32-1.
local function bits_arg(v, n, fname)
	local i = integer(v, n, fname)
	if i < 0 or i > UINT_MAX then
		argerror(n, fname, fmt("bit set 0 to %.0f expected, got %.0f", UINT_MAX, i))
	end
	return i
end

local function text_arg(v, n, fname)
	if type(v) ~= "string" then
		typeerror(n, fname, "string", v)
	end
	return v
end

-- A dialect: nil (the default), an integer, or a name in any ASCII case.
local DIALECT_DEFAULT = constant("DIALECT_DEFAULT")
local dialect_keys = {}
do
	local d = 0
	while C.dialect_name(d) ~= nil do
		dialect_keys[d] = d
		dialect_keys[C.dialect_name(d)] = d
		d = d + 1
	end
	-- A backend running inside a server (OpenResty) may say which release
	-- a bare name stands for there: { nginx = <dialect of that release> }.
	for name, release in pairs(C.running or {}) do
		dialect_keys[name] = release
	end
end

local function dialect_arg(v, n, fname)
	if v == nil then
		return DIALECT_DEFAULT
	end
	local d = dialect_keys[v]
	if d then
		return d
	end
	local t = type(v)
	if t == "string" and tonumber(v) == nil then
		d = find(v, "\0", 1, true) and -1 or C.dialect_from_name(v)
		if d < 0 then
			-- "nginx/1.x", "nginx/0.7.65": the library's own words.
			argerror(n, fname, (d == C.ERR_INVALID and "unknown dialect " or
			                    C.strerror(d) .. ": ") .. quote(v))
		end
		return d
	elseif t ~= "string" and t ~= "number" then
		typeerror(n, fname, "dialect", v)
	end
	return int_arg(v, n, fname)
end

local check = {
	["int"] = int_arg,
	["unsigned int"] = bits_arg,
	["httpstatus_dialect_t"] = dialect_arg,
	["const char *"] = text_arg,
}

------------------------------------------------------------------------
-- Functions with several arguments or answers
------------------------------------------------------------------------

-- reason(code [, dialect]): the phrases of each dialect are kept in a
-- table per dialect once asked, so that a lookup is one table read.
local phrases = {}
for key, d in pairs(dialect_keys) do
	phrases[d] = phrases[d] or {}
	phrases[key] = phrases[d]
end
local default_phrases = phrases[DIALECT_DEFAULT]

local function reason_slow(code, dialect, extra)
	if extra ~= nil then
		too_many(3, "reason")
	end
	local c = int_arg(code, 1, "reason")
	local d = dialect_arg(dialect, 2, "reason")
	local s, cache = C.reason_dialect(c, d), phrases[d]
	if s ~= nil and cache and c >= MIN and c <= MAX then
		cache[c] = s
	end
	return s
end

function _M.reason(code, dialect, extra)
	if dialect == nil and extra == nil then
		local s = default_phrases[code]
		if s then
			return s
		end
	elseif extra == nil then
		local cache = phrases[dialect]
		local s = cache and cache[code]
		if s then
			return s
		end
	end
	return reason_slow(code, dialect, extra)
end

-- A code, or nil for HTTPSTATUS_ERR_INVALID.
local function code_or_nil(c)
	if c >= 0 then
		return c
	end
	return nil
end

function _M.next(code, filter, extra)
	if extra ~= nil then
		too_many(3, "next")
	end
	local c = int_arg(code, 1, "next")
	local f = filter == nil and C.FILTER_ALL or bits_arg(filter, 2, "next")
	return code_or_nil(C.next(c, f))
end

-- codes([filter]): an array of the known codes, in increasing order.
function _M.codes(filter, extra)
	if extra ~= nil then
		too_many(2, "codes")
	end
	local f = filter == nil and C.FILTER_ALL or bits_arg(filter, 1, "codes")
	local list, c = {}, C.next(0, f)
	while c >= 0 do
		list[#list + 1] = c
		c = C.next(c, f)
	end
	return list
end

-- match_reason(phrase): code, match; or nil, message, error.  The whole
-- string reaches the library with its length, so a NUL in it is seen.
local function match_reason(fname, phrase, extra)
	if extra ~= nil then
		too_many(2, fname)
	end
	local code, match = C.match_reason(text_arg(phrase, 1, fname))
	if code < 0 then
		return failure(code, quote(phrase))
	end
	return code, match
end

function _M.match_reason(phrase, extra)
	return match_reason("match_reason", phrase, extra)
end

function _M.from_reason(phrase, extra)
	local code, msg, err = match_reason("from_reason", phrase, extra)
	if code then
		return code
	end
	return nil, msg, err
end

-- dialect_from_name(name): the dialect, or nil, message, error.  No name
-- holds a NUL byte, so one is not cut off where C would end the string.
function _M.dialect_from_name(name, extra)
	if extra ~= nil then
		too_many(2, "dialect_from_name")
	end
	text_arg(name, 1, "dialect_from_name")
	local d = find(name, "\0", 1, true) and C.ERR_INVALID or C.dialect_from_name(name)
	if d < 0 then
		return failure(d, quote(name))
	end
	return d
end

-- An HTTP version: "M.m", a digit from 2 ("2", "3"), or {major, minor}.
-- Returns major, minor, or nothing for a string that is no version.
local function version_arg(v, n, fname)
	if v == nil then
		return 1, 1
	elseif type(v) == "string" then
		local major, minor = v:match("^(%d)%.(%d)$")
		if major then
			return tonumber(major), tonumber(minor)
		end
		major = v:match("^([2-9])$")
		if major then
			return tonumber(major), 0
		end
		return
	elseif type(v) == "table" and #v == 2 and type(v[1]) == "number" and type(v[2]) == "number" then
		return int_arg(v[1], n, fname), int_arg(v[2], n, fname)
	end
	typeerror(n, fname, "HTTP version string or {major, minor}", v)
end

-- format_status_line(code [, dialect [, version]]): the line, CRLF
-- included; or nil, message, error.
function _M.format_status_line(code, dialect, version, extra)
	local fname = "format_status_line"
	if extra ~= nil then
		too_many(4, fname)
	end
	local c = int_arg(code, 1, fname)
	local d = dialect_arg(dialect, 2, fname)
	local major, minor = version_arg(version, 3, fname)
	local len, line
	if major then
		len, line = C.format_status_line(major, minor, c, d)
	else
		len = C.ERR_INVALID
	end
	if len < 0 then
		local v = type(version) == "string" and quote(version) or
		          fmt("%s.%s", tostring(major), tostring(minor))
		return failure(len, fmt("code %d, dialect %d, version %s", c, d, v))
	end
	return line
end

-- format_status_line_flags(code [, dialect [, version [, flags]]]): as
-- format_status_line, with FORMAT_ANY_CODE for 600-999.
function _M.format_status_line_flags(code, dialect, version, flags, extra)
	local fname = "format_status_line_flags"
	if extra ~= nil then
		too_many(5, fname)
	end
	local c = int_arg(code, 1, fname)
	local d = dialect_arg(dialect, 2, fname)
	local major, minor = version_arg(version, 3, fname)
	local f = flags == nil and 0 or bits_arg(flags, 4, fname)
	local len, line
	if major then
		len, line = C.format_status_line_flags(major, minor, c, d, f)
	else
		len = C.ERR_INVALID
	end
	if len < 0 then
		local v = type(version) == "string" and quote(version) or
		          fmt("%s.%s", tostring(major), tostring(minor))
		return failure(len, fmt("code %d, dialect %d, version %s, flags %d", c, d, v, f))
	end
	return line
end

-- wire_line(code [, dialect]): the status line, CRLF included, that a
-- server dialect puts on the wire when asked for code; "" when it sends
-- nothing; or nil, message, error (a document dialect, a code outside
-- 100-999).
function _M.wire_line(code, dialect, extra)
	local fname = "wire_line"
	if extra ~= nil then
		too_many(3, fname)
	end
	local c = int_arg(code, 1, fname)
	local d = dialect_arg(dialect, 2, fname)
	local len, line = C.wire_line(c, d)
	if len < 0 then
		return failure(len, fmt("code %d, dialect %d", c, d))
	end
	return line
end

-- parse_status_line(data [, flags]): a table with major, minor, code,
-- reason and end (the bytes the line takes), also as [1] to [5]; or nil,
-- message, error, offset.
function _M.parse_status_line(data, flags, extra)
	local fname = "parse_status_line"
	if extra ~= nil then
		too_many(3, fname)
	end
	text_arg(data, 1, fname)
	local f = flags == nil and 0 or bits_arg(flags, 2, fname)
	local rc, major, minor, code, reason, stop = C.parse_status_line(data, f)
	if rc < 0 then
		local _, msg = failure(rc, quote(data))
		return nil, msg, rc, stop
	end
	return { major, minor, code, reason, stop,
	         major = major, minor = minor, code = code, reason = reason, ["end"] = stop }
end

------------------------------------------------------------------------
-- Header fields, their rules, and the checker
------------------------------------------------------------------------

-- field_status(name): the registry status; or nil, message, error.
function _M.field_status(name, extra)
	if extra ~= nil then
		too_many(2, "field_status")
	end
	text_arg(name, 1, "field_status")
	local st = find(name, "\0", 1, true) and C.ERR_NOT_FOUND or C.field_status(name)
	if st < 0 then
		return nil, "unknown header field: " .. quote(name), st
	end
	return st
end

-- field_next([name]): the first field for nil, the one after name, or nil.
function _M.field_next(name, extra)
	if extra ~= nil then
		too_many(2, "field_next")
	end
	if name ~= nil then
		text_arg(name, 1, "field_next")
	end
	return C.field_next(name)
end

-- fields(): an array of every field name the library knows.
function _M.fields(extra)
	if extra ~= nil then
		too_many(1, "fields")
	end
	local list, f = {}, C.field_next(nil)
	while f ~= nil do
		list[#list + 1] = f
		f = C.field_next(f)
	end
	return list
end

-- rules(code): an array of tables {field, strength, condition, spec,
-- message, id, severity}, absent members being nil.
function _M.rules(code, extra)
	if extra ~= nil then
		too_many(2, "rules")
	end
	local _, list = C.rules(int_arg(code, 1, "rules"))
	return list
end

-- check(head [, method [, version]]): an array of finding tables {id,
-- severity, line, offset, length, message, spec, field, detail} and the
-- number of findings in all (more than the array holds only for heads
-- with hundreds of them); or nil, message, error for a bad version.
-- version is nil (the status line's), "1.0", "1.1", "2", "3" or a
-- {major, minor} table.
function _M.check(head, method, version, extra)
	local fname = "check"
	if extra ~= nil then
		too_many(4, fname)
	end
	text_arg(head, 1, fname)
	if method ~= nil then
		text_arg(method, 2, fname)
	end
	local v = 0
	if version ~= nil then
		local major, minor = version_arg(version, 3, fname)
		v = major and major * 10 + minor or -1
	end
	local total, list = C.check(head, method, v)
	if total < 0 then
		return failure(total, "version " .. (type(version) == "string" and quote(version) or
		                                     fmt("%s", tostring(v))))
	end
	return list, total
end

------------------------------------------------------------------------
-- Every other function of the header, by the kinds of its arguments
------------------------------------------------------------------------

-- Answers that are a number or HTTPSTATUS_ERR_INVALID: the number or nil.
-- registry_expired's 1 or 0 is a boolean.
local answers = {
	fallback = code_or_nil,
	wire_code = code_or_nil,
	dialect_version = code_or_nil,
	registry_date = code_or_nil,
	registry_expired = function(r)
		if r >= 0 then
			return r == 1
		end
	end,
}

-- A function of one int whose answer is kept per code.
local function cached1(fname, f, post)
	local cache = {}
	return function(x, extra)
		local r = cache[x]
		if r ~= nil and extra == nil then
			return r
		end
		if extra ~= nil then
			too_many(2, fname)
		end
		local c = int_arg(x, 1, fname)
		r = f(c)
		if post then
			r = post(r)
		end
		if r ~= nil and c >= MIN and c <= MAX then
			cache[c] = r
		end
		return r
	end
end

local function wrap(fname, f, kinds, post)
	local a, b = check[kinds[1]], check[kinds[2]]
	if #kinds == 0 then
		return function(extra)
			if extra ~= nil then
				too_many(1, fname)
			end
			return f()
		end
	elseif #kinds == 1 and kinds[1] == "int" then
		return cached1(fname, f, post)
	elseif #kinds == 1 then
		return function(x, extra)
			if extra ~= nil then
				too_many(2, fname)
			end
			local r = f(a(x, 1, fname))
			if post then
				return post(r)
			end
			return r
		end
	elseif #kinds == 2 then
		return function(x, y, extra)
			if extra ~= nil then
				too_many(3, fname)
			end
			local r = f(a(x, 1, fname), b(y, 2, fname))
			if post then
				return post(r)
			end
			return r
		end
	end
end

for _, sig in ipairs(desc.functions) do
	local fname, kinds, simple = sig[1], {}, true
	for i = 3, #sig do
		-- A size_t out-pointer is an answer, which the backend returns
		-- after the function's own, not an argument.
		if sig[i] ~= "size_t *" then
			kinds[#kinds + 1] = sig[i]
			simple = simple and check[sig[i]] ~= nil
		end
	end
	if _M[fname] == nil and simple then
		_M[fname] = wrap(fname, C[fname], kinds, answers[fname])
	end
end

------------------------------------------------------------------------
-- Predicates, from the library's flag names and classes
------------------------------------------------------------------------

-- A predicate of any integer, answered from a table once asked.
local function predicate(fname, test)
	local known = {}
	_M[fname] = function(code, extra)
		local v = known[code]
		if v ~= nil and extra == nil then
			return v
		end
		if extra ~= nil then
			too_many(2, fname)
		end
		local c = int_arg(code, 1, fname)
		v = test(c)
		if c >= MIN and c <= MAX then
			known[c] = v
		end
		return v
	end
end

predicate("is_valid", function(c) return C.class_name(C.class_of(c)) ~= nil end)
predicate("is_known", function(c) return C.name(c) ~= nil end)

for _, name in ipairs(desc.constants) do
	local cls = name:match("^CLASS_(.*)$")
	if cls and C.class_name(C[name]) ~= nil then
		local value = C[name]
		predicate("is_" .. cls:lower(), function(c) return C.class_of(c) == value end)
	end
end

do
	local bit = 1
	while C.flag_name(bit) ~= nil do
		local b = bit
		predicate("is_" .. gsub(C.flag_name(b), "-", "_"),
		          function(c) return floor(C.flags(c) / b) % 2 == 1 end)
		bit = bit * 2
	end
end

------------------------------------------------------------------------
-- Constants
------------------------------------------------------------------------

for _, name in ipairs(desc.codes) do
	_M[name] = C[name]
	_M["HTTP_" .. name] = C[name]
end
for _, name in ipairs(desc.constants) do
	_M[name] = C[name]
end
for name, value in pairs(desc.strings) do
	_M[name] = value
end
for name in pairs(desc.aliases) do
	_M[name] = constant(name)
end
_M._VERSION = desc.strings.VERSION_STRING

return _M
