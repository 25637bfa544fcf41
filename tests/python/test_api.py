# SPDX-License-Identifier: MIT
"""The package's functions, enums and documentation."""

import ast
import doctest
import inspect
import os
import pydoc
import sys

import pytest

import httpstatus
from httpstatus import Dialect, Filter, Flag, Match, Registry, Status, StatusClass


def test_imported_from_the_build_tree(top_builddir):
    pkg = os.path.join(os.path.realpath(top_builddir), "bindings", "python", "pkg", "httpstatus")
    assert os.path.dirname(os.path.realpath(httpstatus.__file__)) == pkg
    module = sys.modules["httpstatus._httpstatus"]
    assert os.path.dirname(os.path.realpath(module.__file__)) == pkg
    # Laid out as installed: typing marker and stub next to the module.
    assert os.path.isfile(os.path.join(pkg, "py.typed"))
    assert os.path.isfile(os.path.join(pkg, "__init__.pyi"))


def test_reason():
    assert httpstatus.reason(404) == "Not Found"
    assert httpstatus.reason(code=404) == "Not Found"
    assert httpstatus.reason(404, None) == "Not Found"
    assert httpstatus.reason(Status.NOT_FOUND) == "Not Found"
    assert httpstatus.reason(471) is None
    assert httpstatus.reason(413, "rfc2616") == "Request Entity Too Large"
    assert httpstatus.reason(413, dialect="RFC2616") == "Request Entity Too Large"
    assert httpstatus.reason(413, Dialect.RFC2616) == "Request Entity Too Large"
    assert httpstatus.reason(dialect=Dialect.RFC2616, code=413) == "Request Entity Too Large"
    # The cached phrase is the same every time.
    assert httpstatus.reason(404) is httpstatus.reason(404)
    # A query never raises on an integer: an unknown dialect number has no
    # phrase, as in C.
    assert httpstatus.reason(404, 99) is None
    assert httpstatus.reason(10**30) is None and httpstatus.reason(-1, "nginx") is None


def test_reason_signature_errors():
    with pytest.raises(TypeError, match="missing"):
        httpstatus.reason()
    with pytest.raises(TypeError, match="at most 2"):
        httpstatus.reason(404, None, None)
    with pytest.raises(TypeError, match="keyword"):
        httpstatus.reason(404, language="en")
    with pytest.raises(TypeError, match="by name .'code'. and position"):
        httpstatus.reason(404, code=404)
    with pytest.raises(TypeError, match="missing"):
        httpstatus.reason(dialect="nginx")
    assert str(inspect.signature(httpstatus.reason)) == "(code, dialect=None)"


def test_dialects():
    assert Dialect("nginx") is Dialect.NGINX
    assert Dialect("NGINX") is Dialect.NGINX
    assert Dialect(0) is Dialect.RFC9110
    names = [d.short_name for d in Dialect]
    assert len(names) == httpstatus.DIALECT_COUNT
    assert names[:7] == [
        "rfc9110", "rfc7231", "rfc2616", "apache13", "apache22", "apache24", "nginx"]
    with pytest.raises(ValueError, match="unknown dialect 'lighttpd' .known: rfc9110"):
        Dialect("lighttpd")
    with pytest.raises(ValueError, match="invalid argument: 'lighttpd'"):
        httpstatus.dialect_from_name("lighttpd")
    with pytest.raises(ValueError, match="unknown dialect 'lighttpd' .known: rfc9110"):
        httpstatus.reason(404, "lighttpd")
    assert httpstatus.dialect_from_name("NGINX") is Dialect.NGINX
    assert httpstatus.dialect_name(Dialect.NGINX) == "nginx" == httpstatus.dialect_name("nginx")
    # A server that sends an empty phrase, a document that has none.
    assert httpstatus.reason(100, "nginx") == ""
    assert httpstatus.reason(308, "rfc2616") is None


def test_from_reason():
    assert httpstatus.from_reason("Request Entity Too Large") == 413
    assert httpstatus.from_reason(b"Moved Temporarily") == 302
    assert httpstatus.from_reason("404 Not Found") == 404
    assert httpstatus.from_reason("i\u2019m a teapot") == 418
    assert type(httpstatus.from_reason("Not Found")) is int
    assert httpstatus.match_reason("Not Found") == (404, Match.CANONICAL)
    assert httpstatus.match_reason("Moved Temporarily").match is Match.DIALECT
    assert httpstatus.match_reason("Request Entity Too Long") == (413, Match.ALIAS)
    assert httpstatus.find_reason("Not Found") == 404
    assert httpstatus.find_reason("No Such Phrase") is None


def test_from_reason_fast_path_answers_as_match_reason():
    # from_reason() answers the phrases it knows exactly from a dict: the
    # same answers, for str and its subclasses, bytes, keywords and bad types.
    class Text(str):
        pass

    for code in range(httpstatus.MIN, httpstatus.MAX + 1):
        for phrase in {httpstatus.reason(code, d) for d in httpstatus.Dialect} - {None, ""}:
            want = httpstatus.find_reason(phrase)
            for arg in (phrase, Text(phrase), phrase.encode(), phrase.upper()):
                if want is None:
                    with pytest.raises(ValueError):
                        httpstatus.from_reason(arg)
                    continue
                got = httpstatus.from_reason(arg)
                assert got == want and type(got) is int, (arg, got, want)
    assert httpstatus.from_reason(phrase="Not Found") == 404
    for bad in (True, 404, None, 4.5):
        with pytest.raises(TypeError, match="argument"):
            httpstatus.from_reason(bad)
    with pytest.raises(TypeError):
        httpstatus.from_reason("Not Found", "Gone")
    with pytest.raises(httpstatus.UnknownPhraseError):
        httpstatus.from_reason(Text("Nope"))


def test_from_reason_errors():
    assert issubclass(httpstatus.UnknownPhraseError, LookupError)
    assert issubclass(httpstatus.UnknownPhraseError, ValueError)
    assert httpstatus.UnknownPhraseError.__module__ == "httpstatus"
    with pytest.raises(httpstatus.UnknownPhraseError, match="unknown reason phrase: 'Nope'"):
        httpstatus.from_reason("Nope")
    with pytest.raises(LookupError):
        httpstatus.from_reason("Nope")
    with pytest.raises(ValueError, match="disagree") as info:
        httpstatus.from_reason("404 Gone")
    assert not isinstance(info.value, LookupError)
    with pytest.raises(ValueError, match="too long.*300 characters"):
        httpstatus.from_reason("x" * 300)
    with pytest.raises(ValueError, match="non-ASCII"):
        httpstatus.from_reason("N\u00f6t Found")
    with pytest.raises(ValueError, match="non-ASCII"):
        httpstatus.from_reason("Not\x00Found")


def test_classes_and_flags():
    assert httpstatus.class_of(404) is StatusClass.CLIENT_ERROR
    assert httpstatus.class_of(471) is StatusClass.CLIENT_ERROR
    assert StatusClass.CLIENT_ERROR.label == "Client Error"
    assert [c.name for c in StatusClass] == [
        "INVALID", "INFORMATIONAL", "SUCCESS", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR"]
    # Queries answer every integer as C does.
    assert httpstatus.class_of(99) is StatusClass.INVALID and StatusClass.INVALID.label is None
    assert httpstatus.flags(0) is Flag(0) and httpstatus.flags(2**70) == 0
    assert httpstatus.registry_of(0) is Registry.INVALID
    assert httpstatus.fallback(99) is None and httpstatus.next(599) is None
    assert not httpstatus.is_success(0) and not httpstatus.is_valid(600)
    assert httpstatus.is_valid(471) and not httpstatus.is_known(471) and httpstatus.is_known(404)
    assert httpstatus.is_client_error(404) and not httpstatus.is_server_error(404)
    assert httpstatus.is_informational(101) and httpstatus.is_success(204)
    assert httpstatus.is_redirection(304) and httpstatus.is_server_error(503)
    assert httpstatus.flags(308) & Flag.PERMANENT
    assert httpstatus.flags(308) & Flag.METHOD_PRESERVING
    assert Flag.NO_CONTENT.label == "no-content"
    assert (Flag.REDIRECT | Flag.PERMANENT).label is None
    assert httpstatus.is_cacheable(404) and not httpstatus.is_cacheable(403)
    assert httpstatus.is_redirect(307) and not httpstatus.is_redirect(304)
    assert httpstatus.is_retryable(503) and not httpstatus.is_retryable(500)
    assert httpstatus.is_no_content(204) and not httpstatus.is_no_content(200)
    assert httpstatus.is_permanent(308) and httpstatus.is_method_preserving(307)
    assert httpstatus.is_temporary(302) and not httpstatus.is_permanent(302)
    assert httpstatus.is_error(400) and not httpstatus.is_error(399)
    assert httpstatus.fallback(471) == 400 and httpstatus.fallback(404) == 404


def test_registry_and_vendor():
    assert httpstatus.registry_of(404) is Registry.REGISTERED
    assert httpstatus.registry_of(418) is Registry.RESERVED
    assert httpstatus.registry_of(471) is Registry.UNASSIGNED
    assert httpstatus.registry_of(499) is Registry.UNOFFICIAL
    assert httpstatus.vendor(499) == "nginx"
    assert httpstatus.vendor(404) is None
    assert httpstatus.spec(404) == "RFC 9110, Section 15.5.5"
    assert httpstatus.name(413) == "CONTENT_TOO_LARGE"
    assert httpstatus.description(404) and httpstatus.description(471) is None


def test_codes():
    everything = httpstatus.codes()
    assert everything == httpstatus.codes(Filter.ALL) == tuple(Status)
    iana, unofficial = httpstatus.codes(Filter.IANA), httpstatus.codes(Filter.UNOFFICIAL)
    assert sorted(iana + unofficial) == list(everything)
    assert Status.NOT_FOUND in iana and Status(499) in unofficial
    assert httpstatus.codes(0) == ()
    assert httpstatus.codes(filter=int(Filter.IANA)) == iana
    assert httpstatus.next(0) == 100 and httpstatus.next(100, Filter.UNOFFICIAL) == 419


def test_constants():
    assert httpstatus.NOT_FOUND == 404
    assert httpstatus.NOT_FOUND is Status.NOT_FOUND
    assert httpstatus.REQUEST_ENTITY_TOO_LARGE == 413
    assert httpstatus.UNPROCESSABLE_ENTITY == 422
    for n, member in Status.__members__.items():
        assert getattr(httpstatus, n) is member
    for n in httpstatus.__all__:
        assert hasattr(httpstatus, n), n
    # The other constants of the header, as ints.
    assert httpstatus.FLAG_NO_CONTENT == Flag.NO_CONTENT and httpstatus.ERR_NOT_FOUND == -2
    assert httpstatus.DIALECT_COUNT == len(Dialect) and httpstatus.PARSE_TOLERANT == 1


def test_enums_refuse_bools_and_floats():
    for enum_cls in (StatusClass, Registry, Flag, Filter, Match, Dialect, httpstatus.Error,
                     httpstatus.ParseFlag):
        with pytest.raises(TypeError):
            enum_cls(True)
        with pytest.raises(TypeError):
            enum_cls(1.0)


def test_version():
    assert httpstatus.version() == httpstatus.__version__
    assert httpstatus.__version__.count(".") == 2


def test_examples_in_the_docs():
    failed, attempted = doctest.testmod(httpstatus)
    assert attempted >= 7 and failed == 0


def test_everything_public_is_documented():
    assert "HTTP status codes" in httpstatus.__doc__
    for n in httpstatus.__all__:
        obj = getattr(httpstatus, n)
        if callable(obj):
            assert obj.__doc__ and obj.__doc__.strip(), n
    text = pydoc.render_doc(httpstatus, renderer=pydoc.plaintext)
    for n in ("reason", "from_reason", "find_reason", "parse_status_line", "Status"):
        assert n in text
    assert str(inspect.signature(httpstatus.format_status_line)) == \
        "(code, dialect=None, version='1.1')"


def test_help_is_short():
    # The API, not the methods of int nine times over, nor the private
    # extension module.
    # (The header-field part of the API, its four enums and the Rule and
    # Finding named tuples, takes about 550 lines.)
    text = pydoc.render_doc(httpstatus, renderer=pydoc.plaintext)
    assert len(text.splitlines()) < 2000, len(text.splitlines())
    assert "_httpstatus" not in text and "bit_length" not in text
    assert "is_method_preserving(code)" in text and "NOT_FOUND = <Status.NOT_FOUND: 404>" in text


STUB = os.path.join(os.path.dirname(httpstatus.__file__), "__init__.pyi")


def stub_tree():
    with open(STUB) as f:
        return ast.parse(f.read())


def names_in(body):
    out = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            out.add(node.target.id)
        elif isinstance(node, ast.Assign):
            out.update(t.id for t in node.targets)
    return out


def test_stub_lists_the_package():
    public = {n for n in dir(httpstatus) if not n.startswith("_")}
    listed = {n for n in names_in(stub_tree().body) if not n.startswith("_")}
    assert public - listed == set(), "missing from the stub"
    assert listed - public == set(), "in the stub only"


def test_stub_lists_every_member():
    classes = {c.name: c for c in stub_tree().body if isinstance(c, ast.ClassDef)}
    for name in ("Status", "StatusClass", "Registry", "Flag", "Dialect", "Error", "Match",
                 "Filter", "ParseFlag"):
        enum_cls = getattr(httpstatus, name)
        members = {n.targets[0].id: n.value for n in classes[name].body
                   if isinstance(n, ast.Assign)}
        assert set(members) == set(enum_cls.__members__), name
        for n, value in members.items():
            assert ast.literal_eval(value) == enum_cls[n], n
        attrs = {n for n in names_in(classes[name].body) if not n.startswith("_")}
        runtime = {n for n in vars(enum_cls) if not n.startswith("_")}
        if name == "Status":    # attributes of each member, as http.HTTPStatus has
            runtime |= set(vars(enum_cls.OK)) - {"_value_", "_name_", "__objclass__",
                                                  "_sort_order_"}
        assert attrs == runtime | set(members), name
