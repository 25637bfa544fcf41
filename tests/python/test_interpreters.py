# SPDX-License-Identifier: MIT
"""The package keeps its state per interpreter (mod_wsgi runs applications
in sub-interpreters): one that imports httpstatus changes nothing in the
main interpreter, and leaves nothing behind there when it is destroyed."""

import subprocess
import sys
import textwrap

import pytest

# Run in a process of its own, so that a crash is a failure, not the end
# of the test run.
SCRIPT = textwrap.dedent(r'''
    import gc, pickle, sys
    import httpstatus
    from httpstatus import Status

    NOT_FOUND = Status.NOT_FOUND
    CHILD = """
    import httpstatus
    assert httpstatus.Status(404) is httpstatus.NOT_FOUND
    assert httpstatus.reason(404) == "Not Found"
    assert httpstatus.reason(413, "nginx") == "Request Entity Too Large"
    try:
        httpstatus.from_reason("Nope")
    except httpstatus.UnknownPhraseError:
        pass
    """

    def main_still_works():
        assert Status(404) is NOT_FOUND is httpstatus.NOT_FOUND, Status(404)
        assert httpstatus.status(404) is NOT_FOUND
        assert httpstatus.reason(404) == "Not Found"
        for member in (Status(404), Status(413), Status(499)):
            assert repr(member) == f"<Status.{member.name}: {int(member)}>", repr(member)
            assert str(member) == str(int(member))
            assert pickle.loads(pickle.dumps(member)) is member
        try:
            httpstatus.from_reason("Nope")
        except httpstatus.UnknownPhraseError:
            pass

    try:
        import _xxsubinterpreters as subs
    except ImportError:
        subs = None
    if subs is not None:
        try:
            interp = subs.create(isolated=False)
        except TypeError:
            interp = subs.create()
        subs.run_string(interp, CHILD)
        main_still_works()              # while the sub-interpreter lives
        subs.destroy(interp)
    else:
        import _testcapi
        assert _testcapi.run_in_subinterp(CHILD) == 0
    gc.collect()
    main_still_works()                  # once it is gone
    print("ok")
''')


def test_sub_interpreter_leaves_main_alone():
    probe = subprocess.run([sys.executable, "-c", "import _xxsubinterpreters"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    probe2 = subprocess.run([sys.executable, "-c", "import _testcapi"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if probe.returncode and probe2.returncode:
        pytest.skip("no way to make a sub-interpreter (_xxsubinterpreters, _testcapi)")
    run = subprocess.run([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout == "ok\n", run.stderr[-3000:]
