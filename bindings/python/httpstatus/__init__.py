# SPDX-License-Identifier: MIT
"""HTTP status codes: phrases, descriptions, classes and status lines.

A Python face for libhttpstatus.  Every fact comes from the C library;
this package only shapes it the way Python code expects.

    >>> import httpstatus
    >>> httpstatus.reason(404)
    'Not Found'
    >>> httpstatus.reason(413, dialect="nginx")
    'Request Entity Too Large'
    >>> httpstatus.Status(418).phrase
    "I'm a teapot"
    >>> httpstatus.from_reason("Request Entity Too Large")
    413
    >>> httpstatus.Status(471).is_client_error    # unknown, still classified
    True
    >>> httpstatus.format_status_line(404)
    'HTTP/1.1 404 Not Found\\r\\n'
    >>> httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found\\r\\n")
    StatusLine(version=(1, 1), code=404, reason='Not Found')

Arguments are checked strictly: a status code must be an int (a bool or a
float such as 404.0 is a TypeError) from 100 to 599 (anything else is a
ValueError).  Any code in that range is accepted, known to the library or
not.  Every status code name is also a module constant, e.g.
httpstatus.NOT_FOUND == 404, including older names such as
REQUEST_ENTITY_TOO_LARGE.
"""

from __future__ import annotations

import enum as _enum
import operator as _operator
from collections import namedtuple as _namedtuple

from . import _httpstatus as _c
from ._httpstatus import StatusLineError as StatusLineError
from ._httpstatus import UnknownPhraseError as UnknownPhraseError
from ._httpstatus import reason as reason
from ._httpstatus import status as status

# typing costs more to import than the rest of the package: only type
# checkers, which take this name as true, read it.  The enums below are
# built from the C library at run time; type checkers see plain classes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, NamedTuple, Optional, Tuple, Type, TypeVar, Union
    _E = TypeVar("_E")

__version__: str = _c.version()

#: The smallest and largest valid status codes.
MIN: int = _c.MIN
MAX: int = _c.MAX
#: Phrases longer than this many bytes are rejected unread.
PHRASE_MAX: int = _c.PHRASE_MAX
#: Status lines longer than this many bytes are rejected.
STATUS_LINE_MAX: int = _c.STATUS_LINE_MAX


def _constants(prefix: str) -> List[Tuple[str, int]]:
    """The C constants named prefix + NAME, as (NAME, value), in the order
    of the public header."""
    n = len(prefix)
    return [(k[n:], v) for k, v in vars(_c).items()
            if k.startswith(prefix) and isinstance(v, int)]


def _integer(value: Any, what: str) -> int:
    """value as an int: an int or an object with __index__, not a bool."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be an int, not bool")
    try:
        return _operator.index(value)
    except TypeError:
        raise TypeError(f"{what} must be an int, not {type(value).__name__}") from None


class _StrictEnumType(_enum.EnumMeta):
    """Enum type that turns only true integers into members: Enum(True) or
    Enum(1.0) is a TypeError here, not the member whose value is 1."""

    if TYPE_CHECKING:
        # Members come from the C library, so a type checker cannot list
        # them: any member name is a member.
        def __getattr__(cls: Type[_E], name: str) -> _E: ...

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:          # the functional API creating a class
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, str) and cls is Dialect:
            return _dialect_by_name(value)
        return super().__call__(_integer(value, cls.__name__))


class _StrictIntEnum(_enum.IntEnum, metaclass=_StrictEnumType):
    pass


class _StrictIntFlag(_enum.IntFlag, metaclass=_StrictEnumType):
    pass


def _make_enum(base: Any, name: str, members: List[Tuple[str, int]], doc: str) -> Any:
    cls = base(name, members, module=__name__, qualname=name)
    cls.__doc__ = doc
    return cls


# ----------------------------------------------------------------------
# Small enums, all built from the C constants
# ----------------------------------------------------------------------

class _StatusClassBase(_StrictIntEnum):
    @property
    def label(self) -> str:
        """The class's English name, e.g. "Client Error"."""
        return _c.class_name(self._value_) or ""


if TYPE_CHECKING:
    class StatusClass(_StatusClassBase): ...
else:
    StatusClass = _make_enum(
        _StatusClassBase, "StatusClass",
        [(n, v) for n, v in _constants("CLASS_") if v != _c.CLASS_INVALID],
        """The class of a status code: its first digit.

INFORMATIONAL (1xx), SUCCESS (2xx), REDIRECTION (3xx), CLIENT_ERROR (4xx),
SERVER_ERROR (5xx); .label is the English name ("Client Error").""")


def _dialect_by_name(name: str) -> "Dialect":
    # The C converter matches the short name in any ASCII case, and raises
    # a ValueError listing the known names.
    return Dialect[_DIALECT_NAMES[_c.dialect_name(name)]]


class _DialectBase(_StrictIntEnum):
    @property
    def short_name(self) -> str:
        """The short name, e.g. "nginx", accepted wherever a dialect is."""
        return _c.dialect_name(self._value_)


if TYPE_CHECKING:
    class Dialect(_DialectBase): ...
else:
    Dialect = _make_enum(_DialectBase, "Dialect", _constants("DIALECT_"),
                         """A source of reason phrases: a document or a server.

RFC9110 (the default), RFC7231, RFC2616, APACHE13, APACHE22, APACHE24,
NGINX.  Functions that take a dialect also take its short name
(Dialect.NGINX.short_name == "nginx"), and Dialect("nginx") gives the
member.""")
_DIALECT_NAMES: Dict[str, str] = {d.short_name: d.name for d in Dialect}


class _RegistryBase(_StrictIntEnum):
    @property
    def label(self) -> str:
        """The lowercase name used by the library, e.g. "registered"."""
        return _c.registry_name(self._value_) or ""


if TYPE_CHECKING:
    class Registry(_RegistryBase): ...
else:
    Registry = _make_enum(
        _RegistryBase, "Registry",
        [(n, v) for n, v in _constants("REGISTRY_") if v != _c.REGISTRY_INVALID],
        """Where a code stands in the IANA HTTP Status Code Registry.

UNASSIGNED, REGISTERED, RESERVED, OBSOLETED, PROVISIONAL, UNOFFICIAL (used
by a vendor, not registered).""")


class _FlagBase(_StrictIntFlag):
    @property
    def label(self) -> Optional[str]:
        """The library's name of a single flag, e.g. "no-content"; None for
        a combination of flags."""
        return _c.flag_name(self._value_)


if TYPE_CHECKING:
    class Flag(_FlagBase): ...
    class Filter(_StrictIntFlag): ...
    class Match(_StrictIntEnum): ...
else:
    Flag = _make_enum(_FlagBase, "Flag", _constants("FLAG_"),
                      """Properties of a status code (see flags()), as bits.

INTERIM, FINAL, CACHEABLE, NO_CONTENT, REDIRECT, PERMANENT, TEMPORARY,
METHOD_PRESERVING, RETRYABLE, ERROR.""")
    Filter = _make_enum(_StrictIntFlag, "Filter", _constants("FILTER_"),
                        """Which known codes codes() lists: IANA (registered, reserved,
obsoleted, provisional), UNOFFICIAL (vendor codes in wide use), or ALL.""")
    Match = _make_enum(_StrictIntEnum, "Match", _constants("MATCH_"),
                       """What kind of phrase match_reason() matched: CANONICAL (the RFC
9110 phrase), DIALECT (a phrase of another dialect) or ALIAS (an enum name
or another known spelling).""")


class _ErrorCodeBase(_StrictIntEnum):
    @property
    def message(self) -> str:
        """The library's English message for the error."""
        return _c.strerror(self._value_)


if TYPE_CHECKING:
    class ErrorCode(_ErrorCodeBase): ...
else:
    ErrorCode = _make_enum(_ErrorCodeBase, "ErrorCode", _constants("ERR_"),
                           """The library's error numbers, as found in StatusLineError.error.""")


# ----------------------------------------------------------------------
# Status
# ----------------------------------------------------------------------

class _StatusType(_StrictEnumType):
    """The type of Status.  Once Status exists, calling it is status(),
    see below."""


class _StatusBase(_enum.IntEnum, metaclass=_StatusType):
    _value_: int
    # phrase and description are set on every member when the package is
    # imported, as http.HTTPStatus does.
    phrase: str
    description: str

    if TYPE_CHECKING:
        @staticmethod
        def of(code: int) -> Status: ...
    else:
        of = staticmethod(status)

    def __repr__(self) -> str:
        if self._name_ is None:
            return f"<{type(self).__name__} {self._value_}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __reduce_ex__(self, protocol: Any) -> Any:
        return type(self), (self._value_,)

    @property
    def spec(self) -> Optional[str]:
        """The defining document and section, e.g. "RFC 9110, Section
        15.5.5"; None for a code the library does not know."""
        return _c.spec(self._value_)

    @property
    def vendor(self) -> Optional[str]:
        """Who uses an unofficial code, e.g. "nginx"; None otherwise."""
        return _c.vendor(self._value_)

    @property
    def registry(self) -> Registry:
        """Where the code stands in the IANA registry."""
        return Registry(_c.registry_of(self._value_))

    @property
    def status_class(self) -> StatusClass:
        """The class of the code, e.g. StatusClass.CLIENT_ERROR."""
        return StatusClass(_c.class_of(self._value_))

    @property
    def flags(self) -> Flag:
        """The code's properties as Flag bits."""
        return Flag(_c.flags(self._value_))

    @property
    def fallback(self) -> "Status":
        """How a recipient must treat the code: the code itself when known,
        otherwise the x00 code of its class (471 is handled as 400)."""
        return status(_c.fallback(self._value_))

    @property
    def is_known(self) -> bool:
        """True when the library knows the code (registered or used by a
        vendor)."""
        return _c.registry_of(self._value_) != _c.REGISTRY_UNASSIGNED

    @property
    def is_informational(self) -> bool:
        """1xx."""
        return 100 <= self._value_ <= 199

    @property
    def is_success(self) -> bool:
        """2xx."""
        return 200 <= self._value_ <= 299

    @property
    def is_redirection(self) -> bool:
        """3xx."""
        return 300 <= self._value_ <= 399

    @property
    def is_client_error(self) -> bool:
        """4xx."""
        return 400 <= self._value_ <= 499

    @property
    def is_server_error(self) -> bool:
        """5xx."""
        return 500 <= self._value_ <= 599

    @property
    def is_error(self) -> bool:
        """4xx and 5xx: an error to report to the user."""
        return bool(_c.flags(self._value_) & _c.FLAG_ERROR)

    @property
    def is_interim(self) -> bool:
        """1xx: an interim response; a final one follows."""
        return bool(_c.flags(self._value_) & _c.FLAG_INTERIM)

    @property
    def is_final(self) -> bool:
        """2xx-5xx: a final response."""
        return bool(_c.flags(self._value_) & _c.FLAG_FINAL)

    @property
    def is_cacheable(self) -> bool:
        """Heuristically cacheable by default (RFC 9111, Section 4.2.2)."""
        return bool(_c.flags(self._value_) & _c.FLAG_CACHEABLE)

    @property
    def has_content(self) -> bool:
        """False for the codes whose responses have no content (1xx, 204,
        205, 304)."""
        return not _c.flags(self._value_) & _c.FLAG_NO_CONTENT

    @property
    def is_redirect(self) -> bool:
        """A redirect to the URI in Location (301 302 303 307 308)."""
        return bool(_c.flags(self._value_) & _c.FLAG_REDIRECT)

    @property
    def is_permanent_redirect(self) -> bool:
        """A permanent redirect (301 308)."""
        return bool(_c.flags(self._value_) & _c.FLAG_PERMANENT)

    @property
    def is_temporary_redirect(self) -> bool:
        """A temporary redirect (302 303 307)."""
        return bool(_c.flags(self._value_) & _c.FLAG_TEMPORARY)

    @property
    def preserves_method(self) -> bool:
        """A redirect that keeps the method and content (307 308)."""
        return bool(_c.flags(self._value_) & _c.FLAG_METHOD_PRESERVING)

    @property
    def is_retryable(self) -> bool:
        """The same request may succeed later unchanged (408 425 429 502
        503 504)."""
        return bool(_c.flags(self._value_) & _c.FLAG_RETRYABLE)

    def reason_in(self, dialect: Union["Dialect", str, None]) -> Optional[str]:
        """The phrase in dialect (a Dialect or its name); see reason()."""
        return reason(self._value_, dialect)

    @property
    def phrases(self) -> Dict["Dialect", str]:
        """The phrase of every dialect that has one for the code."""
        out = {}
        for d in Dialect:
            p = reason(self._value_, d)
            if p is not None:
                out[d] = p
        return out

    def status_line(self, *, dialect: Union["Dialect", str, None] = None,
                    version: Union[Tuple[int, int], str] = (1, 1)) -> str:
        """The status line for the code; see format_status_line()."""
        return format_status_line(self._value_, dialect=dialect, version=version)


def _build_status(doc: str) -> Any:
    # The C enum gives every name: CODE_<NAME>.  The current name of a code
    # is the one the library reports; any other name is an older alias.
    names = _constants("CODE_")
    current = [(n, v) for n, v in names if _c.name(v) == n]
    older = [(n, v) for n, v in names if _c.name(v) != n]
    cls = _make_enum(_StatusBase, "Status", current + older, doc)

    table = []
    for code in range(_c.MIN, _c.MAX + 1):
        member = cls._value2member_map_.get(code)
        if member is None:
            # A valid code the library does not know: a member without a
            # name, as Flag does for combinations.
            member = int.__new__(cls, code)
            member._value_ = code
            member._name_ = None
            member.__objclass__ = cls
        member.phrase = reason(code) or ""
        member.description = _c.description(code) or ""
        table.append(member)
    _c._set_members(tuple(table))
    # From now on Status(code) is status(code): the C lookup, called
    # directly (a built-in function as a metaclass's __call__ is not bound,
    # so it gets just the code).  It takes any code 100-599, known or not,
    # and is several times faster than Enum's own lookup.  Nothing can be
    # added to an enum that has members, so the functional API that this
    # replaces has nothing left to do.
    setattr(_StatusType, "__call__", status)
    return cls


_STATUS_DOC = """An HTTP status code, as an int enum.

Members have the names and values of http.HTTPStatus (Python 3.13), and
older names are aliases (Status.REQUEST_ENTITY_TOO_LARGE is
Status.CONTENT_TOO_LARGE; .name is always the current name).  Members
compare equal to ints and to http.HTTPStatus members.

Status(code) takes any int from 100 to 599: a code the library does not
know, such as 471, gives an unnamed member (.name is None) that still
classifies correctly (Status(471).is_client_error).  A bool or float is a
TypeError, any other number a ValueError.  status(code), also Status.of(code),
does the same.

Attributes: phrase and description (str, "" when unknown), spec, vendor,
registry, status_class, flags, fallback, is_known, is_informational,
is_success, is_redirection, is_client_error, is_server_error, is_error,
is_interim, is_final, is_cacheable, has_content, is_redirect,
is_permanent_redirect, is_temporary_redirect, preserves_method,
is_retryable, phrases; methods reason_in(dialect) and status_line()."""

if TYPE_CHECKING:
    class Status(_StatusBase): ...

    # Every status code name is a module constant (see below).
    def __getattr__(name: str) -> Status: ...
else:
    Status = _build_status(_STATUS_DOC)

# Every status code name as a module constant: NOT_FOUND, and aliases.
globals().update(Status.__members__)


# ----------------------------------------------------------------------
# Functions
# ----------------------------------------------------------------------

def description(code: int) -> Optional[str]:
    """A plain-English description of code, or None when the library does
    not know it.  TypeError / ValueError as for reason()."""
    return _c.description(code)


def spec(code: int) -> Optional[str]:
    """The defining document and section, e.g. "RFC 9110, Section 15.5.5";
    None when the library does not know the code."""
    return _c.spec(code)


def name(code: int) -> Optional[str]:
    """The current constant name of code, e.g. "CONTENT_TOO_LARGE" for
    413 (never an older alias); None when the library does not know it."""
    return _c.name(code)


def vendor(code: int) -> Optional[str]:
    """Who uses an unofficial code ("nginx", "Cloudflare", ...); None for
    registered and unknown codes."""
    return _c.vendor(code)


def fallback(code: int) -> int:
    """How a recipient must treat code (RFC 9110, Section 15): code itself
    when the library knows it, otherwise the x00 code of its class."""
    return _c.fallback(code)


def registry(code: int) -> Registry:
    """Where code stands in the IANA registry, e.g. Registry.REGISTERED."""
    return Registry(_c.registry_of(code))


def class_of(code: int) -> StatusClass:
    """The class of code, e.g. StatusClass.CLIENT_ERROR for 404 and 471."""
    return StatusClass(_c.class_of(code))


def flags(code: int) -> Flag:
    """The properties of code as Flag bits; unknown codes get the bits that
    follow from their class."""
    return Flag(_c.flags(code))


def is_informational(code: int) -> bool:
    """True for 1xx."""
    return _c.class_of(code) == _c.CLASS_INFORMATIONAL


def is_success(code: int) -> bool:
    """True for 2xx."""
    return _c.class_of(code) == _c.CLASS_SUCCESS


def is_redirection(code: int) -> bool:
    """True for 3xx."""
    return _c.class_of(code) == _c.CLASS_REDIRECTION


def is_client_error(code: int) -> bool:
    """True for 4xx."""
    return _c.class_of(code) == _c.CLASS_CLIENT_ERROR


def is_server_error(code: int) -> bool:
    """True for 5xx."""
    return _c.class_of(code) == _c.CLASS_SERVER_ERROR


def is_error(code: int) -> bool:
    """True for 4xx and 5xx."""
    return bool(_c.flags(code) & _c.FLAG_ERROR)


def is_cacheable(code: int) -> bool:
    """True when a response with code is heuristically cacheable."""
    return bool(_c.flags(code) & _c.FLAG_CACHEABLE)


def is_redirect(code: int) -> bool:
    """True for a redirect to the URI in Location (301 302 303 307 308)."""
    return bool(_c.flags(code) & _c.FLAG_REDIRECT)


def is_retryable(code: int) -> bool:
    """True when the same request may succeed later unchanged."""
    return bool(_c.flags(code) & _c.FLAG_RETRYABLE)


def has_content(code: int) -> bool:
    """False for the codes whose responses have no content (1xx, 204, 205,
    304)."""
    return not _c.flags(code) & _c.FLAG_NO_CONTENT


if TYPE_CHECKING:
    class ReasonMatch(NamedTuple):
        code: int
        match: Match
else:
    ReasonMatch = _namedtuple("ReasonMatch", "code match", module=__name__)
ReasonMatch.__doc__ = """The result of match_reason(): code (an int) and match (a Match)."""


def from_reason(phrase: Union[str, bytes]) -> int:
    """The code whose reason phrase is phrase, from any dialect or known
    spelling: "Moved Temporarily" gives 302, "request entity too large"
    413.  Case, spaces, hyphens, underscores and apostrophes do not
    matter, and a leading code ("404 Not Found") is checked.

    Raises UnknownPhraseError (a LookupError and a ValueError) when no code
    has the phrase, ValueError for a phrase that cannot be one (longer than
    PHRASE_MAX bytes, a control or non-ASCII character, a leading code that
    disagrees), TypeError unless phrase is str or bytes.  find_reason() is
    the variant that returns None instead of raising ValueError."""
    return _c.from_reason(phrase)[0]


def find_reason(phrase: Union[str, bytes]) -> Optional[int]:
    """As from_reason(), but None when the phrase names no code (for
    whatever reason: unknown, too long, bad characters).  TypeError unless
    phrase is str or bytes."""
    try:
        return _c.from_reason(phrase)[0]
    except ValueError:
        return None


def match_reason(phrase: Union[str, bytes]) -> ReasonMatch:
    """As from_reason(), with what kind of phrase matched: a ReasonMatch
    (code, match), e.g. (302, Match.DIALECT) for "Moved Temporarily"."""
    code, match = _c.from_reason(phrase)
    return ReasonMatch(code, Match(match))


def codes(filter: Union[Filter, int] = Filter.ALL) -> Tuple[Status, ...]:
    """The known codes that pass filter (a Filter), in ascending order, as
    Status members: codes(Filter.IANA) for the registry's codes,
    codes(Filter.UNOFFICIAL) for vendor codes, codes() for all."""
    mask = _integer(filter, "filter")
    if mask < 0 or mask & ~int(Filter.ALL):
        raise ValueError(f"filter must be a combination of Filter bits, not {mask}")
    return tuple(status(c) for c in _c.codes(mask))


def version() -> str:
    """The version of the C library in use, e.g. "1.0.0"."""
    return _c.version()


def _version_digits(version: Any) -> Tuple[int, int]:
    if isinstance(version, str):
        parts = version.split(".")
        if len(parts) != 2 or not all(len(p) == 1 and p.isdigit() and p.isascii()
                                      for p in parts):
            raise ValueError(f"HTTP version must look like '1.1', not {version!r}")
        return int(parts[0]), int(parts[1])
    if not isinstance(version, tuple) or len(version) != 2:
        raise TypeError("HTTP version must be a (major, minor) tuple or a string "
                        f"like '1.1', not {type(version).__name__}")
    major = _integer(version[0], "HTTP major version")
    minor = _integer(version[1], "HTTP minor version")
    if not (0 <= major <= 9 and 0 <= minor <= 9):
        raise ValueError(f"HTTP version digits must be 0-9, not {major}.{minor}")
    return major, minor


def format_status_line(code: int, *, dialect: Union[Dialect, str, None] = None,
                       version: Union[Tuple[int, int], str] = (1, 1)) -> str:
    """The status line "HTTP/1.1 404 Not Found\\r\\n" for code.

    dialect picks the phrase (see reason()); when it has none, a document
    dialect falls back to the RFC 9110 phrase and a server dialect sends
    what that server sends, often an empty reason (the space after the code
    stays).  version is (major, minor) or a string such as "1.0", each a
    single digit.  Encode the result as Latin-1 (it is ASCII) to send it."""
    major, minor = _version_digits(version)
    return _c.format_status_line(code, dialect, major, minor)


if TYPE_CHECKING:
    class StatusLine(NamedTuple):
        version: Tuple[int, int]
        code: int
        reason: str
else:
    StatusLine = _namedtuple("StatusLine", "version code reason", module=__name__)
StatusLine.__doc__ = """A parsed status line: version is (major, minor), e.g. (1, 1); code
is an int (tolerant parsing also passes 600-999); reason is a str,
decoded as Latin-1 since obs-text bytes are allowed, "" when empty."""


def parse_status_line(data: Union[bytes, bytearray, memoryview, str], *,
                      strict: bool = True, require_eol: bool = True) -> StatusLine:
    """Parses the status line at the start of data (bytes-like, or str of
    Latin-1 characters) per RFC 9112, Section 4.

    strict=False also accepts what real servers send: a bare LF, no space
    after the code, several spaces, "HTTP/2", a lowercase "http/", codes
    600-999.  require_eol=False takes data as one whole line without its
    line end.  Bytes after the line end are ignored.

    Raises StatusLineError (a ValueError) for a malformed line, saying what
    is wrong and where: .error is an ErrorCode (ErrorCode.INCOMPLETE when
    data stops before the line end) and .offset the offset of the first
    offending byte, or None.  TypeError unless data is bytes-like or str."""
    mask = (0 if strict else _c.PARSE_TOLERANT) | (0 if require_eol else _c.PARSE_NO_EOL)
    try:
        major, minor, code, text, _end = _c.parse_status_line(data, mask)
    except StatusLineError as e:
        e.error = ErrorCode(e.error)
        raise
    return StatusLine((major, minor), code, text)


__all__ = [
    "Dialect", "ErrorCode", "Filter", "Flag", "Match", "ReasonMatch", "Registry",
    "Status", "StatusClass", "StatusLine", "StatusLineError", "UnknownPhraseError",
    "MIN", "MAX", "PHRASE_MAX", "STATUS_LINE_MAX",
    "class_of", "codes", "description", "fallback", "find_reason", "flags",
    "format_status_line", "from_reason", "has_content", "is_cacheable",
    "is_client_error", "is_error", "is_informational", "is_redirect",
    "is_redirection", "is_retryable", "is_server_error", "is_success",
    "match_reason", "name", "parse_status_line", "reason", "registry", "spec",
    "status", "vendor", "version",
] + list(Status.__members__)
