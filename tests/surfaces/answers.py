# SPDX-License-Identifier: MIT
"""The Python answers for tests/surfaces/compare.sh.

usage: answers.py FUNCTIONS INPUTS

Calls each function named in FUNCTIONS (one a line; "reason@D" is reason()
with dialect D) on each input of INPUTS (compare.sh's notation) and prints
"function<TAB>notation<TAB>answer".
"""
import sys

import httpstatus as hs


def build(notation):
    kind, _, text = notation.partition(":")
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "str":
        return text.replace("~", " ")
    if kind == "bool":
        return text == "true"
    if kind == "nil":
        return None
    if kind == "table":
        return []
    if kind == "status":
        return hs.Status(int(text))
    raise SystemExit("answers.py: unknown notation %r" % notation)


def show(value):
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, str):
        return '"%s"' % value
    return "unexpected:%s" % type(value).__name__


def call(fn, arg):
    name, _, dialect = fn.partition("@")
    f = getattr(hs, name, None)
    if f is None:
        return "error:missing"
    try:
        # A number after "@" is a second integer argument (an index, a date).
        second = int(dialect) if dialect.isdigit() else dialect
        return show(f(arg, second) if dialect else f(arg))
    except TypeError:
        return "error:type"
    except ValueError:
        return "error:value"
    except Exception as e:  # any other exception is a finding
        return "error:%s" % type(e).__name__


def main():
    with open(sys.argv[1]) as f:
        functions = [line.strip() for line in f if line.strip()]
    with open(sys.argv[2]) as f:
        notations = [line.split("\t")[0] for line in f
                     if line.strip() and not line.startswith("#")]
    out = []
    for notation in notations:
        arg = build(notation)
        for fn in functions:
            out.append("%s\t%s\t%s\n" % (fn, notation, call(fn, arg)))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
