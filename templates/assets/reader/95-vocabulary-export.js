// ---- Vocabulary export: the reading's words in order of first appearance, without known words, as CSV.
qr.readingPart("vocabulary export", function () {
  var exportBlock = document.querySelector("." + contract.classes.vocabularyExport);
  if (!exportBlock) return;
  function exportVocabulary() {
    var seen = new Set(), rows = [["word", "pinyin", "hsk", "english"]], words = qr.words;
    qr.reading.querySelectorAll(words.element).forEach(function (w) {
      var word = words.of(w);
      if (seen.has(word) || qr.known.has(word)) return;
      seen.add(word);
      var data = qr.wordData.of(word) || ["", [], 0];
      rows.push([word, words.pinyin(w), qr.wordData.hskLabel(data[2], "not in HSK"), data[1].join("; ")]);
    });
    var csv = rows.map(function (r) {
      return r.map(function (c) { return /[",\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c; }).join(",");
    }).join("\r\n") + "\r\n";
    var a = qr.el("a");
    a.href = URL.createObjectURL(new Blob(["\ufeff" + csv], { type: "text/csv;charset=utf-8" }));
    a.download = (location.pathname.split("/").filter(Boolean).pop() || "reading") + "-vocabulary.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }
  exportBlock.hidden = false;
  exportBlock.querySelector("button").addEventListener("click", function () { qr.wordData.when(exportVocabulary); });
});
