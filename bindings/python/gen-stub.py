# SPDX-License-Identifier: MIT
"""Writes the type stub of the httpstatus package (__init__.pyi) from its
template and the generated public header, so that the lists in the stub
(status codes, enum members, flag predicates, C functions) are the
header's own.

    python3 gen-stub.py httpstatus.h __init__.pyi.in > __init__.pyi

The names follow the package (httpstatus/__init__.py): a constant
HTTPSTATUS_Y is Y, a function httpstatus_X is X, a flag FLAG_Z gives the
predicate is_z, a class CLASS_C (but INVALID) the predicate is_c."""

import re
import sys

PREFIX = "HTTPSTATUS_"


def enums(header):
    """{tag: [(NAME, value)]} for every enum of the header, values
    evaluated; and the #define'd integer and string constants."""
    known, out = {}, {}
    for tag, body in re.findall(r"enum httpstatus_(\w+) \{(.*?)\};", header, re.S):
        body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
        items = []
        for name, expr in re.findall(r"\b%s(\w+)\s*=\s*([^,]+)" % PREFIX, body):
            expr = re.sub(r"(\d)u\b", r"\1", expr.replace(PREFIX, ""))
            known[name] = eval(expr, {"__builtins__": {}}, known)  # our own header
            items.append((name, known[name]))
        out[tag] = items
    return out, known


def defines(header, known):
    consts = []
    for name, expr in re.findall(r"^#define %s(\w+)[ \t]+((?:[^\n\\]|\\\n)+)" % PREFIX, header, re.M):
        expr = expr.replace("\\\n", " ").replace(PREFIX, "")
        if name == "H" or re.fullmatch(r"\s*[A-Z_][A-Z0-9_]*\s*", expr):
            continue        # the include guard; a bare alias SWIG does not wrap
        known[name] = value = eval(expr, {"__builtins__": {}}, known)
        consts.append((name, "str" if isinstance(value, str) else "int"))
    return consts


PARAM_TYPES = {"int": "_Int", "unsigned int": "_Int", "httpstatus_dialect_t": "_DialectArg",
               "const char *": "_Text"}


def functions(header, defined):
    out = []
    protos = re.findall(r"/\*((?:(?!\*/).)*)\*/\s*(const char \*|int |unsigned int )"
                        r"httpstatus_(\w+)\(([^)]*)\);", header, re.S)
    for comment, ret, name, params in protos:
        if name in defined:
            continue
        args = []
        for p in params.split(","):
            p = " ".join(p.split())
            if p == "void":
                continue
            m = re.fullmatch(r"(.*?)\s*(\w+)", p)
            key = m.group(1)
            if key not in PARAM_TYPES:
                raise SystemExit(f"gen-stub: no Python type for {p!r} of httpstatus_{name}")
            default = " = None" if key == "httpstatus_dialect_t" else ""
            args.append(f"{m.group(2)}: {PARAM_TYPES[key]}{default}")
        if ret.startswith("const char"):
            answer = "str" if "never NULL" in " ".join(comment.split()) else "Optional[str]"
        else:
            answer = "int"
        out.append(f"def {name}({', '.join(args)}) -> {answer}: ...")
    return out


def main():
    header = open(sys.argv[1]).read()
    template = open(sys.argv[2]).read()
    tags, known = enums(header)
    defined = set(re.findall(r"^def (\w+)\(", template, re.M)) | {"reason"}

    codes = tags.pop("code")
    consts = [(n, "int") for items in tags.values() for n, _ in items]
    consts += defines(header, known)
    flag_preds = ["is_" + n[len("FLAG_"):].lower() for n, _ in tags["flag"]]
    class_preds = ["is_" + n[len("CLASS_"):].lower() for n, _ in tags["class"]
                   if n != "CLASS_INVALID"]

    def members(prefix):
        items = [it for items in tags.values() for it in items if it[0].startswith(prefix)]
        if prefix == "DIALECT_":    # the dialects are the values below DIALECT_COUNT
            items = [(n, v) for n, v in items if v < known["DIALECT_COUNT"]]
        return "\n".join(f"    {n[len(prefix):]} = {v}" for n, v in items) or "    pass"

    text = re.sub(r"^@ENUM (\w+)@$", lambda m: members(m.group(1)), template, flags=re.M)
    replace = {
        "CONSTANTS": "\n".join(f"{n}: {t}" for n, t in consts),
        "STATUS_MEMBERS": "\n".join(f"    {n} = {v}" for n, v in codes),
        "STATUS_PREDICATES": "\n".join(f"    @property\n    def {p}(self) -> bool: ..."
                                       for p in class_preds + flag_preds),
        "CODE_CONSTANTS": "\n".join(f"{n}: Status" for n, _ in codes),
        "PREDICATES": "\n".join(f"def {p}(code: _Int) -> bool: ..."
                                for p in class_preds + flag_preds),
        "FUNCTIONS": "\n".join(functions(header, defined)),
    }
    text = re.sub(r"^@(\w+)@$", lambda m: replace[m.group(1)], text, flags=re.M)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
