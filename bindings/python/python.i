/* SPDX-License-Identifier: MIT */
/*
 * The Python part of the SWIG interface, included by ../httpstatus.i before
 * the public header.  SWIG wraps every function of httpstatus.h into the
 * private module httpstatus._httpstatus; the typemaps below say, once per C
 * type, how a Python value becomes a C argument and a C answer a Python
 * value, as ../README.md states the contract:
 *
 *   int                   any integer (not a bool); outside C's int range it
 *                         is clamped to INT_MIN or INT_MAX, an invalid value
 *   unsigned int          an integer from 0 to 2^32 - 1
 *   httpstatus_dialect_t  None (the default), an integer, or a dialect name;
 *                         optional
 *   const char *          text: str (UTF-8) or a bytes-like object, of which
 *                         at most HS_PY_TEXT_MAX bytes are converted
 *   size_t                the length of the text (or buffer) argument just
 *                         before it: no Python argument of its own
 *   char *                a buffer the function writes a line into: no
 *                         Python argument; the line is appended to the answer
 *   int *, size_t *       out-pointers: no Python argument; appended
 *   const char * answer   str, or None for NULL
 *
 * Negative httpstatus_error answers come back as they are; the package
 * (httpstatus/__init__.py) turns them into exceptions in one place.
 *
 * One hand-written piece: code_table(), the fast path from a status code
 * to a precomputed answer (a phrase, a Status member), used for reason()
 * and Status(code).  No Python object lives in a C static variable: the
 * package makes its tables in each interpreter that imports it.
 */

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

/* Enum tags are not wrapped in Python; keep their C names out of the way. */
%rename("%s", %$isenum) "";
/* The status codes get a prefix of their own in the private module, so
 * that the package tells them from the other constants exactly. */
%rename("CODE_%(strip:[HTTPSTATUS_])s", %$isenumitem,
        match$parentNode$name="httpstatus_code") "";

/* Keyword arguments by their C names: reason_dialect(code=404,
 * dialect="nginx"). */
%feature("kwargs");

/* ------------------------------------------------------------------ */
/* Converters                                                          */
/* ------------------------------------------------------------------ */

%{
#include <limits.h>
#include <string.h>

/* The module is built as httpstatus._httpstatus (swig -module _httpstatus). */
PyMODINIT_FUNC PyInit__httpstatus(void);

/* The most bytes of a text argument any function reads, and then some:
 * a longer text gives the same answer as its first HS_PY_TEXT_MAX bytes. */
#define HS_PY_TEXT_MAX (HTTPSTATUS_STATUS_LINE_MAX + 8)

/* True for an integer argument: an int or an object with __index__, but
 * not a bool. */
static int hs_py_is_integer(PyObject *obj)
{
	return PyLong_CheckExact(obj) || (!PyBool_Check(obj) && PyIndex_Check(obj));
}

static int hs_py_type_error(PyObject *obj, const char *func, const char *arg, const char *want)
{
	PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, not %.100s", func, arg,
	             want, Py_TYPE(obj)->tp_name);
	return -1;
}

/* An integer argument as a C long, saturated at LONG_MIN / LONG_MAX. */
static int hs_py_long(PyObject *obj, const char *func, const char *arg, long *out)
{
	PyObject *index;
	int overflow;
	long v;

	if (!hs_py_is_integer(obj))
		return hs_py_type_error(obj, func, arg, "int");
	index = PyNumber_Index(obj);
	if (index == NULL)
		return -1;
	v = PyLong_AsLongAndOverflow(index, &overflow);
	Py_DECREF(index);
	if (v == -1 && PyErr_Occurred())
		return -1;
	*out = overflow > 0 ? LONG_MAX : overflow < 0 ? LONG_MIN : v;
	return 0;
}

/* An int argument: out of range is clamped to INT_MIN or INT_MAX, which
 * no function takes for a valid value. */
static int hs_py_int(PyObject *obj, const char *func, const char *arg, int *out)
{
	long v;

	if (PyLong_CheckExact(obj)) {
		int overflow;

		v = PyLong_AsLongAndOverflow(obj, &overflow);
		if (overflow)
			v = overflow > 0 ? LONG_MAX : LONG_MIN;
	} else if (hs_py_long(obj, func, arg, &v) < 0) {
		return -1;
	}
	*out = v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
	return 0;
}

/* A bit set: 0 to UINT_MAX. */
static int hs_py_uint(PyObject *obj, const char *func, const char *arg, unsigned int *out)
{
	long v;

	if (hs_py_long(obj, func, arg, &v) < 0)
		return -1;
	if (v < 0 || (unsigned long)v > UINT_MAX) {
		PyErr_Format(PyExc_ValueError, "%s() argument '%s' must be from 0 to %u", func, arg,
		             UINT_MAX);
		return -1;
	}
	*out = (unsigned int)v;
	return 0;
}

/* A dialect: None (the default), an integer (any, as C takes any), or a
 * dialect name as httpstatus_dialect_from_name() takes it. */
static int hs_py_dialect(PyObject *obj, const char *func, const char *arg, int *out)
{
	if (obj == Py_None) {
		*out = HTTPSTATUS_DIALECT_DEFAULT;
		return 0;
	}
	if (PyUnicode_Check(obj)) {
		Py_ssize_t len;
		const char *s = NULL;
		int d = HTTPSTATUS_ERR_INVALID;
		PyObject *names, *sep, *known, *head, *shown;

		/* No name is long: a longer str is not encoded at all. */
		if (PyUnicode_GET_LENGTH(obj) <= 32)
			s = PyUnicode_AsUTF8AndSize(obj, &len);
		if (s == NULL)
			PyErr_Clear();
		else if ((size_t)len == strlen(s))
			d = httpstatus_dialect_from_name(s);
		if (d >= 0) {
			*out = d;
			return 0;
		}
		names = PyList_New(0);
		for (d = 0; names != NULL && httpstatus_dialect_name(d) != NULL; d++) {
			PyObject *n = PyUnicode_FromString(httpstatus_dialect_name(d));

			if (n == NULL || PyList_Append(names, n) < 0)
				Py_CLEAR(names);
			Py_XDECREF(n);
		}
		sep = names ? PyUnicode_FromString(", ") : NULL;
		known = sep ? PyUnicode_Join(sep, names) : NULL;
		head = known ? PyUnicode_Substring(obj, 0, 60) : NULL;
		shown = head ? PyObject_Repr(head) : NULL;
		if (shown != NULL)
			PyErr_Format(PyExc_ValueError, "%s() argument '%s': unknown dialect %U (known: %U)",
			             func, arg, shown, known);
		Py_XDECREF(names);
		Py_XDECREF(sep);
		Py_XDECREF(known);
		Py_XDECREF(head);
		Py_XDECREF(shown);
		return -1;
	}
	if (hs_py_is_integer(obj))
		return hs_py_int(obj, func, arg, out);
	return hs_py_type_error(obj, func, arg, "a dialect name, an int or None");
}

/*
 * Text: the first bytes of a str (as UTF-8; lone surrogates pass through,
 * for the library to refuse) or of a bytes-like object, copied into buf
 * (HS_PY_TEXT_MAX + 1 bytes) and NUL-terminated; *len is how many.  Only
 * the part the library may read is converted, however long the text.
 */
static int hs_py_text(PyObject *obj, const char *func, const char *arg, char *buf, size_t *len)
{
	size_t n;

	if (PyUnicode_Check(obj)) {
		Py_ssize_t chars = PyUnicode_GET_LENGTH(obj);

		if (PyUnicode_IS_ASCII(obj)) {
			n = (size_t)chars < HS_PY_TEXT_MAX ? (size_t)chars : HS_PY_TEXT_MAX;
			memcpy(buf, PyUnicode_DATA(obj), n);
		} else {
			/* Each character is at least one byte. */
			PyObject *head = PyUnicode_Substring(obj, 0, HS_PY_TEXT_MAX);
			PyObject *bytes = head ? PyUnicode_AsEncodedString(head, "utf-8", "surrogatepass")
			                       : NULL;

			Py_XDECREF(head);
			if (bytes == NULL)
				return -1;
			n = (size_t)PyBytes_GET_SIZE(bytes);
			if (n > HS_PY_TEXT_MAX)
				n = HS_PY_TEXT_MAX;
			memcpy(buf, PyBytes_AS_STRING(bytes), n);
			Py_DECREF(bytes);
		}
	} else if (PyObject_CheckBuffer(obj)) {
		Py_buffer view;

		if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
			return -1;
		n = (size_t)view.len < HS_PY_TEXT_MAX ? (size_t)view.len : HS_PY_TEXT_MAX;
		memcpy(buf, view.buf, n);
		PyBuffer_Release(&view);
	} else {
		return hs_py_type_error(obj, func, arg, "str or bytes");
	}
	buf[n] = '\0';
	*len = n;
	return 0;
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
/* Typemaps, by type                                                   */
/* ------------------------------------------------------------------ */

%typemap(in) int {
	if (hs_py_int($input, "$symname", "$1_name", &$1) < 0)
		SWIG_fail;
}

%typemap(in) unsigned int {
	if (hs_py_uint($input, "$symname", "$1_name", &$1) < 0)
		SWIG_fail;
}

%typemap(default) httpstatus_dialect_t {
	$1 = HTTPSTATUS_DIALECT_DEFAULT;
}
%typemap(in) httpstatus_dialect_t {
	if (hs_py_dialect($input, "$symname", "$1_name", &$1) < 0)
		SWIG_fail;
}

/*
 * Text, and the size_t after it.  SWIG matches a typemap for two arguments
 * by their names as well as their types, so the pair is made of two
 * typemaps by type that share hs_len, declared by the first (noblock keeps
 * it in the wrapper's scope).  A function with two text arguments would
 * not compile, which is better than a wrong length.
 */
%typemap(in, noblock=1) const char * {
	char hs_text[HS_PY_TEXT_MAX + 1];
	size_t hs_len = 0;
	if (hs_py_text($input, "$symname", "$1_name", hs_text, &hs_len) < 0)
		SWIG_fail;
	$1 = hs_text;
	(void)hs_len;
}
%typemap(freearg) const char * "";
%typemap(argout) const char * "";

/* A buffer the function writes into: big enough for any status line. */
%typemap(in, numinputs=0, noblock=1) char * {
	char hs_text[HTTPSTATUS_STATUS_LINE_MAX + 1];
	size_t hs_len = sizeof hs_text;
	hs_text[0] = '\0';
	$1 = hs_text;
}
%typemap(argout) char * {
	$result = SWIG_Python_AppendOutput($result, PyUnicode_DecodeLatin1($1, (Py_ssize_t)strlen($1), NULL));
}

%typemap(in, numinputs=0) size_t "";
%typemap(check) size_t {
	$1 = hs_len;
}

/* Out-pointers: appended to the answer, in order. */
%typemap(in, numinputs=0) int * (int hs_value = 0) {
	$1 = &hs_value;
}
%typemap(argout) int * {
	$result = SWIG_Python_AppendOutput($result, PyLong_FromLong(*$1));
}
%typemap(in, numinputs=0) size_t * (size_t hs_size = 0) {
	$1 = &hs_size;
}
%typemap(argout) size_t * {
	$result = SWIG_Python_AppendOutput($result, PyLong_FromSize_t(*$1));
}

/* A span of the caller's text: a pointer and its length, as str (each
 * byte one character, as HTTP reads obs-text), or None.  Named, because
 * SWIG matches typemaps for two arguments by name. */
%typemap(in, numinputs=0) (const char **SPAN, size_t *SPAN_LEN)
		(const char *hs_span = NULL, size_t hs_span_len = 0) {
	$1 = ($1_ltype)&hs_span;
	$2 = &hs_span_len;
}
%typemap(argout) (const char **SPAN, size_t *SPAN_LEN) {
	$result = SWIG_Python_AppendOutput($result, *$1 == NULL ? (Py_INCREF(Py_None), Py_None)
	                                   : PyUnicode_DecodeLatin1(*$1, (Py_ssize_t)*$2, NULL));
}
%apply (const char **SPAN, size_t *SPAN_LEN) { (const char **reason, size_t *reason_len) };

%typemap(out) const char * {
	$result = hs_py_str($1);
}

/* ------------------------------------------------------------------ */
/* The fast path: code_table()                                         */
/* ------------------------------------------------------------------ */

%{
/*
 * code_table(name, doc, first, entries, fallback) -> function
 *
 * A built-in function named name, with docstring doc, that answers
 * entries[code - first] when called with one exact int whose entry exists
 * and is not None, and otherwise calls fallback with the same arguments.
 * The state lives in an object of the type below, the function's __self__.
 */
typedef struct {
	PyObject_HEAD
	PyMethodDef def;
	PyObject *name;
	PyObject *doc;
	PyObject *entries;
	PyObject *fallback;
	long first;
} hs_py_table;

static PyObject *hs_py_table_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                  PyObject *kwnames)
{
	hs_py_table *t = (hs_py_table *)self;

	if (nargs == 1 && kwnames == NULL && PyLong_CheckExact(args[0])) {
		int overflow;
		long i = PyLong_AsLongAndOverflow(args[0], &overflow) - t->first;

		if (!overflow && i >= 0 && i < PyTuple_GET_SIZE(t->entries)) {
			PyObject *entry = PyTuple_GET_ITEM(t->entries, i);

			if (entry != Py_None) {
				Py_INCREF(entry);
				return entry;
			}
		}
	}
	return PyObject_Vectorcall(t->fallback, args, (size_t)nargs, kwnames);
}

static int hs_py_table_traverse(PyObject *self, visitproc visit, void *arg)
{
	hs_py_table *t = (hs_py_table *)self;

	Py_VISIT(Py_TYPE(self));
	Py_VISIT(t->entries);
	Py_VISIT(t->fallback);
	return 0;
}

static int hs_py_table_clear(PyObject *self)
{
	hs_py_table *t = (hs_py_table *)self;

	Py_CLEAR(t->entries);
	Py_CLEAR(t->fallback);
	return 0;
}

static void hs_py_table_dealloc(PyObject *self)
{
	hs_py_table *t = (hs_py_table *)self;
	PyTypeObject *type = Py_TYPE(self);

	PyObject_GC_UnTrack(self);
	hs_py_table_clear(self);
	Py_CLEAR(t->name);
	Py_CLEAR(t->doc);
	type->tp_free(self);
	Py_DECREF(type);
}

static PyType_Slot hs_py_table_slots[] = {
	{ Py_tp_doc, (void *)"The state of a function made by code_table()." },
	{ Py_tp_traverse, (void *)hs_py_table_traverse },
	{ Py_tp_clear, (void *)hs_py_table_clear },
	{ Py_tp_dealloc, (void *)hs_py_table_dealloc },
	{ 0, NULL }
};

static PyType_Spec hs_py_table_spec = {
	"httpstatus._httpstatus.CodeTable", sizeof(hs_py_table), 0,
	Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
	hs_py_table_slots
};

static PyObject *hs_py_code_table(PyObject *module, PyObject *args)
{
	PyObject *type, *name, *doc, *entries, *fallback, *modname, *fn;
	long first;
	hs_py_table *t;

	if (!PyArg_ParseTuple(args, "UUlO!O:code_table", &name, &doc, &first, &PyTuple_Type,
	                      &entries, &fallback))
		return NULL;
	if (!PyCallable_Check(fallback))
		return PyErr_Format(PyExc_TypeError, "code_table() fallback must be callable");
	type = PyObject_GetAttrString(module, "CodeTable");
	if (type == NULL)
		return NULL;
	t = PyObject_GC_New(hs_py_table, (PyTypeObject *)type);
	Py_DECREF(type);
	if (t == NULL)
		return NULL;
	Py_INCREF(name);
	Py_INCREF(doc);
	Py_INCREF(entries);
	Py_INCREF(fallback);
	t->name = name;
	t->doc = doc;
	t->entries = entries;
	t->fallback = fallback;
	t->first = first;
	t->def.ml_name = PyUnicode_AsUTF8(name);
	t->def.ml_doc = PyUnicode_AsUTF8(doc);
	t->def.ml_meth = (PyCFunction)(void (*)(void))hs_py_table_call;
	t->def.ml_flags = METH_FASTCALL | METH_KEYWORDS;
	PyObject_GC_Track(t);
	if (t->def.ml_name == NULL || t->def.ml_doc == NULL) {
		Py_DECREF(t);
		return NULL;
	}
	modname = PyUnicode_FromString("httpstatus");
	fn = modname ? PyCFunction_NewEx(&t->def, (PyObject *)t, modname) : NULL;
	Py_XDECREF(modname);
	Py_DECREF(t);
	return fn;
}
%}

%native(code_table) PyObject *hs_py_code_table(PyObject *module, PyObject *args);

%init %{
	{
		PyObject *table_type = PyType_FromSpec(&hs_py_table_spec);

		if (table_type == NULL || PyDict_SetItemString(d, "CodeTable", table_type) < 0)
			return NULL;
		Py_DECREF(table_type);
	}
%}
