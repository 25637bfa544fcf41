/* SPDX-License-Identifier: MIT */
/*
 * httpstatus_check(): reads a response head line by line and reports what
 * breaks the RFCs.  The rules that tie fields to status codes, and every
 * finding's identifier, message and reference, come from fields.table;
 * this file only decides when each one applies.
 *
 * Nothing is allocated: the state is one struct on the stack, sized by
 * the number of known fields.  Every byte of the head is looked at a
 * bounded number of times, and at most HTTPSTATUS_CHECK_MAX bytes are
 * read, so time is linear in min(len, HTTPSTATUS_CHECK_MAX).
 */
#include <limits.h>
#include <string.h>

#include "internal.h"

struct hs_check {
	const char *head;
	size_t len;                        /* bytes read: at most CHECK_MAX */
	struct httpstatus_finding *out;
	size_t n;
	int total;

	int code;                          /* 0 when the status line has none */
	int version;                       /* major * 10 + minor */
	size_t status_len;                 /* the status line without its end */
	int bare_lf_seen;

	/* Where each known field first appears: offset + 1 (0 = absent). */
	uint32_t first_off[HS_NFIELDS];
	uint32_t first_line[HS_NFIELDS];
	unsigned long content_length;      /* saturates at ULONG_MAX */
	size_t cl_value, cl_value_len;     /* the first Content-Length value */
	int multipart;                     /* Content-Type: multipart/byteranges */
};

static void hs_report(struct hs_check *c, int kind, int line, size_t off, size_t len,
                      int field, const char *detail)
{
	const struct hs_kind *k = &hs_kinds[kind];
	struct httpstatus_finding *f;

	if (c->total == INT_MAX)
		return;
	if ((size_t)c->total++ >= c->n)
		return;
	f = &c->out[c->total - 1];
	f->id = hs_fpool + k->id;
	f->severity = k->severity;
	f->line = line;
	f->offset = off;
	f->length = len;
	f->message = hs_fpool + k->message;
	f->spec = hs_fpool + k->ref;
	f->field = field >= 0 ? hs_fpool + hs_fields[field].name : NULL;
	f->detail = detail;
}

static int hs_is_tchar(unsigned char ch)
{
	/* RFC 9110, Section 5.6.2: tchar. */
	static const char extra[] = "!#$%&'*+-.^_`|~";
	unsigned int i;

	if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || hs_is_digit(ch))
		return 1;
	for (i = 0; i < sizeof extra - 1; i++)
		if (ch == (unsigned char)extra[i])
			return 1;
	return 0;
}

static int hs_ci_prefix(const char *s, size_t n, const char *prefix)
{
	size_t i;

	for (i = 0; prefix[i]; i++)
		if (i >= n || hs_lower((unsigned char)s[i]) != (unsigned char)prefix[i])
			return 0;
	return 1;
}

/*
 * The line that starts at off: its content ends at *end (CR LF or LF not
 * included), the next line starts at *next.  Reports a bare CR inside it
 * (the first one of each line) and the first line that ends with LF
 * alone.  Returns 0 when the input ends before a LF (the line is then
 * everything left).
 */
static int hs_line(struct hs_check *c, size_t off, int line, size_t *end, size_t *next)
{
	const char *p = c->head + off;
	const char *lf = memchr(p, '\n', c->len - off);
	size_t stop = lf ? (size_t)(lf - c->head) : c->len;
	size_t e = stop;

	if (lf && e > off && c->head[e - 1] == '\r')
		e--;
	else if (lf && !c->bare_lf_seen) {
		c->bare_lf_seen = 1;
		hs_report(c, HS_K_BARE_LF, line, stop, 1, -1, NULL);
	}
	/* One finding per line, however many bare CRs it has. */
	if (e > off) {
		const char *cr = memchr(c->head + off, '\r', e - off);

		if (cr)
			hs_report(c, HS_K_BARE_CR, line, (size_t)(cr - c->head), 1, -1, NULL);
	}
	*end = e;
	*next = lf ? stop + 1 : c->len;
	return lf != NULL;
}

static void hs_status_line(struct hs_check *c, size_t end)
{
	const char *reason = NULL;
	size_t reason_len = 0, stop = 0;
	int major = 0, minor = 0, code = 0, r, reg;

	c->status_len = end;
	r = httpstatus_parse_status_line(c->head, end, HTTPSTATUS_PARSE_NO_EOL, &major, &minor,
	                                 &code, &reason, &reason_len, &stop);
	if (r < 0) {
		int strict = r;
		size_t at = stop < end ? stop : 0;

		r = httpstatus_parse_status_line(c->head, end,
		                                 HTTPSTATUS_PARSE_NO_EOL | HTTPSTATUS_PARSE_TOLERANT,
		                                 &major, &minor, &code, &reason, &reason_len,
		                                 &stop);
		/* "HTTP/2 200" and "HTTP/3 200" are how tools print the pseudo
		 * field :status; they are no status line that could be wrong. */
		if (r < 0 || (major < 2 && !(strict == HTTPSTATUS_ERR_CODE && code > HTTPSTATUS_MAX)))
			hs_report(c, HS_K_BAD_STATUS_LINE, 1, at, end - at,
			          -1, httpstatus_strerror(strict));
		if (r < 0)
			return;
	}
	if (!c->version)
		c->version = major * 10 + minor;
	if (code > HTTPSTATUS_MAX) {
		hs_report(c, HS_K_BAD_STATUS_CODE, 1, 0, end, -1, NULL);
		return;
	}
	c->code = code;
	reg = httpstatus_registry_of(code);
	if (reg == HTTPSTATUS_REGISTRY_UNASSIGNED)
		hs_report(c, HS_K_UNREGISTERED_CODE, 1, 0, end, -1, NULL);
	else if (reg == HTTPSTATUS_REGISTRY_UNOFFICIAL)
		hs_report(c, HS_K_UNOFFICIAL_CODE, 1, 0, end, -1, httpstatus_vendor(code));
	else if (reg == HTTPSTATUS_REGISTRY_PROVISIONAL)
		hs_report(c, HS_K_PROVISIONAL_CODE, 1, 0, end, -1, NULL);
	else if (reg == HTTPSTATUS_REGISTRY_OBSOLETED)
		hs_report(c, HS_K_OBSOLETED_CODE, 1, 0, end, -1, NULL);
	if (reason_len > 0) {
		int m = httpstatus_match_reason(reason, reason_len, NULL);

		if (m > 0 && m != code)
			hs_report(c, HS_K_REASON_OF_OTHER_CODE, 1, (size_t)(reason - c->head),
			          reason_len, -1, httpstatus_reason(m));
	}
	if (code < 200 && c->version == 10)
		hs_report(c, HS_K_1XX_IN_HTTP10, 1, 0, end, -1, NULL);
	if (code == 101 && c->version == 20)
		hs_report(c, HS_K_101_IN_HTTP2, 1, 0, end, -1, NULL);
	if (code == 101 && c->version == 30)
		hs_report(c, HS_K_101_IN_HTTP3, 1, 0, end, -1, NULL);
}

static void hs_field_line(struct hs_check *c, size_t off, size_t end, int line)
{
	const char *h = c->head;
	const char *colon = memchr(h + off, ':', end - off);
	size_t name_end, v, ve, i;
	int fi, bad = 0, high = 0;

	if (!colon) {
		hs_report(c, HS_K_NO_COLON, line, off, end - off, -1, NULL);
		return;
	}
	name_end = (size_t)(colon - h);
	if (name_end > off && (h[name_end - 1] == ' ' || h[name_end - 1] == '\t')) {
		size_t ws = name_end;

		while (ws > off && (h[ws - 1] == ' ' || h[ws - 1] == '\t'))
			ws--;
		hs_report(c, HS_K_SPACE_BEFORE_COLON, line, ws, name_end - ws, -1, NULL);
		name_end = ws;
	}
	for (i = off; i < name_end && hs_is_tchar((unsigned char)h[i]); i++)
		;
	if (name_end == off || i < name_end) {
		hs_report(c, HS_K_BAD_FIELD_NAME, line, off, name_end - off, -1, NULL);
		fi = -1;
	} else {
		fi = hs_field_find(h + off, name_end - off);
	}

	v = (size_t)(colon - h) + 1;
	ve = end;
	while (v < ve && (h[v] == ' ' || h[v] == '\t'))
		v++;
	while (ve > v && (h[ve - 1] == ' ' || h[ve - 1] == '\t'))
		ve--;
	for (i = v; i < ve; i++) {
		unsigned char ch = (unsigned char)h[i];

		/* A CR has been reported as bare-cr already. */
		if (!bad && ((ch < 0x20 && ch != '\t' && ch != '\r') || ch == 0x7F)) {
			bad = 1;
			hs_report(c, HS_K_BAD_FIELD_VALUE, line, i, 1, fi, NULL);
		}
		if (!high && ch >= 0x80) {
			high = 1;
			hs_report(c, HS_K_NON_ASCII_VALUE, line, i, 1, fi, NULL);
		}
	}
	if (fi < 0)
		return;

	if (!c->first_off[fi]) {
		c->first_off[fi] = (uint32_t)off + 1;
		c->first_line[fi] = (uint32_t)line;
	}
	if (fi == HS_FLD_CONTENT_LENGTH) {
		unsigned long cl = 0;

		for (i = v; i < ve && hs_is_digit(h[i]); i++)
			cl = cl > (ULONG_MAX - 9) / 10 ? ULONG_MAX : cl * 10 + (unsigned long)(h[i] - '0');
		if (v == ve || i < ve) {
			hs_report(c, HS_K_BAD_CONTENT_LENGTH, line, v, ve - v, fi, NULL);
			cl = 0;
		}
		if (c->first_off[fi] == off + 1) {
			c->content_length = cl;
			c->cl_value = v;
			c->cl_value_len = ve - v;
		} else if (ve - v != c->cl_value_len ||
		           memcmp(h + v, h + c->cl_value, ve - v) != 0) {
			hs_report(c, HS_K_CONFLICTING_CONTENT_LENGTH, line, off, end - off, fi, NULL);
		} else {
			hs_report(c, HS_K_REPEATED_SINGLETON, line, off, end - off, fi, NULL);
		}
	} else if (c->first_off[fi] != off + 1 &&
	           (hs_fields[fi].flags & HTTPSTATUS_FIELD_SINGLETON)) {
		hs_report(c, HS_K_REPEATED_SINGLETON, line, off, end - off, fi, NULL);
	}
	if (fi == HS_FLD_CONTENT_TYPE && c->first_off[fi] == off + 1)
		c->multipart = hs_ci_prefix(h + v, ve - v, "multipart/byteranges");
	if ((hs_fields[fi].flags & (HTTPSTATUS_FIELD_REQUEST | HTTPSTATUS_FIELD_RESPONSE)) ==
	    HTTPSTATUS_FIELD_REQUEST)
		hs_report(c, HS_K_REQUEST_FIELD_IN_RESPONSE, line, off, name_end - off, fi, NULL);
	if (hs_fields[fi].flags & HTTPSTATUS_FIELD_CONNECTION) {
		if (c->version == 20)
			hs_report(c, HS_K_HTTP2_CONNECTION_FIELD, line, off, name_end - off, fi, NULL);
		else if (c->version == 30)
			hs_report(c, HS_K_HTTP3_CONNECTION_FIELD, line, off, name_end - off, fi, NULL);
	}
}

static int hs_method_is(const char *method, const char *name)
{
	return method && strcmp(method, name) == 0;
}

/* The rules of fields.table that concern the head as a whole. */
static void hs_rules(struct hs_check *c, const char *method, size_t head_end, int end_line,
                     size_t rest)
{
	int i;

	for (i = 0; i < HS_NKINDS; i++) {
		const struct hs_kind *k = &hs_kinds[i];
		int fi = (int)k->field - 1;
		int present = fi >= 0 && c->first_off[fi] != 0;
		size_t at = present ? c->first_off[fi] - 1 : 0;
		int line = present ? (int)c->first_line[fi] : 1;
		size_t len = present ? hs_fields[fi].len : c->status_len;
		int hit;

		if (!k->check || !k->strength || !hs_kind_applies(k, c->code))
			continue;
		if (k->connect && !hs_method_is(method, "CONNECT"))
			continue;
		switch (k->check) {
		case HS_CHECK_MISSING:
			hit = !present;
			break;
		case HS_CHECK_PRESENT:
			hit = present;
			break;
		case HS_CHECK_NONZERO:
			hit = present && c->content_length != 0;
			break;
		case HS_CHECK_CONTENT:
			hit = rest > 0;
			at = head_end, line = end_line, len = rest;
			break;
		case HS_CHECK_SINGLE_PART_MISSING:
			hit = !present && !c->multipart;
			break;
		case HS_CHECK_MULTIPART_PRESENT:
			hit = present && c->multipart;
			break;
		default:
			hit = 0;
			break;
		}
		if (hit)
			hs_report(c, i, line, at, len, fi, NULL);
	}
}

HS_EXPORT int httpstatus_check(const char *head, size_t len, const char *method, int version,
                               struct httpstatus_finding *findings, size_t n)
{
	struct hs_check c;
	size_t off, end, next, head_end = 0, rest = 0;
	int line = 1, complete = 0, cl, te, ct;

	if ((!head && len > 0) || (!findings && n > 0))
		return HTTPSTATUS_ERR_INVALID;
	if (version != 0 && version != 10 && version != 11 && version != 20 && version != 30)
		return HTTPSTATUS_ERR_INVALID;
	memset(&c, 0, sizeof c);
	c.head = head;
	c.len = len < HTTPSTATUS_CHECK_MAX ? len : HTTPSTATUS_CHECK_MAX;
	c.out = findings;
	c.n = n;
	c.version = version;
	if (len == 0) {
		hs_report(&c, HS_K_BAD_STATUS_LINE, 1, 0, 0, -1, NULL);
		return c.total;
	}

	hs_line(&c, 0, line, &end, &next);
	hs_status_line(&c, end);
	for (off = next; off < c.len; off = next) {
		line++;
		complete = hs_line(&c, off, line, &end, &next);
		if (end == off && complete) {
			head_end = next;
			break;
		}
		if (!complete && next == c.len && c.len < len)
			break;                  /* the line goes on past CHECK_MAX */
		if (head[off] == ' ' || head[off] == '\t')
			hs_report(&c, HS_K_OBS_FOLD, line, off, end - off, -1, NULL);
		else
			hs_field_line(&c, off, end, line);
		complete = 0;
	}
	if (!head_end) {
		if (c.len < len)
			hs_report(&c, HS_K_HEAD_TOO_LONG, line, c.len, len - c.len, -1, NULL);
		else
			hs_report(&c, HS_K_NO_EMPTY_LINE, line, c.len, 0, -1, NULL);
	} else {
		rest = len - head_end;
	}

	cl = c.first_off[HS_FLD_CONTENT_LENGTH] != 0;
	te = c.first_off[HS_FLD_TRANSFER_ENCODING] != 0;
	ct = c.first_off[HS_FLD_CONTENT_TYPE] != 0;
	if (cl && te)
		hs_report(&c, HS_K_CONTENT_LENGTH_AND_TRANSFER_ENCODING,
		          (int)c.first_line[HS_FLD_CONTENT_LENGTH],
		          c.first_off[HS_FLD_CONTENT_LENGTH] - 1, hs_fields[HS_FLD_CONTENT_LENGTH].len,
		          HS_FLD_CONTENT_LENGTH, NULL);
	if (te && c.version == 10)
		hs_report(&c, HS_K_TRANSFER_ENCODING_IN_HTTP10,
		          (int)c.first_line[HS_FLD_TRANSFER_ENCODING],
		          c.first_off[HS_FLD_TRANSFER_ENCODING] - 1,
		          hs_fields[HS_FLD_TRANSFER_ENCODING].len, HS_FLD_TRANSFER_ENCODING, NULL);
	if (cl && !ct && c.content_length > 0 && c.code &&
	    !(httpstatus_flags(c.code) & HTTPSTATUS_FLAG_NO_CONTENT))
		hs_report(&c, HS_K_CONTENT_WITHOUT_CONTENT_TYPE,
		          (int)c.first_line[HS_FLD_CONTENT_LENGTH],
		          c.first_off[HS_FLD_CONTENT_LENGTH] - 1, hs_fields[HS_FLD_CONTENT_LENGTH].len,
		          HS_FLD_CONTENT_TYPE, NULL);
	if (method && c.code == 206 && !hs_method_is(method, "GET"))
		hs_report(&c, HS_K_206_NOT_TO_GET, 1, 0, c.status_len, -1, NULL);
	if (method && c.code == 304 && !hs_method_is(method, "GET") &&
	    !hs_method_is(method, "HEAD"))
		hs_report(&c, HS_K_304_NOT_TO_GET, 1, 0, c.status_len, -1, NULL);
	if (hs_method_is(method, "HEAD") && rest > 0 && c.code >= 200)
		hs_report(&c, HS_K_HEAD_RESPONSE_WITH_CONTENT, line + 1, head_end, rest, -1, NULL);
	if (c.code)
		hs_rules(&c, method, head_end, line + 1, c.code >= 200 ? rest : 0);
	return c.total;
}
