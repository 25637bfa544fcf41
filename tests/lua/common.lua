-- SPDX-License-Identifier: MIT
--
-- Checks shared by the Lua 5.4 module (httpstatus) and the OpenResty module
-- (resty.httpstatus): both promise the same API, so both run these.
--
--   common.api(hs, t)      the documented behaviour, on known answers
--   common.misuse(hs, t)   bad arguments raise "bad argument #N to 'fn' (...)"
--   common.codes(hs, t)    every code against the C library (the CLI's
--                          --json output and the generated header)

local json = require "json"

local M = {}

-- The largest integers each Lua can hold: Lua 5.4 has 64-bit integers,
-- LuaJIT has doubles (exact up to 2^53).
local BIG = math.maxinteger or 2 ^ 53
local SMALL = math.mininteger or -2 ^ 53

local function keys_of(tbl)
    local out = {}
    for k in pairs(tbl) do
        out[#out + 1] = k
    end
    table.sort(out, function(a, b) return tostring(a) < tostring(b) end)
    return out
end

------------------------------------------------------------------------
-- The API on known answers.
------------------------------------------------------------------------
-- Requires the module called name and returns it; bails out of the test
-- run when it cannot be loaded.  With no_globals, also checks that
-- requiring it sets no global variable.
function M.load(t, name, no_globals)
    local before = {}
    for k in pairs(_G) do
        before[k] = true
    end
    local ok, hs = pcall(require, name)
    if not ok then
        t.bail("cannot load " .. name .. ": " .. tostring(hs))
    end
    if no_globals then
        local added = {}
        for k in pairs(_G) do
            if not before[k] then
                added[#added + 1] = tostring(k)
            end
        end
        t.is(table.concat(added, " "), "", "require sets no global variable")
    end
    return hs
end

function M.api(hs, t)
    -- Lookups.
    t.is(hs.reason(404), "Not Found", "reason(404)")
    t.is(hs.reason(429), "Too Many Requests", "reason(429)")
    t.is(hs.reason(404), "Not Found", "reason(404) again, from the cache")
    t.is(hs.reason(418), "I'm a teapot", "reason(418)")
    t.is(hs.reason(471), nil, "reason of a valid but unassigned code is nil")
    t.is(hs.reason(404.0), "Not Found", "a float with an integer value is accepted")
    t.is(hs.reason(302, "nginx"), "Moved Temporarily", "reason(302, 'nginx')")
    t.is(hs.reason(302, "NGINX"), "Moved Temporarily", "dialect names ignore ASCII case")
    t.is(hs.reason(302, hs.DIALECT_NGINX), "Moved Temporarily", "reason(302, DIALECT_NGINX)")
    t.is(hs.reason(401, "apache13"), "Authorization Required", "reason(401, 'apache13')")
    t.is(hs.reason(425, "nginx"), "", "nginx sends 425 with an empty phrase: \"\"")
    t.is(hs.reason(425, "rfc2616"), nil, "RFC 2616 has no phrase for 425: nil")
    t.is(hs.reason(404, nil), "Not Found", "reason(404, nil) is the default dialect")
    t.is(hs.reason(404, hs.DIALECT_DEFAULT), "Not Found", "DIALECT_DEFAULT")
    t.is(hs.name(413), "CONTENT_TOO_LARGE", "name(413) is the current name")
    t.is(hs.name(471), nil, "name(471) is nil")
    t.like(hs.description(404), "%S", "description(404) is text")
    t.is(hs.spec(404), "RFC 9110, Section 15.5.5", "spec(404)")
    t.is(hs.vendor(404), nil, "vendor(404) is nil")
    t.is(hs.vendor(444), "nginx", "vendor(444)")
    t.is(hs.fallback(471), 400, "fallback(471) is 400")
    t.is(hs.fallback(404), 404, "fallback(404) is 404")

    -- Reverse lookup: the code, or nil and a message.
    t.is(hs.from_reason("Moved Temporarily"), 302, "from_reason('Moved Temporarily')")
    t.is(hs.from_reason("request entity too long"), 413, "from_reason of a known misspelling")
    t.is(hs.from_reason("404 Not Found"), 404, "from_reason('404 Not Found')")
    t.is(hs.from_reason("NOT_FOUND"), 404, "from_reason of an enum name")
    t.is(select("#", hs.from_reason("Not Found")), 1, "from_reason returns one value on success")
    local code, msg = hs.from_reason("No Such Phrase")
    t.is(code, nil, "an unknown phrase gives nil")
    t.is(msg, "unknown reason phrase", "... and a message")
    code, msg = hs.from_reason("404 Gone")
    t.is(code, nil, "'404 Gone' gives nil")
    t.like(msg, "disagree", "... the code and phrase disagree")
    code, msg = hs.from_reason("Not\0Found")
    t.is(code, nil, "an embedded NUL is not cut off: 'Not\\0Found' gives nil")
    t.like(msg, "control", "... a control byte")
    code, msg = hs.from_reason("Not Found\0")
    t.is(code, nil, "a trailing NUL is seen too")
    code, msg = hs.from_reason(("x"):rep(1000))
    t.is(code, nil, "a 1000-byte phrase gives nil")
    t.is(msg, "input too long", "... input too long")
    code, msg = hs.from_reason("Caf\195\169")
    t.is(code, nil, "non-ASCII phrase gives nil")

    -- Classes, registry, flags.
    t.is(hs.class(404), hs.CLASS_CLIENT_ERROR, "class(404)")
    t.is(hs.class(404), 4, "class(404) == 4")
    t.is(hs.class(700), hs.CLASS_INVALID, "class(700) is CLASS_INVALID")
    t.is(hs.class(-1), 0, "class(-1) is 0")
    t.is(hs.class(BIG), 0, "class of the largest integer is 0")
    t.is(hs.class(SMALL), 0, "class of the smallest integer is 0")
    t.is(hs.class_name(4), "Client Error", "class_name(4)")
    t.is(hs.class_name(0), nil, "class_name(0) is nil")
    t.is(hs.registry(418), hs.REGISTRY_RESERVED, "registry(418) is RESERVED")
    t.is(hs.registry_name(hs.registry(444)), "unofficial", "registry of 444 is unofficial")
    t.is(hs.registry(700), hs.REGISTRY_INVALID, "registry(700) is INVALID")
    t.is(hs.flags(404), hs.FLAG_FINAL + hs.FLAG_CACHEABLE + hs.FLAG_ERROR, "flags(404)")
    t.is(hs.flags(700), 0, "flags(700) is 0")
    t.is(hs.flag_name(hs.FLAG_CACHEABLE), "cacheable", "flag_name(FLAG_CACHEABLE)")
    t.is(hs.flag_name(3), nil, "flag_name(3) names two bits: nil")
    t.is(hs.flag_name(-1), nil, "flag_name(-1) is nil")
    t.is(hs.flag_name(2 ^ 40), nil, "flag_name(2^40) is nil")
    t.is(hs.strerror(hs.ERR_NOT_FOUND), "unknown reason phrase", "strerror(ERR_NOT_FOUND)")
    t.is(hs.strerror(12345), "unknown error", "strerror(12345)")
    t.is(hs.dialect_name(hs.DIALECT_NGINX), "nginx", "dialect_name(DIALECT_NGINX)")
    t.is(hs.dialect_name("Apache13"), "apache13", "dialect_name('Apache13')")
    t.is(hs.dialect_from_name("nginx"), hs.DIALECT_NGINX, "dialect_from_name('nginx')")
    code, msg = hs.dialect_from_name("klingon")
    t.is(code, nil, "dialect_from_name('klingon') is nil")
    t.like(msg, "unknown dialect 'klingon'", "... with a message")
    t.like(hs.version(), "^%d+%.%d+%.%d+$", "version() looks like 1.2.3")
    t.is(hs.version(), hs.VERSION_STRING or hs._VERSION, "version() matches the header")

    -- Predicates.
    local cases = {
        { "is_informational", 100, true }, { "is_informational", 200, false },
        { "is_success", 204, true }, { "is_success", 301, false },
        { "is_redirection", 304, true }, { "is_redirection", 404, false },
        { "is_client_error", 451, true }, { "is_client_error", 500, false },
        { "is_server_error", 503, true }, { "is_server_error", 499, false },
        { "is_error", 404, true }, { "is_error", 471, true }, { "is_error", 302, false },
        { "is_interim", 103, true }, { "is_final", 103, false }, { "is_final", 200, true },
        { "is_cacheable", 404, true }, { "is_cacheable", 403, false },
        { "is_redirect", 307, true }, { "is_redirect", 304, false },
        { "is_permanent", 308, true }, { "is_permanent", 307, false },
        { "is_temporary", 303, false }, { "is_method_preserving", 307, true },
        { "is_method_preserving", 303, false },
        { "is_retryable", 503, true }, { "is_retryable", 429, true }, { "is_retryable", 500, false },
        { "has_content", 200, true }, { "has_content", 204, false }, { "has_content", 304, false },
        { "has_content", 100, false }, { "has_content", 700, false },
        { "is_valid", 100, true }, { "is_valid", 599, true }, { "is_valid", 99, false },
        { "is_valid", 600, false }, { "is_valid", BIG, false }, { "is_valid", SMALL, false },
        { "is_known", 404, true }, { "is_known", 471, false }, { "is_known", 0, false },
        { "is_success", BIG, false }, { "is_error", SMALL, false },
    }
    for _, c in ipairs(cases) do
        t.is(hs[c[1]](c[2]), c[3], string.format("%s(%s)", c[1], tostring(c[2])))
    end
    t.is(hs.has_flag(301, "permanent"), true, "has_flag(301, 'permanent')")
    t.is(hs.has_flag(301, hs.FLAG_TEMPORARY), false, "has_flag(301, FLAG_TEMPORARY)")
    t.is(hs.has_flag(204, "no-content"), true, "has_flag(204, 'no-content')")

    -- Constants.
    t.is(hs.NOT_FOUND, 404, "NOT_FOUND")
    t.is(hs.MOVED_TEMPORARILY, 302, "the old name MOVED_TEMPORARILY")
    t.is(hs.HTTP_NOT_FOUND, 404, "HTTP_NOT_FOUND")
    t.is(hs.HTTP_MOVED_TEMPORARILY, 302, "HTTP_MOVED_TEMPORARILY (an alias, as in ngx)")
    for _, c in ipairs({ { "UNPROCESSABLE_ENTITY", 422 }, { "TOO_EARLY", 425 },
                         { "REQUEST_HEADER_FIELDS_TOO_LARGE", 431 },
                         { "NETWORK_AUTHENTICATION_REQUIRED", 511 } }) do
        t.is(hs["HTTP_" .. c[1]], c[2], "HTTP_" .. c[1] .. ", which ngx lacks")
    end
    t.is(hs.MIN, 100, "MIN")
    t.is(hs.MAX, 599, "MAX")

    -- Iteration.
    local list = {}
    for c in hs.codes() do
        list[#list + 1] = c
    end
    t.ok(#list > 60, "codes() yields the known codes", #list)
    t.is(list[1], 100, "... from 100")
    local sorted = true
    for i = 2, #list do
        sorted = sorted and list[i] > list[i - 1]
    end
    t.ok(sorted, "... in increasing order")
    local n_iana, n_unofficial = 0, 0
    for c in hs.codes("iana") do
        n_iana = n_iana + 1
        if hs.registry(c) == hs.REGISTRY_UNOFFICIAL then
            t.ok(false, "codes('iana') yields only registered codes", c)
        end
    end
    for c in hs.codes(hs.FILTER_UNOFFICIAL) do
        n_unofficial = n_unofficial + 1
        t.is(hs.registry(c), hs.REGISTRY_UNOFFICIAL, "codes(FILTER_UNOFFICIAL) yields " .. c)
    end
    t.is(n_iana + n_unofficial, #list, "iana + unofficial == all")
    local n_all = 0
    for _ in hs.codes("all") do
        n_all = n_all + 1
    end
    t.is(n_all, #list, "codes('all') == codes()")
    t.is(hs.next(404), 405, "next(404)")
    t.is(hs.next(0), 100, "next(0)")
    t.is(hs.next(599), nil, "next(599) is nil")
    t.is(hs.next(SMALL), 100, "next(smallest integer)")
    t.is(hs.next(BIG), nil, "next(largest integer)")
    t.is(hs.next(443, "unofficial"), 444, "next(443, 'unofficial')")

    -- Status lines.
    t.is(hs.format_status_line(404), "HTTP/1.1 404 Not Found\r\n", "format_status_line(404)")
    t.is(hs.format_status_line(504, "nginx", "1.0"), "HTTP/1.0 504 Gateway Time-out\r\n",
         "format_status_line(504, 'nginx', '1.0')")
    t.is(hs.format_status_line(425, "nginx"), "HTTP/1.1 425 \r\n",
         "an empty phrase keeps the space")
    t.is(hs.format_status_line(471), "HTTP/1.1 471 \r\n", "an unknown code has no phrase")
    local v, c, r, n = hs.parse_status_line("HTTP/1.1 404 Not Found\r\nServer: x\r\n")
    t.is(v, "1.1", "parse_status_line: version")
    t.is(c, 404, "... code")
    t.is(r, "Not Found", "... reason")
    t.is(n, 24, "... bytes of the line")
    v, c, r = hs.parse_status_line("HTTP/1.0 425 \r\n")
    t.is(r, "", "an empty reason")
    v, c, r = hs.parse_status_line("HTTP/2 200\n", hs.PARSE_TOLERANT)
    t.is(c, 200, "PARSE_TOLERANT takes HTTP/2 and a bare LF")
    v, c, r = hs.parse_status_line("HTTP/1.1 200 OK", hs.PARSE_NO_EOL)
    t.is(r, "OK", "PARSE_NO_EOL: the end of the string ends the line")
    v, msg = hs.parse_status_line("HTTX/1.1 200 OK\r\n")
    t.is(v, nil, "a bad version gives nil")
    t.is(msg, "status line: bad HTTP-version at byte 4", "... and says what and where")
    v, msg = hs.parse_status_line("HTTP/1.1 2x0 OK\r\n")
    t.like(msg, "bad status code at byte 11", "a bad code: what and where")
    v, msg = hs.parse_status_line("HTTP/1.1 200 O\0K\r\n")
    t.is(v, nil, "a NUL in the reason is seen, not cut off")
    t.like(msg, "at byte 15$", "... at byte 15")
    v, msg = hs.parse_status_line("HTTP/1.1 200 OK")
    t.is(v, nil, "no line end")
    t.like(msg, "incomplete", "... incomplete")
    v, msg = hs.parse_status_line("HTTP/1.1 200 OK\r\n", 0)
    t.is(v, "1.1", "flags 0 is strict")
end

------------------------------------------------------------------------
-- Misuse: every bad argument raises a luaL_check*-style error.
------------------------------------------------------------------------

-- Functions that need a code in 100-599, and those that take any integer.
local STATUS_FUNCTIONS = { "reason", "name", "description", "spec", "vendor", "fallback",
                           "format_status_line" }
local ANYINT_FUNCTIONS = { "class", "registry", "flags", "next", "strerror", "class_name",
                           "registry_name", "flag_name", "is_valid", "is_known",
                           "is_informational", "is_success", "is_redirection",
                           "is_client_error", "is_server_error", "is_error", "is_interim",
                           "is_final", "is_cacheable", "is_redirect", "is_permanent",
                           "is_temporary", "is_method_preserving", "is_retryable",
                           "has_content", "has_flag" }

-- Values that are no integer, and the message each gives.
local function not_integers()
    return {
        { "nil", nil, "integer expected, got n[io][%a ]*" },
        { "a table", {}, "integer expected, got table" },
        { "a boolean", true, "integer expected, got boolean" },
        { "a function", print, "integer expected, got function" },
        { "the string '404'", "404", "integer expected, got string" },
        { "404.5", 404.5, "number has no integer representation" },
        { "404.7", 404.7, "number has no integer representation" },
        { "math.huge", math.huge, "number has no integer representation" },
        { "-math.huge", -math.huge, "number has no integer representation" },
        { "NaN", 0 / 0, "number has no integer representation" },
        { "2^63", 2 ^ 63, "number has no integer representation" },
        { "-2^64", -2 ^ 64, "number has no integer representation" },
    }
end

-- "bad argument #n to 'fn' (msg)", whatever the name Lua gives the function
-- (the name depends on how it is called).
local function bad(n, msg)
    return "bad argument #" .. n .. " to '[%w_.?]+' %(" .. msg .. "%)"
end

local function call(hs, fname, ...)
    local args = { n = select("#", ...), ... }
    return function()
        local r = hs[fname]((table.unpack or unpack)(args, 1, args.n))
        return r
    end
end

function M.misuse(hs, t)
    -- The function is named as luaL_argerror names it, at the caller's line.
    local ok, err = pcall(function()
        local r = hs.reason(nil)
        return r
    end)
    t.ok(not ok, "reason(nil) raises")
    t.like(err, "^[^:]*common%.lua:%d+: bad argument #1 to 'reason' %(integer expected, got nil%)$",
           "... 'bad argument #1 to 'reason' (integer expected, got nil)' at the caller's line")
    ok, err = pcall(function()
        local r = hs.description(404, "nginx")
        return r
    end)
    t.like(err, "bad argument #2 to 'description' %(at most 1 argument expected%)",
           "description(404, 'nginx'): too many arguments")

    for _, v in ipairs(not_integers()) do
        for _, f in ipairs(STATUS_FUNCTIONS) do
            t.raises(call(hs, f, v[2]), bad(1, v[3]), f .. "(" .. v[1] .. ")")
        end
        for _, f in ipairs(ANYINT_FUNCTIONS) do
            local fn = f == "has_flag" and call(hs, f, v[2], "error") or call(hs, f, v[2])
            t.raises(fn, bad(1, v[3]), f .. "(" .. v[1] .. ")")
        end
    end

    -- Integers outside 100-599: an error where a code is looked up...
    for _, v in ipairs({ 0, 99, 600, 1000, -404, BIG, SMALL, 2 ^ 31, -2 ^ 31 - 1 }) do
        for _, f in ipairs(STATUS_FUNCTIONS) do
            t.raises(call(hs, f, v), bad(1, "status code 100%-599 expected, got %-?%d+"),
                     string.format("%s(%.0f)", f, v))
        end
    end
    -- ... an answer where a number is classified (see M.api).
    for _, v in ipairs({ 0, 99, 600, -404, BIG, SMALL, 2 ^ 31, -2 ^ 31 - 1 }) do
        for _, f in ipairs(ANYINT_FUNCTIONS) do
            local okf, res = pcall(f == "has_flag" and call(hs, f, v, "error") or call(hs, f, v))
            local want_ok = true
            if f:match("^is_") or f == "has_content" or f == "has_flag" then
                want_ok = res == false
            elseif f == "class" then
                want_ok = res == 0
            elseif f == "registry" then
                want_ok = res == hs.REGISTRY_INVALID
            elseif f == "flags" then
                want_ok = res == 0
            elseif f == "next" then
                want_ok = (v < 100 and res == 100) or (v > 100 and res == nil)
            end
            t.ok(okf and want_ok, string.format("%s(%.0f) answers", f, v), tostring(res))
        end
    end

    -- Dialects.
    local dialects = {
        { "'klingon'", "klingon", "unknown dialect 'klingon'" },
        { "'nginx\\0'", "nginx\0", "unknown dialect 'nginx'" },
        { "''", "", "unknown dialect ''" },
        { "99", 99, "unknown dialect 99" },
        { "-1", -1, "unknown dialect %-1" },
        { "1.5", 1.5, "number has no integer representation" },
        { "NaN", 0 / 0, "number has no integer representation" },
        { "a table", {}, "dialect name or number expected, got table" },
        { "true", true, "dialect name or number expected, got boolean" },
    }
    for _, d in ipairs(dialects) do
        t.raises(call(hs, "reason", 404, d[2]), bad(2, d[3]), "reason(404, " .. d[1] .. ")")
        t.raises(call(hs, "format_status_line", 404, d[2]), bad(2, d[3]),
                 "format_status_line(404, " .. d[1] .. ")")
        t.raises(call(hs, "dialect_name", d[2]), bad(1, d[3]), "dialect_name(" .. d[1] .. ")")
    end
    t.is(hs.dialect_name(nil), "rfc9110", "dialect_name(nil): nil is the default dialect")
    t.raises(call(hs, "dialect_from_name", 6), bad(1, "string expected, got number"),
             "dialect_from_name(6)")
    t.raises(call(hs, "dialect_from_name", "nginx\0x"), bad(1, "string contains a NUL byte"),
             "dialect_from_name('nginx\\0x')")

    -- Filters.
    t.raises(call(hs, "codes", "bogus"), bad(1, "invalid option 'bogus'"), "codes('bogus')")
    t.raises(call(hs, "codes", 0), bad(1, "unknown filter 0"), "codes(0)")
    t.raises(call(hs, "codes", 4), bad(1, "unknown filter 4"), "codes(4)")
    t.raises(call(hs, "codes", {}), bad(1, "filter name or number expected, got table"), "codes({})")
    t.raises(call(hs, "codes", 1.5), bad(1, "number has no integer representation"), "codes(1.5)")
    t.raises(call(hs, "next", 404, "bogus"), bad(2, "invalid option 'bogus'"), "next(404, 'bogus')")

    -- Strings.
    for _, v in ipairs({ { "nil", nil, "n[io][%a ]*" }, { "404", 404, "number" },
                         { "a table", {}, "table" } }) do
        t.raises(call(hs, "from_reason", v[2]), bad(1, "string expected, got " .. v[3]),
                 "from_reason(" .. v[1] .. ")")
        t.raises(call(hs, "parse_status_line", v[2]), bad(1, "string expected, got " .. v[3]),
                 "parse_status_line(" .. v[1] .. ")")
    end
    t.raises(call(hs, "parse_status_line", "HTTP/1.1 200 OK\r\n", 4), bad(2, "unknown parse flags 4"),
             "parse_status_line(line, 4)")
    t.raises(call(hs, "parse_status_line", "HTTP/1.1 200 OK\r\n", -1), bad(2, "unknown parse flags %-1"),
             "parse_status_line(line, -1)")
    t.raises(call(hs, "parse_status_line", "HTTP/1.1 200 OK\r\n", 0.5),
             bad(2, "number has no integer representation"), "parse_status_line(line, 0.5)")
    t.raises(call(hs, "parse_status_line", "HTTP/1.1 200 OK\r\n", "tolerant"),
             bad(2, "integer expected, got string"), "parse_status_line(line, 'tolerant')")
    for _, v in ipairs({ { "'1.10'", "1.10" }, { "'x.y'", "x.y" }, { "''", "" }, { "'11'", "11" } }) do
        local quoted = v[2]:gsub("%p", "%%%0")
        t.raises(call(hs, "format_status_line", 404, nil, v[2]),
                 bad(3, 'HTTP version like "1%.1" expected, got "' .. quoted .. '"'),
                 "format_status_line(404, nil, " .. v[1] .. ")")
    end
    t.raises(call(hs, "format_status_line", 404, nil, 1.1), bad(3, "string expected, got number"),
             "format_status_line(404, nil, 1.1)")

    -- Flags by name.
    t.raises(call(hs, "has_flag", 404, "bogus"), bad(2, "unknown flag 'bogus'"), "has_flag(404, 'bogus')")
    t.raises(call(hs, "has_flag", 404, 3), bad(2, "unknown flag 3"), "has_flag(404, 3)")
    t.raises(call(hs, "has_flag", 404, nil), bad(2, "integer expected, got n[io][%a ]*"), "has_flag(404, nil)")

    -- Too many arguments.
    t.raises(call(hs, "reason", 404, nil, 1), bad(3, "at most 2 arguments expected"), "reason(404, nil, 1)")
    t.raises(call(hs, "class", 404, 1), bad(2, "at most 1 argument expected"), "class(404, 1)")
    t.raises(call(hs, "version", 1), bad(1, "no arguments expected"), "version(1)")
    t.raises(call(hs, "codes", nil, 1), bad(2, "at most 1 argument expected"), "codes(nil, 1)")
    t.raises(call(hs, "from_reason", "OK", 1), bad(2, "at most 1 argument expected"), "from_reason('OK', 1)")
end

------------------------------------------------------------------------
-- Every code against the C library.
------------------------------------------------------------------------

local function read_command(cmd)
    local f = assert(io.popen(cmd, "r"))
    local out = f:read("*a")
    local ok = f:close()
    return out, ok
end

local DIALECTS = { "rfc9110", "rfc7231", "rfc2616", "apache13", "apache22", "apache24", "nginx" }

function M.codes(hs, t)
    local cli = os.getenv("HTTPSTATUS")
    local top_builddir = os.getenv("top_builddir")
    if not cli or not top_builddir then
        t.bail("run me through make check (HTTPSTATUS and top_builddir are not set)")
    end
    local out = read_command("'" .. cli .. "' --list --json")
    local ok, list = pcall(json.decode, out)
    if not t.ok(ok and type(list) == "table" and #list > 60, "the CLI lists the codes as JSON", list) then
        return
    end

    local from_cli = {}
    local function opt(v)
        if v == json.null then
            return nil
        end
        return v
    end
    for _, e in ipairs(list) do
        local c = e.code
        from_cli[c] = true
        local what = tostring(c)
        t.is(hs.reason(c), e.phrase, what .. " reason")
        t.is(hs.name(c), e.name, what .. " name")
        t.is(hs.description(c), e.description, what .. " description")
        t.is(hs.spec(c), e.spec, what .. " spec")
        t.is(hs.vendor(c), opt(e.vendor), what .. " vendor")
        t.is(hs.class(c), e.class, what .. " class")
        t.is(hs.class_name(hs.class(c)), e.class_name, what .. " class_name")
        t.is(hs.registry_name(hs.registry(c)), e.registry, what .. " registry")
        t.is(hs.fallback(c), e.fallback, what .. " fallback")
        t.is(hs.is_known(c), true, what .. " is_known")
        -- The flags, by name and by predicate.
        local names, f, bitv = {}, hs.flags(c), 1
        while hs.flag_name(bitv) do
            if hs.has_flag(c, bitv) then
                names[#names + 1] = hs.flag_name(bitv)
            end
            bitv = bitv * 2
            if math.tointeger then
                bitv = math.tointeger(bitv)
            end
        end
        t.is(table.concat(names, " "), table.concat(e.flags, " "), what .. " flags")
        local by_predicate = {
            interim = hs.is_interim(c), final = hs.is_final(c), cacheable = hs.is_cacheable(c),
            redirect = hs.is_redirect(c), permanent = hs.is_permanent(c),
            temporary = hs.is_temporary(c), ["method-preserving"] = hs.is_method_preserving(c),
            retryable = hs.is_retryable(c), error = hs.is_error(c),
            ["no-content"] = not hs.has_content(c),
        }
        local set = {}
        for _, n in ipairs(e.flags) do
            set[n] = true
        end
        local agree = true
        for n, v in pairs(by_predicate) do
            if v ~= (set[n] == true) then
                agree = false
                t.diag(what .. ": predicate for " .. n .. " says " .. tostring(v))
            end
        end
        t.ok(agree and f > 0, what .. " predicates agree with the flags")
        -- Class predicates.
        local cls = { "is_informational", "is_success", "is_redirection", "is_client_error",
                      "is_server_error" }
        local cls_ok = true
        for i, p in ipairs(cls) do
            cls_ok = cls_ok and hs[p](c) == (e.class == i)
        end
        t.ok(cls_ok, what .. " class predicates")
        -- Every dialect.
        for _, d in ipairs(DIALECTS) do
            t.is(hs.reason(c, d), opt(e.dialects[d]), what .. " reason in " .. d)
        end
        -- The constants for its name.
        t.is(hs[e.name], c, what .. " constant " .. e.name)
        t.is(hs["HTTP_" .. e.name], c, what .. " constant HTTP_" .. e.name)
    end

    -- Codes the library does not know: valid, unknown, no phrase.
    local unknown_ok, n_unknown = true, 0
    for c = 100, 599 do
        if not from_cli[c] then
            n_unknown = n_unknown + 1
            if hs.reason(c) ~= nil or hs.name(c) ~= nil or hs.is_known(c) or not hs.is_valid(c)
               or hs.fallback(c) ~= c - c % 100 then
                unknown_ok = false
                t.diag("unknown code " .. c .. " answers wrongly")
            end
        end
    end
    t.ok(unknown_ok and n_unknown > 300, "the " .. n_unknown .. " unknown codes have no data")

    -- The same codes, in the same order, from codes().
    local i = 0
    local same = true
    for c in hs.codes() do
        i = i + 1
        same = same and list[i] ~= nil and list[i].code == c
    end
    t.ok(same and i == #list, "codes() yields the CLI's list")

    -- Status lines, per dialect, against the CLI (one run per dialect).
    local args = {}
    for _, e in ipairs(list) do
        args[#args + 1] = tostring(e.code)
    end
    for _, d in ipairs(DIALECTS) do
        local lines = read_command("'" .. cli .. "' --status-line -d " .. d .. " " .. table.concat(args, " "))
        local k, agree = 0, true
        for line in lines:gmatch("([^\n]*)\n") do
            k = k + 1
            local want = hs.format_status_line(list[k].code, d):gsub("\r\n$", "")
            if line ~= want then
                agree = false
                t.diag(d .. ": CLI says " .. t.show(line) .. ", module " .. t.show(want))
            end
        end
        t.ok(agree and k == #list, "format_status_line agrees with the CLI for " .. d)
    end

    -- HTTP_<NAME> for every name and alias of enum httpstatus_code in the
    -- generated header, and nothing else.
    local header = io.open(top_builddir .. "/libhttpstatus/httpstatus.h", "r")
    if not t.ok(header, "the generated header is readable") then
        return
    end
    local text = header:read("*a")
    header:close()
    local enum = text:match("enum httpstatus_code {(.-)};")
    local names, allowed = 0, {}
    for name, value in (enum or ""):gmatch("HTTPSTATUS_([A-Z0-9_]+) = (%d+)") do
        names = names + 1
        t.is(hs["HTTP_" .. name], tonumber(value), "HTTP_" .. name .. " from the header")
        t.is(hs[name], tonumber(value), name .. " from the header")
        allowed["HTTP_" .. name] = true
        allowed[name] = true -- HTTP_VERSION_NOT_SUPPORTED is a name itself
    end
    local extra = {}
    for k in pairs(hs) do
        if type(k) == "string" and k:match("^HTTP_") and not allowed[k] then
            extra[#extra + 1] = k
        end
    end
    t.ok(names > 60, "the header has the code names", names)
    t.is(table.concat(extra, " "), "", "no HTTP_ constant that is not a name in the header")
end

M.keys_of = keys_of
return M
