# SPDX-License-Identifier: MIT
"""The findings of httpstatus.check() for each head of tests/surfaces/heads,
one a line: head number, id, severity, line, offset, length, field."""
import sys

import httpstatus

for n, line in enumerate(l for l in open(sys.argv[1], encoding="latin-1")
                         if not l.startswith("#")):
    head, method, version = line.rstrip("\n").split("\t")
    data = head.encode("latin-1").decode("unicode_escape").encode("latin-1")
    version = {"0": None, "10": "1.0", "11": "1.1", "20": "2", "30": "3"}[version]
    for f in httpstatus.check(data, None if method == "-" else method, version):
        print(n + 1, f.id, f.severity.label, f.line, f.offset, f.length, f.field or "-", sep="\t")
