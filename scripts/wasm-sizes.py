#!/usr/bin/env python3
"""Code size per function of a wasm with a name section, or the difference between two.

Usage:
  python3 scripts/wasm-sizes.py BUILD.wasm                # the 40 largest functions
  python3 scripts/wasm-sizes.py BEFORE.wasm AFTER.wasm    # what grew and what shrank

Use rustc's own output (target/wasm32-unknown-unknown/release/diversiteitsatlas.wasm, before
wasm-bindgen and wasm-opt strip the names): its sizes are larger than the shipped file's, but
they say which code grew. Names are shortened: hashes dropped, the crates `atlas_view` and
`diversiteitsatlas` folded together (a module moved between them compares with itself).
"""
import collections
import re
import sys


def leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def imported_functions(data, at):
    count, at = leb(data, at)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, at = leb(data, at)
            at += length
        kind = data[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = leb(data, at)
            functions += 1
        elif kind in (1, 2):  # table (with element type) or memory: limits
            at += kind == 1
            flags, at = leb(data, at)
            _, at = leb(data, at)
            if flags & 1:
                _, at = leb(data, at)
        elif kind == 3:  # global: type and mutability
            at += 2
    return functions


def function_sizes(path):
    data = open(path, "rb").read()
    at, imports, bodies, names = 8, 0, [], {}
    while at < len(data):
        section = data[at]
        size, at = leb(data, at + 1)
        end = at + size
        if section == 2:
            imports = imported_functions(data, at)
        elif section == 10:
            count, body = leb(data, at)
            for _ in range(count):
                length, body = leb(data, body)
                bodies.append(length)
                body += length
        elif section == 0:
            length, sub = leb(data, at)
            if data[sub:sub + length] == b"name":
                sub += length
                while sub < end:
                    kind = data[sub]
                    sub_size, sub = leb(data, sub + 1)
                    if kind == 1:
                        count, entry = leb(data, sub)
                        for _ in range(count):
                            index, entry = leb(data, entry)
                            length, entry = leb(data, entry)
                            names[index] = data[entry:entry + length].decode("utf8", "replace")
                            entry += length
                    sub += sub_size
        at = end
    sizes = collections.Counter()
    for i, size in enumerate(bodies):
        sizes[short(names.get(i + imports, f"#{i}"))] += size
    return sizes


def short(name):
    name = re.sub(r"17h[0-9a-f]{16}E$", "", name)
    if name.startswith("_ZN"):
        parts, at = [], 3
        while at < len(name) and name[at].isdigit():
            digits = re.match(r"\d+", name[at:]).group()
            at += len(digits)
            parts.append(name[at:at + int(digits)])
            at += int(digits)
        name = "::".join(parts)
    for crate in ("atlas_view", "diversiteitsatlas"):
        name = name.replace(crate + "..", "").replace(crate + "::", "")
    return name.replace("$LT$", "<").replace("$GT$", ">").replace("$u20$", " ").replace("..", "::")


def main(paths):
    if len(paths) == 1:
        sizes = function_sizes(paths[0])
        print(f"total {sum(sizes.values())} bytes of code")
        for name, size in sizes.most_common(40):
            print(f"{size:8} {name[:150]}")
        return
    before, after = function_sizes(paths[0]), function_sizes(paths[1])
    print(f"total {sum(before.values())} -> {sum(after.values())} bytes of code")
    changes = sorted(((after[k] - before[k], k) for k in set(before) | set(after)), reverse=True)
    for change, name in changes[:30] + [(0, "...")] + changes[-15:]:
        print(f"{change:+8} {name[:150]}")


if __name__ == "__main__":
    if not 1 <= len(sys.argv) - 1 <= 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
