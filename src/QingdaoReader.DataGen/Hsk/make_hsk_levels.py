#!/usr/bin/env python3
"""Writes src/QingdaoReader/Chinese/Data/hsk3-levels.txt from the HSK 3.0 word lists.

Source: complete-hsk-vocabulary (drkameleon, MIT), wordlists/exclusive/new/N.min.json, where N.min.json lists the
words first required at level N (7 = the 7-9 band). Only the simplified forms and their level are kept: one line per
level, "<level><TAB><words separated by spaces>", words in the source's order. The MIT notice is kept next to the
output as LICENSE-hsk3.txt.

    python3 src/QingdaoReader.DataGen/Hsk/make_hsk_levels.py ../shared/data/hsk3
"""
import json
import pathlib
import shutil
import sys

source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/hsk3")
data = pathlib.Path(__file__).resolve().parents[2] / "QingdaoReader" / "Chinese" / "Data"
seen = set()
lines = ["# HSK 3.0 (2021) words by the level that first requires them; 7 = the 7-9 band.",
         "# From complete-hsk-vocabulary (MIT, LICENSE-hsk3.txt); made by src/QingdaoReader.DataGen/Hsk/make_hsk_levels.py."]
for level in range(1, 8):
    words = [entry["s"] for entry in json.loads((source / f"{level}.min.json").read_text(encoding="utf-8"))]
    words = [w for w in words if not (w in seen or seen.add(w))]
    lines.append(f"{level}\t{' '.join(words)}")
(data / "hsk3-levels.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
shutil.copyfile(source / "LICENSE", data / "LICENSE-hsk3.txt")
print(f"{len(seen)} words written to {data / 'hsk3-levels.txt'}")
