#!/usr/bin/env python3
"""Check that every key term in NN-*.terms.txt occurs verbatim in the body of NN-*.md."""
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
ok = True
for md in sorted(glob.glob('[0-9][0-9]-*.md')):
    body = open(md, encoding='utf-8').read().split('---', 2)[2]
    terms = [t.strip() for t in open(md[:-3] + '.terms.txt', encoding='utf-8') if t.strip()]
    missing = [t for t in terms if t not in body]
    dups = len(terms) - len(set(terms))
    han = len(re.findall(r'[\u4e00-\u9fff]', body))
    chars = len(re.sub(r'\s', '', body))
    print(f'{md}: {han} hanzi, {chars} chars, {len(terms)} terms, missing={missing}, dups={dups}')
    ok &= not missing and not dups
print('ALL OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
