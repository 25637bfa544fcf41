# SPDX-License-Identifier: MIT
"""Shared fixtures of the Python tests, which make check runs through
tests/python/run-pytest against the package in the build tree."""

import ctypes
import os
import types

import pytest

TOP_BUILDDIR = os.environ.get("top_builddir", "")
TOP_SRCDIR = os.environ.get("top_srcdir", "")


@pytest.fixture(scope="session")
def top_builddir():
    if not TOP_BUILDDIR:
        pytest.fail("top_builddir is not set: run the tests through make check")
    return TOP_BUILDDIR


@pytest.fixture(scope="session")
def clib(top_builddir):
    """The built libhttpstatus.so through ctypes: a second, independent way
    into the C library to check the binding against.  Functions returning
    strings give str or None."""
    lib = ctypes.CDLL(os.path.join(top_builddir, "libhttpstatus", ".libs", "libhttpstatus.so"))
    c_int, c_uint, c_char_p, c_size_t = ctypes.c_int, ctypes.c_uint, ctypes.c_char_p, ctypes.c_size_t
    p_int, p_size = ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_size_t)

    def fn(cname, restype, *argtypes):
        f = getattr(lib, "httpstatus_" + cname)
        f.restype = restype
        f.argtypes = list(argtypes)
        return f

    def text(f):
        def call(*args):
            out = f(*args)
            return None if out is None else out.decode("ascii")
        return call

    ns = types.SimpleNamespace()
    for cname in ("reason", "name", "description", "spec", "vendor", "class_name",
                  "registry_name", "dialect_name", "strerror"):
        setattr(ns, cname, text(fn(cname, c_char_p, c_int)))
    ns.reason_dialect = text(fn("reason_dialect", c_char_p, c_int, c_int))
    ns.flag_name = text(fn("flag_name", c_char_p, c_uint))
    ns.version = text(fn("version", c_char_p))
    ns.class_of = fn("class_of", c_int, c_int)
    ns.fallback = fn("fallback", c_int, c_int)
    ns.registry = fn("registry_of", c_int, c_int)
    ns.flags = fn("flags", c_uint, c_int)
    ns.next = fn("next", c_int, c_int, c_uint)
    match_reason = fn("match_reason", c_int, c_char_p, c_size_t, p_int)
    fmt = fn("format_status_line", c_int, ctypes.c_char_p, c_size_t, c_int, c_int, c_int, c_int)
    parse = fn("parse_status_line", c_int, c_char_p, c_size_t, c_uint, p_int, p_int, p_int,
               ctypes.POINTER(ctypes.c_void_p), p_size, p_size)

    def from_reason(phrase: bytes):
        match = ctypes.c_int(-1)
        code = match_reason(phrase, len(phrase), ctypes.byref(match))
        return code, match.value

    def format_status_line(code, dialect, major, minor):
        buf = ctypes.create_string_buffer(1024)
        n = fmt(buf, len(buf), major, minor, code, dialect)
        return n if n < 0 else buf.raw[:n].decode("latin-1")

    def parse_status_line(data: bytes, flags):
        buf = ctypes.create_string_buffer(data, len(data))
        major, minor, code = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        reason_ptr, reason_len, end = ctypes.c_void_p(), ctypes.c_size_t(), ctypes.c_size_t()
        rc = parse(buf, len(data), flags, ctypes.byref(major), ctypes.byref(minor),
                   ctypes.byref(code), ctypes.byref(reason_ptr), ctypes.byref(reason_len),
                   ctypes.byref(end))
        if rc < 0:
            return rc, end.value
        start = (reason_ptr.value or ctypes.addressof(buf)) - ctypes.addressof(buf)
        reason = data[start:start + reason_len.value].decode("latin-1")
        return (major.value, minor.value), code.value, reason, end.value

    ns.from_reason = from_reason
    ns.format_status_line = format_status_line
    ns.parse_status_line = parse_status_line
    return ns


# A skipped test is not a passed one: a check that cannot run here fails
# the file rather than hiding in a green summary.
_skipped = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_collectreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.write_line(
            f"{len(_skipped)} skipped: " + ", ".join(_skipped)
            + " (a failure unless nothing in the file could run: then SKIP)")


def pytest_sessionfinish(session, exitstatus):
    # A file that can run nothing here (all skipped) is a SKIP (77) for
    # make check; some tests skipped among others is a failure.
    if _skipped and session.exitstatus in (0, 5):
        ran = session.testscollected - len(_skipped)
        session.exitstatus = 77 if ran <= 0 else 1
