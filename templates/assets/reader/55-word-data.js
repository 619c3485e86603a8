// ---- Word data for the popups (words.js beside the page, a few tens of KB, which calls contract.text.wordsCallback
// with it): loaded when the page is idle or at the first popup, whichever comes first.
qr.readingPart("word data", function () {
  // A word's entry is an array; where each field sits is the contract's (contract.wordData), read here by name.
  var F = contract.wordData;
  var data = null, waiting = [], requested = false;
  window[contract.text.wordsCallback] = function (words) {
    data = words || {};
    waiting.splice(0).forEach(function (f) { f(); });
  };
  function load() {
    var url = qr.reading.getAttribute(contract.attributes.wordsSource);
    if (requested || !url) { if (!url) window[contract.text.wordsCallback]({}); return; }
    requested = true;
    var script = document.createElement("script");
    script.src = url;
    script.onerror = function () { window[contract.text.wordsCallback]({}); };
    document.head.appendChild(script);
  }
  qr.wordData = {
    // Runs f once the data is there: {word: entry}, each entry's fields where contract.wordData says.
    when: function (f) {
      if (data) { f(); return; }
      waiting.push(f);
      load();
    },
    of: function (word) { return data[word]; },
    // An entry's fields, by name.
    pinyin: function (entry) { return entry[F.pinyin]; },
    senses: function (entry) { return entry[F.senses]; },
    level: function (entry) { return entry[F.level]; },
    parts: function (entry) { return entry[F.parts]; },
    // The entry of a word the data lacks: its pinyin (if known), no senses, outside HSK.
    none: function (pinyin) { var e = []; e[F.pinyin] = pinyin || ""; e[F.senses] = []; e[F.level] = 0; return e; },
    // HSK 3.0 level: 1–6, 7 for the 7–9 band, 0 outside HSK (labelled `outside` when given).
    hskLabel: function (level, outside) { return level > 0 || outside == null ? contract.hsk[level] || contract.hsk[0] : outside; },
    // The senses of data with those of the reading the text uses first, without their label (日照 read Rìzhào: the city
    // before "sunshine"), as the build's Annotation/WordData.SensesOfReading orders them.
    sensesOf: function (data, pinyin) {
      var label = pinyin + ": ", senses = data[F.senses];
      if (!pinyin) return senses;
      return senses.filter(function (s) { return s.indexOf(label) === 0; }).map(function (s) { return s.slice(label.length); })
        .concat(senses.filter(function (s) { return s.indexOf(label) !== 0; }));
    }
  };
  if ("requestIdleCallback" in window) requestIdleCallback(load, { timeout: 4000 });
  else setTimeout(load, 2000);
});
