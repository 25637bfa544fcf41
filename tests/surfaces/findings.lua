-- SPDX-License-Identifier: MIT
-- The findings of check() for each head of tests/surfaces/heads, as
-- findings.py prints them; arg[1] is the module, arg[2] the file.
local hs = require(arg[1])
local versions = { ["0"] = nil, ["10"] = "1.0", ["11"] = "1.1", ["20"] = "2", ["30"] = "3" }
local escapes = { r = "\r", n = "\n", t = "\t", ["0"] = "\0", ["\\"] = "\\" }
local n = 0
for line in io.lines(arg[2]) do
	if line:sub(1, 1) ~= "#" then
		n = n + 1
		local head, method, version = line:match("^(.-)\t([^\t]*)\t([^\t]*)$")
		head = head:gsub("\\x(%x%x)", function(h) return string.char(tonumber(h, 16)) end)
		head = head:gsub("\\(.)", escapes)
		local found = hs.check(head, method ~= "-" and method or nil, versions[version])
		for _, f in ipairs(found) do
			print(table.concat({ n, f.id, hs.severity_name(f.severity), f.line, f.offset,
			                     f.length, f.field or "-" }, "\t"))
		end
	end
end
