// Anchor: the same text through @node-rs/jieba (segmentation) and pinyin-pro (pinyin per word), as a user might
// assemble instead of QingdaoReader. Prints the Han characters read and the in-process time (ms) after loading.
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';

const started = performance.now();
const jieba = Jieba.withDict(dict);
const loaded = performance.now();
let han = 0, syllables = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!/[\u4e00-\u9fff]/.test(line)) continue;
  for (const word of jieba.cut(line, true)) {
    if (!/[\u4e00-\u9fff]/.test(word)) continue;
    han += word.length;
    syllables += pinyin(word, { type: 'array' }).length;
  }
}
console.log(JSON.stringify({ han, syllables, loadMs: loaded - started, workMs: performance.now() - loaded }));
