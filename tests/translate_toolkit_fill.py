"""Plays a CAT tool for tests/translate.rs: opens an XLIFF file with the
Translate Toolkit (PyPI translate-toolkit, its XLIFF 1.2 and 2.0 stores),
gives every unit a target (its source, inline elements kept, text prefixed
with "TT ") and saves the file with the toolkit's writer.
"""

import copy
import sys

from translate.storage import xliff, xliff2


def main(path):
    with open(path, "rb") as f:
        content = f.read()
    # The factory picks a store by extension; the version decides here.
    is_v2 = b'version="2.0"' in content[:400]
    store = (xliff2.Xliff2File if is_v2 else xliff.xlifffile).parsestring(content)
    filled = 0
    for unit in store.units:
        if unit.isheader() or unit.source_dom is None:
            continue
        target = copy.deepcopy(unit.source_dom)
        target.tag = target.tag.replace("source", "target")
        # Words get a mark; a single token (a page's web address) is kept.
        if " " in unit.source:
            target.text = "TT " + (target.text or "")
        unit.set_target_dom(target)
        filled += 1
    if filled == 0:
        sys.exit("no unit to translate in " + path)
    store.savefile(path)


if __name__ == "__main__":
    main(sys.argv[1])
