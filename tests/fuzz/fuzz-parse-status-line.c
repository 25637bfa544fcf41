/* SPDX-License-Identifier: MIT */
/*
 * Status-line parsing: httpstatus_parse_status_line() in strict, tolerant
 * and NO_EOL modes, and with flags it does not know.
 *
 * The first input byte picks the flags; the rest is the buffer, parsed from
 * an exact-size heap copy so that a read past its end is caught.
 */
#include <string.h>

#include "fuzz.h"

#define KNOWN_FLAGS (HTTPSTATUS_PARSE_TOLERANT | HTTPSTATUS_PARSE_NO_EOL)

struct result {
	int rc, major, minor, code;
	const char *reason;
	size_t reason_len, end;
};

static int is_error(int rc)
{
	switch (rc) {
	case HTTPSTATUS_ERR_INVALID:
	case HTTPSTATUS_ERR_TOO_LONG:
	case HTTPSTATUS_ERR_INCOMPLETE:
	case HTTPSTATUS_ERR_VERSION:
	case HTTPSTATUS_ERR_CODE:
	case HTTPSTATUS_ERR_SYNTAX:
	case HTTPSTATUS_ERR_REASON:
	case HTTPSTATUS_ERR_LINE_END:
		return 1;
	default:
		return 0;
	}
}

/* Parses the len bytes at buf and checks what every answer must satisfy. */
static struct result parse(const char *buf, size_t len, unsigned int flags)
{
	struct result r = { 0, -1, -1, -1, NULL, (size_t)-1, (size_t)-1 };
	size_t i;

	r.rc = httpstatus_parse_status_line(buf, len, flags, &r.major, &r.minor, &r.code,
	                                    &r.reason, &r.reason_len, &r.end);
	if (flags & ~(unsigned int)KNOWN_FLAGS) {
		FUZZ_CHECK(r.rc == HTTPSTATUS_ERR_INVALID);
		FUZZ_CHECK(r.end == 0);
		return r;
	}
	if (r.rc != 0) {
		FUZZ_CHECK(is_error(r.rc));
		FUZZ_CHECK(r.rc != HTTPSTATUS_ERR_INVALID);
		/* The offending byte lies inside what the parser may read. */
		FUZZ_CHECK(r.end <= len);
		FUZZ_CHECK(r.end <= HTTPSTATUS_STATUS_LINE_MAX + 2);
		/* With NO_EOL the buffer is the whole line: never "need more". */
		if (flags & HTTPSTATUS_PARSE_NO_EOL)
			FUZZ_CHECK(r.rc != HTTPSTATUS_ERR_INCOMPLETE);
		if (r.rc == HTTPSTATUS_ERR_TOO_LONG)
			FUZZ_CHECK(len > HTTPSTATUS_STATUS_LINE_MAX);
		if (r.rc == HTTPSTATUS_ERR_INCOMPLETE)
			FUZZ_CHECK(len <= HTTPSTATUS_STATUS_LINE_MAX + 1);
		/* Failure leaves the other outputs alone. */
		FUZZ_CHECK(r.major == -1 && r.minor == -1 && r.code == -1);
		FUZZ_CHECK(r.reason == NULL && r.reason_len == (size_t)-1);
		return r;
	}

	FUZZ_CHECK(r.major >= 0 && r.major <= 9 && r.minor >= 0 && r.minor <= 9);
	FUZZ_CHECK(r.code >= HTTPSTATUS_MIN);
	FUZZ_CHECK(r.code <= ((flags & HTTPSTATUS_PARSE_TOLERANT) ? 999 : HTTPSTATUS_MAX));
	/* "HTTP/x.y nnn" at least, and never past the data. */
	FUZZ_CHECK(r.end >= ((flags & HTTPSTATUS_PARSE_TOLERANT) ? 10 : 13));
	FUZZ_CHECK(r.end <= len);
	FUZZ_CHECK(r.end <= HTTPSTATUS_STATUS_LINE_MAX + 2);
	/* The reason is a span of the line, before its end. */
	FUZZ_CHECK(r.reason >= buf && r.reason <= buf + r.end);
	FUZZ_CHECK(r.reason_len <= r.end);
	FUZZ_CHECK(r.reason + r.reason_len <= buf + r.end);
	for (i = 0; i < r.reason_len; i++) {
		unsigned char c = (unsigned char)r.reason[i];

		FUZZ_CHECK(c == '\t' || (c >= 0x20 && c != 0x7f));
	}
	/* The line ends as the mode allows. */
	if (r.end >= 2 && buf[r.end - 2] == '\r' && buf[r.end - 1] == '\n')
		;
	else if (flags & HTTPSTATUS_PARSE_TOLERANT && buf[r.end - 1] == '\n')
		;
	else
		FUZZ_CHECK((flags & HTTPSTATUS_PARSE_NO_EOL) && r.end == len);
	return r;
}

static int same(const struct result *a, const struct result *b)
{
	return a->rc == b->rc && a->major == b->major && a->minor == b->minor &&
	       a->code == b->code && a->reason == b->reason && a->reason_len == b->reason_len &&
	       a->end == b->end;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned int modes[8] = {
		HTTPSTATUS_PARSE_STRICT, HTTPSTATUS_PARSE_TOLERANT, HTTPSTATUS_PARSE_NO_EOL,
		HTTPSTATUS_PARSE_TOLERANT | HTTPSTATUS_PARSE_NO_EOL,
		HTTPSTATUS_PARSE_STRICT, HTTPSTATUS_PARSE_TOLERANT,
		1u << 2, ~0u,
	};
	unsigned int flags;
	struct result r, again;
	size_t len;
	char *buf;

	if (size == 0)
		return 0;
	flags = modes[data[0] & 7];
	len = size - 1;
	buf = malloc(len ? len : 1);
	FUZZ_CHECK(buf != NULL);
	memcpy(buf, data + 1, len);

	r = parse(buf, len, flags);

	/* Without out pointers the answer is the same. */
	FUZZ_CHECK(httpstatus_parse_status_line(buf, len, flags, NULL, NULL, NULL, NULL,
	                                        NULL, NULL) == r.rc);
	/* NULL with data to read is invalid; NULL with none is a short read. */
	FUZZ_CHECK(httpstatus_parse_status_line(NULL, len + 1, flags, NULL, NULL, NULL,
	                                        NULL, NULL, NULL) == HTTPSTATUS_ERR_INVALID);

	if (r.rc == 0) {
		char line[64];
		struct result f;
		int n;

		/* Bytes after the line do not matter. */
		again = parse(buf, r.end, flags);
		FUZZ_CHECK(same(&r, &again));

		/* A proper prefix of a line needs more bytes. */
		if (!(flags & HTTPSTATUS_PARSE_NO_EOL)) {
			size_t cut = (size_t)(data[0] >> 3) % r.end;

			FUZZ_CHECK(parse(buf, cut, flags).rc == HTTPSTATUS_ERR_INCOMPLETE);
			FUZZ_CHECK(parse(buf, r.end - 1, flags).rc == HTTPSTATUS_ERR_INCOMPLETE);
		}

		/* What strict mode accepts, tolerant mode accepts the same way. */
		if (flags == HTTPSTATUS_PARSE_STRICT || flags == HTTPSTATUS_PARSE_NO_EOL) {
			struct result t = parse(buf, len, flags | HTTPSTATUS_PARSE_TOLERANT);

			FUZZ_CHECK(t.rc == 0 && t.code == r.code && t.major == r.major &&
			           t.minor == r.minor && t.end == r.end);
		}

		/* Formatting what was parsed gives a line that parses back. */
		if (r.code <= HTTPSTATUS_MAX) {
			n = httpstatus_format_status_line(line, sizeof line, r.major, r.minor,
			                                  r.code, HTTPSTATUS_DIALECT_DEFAULT);
			if (n > 0 && (size_t)n < sizeof line) {
				f = parse(line, (size_t)n, HTTPSTATUS_PARSE_STRICT);
				FUZZ_CHECK(f.rc == 0 && f.code == r.code && f.major == r.major &&
				           f.minor == r.minor && f.end == (size_t)n);
			}
		}
	}
	free(buf);
	return 0;
}
