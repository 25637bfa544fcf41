/* SPDX-License-Identifier: MIT */
/*
 * lua/lua.i - the Lua 5.4 side of the SWIG interface.
 *
 * Included by ../httpstatus.i before the public header.  It makes the
 * module behave like a Lua library rather than a C one:
 *
 *  - arguments are checked the way luaL_check* checks them, and misuse
 *    raises "bad argument #N to 'fn' (...)": a status code must be a Lua
 *    integer (or a float with an exact integer value); strings, nil,
 *    tables, 404.5, NaN, inf and 2^63 are errors, never truncated;
 *  - functions that look a code up (reason, description, spec, name,
 *    vendor, fallback, format_status_line) need a code in 100-599 and
 *    raise an error outside it; functions that classify a number (class,
 *    registry, flags, next and the is_* predicates) accept any integer;
 *  - dialects are accepted by name ("nginx") or as DIALECT_* constants;
 *  - integers come back as Lua integers, unknown answers as nil, and the
 *    functions that can fail on bad data (from_reason, parse_status_line)
 *    return nil plus a message, the Lua convention;
 *  - strings are taken with their length, so an embedded NUL is seen;
 *  - HTTP_<NAME> constants (hs.HTTP_NOT_FOUND == 404, as ngx.HTTP_* in
 *    OpenResty) exist for every code enum name and alias, generated from
 *    the public header.
 */

/*
 * The enum types keep their C names: their stripped names (class,
 * registry) belong to the functions httpstatus_class_of() and
 * httpstatus_registry_of().  Enum types have no value in Lua anyway.
 */
%rename("%s", %$isenum) "";

%{
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <lauxlib.h>

/* The entry point require() calls, defined by SWIG at the end. */
SWIGEXPORT int luaopen_httpstatus(lua_State *L);

/*
 * SWIG counts the arguments before it converts them.  The converters
 * below check each argument themselves (a missing one is "no value", as
 * in luaL_check*), so only a call with too many arguments is refused here.
 */
#undef SWIG_check_num_args
#define SWIG_check_num_args(func_name, a, b) \
	if (lua_gettop(L) > (b)) \
		hs_lua_too_many(L, (b));

static int hs_lua_too_many(lua_State *L, int max)
{
	return luaL_argerror(L, max + 1,
	                     max == 0 ? "no arguments expected" :
	                     lua_pushfstring(L, "at most %d argument%s expected",
	                                     max, max == 1 ? "" : "s"));
}

/* An integer argument, as luaL_checkinteger but refusing strings. */
static lua_Integer hs_lua_checkinteger(lua_State *L, int arg)
{
	lua_Integer v;
	int ok;

	if (lua_type(L, arg) != LUA_TNUMBER)
		luaL_typeerror(L, arg, "integer");
	v = lua_tointegerx(L, arg, &ok);
	if (!ok)
		luaL_argerror(L, arg, "number has no integer representation");
	return v;
}

/* A status code for a lookup: an integer in 100-599. */
static int hs_lua_checkstatus(lua_State *L, int arg)
{
	lua_Integer v = hs_lua_checkinteger(L, arg);

	if (v < HTTPSTATUS_MIN || v > HTTPSTATUS_MAX)
		luaL_argerror(L, arg, lua_pushfstring(L, "status code %d-%d expected, got %I",
		                                      HTTPSTATUS_MIN, HTTPSTATUS_MAX,
		                                      (LUAI_UACINT)v));
	return (int)v;
}

/*
 * Any integer, for the functions that classify numbers.  Values outside
 * the range of int are no status codes, so clamping them to INT_MIN or
 * INT_MAX keeps the answer the library gives for every invalid code.
 */
static int hs_lua_checkanyint(lua_State *L, int arg)
{
	lua_Integer v = hs_lua_checkinteger(L, arg);

	if (v < INT_MIN)
		return INT_MIN;
	if (v > INT_MAX)
		return INT_MAX;
	return (int)v;
}

/* A string and its length; refuses numbers, which Lua would convert. */
static const char *hs_lua_checkstring(lua_State *L, int arg, size_t *len)
{
	if (lua_type(L, arg) != LUA_TSTRING)
		luaL_typeerror(L, arg, "string");
	return lua_tolstring(L, arg, len);
}

/* A dialect: a name, a DIALECT_* value, or nil/none for the default. */
static int hs_lua_checkdialect(lua_State *L, int arg)
{
	const char *s;
	lua_Integer v;
	size_t len;
	int d;

	switch (lua_type(L, arg)) {
	case LUA_TNONE:
	case LUA_TNIL:
		return HTTPSTATUS_DIALECT_DEFAULT;
	case LUA_TSTRING:
		s = lua_tolstring(L, arg, &len);
		d = strlen(s) == len ? httpstatus_dialect_from_name(s) : HTTPSTATUS_ERR_INVALID;
		if (d < 0)
			luaL_argerror(L, arg, lua_pushfstring(L, "unknown dialect '%s'", s));
		return d;
	case LUA_TNUMBER:
		v = hs_lua_checkinteger(L, arg);
		if (v < 0 || v > INT_MAX || httpstatus_dialect_name((int)v) == NULL)
			luaL_argerror(L, arg, lua_pushfstring(L, "unknown dialect %I",
			                                      (LUAI_UACINT)v));
		return (int)v;
	default:
		return luaL_typeerror(L, arg, "dialect name or number");
	}
}

/* An iteration filter: "all", "iana", "unofficial", a FILTER_* value, or
 * nil/none for all codes. */
static unsigned int hs_lua_checkfilter(lua_State *L, int arg)
{
	static const char *const names[] = { "all", "iana", "unofficial", NULL };
	static const unsigned int values[] = {
		HTTPSTATUS_FILTER_ALL, HTTPSTATUS_FILTER_IANA, HTTPSTATUS_FILTER_UNOFFICIAL
	};
	lua_Integer v;

	switch (lua_type(L, arg)) {
	case LUA_TNONE:
	case LUA_TNIL:
		return HTTPSTATUS_FILTER_ALL;
	case LUA_TSTRING:
		return values[luaL_checkoption(L, arg, NULL, names)];
	case LUA_TNUMBER:
		v = hs_lua_checkinteger(L, arg);
		if (v <= 0 || (v & ~(lua_Integer)HTTPSTATUS_FILTER_ALL) != 0)
			luaL_argerror(L, arg, lua_pushfstring(L, "unknown filter %I",
			                                      (LUAI_UACINT)v));
		return (unsigned int)v;
	default:
		return (unsigned int)luaL_typeerror(L, arg, "filter name or number");
	}
}

/* An HTTP version "M.m" (single digits), or nil/none for "1.1". */
static void hs_lua_checkversion(lua_State *L, int arg, int *major, int *minor)
{
	const char *s;
	size_t len;

	*major = 1;
	*minor = 1;
	if (lua_isnoneornil(L, arg))
		return;
	s = hs_lua_checkstring(L, arg, &len);
	if (len != 3 || s[0] < '0' || s[0] > '9' || s[1] != '.' || s[2] < '0' || s[2] > '9')
		luaL_argerror(L, arg, lua_pushfstring(L, "HTTP version like \"1.1\" expected, got \"%s\"", s));
	*major = s[0] - '0';
	*minor = s[2] - '0';
}
%}

/* ------------------------------------------------------------------ */
/* Typemaps: the parameter name says what an int means.               */
/* ------------------------------------------------------------------ */

/* The ints that take any integer. */
%typemap(in) int code, int error, int cls, int registry
	"$1 = hs_lua_checkanyint(L, $input);"

/* A status code to look up: 100-599. */
%typemap(in) int status "$1 = hs_lua_checkstatus(L, $input);"

/* A flag bit: any integer; outside the range of unsigned int it names no
 * flag, and 0 names none either. */
%typemap(in) unsigned int flag {
	lua_Integer v = hs_lua_checkinteger(L, $input);
	$1 = v < 0 || (lua_Integer)(unsigned int)v != v ? 0u : (unsigned int)v;
}

%typemap(in) int dialect "$1 = hs_lua_checkdialect(L, $input);"
%typemap(in) unsigned int filter "$1 = hs_lua_checkfilter(L, $input);"

/* Names of dialects: a string without NUL bytes. */
%typemap(in) const char *name {
	size_t len;
	$1 = (char *)hs_lua_checkstring(L, $input, &len);
	if (strlen($1) != len)
		luaL_argerror(L, $input, "string contains a NUL byte");
}

/* Numbers come back as Lua integers, not floats. */
%typemap(out) int, unsigned int "lua_pushinteger(L, (lua_Integer)$1); SWIG_arg++;"

/* A code, or nil when there is none. */
%{ typedef int hs_lua_code_or_nil; %}
typedef int hs_lua_code_or_nil;
%typemap(out) hs_lua_code_or_nil {
	if ($1 >= 0)
		lua_pushinteger(L, $1);
	else
		lua_pushnil(L);
	SWIG_arg++;
}

/* dialect_from_name(): the dialect, or nil and a message. */
%typemap(out) int httpstatus_dialect_from_name {
	if ($1 >= 0) {
		lua_pushinteger(L, $1);
		SWIG_arg++;
	} else {
		lua_pushnil(L);
		lua_pushfstring(L, "unknown dialect '%s'", arg1);
		SWIG_arg += 2;
	}
}

/* ------------------------------------------------------------------ */
/* Functions reworked for Lua: checked arguments, Lua answers         */
/* ------------------------------------------------------------------ */

/* Replaced below by versions that check their arguments as Lua does. */
%ignore httpstatus_reason;
%ignore httpstatus_reason_dialect;
%ignore httpstatus_name;
%ignore httpstatus_description;
%ignore httpstatus_spec;
%ignore httpstatus_vendor;
%ignore httpstatus_fallback;
%ignore httpstatus_from_reason;
%ignore httpstatus_match_reason;
%ignore httpstatus_next;
%ignore httpstatus_format_status_line;
%ignore httpstatus_parse_status_line;

%define HS_LUA_WRAP(NAME)
%rename(NAME) hs_lua_##NAME;
%enddef

HS_LUA_WRAP(fallback)
HS_LUA_WRAP(next)
HS_LUA_WRAP(format_status_line)
HS_LUA_WRAP(is_valid)
HS_LUA_WRAP(is_known)
HS_LUA_WRAP(is_informational)
HS_LUA_WRAP(is_success)
HS_LUA_WRAP(is_redirection)
HS_LUA_WRAP(is_client_error)
HS_LUA_WRAP(is_server_error)
HS_LUA_WRAP(is_error)
HS_LUA_WRAP(is_interim)
HS_LUA_WRAP(is_final)
HS_LUA_WRAP(is_cacheable)
HS_LUA_WRAP(is_redirect)
HS_LUA_WRAP(is_permanent)
HS_LUA_WRAP(is_temporary)
HS_LUA_WRAP(is_method_preserving)
HS_LUA_WRAP(is_retryable)
HS_LUA_WRAP(has_content)
HS_LUA_WRAP(has_flag)

%{
static int hs_lua_fallback(int status) { return httpstatus_fallback(status); }

static hs_lua_code_or_nil hs_lua_next(int code, unsigned int filter)
{
	return httpstatus_next(code, filter);
}
%}

int hs_lua_fallback(int status);
hs_lua_code_or_nil hs_lua_next(int code, unsigned int filter);

/*
 * reason, name, description, spec and vendor are written by hand: each is
 * a C closure whose upvalue caches the Lua strings per code (index code -
 * 99; false for "none"), so that a lookup pushes a string that already
 * exists instead of hashing and interning it again.  Their arguments are
 * checked as the typemaps above check them.
 */
%{
/* Pushes the cached answer of get(code), filling the cache on a miss. */
static int hs_lua_cached(lua_State *L, int code, const char *(*get)(int))
{
	lua_Integer slot = code - HTTPSTATUS_MIN + 1;
	const char *s;

	switch (lua_rawgeti(L, lua_upvalueindex(1), slot)) {
	case LUA_TSTRING:
		return 1;
	case LUA_TBOOLEAN:
		lua_pushnil(L);
		return 1;
	default:
		lua_pop(L, 1);
		break;
	}
	s = get(code);
	if (s == NULL) {
		lua_pushboolean(L, 0);
		lua_rawseti(L, lua_upvalueindex(1), slot);
		lua_pushnil(L);
		return 1;
	}
	lua_pushstring(L, s);
	lua_pushvalue(L, -1);
	lua_rawseti(L, lua_upvalueindex(1), slot);
	return 1;
}

/* The fast path: one argument, an integer in 100-599. */
static int hs_lua_fast_status(lua_State *L, int *code)
{
	lua_Integer v;
	int ok;

	if (lua_type(L, 1) != LUA_TNUMBER)
		return 0;
	v = lua_tointegerx(L, 1, &ok);
	if (!ok || v < HTTPSTATUS_MIN || v > HTTPSTATUS_MAX)
		return 0;
	*code = (int)v;
	return 1;
}

/* reason(code [, dialect]) */
static int hs_lua_reason(lua_State *L)
{
	int top = lua_gettop(L), code, dialect;
	const char *s;

	if (top <= 1 && hs_lua_fast_status(L, &code))
		return hs_lua_cached(L, code, httpstatus_reason);
	if (top > 2)
		return hs_lua_too_many(L, 2);
	code = hs_lua_checkstatus(L, 1);
	dialect = hs_lua_checkdialect(L, 2);
	if (dialect == HTTPSTATUS_DIALECT_DEFAULT)
		return hs_lua_cached(L, code, httpstatus_reason);
	s = httpstatus_reason_dialect(code, dialect);
	if (s != NULL)
		lua_pushstring(L, s);
	else
		lua_pushnil(L);
	return 1;
}

/* name(code), description(code), spec(code), vendor(code) */
#define HS_LUA_CACHED_LOOKUP(NAME) \
	static int hs_lua_##NAME(lua_State *L) \
	{ \
		int code; \
		if (lua_gettop(L) > 1) \
			return hs_lua_too_many(L, 1); \
		if (!hs_lua_fast_status(L, &code)) \
			code = hs_lua_checkstatus(L, 1); \
		return hs_lua_cached(L, code, httpstatus_##NAME); \
	}
HS_LUA_CACHED_LOOKUP(name)
HS_LUA_CACHED_LOOKUP(description)
HS_LUA_CACHED_LOOKUP(spec)
HS_LUA_CACHED_LOOKUP(vendor)

/* Adds fn to the module table on the top of the stack, with a new cache. */
static void hs_lua_add_cached(lua_State *L, const char *name, lua_CFunction fn)
{
	lua_createtable(L, HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1, 0);
	lua_pushcclosure(L, fn, 1);
	lua_setfield(L, -2, name);
}
%}

%init %{
	/* The module table is on the top of the stack here. */
	hs_lua_add_cached(L, "reason", hs_lua_reason);
	hs_lua_add_cached(L, "name", hs_lua_name);
	hs_lua_add_cached(L, "description", hs_lua_description);
	hs_lua_add_cached(L, "spec", hs_lua_spec);
	hs_lua_add_cached(L, "vendor", hs_lua_vendor);
%}

/* ------------------------------------------------------------------ */
/* Predicates: any integer, true or false                              */
/* ------------------------------------------------------------------ */

%{
static bool hs_lua_class_is(int code, int cls) { return httpstatus_class_of(code) == cls; }
static bool hs_lua_flag_is(int code, unsigned int flag) { return (httpstatus_flags(code) & flag) != 0; }

static bool hs_lua_is_valid(int code) { return httpstatus_class_of(code) != HTTPSTATUS_CLASS_INVALID; }
static bool hs_lua_is_known(int code) { return httpstatus_name(code) != NULL; }
static bool hs_lua_is_informational(int code) { return hs_lua_class_is(code, HTTPSTATUS_CLASS_INFORMATIONAL); }
static bool hs_lua_is_success(int code) { return hs_lua_class_is(code, HTTPSTATUS_CLASS_SUCCESS); }
static bool hs_lua_is_redirection(int code) { return hs_lua_class_is(code, HTTPSTATUS_CLASS_REDIRECTION); }
static bool hs_lua_is_client_error(int code) { return hs_lua_class_is(code, HTTPSTATUS_CLASS_CLIENT_ERROR); }
static bool hs_lua_is_server_error(int code) { return hs_lua_class_is(code, HTTPSTATUS_CLASS_SERVER_ERROR); }
static bool hs_lua_is_error(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_ERROR); }
static bool hs_lua_is_interim(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_INTERIM); }
static bool hs_lua_is_final(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_FINAL); }
static bool hs_lua_is_cacheable(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_CACHEABLE); }
static bool hs_lua_is_redirect(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_REDIRECT); }
static bool hs_lua_is_permanent(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_PERMANENT); }
static bool hs_lua_is_temporary(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_TEMPORARY); }
static bool hs_lua_is_method_preserving(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_METHOD_PRESERVING); }
static bool hs_lua_is_retryable(int code) { return hs_lua_flag_is(code, HTTPSTATUS_FLAG_RETRYABLE); }

/* A valid code whose response may carry content: not 1xx, 204, 205, 304. */
static bool hs_lua_has_content(int code)
{
	return hs_lua_is_valid(code) && !hs_lua_flag_is(code, HTTPSTATUS_FLAG_NO_CONTENT);
}

/* has_flag(code, flag): flag is one FLAG_* bit or a flag name. */
static bool hs_lua_has_flag(int code, unsigned int one_flag)
{
	return hs_lua_flag_is(code, one_flag);
}

/* A single flag bit, given as a FLAG_* value or as its name. */
static unsigned int hs_lua_checkflag(lua_State *L, int arg)
{
	unsigned int bit;
	lua_Integer v;
	const char *s;
	size_t len;

	if (lua_type(L, arg) == LUA_TSTRING) {
		s = lua_tolstring(L, arg, &len);
		for (bit = 1; httpstatus_flag_name(bit) != NULL; bit <<= 1)
			if (strlen(s) == len && strcmp(httpstatus_flag_name(bit), s) == 0)
				return bit;
		return (unsigned int)luaL_argerror(L, arg, lua_pushfstring(L, "unknown flag '%s'", s));
	}
	v = hs_lua_checkinteger(L, arg);
	if (v <= 0 || v > UINT_MAX || httpstatus_flag_name((unsigned int)v) == NULL)
		luaL_argerror(L, arg, lua_pushfstring(L, "unknown flag %I", (LUAI_UACINT)v));
	return (unsigned int)v;
}
%}

%typemap(in) unsigned int one_flag "$1 = hs_lua_checkflag(L, $input);"

bool hs_lua_is_valid(int code);
bool hs_lua_is_known(int code);
bool hs_lua_is_informational(int code);
bool hs_lua_is_success(int code);
bool hs_lua_is_redirection(int code);
bool hs_lua_is_client_error(int code);
bool hs_lua_is_server_error(int code);
bool hs_lua_is_error(int code);
bool hs_lua_is_interim(int code);
bool hs_lua_is_final(int code);
bool hs_lua_is_cacheable(int code);
bool hs_lua_is_redirect(int code);
bool hs_lua_is_permanent(int code);
bool hs_lua_is_temporary(int code);
bool hs_lua_is_method_preserving(int code);
bool hs_lua_is_retryable(int code);
bool hs_lua_has_content(int code);
bool hs_lua_has_flag(int code, unsigned int one_flag);

/* ------------------------------------------------------------------ */
/* Status lines                                                        */
/* ------------------------------------------------------------------ */

%typemap(in) (int major, int minor) "hs_lua_checkversion(L, $input, &$1, &$2);"

/* format_status_line(code [, dialect [, version]]): "HTTP/1.1 404 Not
 * Found\r\n".  The line is built in the wrapper, so a Lua string is
 * returned directly. */
%typemap(out) hs_lua_status_line {
	luaL_Buffer b;
	char *p;

	/* The first call measured the line; this one writes it. */
	p = luaL_buffinitsize(L, &b, (size_t)$1 + 1);
	httpstatus_format_status_line(p, (size_t)$1 + 1, arg3, arg4, arg1, arg2);
	luaL_pushresultsize(&b, (size_t)$1);
	SWIG_arg++;
}
%{
typedef int hs_lua_status_line;

static hs_lua_status_line hs_lua_format_status_line(int status, int dialect, int major, int minor)
{
	/* All arguments are valid here, so this cannot fail. */
	return httpstatus_format_status_line(NULL, 0, major, minor, status, dialect);
}
%}
typedef int hs_lua_status_line;
hs_lua_status_line hs_lua_format_status_line(int status, int dialect, int major, int minor);

/* ------------------------------------------------------------------ */
/* Hand-written functions: several results, or nil plus a message      */
/* ------------------------------------------------------------------ */

%{
/* from_reason(phrase): the code, or nil and a message. */
static int hs_lua_from_reason(lua_State *L)
{
	size_t len;
	const char *phrase;
	int code;

	if (lua_gettop(L) > 1)
		return hs_lua_too_many(L, 1);
	phrase = hs_lua_checkstring(L, 1, &len);
	code = httpstatus_match_reason(phrase, len, NULL);
	if (code >= 0) {
		lua_pushinteger(L, code);
		return 1;
	}
	lua_pushnil(L);
	lua_pushstring(L, httpstatus_strerror(code));
	return 2;
}

/*
 * parse_status_line(data [, flags]): version ("1.1"), code, reason and the
 * number of bytes the line takes; or nil and a message such as "status
 * line: bad HTTP-version at byte 6" (bytes counted from 1).
 */
static int hs_lua_parse_status_line(lua_State *L)
{
	const char *data, *reason = NULL;
	size_t len, reason_len = 0, end = 0;
	int major = 0, minor = 0, code = 0, rc;
	lua_Integer flags = 0;

	if (lua_gettop(L) > 2)
		return hs_lua_too_many(L, 2);
	data = hs_lua_checkstring(L, 1, &len);
	if (!lua_isnoneornil(L, 2)) {
		flags = hs_lua_checkinteger(L, 2);
		if (flags < 0 || (flags & ~(lua_Integer)(HTTPSTATUS_PARSE_TOLERANT | HTTPSTATUS_PARSE_NO_EOL)) != 0)
			return luaL_argerror(L, 2, lua_pushfstring(L, "unknown parse flags %I",
			                                           (LUAI_UACINT)flags));
	}
	rc = httpstatus_parse_status_line(data, len, (unsigned int)flags, &major, &minor,
	                                  &code, &reason, &reason_len, &end);
	if (rc < 0) {
		lua_pushnil(L);
		switch (rc) {
		case HTTPSTATUS_ERR_VERSION:
		case HTTPSTATUS_ERR_CODE:
		case HTTPSTATUS_ERR_SYNTAX:
		case HTTPSTATUS_ERR_REASON:
		case HTTPSTATUS_ERR_LINE_END:
			lua_pushfstring(L, "%s at byte %d", httpstatus_strerror(rc), (int)end + 1);
			break;
		default:
			lua_pushstring(L, httpstatus_strerror(rc));
			break;
		}
		return 2;
	}
	lua_pushfstring(L, "%d.%d", major, minor);
	lua_pushinteger(L, code);
	lua_pushlstring(L, reason, reason_len);
	lua_pushinteger(L, (lua_Integer)end);
	return 4;
}

/* The step of codes(): (filter, previous code) -> next code or nothing. */
static int hs_lua_codes_step(lua_State *L)
{
	unsigned int filter = (unsigned int)lua_tointeger(L, 1);
	lua_Integer prev = lua_tointeger(L, 2);
	int next;

	next = httpstatus_next(prev < INT_MIN ? INT_MIN : prev > INT_MAX ? INT_MAX : (int)prev,
	                       filter);
	if (next < 0)
		return 0;
	lua_pushinteger(L, next);
	return 1;
}

/* codes([filter]): for code in hs.codes() do ... end, in increasing order. */
static int hs_lua_codes(lua_State *L)
{
	unsigned int filter;

	if (lua_gettop(L) > 1)
		return hs_lua_too_many(L, 1);
	filter = hs_lua_checkfilter(L, 1);
	lua_pushcfunction(L, hs_lua_codes_step);
	lua_pushinteger(L, (lua_Integer)filter);
	lua_pushinteger(L, 0);
	return 3;
}
%}

%native(from_reason) int hs_lua_from_reason(lua_State *L);
%native(parse_status_line) int hs_lua_parse_status_line(lua_State *L);
%native(codes) int hs_lua_codes(lua_State *L);

/* ------------------------------------------------------------------ */
/* HTTP_* names, as OpenResty's ngx.HTTP_*                             */
/* ------------------------------------------------------------------ */

%init %{
	/*
	 * SWIG's start-up code sets the globals swig_type and swig_equals, for
	 * wrapped C++ objects; this module has none, and require() should not
	 * change _G.  The globals table is just below the module table.
	 */
	lua_getfield(L, -2, "swig_type");
	if (lua_tocfunction(L, -1) == SWIG_Lua_type) {
		lua_pushnil(L);
		lua_setfield(L, -4, "swig_type");
	}
	lua_pop(L, 1);
	lua_getfield(L, -2, "swig_equals");
	if (lua_tocfunction(L, -1) == SWIG_Lua_class_equal) {
		lua_pushnil(L);
		lua_setfield(L, -4, "swig_equals");
	}
	lua_pop(L, 1);

	/* codenames.h is
	 * generated from the enum httpstatus_code in the public header: one
	 * HS_LUA_CODE(NAME) line per name and alias. */
#define HS_LUA_CODE(NAME) \
	lua_pushinteger(L, HTTPSTATUS_##NAME); \
	lua_setfield(L, -2, "HTTP_" #NAME);
#include "codenames.h"
#undef HS_LUA_CODE
%}
