/* SPDX-License-Identifier: MIT */
/*
 * lua/lua.i - the Lua 5.4 side of the SWIG interface.
 *
 * SWIG makes a raw backend here: each C function with C's semantics and no
 * checks of its own.  The module that require("httpstatus") returns is
 * bindings/lua/api.lua, run over that backend when the module is opened;
 * it checks the arguments and shapes the answers, for Lua 5.4 and LuaJIT
 * alike.  The typemaps are by type, so they hold for every function of
 * the header that uses the type.
 */

%{
#include <lauxlib.h>
#include "api.h"

/* The entry point require() calls, defined by SWIG. */
SWIGEXPORT int luaopen_httpstatus(lua_State *L);
%}

/* Enum tags are not wrapped; their stripped names would take those of
 * functions (enum httpstatus_field_status, httpstatus_field_status()). */
%rename("%s", %$isenum) "";

/* Numbers: api.lua passes integers already checked and clamped. */
%typemap(in) int, unsigned int "$1 = ($1_ltype)lua_tointeger(L, $input);"
%typemap(out) int, unsigned int "lua_pushinteger(L, (lua_Integer)$1); SWIG_arg++;"

/*
 * The header's pointer-and-length pairs.  SWIG matches a typemap of two
 * parameters by their names too, so the typemaps are written once for
 * placeholder names and applied to the pairs of the header by %apply.
 */

/* Text with its length: the whole Lua string, NUL bytes included. */
%typemap(in) (const char *TEXT, size_t LENGTH) "$1 = ($1_ltype)lua_tolstring(L, $input, &$2);"
%apply (const char *TEXT, size_t LENGTH) { (const char *phrase, size_t len), (const char *buf, size_t len) };

/* Out-parameters are further results, after the return value. */
%typemap(in, numinputs=0) int * (int temp = 0) "$1 = &temp;"
%typemap(argout) int * "lua_pushinteger(L, *$1); SWIG_arg++;"
%typemap(in, numinputs=0) size_t * (size_t temp = 0) "$1 = &temp;"
%typemap(argout) size_t * "lua_pushinteger(L, (lua_Integer)*$1); SWIG_arg++;"

/* A text result as a pointer and a length: a string, or nil. */
%typemap(in, numinputs=0) (const char **TEXT, size_t *LENGTH) (const char *s = NULL, size_t n = 0)
	"$1 = ($1_ltype)&s; $2 = &n;"
%typemap(argout) (const char **TEXT, size_t *LENGTH) {
	if (*$1)
		lua_pushlstring(L, *$1, *$2);
	else
		lua_pushnil(L);
	SWIG_arg++;
}
%apply (const char **TEXT, size_t *LENGTH) { (const char **reason, size_t *reason_len) };

/* An output buffer and its size: the text written, up to its NUL. */
%typemap(in, numinputs=0) (char *BUFFER, size_t SIZE) (char buf[HTTPSTATUS_PHRASE_MAX + 32]) {
	$1 = buf;
	$2 = sizeof buf;
	buf[0] = 0;
}
%typemap(argout) (char *BUFFER, size_t SIZE) "lua_pushstring(L, $1); SWIG_arg++;"
%apply (char *BUFFER, size_t SIZE) { (char *buf, size_t size) };

/*
 * Arrays of results (rules of a code, findings of a head): the library
 * fills a caller's array and returns how many there are in all.  The
 * array is on the wrapper's stack, large enough for any code's rules and
 * for the findings of all but pathological heads; the answer is the
 * total, then a Lua array of tables of what fitted (api.lua says when
 * some did not).
 */
%define HS_LUA_ARRAY(TYPE, CAP, PUSH)
%typemap(in, numinputs=0) (TYPE *ARRAY, size_t COUNT) (TYPE temp[CAP]) {
	$1 = temp;
	$2 = CAP;
}
%typemap(argout) (TYPE *ARRAY, size_t COUNT) {
	int i_, n_ = result < 0 ? 0 : result > (int)$2 ? (int)$2 : result;

	lua_createtable(L, n_, 0);
	for (i_ = 0; i_ < n_; i_++) {
		PUSH(L, &$1[i_]);
		lua_rawseti(L, -2, i_ + 1);
	}
	SWIG_arg++;
}
%enddef

%{
static void hs_lua_field(lua_State *L, const char *key, const char *value)
{
	if (value) {
		lua_pushstring(L, value);
		lua_setfield(L, -2, key);
	}
}

static void hs_lua_int(lua_State *L, const char *key, lua_Integer value)
{
	lua_pushinteger(L, value);
	lua_setfield(L, -2, key);
}

static void hs_lua_push_rule(lua_State *L, const struct httpstatus_rule *r)
{
	lua_createtable(L, 0, 7);
	hs_lua_field(L, "field", r->field);
	hs_lua_int(L, "strength", r->strength);
	hs_lua_field(L, "condition", r->condition);
	hs_lua_field(L, "spec", r->spec);
	hs_lua_field(L, "message", r->message);
	hs_lua_field(L, "id", r->id);
	hs_lua_int(L, "severity", r->severity);
}

static void hs_lua_push_finding(lua_State *L, const struct httpstatus_finding *f)
{
	lua_createtable(L, 0, 9);
	hs_lua_field(L, "id", f->id);
	hs_lua_int(L, "severity", f->severity);
	hs_lua_int(L, "line", f->line);
	hs_lua_int(L, "offset", (lua_Integer)f->offset);
	hs_lua_int(L, "length", (lua_Integer)f->length);
	hs_lua_field(L, "message", f->message);
	hs_lua_field(L, "spec", f->spec);
	hs_lua_field(L, "field", f->field);
	hs_lua_field(L, "detail", f->detail);
}
%}

HS_LUA_ARRAY(struct httpstatus_rule, 64, hs_lua_push_rule)
HS_LUA_ARRAY(struct httpstatus_finding, 256, hs_lua_push_finding)
%apply (struct httpstatus_rule *ARRAY, size_t COUNT) { (struct httpstatus_rule *rules, size_t n) };
%apply (struct httpstatus_finding *ARRAY, size_t COUNT) { (struct httpstatus_finding *findings, size_t n) };
%apply (const char *TEXT, size_t LENGTH) { (const char *head, size_t len) };

/* Text that may be absent: nil is NULL. */
%typemap(in) const char *OPTIONAL "$1 = lua_isnil(L, $input) ? NULL : ($1_ltype)lua_tostring(L, $input);"
%apply const char *OPTIONAL { const char *method };

/* The structs reach Lua as tables, through the typemaps above. */
%ignore httpstatus_rule;
%ignore httpstatus_finding;

%init %{
	/*
	 * The globals table, then SWIG's module table (the backend), are on
	 * the stack.  SWIG's start-up code sets the globals swig_type and
	 * swig_equals, for C++ objects this module has none of; require()
	 * should not change _G.
	 */
	lua_pushnil(L);
	lua_setfield(L, -3, "swig_type");
	lua_pushnil(L);
	lua_setfield(L, -3, "swig_equals");

	/* The module is what api.lua returns, over the backend and the
	 * description of the header; SWIG_init returns the top value. */
	if (luaL_loadbufferx(L, hs_lua_desc, sizeof hs_lua_desc - 1, "=httpstatus.desc", "t") != LUA_OK)
		lua_error(L);
	lua_call(L, 0, 1);
	if (luaL_loadbufferx(L, hs_lua_api, sizeof hs_lua_api - 1, "@bindings/lua/api.lua", "t") != LUA_OK)
		lua_error(L);
	lua_pushvalue(L, -3);
	lua_pushvalue(L, -3);
	lua_call(L, 2, 1);
%}
