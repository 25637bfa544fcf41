# SPDX-License-Identifier: MIT
"""Header fields, the rules of a code and the checker, from Python."""

import pytest

import httpstatus
from httpstatus import FieldFlag, FieldStatus, Finding, Rule, Severity, Strength


def test_field_lookups():
    assert httpstatus.field_name("content-type") == "Content-Type"
    assert httpstatus.field_name(b"ETAG") == "ETag"
    assert httpstatus.field_name("x-nope") is None
    assert httpstatus.field_name("Date\0x") is None
    assert httpstatus.field_status("Warning") is FieldStatus.OBSOLETED
    assert httpstatus.field_status("Proxy-Connection") is FieldStatus.UNREGISTERED
    assert FieldStatus.PROVISIONAL.label == "provisional"
    with pytest.raises(httpstatus.UnknownFieldError, match="unknown header field: 'x-nope'"):
        httpstatus.field_status("x-nope")
    with pytest.raises(LookupError):
        httpstatus.field_status("Date\0x")
    flags = httpstatus.field_flags("Connection")
    assert isinstance(flags, FieldFlag)
    assert FieldFlag.CONNECTION in flags and FieldFlag.RFC2616_GENERAL in flags
    assert httpstatus.field_flags("x-nope") == FieldFlag(0)
    assert FieldFlag.RFC2616_ENTITY.label == "rfc2616-entity"
    assert httpstatus.field_spec("Retry-After") == "RFC 9110, Section 10.2.3"
    with pytest.raises(TypeError):
        httpstatus.field_name(404)


def test_field_iteration():
    names = httpstatus.fields()
    assert len(names) > 240 and "WWW-Authenticate" in names
    assert httpstatus.field_next() == names[0]
    assert httpstatus.field_next(names[0]) == names[1]
    assert httpstatus.field_next(names[-1]) is None
    assert httpstatus.field_next("x-nope") is None


def test_rules():
    rules = httpstatus.rules(405)
    assert rules[0] == Rule("Allow", Strength.MUST, None, "RFC 9110, Section 15.5.6",
                            rules[0].message, "405-without-allow", Severity.ERROR)
    assert rules[1].field == "Date" and rules[1].condition
    retry = [r for r in httpstatus.rules(503) if r.field == "Retry-After"]
    assert retry and retry[0].strength is Strength.MAY and retry[0].id is None
    assert retry[0].severity is None
    assert httpstatus.rules(99) == ()
    assert httpstatus.rules(599)            # the class's rules
    assert Strength.SHOULD_NOT.label == "SHOULD NOT"


def test_check():
    found = httpstatus.check("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
    assert [f.id for f in found] == ["405-without-allow", "no-date"]
    f = found[0]
    assert isinstance(f, Finding)
    assert f.severity is Severity.ERROR and f.severity.label == "error"
    assert (f.line, f.offset, f.length) == (1, 0, 31)
    assert f.spec == "RFC 9110, Section 15.5.6" and f.field == "Allow" and f.detail is None
    assert httpstatus.check(b"HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n", "GET") == ()
    found = httpstatus.check(b"HTTP/1.1 204 No Content\r\nDate: x\r\nContent-Length: 5\r\n\r\n")
    assert [(f.id, f.line, f.offset) for f in found] == [("204-with-content-length", 3, 34)]
    found = httpstatus.check("HTTP/1.1 200 OK\r\nDate: x\r\n\r\nbody", method="HEAD")
    assert found[0].id == "head-response-with-content" and found[0].length == 4
    found = httpstatus.check("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n",
                             version="2")
    assert [f.id for f in found] == ["101-in-http2", "http2-connection-field"]
    assert httpstatus.check("HTTP/2 200\r\ndate: x\r\n\r\n", version=(2, 0)) == ()
    found = httpstatus.check("HTTP/1.1 404 Gone\r\nDate: x\r\n\r\n")
    assert found[0].id == "reason-of-other-code" and found[0].detail == "Gone"


def test_check_bad_input():
    # NUL bytes reach the library; a long head is read in full.
    assert httpstatus.check(b"HTTP/1.1 200 OK\r\nX: a\0b\r\nDate: x\r\n\r\n")[0].id == \
        "bad-field-value"
    big = b"HTTP/1.1 200 OK\r\nDate: x\r\nX: " + b"a" * (1 << 20) + b"\r\n\r\n"
    assert [f.id for f in httpstatus.check(big)] == ["head-too-long"]
    assert httpstatus.check(bytearray(b"\xff\xfe\r\n\r\n"))[0].id == "bad-status-line"
    assert len(httpstatus.check("X\r\n" * 20000)) == 256
    assert httpstatus.check("")[0].id == "bad-status-line"
    with pytest.raises(ValueError):
        httpstatus.check("HTTP/1.1 200 OK\r\n\r\n", version="1.2")
    with pytest.raises(TypeError, match="check\\(\\) argument 'head'"):
        httpstatus.check(None)
    with pytest.raises(TypeError):
        httpstatus.check("", method=5)

