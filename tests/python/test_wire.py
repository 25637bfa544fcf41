# SPDX-License-Identifier: MIT
"""Server releases, what servers put on the wire, several meanings per
code, registry dates and codes 600-999, as the contract gives them."""

import pytest

import httpstatus


def test_releases():
    assert httpstatus.reason(407, "nginx/1.22.1") == ""
    assert httpstatus.reason(407, "nginx/1.30.0") == "Proxy Authentication Required"
    assert httpstatus.dialect_version("nginx/1.22.1") == 1022001
    assert httpstatus.dialect_version("nginx") == 1031004
    assert httpstatus.dialect_version(httpstatus.Dialect.RFC9110) == 0
    assert httpstatus.dialect_from_name("Apache/2.4.71 (Debian)") == \
        httpstatus.Dialect.APACHE24 + 16 * 2004071


@pytest.mark.parametrize("name, words", [
    ("nginx/", "malformed"), ("nginx/1.x", "malformed"), ("nginx/99999999999", "malformed"),
    ("nginx/0.7.65", "no checked release"), ("Apache/2.4.65", "no checked release"),
])
def test_bad_releases(name, words):
    with pytest.raises(ValueError, match=words):
        httpstatus.dialect_from_name(name)
    with pytest.raises(ValueError, match=words):
        httpstatus.reason(404, name)


def test_wire():
    assert httpstatus.wire_line(494, "nginx/1.22.1") == "HTTP/1.1 400 Bad Request\r\n"
    assert httpstatus.wire_line(444, "nginx") == ""
    assert httpstatus.wire_code(494, "nginx") == 400
    assert httpstatus.wire_code(444, "nginx") == 0
    assert httpstatus.wire_code(404, "rfc9110") is None
    assert httpstatus.wire_line(700, "Apache/2.4.71") == "HTTP/1.1 500 Internal Server Error\r\n"
    with pytest.raises(ValueError):
        httpstatus.wire_line(404, "rfc9110")


@pytest.mark.parametrize("bad", [None, 404.0, "404", True])
def test_wire_and_format_ex_types(bad):
    with pytest.raises(TypeError):
        httpstatus.wire_line(bad, "nginx")
    with pytest.raises(TypeError):
        httpstatus.format_status_line_flags(bad)
    with pytest.raises(ValueError):
        httpstatus.wire_line(2 ** 70, "nginx")
    with pytest.raises(ValueError):
        httpstatus.format_status_line_flags(404, None, "1.1", 2)


def test_meanings():
    assert httpstatus.meaning_reason(420, 0) == "Enhance Your Calm"
    assert httpstatus.meaning_vendor(420, 0) == "Twitter"
    assert httpstatus.meaning_reason(420, 1) == "Method Failure"
    assert httpstatus.meaning_vendor(420, 1) == "Spring Framework"
    assert httpstatus.meaning_reason(420, 2) is None
    assert httpstatus.from_reason("Method Failure") == 420
    assert httpstatus.match_reason("Method Failure")[1] == httpstatus.Match.MEANING


def test_registry_dates():
    assert httpstatus.registry_checked() == 20250915
    assert httpstatus.registry_date(104, httpstatus.DATE_REGISTERED) == 20241113
    assert httpstatus.registry_date(104, httpstatus.DATE_EXTENDED) == 20250915
    assert httpstatus.registry_date(104, httpstatus.DATE_EXPIRES) == 20261113
    assert httpstatus.registry_expired(104, 20261201) is True
    assert httpstatus.registry_expired(104, 20261112) is False
    assert httpstatus.registry_expired(104, 20261131) is None
    assert httpstatus.registry_date(404, httpstatus.DATE_REGISTERED) == 0


def test_600_to_999():
    assert httpstatus.fallback(700) == 500
    assert httpstatus.fallback(1000) is None
    assert httpstatus.format_status_line_flags(700, None, "1.1", httpstatus.FORMAT_ANY_CODE) == \
        "HTTP/1.1 700 \r\n"
    with pytest.raises(ValueError):
        httpstatus.format_status_line(700)
    assert httpstatus.parse_status_line(b"HTTP/1.1 799 X\r\n", httpstatus.ParseFlag.TOLERANT).code \
        == 799


def test_corrections():
    assert httpstatus.is_cacheable(451)
    assert not httpstatus.is_temporary(303) and httpstatus.is_redirect(303)
    assert httpstatus.is_retryable(421)
