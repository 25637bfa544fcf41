/* SPDX-License-Identifier: MIT */
/* Status lines (RFC 9112, Section 4): formatting and parsing. */
#include <string.h>

#include "internal.h"

/* ---------------------------------------------------------------- */
/* Formatting                                                        */
/* ---------------------------------------------------------------- */

/* Writes "HTTP/<major>.<minor> <code> <reason>\r\n" as snprintf would;
 * the arguments are known to be valid.  Returns the full length. */
static int hs_write_line(char *buf, size_t size, int major, int minor, int code,
                         const char *reason)
{
	char head[14];              /* "HTTP/1.1 404 " */
	size_t rlen = strlen(reason), i, n;

	memcpy(head, "HTTP/x.y nnn ", 13);
	head[5] = (char)('0' + major);
	head[7] = (char)('0' + minor);
	head[9] = (char)('0' + code / 100);
	head[10] = (char)('0' + code / 10 % 10);
	head[11] = (char)('0' + code % 10);

	if (size) {
		/* Copy as much as fits, leaving room for the NUL. */
		n = 0;
		for (i = 0; i < 13 && n + 1 < size; i++)
			buf[n++] = head[i];
		for (i = 0; i < rlen && n + 1 < size; i++)
			buf[n++] = reason[i];
		if (n + 1 < size)
			buf[n++] = '\r';
		if (n + 1 < size)
			buf[n++] = '\n';
		buf[n] = '\0';
	}
	return (int)(13 + rlen + 2);
}

HS_EXPORT int httpstatus_format_status_line_ex(char *buf, size_t size, int major, int minor,
                                               int code, httpstatus_dialect_t dialect,
                                               unsigned int flags)
{
	const char *reason;

	if ((!buf && size) || major < 0 || major > 9 || minor < 0 || minor > 9 ||
	    (flags & ~(unsigned int)HTTPSTATUS_FORMAT_ANY_CODE))
		return HTTPSTATUS_ERR_INVALID;
	if (!httpstatus_dialect_name(dialect))
		return HTTPSTATUS_ERR_INVALID;
	if (httpstatus_class_of(code) == HTTPSTATUS_CLASS_INVALID &&
	    !((flags & HTTPSTATUS_FORMAT_ANY_CODE) && code >= 600 && code <= 999))
		return HTTPSTATUS_ERR_INVALID;

	reason = httpstatus_reason_dialect(code, dialect);
	if (!reason)
		reason = httpstatus_reason(code);
	if (!reason)
		reason = "";
	return hs_write_line(buf, size, major, minor, code, reason);
}

HS_EXPORT int httpstatus_format_status_line(char *buf, size_t size, int major, int minor,
                                            int code, httpstatus_dialect_t dialect)
{
	return httpstatus_format_status_line_ex(buf, size, major, minor, code, dialect, 0);
}

/* ---------------------------------------------------------------- */
/* What a server puts on the wire                                    */
/* ---------------------------------------------------------------- */

/*
 * The code and phrase a server sends when asked for code through its
 * ordinary mechanism (see httpstatus.h): the code, 0 when it sends
 * nothing, or HTTPSTATUS_ERR_INVALID.  *reason gets the phrase.
 */
static int hs_wire(int code, httpstatus_dialect_t dialect, const char **reason)
{
	const struct hs_entry *e;
	uint32_t v;
	int d = hs_dialect_split(dialect, &v);
	hs_off off = HS_NONE;

	if (d < 0 || !dialects[d].server || code < HTTPSTATUS_MIN || code > 999)
		return HTTPSTATUS_ERR_INVALID;
	e = hs_find(code);
	if (e)
		off = hs_phrase_at(e, d, v);
	*reason = "";
	if (d == HS_D_NGINX) {
		/* "return N;": 408 and 499 end the request without a response,
		 * 444 closes the connection; nginx's own 494-497 are answered
		 * with 400 (ngx_http_finalize_request and
		 * ngx_http_special_response_handler). */
		if (code == 408 || code == 444 || code == 499)
			return 0;
		if (code >= 494 && code <= 497) {
			*reason = hs_str(hs_phrase_at(hs_find(400), d, v));
			return 400;
		}
		/* Its status lines start at 200: a 1xx goes out as a final
		 * response with an empty phrase, and so does 600-999. */
		if (code >= 200 && off != HS_NONE)
			*reason = hs_str(off);
		return code;
	}
	/* Apache, a module setting r->status: ap_get_status_line() has a
	 * line for the codes in status_lines and gives 500 for the rest. */
	if (off == HS_NONE || !*hs_str(off)) {
		*reason = hs_str(hs_phrase_at(hs_find(500), d, v));
		return 500;
	}
	*reason = hs_str(off);
	return code;
}

HS_EXPORT int httpstatus_wire_code(int code, httpstatus_dialect_t dialect)
{
	const char *reason;

	return hs_wire(code, dialect, &reason);
}

HS_EXPORT int httpstatus_wire_line(char *buf, size_t size, int code,
                                   httpstatus_dialect_t dialect)
{
	const char *reason;
	int sent;

	if (!buf && size)
		return HTTPSTATUS_ERR_INVALID;
	sent = hs_wire(code, dialect, &reason);
	if (sent <= 0) {
		if (sent == 0 && size)
			buf[0] = '\0';
		return sent;
	}
	/* Both servers write HTTP/1.1 whatever the request's version. */
	return hs_write_line(buf, size, 1, 1, sent, reason);
}

/* ---------------------------------------------------------------- */
/* Parsing                                                           */
/* ---------------------------------------------------------------- */

struct cursor {
	const unsigned char *s;
	size_t len;                 /* bytes we may look at */
	size_t pos;
	unsigned int flags;
};

static int is_ws(unsigned char c, unsigned int flags)
{
	if (c == ' ')
		return 1;
	/* RFC 9112 4: a lenient recipient may take any whitespace as SP. */
	return (flags & HTTPSTATUS_PARSE_TOLERANT) &&
	       (c == '\t' || c == '\v' || c == '\f');
}

/* Is the line over at the cursor (end of data with NO_EOL, CR or LF)? */
static int at_eol(const struct cursor *c)
{
	if (c->pos == c->len)
		return (c->flags & HTTPSTATUS_PARSE_NO_EOL) != 0;
	return c->s[c->pos] == '\r' || c->s[c->pos] == '\n';
}

/* Out of data: incomplete, unless the buffer is known to end the line. */
static int ran_out(const struct cursor *c, int fail)
{
	return (c->flags & HTTPSTATUS_PARSE_NO_EOL) ? fail : HTTPSTATUS_ERR_INCOMPLETE;
}

static int parse_version(struct cursor *c, int *major, int *minor)
{
	static const char http[] = "HTTP/";
	size_t i;

	for (i = 0; i < 5; i++, c->pos++) {
		unsigned char ch;

		if (c->pos == c->len)
			return ran_out(c, HTTPSTATUS_ERR_VERSION);
		ch = c->s[c->pos];
		if ((c->flags & HTTPSTATUS_PARSE_TOLERANT) && ch >= 'a' && ch <= 'z')
			ch = (unsigned char)(ch - ('a' - 'A'));
		if (ch != (unsigned char)http[i])
			return HTTPSTATUS_ERR_VERSION;
	}
	if (c->pos == c->len)
		return ran_out(c, HTTPSTATUS_ERR_VERSION);
	if (!hs_is_digit(c->s[c->pos]))
		return HTTPSTATUS_ERR_VERSION;
	*major = c->s[c->pos++] - '0';
	if (c->pos == c->len)
		return ran_out(c, HTTPSTATUS_ERR_VERSION);
	if (c->s[c->pos] != '.') {
		/* "HTTP/2 200": no minor version, as HTTP/2 tools print it. */
		if ((c->flags & HTTPSTATUS_PARSE_TOLERANT) && is_ws(c->s[c->pos], c->flags)) {
			*minor = 0;
			return 0;
		}
		return HTTPSTATUS_ERR_VERSION;
	}
	c->pos++;
	if (c->pos == c->len)
		return ran_out(c, HTTPSTATUS_ERR_VERSION);
	if (!hs_is_digit(c->s[c->pos]))
		return HTTPSTATUS_ERR_VERSION;
	*minor = c->s[c->pos++] - '0';
	return 0;
}

/* One SP in strict mode, a run of whitespace in tolerant mode. */
static int parse_separator(struct cursor *c, int fail)
{
	if (c->pos == c->len)
		return ran_out(c, fail);
	if (!is_ws(c->s[c->pos], c->flags))
		return fail;
	c->pos++;
	if (c->flags & HTTPSTATUS_PARSE_TOLERANT)
		while (c->pos < c->len && is_ws(c->s[c->pos], c->flags))
			c->pos++;
	return 0;
}

static int parse_code(struct cursor *c, int *code)
{
	int i, v = 0;
	size_t start = c->pos;

	for (i = 0; i < 3; i++, c->pos++) {
		if (c->pos == c->len)
			return ran_out(c, HTTPSTATUS_ERR_CODE);
		if (!hs_is_digit(c->s[c->pos]))
			return HTTPSTATUS_ERR_CODE;
		v = v * 10 + (c->s[c->pos] - '0');
	}
	if (c->pos < c->len && hs_is_digit(c->s[c->pos]))
		return HTTPSTATUS_ERR_CODE;  /* four digits or more */
	if (v < HTTPSTATUS_MIN ||
	    v > ((c->flags & HTTPSTATUS_PARSE_TOLERANT) ? 999 : HTTPSTATUS_MAX)) {
		c->pos = start;
		return HTTPSTATUS_ERR_CODE;
	}
	*code = v;
	return 0;
}

HS_EXPORT int httpstatus_parse_status_line(const char *buf, size_t len, unsigned int flags,
                                           int *major, int *minor, int *code,
                                           const char **reason, size_t *reason_len,
                                           size_t *end)
{
	struct cursor c;
	int rc, maj = 0, min = 0, st = 0;
	size_t rstart, rend;

	if ((!buf && len) || (flags & ~(unsigned int)(HTTPSTATUS_PARSE_TOLERANT |
	                                              HTTPSTATUS_PARSE_NO_EOL))) {
		if (end)
			*end = 0;
		return HTTPSTATUS_ERR_INVALID;
	}
	c.s = (const unsigned char *)buf;
	c.len = len;
	c.pos = 0;
	c.flags = flags;
	/* The longest line plus CRLF is all we ever need to look at. */
	if (c.len > HTTPSTATUS_STATUS_LINE_MAX + 2)
		c.len = HTTPSTATUS_STATUS_LINE_MAX + 2;

	rc = parse_version(&c, &maj, &min);
	if (!rc)
		rc = parse_separator(&c, HTTPSTATUS_ERR_SYNTAX);
	if (!rc)
		rc = parse_code(&c, &st);
	if (rc)
		goto fail;

	/* The SP after the code is required even before an empty reason;
	 * the tolerant mode lets the line end right after the code. */
	if (c.pos < c.len && is_ws(c.s[c.pos], flags)) {
		c.pos++;
		if (flags & HTTPSTATUS_PARSE_TOLERANT)
			while (c.pos < c.len && is_ws(c.s[c.pos], flags))
				c.pos++;
	} else if (c.pos == c.len && !(flags & HTTPSTATUS_PARSE_NO_EOL)) {
		rc = HTTPSTATUS_ERR_INCOMPLETE;
		goto fail;
	} else if (!(flags & HTTPSTATUS_PARSE_TOLERANT) || !at_eol(&c)) {
		rc = HTTPSTATUS_ERR_SYNTAX;
		goto fail;
	}

	/* reason-phrase = *( HTAB / SP / VCHAR / obs-text ) */
	rstart = c.pos;
	while (c.pos < c.len) {
		unsigned char ch = c.s[c.pos];

		if (ch == '\r' || ch == '\n')
			break;
		if ((ch < 0x20 && ch != '\t') || ch == 0x7F) {
			rc = HTTPSTATUS_ERR_REASON;
			goto fail;
		}
		c.pos++;
	}
	rend = c.pos;
	if (rend > HTTPSTATUS_STATUS_LINE_MAX) {
		c.pos = HTTPSTATUS_STATUS_LINE_MAX;
		rc = HTTPSTATUS_ERR_TOO_LONG;
		goto fail;
	}

	/* The line end.  (c.len was not cut short here: rend is in range.) */
	if (c.pos == c.len) {
		if (!(flags & HTTPSTATUS_PARSE_NO_EOL)) {
			rc = HTTPSTATUS_ERR_INCOMPLETE;
			goto fail;
		}
	} else if (c.s[c.pos] == '\r') {
		if (c.pos + 1 == c.len) {
			rc = (flags & HTTPSTATUS_PARSE_NO_EOL) ? HTTPSTATUS_ERR_LINE_END
			                                       : HTTPSTATUS_ERR_INCOMPLETE;
			goto fail;
		}
		if (c.s[c.pos + 1] != '\n') {
			rc = HTTPSTATUS_ERR_LINE_END;
			goto fail;
		}
		c.pos += 2;
	} else {
		/* A bare LF: RFC 9112 2.2 lets a recipient accept it. */
		if (!(flags & HTTPSTATUS_PARSE_TOLERANT)) {
			rc = HTTPSTATUS_ERR_LINE_END;
			goto fail;
		}
		c.pos++;
	}

	if (flags & HTTPSTATUS_PARSE_TOLERANT)
		while (rend > rstart && (c.s[rend - 1] == ' ' || c.s[rend - 1] == '\t'))
			rend--;
	if (major)
		*major = maj;
	if (minor)
		*minor = min;
	if (code)
		*code = st;
	if (reason)
		*reason = buf + rstart;
	if (reason_len)
		*reason_len = rend - rstart;
	if (end)
		*end = c.pos;
	return 0;

fail:
	if (end)
		*end = c.pos;
	return rc;
}
