#!/usr/bin/env python3
"""Per-byte work budget on adversarial lines (docs/robustness.md).

usage: budget_test.py BUILD_DIR SOURCE_DIR [--print]

A line of one rule's trigger repeated (a place that is also a unit's name,
a quoted name, a code word beside one computing word, first names, numbers
after a code, dashes and quotation marks...) must cost, per byte:
  - at most FACTOR times what ordinary text costs (the example intercepts
    and formations), and
  - at most WINDOW_FACTOR times what the same units cost in lines of
    SHORT units (windows of a hundred-odd tokens).
A window holds up to 4,096 tokens: a rule that reads the whole window for
every candidate costs thousands of times a token's work on such a line,
yet the scan stays linear in the line's length (the window is capped), so
a test of N against 10*N tokens (scripts/linearity.sh) cannot see it.  The
second check compares a trigger with itself, so a rule that reads the
window once a candidate fails it even when its loop is cheap.

The measure is the number of instructions executed inside miltag_scan,
counted by valgrind's callgrind: exact and the same on every run however
loaded the machine is, unlike time.  Both sides of each ratio run the same
binary.  Each input is ~48 KB: past a full window of 4,096 tokens, a few
seconds under callgrind.

--print prints each input's ratios and never fails.
"""
import os
import subprocess
import sys
import tempfile

BUILD, SOURCE = sys.argv[1], sys.argv[2]
PRINT = "--print" in sys.argv[3:]
MILTAG = os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag")
VALGRIND = os.environ.get("MILTAG_VALGRIND") or "valgrind"

# How much more a byte of a hostile line may cost than a byte of ordinary
# text.  The costliest lines measured are below 6 (docs/robustness.md);
# each rule that read its window once a candidate cost 30 to 60 times.
FACTOR = 8.0
SIZE = 48 * 1024
# How much more a byte of the long line may cost than a byte of the same
# units in lines of SHORT: a rule's cost per candidate must not grow with
# the window (the sharper test of the two: it compares a trigger with
# itself).
WINDOW_FACTOR = 1.5
SHORT = 128

# (name, head, unit): head once, then unit repeated to SIZE bytes, on one
# line.  One line for each kind of trigger the evidence rules read.
LINES = [
    ("place and unit name", "", "Azov "),
    ("place and unit name, quoted", "", '"Azov" '),
    ("place and unit name, guillemets", "", "«Азов» "),
    ("unit name", "", "Wagner "),
    ("unit name, ru", "", "Вагнер "),
    ("unit name, quoted ru", "", "«Ахмат» "),
    ("code word", "", "нули "),
    ("code word and one computing word", "сервер ", "нули "),
    ("code word and one music word", "концерт ", "нули "),
    ("slang and one computing word, en", "server ", "box "),
    ("casualty word and one kin word", "отец ", "двухсотый "),
    ("personnel jargon", "", "батя "),
    ("personnel jargon, a kin word first", "отец ", "батя "),
    ("place in -а beside soft forms", "", "Гана Ганя "),
    ("place in -а", "", "Гана "),
    ("first name", "", "Ринат "),
    ("first name, en", "", "Georgia "),
    ("first and last names", "", "Ivan Petrov "),
    ("capitalized words", "", "Hello World "),
    ("place in -а", "", "Москва "),
    ("place in -а, instrumental", "", "Москвой "),
    ("place, en", "", "Kharkiv "),
    ("numbers", "", "200 "),
    ("code with number", "", "груз 200 "),
    ("score", "", "Spartak 5-1 "),
    ("places with scores", "", "Kharkiv 2 Odesa 1 "),
    ("places with scores after words", "", "word " * 40 + "Kharkiv 2 "),
    ("capitals", "", "KYIV "),
    ("dashes", "", "— "),
    ("quotation marks", "", "« » "),
    ("dialogue line", "", "— Азов, прийом "),
    ("region words", "", "Курская область "),
    ("numbered formation", "", "155-я бригада "),
]


def normal_text():
    """Ordinary text: the example intercepts and formations, repeated."""
    parts = []
    for rel in ("examples/intercepts.txt", "fuzz/corpus/scan/formations.txt",
                "fuzz/corpus/scan/counts.txt"):
        with open(os.path.join(SOURCE, rel), "rb") as f:
            parts.append(f.read())
    one = b"".join(p if p.endswith(b"\n") else p + b"\n" for p in parts)
    return one * (SIZE // len(one) + 1)


def instructions(data):
    """Instructions executed inside miltag_scan on data (the command's
    jsonl output, as users run it)."""
    with tempfile.TemporaryDirectory() as d:
        inp = os.path.join(d, "in.txt")
        out = os.path.join(d, "callgrind.out")
        with open(inp, "wb") as f:
            f.write(data)
        p = subprocess.run([VALGRIND, "--tool=callgrind", "--callgrind-out-file=" + out,
                            "--collect-atstart=no", "--toggle-collect=miltag_scan",
                            MILTAG, "--format", "jsonl", inp],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if p.returncode != 0:
            err = p.stderr.decode(errors="replace")
            # valgrind 3.19 cannot read clang 14's DWARF 5 and gives up
            # before running anything: no count to judge, so a skip, not
            # a failure; never in a gcc build, which holds the budget.
            if "debuginfo reader" in err and os.environ.get("MILTAG_C_COMPILER_ID") != "GNU":
                print("budget_test: skipped: valgrind cannot read this build's debug info")
                sys.exit(77)
            sys.exit("budget_test: callgrind failed: " + err[-2000:])
        with open(out) as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return int(line.split()[1])
    sys.exit("budget_test: no summary in callgrind's output")


def main():
    base = normal_text()
    per_byte = instructions(base) / len(base)
    if per_byte <= 0:
        sys.exit("budget_test: ordinary text cost nothing: is miltag_scan in the binary?")
    print(f"ordinary text: {len(base)} bytes, {per_byte:.1f} instructions a byte")
    bad = []
    print("  a byte  window  input")
    for name, head, unit in LINES:
        h, u = head.encode(), unit.encode()
        reps = (SIZE - len(h)) // len(u)
        long = h + u * reps + b"\n"
        # the same units in lines of SHORT, the head on each: windows of
        # a few dozen tokens
        short = (h + u * SHORT).rstrip() + b"\n"
        short = short * (reps // SHORT)
        n_long = instructions(long)
        ratio = n_long / len(long) / per_byte
        window = (n_long / len(long)) / (instructions(short) / len(short))
        shown = unit if len(unit) <= 24 else unit[:10] + "..." + unit[-10:]
        print(f"{ratio:7.2f} {window:7.2f}  {name}: {shown!r} x {reps}")
        if ratio > FACTOR or window > WINDOW_FACTOR:
            bad.append(name)
    if bad and not PRINT:
        print(f"FAIL: over {FACTOR} times ordinary text a byte, or over {WINDOW_FACTOR} times "
              "the same units in short lines: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
