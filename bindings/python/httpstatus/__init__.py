# SPDX-License-Identifier: MIT
"""HTTP status codes: phrases, descriptions, classes and status lines.

The Python face of libhttpstatus.  Every C function httpstatus_X is X
here and every constant HTTPSTATUS_Y is Y, as bindings/README.md of the
source tree says; the enums group the constants, and Status is an IntEnum
like http.HTTPStatus.

    >>> import httpstatus
    >>> httpstatus.reason(404)
    'Not Found'
    >>> httpstatus.reason(413, "nginx")
    'Request Entity Too Large'
    >>> httpstatus.Status(418).phrase
    "I'm a teapot"
    >>> httpstatus.from_reason("Request Entity Too Large")
    413
    >>> httpstatus.class_of(471)
    <StatusClass.CLIENT_ERROR: 4>
    >>> httpstatus.is_success(0)
    False
    >>> httpstatus.format_status_line(404)
    'HTTP/1.1 404 Not Found\\r\\n'
    >>> httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found\\r\\n")
    StatusLine(major=1, minor=1, code=404, reason='Not Found', end=24)

Queries never raise on an integer: reason(999) is None, class_of(-5) is
StatusClass.INVALID.  A value of the wrong type is a TypeError (a bool is
not a code); only Status(code) for an unknown code, a failed reverse
lookup, a malformed status line or a line that cannot be formatted raise
a ValueError.
"""

# Only built-in modules here: the enums, the named tuples and what they
# need (enum, collections) are made when first used, see _build() below,
# so that a program that asks for a phrase does not pay for them.
import _thread
from _operator import index as _index

from . import _httpstatus


class _Private:
    """The private module's contents under a name that is not a module."""


# With no search path left now that it is loaded, help() shows the
# package's API, not a submodule.
_c = _Private()
_c.__dict__.update(vars(_httpstatus))
del _httpstatus
__path__ = []

__version__ = _c.version()

# Every constant of the header, HTTPSTATUS_ prefix removed; the status
# codes come as Status members below.
globals().update((_n, _v) for _n, _v in vars(_c).items()
                 if _n[:1].isupper() and not _n.startswith("CODE_")
                 and isinstance(_v, (int, str)))


def _constants(prefix):
    """The C constants PREFIX_NAME as (NAME, value), in header order."""
    return [(n[len(prefix):], v) for n, v in vars(_c).items()
            if n.startswith(prefix) and isinstance(v, int)]


# ----------------------------------------------------------------------
# Errors: the one place a negative httpstatus_error becomes an exception
# ----------------------------------------------------------------------

class UnknownPhraseError(LookupError, ValueError):
    """A well-formed reason phrase that names no status code."""


class StatusLineError(ValueError):
    """A status line that cannot be parsed: .error is the Error, .offset the
    offset of the first offending byte or None."""

    def __init__(self, message, error=None, offset=None):
        super().__init__(message)
        self.error = error
        self.offset = offset


def _quote(text):
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text[:61])
    if len(text) <= 60:
        return repr(text)
    unit = "characters" if isinstance(text, str) else "bytes"
    return f"{text[:60]!r}... ({len(text)} {unit})"


def _raise(error, subject=None, offset=None, line=False):
    message = _c.strerror(error)
    if line and not message.startswith("status line"):
        message = "status line: " + message
    if subject is not None:
        message += ": " + _quote(subject)
    if offset is not None:
        message += f" at offset {offset}"
    if line:
        raise StatusLineError(message, Error(error), offset)
    if error == _c.ERR_NOT_FOUND:
        raise UnknownPhraseError(message)
    raise ValueError(message)


# ----------------------------------------------------------------------
# Queries whose answer is an enum, a code or None
# ----------------------------------------------------------------------

def class_of(code):
    """The class of any integer: StatusClass.CLIENT_ERROR for 404 and 471,
    StatusClass.INVALID outside 100-599."""
    return StatusClass(_c.class_of(code))


def registry_of(code):
    """Where code stands in the IANA registry; Registry.INVALID outside
    100-599."""
    return Registry(_c.registry_of(code))


def flags(code):
    """The properties of code as Flag bits; Flag(0) outside 100-599."""
    return Flag(_c.flags(code))


def fallback(code):
    """How a recipient must treat code: code itself when known, else the
    x00 code of its class (471 gives 400); None outside 100-599."""
    answer = _c.fallback(code)
    return None if answer < 0 else answer


def next(code, filter=_c.FILTER_ALL):  # the C name, though Python has a next()
    """The smallest known code above code that passes filter, or None."""
    answer = _c.next(code, filter)
    return None if answer < 0 else answer


def is_valid(code):
    """True for 100 to 599."""
    return _c.class_of(code) != _c.CLASS_INVALID


def is_known(code):
    """True when the library knows the code (name(code) is not None)."""
    return _c.name(code) is not None


def _predicate(name, doc, query, value):
    if query is _c.flags:
        def predicate(code):
            return bool(_c.flags(code) & value)
    else:
        def predicate(code):
            return _c.class_of(code) == value
    predicate.__name__ = predicate.__qualname__ = name
    predicate.__doc__ = doc
    globals()[name] = predicate
    return name


# is_<class> for every class, is_<flag> for every flag the library names.
_PREDICATES = ["is_valid", "is_known"]
_PREDICATES += [_predicate("is_" + _n.lower(), f"True when class_of(code) is StatusClass.{_n}.",
                           _c.class_of, _v)
                for _n, _v in _constants("CLASS_") if _v != _c.CLASS_INVALID]
_PREDICATES += [_predicate("is_" + _c.flag_name(_v).replace("-", "_"),
                           f"True when flags(code) has Flag.{_n}.", _c.flags, _v)
                for _n, _v in _constants("FLAG_") if _c.flag_name(_v)]


# ----------------------------------------------------------------------
# Reverse lookups
# ----------------------------------------------------------------------

def match_reason(phrase):
    """The code whose reason phrase is phrase (str or bytes), from any
    dialect or known spelling, and what kind of phrase matched:
    match_reason("Moved Temporarily") == (302, Match.DIALECT).  Case, blanks,
    hyphens, underscores and apostrophes do not matter; a leading code
    ("404 Not Found") is checked.  Raises UnknownPhraseError when no code
    has the phrase, ValueError for a phrase that cannot be one."""
    code, match = _c.match_reason(phrase)
    if code < 0:
        _raise(code, phrase)
    return ReasonMatch(code, Match(match))


def _from_reason(phrase):
    code, match = _c.match_reason(phrase)
    if code < 0:
        _raise(code, phrase)
    return code


def find_reason(phrase):
    """As from_reason(), but None instead of a ValueError."""
    code, _ = _c.match_reason(phrase)
    return None if code < 0 else code


def dialect_from_name(name):
    """The Dialect whose short name is name, in any case; for a server
    release ("nginx/1.22.1", "Apache/2.4.71 (Debian)") the int that names
    it (the dialect + 16 * release).  ValueError when there is none, and
    for a malformed or unchecked release."""
    dialect = _c.dialect_from_name(name)
    if dialect < 0:
        _raise(dialect, name)
    return Dialect(dialect) if dialect < _c.DIALECT_COUNT else dialect


# ----------------------------------------------------------------------
# Status lines
# ----------------------------------------------------------------------

def _version(version):
    if isinstance(version, str):
        digits = version.split(".")
        if len(digits) == 2 and all(len(d) == 1 and d in "0123456789" for d in digits):
            return int(digits[0]), int(digits[1])
        if len(version) == 1 and version in "23456789":
            return int(version), 0
        raise ValueError(f"HTTP version must look like '1.1' or '2', not {_quote(version)}")
    if not isinstance(version, tuple) or len(version) != 2:
        raise TypeError("HTTP version must be a string like '1.1' or a (major, minor) "
                        f"tuple, not {type(version).__name__}")
    return version


def format_status_line(code, dialect=None, version="1.1"):
    """The status line "HTTP/1.1 404 Not Found\\r\\n" for code, its phrase
    from dialect (see reason()); version is "1.0", "1.1", "2", "3" or a
    (major, minor) pair of digits.  ValueError when code is outside
    100-599, the dialect is unknown or a digit is not one."""
    major, minor = _version(version)
    length, line = _c.format_status_line(major, minor, code, dialect)
    if length < 0:
        _raise(length, f"code {code!r}, dialect {dialect!r}, version {major!r}.{minor!r}")
    return line


def format_status_line_flags(code, dialect=None, version="1.1", flags=0):
    """As format_status_line(), with flags: FORMAT_ANY_CODE also writes
    600-999 (RFC 9110, Section 15 calls them invalid), with an empty
    phrase.  ValueError as there, and for unknown flags."""
    major, minor = _version(version)
    length, line = _c.format_status_line_flags(major, minor, code, dialect, flags)
    if length < 0:
        _raise(length, f"code {code!r}, dialect {dialect!r}, version {major!r}.{minor!r}, "
                       f"flags {flags!r}")
    return line


def wire_line(code, dialect=None):
    """The status line, with its CRLF, that a server dialect ("nginx",
    "nginx/1.22.1", "Apache/2.4.71") puts on the wire when asked for code:
    nginx's bare "return 494;" sends "HTTP/1.1 400 Bad Request"; "" when
    the server sends nothing (nginx 408, 444, 499).  ValueError for a
    document dialect or a code outside 100-999."""
    length, line = _c.wire_line(code, dialect)
    if length < 0:
        _raise(length, f"code {code!r}, dialect {dialect!r}")
    return line


def wire_code(code, dialect=None):
    """The code a server dialect sends when asked for code (400 for nginx's
    494), 0 when it sends nothing, None for a document dialect or a code
    outside 100-999."""
    answer = _c.wire_code(code, dialect)
    return None if answer < 0 else answer


def dialect_version(dialect=None):
    """The release a dialect stands for, as major * 1000000 + minor * 1000
    + patch (1022001 for "nginx/1.22.1"; the newest checked for a bare
    server name; 0 for a document); None for an unknown dialect number."""
    answer = _c.dialect_version(dialect)
    return None if answer < 0 else answer


def registry_date(code, which):
    """A date the registry gives for code as YYYYMMDD (which: DATE_REGISTERED,
    DATE_EXTENDED, DATE_EXPIRES), 0 when it gives none, None for a code
    outside 100-599 or an unknown which."""
    answer = _c.registry_date(code, which)
    return None if answer < 0 else answer


def registry_expired(code, date):
    """Whether the temporary registration of code has expired on date
    (YYYYMMDD; the library never reads the clock); None for a code outside
    100-599 or a date that does not exist."""
    answer = _c.registry_expired(code, date)
    return None if answer < 0 else answer == 1


# The errors whose offset C reports in *end.
_AT_OFFSET = {_c.ERR_VERSION, _c.ERR_CODE, _c.ERR_SYNTAX, _c.ERR_REASON, _c.ERR_LINE_END}


def parse_status_line(data, flags=_c.PARSE_STRICT):
    """Parses the status line at the start of data (bytes-like or str) per
    RFC 9112; flags is a ParseFlag: TOLERANT also takes what real servers
    send, NO_EOL takes data as one line without its line end.  Raises
    StatusLineError (a ValueError) saying what is wrong and where."""
    error, major, minor, code, reason, end = _c.parse_status_line(data, flags)
    if error < 0:
        _raise(error, offset=end if error in _AT_OFFSET else None, line=True)
    return StatusLine(major, minor, code, reason, end)


# ----------------------------------------------------------------------
# Status
# ----------------------------------------------------------------------

def _member_property(fn, doc):
    return property(lambda self: fn(self._value_), doc=doc)


def _status_line(self, dialect=None, version="1.1"):
    """The status line for the code; see format_status_line()."""
    return format_status_line(self._value_, dialect, version)


def _reason_in(self, dialect):
    """The phrase in dialect; see reason()."""
    return _c.reason_dialect(self._value_, dialect)


_STATUS_DOC = """An HTTP status code known to the library, as an IntEnum.

Members have the names and values of http.HTTPStatus (Python 3.13); older
names are aliases.  Status(code) raises ValueError for a code the library
does not know, as an enum does, and TypeError for a bool or a float.
Members have phrase and description, as http.HTTPStatus members do, and a
property for every query and predicate of the module."""

# ----------------------------------------------------------------------
# The fast paths: a tuple indexed by the code
# ----------------------------------------------------------------------

_CODES = range(_c.MIN, _c.MAX + 1)

reason = _c.code_table(
    "reason",
    "reason(code, dialect=None)\n--\n\n"
    "The reason phrase of code in dialect (None for RFC 9110, a Dialect, an\n"
    "int or a name such as \"nginx\"), or None when there is none.  A server\n"
    "dialect gives \"\" for a code that server sends with an empty phrase.",
    _c.MIN, tuple(_c.reason(c) for c in _CODES), _c.reason_dialect)

# The phrases the table spells exactly as a caller most often writes them
# (each code's RFC 9110 phrase) answer from a dict; every other argument
# goes through match_reason(), which gave these answers too.
from_reason = _c.code_table(
    "from_reason",
    "from_reason(phrase)\n--\n\nThe code of a reason phrase; see match_reason().",
    0, (), _from_reason,
    {p: code for p, code in ((p, _c.match_reason(p)[0]) for p in map(_c.reason, _CODES) if p)
     if code >= 0})


def codes(filter=_c.FILTER_ALL):
    """The known codes that pass filter (a Filter), ascending, as Status
    members."""
    out, code = [], _c.next(0, filter)
    while code > 0:
        out.append(status(code))
        code = _c.next(code, filter)
    return tuple(out)


# ----------------------------------------------------------------------
# Header fields, the fields that go with a code, the checker
# ----------------------------------------------------------------------

class UnknownFieldError(LookupError, ValueError):
    """A header field name the library does not know."""


def _field_name_arg(name):
    # C reads a name up to its NUL: a name with a NUL in it is no field's.
    if isinstance(name, (str, bytes, bytearray)) and ("\0" if isinstance(name, str)
                                                      else b"\0") in name:
        return ""
    return name


def field_name(name):
    """The name as the IANA registry spells it ("content-type" gives
    "Content-Type"), or None for a name the library does not know."""
    return _c.field_name(_field_name_arg(name))


def field_status(name):
    """The FieldStatus of a header field; UnknownFieldError for a name the
    library does not know."""
    answer = _c.field_status(_field_name_arg(name))
    if answer < 0:
        raise UnknownFieldError(f"unknown header field: {_quote(name)}")
    return FieldStatus(answer)


def field_flags(name):
    """What the library knows of a field, as FieldFlag bits; FieldFlag(0)
    for an unknown name."""
    return FieldFlag(_c.field_flags(_field_name_arg(name)))


def field_spec(name):
    """The field's defining document, e.g. "RFC 9110, Section 8.3"; None for
    an unknown name."""
    return _c.field_spec(_field_name_arg(name))


def field_next(after=None):
    """The first field's name for None, else the name after after, or None."""
    return _c.field_next(None if after is None else _field_name_arg(after))


def fields():
    """Every header field name the library knows, in the registry's order."""
    return _FIELDS


_FIELDS = []
_f = _c.field_next(None)
while _f is not None:
    _FIELDS.append(_f)
    _f = _c.field_next(_f)
_FIELDS = tuple(_FIELDS)
del _f

def rules(code):
    """The rules RFC text ties to code (those of its class included), as a
    tuple of Rule; () outside 100-599."""
    _, items = _c.rules(code)
    return tuple(Rule(f, Strength(st), cond, spec, msg, ident,
                      Severity(sev) if sev else None)
                 for f, st, cond, spec, msg, ident, sev in items)


def check(head, method=None, version=None):
    """Checks a response head (str or bytes: a status line, field lines and
    the empty line, as a server sends it or "curl -sI" prints it) and
    returns its findings as a tuple of Finding, () for a clean head (at
    most 256).  method is the request method ("HEAD", "CONNECT"...) or
    None; version "1.0", "1.1", "2", "3" or a (major, minor) pair, or None
    to take it from the status line.  ValueError for another version."""
    if version is None:
        v = 0
    else:
        major, minor = _version(version)
        v = _index(major) * 10 + _index(minor)
    total, items = _c.check(head, method, v)
    if total < 0:
        _raise(total, version)
    return tuple(Finding(i, Severity(sev), line, off, length, msg, spec, f, d)
                 for i, sev, line, off, length, msg, spec, f, d in items)


# ----------------------------------------------------------------------
# The enums, Status and the named tuples, made on first use
# ----------------------------------------------------------------------
#
# Importing enum and collections costs more than the rest of the package
# together, so the names below are made by _build() the first time one of
# them is asked for (PEP 562), all at once and under a lock, so that every
# thread sees the same classes.  The functions that answer with them wait
# in _deferred until then; every other function works from the start.

_deferred = {_n: globals().pop(_n) for _n in (
    "class_of", "registry_of", "flags", "match_reason", "dialect_from_name",
    "parse_status_line", "codes", "field_status", "field_flags", "rules", "check")}

_ENUMS = ("StatusClass", "Registry", "Flag", "Dialect", "Error", "Match", "Filter",
          "ParseFlag", "Status", "FieldStatus", "FieldFlag", "Strength", "Severity")
_TUPLES = ("ReasonMatch", "StatusLine", "Rule", "Finding")

# The status code names (current and older) are module constants too.
_CODE_NAMES = tuple(_n for _n, _ in _constants("CODE_"))

_LAZY = frozenset(_deferred) | frozenset(_ENUMS + _TUPLES + _CODE_NAMES) | {"status"}
_lock = _thread.RLock()
_state = []         # "building", then "built"


def _status_names():
    # The current name of a code first, so that .name is always it; older
    # names become aliases.
    names = _constants("CODE_")
    return ([(n, v) for n, v in names if _c.name(v) == n]
            + [(n, v) for n, v in names if _c.name(v) != n])


def _build():
    import enum
    from collections import namedtuple

    made = dict(_deferred)

    class _EnumType(enum.EnumType):
        """The type of the package's enums: members come from integers only
        (Status(404.0) and Flag(True) are TypeErrors), and dir() lists what
        the enum adds, not the methods of int."""

        def __call__(cls, value):
            if isinstance(value, str) and cls is made["Dialect"]:
                # As a dialect argument takes it (dialect_name() converts it).
                return made["dialect_from_name"](_c.dialect_name(value))
            if isinstance(value, bool) or not hasattr(type(value), "__index__"):
                raise TypeError(f"{cls.__name__}() argument must be an int, "
                                f"not {type(value).__name__}")
            return super().__call__(_index(value))

        def __dir__(cls):
            return sorted(set(cls._member_names_)
                          | {n for n in cls.__dict__ if not n.startswith("_")})

    class _StatusType(_EnumType):
        """The type of Status; its __call__ becomes the code table below."""

    for cls in (_EnumType, _StatusType):
        cls.__qualname__ = cls.__name__

    # Python 3.11 and later build enums at a lower cost through
    # enum._simple_enum(), as http.HTTPStatus is built; the class it makes
    # has enum's own metaclass, which the package's (a subclass that adds no
    # state) then replaces.  A Python without it takes the ordinary way.
    simple_enum = getattr(enum, "_simple_enum", None)

    def enum_class(name, base, prefix, doc, keep=None, meta=_EnumType, **attrs):
        members = [(n, v) for n, v in (_constants(prefix) if isinstance(prefix, str) else prefix)
                   if keep is None or keep(v)]
        if simple_enum is not None:
            body = dict(attrs, __doc__=doc, __module__=__name__, __qualname__=name)
            body.update(members)
            cls = simple_enum(base)(type(name, (), body))
            cls.__class__ = meta
            # Members in the class's dict, as the ordinary way leaves them:
            # Status.OK is then a dict hit, not a descriptor call.
            for n, m in cls._member_map_.items():
                type.__setattr__(cls, n, m)
        else:
            ns = meta.__prepare__(name, (base,))
            for n, v in members:
                ns[n] = v
            ns.update(attrs, __doc__=doc, __module__=__name__, __qualname__=name)
            cls = meta(name, (base,), ns)
        made[name] = cls
        return cls

    def label(fn, doc):
        return property(lambda self: fn(self), doc=doc)

    enum_class("StatusClass", enum.IntEnum, "CLASS_",
               "The class of a status code, its first digit; INVALID outside 100-599.",
               label=label(_c.class_name, 'The class\'s English name, e.g. "Client Error";'
                                          ' None for INVALID.'))
    enum_class("Registry", enum.IntEnum, "REGISTRY_",
               "Where a code stands in the IANA HTTP Status Code Registry.",
               label=label(_c.registry_name,
                           'The lowercase name, e.g. "registered"; None for INVALID.'))
    enum_class("Flag", enum.IntFlag, "FLAG_",
               "Properties of a status code, as bits (see flags()).",
               label=label(_c.flag_name,
                           'The name of a single flag, e.g. "no-content"; None otherwise.'))
    enum_class("Dialect", enum.IntEnum, "DIALECT_",
               "A source of reason phrases: a document or a server.  Dialect(\"nginx\")"
               " and every function that takes a dialect also take its short name.",
               keep=lambda v: _c.dialect_name(v) is not None,
               short_name=label(_c.dialect_name, 'The short name, e.g. "nginx".'))
    enum_class("Error", enum.IntEnum, "ERR_",
               "The library's error numbers, as in StatusLineError.error.",
               message=label(_c.strerror, "The library's message."))
    enum_class("Match", enum.IntEnum, "MATCH_", "What kind of phrase match_reason() matched.")
    enum_class("Filter", enum.IntFlag, "FILTER_", "Which known codes codes() and next() list.")
    enum_class("ParseFlag", enum.IntFlag, "PARSE_",
               "Flags of parse_status_line(): STRICT (0), TOLERANT, NO_EOL.")
    enum_class("FieldStatus", enum.IntEnum, "FIELD_STATUS_",
               "Where a header field stands in the IANA HTTP Field Name Registry.",
               label=label(_c.field_status_name, 'The lowercase name, e.g. "permanent".'))
    enum_class("FieldFlag", enum.IntFlag,
               [(n, v) for n, v in _constants("FIELD_")
                if (_c.field_flag_name(v) or "").upper().replace("-", "_") == n],
               "What the library knows of a header field, as bits (see field_flags()).",
               label=label(_c.field_flag_name,
                           'The name of a single flag, e.g. "singleton"; None otherwise.'))
    enum_class("Strength", enum.IntEnum, "STRENGTH_",
               "The requirement keyword of an RFC sentence.",
               label=label(_c.strength_name, '"MUST", "SHOULD NOT"...'))
    enum_class("Severity", enum.IntEnum, "SEVERITY_",
               "How bad a finding of check() is: NOTE, WARNING or ERROR.",
               label=label(_c.severity_name, '"note", "warning", "error".'))

    # Status, from the CODE_ constants of the private module (python.i gives
    # every status code that prefix there), with a property for every query
    # and predicate.
    Dialect = made["Dialect"]
    Status = enum_class(
        "Status", enum.IntEnum, _status_names(), _STATUS_DOC, meta=_StatusType,
        spec=_member_property(_c.spec, "The defining document and section."),
        vendor=_member_property(_c.vendor, "Who uses an unofficial code, or None."),
        registry=_member_property(made["registry_of"], "The Registry status."),
        status_class=_member_property(made["class_of"], "The StatusClass."),
        flags=_member_property(made["flags"], "The Flag bits."),
        phrases=_member_property(
            lambda c: {d: p for d in Dialect if (p := _c.reason_dialect(c, d)) is not None},
            "The phrase of every dialect that has one."),
        reason_in=_reason_in, status_line=_status_line,
        **{p: _member_property(globals()[p], globals()[p].__doc__) for p in _PREDICATES})
    for m in Status:
        m.phrase = _c.reason(m._value_)
        m.description = _c.description(m._value_)
    made.update(Status.__members__)

    made["status"] = _c.code_table(
        "status",
        "status(code, /)\n--\n\nThe same as Status(code).",
        _c.MIN, tuple(Status._value2member_map_.get(c) for c in _CODES),
        _EnumType.__call__.__get__(Status))
    # Status(code) is status(code): a callable without __get__ stored as a
    # metaclass's __call__ is called with the arguments alone.
    _StatusType.__call__ = made["status"]

    def named_tuple(name, fields, doc):
        made[name] = namedtuple(name, fields, module=__name__)
        made[name].__doc__ = doc

    named_tuple("ReasonMatch", "code match",
                "What match_reason() found: code (an int) and match (a Match).")
    named_tuple("StatusLine", "major minor code reason end", """\
A parsed status line: the version digits, the code, the reason (each
byte one character, "" when empty) and end, the number of bytes the line
takes with its line end.""")
    named_tuple("Rule", "field strength condition spec message id severity", """\
A rule that RFC text ties to a status code: the field (None for a rule
about content), its Strength, the condition (None for always), the RFC
and section, what it says, and the id and Severity of the finding check()
reports when it is broken (None when the rule is not checked).""")
    named_tuple("Finding", "id severity line offset length message spec field detail", """\
A problem check() found in a response head: its stable id ("405-without-
allow"), Severity, line (1 for the status line), offset and length in
bytes, a one-line message, the RFC and section, the field concerned and
more detail (or None).""")

    if set(made) != _LAZY:
        raise AssertionError("httpstatus: lazy names differ from those made: "
                             f"{sorted(set(made) ^ _LAZY)}")
    globals().update(made)


def __getattr__(name):
    if name in _LAZY:
        with _lock:
            if not _state:
                _state.append("building")
                try:
                    _build()
                except BaseException:
                    _state.clear()
                    raise
                _state[0] = "built"
            elif _state[0] == "building":
                raise AttributeError(f"module {__name__!r} is still making {name!r}")
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _LAZY)


# Every other C function, as SWIG wraps it.
globals().update((_n, _f) for _n, _f in vars(_c).items()
                 if callable(_f) and _n[:1].islower() and _n != "code_table"
                 and _n not in globals() and _n not in _LAZY)

__all__ = sorted(
    ["Dialect", "Error", "Filter", "Flag", "Match", "ParseFlag", "ReasonMatch",
     "Registry", "Status", "StatusClass", "StatusLine", "StatusLineError",
     "UnknownPhraseError", "MIN", "MAX", "PHRASE_MAX", "STATUS_LINE_MAX",
     "codes", "find_reason", "status", "FieldStatus", "FieldFlag", "Strength", "Severity",
     "UnknownFieldError", "Rule", "Finding", "fields", "FIELD_NAME_MAX", "CHECK_MAX"]
    + [_n for _n, _f in vars(_c).items() if callable(_f) and _n[:1].islower()
       and _n != "code_table"]
    + _PREDICATES)
