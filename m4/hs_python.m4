# SPDX-License-Identifier: MIT
# --enable-python: the SWIG Python binding.  Filled in by the Python binding.
hs_python_summary=no
AM_CONDITIONAL([ENABLE_PYTHON], [false])
