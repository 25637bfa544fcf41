# SPDX-License-Identifier: MIT
"""format_status_line() and parse_status_line()."""

import pytest

import httpstatus
from httpstatus import Error, ParseFlag, Status, StatusLine, StatusLineError


def test_format():
    assert httpstatus.format_status_line(404) == "HTTP/1.1 404 Not Found\r\n"
    assert httpstatus.format_status_line(Status.OK, version=(1, 0)) == "HTTP/1.0 200 OK\r\n"
    assert httpstatus.format_status_line(200, version="2") == "HTTP/2.0 200 OK\r\n"
    assert httpstatus.format_status_line(200, version="0.9") == "HTTP/0.9 200 OK\r\n"
    assert httpstatus.format_status_line(413, dialect="rfc2616") == \
        "HTTP/1.1 413 Request Entity Too Large\r\n"
    # The dialect is taken as reason() takes it: by position too.
    assert httpstatus.format_status_line(413, "rfc2616", "1.0") == \
        "HTTP/1.0 413 Request Entity Too Large\r\n"
    # Unknown code: an empty reason, and the space after the code stays.
    assert httpstatus.format_status_line(471) == "HTTP/1.1 471 \r\n"
    # What cannot be formatted raises.
    for code, dialect in ((99, None), (404, 99), (10**20, None)):
        with pytest.raises(ValueError, match="invalid argument"):
            httpstatus.format_status_line(code, dialect)


def test_parse():
    line = httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found\r\nServer: x\r\n")
    assert line == StatusLine(1, 1, 404, "Not Found", 24)
    assert (line.major, line.minor, line.code, line.reason, line.end) == (1, 1, 404, "Not Found", 24)
    assert type(line.code) is int and type(line.reason) is str
    assert httpstatus.parse_status_line("HTTP/1.0 200 OK\r\n") == (1, 0, 200, "OK", 17)
    assert httpstatus.parse_status_line(b"HTTP/1.1 204 \r\n").reason == ""
    # Reason bytes are obs-text, one character each.
    assert httpstatus.parse_status_line(b"HTTP/1.1 200 Caf\xe9\r\n").reason == "Caf\u00e9"
    # A str is text like any other: UTF-8.
    assert httpstatus.parse_status_line("HTTP/1.1 200 Caf\u00e9\r\n").reason == "Caf\u00c3\u00a9"
    # Whatever follows the line end is not looked at.
    assert httpstatus.parse_status_line(b"HTTP/1.1 200 OK\r\n\x00\xff").code == 200


def test_parse_tolerant():
    for line in (b"HTTP/1.1 200 OK\n", b"HTTP/1.1  200  OK\r\n", b"http/1.1 200 OK\r\n",
                 b"HTTP/1.1 200\r\n"):
        with pytest.raises(StatusLineError):
            httpstatus.parse_status_line(line)
        assert httpstatus.parse_status_line(line, ParseFlag.TOLERANT).code == 200
    assert httpstatus.parse_status_line(b"HTTP/2 200 OK\r\n", ParseFlag.TOLERANT).major == 2
    assert httpstatus.parse_status_line(b"HTTP/1.1 999 Mine\r\n", flags=1).code == 999


def test_parse_without_line_end():
    with pytest.raises(StatusLineError) as info:
        httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found")
    assert info.value.error is Error.INCOMPLETE and info.value.offset is None
    assert httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found", ParseFlag.NO_EOL) == \
        (1, 1, 404, "Not Found", 22)


def test_parse_unknown_flags():
    with pytest.raises(StatusLineError) as info:
        httpstatus.parse_status_line(b"HTTP/1.1 200 OK\r\n", 4)
    assert info.value.error is Error.INVALID


@pytest.mark.parametrize("line,error,offset", [
    (b"HTTP/1.1 404 Not\x00Found\r\n", Error.REASON, 16),
    (b"HTTX/1.1 200 OK\r\n", Error.VERSION, 3),
    (b"HTTP/1.1 2x0 OK\r\n", Error.CODE, 10),
    (b"HTTP/1.1 200 OK\rX", Error.LINE_END, 15),
])
def test_parse_errors_say_what_and_where(line, error, offset):
    with pytest.raises(StatusLineError) as info:
        httpstatus.parse_status_line(line)
    e = info.value
    assert isinstance(e, ValueError)
    assert e.error is error and e.offset == offset
    assert str(e).startswith("status line: ") and f"at offset {offset}" in str(e)


def test_round_trip_every_code():
    for code in range(100, 600):
        for dialect in httpstatus.Dialect:
            text = httpstatus.format_status_line(code, dialect)
            line = httpstatus.parse_status_line(text)
            assert line.code == code and (line.major, line.minor) == (1, 1)
            assert line.end == len(text)
            assert text == f"HTTP/1.1 {code} {line.reason}\r\n"
