// ---- Keyboard: each block of Chinese text is one tab stop; arrow keys move between its words (a roving focus),
// Enter or Space opens the focused word's popup.
qr.readingPart("keyboard", function () {
  var c = contract.classes, WORD = contract.text.word, reading = qr.reading;
  var GROUPS = "." + c.readingTitle + ", ." + c.readingSubtitle + ", ." + c.section + " h2, ." + c.paragraph + " > p";
  function focusWord(w) {
    if (!w) return;
    w.tabIndex = -1;
    w.focus();
  }
  var hint = reading.appendChild(qr.el("p", null, "Arrow keys move between words; Enter shows a word's meaning."));
  hint.id = "word-hint";
  hint.hidden = true;
  reading.querySelectorAll(GROUPS).forEach(function (g) {
    if (!g.querySelector(WORD)) return;
    g.tabIndex = 0;
    g.setAttribute("data-words", "");
    g.setAttribute("aria-describedby", "word-hint");
  });
  // Term links stay links (and open their popup when activated) but are not tab stops of their own: the words
  // inside them are reached with the arrow keys and their popup carries the glossary note.
  reading.querySelectorAll("a." + c.term).forEach(function (a) { a.tabIndex = -1; });
  reading.addEventListener("keydown", function (e) {
    var t = e.target, isWord = t.localName === WORD;
    var group = isWord ? t.closest("[data-words]") : (t.hasAttribute("data-words") ? t : null);
    if (!group) return;
    var ws = group.querySelectorAll(WORD), i = isWord ? Array.prototype.indexOf.call(ws, t) : -1;
    switch (e.key) {
      case "Enter": case " ":
        if (isWord) qr.popups.openWord(t, true); else focusWord(ws[0]);
        break;
      case "ArrowRight": case "ArrowDown": focusWord(ws[Math.min(i + 1, ws.length - 1)]); break;
      case "ArrowLeft": case "ArrowUp": focusWord(ws[Math.max(i - 1, 0)]); break;
      case "Home": focusWord(ws[0]); break;
      case "End": focusWord(ws[ws.length - 1]); break;
      default: return;
    }
    e.preventDefault();
  });
});
