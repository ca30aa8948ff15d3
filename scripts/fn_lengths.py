#!/usr/bin/env python3
"""Lengths of the functions in generator/ (lines from `fn` to its closing
brace, tests included), longest first.

    scripts/fn_lengths.py [N]          # the N longest (default 15)
    scripts/fn_lengths.py --name run   # the functions named run
"""
import os
import re
import signal
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator")
FN = re.compile(r"^(\s*)(pub(\([^)]*\))?\s+)?(const\s+|async\s+|unsafe\s+)*fn\s+(\w+)")


def functions():
    for dirpath, _, files in os.walk(ROOT):
        for f in sorted(files):
            if not f.endswith(".rs"):
                continue
            path = os.path.join(dirpath, f)
            lines = open(path).read().split("\n")
            for i, line in enumerate(lines):
                m = FN.match(line)
                if not m:
                    continue
                indent = m.group(1)
                # the body ends at the first line `}` with the same indentation
                for j in range(i, len(lines)):
                    if lines[j] == indent + "}" or (j == i and line.rstrip().endswith(";")):
                        break
                yield j - i + 1, os.path.relpath(path, ROOT), i + 1, m.group(5)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head
    rows = sorted(functions(), reverse=True)
    if "--name" in sys.argv:
        name = sys.argv[sys.argv.index("--name") + 1]
        rows = [r for r in rows if r[3] == name]
    else:
        rows = rows[: int(sys.argv[1]) if len(sys.argv) > 1 else 15]
    for n, path, line, name in rows:
        print(f"{n:5}  {path}:{line}  {name}")


if __name__ == "__main__":
    main()
