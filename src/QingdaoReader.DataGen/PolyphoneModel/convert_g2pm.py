#!/usr/bin/python3
"""Converts the published g2pM polyphone model (Park & Lee, Interspeech 2020; Apache License 2.0) into the compact
binary file the engine loads (src/QingdaoReader/Chinese/Data/polyphone-model.bin), and writes the fixture that checks
the C# inference against this reference implementation of the original (NumPy, as kakaobrain/g2pM runs it).

Needs Debian's python3-numpy (the pickles hold numpy arrays): /usr/bin/python3, not a virtualenv without numpy.

    /usr/bin/python3 src/QingdaoReader.DataGen/PolyphoneModel/convert_g2pm.py \
        --model ../shared/models/g2pM \
        --out src/QingdaoReader/Chinese/Data/polyphone-model.bin \
        --fixture-text tests/QingdaoReader.Tests/Chinese/Fixtures/polyphone-model-sentences.txt \
        --fixture-out tests/QingdaoReader.Tests/Chinese/Fixtures/polyphone-model-expected.tsv

What is precomputed: each vocabulary character's input projection for both directions, W_ih · embedding + b_ih + b_hh
(128 floats each), so a character costs one table look-up and the recurrent product at run time.

File layout (little-endian; version 1):
    magic "QRPM", uint32 version, uint32 vocab, uint32 hidden, uint32 classes, uint32 polyphones,
    int32 unknownId, int32 beginId, int32 endId, 32-byte SHA-256 of everything after the header (the payload)
  payload:
    int32[vocab]            code point of each input id (-1 for <PAD>, <UNK> and the begin/end markers)
    float32[vocab][4*hidden] forward input projection (gate order i, f, g, o as PyTorch)
    float32[vocab][4*hidden] backward input projection
    float32[4*hidden][hidden] forward recurrent weights W_hh;  then the backward ones
    float32[hidden][2*hidden] first linear layer, float32[hidden] its bias
    float32[classes][hidden]  output layer, float32[classes] its bias
    classes × (uint8 length, UTF-8 numbered syllable such as "zhong4", "lu:4", "le5")
    polyphones × (int32 code point, uint8 count, count × uint16 class id)   characters with more than one reading
"""
import argparse
import hashlib
import pickle
import struct
import sys

import numpy as np

VERSION = 1


def load(model_dir):
    def pk(name):
        with open(f"{model_dir}/{name}", "rb") as f:
            return pickle.load(f)
    return pk("np_ckpt.pkl"), pk("char2idx.pkl"), pk("class2idx.pkl"), pk("digest_cedict.pkl")


class Reference:
    """The original model's forward pass, step by step, in float32 as the published NumPy checkpoint runs it."""

    def __init__(self, ckpt, char2idx, class2idx, digest):
        self.ck = ckpt
        self.char2idx = char2idx
        self.idx2class = {v: k for k, v in class2idx.items()}
        self.class2idx = class2idx
        self.digest = digest

    @staticmethod
    def _sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def _lstm(self, xs, suffix):
        ck = self.ck
        w_ih, w_hh = ck["lstm.weight_ih_l0" + suffix], ck["lstm.weight_hh_l0" + suffix]
        b = ck["lstm.bias_ih_l0" + suffix] + ck["lstm.bias_hh_l0" + suffix]
        n = w_hh.shape[1]
        h = np.zeros(n, np.float32)
        c = np.zeros(n, np.float32)
        out = []
        for x in xs:
            g = w_ih @ x + w_hh @ h + b
            i, f, gg, o = g[:n], g[n:2 * n], g[2 * n:3 * n], g[3 * n:]
            c = self._sigmoid(f) * c + self._sigmoid(i) * np.tanh(gg)
            h = self._sigmoid(o) * np.tanh(c)
            out.append(h)
        return out

    def logits(self, sentence):
        """Logits over all classes at every character of the sentence (the markers excluded)."""
        ids = [self.char2idx["시"]] + [self.char2idx.get(ch, self.char2idx["<UNK>"]) for ch in sentence] + [self.char2idx["끝"]]
        xs = [self.ck["embedding.weight"][i] for i in ids]
        fw = self._lstm(xs, "")
        bw = self._lstm(xs[::-1], "_reverse")[::-1]
        result = []
        for pos in range(len(sentence)):
            h = np.concatenate([fw[pos + 1], bw[pos + 1]])
            z = np.maximum(self.ck["logit_layer.0.weight"] @ h + self.ck["logit_layer.0.bias"], 0)
            result.append(self.ck["logit_layer.2.weight"] @ z + self.ck["logit_layer.2.bias"])
        return result


def write_model(ref, out_path):
    ck, char2idx, class2idx = ref.ck, ref.char2idx, ref.class2idx
    vocab = len(char2idx)
    hidden = ck["lstm.weight_hh_l0"].shape[1]
    classes = len(class2idx)
    code_points = np.full(vocab, -1, np.int32)
    for ch, i in char2idx.items():
        if len(ch) == 1 and ch not in ("시", "끝"):
            code_points[i] = ord(ch)
    emb = ck["embedding.weight"]
    proj = {}
    for suffix in ("", "_reverse"):
        b = ck["lstm.bias_ih_l0" + suffix] + ck["lstm.bias_hh_l0" + suffix]
        proj[suffix] = (emb @ ck["lstm.weight_ih_l0" + suffix].T + b).astype("<f4")
    names = [None] * classes
    for name, i in class2idx.items():
        names[i] = name
    polyphones = []
    for ch in sorted(ref.digest):
        readings = [r for r in ref.digest[ch] if r in class2idx]
        if len(ch) == 1 and len(readings) > 1:
            polyphones.append((ord(ch), [class2idx[r] for r in readings]))

    payload = bytearray()
    payload += code_points.astype("<i4").tobytes()
    payload += proj[""].tobytes() + proj["_reverse"].tobytes()
    payload += ck["lstm.weight_hh_l0"].astype("<f4").tobytes() + ck["lstm.weight_hh_l0_reverse"].astype("<f4").tobytes()
    payload += ck["logit_layer.0.weight"].astype("<f4").tobytes() + ck["logit_layer.0.bias"].astype("<f4").tobytes()
    payload += ck["logit_layer.2.weight"].astype("<f4").tobytes() + ck["logit_layer.2.bias"].astype("<f4").tobytes()
    for name in names:
        b = name.encode("utf-8")
        payload += struct.pack("<B", len(b)) + b
    for cp, ids in polyphones:
        payload += struct.pack("<iB", cp, len(ids)) + b"".join(struct.pack("<H", i) for i in ids)

    header = b"QRPM" + struct.pack("<6I3i", VERSION, vocab, hidden, classes, len(polyphones), 0,
                                   char2idx["<UNK>"], char2idx["시"], char2idx["끝"])
    header += hashlib.sha256(payload).digest()
    with open(out_path, "wb") as f:
        f.write(header + payload)
    print(f"{out_path}: {len(header) + len(payload):,} bytes; vocabulary {vocab}, hidden {hidden}, {classes} classes, "
          f"{len(polyphones)} polyphonic characters")


def write_fixture(ref, text_path, out_path):
    """For each polyphonic character of each sentence: the original's arg-max over all classes, the arg-max over the
    character's own readings, and that reading's probability among them (softmax over the character's readings)."""
    lines = []
    with open(text_path, encoding="utf-8") as f:
        sentences = [s.strip() for s in f if s.strip() and not s.startswith("#")]
    for n, sentence in enumerate(sentences, 1):
        logits = ref.logits(sentence)
        for pos, ch in enumerate(sentence):
            readings = [r for r in ref.digest.get(ch, []) if r in ref.class2idx]
            if len(readings) < 2:
                continue
            lg = logits[pos]
            overall = ref.idx2class[int(np.argmax(lg))]
            own = np.array([lg[ref.class2idx[r]] for r in readings], np.float64)
            p = np.exp(own - own.max())
            p /= p.sum()
            best = int(np.argmax(own))
            lines.append(f"{n}\t{pos}\t{ch}\t{overall}\t{readings[best]}\t{p[best]:.4f}")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# sentence number (1-based, comment lines not counted)\tcharacter index (code points)\tcharacter"
                "\targ-max over all classes\targ-max over the character's readings\tits probability among them\n")
        f.write("\n".join(lines) + "\n")
    print(f"{out_path}: {len(lines)} predictions in {len(sentences)} sentences")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="folder with np_ckpt.pkl, char2idx.pkl, class2idx.pkl, digest_cedict.pkl")
    ap.add_argument("--out", help="binary model file to write")
    ap.add_argument("--fixture-text", help="sentences (one per line) to predict with the reference implementation")
    ap.add_argument("--fixture-out", help="where to write the reference predictions")
    args = ap.parse_args()
    ref = Reference(*load(args.model))
    if args.out:
        write_model(ref, args.out)
    if args.fixture_text and args.fixture_out:
        write_fixture(ref, args.fixture_text, args.fixture_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
