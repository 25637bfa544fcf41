-- SPDX-License-Identifier: MIT
--
-- A strict JSON reader for the tests (Lua 5.4 and LuaJIT): enough to read
-- the output of `httpstatus --json` and the bodies the nginx test receives.
-- JSON null becomes json.null, so that keys with a null value are kept.
-- Raises an error naming the byte offset on malformed input.

local M = { null = setmetatable({}, { __tostring = function() return "null" end }) }

local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f",
                  n = "\n", r = "\r", t = "\t" }

function M.decode(text)
    local pos = 1

    local function fail(what)
        error(string.format("json: %s at byte %d", what, pos), 0)
    end

    local function skip_space()
        pos = text:find("[^ \t\r\n]", pos) or #text + 1
    end

    local value

    local function string_value()
        local out = {}
        pos = pos + 1 -- the opening quote
        while true do
            local c = text:sub(pos, pos)
            if c == "" then
                fail("unterminated string")
            elseif c == '"' then
                pos = pos + 1
                return table.concat(out)
            elseif c == "\\" then
                local e = text:sub(pos + 1, pos + 1)
                if e == "u" then
                    local hex = text:sub(pos + 2, pos + 5)
                    if not hex:match("^%x%x%x%x$") then
                        fail("bad \\u escape")
                    end
                    local n = tonumber(hex, 16)
                    if n > 127 then
                        fail("non-ASCII \\u escape")
                    end
                    out[#out + 1] = string.char(n)
                    pos = pos + 6
                elseif escapes[e] then
                    out[#out + 1] = escapes[e]
                    pos = pos + 2
                else
                    fail("bad escape")
                end
            elseif c:byte() < 32 then
                fail("control character in string")
            else
                local stop = text:find('["\\%c]', pos) or #text + 1
                out[#out + 1] = text:sub(pos, stop - 1)
                pos = stop
            end
        end
    end

    function value()
        skip_space()
        local c = text:sub(pos, pos)
        if c == "{" then
            local obj = {}
            pos = pos + 1
            skip_space()
            if text:sub(pos, pos) == "}" then
                pos = pos + 1
                return obj
            end
            while true do
                skip_space()
                if text:sub(pos, pos) ~= '"' then
                    fail("object key expected")
                end
                local key = string_value()
                skip_space()
                if text:sub(pos, pos) ~= ":" then
                    fail("':' expected")
                end
                pos = pos + 1
                obj[key] = value()
                skip_space()
                c = text:sub(pos, pos)
                pos = pos + 1
                if c == "}" then
                    return obj
                elseif c ~= "," then
                    fail("',' or '}' expected")
                end
            end
        elseif c == "[" then
            local arr = {}
            pos = pos + 1
            skip_space()
            if text:sub(pos, pos) == "]" then
                pos = pos + 1
                return arr
            end
            while true do
                arr[#arr + 1] = value()
                skip_space()
                c = text:sub(pos, pos)
                pos = pos + 1
                if c == "]" then
                    return arr
                elseif c ~= "," then
                    fail("',' or ']' expected")
                end
            end
        elseif c == '"' then
            return string_value()
        elseif text:find("^true", pos) then
            pos = pos + 4
            return true
        elseif text:find("^false", pos) then
            pos = pos + 5
            return false
        elseif text:find("^null", pos) then
            pos = pos + 4
            return M.null
        else
            local num = text:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
            if not num or num == "" or num == "-" then
                fail("value expected")
            end
            pos = pos + #num
            return math.tointeger and math.tointeger(tonumber(num)) or tonumber(num)
        end
    end

    local result = value()
    skip_space()
    if pos <= #text then
        fail("trailing data")
    end
    return result
end

return M
