/* SPDX-License-Identifier: MIT */
/*
 * Field lookups.  The expected answers come from the documents, not from
 * fields.table: RFC 2616 Sections 4.5, 5.3, 6.2 and 7.1 for the four
 * kinds, RFC 9113 Section 8.2.2 for the connection-specific fields, the
 * IANA HTTP Field Name Registry for the statuses.
 */
#include <string.h>

#include "httpstatus.h"
#include "tap.h"

/* RFC 2616's four lists, complete. */
static const char *const general[] = {
	"Cache-Control", "Connection", "Date", "Pragma", "Trailer", "Transfer-Encoding",
	"Upgrade", "Via", "Warning",
};
static const char *const request[] = {
	"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Authorization",
	"Expect", "From", "Host", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range",
	"If-Unmodified-Since", "Max-Forwards", "Proxy-Authorization", "Range", "Referer", "TE",
	"User-Agent",
};
static const char *const response[] = {
	"Accept-Ranges", "Age", "ETag", "Location", "Proxy-Authenticate", "Retry-After",
	"Server", "Vary", "WWW-Authenticate",
};
static const char *const entity[] = {
	"Allow", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
	"Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
};
#define N(a) (sizeof(a) / sizeof((a)[0]))

static void kind(const char *const *names, size_t n, unsigned int bit, const char *what)
{
	unsigned int all = HTTPSTATUS_FIELD_RFC2616_GENERAL | HTTPSTATUS_FIELD_RFC2616_REQUEST |
	                   HTTPSTATUS_FIELD_RFC2616_RESPONSE | HTTPSTATUS_FIELD_RFC2616_ENTITY;
	size_t i;
	int bad = 0, count = 0;
	const char *f;

	for (i = 0; i < n; i++)
		if ((httpstatus_field_flags(names[i]) & all) != bit) {
			bad++;
			diag("%s is not only a %s header", names[i], what);
		}
	for (f = httpstatus_field_next(NULL); f; f = httpstatus_field_next(f))
		count += (httpstatus_field_flags(f) & bit) != 0;
	ok(!bad && count == (int)n, "RFC 2616 %s headers: exactly the %zu of the RFC (%d)", what, n,
	   count);
}

int main(void)
{
	const char *f, *prev = NULL;
	int count = 0, bad = 0, conn = 0;

	is_str(httpstatus_field_name("content-type"), "Content-Type", "content-type is Content-Type");
	is_str(httpstatus_field_name("WWW-AUTHENTICATE"), "WWW-Authenticate", "any case");
	is_str(httpstatus_field_name("etag"), "ETag", "etag is ETag");
	is_str(httpstatus_field_name("Content-Typ"), NULL, "a prefix is not a field");
	is_str(httpstatus_field_name("Content-Type "), NULL, "nor a name with a space");
	is_str(httpstatus_field_name(""), NULL, "nor the empty name");
	is_str(httpstatus_field_name(NULL), NULL, "NULL: NULL");
	is_str(httpstatus_field_spec("Retry-After"), "RFC 9110, Section 10.2.3", "Retry-After spec");
	is_str(httpstatus_field_spec("Age"), "RFC 9111, Section 5.1", "Age spec");
	is_str(httpstatus_field_spec("X-Unknown"), NULL, "an unknown field has no spec");

	is_int(httpstatus_field_status("Content-Type"), HTTPSTATUS_FIELD_STATUS_PERMANENT,
	       "Content-Type is permanent");
	is_int(httpstatus_field_status("Warning"), HTTPSTATUS_FIELD_STATUS_OBSOLETED,
	       "Warning is obsoleted (RFC 9111)");
	is_int(httpstatus_field_status("accept-charset"), HTTPSTATUS_FIELD_STATUS_DEPRECATED,
	       "Accept-Charset is deprecated");
	is_int(httpstatus_field_status("Pragma"), HTTPSTATUS_FIELD_STATUS_DEPRECATED,
	       "Pragma is deprecated");
	is_int(httpstatus_field_status("Permissions-Policy"), HTTPSTATUS_FIELD_STATUS_PROVISIONAL,
	       "Permissions-Policy is provisional");
	is_int(httpstatus_field_status("Proxy-Connection"), HTTPSTATUS_FIELD_STATUS_UNREGISTERED,
	       "Proxy-Connection is known but unregistered");
	is_int(httpstatus_field_status("X-Unknown"), HTTPSTATUS_ERR_NOT_FOUND, "unknown: NOT_FOUND");
	is_int(httpstatus_field_status(NULL), HTTPSTATUS_ERR_INVALID, "NULL: INVALID");
	is_str(httpstatus_field_status_name(HTTPSTATUS_FIELD_STATUS_PROVISIONAL), "provisional",
	       "status name");
	is_str(httpstatus_field_status_name(5), NULL, "status 5 has no name");

	kind(general, N(general), HTTPSTATUS_FIELD_RFC2616_GENERAL, "general");
	kind(request, N(request), HTTPSTATUS_FIELD_RFC2616_REQUEST, "request");
	kind(response, N(response), HTTPSTATUS_FIELD_RFC2616_RESPONSE, "response");
	kind(entity, N(entity), HTTPSTATUS_FIELD_RFC2616_ENTITY, "entity");

	/* RFC 9113, Section 8.2.2: Connection, Proxy-Connection, Keep-Alive,
	 * Transfer-Encoding, Upgrade (and HTTP2-Settings, from RFC 7540). */
	for (f = httpstatus_field_next(NULL); f; f = httpstatus_field_next(f)) {
		unsigned int fl = httpstatus_field_flags(f);

		count++;
		if (fl & HTTPSTATUS_FIELD_CONNECTION)
			conn++;
		if ((fl & HTTPSTATUS_FIELD_SINGLETON) && (fl & HTTPSTATUS_FIELD_LIST))
			bad++;
		if (!httpstatus_field_spec(f) || httpstatus_field_status(f) < 0 ||
		    strcmp(httpstatus_field_name(f), f) != 0)
			bad++;
		if (prev && f == prev)
			bad++;
		prev = f;
	}
	ok(count >= 240, "more than 240 fields (%d)", count);
	ok(!bad, "each field's name, spec and status answer; no field is singleton and list");
	is_int(conn, 6, "six connection-specific fields");
	ok(httpstatus_field_flags("Upgrade") & HTTPSTATUS_FIELD_CONNECTION, "Upgrade is one");
	ok(httpstatus_field_flags("keep-alive") & HTTPSTATUS_FIELD_CONNECTION, "Keep-Alive is one");
	ok(!(httpstatus_field_flags("TE") & HTTPSTATUS_FIELD_CONNECTION), "TE is not (trailers is allowed)");
	is_int(httpstatus_field_flags("Host") & (HTTPSTATUS_FIELD_REQUEST | HTTPSTATUS_FIELD_RESPONSE),
	       HTTPSTATUS_FIELD_REQUEST, "Host: requests only");
	/* RFC 9110, Sections 12.5.1, 12.5.3 and 15.5.16: a 415 may say which
	 * media types and codings it takes, in Accept and Accept-Encoding. */
	ok(httpstatus_field_flags("Accept") & HTTPSTATUS_FIELD_RESPONSE, "Accept: also responses");
	ok(httpstatus_field_flags("Accept-Encoding") & HTTPSTATUS_FIELD_RESPONSE,
	   "Accept-Encoding: also responses");
	is_int(httpstatus_field_flags("Location") &
	       (HTTPSTATUS_FIELD_REQUEST | HTTPSTATUS_FIELD_RESPONSE | HTTPSTATUS_FIELD_SINGLETON),
	       HTTPSTATUS_FIELD_RESPONSE | HTTPSTATUS_FIELD_SINGLETON, "Location: responses, singleton");
	ok(httpstatus_field_flags("Vary") & HTTPSTATUS_FIELD_LIST, "Vary is a list");
	ok(!(httpstatus_field_flags("Set-Cookie") & (HTTPSTATUS_FIELD_LIST | HTTPSTATUS_FIELD_SINGLETON)),
	   "Set-Cookie is neither a list nor a singleton");
	is_int(httpstatus_field_flags("X-Unknown"), 0, "unknown: no flags");
	is_str(httpstatus_field_flag_name(HTTPSTATUS_FIELD_RFC2616_ENTITY), "rfc2616-entity",
	       "flag name");
	is_str(httpstatus_field_flag_name(HTTPSTATUS_FIELD_CONNECTION | HTTPSTATUS_FIELD_LIST), NULL,
	       "two bits have no name");
	is_str(httpstatus_field_next("X-Unknown"), NULL, "next of an unknown name: NULL");
	return done_testing();
}
