// Reads texts from stdin, one per line, and writes pinyin-pro's syllables for each: the Han characters' syllables
// separated by spaces, in the gold files' format (citation tones: toneSandhi off; tone number 1-4, 5 = neutral;
// ü written v; lowercase). The first output line is "pinyin-pro <version>".
// Run by tests/QingdaoReader.Accuracy (LiveReadings.cs); install with: npm install --prefix tests/QingdaoReader.Accuracy/node
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const version = createRequire(import.meta.url)('pinyin-pro/package.json').version;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{2ebef}\u{30000}-\u{323af}]/u;

function syllables(text) {
  return pinyin(text, { toneType: 'num', type: 'all', toneSandhi: false, v: true })
    .filter(t => HAN.test(t.origin))
    .map(t => {
      let p = t.pinyin.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v');
      if (!/[0-5]$/.test(p)) p += '5';
      return p.replace(/0$/, '5');
    })
    .join(' ');
}

const input = fs.readFileSync(0, 'utf8').split('\n');
if (input.length > 0 && input[input.length - 1] === '') input.pop();
process.stdout.write(['pinyin-pro ' + version, ...input.map(syllables)].join('\n') + '\n');
