#!/usr/bin/env python3
"""Writes the IPADIC dictionary sources in MeCab's format from the copy of IPADIC inside janome's
source distribution, for the `japanese` feature of abridge (crates/abridge/build.rs compiles them).

Usage: scripts/ipadic_from_janome.py JANOME_SDIST.tar.gz OUT_DIR

janome (Apache-2.0, on PyPI) ships mecab-ipadic 2.7.0 as Python literals in ipadic/sysdic.zip:
entries_compact*.py (surface, left id, right id, cost), entries_extra*.py (part of speech,
conjugation, base form, reading, pronunciation), connections*.py (the connection matrix),
chardef.py and unknowns.py (character categories and unknown-word entries). This script reads
those literals without executing them and writes, in UTF-8:

  lex.csv     one line per entry, MeCab's 13 IPADIC fields
  matrix.def  "1316 1316", then "left right cost" per pair
  char.def    the categories (name, invoke, group, length) and the code point ranges
  unk.def     the unknown-word entries by category

IPADIC's licence notice, which a binary embedding the data must carry, is crates/abridge/ipadic/NOTICE.

The files are written in a stable order, so two runs give the same bytes.
"""

import ast
import codecs
import io
import os
import re
import sys
import tarfile
import zipfile

# One Python string literal (janome writes u'...' with \\uXXXX escapes, so the files are ASCII) or
# one integer.
LITERAL = re.compile(r"u?'((?:[^'\\]|\\.)*)'|(-?\d+)")
# One dictionary item `id:(fields)`; the fields hold no parentheses outside string literals.
ENTRY = re.compile(r"(\d+):\(((?:u?'(?:[^'\\]|\\.)*'|[^()'])*)\)")


def fields(text):
    """The literals of a tuple's body, strings unescaped and integers parsed."""
    out = []
    for string, number in LITERAL.findall(text):
        out.append(int(number) if number else codecs.decode(string, "unicode_escape"))
    return out


def read_entries(zf, name):
    """id -> fields of one entries_*.py module."""
    text = zf.read(name).decode("ascii")
    return {int(m.group(1)): fields(m.group(2)) for m in ENTRY.finditer(text)}


def literal_module(zf, name):
    """The DATA literal of a module made of plain Python literals, parsed without executing it."""
    text = zf.read(name).decode("ascii")
    return ast.literal_eval(text.split("=", 1)[1])


def csv_field(value):
    """A CSV field as MeCab reads it: quoted when it holds a comma or a quote."""
    value = str(value)
    if "," in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sdist, out = sys.argv[1], sys.argv[2]
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("ipadic/sysdic.zip"))
        zf = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
    names = zf.namelist()
    compact, extra = {}, {}
    for name in sorted(names):
        base = name.rsplit("/", 1)[-1]
        if re.fullmatch(r"entries_compact\d+\.py", base):
            compact.update(read_entries(zf, name))
        elif re.fullmatch(r"entries_extra\d+\.py", base):
            extra.update(read_entries(zf, name))
    if not compact or compact.keys() != extra.keys():
        sys.exit(f"{sdist}: entries do not match ({len(compact)} compact, {len(extra)} extra)")

    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "lex.csv"), "w", encoding="utf-8", newline="\n") as f:
        for i in sorted(compact):
            surface, left, right, cost = compact[i]
            pos, ctype, cform, base, reading, pron = extra[i]
            row = [surface, left, right, cost, *pos.split(","), ctype, cform, base, reading, pron]
            if len(row) != 13:
                sys.exit(f"entry {i}: {len(row)} fields")
            f.write(",".join(csv_field(v) for v in row) + "\n")

    matrix = []
    for name in sorted(n for n in names if re.search(r"/connections\d+\.py$", n)):
        matrix.extend(literal_module(zf, name))
    size = len(matrix)
    if any(len(row) != size for row in matrix):
        sys.exit("the connection matrix is not square")
    with open(os.path.join(out, "matrix.def"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"{size} {size}\n")
        for left, row in enumerate(matrix):
            f.write("".join(f"{left} {right} {cost}\n" for right, cost in enumerate(row)))

    categories, ranges = literal_module(zf, "sysdic/chardef.py")
    with open(os.path.join(out, "char.def"), "w", encoding="utf-8", newline="\n") as f:
        for name, c in categories.items():
            f.write(f"{name} {int(c['INVOKE'])} {int(c['GROUP'])} {c['LENGTH']}\n")
        for r in ranges:
            lo, hi = ord(r["from"]), ord(r["to"])
            span = f"0x{lo:04X}" if lo == hi else f"0x{lo:04X}..0x{hi:04X}"
            f.write(" ".join([span, r["cate"], *r.get("compat_cates", [])]) + "\n")

    unknowns = literal_module(zf, "sysdic/unknowns.py")
    with open(os.path.join(out, "unk.def"), "w", encoding="utf-8", newline="\n") as f:
        for name, entries in unknowns.items():
            for left, right, cost, pos in entries:
                f.write(",".join([name, str(left), str(right), str(cost), pos, "*", "*", "*"]) + "\n")

    print(f"{out}: {len(compact)} entries, matrix {size}x{size}, {len(ranges)} character ranges")


if __name__ == "__main__":
    main()
