# SPDX-License-Identifier: MIT
#
# Derives the Lua-side files from the generated public header, so that
# they follow it and cannot drift:
#
#   awk -v mode=codes -f gen.awk httpstatus.h > codenames.h
#       one HS_LUA_CODE(NAME) line per name and alias of enum
#       httpstatus_code (the Lua 5.4 module makes HTTP_NAME of each);
#
#   awk -v mode=resty -v soname=libhttpstatus.so.0 -v libdir=/usr/lib \
#       -f gen.awk httpstatus.h httpstatus.lua.in > resty/httpstatus.lua
#       the template with @HS_CDEF@ (the header as LuaJIT ffi.cdef text:
#       comments, C++ guards and preprocessor lines removed, integer
#       #defines turned into static const declarations), @HS_CODE_NAMES@,
#       @HS_CONST_NAMES@ (the other enum values and integer #defines),
#       @HS_SONAME@, @HS_LIBDIR@ and @HS_VERSION@ replaced.

function fail(msg) {
	printf "gen.awk: %s\n", msg > "/dev/stderr"
	failed = 1
	exit 1
}

# Appends a quoted, comma-separated Lua list of names[1..n] to out, a few
# names per line.
function lua_list(names, n,    i, line, out) {
	out = ""
	line = "\t"
	for (i = 1; i <= n; i++) {
		if (line != "\t" && length(line) + length(names[i]) > 72) {
			out = out line "\n"
			line = "\t"
		}
		line = line (line == "\t" ? "" : " ") "\"" names[i] "\","
	}
	return out line
}

BEGIN {
	if (mode != "codes" && mode != "resty")
		fail("mode must be codes or resty")
	ncdef = 0; ncodes = 0; nconsts = 0
	in_comment = 0; skip_cplusplus = 0; continued = 0
	major = ""; minor = ""; micro = ""
}

# ---- First file: the header ----------------------------------------
FNR == NR {
	line = $0
	# Remove comments, including those spanning lines.
	out = ""
	while (line != "") {
		if (in_comment) {
			p = index(line, "*/")
			if (p == 0) { line = ""; break }
			line = substr(line, p + 2)
			in_comment = 0
		} else {
			p = index(line, "/*")
			if (p == 0) { out = out line; line = ""; break }
			out = out substr(line, 1, p - 1)
			line = substr(line, p + 2)
			in_comment = 1
		}
	}
	line = out
	sub(/[ \t]+$/, "", line)

	# Preprocessor: continuation lines, the C++ guards, integer #defines.
	if (continued) {
		continued = line ~ /\\$/
		next
	}
	if (line ~ /^[ \t]*#/) {
		continued = line ~ /\\$/
		if (line ~ /^#[ \t]*ifdef[ \t]+__cplusplus/) { skip_cplusplus = 1; next }
		if (line ~ /^#[ \t]*endif/) { skip_cplusplus = 0; next }
		if (line ~ /^#[ \t]*define[ \t]+HTTPSTATUS_[A-Z0-9_]+[ \t]+([0-9]+|HTTPSTATUS_[A-Z0-9_]+)$/) {
			split(line, w, /[ \t]+/)
			name = w[2]; value = w[3]
			if (name == "HTTPSTATUS_VERSION_MAJOR") major = value
			if (name == "HTTPSTATUS_VERSION_MINOR") minor = value
			if (name == "HTTPSTATUS_VERSION_MICRO") micro = value
			cdef[++ncdef] = "static const int " name " = " value ";"
			consts[++nconsts] = substr(name, 12)
		}
		next
	}
	if (skip_cplusplus || line ~ /^[ \t]*$/)
		next

	# Enums: remember which one we are in and collect its names.
	if (line ~ /^enum [a-z_]+ \{$/) {
		current_enum = line
		sub(/^enum /, "", current_enum)
		sub(/ \{$/, "", current_enum)
	} else if (line ~ /^};$/) {
		current_enum = ""
	} else if (current_enum != "" && line ~ /^[ \t]*HTTPSTATUS_[A-Z0-9_]+[ \t]*=/) {
		name = line
		sub(/^[ \t]*HTTPSTATUS_/, "", name)
		sub(/[ \t]*=.*/, "", name)
		if (current_enum == "httpstatus_code")
			codes[++ncodes] = name
		else
			consts[++nconsts] = name
	}
	cdef[++ncdef] = line
	next
}

# ---- Second file (resty mode): the template ------------------------
/@HS_CDEF@/ {
	for (i = 1; i <= ncdef; i++)
		print cdef[i]
	next
}
/@HS_CODE_NAMES@/ { print lua_list(codes, ncodes); next }
/@HS_CONST_NAMES@/ { print lua_list(consts, nconsts); next }
{
	gsub(/@HS_SONAME@/, soname)
	gsub(/@HS_LIBDIR@/, libdir)
	gsub(/@HS_VERSION@/, major "." minor "." micro)
	print
}

END {
	if (failed)
		exit 1
	if (ncodes < 50)
		fail("found only " ncodes " status code names in the header")
	if (major == "" || minor == "" || micro == "")
		fail("no HTTPSTATUS_VERSION_MAJOR/MINOR/MICRO in the header")
	if (mode == "codes") {
		print "/* Generated from httpstatus.h by bindings/lua/gen.awk; do not edit. */"
		for (i = 1; i <= ncodes; i++)
			print "HS_LUA_CODE(" codes[i] ")"
	} else if (soname == "" || libdir == "") {
		fail("resty mode needs -v soname=... -v libdir=...")
	}
}
