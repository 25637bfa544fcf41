# SPDX-License-Identifier: MIT
"""The type stub under mypy --strict: correct code passes, a misspelt member
fails.  (test_api.py checks that the stub lists what the package has.)"""

import os
import subprocess
import sys
import textwrap

import pytest

import httpstatus

STUB = os.path.join(os.path.dirname(httpstatus.__file__), "__init__.pyi")

# mypy is what checks the stub here: without it, there is nothing to run.
pytest.importorskip("mypy", reason="mypy is not installed (python3-mypy)")

GOOD = """
    import httpstatus
    from httpstatus import Dialect, ParseFlag, Status

    s: Status = Status(404)
    name: str = s.name
    phrase: str = s.phrase + Status.NOT_FOUND.description
    maybe = httpstatus.reason(404, "nginx")
    text: str = maybe if maybe is not None else ""
    ok: bool = s.is_client_error and httpstatus.is_method_preserving(308)
    line = httpstatus.parse_status_line(b"HTTP/1.1 200 OK\\r\\n", ParseFlag.TOLERANT)
    total: int = line.end + line.code + httpstatus.NOT_FOUND
    out: str = httpstatus.format_status_line(404, Dialect.NGINX, (1, 0))
    invalid: bool = httpstatus.class_of(99) is httpstatus.StatusClass.INVALID
    code, match = httpstatus.match_reason("Not Found")
    version: str = httpstatus.version() + httpstatus.VERSION_STRING
"""

BAD = """
    import httpstatus
    print(httpstatus.Status.NOT_FUOND)
"""


def mypy(tmp_path, source):
    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(source))
    env = dict(os.environ, MYPYPATH=os.path.dirname(os.path.dirname(STUB)))
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           "--cache-dir", str(tmp_path / "cache"), str(path)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env=env, cwd=str(tmp_path))


def test_mypy_accepts_correct_use(tmp_path):
    run = mypy(tmp_path, GOOD)
    assert run.returncode == 0, run.stdout


def test_mypy_rejects_a_misspelt_member(tmp_path):
    run = mypy(tmp_path, BAD)
    assert run.returncode == 1 and 'has no attribute "NOT_FUOND"' in run.stdout, run.stdout
