# SPDX-License-Identifier: MIT
"""Bad input on every public function, as bindings/README.md states it: a
TypeError for a wrong type; an answer, never an exception, from a query
given any integer; a ValueError (or a subclass) from what cannot answer
(Status(), a reverse lookup, a status line); never another exception, a
wrong answer or a crash."""

import inspect
import tracemalloc

import operator

import pytest

import httpstatus
from httpstatus import Flag, Registry, Status, StatusClass

MB = 1 << 20


class Index:
    """An integer-like object (as numpy's are): accepted as an int."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


# Not integers: a TypeError from anything that takes a code.
BAD_CODE_TYPES = [
    None, "404", b"404", 404.0, float("nan"), True, False, [404], object(), "\u00e9",
    "4\x000", "x" * MB,
]

# Integers that are no status code, or no known one: queries answer them.
ODD_CODES = [
    2**100, -2**100, 10**5000, -1, 0, 99, 600, 10**6, 2**31, 2**63, -2**31 - 1, Index(600),
    Index(-10**30), 471,
]

# Every public function that takes a status code and answers a query.
QUERIES = {
    "reason": httpstatus.reason,
    "reason(dialect)": lambda c: httpstatus.reason(c, "nginx"),
    "description": httpstatus.description,
    "spec": httpstatus.spec,
    "name": httpstatus.name,
    "vendor": httpstatus.vendor,
    "fallback": httpstatus.fallback,
    "registry_of": httpstatus.registry_of,
    "class_of": httpstatus.class_of,
    "flags": httpstatus.flags,
    "next": httpstatus.next,
    "reason_dialect": lambda c: httpstatus.reason_dialect(c, "nginx"),
}
QUERIES.update((n, getattr(httpstatus, n)) for n in httpstatus.__all__ if n.startswith("is_"))
# The functions that take another kind of integer.
INT_QUERIES = {
    "strerror": httpstatus.strerror,
    "class_name": httpstatus.class_name,
    "registry_name": httpstatus.registry_name,
}
# What makes a Status, or a line, from a code: a ValueError for an unknown one.
CONSTRUCTORS = {
    "Status": Status,
    "status": httpstatus.status,
    "format_status_line": httpstatus.format_status_line,
}

# The answers of a query for an integer that is not a valid code.
NO_ANSWER = (None, False, StatusClass.INVALID, Registry.INVALID, Flag(0), 100)

# The functions that take a reason phrase.
PHRASE_CALLS = {
    "from_reason": httpstatus.from_reason,
    "find_reason": httpstatus.find_reason,
    "match_reason": httpstatus.match_reason,
}

BAD_PHRASES = [
    (None, TypeError), (404, TypeError), (404.0, TypeError), (True, TypeError),
    (["Not Found"], TypeError), (object(), TypeError),
    ("", ValueError), ("N\u00f6t Found", ValueError), ("Not\x00Found", ValueError),
    ("Not Found\x00", ValueError), ("x" * MB, ValueError), ("\ud800", ValueError),
    (b"\xff\xfe", ValueError), (b"Not\x00Found", ValueError), (b"x" * MB, ValueError),
    ("999 Not Found", ValueError), ("404 Gone", ValueError), ("\U0001f600", ValueError),
]

# The ways to give a dialect, and what they do with an unknown number.
DIALECT_CALLS = {
    "reason": lambda d: httpstatus.reason(404, d),
    "reason(dialect=)": lambda d: httpstatus.reason(404, dialect=d),
    "dialect_name": httpstatus.dialect_name,
    "Status.reason_in": lambda d: Status.NOT_FOUND.reason_in(d),
    "Status.status_line": lambda d: Status.NOT_FOUND.status_line(dialect=d),
    "format_status_line": lambda d: httpstatus.format_status_line(404, dialect=d),
    "Dialect": httpstatus.Dialect,
}
DIALECT_QUERIES = {"reason", "reason(dialect=)", "dialect_name", "Status.reason_in"}

BAD_DIALECTS = [
    (404.0, TypeError), (True, TypeError), (False, TypeError), (b"nginx", TypeError),
    ([0], TypeError), ("lighttpd", ValueError), ("nginx\x00", ValueError),
    ("ngin\u00e9", ValueError), ("\ud800", ValueError), ("n" * MB, ValueError), ("", ValueError),
]
UNKNOWN_DIALECT_NUMBERS = [-1, httpstatus.DIALECT_COUNT, 2**100, Index(99)]

BAD_STATUS_LINES = [
    (None, TypeError), (404, TypeError), (404.0, TypeError), (True, TypeError),
    ([b"HTTP/1.1 200 OK\r\n"], TypeError), (object(), TypeError),
    (memoryview(b"HTTP/1.1 200 OK\r\n")[::2], TypeError),
    (b"HTTP/1.1 404 Not\x00Found\r\n", httpstatus.StatusLineError),
    ("HTTP/1.1 404 Not\x00Found\r\n", httpstatus.StatusLineError),
    ("x" * MB, httpstatus.StatusLineError), (b"x" * MB, httpstatus.StatusLineError),
    (b"HTTP/1.1 200 " + b"a" * MB + b"\r\n", httpstatus.StatusLineError),
    (b"", httpstatus.StatusLineError), (b"\xff" * 20, httpstatus.StatusLineError),
]

BAD_VERSIONS = [
    (None, TypeError), (1.1, TypeError), (11, TypeError), ((1,), TypeError),
    ((1, 1, 0), TypeError), ([1, 1], TypeError), ((True, 1), TypeError),
    ((1.0, 1), TypeError), (("1", "1"), TypeError), ((1, 10), ValueError),
    ((-1, 0), ValueError), ((2**100, 0), ValueError), ("1.10", ValueError),
    ("1", ValueError), ("", ValueError), ("a.b", ValueError), ("\u0661.\u0661", ValueError),
    ("1.1\x00", ValueError), ("1." + "1" * MB, ValueError), ("12.3", ValueError),
]

BAD_FILTERS = [
    (None, TypeError), (True, TypeError), (1.0, TypeError), ("iana", TypeError),
    (-1, ValueError), (2**32, ValueError), (2**100, ValueError),
]


def case_id(case):
    value = case[0] if isinstance(case, tuple) else case
    if isinstance(value, int) and abs(value) > 10**20:
        text = f"int of {value.bit_length()} bits"
    else:
        text = repr(value)
    text = text if len(text) < 30 else text[:27] + "..."
    return text + ("-" + case[1].__name__ if isinstance(case, tuple) else "")


def check(call, value, exc):
    with pytest.raises(exc) as info:
        call(value)
    # The exact class asked for, or one of ours below it; never SWIG's
    # OverflowError or SystemError, which are not ValueErrors of ours.
    assert type(info.value) in (exc, httpstatus.UnknownPhraseError, httpstatus.StatusLineError)
    assert str(info.value)


@pytest.mark.parametrize("value", BAD_CODE_TYPES, ids=case_id)
@pytest.mark.parametrize("fn", list(QUERIES) + list(INT_QUERIES) + list(CONSTRUCTORS))
def test_bad_code_type(fn, value):
    call = {**QUERIES, **INT_QUERIES, **CONSTRUCTORS}[fn]
    check(call, value, TypeError)


@pytest.mark.parametrize("value", ODD_CODES, ids=case_id)
@pytest.mark.parametrize("fn", QUERIES)
def test_query_answers_any_int(fn, value):
    answer = QUERIES[fn](value)
    if value != 471:
        # RFC 9110, Section 15: a client handles 600-999 as 500.
        assert answer in NO_ANSWER or (fn == "next" and answer == 100) or \
            (fn == "fallback" and 600 <= operator.index(value) <= 999 and answer == 500)


@pytest.mark.parametrize("value", ODD_CODES, ids=case_id)
@pytest.mark.parametrize("fn", INT_QUERIES)
def test_int_query_answers_any_int(fn, value):
    if value not in (-1, 0):    # an error number, a registry status
        assert INT_QUERIES[fn](value) in (None, "unknown error")


@pytest.mark.parametrize("value", ODD_CODES, ids=case_id)
@pytest.mark.parametrize("fn", CONSTRUCTORS)
def test_constructor_refuses_unknown_code(fn, value):
    if fn == "format_status_line" and value == 471:
        assert CONSTRUCTORS[fn](value) == "HTTP/1.1 471 \r\n"
    else:
        check(CONSTRUCTORS[fn], value, ValueError)


@pytest.mark.parametrize("fn", list(QUERIES) + list(CONSTRUCTORS))
def test_good_code_forms(fn):
    # The same call works with an int, a Status, an HTTPStatus and an
    # integer-like object, and gives the same answer.
    import http
    call = {**QUERIES, **CONSTRUCTORS}[fn]
    want = call(404)
    assert call(Status.NOT_FOUND) == want
    assert call(http.HTTPStatus.NOT_FOUND) == want
    assert call(Index(404)) == want
    call(100), call(599)


@pytest.mark.parametrize("case", BAD_PHRASES, ids=case_id)
@pytest.mark.parametrize("fn", PHRASE_CALLS)
def test_bad_phrase(fn, case):
    value, exc = case
    if fn == "find_reason" and exc is ValueError:
        assert httpstatus.find_reason(value) is None
    else:
        check(PHRASE_CALLS[fn], value, exc)


@pytest.mark.parametrize("case", BAD_DIALECTS, ids=case_id)
@pytest.mark.parametrize("fn", DIALECT_CALLS)
def test_bad_dialect(fn, case):
    value, exc = case
    check(DIALECT_CALLS[fn], value, exc)


@pytest.mark.parametrize("value", UNKNOWN_DIALECT_NUMBERS, ids=case_id)
@pytest.mark.parametrize("fn", DIALECT_CALLS)
def test_unknown_dialect_number(fn, value):
    if fn in DIALECT_QUERIES:
        assert DIALECT_CALLS[fn](value) is None
    else:
        check(DIALECT_CALLS[fn], value, ValueError)


@pytest.mark.parametrize("case", BAD_STATUS_LINES, ids=case_id)
@pytest.mark.parametrize("flags", [0, httpstatus.ParseFlag.TOLERANT])
def test_bad_status_line(case, flags):
    value, exc = case
    check(lambda v: httpstatus.parse_status_line(v, flags), value, exc)


def test_status_line_str_is_utf8():
    # Non-ASCII characters are UTF-8 bytes: obs-text in the reason, which
    # RFC 9112 allows, and a bad code where the code should be.
    line = httpstatus.parse_status_line("HTTP/1.1 404 N\u20acT\r\n")
    assert line.reason == "N\u20acT".encode().decode("latin-1") and line.end == 20
    with pytest.raises(httpstatus.StatusLineError, match="offset 10") as info:
        httpstatus.parse_status_line("HTTP/1.1 4\u20ac4 Not Found\r\n")
    assert info.value.error is httpstatus.Error.CODE
    # What follows the line end is not looked at.
    assert httpstatus.parse_status_line("HTTP/1.1 200 OK\r\n\ud800").code == 200


def test_long_text_is_not_converted_whole():
    # Only what the library may read is converted: a 200 MB str costs no
    # more memory than a short one.
    texts = ["x" * (200 * MB), "\u20ac" * (20 * MB), b"y" * (200 * MB)]
    names = ["n" * (200 * MB), "\u20ac" * (20 * MB)]
    tracemalloc.start()
    try:
        for text in texts:
            with pytest.raises(ValueError, match="too long"):
                httpstatus.from_reason(text)
            with pytest.raises(httpstatus.StatusLineError):
                httpstatus.parse_status_line(text)
            with pytest.raises(ValueError):
                httpstatus.dialect_from_name(text)
        for name in names:
            with pytest.raises(ValueError):
                httpstatus.reason(404, name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MB, peak


@pytest.mark.parametrize("case", BAD_VERSIONS, ids=case_id)
def test_bad_version(case):
    value, exc = case
    check(lambda v: httpstatus.format_status_line(404, version=v), value, exc)
    check(lambda v: Status.NOT_FOUND.status_line(version=v), value, exc)


@pytest.mark.parametrize("case", BAD_FILTERS, ids=case_id)
def test_bad_filter(case):
    value, exc = case
    check(httpstatus.codes, value, exc)
    check(lambda f: httpstatus.next(0, f), value, exc)


def test_bad_flag_and_dialect_name():
    for call in (httpstatus.flag_name, httpstatus.dialect_from_name):
        check(call, None, TypeError)
        check(call, [1], TypeError)
    for value in (-1, 2**32, 2**100):
        check(httpstatus.flag_name, value, ValueError)
    for value in (0, 3, 1 << 31, 2**32 - 1):
        assert httpstatus.flag_name(value) is None
    for value in ("", "lighttpd", "ngin", "nginx ", b"\xff", "\ud800"):
        check(httpstatus.dialect_from_name, value, ValueError)


def test_unknown_filter_bits_are_ignored():
    assert httpstatus.codes(8) == () and httpstatus.codes(8 | 1) == httpstatus.codes(1)


def stub_signatures():
    """{function: [annotation of each parameter]} from the package's stub."""
    import ast
    import os
    with open(os.path.join(os.path.dirname(httpstatus.__file__), "__init__.pyi")) as f:
        tree = ast.parse(f.read())
    return {node.name: [ast.unparse(a.annotation) for a in node.args.args]
            for node in tree.body if isinstance(node, ast.FunctionDef)}


# Every other function, by the kinds of its arguments (as the stub, made
# from the header, says): a function added to the C library is covered
# here without a line of its own.
SIGNATURES = stub_signatures()
COVERED = ({"version", "dialect_from_name", "parse_status_line", "codes", "next", "flag_name",
            # tests/python/test_wire.py: formatting raises ValueError, as
            # format_status_line does; registry_checked takes nothing.
            "format_status_line_flags", "wire_line", "registry_checked"}
           # test_field_and_check_arguments: a bit set, an optional text, none, a head
           | {"field_next", "field_flag_name", "fields", "check"}
           | {k.split("(")[0].split(".")[-1]
              for t in (QUERIES, INT_QUERIES, CONSTRUCTORS, PHRASE_CALLS, DIALECT_CALLS)
              for k in t})
OTHERS = sorted(n for n in httpstatus.__all__
                if inspect.isroutine(getattr(httpstatus, n)) and n not in COVERED)


# Three functions listed above as well, so that the check by kind runs
# even when every function has rows of its own.
@pytest.mark.parametrize("fn", sorted(set(OTHERS) | {"description", "strerror", "reason_dialect"}))
def test_other_functions_by_kind(fn):
    call, kinds = getattr(httpstatus, fn), SIGNATURES[fn]
    good = {"_Int": 404, "_Text": "Not Found", "_DialectArg": None}
    assert kinds and set(kinds) <= set(good), kinds
    for i, kind in enumerate(kinds):
        args = [good[k] for k in kinds]
        for value in BAD_CODE_TYPES[:3] if kind == "_Int" else (None, 404.0):
            if value is None and kind == "_DialectArg":
                continue
            args[i] = value
            check(lambda v: call(*args), value, TypeError)
        if kind == "_Int":
            for value in ODD_CODES:
                args[i] = value
                call(*args)         # an answer, never an exception


def test_field_and_check_arguments():
    # field_flag_name, field_next, fields and check have arguments of kinds
    # test_other_functions_by_kind does not try.
    # A bit set, as flag_name() takes it.
    assert httpstatus.field_flag_name(0) is None
    assert httpstatus.field_flag_name(3) is None
    for bad in (-1, 2 ** 32):
        with pytest.raises(ValueError):
            httpstatus.field_flag_name(bad)
    for bad in (True, 1.0, "1", None):
        with pytest.raises(TypeError):
            httpstatus.field_flag_name(bad)
    # An optional text.
    for bad in (404, 1.0, ["Date"]):
        with pytest.raises(TypeError):
            httpstatus.field_next(bad)
    assert httpstatus.field_next("x" * 100000) is None
    with pytest.raises(TypeError):
        httpstatus.fields(1)
    # The head: any bytes, never an exception but for its type.
    for head in (b"", b"\0" * 100, "\udcff", bytearray(70000), memoryview(b"HTTP/1.1 200")):
        assert isinstance(httpstatus.check(head), tuple)
    for bad in (None, 404, ["HTTP/1.1 200 OK"]):
        with pytest.raises(TypeError):
            httpstatus.check(bad)
    for bad in (True, "1.2", "x", (1, 2), (2, 1)):
        with pytest.raises((TypeError, ValueError)):
            httpstatus.check("HTTP/1.1 200 OK\r\n\r\n", version=bad)
    assert httpstatus.check("HTTP/1.1 200 OK\r\nDate: x\r\n\r\n", method="G" * 1000) == ()


def test_every_public_function_is_covered():
    functions = {n for n in httpstatus.__all__
                 if inspect.isroutine(getattr(httpstatus, n))}
    assert len(functions) > 30, "the package has functions"
    assert functions - COVERED - set(OTHERS) == set()
    assert set(OTHERS) <= set(SIGNATURES)


def test_matrix_names_these_tests():
    # docs/bad-input.md's Python rows name the tests that check them.
    import os
    import re
    with open(os.path.join(os.environ["top_srcdir"], "docs", "bad-input.md")) as f:
        text = f.read()
    section = text[text.index("## Python binding"):text.index("## Lua 5.4 binding")]
    named = set(re.findall(r"\btest_\w+\b(?!\.)", section))
    here = {n for n in globals() if n.startswith("test_")}
    assert named and named - here == set()
    assert here - named <= {"test_good_code_forms", "test_every_public_function_is_covered",
                            "test_matrix_names_these_tests", "test_other_functions_by_kind"}
