# SPDX-License-Identifier: MIT
"""Bad input on every public function: a TypeError for a wrong type, a
ValueError (or a subclass) for a wrong value, None from find_reason; never
another exception, a wrong answer or a crash."""

import inspect

import pytest

import httpstatus
from httpstatus import Status

MB = 1 << 20


class Index:
    """An integer-like object (as numpy's are): accepted as an int."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


# Values that are not status codes: (value, expected exception).
BAD_CODES = [
    (None, TypeError), ("404", TypeError), (b"404", TypeError), (404.0, TypeError),
    (float("nan"), TypeError), (True, TypeError), (False, TypeError), ([404], TypeError),
    (object(), TypeError), ("\u00e9", TypeError), ("4\x000", TypeError), ("x" * MB, TypeError),
    (2**100, ValueError), (-2**100, ValueError), (10**5000, ValueError), (-1, ValueError),
    (0, ValueError), (99, ValueError), (600, ValueError), (10**6, ValueError),
    (2**31, ValueError), (2**63, ValueError), (Index(600), ValueError),
]

# Every public function or class that takes a status code, called with it.
CODE_CALLS = {
    "reason": httpstatus.reason,
    "reason(dialect)": lambda c: httpstatus.reason(c, "nginx"),
    "description": httpstatus.description,
    "spec": httpstatus.spec,
    "name": httpstatus.name,
    "vendor": httpstatus.vendor,
    "fallback": httpstatus.fallback,
    "registry": httpstatus.registry,
    "class_of": httpstatus.class_of,
    "flags": httpstatus.flags,
    "is_informational": httpstatus.is_informational,
    "is_success": httpstatus.is_success,
    "is_redirection": httpstatus.is_redirection,
    "is_client_error": httpstatus.is_client_error,
    "is_server_error": httpstatus.is_server_error,
    "is_error": httpstatus.is_error,
    "is_cacheable": httpstatus.is_cacheable,
    "is_redirect": httpstatus.is_redirect,
    "is_retryable": httpstatus.is_retryable,
    "has_content": httpstatus.has_content,
    "status": httpstatus.status,
    "Status": Status,
    "Status.of": Status.of,
    "format_status_line": httpstatus.format_status_line,
}

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

# The ways to give a dialect.
DIALECT_CALLS = {
    "reason": lambda d: httpstatus.reason(404, d),
    "reason(dialect=)": lambda d: httpstatus.reason(404, dialect=d),
    "Status.reason_in": lambda d: Status.NOT_FOUND.reason_in(d),
    "Status.status_line": lambda d: Status.NOT_FOUND.status_line(dialect=d),
    "format_status_line": lambda d: httpstatus.format_status_line(404, dialect=d),
    "Dialect": httpstatus.Dialect,
}

BAD_DIALECTS = [
    (404.0, TypeError), (True, TypeError), (False, TypeError), (b"nginx", TypeError),
    ([0], TypeError), ("lighttpd", ValueError), ("nginx\x00", ValueError),
    ("ngin\u00e9", ValueError), ("\ud800", ValueError), ("n" * MB, ValueError), ("", ValueError),
    (-1, ValueError), (7, ValueError), (2**100, ValueError), (Index(99), ValueError),
]

BAD_STATUS_LINES = [
    (None, TypeError), (404, TypeError), (404.0, TypeError), (True, TypeError),
    ([b"HTTP/1.1 200 OK\r\n"], TypeError), (object(), TypeError),
    (b"HTTP/1.1 404 Not\x00Found\r\n", httpstatus.StatusLineError),
    ("HTTP/1.1 404 N\u20acT\r\n", httpstatus.StatusLineError),
    ("HTTP/1.1 404 \ud800\r\n", httpstatus.StatusLineError),
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
    ("1.1\x00", ValueError), ("1." + "1" * MB, ValueError),
]

BAD_FILTERS = [
    (None, TypeError), (True, TypeError), (1.0, TypeError), ("iana", TypeError),
    (-1, ValueError), (8, ValueError), (2**100, ValueError),
]


def case_id(case):
    value, exc = case
    if isinstance(value, int) and abs(value) > 10**20:
        text = f"int of {value.bit_length()} bits"
    else:
        text = repr(value)
    return (text if len(text) < 30 else text[:27] + "...") + "-" + exc.__name__


def check(call, value, exc):
    with pytest.raises(exc) as info:
        call(value)
    # The exact class asked for, or one of ours below it; never SWIG's
    # OverflowError or SystemError, which are not ValueErrors of ours.
    assert type(info.value) in (exc, httpstatus.UnknownPhraseError, httpstatus.StatusLineError)
    assert str(info.value)


@pytest.mark.parametrize("case", BAD_CODES, ids=case_id)
@pytest.mark.parametrize("fn", CODE_CALLS)
def test_bad_code(fn, case):
    value, exc = case
    check(CODE_CALLS[fn], value, exc)


@pytest.mark.parametrize("fn", CODE_CALLS)
def test_good_code_forms(fn):
    # The same call works with an int, a Status, an HTTPStatus and an
    # integer-like object, and gives the same answer.
    import http
    call = CODE_CALLS[fn]
    want = call(404)
    assert call(Status.NOT_FOUND) == want
    assert call(http.HTTPStatus.NOT_FOUND) == want
    assert call(Index(404)) == want
    call(100), call(599), call(471)


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


@pytest.mark.parametrize("case", BAD_STATUS_LINES, ids=case_id)
def test_bad_status_line(case):
    value, exc = case
    for strict in (True, False):
        check(lambda v: httpstatus.parse_status_line(v, strict=strict), value, exc)


def test_status_line_charset_offset():
    with pytest.raises(httpstatus.StatusLineError, match="offset 14") as info:
        httpstatus.parse_status_line("HTTP/1.1 404 N\u20acT\r\n")
    assert info.value.offset == 14
    assert info.value.error is httpstatus.ErrorCode.REASON
    with pytest.raises(httpstatus.StatusLineError, match="offset 10") as info:
        httpstatus.parse_status_line("HTTP/1.1 4\u20ac4 Not Found\r\n")
    assert info.value.error is httpstatus.ErrorCode.CODE
    # Latin-1 text is obs-text, which the reason may hold.
    assert httpstatus.parse_status_line("HTTP/1.1 404 N\u00f6t\r\n").reason == "N\u00f6t"
    # What follows the line end is not looked at, in str as in bytes.
    assert httpstatus.parse_status_line("HTTP/1.1 200 OK\r\n\u20ac").code == 200


@pytest.mark.parametrize("case", BAD_VERSIONS, ids=case_id)
def test_bad_version(case):
    value, exc = case
    check(lambda v: httpstatus.format_status_line(404, version=v), value, exc)
    check(lambda v: Status.NOT_FOUND.status_line(version=v), value, exc)


@pytest.mark.parametrize("case", BAD_FILTERS, ids=case_id)
def test_bad_filter(case):
    value, exc = case
    check(httpstatus.codes, value, exc)


def test_every_public_function_is_covered():
    covered = {"version"}  # takes no argument
    for table in (CODE_CALLS, PHRASE_CALLS, DIALECT_CALLS):
        covered |= {k.split("(")[0].split(".")[-1] for k in table}
    covered |= {"parse_status_line", "codes"}
    functions = {n for n in httpstatus.__all__
                 if inspect.isroutine(getattr(httpstatus, n))}
    assert functions, "the package has functions"
    assert functions - covered == set()
