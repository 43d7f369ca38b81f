#!/usr/bin/env python3
"""Generate docs/api.md from include/miltag.h and include/miltag_inspect.h,
the API's documentation.

usage: gen_api_doc.py [--check]

The header is the source of truth: every declaration and the comment
before it are copied into Markdown, section by section (the header's
"/* ---- name */" rulers).  With --check nothing is written and the exit
status is 1 if docs/api.md differs (the test suite runs this, so the two
never drift apart).
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def comment_text(block):
    lines = []
    for raw in block.splitlines():
        line = raw.strip()
        line = re.sub(r"^/\*+\s?", "", line)
        line = re.sub(r"\s?\*+/$", "", line)
        line = re.sub(r"^\*\s?", "", line)
        lines.append(line)
    return "\n".join(lines).strip()


HEADERS = ["miltag.h", "miltag_inspect.h"]


def generate():
    out = ["# The C API", "",
           "GENERATED from `include/miltag.h` and `include/miltag_inspect.h` by",
           "`tools/gen_api_doc.py`; the headers are the reference.", ""]
    for n, name in enumerate(HEADERS):
        if n:
            out += ["# Inspection: `miltag_inspect.h`", ""]
        out += header_doc(name)
    return "\n".join(out).rstrip() + "\n"


def header_doc(name):
    lines = (ROOT / "include" / name).read_text(encoding="utf-8").splitlines()
    guard = name.replace(".", "_").upper()
    out = []
    i = 0
    # the opening comment: the overview
    block = []
    while True:
        block.append(lines[i])
        if "*/" in lines[i]:
            break
        i += 1
    out += [comment_text("\n".join(block)), ""]
    # skip to the first ruler (past include guards and the visibility macro)
    while not re.match(r"/\* -+ ", lines[i]):
        i += 1
    pending = None
    while i < len(lines):
        line = lines[i]
        ruler = re.match(r"/\* -+ (.+?) \*/", line)
        if ruler:
            out += ["## " + ruler.group(1).strip().capitalize(), ""]
            pending = None
            i += 1
            continue
        if line.strip().startswith("/*"):
            block = [line]
            while "*/" not in lines[i]:
                i += 1
                block.append(lines[i])
            pending = comment_text("\n".join(block))
            i += 1
            continue
        if line.startswith("#define"):
            decl = [line]
            while decl[-1].endswith("\\"):
                i += 1
                decl.append(lines[i])
            text = "\n".join(decl)
            if guard not in text:
                out += ["```c", text, "```", ""]
                if pending:
                    out[-1:] = [pending, ""]
            pending = None
            i += 1
            continue
        if line.startswith("typedef") or line.startswith("MILTAG_API"):
            decl = [line]
            depth = line.count("{") - line.count("}")
            while not (depth == 0 and decl[-1].rstrip().endswith(";")):
                i += 1
                decl.append(lines[i])
                depth += lines[i].count("{") - lines[i].count("}")
            text = "\n".join(decl).replace("MILTAG_API ", "")
            out += ["```c", text, "```"]
            if pending:
                out += [pending]
            out += [""]
            pending = None
            i += 1
            continue
        i += 1
    return out


def main(argv):
    text = generate()
    target = ROOT / "docs" / "api.md"
    if "--check" in argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("docs/api.md is stale: run tools/gen_api_doc.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
