# Applies the hand-checked corrections to a pinyin-pro draft.
# usage: python3 apply_fixes.py draft.tsv fixes.tsv out.tsv corrections.log
# fixes.tsv: <context with the one corrected char in [brackets]><TAB><gold syllable>[<TAB># note]
# A rule applies at every place its context occurs in a line's text; each change is logged.
import re, sys
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef\U00030000-\U000323af]')
draft, fixes, out, log = sys.argv[1:5]
rules = []
for ln in open(fixes, encoding='utf-8'):
    ln = ln.rstrip('\n')
    if not ln or ln.startswith('#'): continue
    parts = ln.split('\t')
    ctx, gold = parts[0], parts[1]
    m = re.search(r'\[(.)\]', ctx)
    plain = ctx[:m.start()] + m.group(1) + ctx[m.end():]
    rules.append((ctx, plain, m.start(), gold, [0]))
res, logs = [], []
for n, ln in enumerate(open(draft, encoding='utf-8').read().split('\n')):
    if not ln: continue
    cols = ln.split('\t')
    text, syl = cols[0], cols[1].split(' ') if cols[1] else []
    hidx, k = [], 0
    for ch in text:
        hidx.append(k if HAN.match(ch) else None)
        if HAN.match(ch): k += 1
    assert k == len(syl), (n, text)
    for ctx, plain, off, gold, used in rules:
        start = 0
        while (p := text.find(plain, start)) >= 0:
            i = hidx[p + off]
            used[0] += 1
            if syl[i] != gold:
                logs.append(f'{n+1}\t{text[p+off]}\t{ctx}\t{syl[i]} -> {gold}')
                syl[i] = gold
            start = p + 1
    cols[1] = ' '.join(syl)
    res.append('\t'.join(cols))
open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')
open(log, 'w', encoding='utf-8').write('\n'.join(logs) + ('\n' if logs else ''))
for ctx, plain, off, gold, used in rules:
    if used[0] == 0: print('unused rule:', ctx, file=sys.stderr)
print(f'{len(logs)} changes', file=sys.stderr)
