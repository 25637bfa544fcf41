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
t.raises(function() hs.send_error(200) end, "error status code 400%-599 expected, got 200",
         "send_error(200)")
t.raises(function() hs.send_error(404, "json") end, "bad argument #2 to 'send_error' %(table expected",
         "send_error(404, 'json')")

-- A second require returns the same table, and loading the file again
-- (a new module instance in the same LuaJIT state) does not redeclare the
-- C definitions.
t.ok(require("resty.httpstatus") == hs, "require caches the module")
package.loaded["resty.httpstatus"] = nil
local ok2, hs2 = pcall(require, "resty.httpstatus")
t.ok(ok2 and hs2 ~= hs and hs2.reason(404) == "Not Found", "the module loads twice in one state",
     tostring(hs2))

-- Accept negotiation of send_error: "json" or "text".
local negotiate = hs._negotiate
local cases = {
    { nil, "json", "json" }, { "", "text", "text" },
    { "application/json", "text", "json" },
    { "text/plain", "json", "text" },
    { "*/*", "json", "json" }, { "*/*", "text", "text" },
    { "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json", "json" },
    { "text/*;q=0.5, application/json;q=0.4", "json", "text" },
    { "application/json;q=0.9, text/plain", "json", "text" },
    { "application/json; q=1, text/plain; q=0.5", "text", "json" },
    { "text/plain;q=0, */*", "text", "json" },
    { "APPLICATION/JSON", "text", "json" },
    { "text/plain, application/json", "text", "text" },
    { "text/plain, application/json", "json", "json" },
    { "image/png", "json", "json" },
    { "garbage", "text", "text" },
    { { "text/plain;q=0.1", "application/json" }, "text", "json" },
}
for _, c in ipairs(cases) do
    local accept = type(c[1]) == "table" and table.concat(c[1], " | ") or tostring(c[1])
    t.is(negotiate(c[1], c[2]), c[3], "Accept " .. accept .. " (default " .. c[2] .. ")")
end

-- The JIT compiles the lookups: run hot loops and watch for aborted
-- traces in this file or in the module.
local jit = require "jit"
local aborts, stops = {}, 0
local function on_trace(what, tr, func, pc, otr, oex)
    if what == "abort" then
        local info = require("jit.util").funcinfo(func, pc)
        aborts[#aborts + 1] = tostring(info.loc) .. ": " .. tostring(oex)
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
t.is(#aborts, 0, "no trace aborted in the hot loop", table.concat(aborts, "\n"))

t.done()
