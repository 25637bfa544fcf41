#!/bin/sh
# SPDX-License-Identifier: MIT
# The Python package as pip builds it, with no network: in a fresh venv of
# the first python3 on PATH (or $HS_PIP_PYTHON), `pip install` and
# `pip wheel` of the source tree SRC, with --no-build-isolation and the
# setuptools the venv has (wheel comes from Debian's python3-wheel-whl when
# the venv lacks it).  Then the package's tests run against the installed
# copy, with pytest borrowed from Debian's python3-pytest when the venv has
# none.
#
#   tests/packages/pip.sh SRC
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
. "$top_srcdir/tests/lib.sh"

src=${1:?usage: pip.sh SOURCE-TREE}
python=${HS_PIP_PYTHON:-$(command -v python3)}
[ -x "$python" ] || skip "no python3"
wheels=${HS_PIP_WHEELS:-/usr/share/python-wheels}

# pip builds inside the tree it is given: give it a copy.
cp -a "$src" "$scratch/src" || exit 99
venv="$scratch/venv"
if "$python" -m venv "$venv" > "$scratch/venv.log" 2>&1; then
	pass "python3 -m venv ($python, $("$python" -c 'import sys; print(sys.version.split()[0])'))"
else
	sed 's/^/# /' "$scratch/venv.log"
	fail "python3 -m venv with $python (Debian: python3-venv)"
	finish
fi
vpy="$venv/bin/python"
pip() { PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 "$vpy" -m pip "$@"; }
if ! "$vpy" -c 'import wheel' 2> /dev/null; then
	pip install -q --find-links "$wheels" wheel > "$scratch/wheel.log" 2>&1 ||
		{ sed 's/^/# /' "$scratch/wheel.log"; fail "wheel from $wheels"; finish; }
fi

# pip install .
if (cd "$scratch/src" && pip install --no-build-isolation .) > "$scratch/install.log" 2>&1; then
	pass "pip install --no-build-isolation ."
else
	sed 's/^/# /' "$scratch/install.log"
	fail "pip install --no-build-isolation ."
	finish
fi
site=$("$vpy" -c 'import sysconfig; print(sysconfig.get_paths()["platlib"])')
out=$(cd "$scratch" && env -u PYTHONPATH -u LD_LIBRARY_PATH "$vpy" -c \
	'import httpstatus; print(httpstatus.__file__); print(httpstatus.reason(418))' 2>&1)
check "import httpstatus in the venv, from its site-packages" \
	test "$out" = "$site/httpstatus/__init__.py
I'm a teapot"
printf '%s\n' "$out" | sed 's/^/# /'
ext=$(ls "$site"/httpstatus/_httpstatus*.so 2>/dev/null)
check "the extension module carries the library: no libhttpstatus.so needed" \
	sh -c "test -f '$ext' && ! readelf -d '$ext' | grep -q 'NEEDED.*libhttpstatus'"
check "... and exports nothing but PyInit__httpstatus" \
	sh -c "test \"\$(nm -D --defined-only '$ext' | awk '\$2 == \"T\" { print \$3 }')\" = PyInit__httpstatus"
check "the package has its type stub and py.typed" \
	test -f "$site/httpstatus/__init__.pyi" -a -f "$site/httpstatus/py.typed"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$src/pyproject.toml")
check "pip knows it as libhttpstatus $version" \
	sh -c "PIP_NO_INDEX=1 '$vpy' -m pip show libhttpstatus | grep -q -x 'Version: $version'"

# pip wheel .
if (cd "$scratch/src" && pip wheel --no-build-isolation --no-deps -w "$scratch/dist" .) \
	> "$scratch/wheel.log" 2>&1; then
	pass "pip wheel --no-build-isolation ."
else
	sed 's/^/# /' "$scratch/wheel.log"
	fail "pip wheel --no-build-isolation ."
fi
whl=$(ls "$scratch/dist"/libhttpstatus-"$version"-*.whl 2>/dev/null)
check "the wheel libhttpstatus-$version-*.whl holds the package" sh -c "
	test -n '$whl' && '$vpy' -m zipfile -l '$whl' > '$scratch/whl.txt' &&
	grep -q 'httpstatus/__init__.py ' '$scratch/whl.txt' &&
	grep -q 'httpstatus/_httpstatus.*\.so ' '$scratch/whl.txt'"

# The package's tests, against the installed copy.  test_clib.py and
# test_install.py are about the build tree and `make install`, and one
# test checks that make check imports from the build tree: not run here.
if ! "$vpy" -c 'import pytest' 2> /dev/null; then
	pytest_dir=$(/usr/bin/python3 -c 'import os, pytest; print(os.path.dirname(os.path.dirname(pytest.__file__)))' 2> /dev/null)
	[ -n "$pytest_dir" ] || { fail "no pytest for the venv (Debian: python3-pytest)"; finish; }
	# Appended to sys.path, after the venv's own site-packages.
	echo "$pytest_dir" > "$site/zz-debian-pytest.pth"
fi
tests=
for t in "$src"/tests/python/test_*.py; do
	case ${t##*/} in test_clib.py|test_install.py) continue ;; esac
	tests="$tests $t"
done
# shellcheck disable=SC2086
if (cd "$scratch" && env -u PYTHONPATH -u LD_LIBRARY_PATH top_srcdir="$src" PYTHONDONTWRITEBYTECODE=1 \
	"$vpy" -m pytest -p no:cacheprovider -q -rs \
	-k 'not test_imported_from_the_build_tree' $tests) \
	> "$scratch/pytest.log" 2>&1; then
	pass "the Python tests pass against the pip-installed package ($(tail -n 1 "$scratch/pytest.log" | tr -d '='))"
else
	sed 's/^/# /' "$scratch/pytest.log" | tail -n 60
	fail "the Python tests pass against the pip-installed package"
fi
finish
