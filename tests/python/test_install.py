# SPDX-License-Identifier: MIT
"""make install DESTDIR=...: the installed package imports and works, with
the installed libhttpstatus, and make uninstall takes it away again."""

import glob
import os
import shutil
import subprocess
import sys
import sysconfig

import pytest


@pytest.fixture(scope="module")
def installed(top_builddir, tmp_path_factory):
    # make check installs once into HS_DESTDIR before any test runs (an
    # install relinks modules in the build tree); this test uninstalls, so
    # it works on a copy of its own.
    source = os.environ.get("HS_DESTDIR", "")
    assert os.path.isdir(source), f"no DESTDIR install at {source!r}"
    dest = os.path.join(str(tmp_path_factory.mktemp("copy")), "dest")
    shutil.copytree(source, dest, symlinks=True)
    make = os.environ.get("MAKE") or "make"
    yield dest, make


def makefile_variable(builddir, name):
    with open(os.path.join(builddir, "Makefile")) as f:
        for line in f:
            if line.startswith(name + " = "):
                return line.split(" = ", 1)[1].strip()
    raise AssertionError(f"{name} not in the Makefile")


def find(root, pattern):
    return sorted(glob.glob(os.path.join(root, "**", pattern), recursive=True))


def test_installed_files(installed):
    dest, _ = installed
    inits = [p for p in find(dest, "__init__.py") if p.endswith("/httpstatus/__init__.py")]
    assert len(inits) == 1, inits
    pkg = os.path.dirname(inits[0])
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    names = sorted(os.listdir(pkg))
    assert names == sorted(["__init__.py", "__pycache__", "__init__.pyi", "py.typed",
                            "_httpstatus" + suffix])
    # Compiled at install time, with the path it has once installed.
    pyc = os.listdir(os.path.join(pkg, "__pycache__"))
    assert len(pyc) == 1 and pyc[0].startswith("__init__.") and pyc[0].endswith(".pyc")
    with open(os.path.join(pkg, "__pycache__", pyc[0]), "rb") as f:
        data = f.read()
    assert pkg[len(dest):].encode() + b"/__init__.py" in data
    assert dest.encode() not in data
    # Installed under the exec prefix that configure was given.
    exec_prefix = makefile_variable(os.environ["top_builddir"], "exec_prefix")
    if exec_prefix == "${prefix}":
        exec_prefix = makefile_variable(os.environ["top_builddir"], "prefix")
    assert pkg.startswith(dest + exec_prefix.rstrip("/") + "/")


def test_installed_package_imports(installed, top_builddir):
    dest, _ = installed
    pkg = os.path.dirname([p for p in find(dest, "__init__.py")
                           if p.endswith("/httpstatus/__init__.py")][0])
    libs = find(dest, "libhttpstatus.so.*")
    assert libs, "libhttpstatus is installed"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.dirname(pkg)
    env["LD_LIBRARY_PATH"] = os.path.dirname(libs[0])
    code = (
        "import httpstatus, sys\n"
        "print(httpstatus.Status(418).phrase, httpstatus.from_reason('Request Entity Too Large'))\n"
        "print(httpstatus.__file__)\n"
        "print(sys.modules[\"httpstatus._httpstatus\"].__file__)\n"
        "maps = open('/proc/self/maps').read().split()\n"
        "print(sorted({p for p in maps if 'libhttpstatus.so' in p}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd="/", env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "I'm a teapot 413"
    assert lines[1].startswith(pkg + "/")
    assert lines[2].startswith(pkg + "/")
    # The library that was loaded is the installed copy.
    assert lines[3].startswith("['" + dest)
    assert top_builddir not in lines[3]


def test_uninstall(installed):
    dest, make = installed
    run = subprocess.run([make, "-C", os.environ["top_builddir"], "uninstall",
                          f"DESTDIR={dest}"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert run.returncode == 0, run.stdout
    left = [p for p in find(dest, "*") if "httpstatus/" in p or "_httpstatus" in p]
    assert left == []
