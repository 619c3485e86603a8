// ---- Words. Each word is a <ruby> whose rt holds its pinyin as pinyin writes words ("Xí Jìn\u2060píng": syllables
// written together are parted by an invisible word joiner, contract.text.syllableJoiner). The page is finished
// HTML: work here is what a reader's settings or a first use need, so loading stays light.
qr.readingPart("pinyin", function () {
  var WORD = contract.text.word, joiner = new RegExp(contract.text.syllableJoiner, "g");
  qr.words = {
    element: WORD,
    // The word's characters: the ruby's text without its rt (a long term keeps each word of it in a span).
    of: function (w) {
      var text = "";
      w.childNodes.forEach(function (n) { if (n.nodeType === 3) text += n.data; else if (n.localName !== "rt") text += n.textContent; });
      return text;
    },
    // The word's pinyin, for the popup and the "on hover" mode (CSS shows data-py): the rt's text, set on first use.
    pinyin: function (w) {
      var py = contract.attributes.pinyin;
      if (!w.hasAttribute(py)) w.setAttribute(py, Array.prototype.map.call(w.querySelectorAll("rt"), function (rt) { return rt.textContent.replace(joiner, ""); }).join(" "));
      return w.getAttribute(py);
    }
  };
  // rt is hidden from the accessibility tree: a screen reader reads each word's characters once, not characters
  // interleaved with pinyin. The pinyin is in the word's popup.
  var rts = qr.reading.getElementsByTagName("rt");
  for (var r = 0; r < rts.length; r++) rts[r].setAttribute("aria-hidden", "true");
});

// The "on hover or tap" mode shows a word's data-py above it: set when the pointer or focus first reaches it.
qr.readingPart("pinyin on hover", function () {
  function preparePinyin(e) { var w = e.target.closest && e.target.closest(qr.words.element); if (w) qr.words.pinyin(w); }
  qr.reading.addEventListener("mouseover", preparePinyin);
  qr.reading.addEventListener("focusin", preparePinyin);
});
