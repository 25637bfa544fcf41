-- SPDX-License-Identifier: MIT
--
-- resty.httpstatus under LuaJIT (outside nginx): the checks shared with the
-- Lua 5.4 module, then what is particular to the FFI module: the JIT
-- compiles the lookups, Accept negotiation, send_error outside nginx.
-- Run by tests/resty/resty.sh.

local t = require "tap"
local common = require "common"

local hs = common.load(t, "resty.httpstatus", true)

common.api(hs, t)
common.misuse(hs, t)
common.codes(hs, t)

t.like(hs._VERSION, "^%d+%.%d+%.%d+$", "_VERSION")
t.is(hs._VERSION, hs.version(), "_VERSION is the library's version")
t.is(hs.full_status_line, false, "outside nginx there is no ngx.resp.set_status")
t.raises(function() hs.send_error(404) end, "needs OpenResty", "send_error outside nginx")
t.raises(function() hs.send_error(100) end, "final status code 200%-599 expected, got 100",
         "send_error(100)")
t.raises(function() hs.send_error(404.5) end, "final status code 200%-599 expected, got 404.5",
         "send_error(404.5)")
t.raises(function() hs.send_error({}) end, "bad argument #1 to 'send_error' %(number expected, got table%)",
         "send_error({})")
t.raises(function() hs.send_error(404, "json") end, "bad argument #2 to 'send_error' %(table expected",
         "send_error(404, 'json')")
t.raises(function() hs.send_error(404, { format = "xml" }) end, "opts.format must be",
         "send_error(404, { format = 'xml' })")

-- A second require returns the same table, and loading the file again
-- (a new module instance in the same LuaJIT state) does not redeclare the
-- C definitions.
t.ok(require("resty.httpstatus") == hs, "require caches the module")
package.loaded["resty.httpstatus"] = nil
local ok2, hs2 = pcall(require, "resty.httpstatus")
t.ok(ok2 and hs2 ~= hs and hs2.reason(404) == "Not Found", "the module loads twice in one state",
     tostring(hs2))

-- Accept negotiation of send_error (RFC 9110, Section 12.5.1).
local negotiate = hs._negotiate
local browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
local cases = {
    { nil, "json", "json" }, { "", "text", "text" }, { "  ", "html", "html" },
    { browser, "json", "html" },
    { "application/json", "text", "json" },
    { "application/problem+json", "json", "problem" },
    { "application/problem+json, application/json;q=0.9", "json", "problem" },
    { "text/plain", "json", "text" },
    { "text/html", "json", "html" },
    { "*/*", "json", "json" }, { "*/*", "text", "text" }, { "*/*", "problem", "problem" },
    { "text/*;q=0.5, application/json;q=0.4", "json", "html" },
    { "application/json;q=0.9, text/plain", "json", "text" },
    { "application/json; q=1, text/plain; q=0.5", "text", "json" },
    { "application/json;q=0, text/plain", "json", "text" },
    { "application/json;q=0, */*", "json", "problem" },
    { "text/html;q=0, " .. browser, "json", "json" },
    { "text/plain;q=0, */*", "text", "json" },
    { "text/*;q=0, application/*;q=0", "json", "json" },
    { "APPLICATION/JSON", "text", "json" },
    { "text/plain, application/json", "text", "text" },
    { "text/plain, application/json", "json", "json" },
    { "text/html;level=1;q=0.2, text/html;q=0.9, */*;q=0.1", "json", "html" },
    { 'text/plain;x="a,b";q=0.8, application/json;q=0.5', "json", "text" },
    { "text/plain;q=2, application/json;q=0.5", "json", "json" },
    { "image/png", "json", "json" },
    { "garbage", "text", "text" },
    { { "text/plain;q=0.1", "application/json" }, "text", "json" },
}
for _, c in ipairs(cases) do
    local accept = type(c[1]) == "table" and table.concat(c[1], " | ") or tostring(c[1])
    t.is(negotiate(c[1], c[2]), c[3], "Accept " .. accept .. " (default " .. c[2] .. ")")
end

-- Invalid UTF-8 is replaced by U+FFFD; valid text is kept.
local utf8 = hs._valid_utf8
t.is(utf8("caf\195\169 \226\130\172 \240\159\152\128"), "caf\195\169 \226\130\172 \240\159\152\128",
     "valid UTF-8 is kept")
t.is(utf8("\255\254"), "\239\191\189\239\191\189", "ff fe: two U+FFFD")
t.is(utf8("a\192\175b"), "a\239\191\189\239\191\189b", "an overlong '/' is replaced")
t.is(utf8("\237\160\128"), ("\239\191\189"):rep(3), "a surrogate is replaced")
t.is(utf8("\226\130"), ("\239\191\189"):rep(2), "a truncated sequence is replaced")
t.is(utf8("\244\144\128\128"), ("\239\191\189"):rep(4), "past U+10FFFF is replaced")

-- The JIT compiles the lookups: run hot loops and watch for aborted
-- traces in this file or in the module.  A trace that starts at the entry
-- of a small function and runs into the loop around its call aborts with
-- "loop unroll limit reached" and is tried again from the loop: that
-- says where traces start, not that something cannot be compiled.
local function fmt_err(why, info)
    return (why:gsub("%%s", tostring(info)):gsub("%%d", tostring(info)))
end
local jit = require "jit"
local traceerr = require("jit.vmdef").traceerr
local aborts, stops = {}, 0
local function on_trace(what, tr, func, pc, otr, oex)
    local why = type(otr) == "number" and traceerr[otr] or tostring(otr)
    if what == "abort" and not why:find("loop unroll limit", 1, true) then
        local info = require("jit.util").funcinfo(func, pc)
        aborts[#aborts + 1] = tostring(info.loc) .. ": " .. fmt_err(why, oex)
    elseif what == "stop" then
        stops = stops + 1
    end
end
jit.flush()
jit.attach(on_trace, "trace")
local reason, is_success, class_of, description = hs.reason, hs.is_success, hs.class_of, hs.description
local sink = 0
for _ = 1, 200000 do
    sink = sink + #reason(404) + #reason(302, "nginx") + class_of(503) + #description(429)
    if is_success(204) then
        sink = sink + 1
    end
    if hs.is_retryable(503) then
        sink = sink + 1
    end
end
jit.attach(on_trace)
t.ok(sink > 0, "the hot loop ran")
t.ok(jit.status(), "the JIT is on")
t.ok(stops > 0, "traces were compiled", stops)
t.ok(#aborts == 0, "no trace aborted in the hot loop", table.concat(aborts, "\n"))

t.done()
