#!/usr/bin/env python3
"""Check that every key term occurs in the body (after front matter) of its text."""
import glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for md in sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.md"))):
    raw = open(md, encoding="utf-8").read()
    parts = raw.split("---", 2)
    body = parts[2] if raw.startswith("---") and len(parts) == 3 else raw
    terms_path = md[:-3] + ".terms.txt"
    terms = [t.strip() for t in open(terms_path, encoding="utf-8") if t.strip()]
    missing = [t for t in terms if t not in body]
    dup = len(terms) != len(set(terms))
    chars = sum(1 for c in body if '\u4e00' <= c <= '\u9fff')
    print(f"{os.path.basename(md)}: {chars} Han chars, {len(terms)} terms, missing={missing}{' DUPLICATES' if dup else ''}")
    bad += len(missing) + dup
sys.exit(1 if bad else 0)
