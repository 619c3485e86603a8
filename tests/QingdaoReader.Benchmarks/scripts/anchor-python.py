"""Anchor: the same text through Python jieba's POS segmenter (Debian python3-jieba; no pinyin library is packaged)."""
import re, sys, time, json, logging
started = time.perf_counter()
import jieba, jieba.posseg
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
loaded = time.perf_counter()
han = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if not re.search("[\u4e00-\u9fff]", line):
        continue
    for pair in jieba.posseg.cut(line):
        han += sum(1 for c in pair.word if "\u4e00" <= c <= "\u9fff")
print(json.dumps({"han": han, "loadMs": (loaded - started) * 1000, "workMs": (time.perf_counter() - loaded) * 1000}))
