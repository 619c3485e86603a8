# Turns the seed article into one text block per line (seed.txt, the input of draft.mjs).
# A block continues in the next one when the newspaper layout broke it mid-sentence:
# it ends with a comma or with a Han character inside a paragraph (checked by hand: 3 places).
import re, sys
src = open(sys.argv[1], encoding='utf-8').read().replace('\r\n', '\n')
blocks = [b.strip() for b in src.split('\n') if b.strip()]
BROKEN_ENDS = ('，', '三是', '青岛高')   # the three mid-sentence breaks of the seed layout
out, buf = [], ''
for b in blocks:
    buf += b
    if not buf.endswith(BROKEN_ENDS):
        out.append(buf); buf = ''
assert not buf
fixed = []
for line in out:
    if line.startswith('□'):
        head, names = line.split('记者 ', 1)
        toks = names.split(' ')
        merged, i = [], 0
        while i < len(toks):
            if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
                merged.append(toks[i] + toks[i + 1]); i += 2
            else:
                merged.append(toks[i]); i += 1
        line = head + '记者 ' + ' '.join(merged)
    fixed.append(line)
print('\n'.join(fixed))
