#!/usr/bin/env python3
"""Check that every key term in NN-*.terms.txt occurs verbatim in the body of NN-*.md."""
import glob, os, sys, re
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for md in sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.md"))):
    text = open(md, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert m, md + ": missing front matter"
    body = text[m.end():]
    tf = md[:-3] + ".terms.txt"
    terms = [l.strip() for l in open(tf, encoding="utf-8") if l.strip()]
    missing = [t for t in terms if t not in body]
    dup = len(terms) - len(set(terms))
    chars = len(re.sub(r"\s", "", body))
    print(f"{os.path.basename(md)}: {chars} chars, {len(terms)} terms, missing={missing}, duplicates={dup}")
    bad += len(missing) + dup
sys.exit(1 if bad else 0)
