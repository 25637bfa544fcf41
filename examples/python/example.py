#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A tour of the httpstatus package: look a code up, classify a response,
read a phrase back, write and parse a status line."""

import httpstatus
from httpstatus import Status

# Phrases and facts for a code.
print(httpstatus.reason(404))                     # Not Found
print(httpstatus.reason(413, dialect="nginx"))    # what nginx sends
print(httpstatus.description(404))
print(httpstatus.spec(404))

# Status works like http.HTTPStatus, for every code the library knows.
teapot = Status(418)
print(teapot.name, teapot.phrase, teapot.registry.label)
for code in (200, 301, 404, 471, 503):
    # Queries answer any number; 471 is valid but unknown.
    kind = httpstatus.class_of(code).label
    retry = "retry later" if httpstatus.is_retryable(code) else "do not retry"
    print(f"{code}: {kind}, {httpstatus.reason(code) or '(unknown code)'}, {retry}")

# Phrases back to codes, in any spelling a server or an RFC used.
print(httpstatus.from_reason("Request Entity Too Large"))   # 413
print(httpstatus.find_reason("No Such Phrase"))             # None
try:
    httpstatus.from_reason("No Such Phrase")
except httpstatus.UnknownPhraseError as e:
    print("lookup failed:", e)

# Status lines.
line = httpstatus.format_status_line(Status.NOT_FOUND, version=(1, 0))
print(repr(line))
parsed = httpstatus.parse_status_line(line.encode("latin-1"))
print((parsed.major, parsed.minor), parsed.code, parsed.reason, parsed.end)
try:
    httpstatus.parse_status_line(b"HTTP/1.1 404 Not\x00Found\r\n")
except httpstatus.StatusLineError as e:
    print("bad status line:", e)
