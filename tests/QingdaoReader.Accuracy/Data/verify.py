# Checks the gold files: UTF-8, LF, every line <text>\t<syllables>[\t<target>],
# syllable count == Han character count, syllables well-formed (lowercase, tone 1-5, ü as v).
# usage: python3 verify.py   (prints lines and Han characters per file)
import re, sys, pathlib
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef\U00030000-\U000323af]')
SYL = re.compile(r'^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv][a-z]*[1-5]$|^(?:er|ng|m|n|hm|hng)[1-5]$')
here = pathlib.Path(__file__).parent
ok = True
for name in ['seed.gold.txt', 'news.tuning.txt', 'news.unseen.txt', 'news.probe2.txt', 'polyphones.tsv']:
    p = here / name
    if not p.exists():
        print(f'{name}: missing'); ok = False; continue
    raw = p.read_bytes()
    if b'\r' in raw: print(f'{name}: CR found'); ok = False
    lines = raw.decode('utf-8').split('\n')
    if lines[-1] == '': lines.pop()
    n = han = 0
    for i, ln in enumerate(lines, 1):
        if name.endswith('.tsv') and (ln.startswith('#') or not ln.strip()): continue
        cols = ln.split('\t')
        want = 3 if name.endswith('.tsv') else 2
        if len(cols) != want:
            print(f'{name}:{i}: {len(cols)} columns'); ok = False; continue
        text, syl = cols[0], cols[1].split(' ') if cols[1] else []
        hs = [c for c in text if HAN.match(c)]
        if len(hs) != len(syl):
            print(f'{name}:{i}: {len(hs)} Han chars but {len(syl)} syllables'); ok = False
        bad = [s for s in syl if not SYL.match(s)]
        if bad: print(f'{name}:{i}: bad syllables {bad}'); ok = False
        if want == 3:
            for t in cols[2].split(','):
                if t and t not in text: print(f'{name}:{i}: target {t} not in text'); ok = False
        n += 1; han += len(hs)
    print(f'{name}: {n} lines, {han} Han characters')
print('OK' if ok else 'ERRORS'); sys.exit(0 if ok else 1)
