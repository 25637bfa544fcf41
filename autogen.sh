#!/bin/sh
# SPDX-License-Identifier: MIT
# Creates configure and the Makefile.in files from a git checkout.
set -e
cd "$(dirname "$0")"
autoreconf --force --install --verbose "$@"
echo "Now run ./configure && make"
