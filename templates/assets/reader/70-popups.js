// ---- Popups: a word's (its pinyin, senses, HSK level, glossary note) and a glossary term's (written by the build).
qr.readingPart("popups", function () {
  var el = qr.el, WORD = contract.text.word, TERM = "a." + contract.classes.term + "[" + contract.attributes.term + "]";
  function place(popup, anchor) {
    var r = anchor.getBoundingClientRect(), margin = 8;
    var width = popup.offsetWidth, height = popup.offsetHeight;
    var left = Math.min(Math.max(margin, r.left), window.innerWidth - width - margin);
    var top = r.bottom + margin;
    if (top + height > window.innerHeight - margin && r.top - height - margin > margin) top = r.top - height - margin;
    popup.style.position = "fixed";
    popup.style.left = Math.max(margin, left) + "px";
    popup.style.top = Math.max(margin, Math.min(top, window.innerHeight - height - margin)) + "px";
  }
  function termPopup(link) { return document.getElementById(contract.ids.termPopupPrefix + link.getAttribute(contract.attributes.term)); }

  var pop = el("div", "popup word-popup");
  pop.id = "word-pop";
  pop.lang = "en";
  pop.tabIndex = -1;
  pop.setAttribute("popover", "");
  pop.setAttribute("role", "dialog");
  var current = null, returnFocus = false;

  function fillPopup(w) {
    var words = qr.words, hskLabel = qr.wordData.hskLabel;
    var W = qr.wordData, word = words.of(w), data = W.of(word) || W.none(words.pinyin(w));
    pop.textContent = "";
    pop.setAttribute("aria-label", word);
    var head = pop.appendChild(el("p", "popup-term", word));
    // The word's language is the one its text is marked with (the reading's lang), never a literal.
    var chinese = w.closest("[lang]") ? w.closest("[lang]").lang : "";
    head.lang = chinese;
    var py = pop.appendChild(el("p", "popup-pinyin", words.pinyin(w)));
    py.lang = "zh-Latn-pinyin";
    var spoken = contract.attributes.spoken;
    if (w.querySelector("rt [" + spoken + "]")) {
      var said = w.cloneNode(true);
      said.querySelectorAll("[" + spoken + "]").forEach(function (s) { s.textContent = s.getAttribute(spoken); });
      said.removeAttribute(contract.attributes.pinyin);
      pop.appendChild(el("p", "popup-level", "Said with the tone change: " + words.pinyin(said)));
    }
    if (W.senses(data).length) {
      var ol = pop.appendChild(el("ol", "popup-senses"));
      // The senses of the reading the text uses first (日照 read Rìzhào: the city before "sunshine"), as in the exports.
      qr.wordData.sensesOf(data, words.pinyin(w)).forEach(function (sense) { ol.appendChild(el("li", null, sense)); });
    } else if (W.parts(data)) {
      // Not in the dictionary as a whole: its parts (the longest dictionary words inside it, down to characters).
      pop.appendChild(el("p", "popup-level", "Not in the dictionary as one word. Its parts:"));
      var parts = pop.appendChild(el("ul", "popup-parts"));
      W.parts(data).forEach(function (part) {
        var info = W.of(part) || W.none();
        var li = parts.appendChild(el("li"));
        li.appendChild(el("span", "popup-part", part)).lang = chinese;
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("span", "popup-part-pinyin", W.pinyin(info))).lang = "zh-Latn-pinyin";
        li.appendChild(document.createTextNode(W.senses(info).length ? " " + W.senses(info).slice(0, 2).join("; ") : ""));
      });
    } else {
      pop.appendChild(el("p", contract.classes.popupEnglish, "No dictionary entry."));
    }
    pop.appendChild(el("p", "popup-level", hskLabel(W.level(data), "Not in the HSK 3.0 word lists")));
    var term = w.closest(TERM);
    var note = term && termPopup(term);
    if (note) {
      var gloss = pop.appendChild(el("div", "popup-gloss"));
      gloss.appendChild(el("p", "popup-level", "Glossary term"));
      Array.prototype.forEach.call(note.children, function (c) { gloss.appendChild(c.cloneNode(true)); });
    }
    var actions = pop.appendChild(el("p", "popup-actions"));
    var knownButton = actions.appendChild(el("button", "mark-known", "I know this word"));
    knownButton.type = "button";
    knownButton.setAttribute("aria-pressed", String(qr.known.has(word)));
    knownButton.addEventListener("click", function () {
      qr.known.toggle(word);
      knownButton.setAttribute("aria-pressed", String(qr.known.has(word)));
    });
    qr.sentences.splitAround(w);
    var sentence = w.closest("." + contract.classes.sentence);
    if (sentence) {
      var link = actions.appendChild(el("a", "sentence-link", "Link to this sentence"));
      link.href = "#" + sentence.id;
    }
  }

  function openWord(w, byKeyboard) {
    if (typeof pop.showPopover !== "function") return false;
    if (current) current.classList.remove("open");
    if (pop.matches(":popover-open")) pop.hidePopover();
    current = w;
    returnFocus = byKeyboard;
    w.classList.add("open");
    qr.wordData.when(function () {
      if (current !== w) return;
      fillPopup(w);
      if (!pop.matches(":popover-open")) pop.showPopover();
      place(pop, w);
      if (byKeyboard) pop.focus({ preventScroll: true });
    });
    return true;
  }
  function popupClosed(e) {
    if (e.newState !== "closed" || !current) return;
    current.classList.remove("open");
    if (returnFocus && (document.activeElement === document.body || pop.contains(document.activeElement))) current.focus({ preventScroll: true });
    current = null;
  }
  function openTerm(link) {
    var popup = termPopup(link);
    if (!popup || typeof popup.showPopover !== "function") return false;
    popup.showPopover();
    place(popup, link);
    return true;
  }
  qr.popups = { openWord: openWord };

  document.body.appendChild(pop);
  pop.addEventListener("toggle", popupClosed);
  document.addEventListener("click", function (e) {
    var w = e.target.closest && e.target.closest("." + contract.classes.reading + " " + WORD);
    if (w && openWord(w, e.detail === 0)) { e.preventDefault(); return; }
    var link = e.target.closest && e.target.closest(TERM);
    if (link && openTerm(link)) e.preventDefault();
  });
});
