// ---- Known words: marked in a word's popup, kept in the browser; CSS hides their pinyin when the setting says so.
qr.readingPart("known words", function () {
  var known = new Set(), WORD = contract.text.word;
  function mark() {
    qr.reading.querySelectorAll(known.size ? WORD : WORD + ".known").forEach(function (w) { w.classList.toggle("known", known.has(qr.words.of(w))); });
  }
  qr.known = {
    has: function (word) { return known.has(word); },
    toggle: function (word) {
      if (known.has(word)) known.delete(word); else known.add(word);
      qr.save(contract.storage.known, Array.from(known));
      mark();
    }
  };
  // What another version or a hand edit left in the browser may not be a list: the words start empty then.
  known = new Set(qr.load(contract.storage.known, []));
  if (known.size) mark();
});
