/* SPDX-License-Identifier: MIT */
/* Class, fallback, registry and flags for every integer in -1000..2000,
 * INT_MIN and INT_MAX, checked against the rules of RFC 9110, Section 15. */
#include <limits.h>

#include "httpstatus.h"
#include "tap.h"

static void check_one(int code)
{
	int valid = code >= 100 && code <= 599;
	int cls = httpstatus_class_of(code);
	unsigned int f = httpstatus_flags(code);
	int reg = httpstatus_registry_of(code);
	int fb = httpstatus_fallback(code);

	if (!valid) {
		if (cls != HTTPSTATUS_CLASS_INVALID)
			fail_quiet("%d: class %d, want INVALID", code, cls);
		if (f != 0)
			fail_quiet("%d: flags %#x, want 0", code, f);
		if (reg != HTTPSTATUS_REGISTRY_INVALID)
			fail_quiet("%d: registry %d, want INVALID", code, reg);
		/* RFC 9110, Section 15: 600-999 are handled as a 5xx. */
		if (code >= 600 && code <= 999 ? fb != 500 : fb != HTTPSTATUS_ERR_INVALID)
			fail_quiet("%d: fallback %d, want %s", code, fb,
			           code >= 600 && code <= 999 ? "500" : "ERR_INVALID");
		if (httpstatus_reason(code) || httpstatus_name(code) ||
		    httpstatus_description(code) || httpstatus_spec(code) ||
		    httpstatus_vendor(code) || httpstatus_advice(code))
			fail_quiet("%d: a string for an invalid code", code);
		for (int d = 0; d < 7; d++)
			if (httpstatus_reason_dialect(code, d))
				fail_quiet("%d: dialect %d phrase for an invalid code", code, d);
		return;
	}

	if (cls != code / 100)
		fail_quiet("%d: class %d, want %d", code, cls, code / 100);
	/* Exactly one of INTERIM and FINAL. */
	if (!(f & HTTPSTATUS_FLAG_INTERIM) == !(f & HTTPSTATUS_FLAG_FINAL))
		fail_quiet("%d: flags %#x: not exactly one of interim/final", code, f);
	if (!!(f & HTTPSTATUS_FLAG_INTERIM) != (code < 200))
		fail_quiet("%d: interim flag wrong", code);
	if (!!(f & HTTPSTATUS_FLAG_ERROR) != (code >= 400))
		fail_quiet("%d: error flag wrong", code);
	if (code < 200 && !(f & HTTPSTATUS_FLAG_NO_CONTENT))
		fail_quiet("%d: 1xx without no-content", code);
	if ((f & HTTPSTATUS_FLAG_REDIRECT) && cls != 3)
		fail_quiet("%d: redirect flag outside 3xx", code);
	if ((f & (HTTPSTATUS_FLAG_PERMANENT | HTTPSTATUS_FLAG_TEMPORARY |
	          HTTPSTATUS_FLAG_METHOD_PRESERVING)) && !(f & HTTPSTATUS_FLAG_REDIRECT))
		fail_quiet("%d: redirect detail without redirect", code);
	/* A redirect is permanent or temporary, never both; 303 See Other is
	 * neither (RFC 9110, Section 15.4: a redirect to another resource). */
	if ((f & HTTPSTATUS_FLAG_PERMANENT) && (f & HTTPSTATUS_FLAG_TEMPORARY))
		fail_quiet("%d: redirect both permanent and temporary", code);
	if ((f & HTTPSTATUS_FLAG_REDIRECT) && code != 303 &&
	    !(f & (HTTPSTATUS_FLAG_PERMANENT | HTTPSTATUS_FLAG_TEMPORARY)))
		fail_quiet("%d: redirect neither permanent nor temporary", code);

	if (reg == HTTPSTATUS_REGISTRY_UNASSIGNED) {
		if (fb != code / 100 * 100)
			fail_quiet("%d: fallback %d, want %d", code, fb, code / 100 * 100);
		if (httpstatus_reason(code) || httpstatus_name(code) ||
		    httpstatus_description(code) || httpstatus_spec(code) ||
		    httpstatus_advice(code))
			fail_quiet("%d: unassigned code has strings", code);
		if (f & ~(unsigned)(HTTPSTATUS_FLAG_INTERIM | HTTPSTATUS_FLAG_FINAL |
		                    HTTPSTATUS_FLAG_ERROR | HTTPSTATUS_FLAG_NO_CONTENT))
			fail_quiet("%d: unassigned code has table flags %#x", code, f);
	} else {
		if (fb != code)
			fail_quiet("%d: fallback %d for a known code", code, fb);
		if (!httpstatus_reason(code) || !httpstatus_name(code) ||
		    !httpstatus_description(code) || !httpstatus_spec(code))
			fail_quiet("%d: known code lacks a string", code);
		if ((reg == HTTPSTATUS_REGISTRY_UNOFFICIAL) != (httpstatus_vendor(code) != NULL))
			fail_quiet("%d: vendor set iff unofficial violated", code);
	}
	if (reg < HTTPSTATUS_REGISTRY_UNASSIGNED || reg > HTTPSTATUS_REGISTRY_UNOFFICIAL)
		fail_quiet("%d: registry %d out of range", code, reg);
}

int main(void)
{
	int code;
	static const int edges[] = { INT_MIN, INT_MIN + 1, -100, -1, 0, 1, 99, 600, 999,
	                             1000, 65535, 65536 + 404, INT_MAX - 1, INT_MAX };

	tap_errors = 0;
	for (code = -1000; code <= 2000; code++)
		check_one(code);
	is_int(tap_errors, 0, "class, flags, registry, fallback for -1000..2000");

	tap_errors = 0;
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		check_one(edges[i]);
	is_int(tap_errors, 0, "INT_MIN, INT_MAX and other edges are invalid");

	is_int(httpstatus_class_of(99), HTTPSTATUS_CLASS_INVALID, "99 is invalid");
	is_int(httpstatus_class_of(100), HTTPSTATUS_CLASS_INFORMATIONAL, "100 informational");
	is_int(httpstatus_class_of(599), HTTPSTATUS_CLASS_SERVER_ERROR, "599 server error");
	is_int(httpstatus_class_of(600), HTTPSTATUS_CLASS_INVALID, "600 is invalid");
	is_int(httpstatus_fallback(471), 400, "an unknown 471 is handled as 400");
	is_int(httpstatus_fallback(299), 200, "an unknown 299 is handled as 200");
	is_int(httpstatus_fallback(404), 404, "404 is itself");
	/* Codes 600-999: invalid, but a client handles them as 500. */
	is_int(httpstatus_fallback(700), 500, "700 is handled as 500 (RFC 9110, Section 15)");
	is_int(httpstatus_fallback(600), 500, "600 is handled as 500");
	is_int(httpstatus_fallback(999), 500, "999 is handled as 500");
	is_int(httpstatus_fallback(1000), HTTPSTATUS_ERR_INVALID, "1000 stays invalid");
	is_int(httpstatus_fallback(99), HTTPSTATUS_ERR_INVALID, "99 stays invalid");
	is_int(httpstatus_class_of(700), HTTPSTATUS_CLASS_INVALID, "700 has no class");
	is_str(httpstatus_reason(700), NULL, "700 has no phrase");
	is_int(httpstatus_registry_of(471), HTTPSTATUS_REGISTRY_UNASSIGNED, "471 unassigned");

	is_str(httpstatus_class_name(HTTPSTATUS_CLASS_CLIENT_ERROR), "Client Error", "class name 4");
	is_str(httpstatus_class_name(0), NULL, "class name 0 is NULL");
	is_str(httpstatus_class_name(6), NULL, "class name 6 is NULL");
	is_str(httpstatus_class_name(-1), NULL, "class name -1 is NULL");
	is_str(httpstatus_registry_name(HTTPSTATUS_REGISTRY_RESERVED), "reserved", "registry name");
	is_str(httpstatus_registry_name(-1), NULL, "registry name -1 is NULL");
	is_str(httpstatus_registry_name(6), NULL, "registry name 6 is NULL");
	is_str(httpstatus_flag_name(HTTPSTATUS_FLAG_RETRYABLE), "retryable", "flag name");
	is_str(httpstatus_flag_name(HTTPSTATUS_FLAG_NO_CONTENT), "no-content", "flag name no-content");
	is_str(httpstatus_flag_name(0), NULL, "flag name 0 is NULL");
	is_str(httpstatus_flag_name(3), NULL, "flag name of two bits is NULL");
	is_str(httpstatus_flag_name(1u << 31), NULL, "flag name of an unknown bit is NULL");
	return done_testing();
}
