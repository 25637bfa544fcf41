-- SPDX-License-Identifier: MIT
--
-- A tour of the httpstatus module for Lua 5.4.  Run it with
--   lua5.4 example.lua
-- once httpstatus.so is on package.cpath (make install puts it there).

local hs = require "httpstatus"

-- Phrases, in the RFC 9110 wording or as a given server sends them.
print(hs.reason(404))                        --> Not Found
print(hs.reason(302, "nginx"))               --> Moved Temporarily
print(hs.description(429))

-- From a phrase back to the code; nil and a message when there is none.
print(hs.from_reason("Request Entity Too Large"))   --> 413
local code, err = hs.from_reason("Totally Fine")
print(code, err)                             --> nil  unknown reason phrase: "Totally Fine"

-- Properties of a code, known or not.
for _, c in ipairs({ 200, 301, 425, 471, 503 }) do
    print(string.format("%d %-20s class %d, error %-5s retryable %-5s cacheable %s",
        c, hs.reason(c) or "(unassigned)", hs.class_of(c), hs.is_error(c),
        hs.is_retryable(c), hs.is_cacheable(c)))
end

-- The ngx.HTTP_* names, complete.
assert(hs.HTTP_TOO_MANY_REQUESTS == 429 and hs.HTTP_NETWORK_AUTHENTICATION_REQUIRED == 511)

-- Status lines.
io.write(hs.format_status_line(hs.GATEWAY_TIMEOUT, "nginx", "1.0"))
local line = hs.parse_status_line("HTTP/1.1 418 I'm a teapot\r\n")
print(line.major .. "." .. line.minor, line.code, line.reason)
print(hs.parse_status_line("HTTP/1.1 20 OK\r\n"))     --> nil, a message, ERR_CODE, offset

-- Every code the library knows that nginx invented.
local nginx_codes = {}
for _, c in ipairs(hs.codes(hs.FILTER_UNOFFICIAL)) do
    if hs.vendor(c) == "nginx" then
        nginx_codes[#nginx_codes + 1] = c .. " " .. hs.reason(c)
    end
end
print(table.concat(nginx_codes, ", "))

-- Numeric strings are codes, as ngx.var.status gives them.
print(hs.reason("503"))                      --> Service Unavailable

-- Misuse is an error, as with Lua's own functions.
print(pcall(hs.reason, 404.5))
