/* SPDX-License-Identifier: MIT */
/* Status lines (RFC 9112, Section 4): formatting and parsing. */
#include <string.h>

#include "internal.h"

/* ---------------------------------------------------------------- */
/* Formatting                                                        */
/* ---------------------------------------------------------------- */

/* Eight and four bytes stored in little-endian order on every machine. */
static inline void store8(char *p, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	memcpy(p, &v, sizeof v);
}

static inline void store4(char *p, uint32_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	memcpy(p, &v, sizeof v);
}

/* Writes the whole line, "HTTP/x.y nnn reason\r\n" and a NUL, at out.
 * code is 100-599: its digits come from multiplications that divide by
 * 100 and by 10 exactly in that range. */
static inline __attribute__((always_inline)) void put_line(char *out, int major, int minor,
                                                          int code, const char *reason,
                                                          size_t rlen)
{
	unsigned int c = (unsigned int)code, h = c * 41 >> 12, r = c - 100 * h;
	unsigned int t = r * 103 >> 10, u = r - 10 * t;

	/* "HTTP/x.y" as one word, then " nnn" as another */
	store8(out, load8((const unsigned char *)"HTTP/0.0") + ((uint64_t)major << 40) +
	            ((uint64_t)minor << 56));
	store4(out + 8, (uint32_t)' ' | ('0' + h) << 8 | ('0' + t) << 16 | ('0' + u) << 24);
	out[12] = ' ';
	memcpy(out + 13, reason, rlen);
	memcpy(out + 13 + rlen, "\r\n", 3);
}

/* The line does not fit: as much of it as fits, and the NUL. */
static __attribute__((noinline)) int format_cut(char *buf, size_t size, int major, int minor,
                                                int code, const char *reason, size_t rlen)
{
	char line[13 + 255 + 3];    /* the longest line and its NUL; rlen <= 255 */

	if (size) {
		put_line(line, major, minor, code, reason, rlen);
		memcpy(buf, line, size - 1);
		buf[size - 1] = '\0';
	}
	return (int)(13 + rlen + 2);
}

/* The whole line if it fits, else as much as fits; the full length. */
static inline int write_line(char *buf, size_t size, int major, int minor, int code,
                             const char *reason, size_t rlen)
{
	size_t total = 13 + rlen + 2;

	if (__builtin_expect(size <= total, 0))
		return format_cut(buf, size, major, minor, code, reason, rlen);
	put_line(buf, major, minor, code, reason, rlen);
	return (int)total;
}

/* Both formatting entry points, each with its own copy. */
static inline __attribute__((always_inline)) int format_line(char *buf, size_t size, int major,
                                                            int minor, int code,
                                                            httpstatus_dialect_t dialect,
                                                            unsigned int flags)
{
	const char *reason;
	size_t rlen;
	uint32_t v;
	int d;

	if ((!buf && size) || (unsigned int)major > 9 || (unsigned int)minor > 9 ||
	    (flags & ~(unsigned int)HTTPSTATUS_FORMAT_ANY_CODE))
		return HTTPSTATUS_ERR_INVALID;
	d = hs_dialect_split(dialect, &v);
	if (d < 0)
		return HTTPSTATUS_ERR_INVALID;
	if ((unsigned int)code - HTTPSTATUS_MIN > HTTPSTATUS_MAX - HTTPSTATUS_MIN &&
	    !((flags & HTTPSTATUS_FORMAT_ANY_CODE) && code >= 600 && code <= 999))
		return HTTPSTATUS_ERR_INVALID;
	reason = line_reason(code, d, v, &rlen);
	return write_line(buf, size, major, minor, code, reason, rlen);
}

HS_EXPORT int httpstatus_format_status_line_flags(char *buf, size_t size, int major, int minor,
                                                  int code, httpstatus_dialect_t dialect,
                                                  unsigned int flags)
{
	return format_line(buf, size, major, minor, code, dialect, flags);
}

HS_EXPORT int httpstatus_format_status_line(char *buf, size_t size, int major, int minor,
                                            int code, httpstatus_dialect_t dialect)
{
	return format_line(buf, size, major, minor, code, dialect, 0);
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
	return write_line(buf, size, 1, 1, sent, reason, strlen(reason));
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

/* The bytes that end or spoil a reason phrase: controls (CR, LF and HTAB
 * among them: the full parser judges those) and DEL. */
static inline int is_stop(unsigned char c)
{
	return c < 0x20 || c == 0x7F;
}

/*
 * The common shape of a strict line, "HTTP/d.d ddd reason\r\n", read at
 * fixed offsets: returns the offset of the CR that ends it, or 0 for any
 * deviation (which the full parser then judges).  len >= 15.  Like the
 * full parser, it reads no byte past the first one that is wrong or ends
 * the line, whatever len says.
 */
static inline __attribute__((always_inline)) size_t common_line(const unsigned char *s,
                                                                 size_t len)
{
	size_t i, lim = len < HTTPSTATUS_STATUS_LINE_MAX ? len : HTTPSTATUS_STATUS_LINE_MAX;

	/* In order, so that nothing past the first offending byte is read;
	 * a first digit of 1 to 5 makes the code 100-599. */
	if (s[0] != 'H' || s[1] != 'T' || s[2] != 'T' || s[3] != 'P' || s[4] != '/' ||
	    !hs_is_digit(s[5]) || s[6] != '.' || !hs_is_digit(s[7]) || s[8] != ' ' ||
	    (unsigned int)(s[9] - '1') > 4 || !hs_is_digit(s[10]) || !hs_is_digit(s[11]) ||
	    s[12] != ' ')
		return 0;

	/* The reason, a byte at a time: nothing past the line end is read,
	 * whatever len says.  Its first 16 bytes are tested one by one, each
	 * test a branch of its own, which the processor predicts far better
	 * than one loop branch taken after a different count each time. */
#define STOP_AT(k) \
	if (13 + (k) >= lim || is_stop(s[13 + (k)])) { i = 13 + (k); goto stop; }
	STOP_AT(0) STOP_AT(1) STOP_AT(2) STOP_AT(3) STOP_AT(4) STOP_AT(5) STOP_AT(6)
	STOP_AT(7) STOP_AT(8) STOP_AT(9) STOP_AT(10) STOP_AT(11) STOP_AT(12)
	STOP_AT(13) STOP_AT(14) STOP_AT(15)
#undef STOP_AT
	for (i = 13 + 16; i < lim && !is_stop(s[i]); i++)
		;
stop:
	if (i < lim && i + 1 < len && s[i] == '\r' && s[i + 1] == '\n')
		return i;
	return 0;
}

/* The full parser: every shape, every flag, every verdict. */
static __attribute__((noinline)) int parse_full(const char *buf, size_t len, unsigned int flags,
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

HS_EXPORT int httpstatus_parse_status_line(const char *buf, size_t len, unsigned int flags,
                                           int *major, int *minor, int *code,
                                           const char **reason, size_t *reason_len,
                                           size_t *end)
{
	size_t cr;

	/* Strict lines of the common shape; everything else, bad arguments
	 * included, goes to the full parser. */
	if (flags || !buf || len < 15 || !(cr = common_line((const unsigned char *)buf, len)))
		return parse_full(buf, len, flags, major, minor, code, reason, reason_len, end);
	if (major)
		*major = buf[5] - '0';
	if (minor)
		*minor = buf[7] - '0';
	if (code)
		*code = (buf[9] - '0') * 100 + (buf[10] - '0') * 10 + (buf[11] - '0');
	if (reason)
		*reason = buf + 13;
	if (reason_len)
		*reason_len = cr - 13;
	if (end)
		*end = cr + 2;
	return 0;
}
