# SPDX-License-Identifier: MIT
"""import httpstatus makes its enums, Status and the named tuples only when
one of them is first asked for.  Each test runs in a fresh interpreter, the
only place where nothing has asked yet."""

import subprocess
import sys
import textwrap


def fresh(code):
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def test_import_leaves_enum_and_collections_out():
    out = fresh('''
        import sys
        before = set(sys.modules)
        import httpstatus
        print(sorted(m for m in set(sys.modules) - before
                     if m in ("enum", "collections", "functools", "re", "types", "operator")))
        assert httpstatus.reason(404) == "Not Found"
        assert httpstatus.reason(413, "nginx") == "Request Entity Too Large"
        assert httpstatus.from_reason("moved temporarily") == 302
        assert httpstatus.find_reason("no such phrase") is None
        assert httpstatus.format_status_line(404) == "HTTP/1.1 404 Not Found\\r\\n"
        assert httpstatus.wire_line(494, "nginx") == "HTTP/1.1 400 Bad Request\\r\\n"
        assert httpstatus.is_client_error(404) and httpstatus.is_cacheable(404)
        assert httpstatus.fallback(471) == 400 and httpstatus.fallback(700) == 500
        assert httpstatus.description(404)
        assert httpstatus.FLAG_CACHEABLE and httpstatus.DIALECT_NGINX
        try:
            httpstatus.from_reason("Nope")
        except httpstatus.UnknownPhraseError:
            pass
        print("enum" in sys.modules)
    ''')
    assert out == "[]\nFalse\n", out


def test_every_name_is_there_before_and_after():
    out = fresh('''
        import httpstatus
        before = dir(httpstatus)
        present = {n: v for n, v in vars(httpstatus).items() if not n.startswith("_")}
        for name in httpstatus.__all__:
            getattr(httpstatus, name)
        after = dir(httpstatus)
        # What was there from the start is still the same object.
        changed = [n for n, v in present.items() if vars(httpstatus)[n] is not v]
        assert not changed, changed
        assert before == after, sorted(set(before) ^ set(after))
        assert set(httpstatus.__all__) <= set(after)
        public = {n for n in vars(httpstatus) if not n.startswith("_")}
        assert public == {n for n in after if not n.startswith("_")}
        print(len(after))
    ''')
    assert int(out) > 300, out


def test_first_use_by_any_route():
    routes = {
        "attribute": "httpstatus.Status(404)",
        "constant": "httpstatus.NOT_FOUND",
        "old name": "httpstatus.REQUEST_ENTITY_TOO_LARGE",
        "function": "httpstatus.class_of(404)",
        "parse": 'httpstatus.parse_status_line(b"HTTP/1.1 404 Not Found\\r\\n")',
        "check": 'httpstatus.check("HTTP/1.1 405 Method Not Allowed\\r\\n\\r\\n")',
        "from import": "__import__('httpstatus', fromlist=['status']).status(404)",
        "star": "exec('from httpstatus import *', {})",
        "pickle": "__import__('pickle').loads(__import__('pickle').dumps(httpstatus.status(404)))",
    }
    for what, expr in routes.items():
        out = fresh(f'''
            import httpstatus
            first = {expr}
            assert httpstatus.Status(404) is httpstatus.NOT_FOUND is httpstatus.status(404)
            assert isinstance(httpstatus.class_of(404), httpstatus.StatusClass)
            assert httpstatus.Status(413).name == "CONTENT_TOO_LARGE"
            assert httpstatus.match_reason("Moved Temporarily") == (302, httpstatus.Match.DIALECT)
            print(repr(httpstatus.Status(404)))
        ''')
        assert out == "<Status.NOT_FOUND: 404>\n", (what, out)


def test_unknown_names_are_attribute_errors():
    out = fresh('''
        import httpstatus
        for name in ("NOPE", "not_a_function", "_build_status"):
            try:
                getattr(httpstatus, name)
            except AttributeError as e:
                print(e)
            else:
                raise SystemExit(name + " exists")
        print("enum" in __import__("sys").modules)
    ''')
    assert out.splitlines() == [
        "module 'httpstatus' has no attribute 'NOPE'",
        "module 'httpstatus' has no attribute 'not_a_function'",
        "module 'httpstatus' has no attribute '_build_status'",
        "False"], out


def test_threads_see_one_status():
    out = fresh('''
        import threading
        import httpstatus

        barrier = threading.Barrier(8)
        got = []

        def first_use(i):
            barrier.wait()
            got.append((httpstatus.Status, httpstatus.NOT_FOUND, httpstatus.status(404),
                        httpstatus.Flag if i % 2 else httpstatus.class_of(404).__class__))

        threads = [threading.Thread(target=first_use, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(got) == 8
        assert len({id(g[0]) for g in got}) == 1
        assert all(g[1] is g[2] is got[0][0](404) for g in got)
        print("ok")
    ''')
    assert out == "ok\n", out
