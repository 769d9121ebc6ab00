#!/usr/bin/env python3
"""Writes crates/abridge/src/lang/whatlang_data.rs: whatlang's data for the Latin and Cyrillic
scripts, laid out for lookups from the text's side.

whatlang (https://github.com/greyblake/whatlang-rs, MIT licence, crates/abridge/whatlang/NOTICE)
keeps, for each script shared by several languages, each language's 300 most frequent trigrams in
rank order, and for Latin and Cyrillic each language's alphabet. It scores a text by looking up
every trigram of every profile in the text's table. lang/detect.rs computes the same numbers from
the text's trigrams alone, so it needs the profiles inverted: for each trigram, the languages
whose profile holds it and at which rank. This script reads the data from the whatlang crate that
cargo fetched and writes that inverted index, the alphabets as a table of characters with the set
of languages that use each, and each script's list of languages in whatlang's two orders (its
profile list and its script's language list), which decide how ties fall.

Usage: scripts/whatlang_tables.py [WHATLANG_SOURCE_DIR]
       (default: the whatlang-0.18.0 folder under ~/.cargo/registry/src)
"""

import glob
import os
import re
import sys

VERSION = "0.18.0"
SCRIPTS = ["Latin", "Cyrillic"]
PROFILE_LIST = {"Latin": "LATIN_LANGS", "Cyrillic": "CYRILLIC_LANGS"}
ALPHABET_FILE = {"Latin": "latin.rs", "Cyrillic": "cyrillic.rs"}
ALPHABET_LIST = {"Latin": "LATIN_ALPHABETS", "Cyrillic": "CYRILLIC_ALPHABETS"}
PROFILE_SIZE = 300
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "abridge", "src",
                   "lang", "whatlang_data.rs")


def source_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    found = glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/whatlang-{VERSION}"))
    if not found:
        sys.exit(f"whatlang {VERSION} not found under ~/.cargo/registry/src (run cargo fetch)")
    return found[0]


def block(text, start_pattern):
    """The text from the line matching start_pattern to the `];` that closes it."""
    start = re.search(start_pattern, text, re.M)
    if not start:
        sys.exit(f"pattern not found: {start_pattern}")
    end = text.index("\n];", start.end())
    return text[start.end():end]


def profiles(src, script):
    text = open(os.path.join(src, "src", "trigrams", "profiles.rs"), encoding="utf-8").read()
    body = block(text, rf"^pub static {PROFILE_LIST[script]}: LangProfileList = &\[")
    langs = []
    for entry in re.split(r"\n    \(\n", body)[1:]:
        lang = re.search(r"Lang::(\w+),", entry).group(1)
        trigrams = re.findall(r"Trigram\('(.)', '(.)', '(.)'\)", entry)
        if len(trigrams) != PROFILE_SIZE:
            sys.exit(f"{lang}: {len(trigrams)} trigrams, expected {PROFILE_SIZE}")
        langs.append((lang, ["".join(t) for t in trigrams]))
    return langs


def alphabets(src, script):
    text = open(os.path.join(src, "src", "alphabets", ALPHABET_FILE[script]),
                encoding="utf-8").read()
    consts = {name: value for name, value in
              re.findall(r'^const (\w+): &str =\s*"([^"]*)";', text, re.M | re.S)}
    body = block(text, rf"^const {ALPHABET_LIST[script]}: &\[\(Lang, &str\)\] = &\[")
    result = []
    for lang, const in re.findall(r"\(Lang::(\w+), (\w+)\)", body):
        letters = consts[const]
        if len(set(letters)) != len(letters):
            # whatlang counts a letter twice if its alphabet lists it twice; the table below
            # holds sets, so it would differ.
            sys.exit(f"{lang}: a letter listed twice in its alphabet")
        result.append((lang, letters))
    return result


def script_langs(src, script):
    text = open(os.path.join(src, "src", "scripts", "lang_mapping.rs"), encoding="utf-8").read()
    name = PROFILE_LIST[script]
    body = re.search(rf"const {name}: \[Lang; \d+\] = \[(.*?)\];", text, re.S).group(1)
    return re.findall(r"Lang::(\w+)", body)


def rust_char(c):
    if c == "'" or c == "\\" or not c.isprintable() or ord(c) >= 0x300 and ord(c) < 0x370:
        return f"'\\u{{{ord(c):x}}}'"
    return f"'{c}'"


def numbers(out, name, values):
    """A static array of u16, sixteen to a line."""
    out.append(f"pub(super) static {name}: [u16; {len(values)}] = [")
    for i in range(0, len(values), 16):
        out.append("    " + ", ".join(str(v) for v in values[i:i + 16]) + ",")
    out.append("];\n")


def write_script(out, script, src):
    langs = profiles(src, script)
    names = [lang for lang, _ in langs]
    order = script_langs(src, script)
    if sorted(order) != sorted(names):
        sys.exit(f"{script}: the script's languages and the profiles differ")
    letters = alphabets(src, script)
    if sorted(lang for lang, _ in letters) != sorted(names):
        sys.exit(f"{script}: the alphabets and the profiles differ")
    if len(names) > 64:
        sys.exit(f"{script}: more than 64 languages do not fit a u64 set")

    postings = {}
    for index, (_, trigrams) in enumerate(langs):
        for rank, trigram in enumerate(trigrams):
            postings.setdefault(trigram, []).append(index * PROFILE_SIZE + rank)
    keys = sorted(postings, key=lambda t: tuple(ord(c) for c in t))

    users = {}
    for lang, alphabet in letters:
        for c in alphabet:
            users[c] = users.get(c, 0) | 1 << names.index(lang)
    chars = sorted(users)

    upper = script.upper()
    out.append(f"/// {script}: whatlang's profile list, in its order (`{PROFILE_LIST[script]}`).")
    out.append(f"pub(super) static {upper}_PROFILES: [Lang; {len(names)}] = [")
    out.extend(f"    Lang::{name}," for name in names)
    out.append("];\n")
    out.append(f"/// {script}: the script's languages in whatlang's order (`Script::langs`), as")
    out.append(f"/// indices into [`{upper}_PROFILES`].")
    out.append(f"pub(super) static {upper}_SCRIPT_ORDER: [u8; {len(names)}] = [")
    out.extend(f"    {names.index(name)}, // {name}" for name in order)
    out.append("];\n")
    out.append(f"/// {script}: every trigram of a profile, packed ([`pack`]), in ascending order.")
    out.append(f"pub(super) static {upper}_TRIGRAMS: [u64; {len(keys)}] = [")
    for key in keys:
        a, b, c = (ord(ch) for ch in key)
        out.append(f"    {(a << 42) | (b << 21) | c}, // {key!r}")
    out.append("];\n")
    flat, starts = [], [0]
    for key in keys:
        flat.extend(postings[key])
        starts.append(len(flat))
    out.append(f"/// {script}: where each trigram's entries start in [`{upper}_POSTINGS`] (one more")
    out.append("/// than there are trigrams: the last is the end).")
    numbers(out, f"{upper}_STARTS", starts)
    out.append(f"/// {script}: the profiles that hold each trigram, as `profile * 300 + rank`")
    out.append(f"/// (profile: an index into [`{upper}_PROFILES`]; rank: 0 for the most frequent).")
    numbers(out, f"{upper}_POSTINGS", flat)
    out.append(f"/// {script}: every letter of an alphabet, ascending, with the set of profiles")
    out.append(f"/// (bit i: [`{upper}_PROFILES`]`[i]`) whose alphabet holds it.")
    out.append(f"pub(super) static {upper}_LETTERS: [(char, u64); {len(chars)}] = [")
    out.extend(f"    ({rust_char(c)}, {users[c]:#x})," for c in chars)
    out.append("];\n")


def main():
    src = source_dir()
    out = [
        f"//! whatlang {VERSION}'s data for the Latin and Cyrillic scripts, inverted for",
        "//! lookups from the text's side. Generated by `scripts/whatlang_tables.py` from the",
        "//! whatlang crate's source; do not edit.",
        "//!",
        "//! The data is whatlang's (<https://github.com/greyblake/whatlang-rs>), MIT licence,",
        "//! copyright Sergey Potapov and the authors named in `crates/abridge/whatlang/NOTICE`,",
        "//! which carries the licence. Its trigram profiles and alphabets are laid out here as",
        "//! `lang/detect.rs` reads them; the numbers are whatlang's own.",
        "",
        "use whatlang::Lang;",
        "",
        "/// Three characters packed in one number, the first in the high bits: packed",
        "/// numbers sort as the character triples do.",
        "pub(super) const fn pack(a: char, b: char, c: char) -> u64 {",
        "    ((a as u64) << 42) | ((b as u64) << 21) | c as u64",
        "}",
        "",
    ]
    for script in SCRIPTS:
        write_script(out, script, src)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
    print(f"wrote {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
