#!/usr/bin/env python3
"""Check that every key term in NN-*.terms.txt occurs verbatim in the body of NN-*.md."""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for md in sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.md"))):
    body = open(md, encoding="utf-8").read().split("---", 2)[2]
    terms = [l.strip() for l in open(md[:-3] + ".terms.txt", encoding="utf-8") if l.strip()]
    missing = [t for t in terms if t not in body]
    dups = len(terms) - len(set(terms))
    chars = len(re.findall(r"[\u4e00-\u9fff]", body))
    print(f"{os.path.basename(md)}: {chars} Han chars, {len(terms)} terms, missing={missing}, duplicates={dups}")
    bad += len(missing) + dups
sys.exit(1 if bad else 0)
