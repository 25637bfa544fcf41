# SPDX-License-Identifier: MIT
"""Builds the Python package httpstatus for pip (see pyproject.toml).

The wheel carries its own copy of the C library: the extension module
httpstatus._httpstatus is the SWIG wrapper compiled together with
libhttpstatus/libhttpstatus.c (the whole library is one translation unit),
so that it works where libhttpstatus is not installed, as a wheel from a
package index must.  Only PyInit__httpstatus is exported from it, so it
cannot clash with a libhttpstatus.so loaded in the same process.

What `make` generates is generated here too, in the build directory, from
the same inputs: the public header and the tables (tools/gentables.c, run
on status.table and fields.table), the docstrings and the type stub
(bindings/python/gen.py), and the wrapper (SWIG 4, from $SWIG or PATH).
"""

import os
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

TOP = os.path.dirname(os.path.abspath(__file__))
LIBDIR = os.path.join(TOP, "libhttpstatus")
PYDIR = os.path.join(TOP, "bindings", "python")


def version():
    """(major, minor, micro) from configure.ac, the one place it is written."""
    with open(os.path.join(TOP, "configure.ac"), encoding="utf-8") as f:
        text = f.read()
    parts = []
    for part in ("major", "minor", "micro"):
        m = re.search(r"m4_define\(\[hs_%s\], \[(\d+)\]\)" % part, text)
        if not m:
            sys.exit("setup.py: no hs_%s in configure.ac" % part)
        parts.append(m.group(1))
    return parts


def run(cmd, stdout=None):
    print(" ".join(cmd))
    if stdout is None:
        subprocess.check_call(cmd)
        return
    tmp = stdout + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        subprocess.check_call(cmd, stdout=out)
    os.replace(tmp, stdout)


def find_swig():
    for name in (os.environ.get("SWIG"), "swig4.0", "swig"):
        path = name and shutil.which(name)
        if path:
            return path
    sys.exit("setup.py: SWIG 4 is needed to build the Python module "
             "(Debian: apt install swig; or set SWIG=/path/to/swig)")


class BuildExt(build_ext):
    """Generates the sources, then builds the extension from them."""

    def build_extensions(self):
        gen = os.path.join(os.path.abspath(self.build_temp), "generated")
        os.makedirs(gen, exist_ok=True)
        major, minor, micro = version()

        # The table generator runs here, on the build machine.
        objs = self.compiler.compile(
            [os.path.join(TOP, "tools", "gentables.c"), os.path.join(LIBDIR, "normalize.c")],
            output_dir=os.path.join(gen, "obj"), include_dirs=[LIBDIR])
        gentables = os.path.join(gen, "gentables")
        self.compiler.link_executable(objs, gentables)
        table = os.path.join(LIBDIR, "status.table")
        header = os.path.join(gen, "httpstatus.h")
        run([gentables, "header", table, os.path.join(LIBDIR, "httpstatus.h.in"),
             major, minor, micro], header)
        run([gentables, "tables-h", table], os.path.join(gen, "tables.h"))
        run([gentables, "tables-c", table], os.path.join(gen, "tables.c"))
        fields = os.path.join(LIBDIR, "fields.table")
        run([gentables, "fields-h", fields], os.path.join(gen, "fieldtables.h"))
        run([gentables, "fields-c", fields], os.path.join(gen, "fieldtables.c"))
        # What configure would write into config.h for the library.
        with open(os.path.join(gen, "config.h"), "w", encoding="utf-8") as f:
            f.write('#define PACKAGE_VERSION "%s.%s.%s"\n' % (major, minor, micro))

        gen_py = os.path.join(PYDIR, "gen.py")
        run([sys.executable, gen_py, "docs", header], os.path.join(gen, "docstrings.i"))
        wrapper = os.path.join(gen, "httpstatus_wrap.c")
        run([find_swig(), "-python", "-noproxy", "-module", "_httpstatus",
             "-I" + gen, "-I" + os.path.join(TOP, "bindings"),
             "-o", wrapper, os.path.join(TOP, "bindings", "httpstatus.i")])

        # The type stub goes next to the package's other files.
        if self.inplace:
            pkgdir = os.path.join(PYDIR, "httpstatus")
        else:
            pkgdir = os.path.join(self.build_lib, "httpstatus")
        os.makedirs(pkgdir, exist_ok=True)
        run([sys.executable, gen_py, "stub", header,
             os.path.join(PYDIR, "httpstatus", "__init__.pyi.in")],
            os.path.join(pkgdir, "__init__.pyi"))

        for ext in self.extensions:
            ext.sources = [wrapper, os.path.join(LIBDIR, "libhttpstatus.c")]
            ext.include_dirs = [gen, LIBDIR]
            ext.depends = [table, fields, header]
            if sys.platform.startswith("linux"):
                script = os.path.join(gen, "exports.map")
                with open(script, "w", encoding="utf-8") as f:
                    f.write("{ global: PyInit__httpstatus; local: *; };\n")
                ext.extra_link_args = ["-Wl,--version-script=" + script]
            if self.compiler.compiler_type == "unix":
                ext.extra_compile_args = ["-fvisibility=hidden", "-fno-strict-aliasing"]
        super().build_extensions()


setup(
    ext_modules=[Extension("httpstatus._httpstatus", sources=[])],
    cmdclass={"build_ext": BuildExt},
)
