# SPDX-License-Identifier: MIT
# The C example.  make check installs the library into a scratch DESTDIR,
# builds examples/c/triage.c against that copy with pkg-config, as a user
# would, runs it and compares its output; it also checks that the code and
# the sample run shown in README.md are the program's own.

TESTS += examples/c/test-triage.sh
EXTRA_DIST += examples/c/triage.c examples/c/test-triage.sh
