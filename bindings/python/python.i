/* SPDX-License-Identifier: MIT */
/*
 * The Python part of the SWIG interface, included by ../httpstatus.i before
 * the public header.  It makes the private extension module
 * httpstatus._httpstatus; the package httpstatus/__init__.py builds the
 * public API on top of it.
 *
 * Everything that turns Python objects into C arguments, and C error
 * returns into Python exceptions, lives in this file, once:
 *
 *   hs_py_code()      a status code: an int (not a bool) from 100 to 599
 *   hs_py_dialect()   a dialect: None, a Dialect member / int, or a name
 *   hs_py_int()       any other int argument, range-checked
 *   hs_py_text_get()  a phrase or status line: str or a bytes-like object
 *   hs_py_raise()     a negative httpstatus_error as a Python exception
 *
 * The typemaps below apply the converters to every wrapped function, so a
 * wrong type is a TypeError and an out-of-range number a ValueError, never
 * SWIG's own OverflowError or a crash.
 *
 * Two calls are written by hand instead of generated, because they are on
 * the hot path of proxies and clients and SWIG's argument-tuple wrappers are
 * several times slower than a dict lookup: reason(code, dialect=None) and
 * status(code).  They use the same converters.
 */

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

/* Enum tags are not wrapped in Python; keep their C names so that the
 * tags "httpstatus_class_of" and "httpstatus_registry_of" do not collide with
 * the functions of the same name. */
%rename("%s", %$isenum) "";
/* The status codes get a prefix of their own in the private module, so
 * the package can tell them from the other constants exactly. */
%rename("CODE_%(strip:[HTTPSTATUS_])s", %$isenumitem,
        match$parentNode$name="httpstatus_code") "";
/* "class" is a Python keyword; "registry" is also an enum tag. */
%rename(class_of) httpstatus_class_of(int);
%rename(registry_of) httpstatus_registry_of(int);

/* Replaced by the length-aware helpers at the end of this file. */
%ignore httpstatus_from_reason;
%ignore httpstatus_match_reason;
%ignore httpstatus_next;
%ignore httpstatus_format_status_line;
%ignore httpstatus_parse_status_line;
/* Replaced by the hand-written fast path. */
%ignore httpstatus_reason;
/* The dialect converter below does this, with a NUL check. */
%ignore httpstatus_dialect_from_name;

/* ------------------------------------------------------------------ */
/* Converters and errors                                               */
/* ------------------------------------------------------------------ */

%{
#include <limits.h>
#include <string.h>

/* The module is built as httpstatus._httpstatus (swig -module _httpstatus). */
PyMODINIT_FUNC PyInit__httpstatus(void);

#define HS_PY_NCODES (HTTPSTATUS_MAX - HTTPSTATUS_MIN + 1)

/* Exceptions of the package, created when the module is imported. */
static PyObject *hs_py_unknown_phrase_error;
static PyObject *hs_py_status_line_error;

/* The Status member of every code 100-599, handed over by the package at
 * import time (a tuple); NULL until then. */
static PyObject *hs_py_members;

/* The RFC 9110 phrase of each code as a Python string, made on first use. */
static PyObject *hs_py_reasons[HS_PY_NCODES];

/* What a failed call was about, for hs_py_raise(). */
enum hs_py_context {
	HS_PY_ARGUMENT,    /* a plain argument */
	HS_PY_PHRASE,      /* a reason phrase for a reverse lookup */
	HS_PY_STATUS_LINE  /* a status line to parse */
};

/* repr(obj), cut to a length that fits in an error message. */
static PyObject *hs_py_short_repr(PyObject *obj)
{
	PyObject *repr, *cut;
	Py_ssize_t max = 60;

	if (PyUnicode_Check(obj) && PyUnicode_GET_LENGTH(obj) > max) {
		PyObject *head = PyUnicode_Substring(obj, 0, max);

		if (head == NULL)
			return NULL;
		repr = PyObject_Repr(head);
		Py_DECREF(head);
		if (repr == NULL)
			return NULL;
		cut = PyUnicode_FromFormat("%U... (%zd characters)", repr,
		                           PyUnicode_GET_LENGTH(obj));
		Py_DECREF(repr);
		return cut;
	}
	if (PyBytes_Check(obj) && PyBytes_GET_SIZE(obj) > max) {
		PyObject *head = PyBytes_FromStringAndSize(PyBytes_AS_STRING(obj), max);

		if (head == NULL)
			return NULL;
		repr = PyObject_Repr(head);
		Py_DECREF(head);
		if (repr == NULL)
			return NULL;
		cut = PyUnicode_FromFormat("%U... (%zd bytes)", repr, PyBytes_GET_SIZE(obj));
		Py_DECREF(repr);
		return cut;
	}
	if (PyUnicode_Check(obj) || PyBytes_Check(obj))
		return PyObject_Repr(obj);
	return PyUnicode_FromFormat("a %.100s object", Py_TYPE(obj)->tp_name);
}

/*
 * Raises the exception for err, a negative httpstatus_error, and returns
 * NULL.  offset is the offset of the offending byte, or -1; subject is the
 * input the message should quote, or NULL.
 *   - reverse lookup: NOT_FOUND is an UnknownPhraseError (a LookupError and
 *     a ValueError), every other error a ValueError;
 *   - status line: every error is a StatusLineError (a ValueError) with the
 *     attributes error (the httpstatus_error value) and offset (or None);
 *   - anything else: ValueError.
 */
static PyObject *hs_py_raise(int err, enum hs_py_context ctx, Py_ssize_t offset,
                             PyObject *subject)
{
	PyObject *cls = PyExc_ValueError;
	PyObject *msg = NULL, *quoted = NULL, *exc = NULL, *value = NULL;
	const char *what = httpstatus_strerror(err);
	const char *prefix = "";

	if (ctx == HS_PY_STATUS_LINE) {
		cls = hs_py_status_line_error;
		if (strncmp(what, "status line", 11) != 0)
			prefix = "status line: ";
	} else if (ctx == HS_PY_PHRASE && err == HTTPSTATUS_ERR_NOT_FOUND) {
		cls = hs_py_unknown_phrase_error;
	}
	if (subject != NULL) {
		quoted = hs_py_short_repr(subject);
		if (quoted == NULL)
			return NULL;
	}
	if (offset >= 0 && quoted != NULL)
		msg = PyUnicode_FromFormat("%s%s at offset %zd in %U", prefix, what, offset, quoted);
	else if (offset >= 0)
		msg = PyUnicode_FromFormat("%s%s at offset %zd", prefix, what, offset);
	else if (quoted != NULL)
		msg = PyUnicode_FromFormat("%s%s: %U", prefix, what, quoted);
	else
		msg = PyUnicode_FromFormat("%s%s", prefix, what);
	Py_XDECREF(quoted);
	if (msg == NULL)
		return NULL;
	exc = PyObject_CallFunctionObjArgs(cls, msg, NULL);
	Py_DECREF(msg);
	if (exc == NULL)
		return NULL;
	if (cls == hs_py_status_line_error) {
		value = PyLong_FromLong(err);
		if (value == NULL || PyObject_SetAttrString(exc, "error", value) < 0)
			goto out;
		Py_DECREF(value);
		if (offset >= 0) {
			value = PyLong_FromSsize_t(offset);
			if (value == NULL)
				goto out;
		} else {
			Py_INCREF(Py_None);
			value = Py_None;
		}
		if (PyObject_SetAttrString(exc, "offset", value) < 0)
			goto out;
	}
	PyErr_SetObject(cls, exc);
out:
	Py_XDECREF(value);
	Py_DECREF(exc);
	return NULL;
}

/* The C long value of an integer object: obj must pass PyIndex_Check. */
static long hs_py_long(PyObject *obj, int *overflow)
{
	PyObject *index;
	long v;

	if (PyLong_Check(obj))
		return PyLong_AsLongAndOverflow(obj, overflow);
	index = PyNumber_Index(obj);
	if (index == NULL) {
		*overflow = 0;
		return -1;
	}
	v = PyLong_AsLongAndOverflow(index, overflow);
	Py_DECREF(index);
	return v;
}

/* True for an integer argument: an int or any object with __index__,
 * but not a bool, which is no number here. */
static int hs_py_is_integer(PyObject *obj)
{
	return PyLong_CheckExact(obj) || (!PyBool_Check(obj) && PyIndex_Check(obj));
}

/* A status code: an int from HTTPSTATUS_MIN to HTTPSTATUS_MAX. */
static int hs_py_code(PyObject *obj, int *code)
{
	int overflow;
	long v;

	if (!hs_py_is_integer(obj)) {
		PyErr_Format(PyExc_TypeError, "status code must be an int, not %.100s",
		             Py_TYPE(obj)->tp_name);
		return -1;
	}
	v = hs_py_long(obj, &overflow);
	if (v == -1 && !overflow && PyErr_Occurred())
		return -1;
	if (overflow) {
		PyErr_Format(PyExc_ValueError,
		             "status code must be from %d to %d, not a number that large",
		             HTTPSTATUS_MIN, HTTPSTATUS_MAX);
		return -1;
	}
	if (v < HTTPSTATUS_MIN || v > HTTPSTATUS_MAX) {
		PyErr_Format(PyExc_ValueError, "status code must be from %d to %d, not %ld",
		             HTTPSTATUS_MIN, HTTPSTATUS_MAX, v);
		return -1;
	}
	*code = (int)v;
	return 0;
}

/* Any other integer argument, from min to max; what names it in errors. */
static int hs_py_int(PyObject *obj, long min, long max, const char *what, long *out)
{
	int overflow;
	long v;

	if (!hs_py_is_integer(obj)) {
		PyErr_Format(PyExc_TypeError, "%s must be an int, not %.100s", what,
		             Py_TYPE(obj)->tp_name);
		return -1;
	}
	v = hs_py_long(obj, &overflow);
	if (v == -1 && !overflow && PyErr_Occurred())
		return -1;
	if (overflow || v < min || v > max) {
		PyErr_Format(PyExc_ValueError, "%s must be from %ld to %ld", what, min, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* "rfc9110, rfc7231, ..." for error messages. */
static PyObject *hs_py_dialect_list(void)
{
	PyObject *names = PyList_New(0), *sep, *joined = NULL;
	const char *n;
	int i;

	if (names == NULL)
		return NULL;
	for (i = 0; (n = httpstatus_dialect_name(i)) != NULL; i++) {
		PyObject *s = PyUnicode_FromString(n);

		if (s == NULL || PyList_Append(names, s) < 0) {
			Py_XDECREF(s);
			Py_DECREF(names);
			return NULL;
		}
		Py_DECREF(s);
	}
	sep = PyUnicode_FromString(", ");
	if (sep != NULL)
		joined = PyUnicode_Join(sep, names);
	Py_XDECREF(sep);
	Py_DECREF(names);
	return joined;
}

/* A dialect: None (the default), a Dialect member or its int value, or
 * its short name ("nginx", any case). */
static int hs_py_dialect(PyObject *obj, int *dialect)
{
	if (obj == NULL || obj == Py_None) {
		*dialect = HTTPSTATUS_DIALECT_DEFAULT;
		return 0;
	}
	if (PyUnicode_Check(obj)) {
		Py_ssize_t len;
		const char *s = PyUnicode_AsUTF8AndSize(obj, &len);
		int d = HTTPSTATUS_ERR_INVALID;
		PyObject *known, *quoted;

		if (s == NULL)
			PyErr_Clear();  /* lone surrogates: no dialect has them */
		else if ((size_t)len == strlen(s))
			d = httpstatus_dialect_from_name(s);
		if (d >= 0) {
			*dialect = d;
			return 0;
		}
		known = hs_py_dialect_list();
		quoted = known ? hs_py_short_repr(obj) : NULL;
		if (quoted != NULL)
			PyErr_Format(PyExc_ValueError, "unknown dialect %U (known: %U)", quoted, known);
		Py_XDECREF(known);
		Py_XDECREF(quoted);
		return -1;
	}
	if (hs_py_is_integer(obj)) {
		int overflow;
		long v = hs_py_long(obj, &overflow);

		if (v == -1 && !overflow && PyErr_Occurred())
			return -1;
		if (overflow || v < 0 || v > INT_MAX || httpstatus_dialect_name((int)v) == NULL) {
			PyObject *known = hs_py_dialect_list();

			if (known != NULL)
				PyErr_Format(PyExc_ValueError, "unknown dialect number (known: %U)", known);
			Py_XDECREF(known);
			return -1;
		}
		*dialect = (int)v;
		return 0;
	}
	PyErr_Format(PyExc_TypeError, "dialect must be a Dialect, a dialect name or None, not %.100s",
	             Py_TYPE(obj)->tp_name);
	return -1;
}

/*
 * str as Latin-1 bytes, with a NUL for each character beyond Latin-1: a
 * byte no status line may hold, so the parser reports it, with its offset,
 * unless it comes after the line end, where bytes are not looked at.
 */
static PyObject *hs_py_latin1_or_nul(PyObject *str)
{
	Py_ssize_t i, n = PyUnicode_GET_LENGTH(str);
	PyObject *bytes = PyBytes_FromStringAndSize(NULL, n);
	char *p;

	if (bytes == NULL)
		return NULL;
	p = PyBytes_AS_STRING(bytes);
	for (i = 0; i < n; i++) {
		Py_UCS4 ch = PyUnicode_READ_CHAR(str, i);

		p[i] = ch > 0xFF ? '\0' : (char)ch;
	}
	return bytes;
}

/*
 * Text handed to the C library: the bytes of a bytes-like object, or of a
 * str encoded as UTF-8 (phrases, where the library understands the UTF-8
 * quote marks) or as Latin-1 (status lines, whose reason may hold obs-text
 * bytes).  Release with PyBuffer_Release(view) after a successful call.
 */
static int hs_py_text_get(PyObject *obj, enum hs_py_context ctx, Py_buffer *view)
{
	if (PyUnicode_Check(obj)) {
		PyObject *bytes;
		Py_ssize_t len;
		const char *s;
		int rc;

		if (ctx != HS_PY_STATUS_LINE) {
			s = PyUnicode_AsUTF8AndSize(obj, &len);
			if (s == NULL) {
				if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
					PyErr_Clear();
					hs_py_raise(HTTPSTATUS_ERR_CHARSET, ctx, -1, obj);
				}
				return -1;
			}
			return PyBuffer_FillInfo(view, NULL, (void *)s, len, 1, PyBUF_SIMPLE);
		}
		bytes = PyUnicode_AsLatin1String(obj);
		if (bytes == NULL) {
			if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
				return -1;
			PyErr_Clear();
			bytes = hs_py_latin1_or_nul(obj);
			if (bytes == NULL)
				return -1;
		}
		rc = PyBuffer_FillInfo(view, bytes, PyBytes_AS_STRING(bytes),
		                       PyBytes_GET_SIZE(bytes), 1, PyBUF_SIMPLE);
		Py_DECREF(bytes);
		return rc;
	}
	if (PyObject_CheckBuffer(obj)) {
		if (PyObject_GetBuffer(obj, view, PyBUF_SIMPLE) == 0)
			return 0;
		if (PyErr_ExceptionMatches(PyExc_BufferError)) {
			PyErr_Clear();
			PyErr_Format(PyExc_TypeError, "%s must be str or a contiguous bytes-like object",
			             ctx == HS_PY_STATUS_LINE ? "status line" : "phrase");
		}
		return -1;
	}
	PyErr_Format(PyExc_TypeError, "%s must be str or bytes, not %.100s",
	             ctx == HS_PY_STATUS_LINE ? "status line" : "phrase", Py_TYPE(obj)->tp_name);
	return -1;
}

/* A C string from the library as str, or None for NULL. */
static PyObject *hs_py_str(const char *s)
{
	if (s == NULL)
		Py_RETURN_NONE;
	return PyUnicode_FromString(s);
}
%}

/* ------------------------------------------------------------------ */
/* Typemaps                                                            */
/* ------------------------------------------------------------------ */

%typemap(in) int code {
	if (hs_py_code($input, &$1) < 0)
		SWIG_fail;
}

%typemap(in) int dialect {
	if (hs_py_dialect($input, &$1) < 0)
		SWIG_fail;
}

%typemap(in) int (long hs_value) {
	if (hs_py_int($input, INT_MIN, INT_MAX, "argument $argnum", &hs_value) < 0)
		SWIG_fail;
	$1 = (int)hs_value;
}

%typemap(in) unsigned int (long hs_value) {
	if (hs_py_int($input, 0, (long)UINT_MAX, "argument $argnum", &hs_value) < 0)
		SWIG_fail;
	$1 = (unsigned int)hs_value;
}

%typemap(out) const char * {
	$result = hs_py_str($1);
}

/* ------------------------------------------------------------------ */
/* Helpers for the calls that take text or write into a buffer         */
/* ------------------------------------------------------------------ */

%rename(from_reason) hs_py_from_reason;
%rename(codes) hs_py_codes;
%rename(format_status_line) hs_py_format_status_line;
%rename(parse_status_line) hs_py_parse_status_line;
%rename(_set_members) hs_py_set_members;

%{
/*
 * (code, match) for a reason phrase (str or bytes), or an exception from
 * hs_py_raise().  A NUL inside the phrase is a CHARSET error, not the end.
 */
static PyObject *hs_py_from_reason(PyObject *phrase)
{
	Py_buffer view;
	int match = HTTPSTATUS_MATCH_NONE;
	int code;

	if (hs_py_text_get(phrase, HS_PY_PHRASE, &view) < 0)
		return NULL;
	code = httpstatus_match_reason(view.len ? view.buf : "", (size_t)view.len, &match);
	PyBuffer_Release(&view);
	if (code < 0)
		return hs_py_raise(code, HS_PY_PHRASE, -1, phrase);
	return Py_BuildValue("(ii)", code, match);
}

/* Every known code that passes filter, in order, as a tuple of ints. */
static PyObject *hs_py_codes(unsigned int filter)
{
	PyObject *list = PyList_New(0), *tuple;
	int c;

	if (list == NULL)
		return NULL;
	for (c = httpstatus_next(0, filter); c > 0; c = httpstatus_next(c, filter)) {
		PyObject *v = PyLong_FromLong(c);

		if (v == NULL || PyList_Append(list, v) < 0) {
			Py_XDECREF(v);
			Py_DECREF(list);
			return NULL;
		}
		Py_DECREF(v);
	}
	tuple = PyList_AsTuple(list);
	Py_DECREF(list);
	return tuple;
}

/* "HTTP/<major>.<minor> <code> <reason>\r\n" as str. */
static PyObject *hs_py_format_status_line(int code, int dialect, int major, int minor)
{
	char small[320];
	char *buf = small;
	PyObject *line;
	int len;

	len = httpstatus_format_status_line(buf, sizeof small, major, minor, code, dialect);
	if (len < 0)
		return hs_py_raise(len, HS_PY_ARGUMENT, -1, NULL);
	if ((size_t)len >= sizeof small) {
		buf = PyMem_Malloc((size_t)len + 1);
		if (buf == NULL)
			return PyErr_NoMemory();
		httpstatus_format_status_line(buf, (size_t)len + 1, major, minor, code, dialect);
	}
	line = PyUnicode_DecodeLatin1(buf, len, NULL);
	if (buf != small)
		PyMem_Free(buf);
	return line;
}

/*
 * (major, minor, code, reason, end) for the status line at the start of
 * data (str or bytes-like), reason decoded as Latin-1; or a
 * StatusLineError from hs_py_raise().
 */
static PyObject *hs_py_parse_status_line(PyObject *data, unsigned int flags)
{
	Py_buffer view;
	int major = 0, minor = 0, code = 0, rc;
	const char *reason = NULL;
	size_t reason_len = 0, end = 0;
	PyObject *text, *result;

	if (hs_py_text_get(data, HS_PY_STATUS_LINE, &view) < 0)
		return NULL;
	rc = httpstatus_parse_status_line(view.len ? view.buf : "", (size_t)view.len, flags,
	                                  &major, &minor, &code, &reason, &reason_len, &end);
	if (rc < 0) {
		/* The errors for malformed input say where, in end. */
		int has_offset = rc == HTTPSTATUS_ERR_VERSION || rc == HTTPSTATUS_ERR_CODE ||
		                 rc == HTTPSTATUS_ERR_SYNTAX || rc == HTTPSTATUS_ERR_REASON ||
		                 rc == HTTPSTATUS_ERR_LINE_END;

		PyBuffer_Release(&view);
		return hs_py_raise(rc, HS_PY_STATUS_LINE, has_offset ? (Py_ssize_t)end : -1, NULL);
	}
	text = PyUnicode_DecodeLatin1(reason_len ? reason : "", (Py_ssize_t)reason_len, NULL);
	PyBuffer_Release(&view);
	if (text == NULL)
		return NULL;
	result = Py_BuildValue("(iiiNn)", major, minor, code, text, (Py_ssize_t)end);
	return result;
}

/* Hands over the Status member of every code (a tuple, index code - 100). */
static PyObject *hs_py_set_members(PyObject *members)
{
	if (!PyTuple_CheckExact(members) || PyTuple_GET_SIZE(members) != HS_PY_NCODES) {
		PyErr_Format(PyExc_TypeError, "expected a tuple of %d members", HS_PY_NCODES);
		return NULL;
	}
	Py_INCREF(members);
	Py_XDECREF(hs_py_members);
	hs_py_members = members;
	Py_RETURN_NONE;
}
%}

/* What SWIG wraps: the definitions above, under the names given by the
 * %rename lines. */
PyObject *hs_py_from_reason(PyObject *phrase);
PyObject *hs_py_codes(unsigned int filter);
PyObject *hs_py_format_status_line(int code, int dialect, int major, int minor);
PyObject *hs_py_parse_status_line(PyObject *data, unsigned int flags);
PyObject *hs_py_set_members(PyObject *members);

/* ------------------------------------------------------------------ */
/* The hand-written fast paths                                         */
/* ------------------------------------------------------------------ */

%{
/* reason(code, dialect=None): the phrase, or None. */
static PyObject *hs_py_reason(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                              PyObject *kwnames)
{
	static const char *const names[] = { "code", "dialect" };
	PyObject *argv[2] = { NULL, NULL };
	Py_ssize_t i, nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
	int code, dialect;
	PyObject **slot;

	(void)self;
	if (nargs > 2) {
		PyErr_Format(PyExc_TypeError, "reason() takes at most 2 arguments (%zd given)", nargs);
		return NULL;
	}
	for (i = 0; i < nargs; i++)
		argv[i] = args[i];
	for (i = 0; i < nkw; i++) {
		PyObject *key = PyTuple_GET_ITEM(kwnames, i);

		if (PyUnicode_CompareWithASCIIString(key, names[0]) == 0) {
			slot = &argv[0];
		} else if (PyUnicode_CompareWithASCIIString(key, names[1]) == 0) {
			slot = &argv[1];
		} else {
			PyErr_Format(PyExc_TypeError, "reason() got an unexpected keyword argument '%U'", key);
			return NULL;
		}
		if (*slot != NULL) {
			PyErr_Format(PyExc_TypeError, "reason() got multiple values for argument '%U'", key);
			return NULL;
		}
		*slot = args[nargs + i];
	}
	if (argv[0] == NULL) {
		PyErr_SetString(PyExc_TypeError, "reason() missing required argument 'code'");
		return NULL;
	}
	if (hs_py_code(argv[0], &code) < 0 || hs_py_dialect(argv[1], &dialect) < 0)
		return NULL;
	if (dialect == HTTPSTATUS_DIALECT_DEFAULT) {
		PyObject **cached = &hs_py_reasons[code - HTTPSTATUS_MIN];

		if (*cached == NULL) {
			const char *s = httpstatus_reason(code);

			if (s == NULL)
				Py_RETURN_NONE;
			*cached = PyUnicode_InternFromString(s);
			if (*cached == NULL)
				return NULL;
		}
		Py_INCREF(*cached);
		return *cached;
	}
	return hs_py_str(httpstatus_reason_dialect(code, dialect));
}

/* status(code): the Status member for code. */
static PyObject *hs_py_status(PyObject *self, PyObject *arg)
{
	int code;

	(void)self;
	if (hs_py_code(arg, &code) < 0)
		return NULL;
	if (hs_py_members == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "the httpstatus package has not set up Status");
		return NULL;
	}
	arg = PyTuple_GET_ITEM(hs_py_members, code - HTTPSTATUS_MIN);
	Py_INCREF(arg);
	return arg;
}

static PyMethodDef hs_py_fast_methods[] = {
	{ "reason", (PyCFunction)(void (*)(void))hs_py_reason, METH_FASTCALL | METH_KEYWORDS,
	  "reason(code, dialect=None)\n--\n\n"
	  "The reason phrase of code (an int from 100 to 599) in dialect, or None.\n\n"
	  "dialect is a Dialect member, its name such as \"nginx\", or None for\n"
	  "RFC 9110.  None means the dialect (or the library) has no phrase for\n"
	  "the code; a server dialect gives \"\" when that server sends the code\n"
	  "with an empty reason.  Raises TypeError for a code that is not an int\n"
	  "(bool and float included) and ValueError outside 100-599 or for an\n"
	  "unknown dialect." },
	{ "status", hs_py_status, METH_O,
	  "status(code, /)\n--\n\n"
	  "The Status member for code, an int from 100 to 599, registered or not.\n\n"
	  "The fastest way from a number to a Status: the same as Status(code).\n"
	  "Raises TypeError for a code that is not an int (bool and float\n"
	  "included) and ValueError outside 100-599." },
	{ NULL, NULL, 0, NULL }
};
%}

%init %{
	{
		PyObject *bases = PyTuple_Pack(2, PyExc_LookupError, PyExc_ValueError);

		if (bases == NULL)
			return NULL;
		hs_py_unknown_phrase_error = PyErr_NewExceptionWithDoc(
			"httpstatus.UnknownPhraseError",
			"A well-formed reason phrase that names no status code.\n\n"
			"Both a LookupError (nothing was found) and a ValueError (the value\n"
			"given cannot be turned into a status code).",
			bases, NULL);
		Py_DECREF(bases);
	}
	hs_py_status_line_error = PyErr_NewExceptionWithDoc(
		"httpstatus.StatusLineError",
		"A status line that cannot be parsed.\n\n"
		"Attributes: error, the library's error number (an ErrorCode value,\n"
		"e.g. ErrorCode.INCOMPLETE when more bytes are needed), and offset,\n"
		"the offset of the first offending byte or None.",
		PyExc_ValueError, NULL);
	if (hs_py_unknown_phrase_error == NULL || hs_py_status_line_error == NULL ||
	    PyDict_SetItemString(d, "UnknownPhraseError", hs_py_unknown_phrase_error) < 0 ||
	    PyDict_SetItemString(d, "StatusLineError", hs_py_status_line_error) < 0 ||
	    PyModule_AddFunctions(m, hs_py_fast_methods) < 0)
		return NULL;
%}
