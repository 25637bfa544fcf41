# SPDX-License-Identifier: MIT
"""httpstatus.Status against the running interpreter's http.HTTPStatus,
and the behaviour of Status as an enum."""

import copy
import enum
import http
import pickle

import pytest

import httpstatus
from httpstatus import Status

PY_MEMBERS = list(http.HTTPStatus)


def test_python_has_members():
    assert len(PY_MEMBERS) > 50


@pytest.mark.parametrize("member", PY_MEMBERS, ids=lambda m: f"{m.value}-{m.name}")
def test_every_python_member(member):
    # Same value under the same name, current or older.
    ours = Status[member.name]
    assert ours == member.value
    assert getattr(httpstatus, member.name) is ours
    assert Status(member.value) is ours
    assert Status(member) is ours
    # Its .name is the current name, which Python 3.13 also uses.
    assert ours.name == httpstatus.name(member.value)
    # Python's phrase maps back to the code.
    assert httpstatus.from_reason(member.phrase) == member.value
    # Equal to Python's member, as ints are, and hashed the same.
    assert ours == member and member == ours
    assert hash(ours) == hash(member)
    assert {member: 1}[ours] == 1
    assert isinstance(ours.phrase, str) and ours.phrase
    assert isinstance(ours.description, str) and ours.description
    for attr in ("is_informational", "is_success", "is_redirection", "is_client_error",
                 "is_server_error"):
        expected = getattr(member, attr, None)
        if expected is None:      # Python before 3.12 has no such attribute
            expected = {"is_informational": 1, "is_success": 2, "is_redirection": 3,
                        "is_client_error": 4, "is_server_error": 5}[attr] == member.value // 100
        assert getattr(ours, attr) == expected


def test_aliases_keep_the_current_name():
    aliases = {n: m for n, m in Status.__members__.items() if n != m.name}
    assert aliases, "the table has older names"
    for n, m in aliases.items():
        assert m.name == httpstatus.name(int(m)) != n
        assert getattr(httpstatus, n) is m
    assert Status.REQUEST_ENTITY_TOO_LARGE is Status.CONTENT_TOO_LARGE
    assert Status.REQUEST_ENTITY_TOO_LARGE.name == "CONTENT_TOO_LARGE"
    assert Status.UNPROCESSABLE_ENTITY.name == "UNPROCESSABLE_CONTENT"


def test_status_is_an_int_enum():
    assert issubclass(Status, enum.IntEnum)
    assert isinstance(Status.OK, int)
    assert Status.OK + 1 == 201
    assert f"{Status.OK}" == "200" and f"{Status.OK:>5}" == "  200"
    assert str(Status.NOT_FOUND) == str(http.HTTPStatus.NOT_FOUND)
    assert repr(Status.NOT_FOUND) == "<Status.NOT_FOUND: 404>"
    assert len(Status) == len(httpstatus.codes())
    assert Status.NOT_FOUND in list(Status)
    assert Status["NOT_FOUND"] is Status.NOT_FOUND


def test_members_are_the_known_codes():
    known = [c for c in range(100, 600) if httpstatus.name(c) is not None]
    assert [int(s) for s in Status] == known
    for code in known:
        s = Status(code)
        assert s == code and s.status_class == code // 100 and s is httpstatus.status(code)
    assert Status(523).is_server_error and Status(100).is_informational


def test_unknown_numbers_raise_value_error():
    # As an enum does: a code the library does not know is no member.
    for bad in (471, 0, 99, 600, -1, 10**6, 2**100, 2**63, -2**63):
        with pytest.raises(ValueError, match="is not a valid Status"):
            Status(bad)
        with pytest.raises(ValueError, match="is not a valid Status"):
            httpstatus.status(bad)


def test_wrong_types_raise_type_error():
    for bad in (404.0, True, False, "404", b"404", None, [404], http):
        with pytest.raises(TypeError, match="must be an int"):
            Status(bad)


def test_pickle_and_copy():
    for s in (Status.NOT_FOUND, Status(499), Status.REQUEST_ENTITY_TOO_LARGE):
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(s, proto)) is s
        assert copy.copy(s) is s and copy.deepcopy(s) is s


def test_dialect_phrases():
    s = Status.REQUEST_ENTITY_TOO_LARGE
    assert s.reason_in("rfc2616") == "Request Entity Too Large"
    assert s.reason_in(httpstatus.Dialect.RFC9110) == s.phrase == "Content Too Large"
    assert s.phrases[httpstatus.Dialect.RFC9110] == s.phrase
    assert s.status_line() == "HTTP/1.1 413 Content Too Large\r\n"
    assert s.status_line(dialect="rfc2616", version="1.0") == \
        "HTTP/1.0 413 Request Entity Too Large\r\n"


def test_members_have_docs():
    assert Status.__doc__ and "HTTPStatus" in Status.__doc__
    for attr in ("spec", "vendor", "registry", "status_class", "flags", "is_valid",
                 "is_known", "is_cacheable", "is_redirect", "is_retryable", "is_no_content",
                 "is_permanent", "is_method_preserving", "is_error", "phrases", "reason_in",
                 "status_line"):
        assert getattr(Status, attr).__doc__, attr
