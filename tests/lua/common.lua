-- SPDX-License-Identifier: MIT
--
-- Checks shared by the Lua 5.4 module (httpstatus) and the OpenResty module
-- (resty.httpstatus): both promise the same API, so both run these.
--
--   common.api(hs, t)      the documented behaviour, on known answers
--   common.misuse(hs, t)   bad arguments raise "bad argument #N to 'fn' (...)"
--   common.codes(hs, t)    every code against the C library (the CLI's
--                          --json output and the generated header)
--
-- The answers and errors follow bindings/README.md.

local json = require "cjson"

-- cjson gives every number as a float under Lua 5.4.
local function int(v)
    return math.tointeger and math.tointeger(v) or v
end

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
    t.is(hs.reason("404"), "Not Found", "an integral numeric string is accepted (ngx.var.status)")
    t.is(hs.reason(" 404 "), "Not Found", "... with blanks around it, as luaL_checkinteger")
    t.is(hs.reason("0x194"), "Not Found", "... or in hexadecimal")
    t.is(hs.reason(999), nil, "reason(999) is nil: queries never raise")
    t.is(hs.reason(-5), nil, "reason(-5) is nil")
    t.is(hs.reason(BIG), nil, "reason of the largest integer is nil")
    t.is(hs.reason(302, "nginx"), "Moved Temporarily", "reason(302, 'nginx')")
    t.is(hs.reason(302, "NGINX"), "Moved Temporarily", "dialect names ignore ASCII case")
    t.is(hs.reason(302, hs.DIALECT_NGINX), "Moved Temporarily", "reason(302, DIALECT_NGINX)")
    t.is(hs.reason(302, tostring(hs.DIALECT_NGINX)), "Moved Temporarily", "a dialect as a numeric string")
    t.is(hs.reason(401, "apache13"), "Authorization Required", "reason(401, 'apache13')")
    t.is(hs.reason(425, "nginx"), "", "nginx sends 425 with an empty phrase: \"\"")
    t.is(hs.reason(425, "rfc2616"), nil, "RFC 2616 has no phrase for 425: nil")
    t.is(hs.reason(404, nil), "Not Found", "reason(404, nil) is the default dialect")
    t.is(hs.reason(404, hs.DIALECT_DEFAULT), "Not Found", "DIALECT_DEFAULT")
    t.is(hs.DIALECT_DEFAULT, hs.DIALECT_RFC9110, "DIALECT_DEFAULT is DIALECT_RFC9110")
    t.is(hs.reason(404, 99), nil, "an unknown dialect number answers nil, as C")
    t.is(hs.reason_dialect(302, "nginx"), "Moved Temporarily", "reason_dialect(302, 'nginx')")
    t.is(hs.name(413), "CONTENT_TOO_LARGE", "name(413) is the current name")
    t.is(hs.name(471), nil, "name(471) is nil")
    t.like(hs.description(404), "%S", "description(404) is text")
    t.is(hs.description(700), nil, "description(700) is nil")
    t.is(hs.spec(404), "RFC 9110, Section 15.5.5", "spec(404)")
    t.is(hs.vendor(404), nil, "vendor(404) is nil")
    t.is(hs.vendor(444), "nginx", "vendor(444)")
    t.is(hs.fallback(471), 400, "fallback(471) is 400")
    t.is(hs.fallback(404), 404, "fallback(404) is 404")
    t.is(hs.fallback(99), nil, "fallback(99) is nil")

    -- Reverse lookup: the code, or nil, a message and the error.
    t.is(hs.from_reason("Moved Temporarily"), 302, "from_reason('Moved Temporarily')")
    t.is(hs.from_reason("request entity too long"), 413, "from_reason of a known misspelling")
    t.is(hs.from_reason("404 Not Found"), 404, "from_reason('404 Not Found')")
    t.is(hs.from_reason("NOT_FOUND"), 404, "from_reason of an enum name")
    t.is(select("#", hs.from_reason("Not Found")), 1, "from_reason returns one value on success")
    local code, msg, err = hs.from_reason("No Such Phrase")
    t.is(code, nil, "an unknown phrase gives nil")
    t.is(msg, 'unknown reason phrase: "No Such Phrase"', "... the message, with the input quoted")
    t.is(err, hs.ERR_NOT_FOUND, "... and ERR_NOT_FOUND")
    code, msg, err = hs.from_reason("404 Gone")
    t.is(err, hs.ERR_MISMATCH, "'404 Gone': ERR_MISMATCH")
    t.like(msg, "disagree", "... the code and phrase disagree")
    code, msg, err = hs.from_reason("Not\0Found")
    t.is(err, hs.ERR_CHARSET, "an embedded NUL is not cut off: 'Not\\0Found' is ERR_CHARSET")
    t.is(msg, 'control or non-ASCII byte in phrase: "Not\\x00Found"', "... escaped in the message")
    code, msg, err = hs.from_reason("Not Found\0")
    t.is(err, hs.ERR_CHARSET, "a trailing NUL is seen too")
    code, msg, err = hs.from_reason(("x"):rep(1000))
    t.is(err, hs.ERR_TOO_LONG, "a 1000-byte phrase: ERR_TOO_LONG")
    t.is(msg, 'input too long: "' .. ("x"):rep(60) .. '"...', "... the input cut after 60 bytes")
    code, msg, err = hs.from_reason("Caf\195\169")
    t.is(err, hs.ERR_CHARSET, "non-ASCII phrase: ERR_CHARSET")
    local m
    code, m = hs.match_reason("moved temporarily")
    t.is(code, 302, "match_reason('moved temporarily'): 302")
    t.is(m, hs.MATCH_DIALECT, "... MATCH_DIALECT")
    code, m = hs.match_reason("Not Found")
    t.is(m, hs.MATCH_CANONICAL, "match_reason('Not Found'): MATCH_CANONICAL")
    code, msg, err = hs.match_reason("nope")
    t.ok(code == nil and err == hs.ERR_NOT_FOUND, "match_reason('nope'): nil, message, ERR_NOT_FOUND")

    -- Classes, registry, flags: queries answer for every integer.
    t.is(hs.class_of(404), hs.CLASS_CLIENT_ERROR, "class_of(404)")
    t.is(hs.class_of(404), 4, "class_of(404) == 4")
    t.is(hs.class_of("404"), 4, "class_of('404') == 4")
    t.is(hs.class_of(700), hs.CLASS_INVALID, "class_of(700) is CLASS_INVALID")
    t.is(hs.class_of(99), 0, "class_of(99) is 0")
    t.is(hs.class_of(-1), 0, "class_of(-1) is 0")
    t.is(hs.class_of(BIG), 0, "class_of of the largest integer is 0")
    t.is(hs.class_of(SMALL), 0, "class_of of the smallest integer is 0")
    t.is(hs.class_name(4), "Client Error", "class_name(4)")
    t.is(hs.class_name(0), nil, "class_name(0) is nil")
    t.is(hs.registry_of(418), hs.REGISTRY_RESERVED, "registry_of(418) is RESERVED")
    t.is(hs.registry_name(hs.registry_of(444)), "unofficial", "registry of 444 is unofficial")
    t.is(hs.registry_of(700), hs.REGISTRY_INVALID, "registry_of(700) is INVALID")
    t.is(hs.flags(404), hs.FLAG_FINAL + hs.FLAG_CACHEABLE + hs.FLAG_ERROR, "flags(404)")
    t.is(hs.flags(700), 0, "flags(700) is 0")
    t.is(hs.flags(2 ^ 40), 0, "flags(2^40) is 0")
    t.is(hs.flag_name(hs.FLAG_CACHEABLE), "cacheable", "flag_name(FLAG_CACHEABLE)")
    t.is(hs.flag_name(3), nil, "flag_name(3) names two bits: nil")
    t.is(hs.flag_name(0), nil, "flag_name(0) is nil")
    t.is(hs.flag_name(2 ^ 31), nil, "flag_name(2^31) is nil")
    t.is(hs.strerror(hs.ERR_NOT_FOUND), "unknown reason phrase", "strerror(ERR_NOT_FOUND)")
    t.is(hs.strerror(12345), "unknown error", "strerror(12345)")
    t.is(hs.dialect_name(hs.DIALECT_NGINX), "nginx", "dialect_name(DIALECT_NGINX)")
    t.is(hs.dialect_name("Apache13"), "apache13", "dialect_name('Apache13')")
    t.is(hs.dialect_name(99), nil, "dialect_name(99) is nil")
    t.is(hs.dialect_from_name("nginx"), hs.DIALECT_NGINX, "dialect_from_name('nginx')")
    t.is(hs.dialect_from_name("NGINX"), hs.DIALECT_NGINX, "dialect_from_name('NGINX')")
    code, msg, err = hs.dialect_from_name("klingon")
    t.is(code, nil, "dialect_from_name('klingon') is nil")
    t.is(msg, 'invalid argument: "klingon"', "... with a message")
    t.is(err, hs.ERR_INVALID, "... and ERR_INVALID")
    code, msg, err = hs.dialect_from_name("nginx\0x")
    t.ok(code == nil and err == hs.ERR_INVALID, "dialect_from_name('nginx\\0x'): no dialect, not cut off")
    t.like(hs.version(), "^%d+%.%d+%.%d+$", "version() looks like 1.2.3")
    t.is(hs.version(), hs.VERSION_STRING, "version() matches the header")
    t.is(hs._VERSION, hs.VERSION_STRING, "_VERSION")

    -- Predicates.
    local cases = {
        { "is_informational", 100, true }, { "is_informational", 200, false },
        { "is_success", 204, true }, { "is_success", 301, false }, { "is_success", 0, false },
        { "is_redirection", 304, true }, { "is_redirection", 404, false },
        { "is_client_error", 451, true }, { "is_client_error", 500, false },
        { "is_client_error", "451", true },
        { "is_server_error", 503, true }, { "is_server_error", 499, false },
        { "is_error", 404, true }, { "is_error", 471, true }, { "is_error", 302, false },
        { "is_interim", 103, true }, { "is_final", 103, false }, { "is_final", 200, true },
        { "is_cacheable", 404, true }, { "is_cacheable", 403, false },
        { "is_no_content", 204, true }, { "is_no_content", 304, true }, { "is_no_content", 200, false },
        { "is_no_content", 700, false },
        { "is_redirect", 307, true }, { "is_redirect", 304, false },
        { "is_permanent", 308, true }, { "is_permanent", 307, false },
        { "is_temporary", 303, false }, { "is_method_preserving", 307, true },
        { "is_method_preserving", 303, false },
        { "is_retryable", 503, true }, { "is_retryable", 429, true }, { "is_retryable", 500, false },
        { "is_valid", 100, true }, { "is_valid", 599, true }, { "is_valid", 99, false },
        { "is_valid", 600, false }, { "is_valid", BIG, false }, { "is_valid", SMALL, false },
        { "is_known", 404, true }, { "is_known", 471, false }, { "is_known", 0, false },
        { "is_success", BIG, false }, { "is_error", SMALL, false },
    }
    for _, c in ipairs(cases) do
        t.is(hs[c[1]](c[2]), c[3], string.format("%s(%s)", c[1], t.show(c[2])))
    end
    -- One predicate per flag the library names, and per class.
    local bitv, names = 1, {}
    while hs.flag_name(bitv) do
        local p = "is_" .. hs.flag_name(bitv):gsub("-", "_")
        names[#names + 1] = p
        t.ok(type(hs[p]) == "function", p .. " exists, from flag_name(" .. bitv .. ")")
        bitv = bitv * 2
    end
    t.ok(#names >= 10, "a predicate per flag", table.concat(names, " "))
    for _, p in ipairs({ "is_informational", "is_success", "is_redirection", "is_client_error",
                         "is_server_error" }) do
        t.ok(type(hs[p]) == "function", p .. " exists, from a CLASS_ constant")
    end
    t.is(hs.is_invalid, nil, "no is_invalid (CLASS_INVALID is no class)")

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
    t.is(hs.PHRASE_MAX, 256, "PHRASE_MAX")
    for _, prefix in ipairs({ "CLASS_", "FLAG_", "DIALECT_", "ERR_", "MATCH_", "FILTER_", "PARSE_",
                              "REGISTRY_" }) do
        local n = 0
        for k, v in pairs(hs) do
            if type(k) == "string" and k:sub(1, #prefix) == prefix and type(v) == "number" then
                n = n + 1
            end
        end
        t.ok(n >= 2, "constants " .. prefix .. "*", n)
    end

    -- Iteration.
    local list = hs.codes()
    t.ok(type(list) == "table" and #list > 60, "codes() is an array of the known codes", #list)
    t.is(list[1], 100, "... from 100")
    local sorted = true
    for i = 2, #list do
        sorted = sorted and list[i] > list[i - 1]
    end
    t.ok(sorted, "... in increasing order")
    local iana, unofficial = hs.codes(hs.FILTER_IANA), hs.codes(hs.FILTER_UNOFFICIAL)
    for _, c in ipairs(unofficial) do
        t.is(hs.registry_of(c), hs.REGISTRY_UNOFFICIAL, "codes(FILTER_UNOFFICIAL) has " .. c)
    end
    t.is(#iana + #unofficial, #list, "iana + unofficial == all")
    t.is(#hs.codes(hs.FILTER_ALL), #list, "codes(FILTER_ALL) == codes()")
    t.is(#hs.codes(0), 0, "codes(0) is empty: filter 0 selects nothing")
    t.is(hs.next(404), 405, "next(404)")
    t.is(hs.next(0), 100, "next(0)")
    t.is(hs.next(599), nil, "next(599) is nil")
    t.is(hs.next(SMALL), 100, "next(smallest integer)")
    t.is(hs.next(BIG), nil, "next(largest integer)")
    t.is(hs.next(443, hs.FILTER_UNOFFICIAL), 444, "next(443, FILTER_UNOFFICIAL)")
    t.is(hs.next(404, 0), nil, "next(404, 0) is nil")

    -- Status lines.
    t.is(hs.format_status_line(404), "HTTP/1.1 404 Not Found\r\n", "format_status_line(404)")
    t.is(hs.format_status_line(504, "nginx", "1.0"), "HTTP/1.0 504 Gateway Time-out\r\n",
         "format_status_line(504, 'nginx', '1.0')")
    t.is(hs.format_status_line(200, nil, { 1, 0 }), "HTTP/1.0 200 OK\r\n", "version {1, 0}")
    t.is(hs.format_status_line(200, nil, "2"), "HTTP/2.0 200 OK\r\n", "version '2'")
    t.is(hs.format_status_line(425, "nginx"), "HTTP/1.1 425 \r\n",
         "an empty phrase keeps the space")
    t.is(hs.format_status_line(471), "HTTP/1.1 471 \r\n", "an unknown code has no phrase")
    for _, bad in ipairs({ { 999 }, { 99 }, { 404, 99 }, { 404, nil, "1.10" }, { 404, nil, { 1, 10 } },
                           { 404, nil, "x.y" }, { 404, nil, "1" }, { 404, nil, "" } }) do
        local line, fmsg, ferr = hs.format_status_line(bad[1], bad[2], bad[3])
        t.ok(line == nil and ferr == hs.ERR_INVALID and type(fmsg) == "string"
             and fmsg:find("^invalid argument: ") ~= nil,
             "format_status_line(" .. t.show(bad[1]) .. ", " .. t.show(bad[2]) .. ", " ..
             t.show(type(bad[3]) == "table" and "{1, 10}" or bad[3]) .. "): nil, message, ERR_INVALID",
             tostring(line) .. " " .. tostring(fmsg))
    end
    local sl = hs.parse_status_line("HTTP/1.1 404 Not Found\r\nServer: x\r\n")
    t.is(sl.major, 1, "parse_status_line: major")
    t.is(sl.minor, 1, "... minor")
    t.is(sl.code, 404, "... code")
    t.is(sl.reason, "Not Found", "... reason")
    t.is(sl["end"], 24, "... end: the bytes of the line")
    t.ok(sl[1] == 1 and sl[2] == 1 and sl[3] == 404 and sl[4] == "Not Found" and sl[5] == 24,
         "... also as [1] to [5]")
    sl = hs.parse_status_line("HTTP/1.0 425 \r\n")
    t.is(sl.reason, "", "an empty reason")
    sl = hs.parse_status_line("HTTP/2 200\n", hs.PARSE_TOLERANT)
    t.is(sl.code, 200, "PARSE_TOLERANT takes HTTP/2 and a bare LF")
    sl = hs.parse_status_line("HTTP/1.1 200 OK", hs.PARSE_NO_EOL)
    t.is(sl.reason, "OK", "PARSE_NO_EOL: the end of the string ends the line")
    local v, off
    v, msg, err, off = hs.parse_status_line("HTTX/1.1 200 OK\r\n")
    t.is(v, nil, "a bad version gives nil")
    t.is(msg, 'status line: bad HTTP-version: "HTTX/1.1 200 OK\\r\\n"', "... a message with the line")
    t.is(err, hs.ERR_VERSION, "... ERR_VERSION")
    t.is(off, 3, "... at offset 3")
    v, msg, err, off = hs.parse_status_line("HTTP/1.1 2x0 OK\r\n")
    t.ok(err == hs.ERR_CODE and off == 10, "a bad code: ERR_CODE at offset 10", off)
    v, msg, err, off = hs.parse_status_line("HTTP/1.1 200 O\0K\r\n")
    t.ok(v == nil and err == hs.ERR_REASON and off == 14, "a NUL in the reason is seen, not cut off", off)
    v, msg, err = hs.parse_status_line("HTTP/1.1 200 OK")
    t.is(err, hs.ERR_INCOMPLETE, "no line end: ERR_INCOMPLETE")
    v, msg, err = hs.parse_status_line("HTTP/1.1 200 OK\r\n", 4)
    t.is(err, hs.ERR_INVALID, "unknown parse flags: ERR_INVALID, as C")
    t.is(hs.parse_status_line("HTTP/1.1 200 OK\r\n", 0).code, 200, "flags 0 is strict")

    -- Header fields, the rules of a code, the checker.
    t.is(hs.field_name("content-type"), "Content-Type", "field_name in any case")
    t.is(hs.field_name("x-nope"), nil, "field_name of an unknown field: nil")
    t.is(hs.field_status("Warning"), hs.FIELD_STATUS_OBSOLETED, "field_status: Warning obsoleted")
    v, msg, err = hs.field_status("x-nope")
    t.ok(v == nil and err == hs.ERR_NOT_FOUND and msg == 'unknown header field: "x-nope"',
         "field_status of an unknown field: nil, message, ERR_NOT_FOUND", msg)
    t.is(select(3, hs.field_status("Date\0x")), hs.ERR_NOT_FOUND, "a NUL in a field name is seen")
    t.is(hs.field_status_name(hs.FIELD_STATUS_PROVISIONAL), "provisional", "field_status_name")
    t.ok(hs.field_flags("Connection") % (2 * hs.FIELD_CONNECTION) >= hs.FIELD_CONNECTION,
         "field_flags: Connection is connection-specific")
    t.is(hs.field_flag_name(hs.FIELD_RFC2616_ENTITY), "rfc2616-entity", "field_flag_name")
    t.is(hs.field_spec("Retry-After"), "RFC 9110, Section 10.2.3", "field_spec")
    local names = hs.fields()
    t.ok(#names > 240 and names[1] == hs.field_next() and names[2] == hs.field_next(names[1]),
         "fields() and field_next() walk the same list", #names)
    local rules = hs.rules(405)
    t.ok(#rules == 2 and rules[1].field == "Allow" and rules[1].strength == hs.STRENGTH_MUST and
         rules[1].id == "405-without-allow" and rules[1].severity == hs.SEVERITY_ERROR and
         rules[1].condition == nil and rules[2].condition ~= nil,
         "rules(405): Allow MUST, then Date with its condition")
    t.is(#hs.rules(99), 0, "rules(99): none")
    t.is(hs.strength_name(hs.STRENGTH_SHOULD_NOT), "SHOULD NOT", "strength_name")
    local found, total = hs.check("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
    t.ok(total == 2 and #found == 2 and found[1].id == "405-without-allow" and
         found[1].severity == hs.SEVERITY_ERROR and found[1].line == 1 and
         found[1].spec == "RFC 9110, Section 15.5.6" and found[1].field == "Allow" and
         found[1].detail == nil and found[2].id == "no-date",
         "check: a 405 without Allow", total)
    t.is(hs.severity_name(found[2].severity), "warning", "... then no-date, a warning")
    found = hs.check("HTTP/1.1 204 No Content\r\nDate: x\r\nContent-Length: 5\r\n\r\n")
    t.ok(#found == 1 and found[1].id == "204-with-content-length" and found[1].line == 3 and
         found[1].offset == 34 and found[1].length == 14, "check: a 204 with Content-Length")
    found = hs.check("HTTP/1.1 200 OK\r\nDate: x\r\n\r\nbody", "HEAD")
    t.is(found[1] and found[1].id, "head-response-with-content", "check(head, 'HEAD')")
    found = hs.check("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n", nil, "2")
    t.is(#found, 2, "check(head, nil, '2'): HTTP/2's rules")
    found = hs.check("HTTP/1.1 200 OK\r\nX: a\0b\r\nDate: x\r\n\r\n")
    t.is(found[1] and found[1].id, "bad-field-value", "check: a NUL in the head is seen")
    t.is(#hs.check("HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n", "GET", { 1, 1 }), 0,
         "check: a clean head, version as a table")
    v, msg, err = hs.check("HTTP/1.1 200 OK\r\n\r\n", nil, "1.2")
    t.ok(v == nil and err == hs.ERR_INVALID, "check with version 1.2: nil, message, ERR_INVALID", msg)
    t.raises(function() hs.check(nil) end, "bad argument #1 to 'check' %(string expected, got nil%)",
             "check(nil)")
    t.raises(function() hs.check("", 5) end, "bad argument #2 to 'check' %(string expected",
             "check('', 5)")
    t.is(#hs.check(string.rep("X\r\n", 20000)), 256, "check: at most 256 findings in the array")

    -- Server releases, wire lines, meanings, registry dates, 600-999.
    t.is(hs.reason(407, "nginx/1.22.1"), "", "nginx 1.22.1 sends 407 with no phrase")
    t.is(hs.reason(407, "nginx/1.30.0"), "Proxy Authentication Required", "nginx 1.30.0 names it")
    t.is(hs.dialect_version("nginx/1.22.1"), 1022001, "dialect_version of nginx/1.22.1")
    t.is(hs.dialect_from_name("Apache/1.3.42"), hs.DIALECT_APACHE13 + 16 * 1003042,
         "Apache/1.3.42 is apache13 at 1.3.42")
    local d, msg, err = hs.dialect_from_name("nginx/1.x")
    t.ok(d == nil and err == hs.ERR_SERVER_VERSION, "nginx/1.x: ERR_SERVER_VERSION", msg)
    d, msg, err = hs.dialect_from_name("nginx/0.7.65")
    t.ok(d == nil and err == hs.ERR_UNVERIFIED, "nginx/0.7.65: ERR_UNVERIFIED", msg)
    t.raises(function() return hs.reason(404, "nginx/99999999999") end,
             "malformed server version", "a malformed release is an error")
    t.is(hs.wire_line(494, "nginx/1.22.1"), "HTTP/1.1 400 Bad Request\r\n", "nginx 494 sends 400")
    t.is(hs.wire_line(444, "nginx"), "", "nginx 444 sends nothing")
    t.is(hs.wire_code(494, "nginx"), 400, "wire_code 494 is 400")
    t.is(hs.wire_code(404, "rfc9110"), nil, "a document puts nothing on the wire: nil")
    t.is(hs.wire_line(418, "Apache/2.4.71"), "HTTP/1.1 500 Internal Server Error\r\n",
         "Apache sends 500 for a code it has no line for")
    v, msg, err = hs.wire_line(404, "rfc9110")
    t.ok(v == nil and err == hs.ERR_INVALID, "wire_line for a document: nil, message, error", msg)
    t.is(hs.meaning_reason(420, 1), "Method Failure", "420's second meaning")
    t.is(hs.meaning_vendor(420, 1), "Spring Framework", "... Spring's")
    t.is(hs.meaning_reason(420, 2), nil, "420 has two meanings")
    t.is(hs.from_reason("Method Failure"), 420, "reverse lookup finds it")
    t.is(hs.registry_date(104, hs.DATE_EXPIRES), 20261113, "104 expires 2026-11-13")
    t.is(hs.registry_expired(104, 20261201), true, "... expired on 2026-12-01")
    t.is(hs.registry_expired(104, 20261112), false, "... not on 2026-11-12")
    t.is(hs.registry_expired(104, 20261131), nil, "no 31 November")
    t.is(hs.registry_checked(), 20250915, "registry copy of 2025-09-15")
    t.is(hs.fallback(700), 500, "700 is handled as 500")
    t.is(hs.format_status_line_flags(700, nil, nil, hs.FORMAT_ANY_CODE), "HTTP/1.1 700 \r\n",
         "700 formatted on request")
    t.is(hs.format_status_line(700), nil, "... and not by default")

    -- Every function of the header is a function of the module.
    local header = os.getenv("top_builddir") and io.open(os.getenv("top_builddir") ..
                                                         "/libhttpstatus/httpstatus.h")
    if header then
        local text = header:read("*a")
        header:close()
        local missing = {}
        for fname in text:gmatch("\n[%w ]+%**httpstatus_([%w_]+)%(") do
            if type(hs[fname]) ~= "function" then
                missing[#missing + 1] = fname
            end
        end
        t.is(table.concat(missing, " "), "", "every function of httpstatus.h is in the module")
    end
end

------------------------------------------------------------------------
-- Misuse: wrong types raise "bad argument #N to 'fn' (...)".
------------------------------------------------------------------------

-- Functions that take an integer first.
local INT_FUNCTIONS = { "reason", "name", "description", "spec", "vendor", "fallback",
                        "format_status_line", "class_of", "registry_of", "flags", "next",
                        "strerror", "class_name", "registry_name", "reason_dialect",
                        "is_valid", "is_known", "is_informational", "is_success",
                        "is_redirection", "is_client_error", "is_server_error", "is_error",
                        "is_interim", "is_final", "is_cacheable", "is_no_content", "is_redirect",
                        "is_permanent", "is_temporary", "is_method_preserving", "is_retryable" }

-- Values that are no integer, and the message each gives.  (2^63 and
-- -2^64 are integers beyond every C range: invalid values, not errors, as
-- tests/surfaces compares.)
local function not_integers()
    return {
        { "nil", nil, "number expected, got n[io][%a ]*" },
        { "a table", {}, "number expected, got table" },
        { "a boolean", true, "number expected, got boolean" },
        { "a function", print, "number expected, got function" },
        { "the string 'abc'", "abc", "number expected, got string" },
        { "the string '404.5'", "404.5", "number has no integer representation" },
        { "404.5", 404.5, "number has no integer representation" },
        { "404.7", 404.7, "number has no integer representation" },
        { "math.huge", math.huge, "number has no integer representation" },
        { "-math.huge", -math.huge, "number has no integer representation" },
        { "NaN", 0 / 0, "number has no integer representation" },
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
    t.like(err, "^[^:]*common%.lua:%d+: bad argument #1 to 'reason' %(number expected, got nil%)$",
           "... 'bad argument #1 to 'reason' (number expected, got nil)' at the caller's line")
    ok, err = pcall(function()
        local r = hs.description(404, "nginx")
        return r
    end)
    t.like(err, "bad argument #2 to 'description' %(at most 1 argument expected%)",
           "description(404, 'nginx'): too many arguments")

    for _, v in ipairs(not_integers()) do
        for _, f in ipairs(INT_FUNCTIONS) do
            t.raises(call(hs, f, v[2]), bad(1, v[3]), f .. "(" .. v[1] .. ")")
        end
    end

    -- Integers outside 100-599 are well typed: every query answers.
    for _, v in ipairs({ 0, 99, 600, 1000, -404, BIG, SMALL, 2 ^ 31, -2 ^ 31 - 1 }) do
        for _, f in ipairs(INT_FUNCTIONS) do
            local okf, res = pcall(call(hs, f, v))
            local want
            if f:match("^is_") then
                want = false
            elseif f == "class_of" or f == "flags" then
                want = 0
            elseif f == "registry_of" then
                want = hs.REGISTRY_INVALID
            elseif f == "strerror" then
                want = "unknown error"
            elseif f == "registry_name" and v == 0 then
                want = "unassigned"
            elseif f == "next" then
                want = v < 100 and 100 or nil
            elseif f == "fallback" and v >= 600 and v <= 999 then
                want = 500      -- RFC 9110, Section 15: handled as a 5xx
            end
            t.ok(okf and res == want, string.format("%s(%.0f) answers %s", f, v, t.show(want)),
                 tostring(res))
        end
    end

    -- Dialects.
    local dialects = {
        { "'klingon'", "klingon", 'unknown dialect "klingon"' },
        { "'nginx\\0'", "nginx\0", 'unknown dialect "nginx\\x00"' },
        { "''", "", 'unknown dialect ""' },
        { "1.5", 1.5, "number has no integer representation" },
        { "NaN", 0 / 0, "number has no integer representation" },
        { "a table", {}, "dialect expected, got table" },
        { "true", true, "dialect expected, got boolean" },
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

    -- Bit sets: 0 to 2^32-1.
    for _, f in ipairs({ { "codes", 1 }, { "next", 2 }, { "flag_name", 1 }, { "parse_status_line", 2 } }) do
        local args = f[1] == "next" and { 404 } or f[1] == "parse_status_line" and { "HTTP/1.1 200 OK\r\n" } or {}
        for _, v in ipairs({ { "-1", -1, "bit set 0 to 4294967295 expected, got %-1" },
                             { "2^32", 2 ^ 32, "bit set 0 to 4294967295 expected, got 4294967296" },
                             { "1.5", 1.5, "number has no integer representation" },
                             { "a table", {}, "number expected, got table" } }) do
            args[f[2]] = v[2]
            t.raises(call(hs, f[1], (table.unpack or unpack)(args, 1, f[2])), bad(f[2], v[3]),
                     f[1] .. ": " .. v[1] .. " as a bit set")
        end
    end

    -- Strings.
    for _, v in ipairs({ { "nil", nil, "n[io][%a ]*" }, { "404", 404, "number" },
                         { "a table", {}, "table" } }) do
        for _, f in ipairs({ "from_reason", "match_reason", "parse_status_line", "dialect_from_name" }) do
            t.raises(call(hs, f, v[2]), bad(1, "string expected, got " .. v[3]), f .. "(" .. v[1] .. ")")
        end
    end
    -- Versions.
    for _, v in ipairs({ { "1.1", 1.1, "number" }, { "{1}", { 1 }, "table" },
                         { "{'1', '1'}", { "1", "1" }, "table" }, { "true", true, "boolean" } }) do
        t.raises(call(hs, "format_status_line", 404, nil, v[2]),
                 bad(3, "HTTP version string or {major, minor} expected, got " .. v[3]),
                 "format_status_line(404, nil, " .. v[1] .. ")")
    end

    -- Too many arguments.
    t.raises(call(hs, "reason", 404, nil, 1), bad(3, "at most 2 arguments expected"), "reason(404, nil, 1)")
    t.raises(call(hs, "class_of", 404, 1), bad(2, "at most 1 argument expected"), "class_of(404, 1)")
    t.raises(call(hs, "is_success", 204, 1), bad(2, "at most 1 argument expected"), "is_success(204, 1)")
    t.raises(call(hs, "version", 1), bad(1, "no arguments expected"), "version(1)")
    t.raises(call(hs, "codes", nil, 1), bad(2, "at most 1 argument expected"), "codes(nil, 1)")
    t.raises(call(hs, "from_reason", "OK", 1), bad(2, "at most 1 argument expected"), "from_reason('OK', 1)")
    t.raises(call(hs, "format_status_line", 404, nil, nil, 1), bad(4, "at most 3 arguments expected"),
             "format_status_line(404, nil, nil, 1)")
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
        e.code, e.class, e.fallback = int(e.code), int(e.class), int(e.fallback)
        local c = e.code
        from_cli[c] = true
        local what = tostring(c)
        t.is(hs.reason(c), e.phrase, what .. " reason")
        t.is(hs.name(c), e.name, what .. " name")
        t.is(hs.description(c), e.description, what .. " description")
        t.is(hs.spec(c), e.spec, what .. " spec")
        t.is(hs.vendor(c), opt(e.vendor), what .. " vendor")
        t.is(hs.class_of(c), e.class, what .. " class_of")
        t.is(hs.class_name(hs.class_of(c)), e.class_name, what .. " class_name")
        t.is(hs.registry_name(hs.registry_of(c)), e.registry, what .. " registry")
        t.is(hs.fallback(c), e.fallback, what .. " fallback")
        t.is(hs.is_known(c), true, what .. " is_known")
        -- The flags, by name and by predicate.
        local names, f, bitv, set = {}, hs.flags(c), 1, {}
        for _, n in ipairs(e.flags) do
            set[n] = true
        end
        local agree = true
        while hs.flag_name(bitv) do
            local n = hs.flag_name(bitv)
            if math.floor(f / bitv) % 2 == 1 then
                names[#names + 1] = n
            end
            if hs["is_" .. n:gsub("-", "_")](c) ~= (set[n] == true) then
                agree = false
                t.diag(what .. ": the predicate for " .. n .. " disagrees")
            end
            bitv = bitv * 2
        end
        t.is(table.concat(names, " "), table.concat(e.flags, " "), what .. " flags")
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
    local codes, same = hs.codes(), true
    for i, c in ipairs(codes) do
        same = same and list[i] ~= nil and list[i].code == c
    end
    t.ok(same and #codes == #list, "codes() is the CLI's list")

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
            -- A server dialect: the line that server sends (wire_line),
            -- or the CLI's note that it sends none.
            local want
            if hs.wire_code(list[k].code, d) then
                want = hs.wire_line(list[k].code, d):gsub("\r\n$", "")
                if want == "" then
                    want = line:match("^%(.* sends no status line for " .. list[k].code .. ": ")
                           and line or "(a note that nothing is sent)"
                end
            else
                want = hs.format_status_line(list[k].code, d):gsub("\r\n$", "")
            end
            if line ~= want then
                agree = false
                t.diag(d .. ": CLI says " .. t.show(line) .. ", module " .. t.show(want))
            end
        end
        t.ok(agree and k == #list, "format_status_line or wire_line agrees with the CLI for " .. d)
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
