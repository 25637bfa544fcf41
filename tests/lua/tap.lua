-- SPDX-License-Identifier: MIT
--
-- A small TAP producer for the Lua tests; runs on Lua 5.4 and LuaJIT.
--
--   local t = require "tap"
--   t.is(hs.reason(404), "Not Found", "reason(404)")
--   t.raises(function() hs.reason(nil) end, "integer expected", "reason(nil)")
--   t.done()                -- prints the plan, exits 1 when a check failed
--
-- The plan comes last, so a script that dies early has no plan and the
-- TAP driver reports an error.

local M = {}

local count, failures = 0, 0

local function diag(msg)
    for line in (tostring(msg) .. "\n"):gmatch("([^\n]*)\n") do
        print("# " .. line)
    end
end
M.diag = diag

-- Quotes strings so that "" and nil, " x" and "x" are told apart.
local function show(v)
    if type(v) == "string" then
        return (string.format("%q", v):gsub("\\\n", "\\n"))
    end
    return tostring(v)
end
M.show = show

function M.ok(cond, desc, ...)
    count = count + 1
    desc = (desc or ""):gsub("[\r\n#]", " ")
    if cond then
        print(string.format("ok %d - %s", count, desc))
    else
        failures = failures + 1
        print(string.format("not ok %d - %s", count, desc))
        for i = 1, select("#", ...) do
            diag((select(i, ...)))
        end
    end
    return cond
end

-- got == want; in Lua 5.4 an integer is not a float with the same value.
function M.is(got, want, desc)
    local same = got == want
    if same and math.type and type(want) == "number" then
        same = math.type(got) == math.type(want)
    end
    return M.ok(same, desc, "got:  " .. show(got), "want: " .. show(want))
end

-- Lua pattern match on a string.
function M.like(got, pattern, desc)
    return M.ok(type(got) == "string" and got:find(pattern) ~= nil, desc,
                "got:     " .. show(got), "pattern: " .. pattern)
end

-- fn() must raise an error whose message matches pattern; returns it.
function M.raises(fn, pattern, desc)
    local ok, err = pcall(fn)
    if ok then
        M.ok(false, desc, "no error raised", "pattern: " .. pattern)
        return nil
    end
    M.like(tostring(err), pattern, desc)
    return err
end

-- fn() must not raise; returns its results.
function M.lives(fn, desc)
    local res = { pcall(fn) }
    M.ok(res[1], desc, "error: " .. tostring(res[2]))
    return select(2, (table.unpack or unpack)(res))
end

function M.skip_all(reason)
    print("1..0 # SKIP " .. reason)
    os.exit(0)
end

function M.bail(reason)
    print("Bail out! " .. reason)
    os.exit(1)
end

function M.done()
    if count == 0 then
        M.bail("no checks ran")
    end
    print(string.format("1..%d", count))
    print(string.format("%d passed, %d failed", count - failures, failures))
    os.exit(failures == 0 and 0 or 1)
end

return M
