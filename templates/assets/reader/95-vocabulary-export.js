// ---- Vocabulary export: every word of the reading not marked known, in order of first appearance, as the CSV the
// build writes beside the page (Output/VocabularyExport.cs): the same columns in the same order and header
// (contract.vocabulary.columns), HSK labels, quoting and formula guard. A word reads as where it first occurs in a
// paragraph: its pinyin there, its senses of that reading (or its parts), and the first sentence of that paragraph
// that holds it, ended where the build ends a word's example sentence (Content/Sentences.cs); a word that is a whole
// glossary term has the glossary's English. A word only in a title or heading has that as its sentence.
qr.readingPart("vocabulary export", function () {
  var exportBlock = document.querySelector("." + contract.classes.vocabularyExport);
  if (!exportBlock) return;
  var V = contract.vocabulary, PARA = "." + contract.classes.paragraph + "[id]";
  var TERM = "a." + contract.classes.term + "[" + contract.attributes.term + "]";
  var END = new RegExp(qr.anyOf(V.sentenceEnders) + qr.anyOf(V.sentenceEnders + contract.text.sentenceClosers) + "*", "g");

  // What each column holds for a row ({word, pinyin, data, english, sentence}); the contract says which and in what
  // order. A column this script cannot fill stops the part (logged) rather than export a different file.
  var VALUES = {
    word: function (r) { return r.word; },
    pinyin: function (r) { return r.pinyin; },
    english: function (r) { return r.english; },
    hsk: function (r) { return qr.wordData.hskLabel(qr.wordData.level(r.data)); },
    sentence: function (r) { return r.sentence; }
  };
  var COLUMNS = V.columns.split(",").map(function (name) {
    if (!VALUES[name]) throw new Error("no value for the vocabulary column " + name);
    return VALUES[name];
  });

  // A spreadsheet runs a cell that starts with one of V.formulaStarts as a formula: quoted, after an apostrophe.
  function cell(text) {
    var formula = text.length > 0 && V.formulaStarts.indexOf(text[0]) >= 0;
    return formula || /[,"\n\r]/.test(text) ? '"' + (formula ? "'" : "") + text.replace(/"/g, '""') + '"' : text;
  }
  // An element's Chinese text: without its words' pinyin.
  function textOf(e) {
    var copy = e.cloneNode(true);
    copy.querySelectorAll("rt").forEach(function (rt) { rt.remove(); });
    return copy.textContent;
  }
  function sentencesOf(text) {
    var sentences = [], last = 0, m;
    END.lastIndex = 0;
    while ((m = END.exec(text))) { sentences.push(text.slice(last, END.lastIndex).trim()); last = END.lastIndex; }
    if (text.slice(last).trim()) sentences.push(text.slice(last).trim());
    return sentences;
  }
  // Senses of the reading the word has here, or for a word the dictionary lacks its parts, as the build's
  // Annotation/WordData.Meaning writes them.
  function meaning(data, pinyin) {
    var W = qr.wordData;
    if (W.senses(data).length || !W.parts(data)) return W.sensesOf(data, pinyin).join("; ");
    return "parts: " + W.parts(data).map(function (part) {
      var info = W.of(part);
      return info ? (part + " (" + W.pinyin(info) + ") " + W.senses(info).slice(0, 2).join(", ")).trim() : part;
    }).join(" · ");
  }
  // The glossary's English when w is a whole glossary term, else null.
  function termEnglish(w, word) {
    var link = w.closest(TERM);
    if (!link || textOf(link) !== word) return null;
    var popup = document.getElementById(contract.ids.termPopupPrefix + link.getAttribute(contract.attributes.term));
    var english = popup && popup.querySelector("." + contract.classes.popupEnglish);
    return english ? english.textContent : null;
  }

  function rows() {
    var words = qr.words, order = [], first = Object.create(null), inParagraph = Object.create(null);
    qr.reading.querySelectorAll(words.element).forEach(function (w) {
      var word = words.of(w);
      if (qr.known.has(word)) return;
      if (!first[word]) { first[word] = w; order.push(word); }
      if (!inParagraph[word] && w.closest(PARA)) inParagraph[word] = w;
    });
    // Each paragraph's (or title's) sentences, split once.
    var sentences = new Map();
    return order.map(function (word) {
      var w = inParagraph[word] || first[word], pinyin = words.pinyin(w), data = qr.wordData.of(word) || qr.wordData.none();
      var block = inParagraph[word] ? w.closest(PARA) : w.parentElement.closest("h1, h2, h3, h4, h5, h6, p") || w.parentElement;
      if (!sentences.has(block)) sentences.set(block, sentencesOf(inParagraph[word] ? Array.prototype.map.call(block.querySelectorAll(":scope > p"), textOf).join("") : textOf(block)));
      var sentence = sentences.get(block).find(function (s) { return s.indexOf(word) >= 0; }) || "";
      var english = termEnglish(w, word);
      return { word: word, pinyin: pinyin, data: data, english: english != null ? english : meaning(data, pinyin), sentence: sentence };
    });
  }

  function exportVocabulary() {
    var csv = V.columns + "\r\n" + rows().map(function (r) {
      return COLUMNS.map(function (value) { return cell(value(r)); }).join(",") + "\r\n";
    }).join("");
    var a = qr.el("a");
    // A byte order mark, so a spreadsheet reads the file as UTF-8.
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
