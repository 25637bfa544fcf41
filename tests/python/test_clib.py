# SPDX-License-Identifier: MIT
"""Every code 100-599 through the package agrees with the C library, asked
directly through ctypes (the clib fixture)."""

import itertools

import pytest

import httpstatus
from httpstatus import Dialect, Filter, Flag, Status

ALL_CODES = range(httpstatus.MIN, httpstatus.MAX + 1)


def c_known_codes(clib, mask):
    out, c = [], clib.next(0, mask)
    while c > 0:
        out.append(c)
        c = clib.next(c, mask)
    return out


def test_range_matches_the_header(clib):
    assert (httpstatus.MIN, httpstatus.MAX) == (100, 599)
    assert clib.class_of(httpstatus.MIN - 1) == 0 and clib.class_of(httpstatus.MIN) != 0
    assert clib.class_of(httpstatus.MAX + 1) == 0 and clib.class_of(httpstatus.MAX) != 0


def test_the_library_knows_codes(clib):
    # Guards the loops below against passing on an empty table.
    assert len(c_known_codes(clib, Filter.ALL)) > 60


@pytest.mark.parametrize("code", ALL_CODES)
def test_code_facts(clib, code):
    assert httpstatus.reason(code) == clib.reason(code)
    assert httpstatus.description(code) == clib.description(code)
    assert httpstatus.spec(code) == clib.spec(code)
    assert httpstatus.name(code) == clib.name(code)
    assert httpstatus.vendor(code) == clib.vendor(code)
    assert httpstatus.fallback(code) == clib.fallback(code)
    assert httpstatus.class_of(code) == clib.class_of(code)
    assert httpstatus.class_of(code).label == clib.class_name(clib.class_of(code))
    assert httpstatus.registry_of(code) == clib.registry(code)
    assert httpstatus.registry_of(code).label == clib.registry_name(clib.registry(code))
    assert httpstatus.flags(code) == clib.flags(code)
    assert httpstatus.is_known(code) == (clib.name(code) is not None)
    for d in Dialect:
        want = clib.reason_dialect(code, int(d))
        assert httpstatus.reason(code, d) == want
        assert httpstatus.reason(code, dialect=d.short_name) == want
        assert httpstatus.reason(code, int(d)) == want


# Integers around and beyond the codes: queries answer as C does.
NUMBERS = list(range(-5, 105)) + list(range(595, 1005)) + [2**31 - 1, -2**31]


@pytest.mark.parametrize("code", NUMBERS)
def test_queries_answer_any_int(clib, code):
    assert httpstatus.reason(code) == clib.reason(code)
    assert httpstatus.name(code) == clib.name(code)
    assert httpstatus.class_of(code) == clib.class_of(code)
    assert httpstatus.registry_of(code) == clib.registry(code)
    assert httpstatus.flags(code) == clib.flags(code)
    want = clib.fallback(code)
    assert httpstatus.fallback(code) == (None if want < 0 else want)
    want = clib.next(code, 3)
    assert httpstatus.next(code) == (None if want < 0 else want)
    assert httpstatus.strerror(code) == clib.strerror(code)


def test_queries_clamp_huge_ints(clib):
    for big, c in ((2**31, 2**31 - 1), (2**100, 2**31 - 1), (-2**31 - 1, -2**31), (-10**40, -2**31)):
        assert httpstatus.class_of(big) == clib.class_of(c)
        assert httpstatus.next(big) == (None if clib.next(c, 3) < 0 else clib.next(c, 3))
        assert httpstatus.strerror(big) == clib.strerror(c)


@pytest.mark.parametrize("code", ALL_CODES)
def test_status_member(clib, code):
    if clib.name(code) is None:
        with pytest.raises(ValueError):
            Status(code)
        return
    s = Status(code)
    assert s == code and isinstance(s, Status)
    assert s is httpstatus.status(code)
    assert s.name == clib.name(code)
    assert s.phrase == clib.reason(code)
    assert s.description == clib.description(code)
    assert s.spec == clib.spec(code)
    assert s.vendor == clib.vendor(code)
    assert s.registry == clib.registry(code)
    assert s.status_class == clib.class_of(code)
    assert s.is_known and s.is_valid
    bits = clib.flags(code)
    assert s.flags == bits
    for flag in Flag:
        predicate = "is_" + clib.flag_name(int(flag)).replace("-", "_")
        assert getattr(s, predicate) == bool(bits & flag), predicate
        assert getattr(httpstatus, predicate)(code) == bool(bits & flag), predicate
    cls = clib.class_of(code)
    assert [s.is_informational, s.is_success, s.is_redirection, s.is_client_error,
            s.is_server_error] == [cls == k for k in range(1, 6)]
    assert [httpstatus.is_informational(code), httpstatus.is_success(code),
            httpstatus.is_redirection(code), httpstatus.is_client_error(code),
            httpstatus.is_server_error(code)] == [cls == k for k in range(1, 6)]
    phrases = {d: clib.reason_dialect(code, int(d)) for d in Dialect}
    assert s.phrases == {d: p for d, p in phrases.items() if p is not None}
    for d in Dialect:
        assert s.reason_in(d) == phrases[d]


@pytest.mark.parametrize("mask", [Filter.IANA, Filter.UNOFFICIAL, Filter.ALL, 0])
def test_codes(clib, mask):
    got = httpstatus.codes(mask)
    assert [int(s) for s in got] == c_known_codes(clib, mask)
    assert all(isinstance(s, Status) for s in got)


def test_status_members_come_from_the_library(clib):
    assert [int(s) for s in Status] == c_known_codes(clib, Filter.ALL)
    assert [s.name for s in Status] == [clib.name(c) for c in c_known_codes(clib, Filter.ALL)]


def test_every_name_is_a_constant_of_the_same_code(clib):
    for n, member in Status.__members__.items():
        assert getattr(httpstatus, n) is member
        # Every name, current or older, is a spelling the library maps back.
        assert clib.from_reason(n.encode())[0] == int(member)
        assert httpstatus.from_reason(n) == int(member)
        assert member.name == clib.name(int(member))


def test_reverse_lookup_matches_the_library(clib):
    phrases = set()
    for code in ALL_CODES:
        for d in Dialect:
            p = clib.reason_dialect(code, int(d))
            if p:
                phrases.add(p)
        if clib.name(code):
            phrases.add(clib.name(code))
    assert len(phrases) > 60
    for p in sorted(phrases):
        for variant in (p, p.upper(), p.lower(), f"{p} ", p.replace(" ", "-")):
            want_code, want_match = clib.from_reason(variant.encode())
            if want_code < 0:
                with pytest.raises(ValueError):
                    httpstatus.from_reason(variant)
                assert httpstatus.find_reason(variant) is None
            else:
                assert httpstatus.from_reason(variant) == want_code
                assert httpstatus.from_reason(variant.encode()) == want_code
                assert httpstatus.find_reason(variant) == want_code
                assert httpstatus.match_reason(variant) == (want_code, want_match)


@pytest.mark.parametrize("phrase", [
    "", " ", "Not Found", "404 Not Found", "404 Gone", "Moved Temporarily", "teapot",
    "I\u2019m a teapot", "x" * 256, "x" * 257, "Not\x00Found", "N\u00f6t Found", "\ud800",
    "request entity too large", "NOT_FOUND", "not_found", "999 Not Found",
], ids=lambda p: repr(p)[1:30])
def test_reverse_lookup_edge_cases(clib, phrase):
    try:
        data = phrase.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(ValueError):
            httpstatus.from_reason(phrase)
        return
    want_code, want_match = clib.from_reason(data)
    if want_code >= 0:
        assert httpstatus.match_reason(phrase) == (want_code, want_match)
        assert httpstatus.match_reason(data) == (want_code, want_match)
        return
    cls = httpstatus.UnknownPhraseError if want_code == -2 else ValueError
    with pytest.raises(cls) as info:
        httpstatus.from_reason(phrase)
    assert str(info.value).startswith(clib.strerror(want_code))
    if want_code != -2:
        assert not isinstance(info.value, httpstatus.UnknownPhraseError)
    assert httpstatus.find_reason(phrase) is None


def test_enums_match_the_library(clib):
    for d in Dialect:
        assert d.short_name == clib.dialect_name(int(d))
    assert clib.dialect_name(len(Dialect)) is None
    for f in Flag:
        assert f.label == clib.flag_name(int(f))
    for e in httpstatus.Error:
        assert e.message == clib.strerror(int(e))
    assert httpstatus.version() == httpstatus.__version__ == clib.version()


@pytest.mark.parametrize("code", ALL_CODES)
def test_format_status_line(clib, code):
    for d, (major, minor) in itertools.product(Dialect, [(1, 1), (1, 0), (2, 0), (0, 9)]):
        want = clib.format_status_line(code, int(d), major, minor)
        assert httpstatus.format_status_line(code, dialect=d, version=(major, minor)) == want
        assert httpstatus.format_status_line(code, dialect=d.short_name,
                                             version=f"{major}.{minor}") == want


LINES = [
    b"HTTP/1.1 404 Not Found\r\n",
    b"HTTP/1.1 404 Not Found\r\nServer: x\r\n\r\n",
    b"HTTP/1.0 200 OK\r\n",
    b"HTTP/1.1 204 \r\n",
    b"HTTP/1.1 204\r\n",
    b"HTTP/1.1 471 Whatever You Like\r\n",
    b"HTTP/1.1 200 OK \r\n",
    b"HTTP/1.1 200  OK\r\n",
    b"HTTP/1.1 200 O\tK\r\n",
    b"HTTP/1.1 200 Caf\xe9\r\n",
    b"HTTP/1.1 200 OK\n",
    b"HTTP/1.1  200  OK\r\n",
    b"HTTP/2 200 OK\r\n",
    b"http/1.1 200 OK\r\n",
    b"HTTP/1.1 999 Custom\r\n",
    b"HTTP/1.1 099 Low\r\n",
    b"HTTP/1.1 20 Short\r\n",
    b"HTTP/1.1 2000 Long\r\n",
    b"HTTP/1.1 404 Not\x00Found\r\n",
    b"HTTP/1.1 404 Not\x7fFound\r\n",
    b"HTTP/1.1 404 Not Found\r",
    b"HTTP/1.1 404 Not Found\rX",
    b"HTTP/1.1 404 Not Found",
    b"HTTP/1.1 404",
    b"HTTP/1.",
    b"",
    b"HTTPS/1.1 200 OK\r\n",
    b"HTTP/11 200 OK\r\n",
    b"HTTP/1.1\t200 OK\r\n",
    b"HTTP/1.1 2x0 OK\r\n",
    b"\r\n",
    b"HTTP/1.1 200 " + b"a" * 9000 + b"\r\n",
    b"HTTP/1.1 200 " + b"a" * 9000,
]


@pytest.mark.parametrize("line", LINES, ids=lambda b: repr(b)[2:40])
@pytest.mark.parametrize("flags", [0, 1, 2, 3])
def test_parse_status_line(clib, line, flags):
    want = clib.parse_status_line(line, flags)
    if isinstance(want[0], int):
        rc, end = want
        with pytest.raises(httpstatus.StatusLineError) as info:
            httpstatus.parse_status_line(line, flags)
        err = info.value
        assert err.error == rc and isinstance(err.error, httpstatus.Error)
        says_where = (httpstatus.Error.VERSION, httpstatus.Error.CODE,
                      httpstatus.Error.SYNTAX, httpstatus.Error.REASON,
                      httpstatus.Error.LINE_END)
        assert err.offset == (end if rc in says_where else None)
        assert clib.strerror(rc).split(": ")[-1] in str(err)
        if err.offset is not None:
            assert f"offset {end}" in str(err)
        return
    (major, minor), code, reason, end = want
    got = httpstatus.parse_status_line(line, flags)
    assert got == (major, minor, code, reason, end)
    for same in (bytearray(line), memoryview(line)):
        assert httpstatus.parse_status_line(same, flags) == got
    if line.isascii():
        assert httpstatus.parse_status_line(line.decode("ascii"), flags) == got
