// QingdaoReader: progressive enhancement. Without JavaScript the page reads fully and glossary terms are links into
// the glossary page. settings.js has already put the saved settings on <html> as data-* attributes; CSS does the rest.
(function () {
  "use strict";
  var root = document.documentElement, SETTINGS = "qr-settings", KNOWN = "qr-known";
  var reading = document.querySelector("article.reading");

  function load(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key) || "null") || fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: settings last for the page */ }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function on(name) { return root.getAttribute("data-" + name) === "on"; }
  // The page's parts (settings, popups, keyboard, paragraph tools, contents…) are set up one by one, so that one that
  // fails (an API a browser lacks, a page it did not expect) leaves the others working.
  function part(name, setUp) {
    try { setUp(); } catch (e) { if (window.console) console.error("QingdaoReader: " + name + " not set up:", e); }
  }

  // ---- Settings panel (partials/settings.html): a popover opened by a header button.
  part("settings", function () {
    var form = document.querySelector(".settings-form");
    if (form) {
      document.querySelector(".settings-button").hidden = false;
      form.querySelectorAll("input").forEach(function (input) {
        var value = root.getAttribute("data-" + input.name);
        input.checked = value === input.value;
      });
      form.addEventListener("change", function (e) {
        var input = e.target, settings = load(SETTINGS, {});
        var value = input.type === "checkbox" ? (input.checked ? input.value : (input.value === "on" ? "off" : "joined")) : input.value;
        settings[input.name] = value;
        save(SETTINGS, settings);
        root.setAttribute("data-" + input.name, value);
        if (input.name === "spoken" && reading) applySpoken();
        if (input.name === "tones" && reading) colourTones();
      });
    }
  });

  // ---- Glossary page: filter entries by category.
  part("glossary filter", function () {
    var filter = document.querySelector(".glossary-filter");
    if (filter) {
      filter.addEventListener("change", function () {
        var chosen = filter.querySelector("input[name=category]:checked");
        var value = chosen ? chosen.value : "";
        document.querySelectorAll(".glossary-entry").forEach(function (entry) {
          entry.hidden = value !== "" && entry.getAttribute("data-category") !== value;
        });
      });
    }
  });

  if (!reading) return;

  // Hash targets (#p-1a2b3c4d-s2): a malformed escape (#%) must not stop the rest of the script.
  function fromHash(hash) {
    try { return decodeURIComponent(hash); } catch (e) { return hash; }
  }

  // ---- Words. Each word is a <ruby> whose rt holds its pinyin as pinyin writes words ("Xí Jìn\u2060píng": syllables
  // written together are parted by an invisible U+2060 word joiner). The
  // page is finished HTML: work here is what a reader's settings or a first use need, so loading stays light.
  var WORD = "ruby";
  // The word's characters: the ruby's text without its rt (a long term keeps each word of it in a span).
  function wordOf(w) {
    var text = "";
    w.childNodes.forEach(function (n) { if (n.nodeType === 3) text += n.data; else if (n.localName !== "rt") text += n.textContent; });
    return text;
  }
  // The word's pinyin, for the popup and the "on hover" mode (CSS shows data-py): the rt's text, set on first use.
  function pinyinOf(w) {
    if (!w.hasAttribute("data-py")) w.setAttribute("data-py", Array.prototype.map.call(w.querySelectorAll("rt"), function (rt) { return rt.textContent.replace(JOINER, ""); }).join(" "));
    return w.getAttribute("data-py");
  }
  // rt is hidden from the accessibility tree: a screen reader reads each word's characters once, not characters
  // interleaved with pinyin. The pinyin is in the word's popup.
  var rts = reading.getElementsByTagName("rt");
  part("pinyin", function () {
    for (var r = 0; r < rts.length; r++) rts[r].setAttribute("aria-hidden", "true");
  });

  var JOINER = /\u2060/g;
  // ---- Tone colours: each syllable becomes a span (the rt's text split at word joiners and spaces), only when the
  // setting asks for colours, a few hundred words at a time so no task blocks the page.
  function tone(syllable) {
    if (/[āēīōūǖĀĒĪŌŪ]/.test(syllable)) return 1;
    if (/[áéíóúǘńÁÉÍÓÚ]/.test(syllable)) return 2;
    if (/[ǎěǐǒǔǚňǍĚǏǑǓ]/.test(syllable)) return 3;
    if (/[àèìòùǜǹÀÈÌÒÙ]/.test(syllable)) return 4;
    return 5;
  }
  function setTone(s) { s.className = "t" + tone(s.textContent); }
  function splitSyllables(rt) {
    if (rt.hasAttribute("data-split")) return;
    rt.setAttribute("data-split", "");
    Array.prototype.slice.call(rt.childNodes).forEach(function (n) {
      if (n.nodeType !== 3) { setTone(n); return; }
      n.data.split(/( |\u2060)/).forEach(function (part) {
        if (part === " ") rt.insertBefore(document.createTextNode(" "), n);
        else if (part && part !== "\u2060") rt.insertBefore(el("span", "t" + tone(part), part), n);
      });
      rt.removeChild(n);
    });
  }
  var toned = 0;
  function colourTones() {
    if (!on("tones") || toned >= rts.length) return;
    var end = Math.min(toned + 400, rts.length);
    for (; toned < end; toned++) splitSyllables(rts[toned]);
    if (toned < rts.length) setTimeout(colourTones, 0);
  }
  part("tone colours", colourTones);
  function applySpoken() {
    reading.querySelectorAll("rt [data-spoken]").forEach(function (s) {
      if (!s.hasAttribute("data-cite")) s.setAttribute("data-cite", s.textContent);
      s.textContent = s.getAttribute(on("spoken") ? "data-spoken" : "data-cite");
      setTone(s);
      var w = s.closest(WORD);
      if (w) w.removeAttribute("data-py");
    });
  }
  if (on("spoken")) part("spoken tones", applySpoken);
  // The "on hover or tap" mode shows a word's data-py above it: set when the pointer or focus first reaches it.
  function preparePinyin(e) { var w = e.target.closest && e.target.closest(WORD); if (w) pinyinOf(w); }
  part("pinyin on hover", function () {
    reading.addEventListener("mouseover", preparePinyin);
    reading.addEventListener("focusin", preparePinyin);
  });

  // ---- Known words.
  var known = new Set(load(KNOWN, []));
  function markKnown() {
    reading.querySelectorAll(known.size ? WORD : WORD + ".known").forEach(function (w) { w.classList.toggle("known", known.has(wordOf(w))); });
  }
  if (known.size) part("known words", markKnown);

  // ---- Word data for the popups (words.js beside the page, a few tens of KB): loaded when the page is idle or
  // at the first popup, whichever comes first.
  var wordData = null, waiting = [];
  window.qrWords = function (data) {
    wordData = data || {};
    waiting.splice(0).forEach(function (f) { f(); });
  };
  function withWords(f) {
    if (wordData) { f(); return; }
    waiting.push(f);
    loadWords();
  }
  var wordsRequested = false;
  function loadWords() {
    var url = reading.getAttribute("data-words-src");
    if (wordsRequested || !url) { if (!url) window.qrWords({}); return; }
    wordsRequested = true;
    var script = document.createElement("script");
    script.src = url;
    script.onerror = function () { window.qrWords({}); };
    document.head.appendChild(script);
  }
  part("word data", function () {
    if ("requestIdleCallback" in window) requestIdleCallback(loadWords, { timeout: 4000 });
    else setTimeout(loadWords, 2000);
  });

  // ---- Sentences: a paragraph's sentences become spans with ids derived from the paragraph's content-derived
  // id and the sentence's position inside it (p-1a2b3c4d-s2), so a link survives edits elsewhere in the reading.
  // Done for a paragraph when first needed (a sentence link in the address, a word's popup).
  var SENTENCE_END = /[。！？!?]+[”’」』）)]*/g;
  function splitSentences(p) {
    if (!p || p.hasAttribute("data-sentences")) return;
    p.setAttribute("data-sentences", "");
    var groups = [[]];
    Array.prototype.slice.call(p.childNodes).forEach(function (node) {
      if (node.nodeType !== 3) { groups[groups.length - 1].push(node); return; }
      var text = node.data, last = 0, m;
      SENTENCE_END.lastIndex = 0;
      while ((m = SENTENCE_END.exec(text))) {
        var end = m.index + m[0].length;
        groups[groups.length - 1].push(document.createTextNode(text.slice(last, end)));
        groups.push([]);
        last = end;
      }
      if (last < text.length) groups[groups.length - 1].push(document.createTextNode(text.slice(last)));
    });
    groups = groups.filter(function (g) { return g.length > 0; });
    p.textContent = "";
    groups.forEach(function (g, i) {
      var s = el("span", "s");
      s.id = p.parentNode.id + "-s" + (i + 1);
      g.forEach(function (n) { s.appendChild(n); });
      p.appendChild(s);
    });
  }
  function paragraphOf(node) { var p = node.closest(".para[id] > p"); return p; }
  part("sentence link", function () {
    var hashId = fromHash(location.hash.slice(1)), sentenceMatch = /^(.*)-s\d+$/.exec(hashId);
    if (!sentenceMatch) return;
    var para = document.getElementById(sentenceMatch[1]);
    splitSentences(para && para.querySelector(":scope > p"));
    var target = document.getElementById(hashId);
    if (target && target.classList.contains("s")) { target.classList.add("target"); target.scrollIntoView(); }
  });

  // ---- Popups.
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

  var pop = el("div", "popup word-popup");
  pop.id = "word-pop";
  pop.lang = "en";
  pop.tabIndex = -1;
  pop.setAttribute("popover", "");
  pop.setAttribute("role", "dialog");
  var current = null, returnFocus = false;

  function fillPopup(w) {
    var word = wordOf(w), data = wordData[word] || [pinyinOf(w), [], 0];
    pop.textContent = "";
    pop.setAttribute("aria-label", word);
    var head = pop.appendChild(el("p", "popup-term", word));
    head.lang = "zh-Hans";
    var py = pop.appendChild(el("p", "popup-pinyin", pinyinOf(w)));
    py.lang = "zh-Latn-pinyin";
    if (w.querySelector("rt [data-spoken]")) {
      var said = w.cloneNode(true);
      said.querySelectorAll("[data-spoken]").forEach(function (s) { s.textContent = s.getAttribute("data-spoken"); });
      said.removeAttribute("data-py");
      pop.appendChild(el("p", "popup-level", "Said with the tone change: " + pinyinOf(said)));
    }
    if (data[1].length) {
      var ol = pop.appendChild(el("ol", "popup-senses"));
      // The senses of the reading the text uses first (日照 read Rìzhào: the city before "sunshine"), as in the exports.
      var label = pinyinOf(w) + ": ", ofReading = data[1].filter(function (s) { return s.indexOf(label) === 0; });
      ofReading.map(function (s) { return s.slice(label.length); }).concat(data[1].filter(function (s) { return s.indexOf(label) !== 0; }))
        .forEach(function (sense) { ol.appendChild(el("li", null, sense)); });
    } else if (data[3]) {
      // Not in the dictionary as a whole: its parts (the longest dictionary words inside it, down to characters).
      pop.appendChild(el("p", "popup-level", "Not in the dictionary as one word. Its parts:"));
      var parts = pop.appendChild(el("ul", "popup-parts"));
      data[3].forEach(function (part) {
        var info = wordData[part] || ["", []];
        var li = parts.appendChild(el("li"));
        li.appendChild(el("span", "popup-part", part)).lang = "zh-Hans";
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("span", "popup-part-pinyin", info[0])).lang = "zh-Latn-pinyin";
        li.appendChild(document.createTextNode(info[1].length ? " " + info[1].slice(0, 2).join("; ") : ""));
      });
    } else {
      pop.appendChild(el("p", "popup-english", "No dictionary entry."));
    }
    pop.appendChild(el("p", "popup-level", hskLabel(data[2], "Not in the HSK 3.0 word lists")));
    var term = w.closest("a.term[data-term]");
    var note = term && document.getElementById("pop-" + term.getAttribute("data-term"));
    if (note) {
      var gloss = pop.appendChild(el("div", "popup-gloss"));
      gloss.appendChild(el("p", "popup-level", "Glossary term"));
      Array.prototype.forEach.call(note.children, function (c) { gloss.appendChild(c.cloneNode(true)); });
    }
    var actions = pop.appendChild(el("p", "popup-actions"));
    var knownButton = actions.appendChild(el("button", "mark-known", "I know this word"));
    knownButton.type = "button";
    knownButton.setAttribute("aria-pressed", String(known.has(word)));
    knownButton.addEventListener("click", function () {
      if (known.has(word)) known.delete(word); else known.add(word);
      save(KNOWN, Array.from(known));
      knownButton.setAttribute("aria-pressed", String(known.has(word)));
      markKnown();
    });
    splitSentences(paragraphOf(w));
    var sentence = w.closest(".s");
    if (sentence) {
      var link = actions.appendChild(el("a", "sentence-link", "Link to this sentence"));
      link.href = "#" + sentence.id;
    }
  }

  // HSK 3.0 level: 1–6, 7 for the 7–9 band, 0 outside HSK.
  function hskLabel(level, outside) { return level === 7 ? "HSK 7–9" : level > 0 ? "HSK " + level : outside; }

  function openWord(w, byKeyboard) {
    if (typeof pop.showPopover !== "function") return false;
    if (current) current.classList.remove("open");
    if (pop.matches(":popover-open")) pop.hidePopover();
    current = w;
    returnFocus = byKeyboard;
    w.classList.add("open");
    withWords(function () {
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
    var popup = document.getElementById("pop-" + link.getAttribute("data-term"));
    if (!popup || typeof popup.showPopover !== "function") return false;
    popup.showPopover();
    place(popup, link);
    return true;
  }

  part("popups", function () {
    document.body.appendChild(pop);
    pop.addEventListener("toggle", popupClosed);
    document.addEventListener("click", function (e) {
      var w = e.target.closest && e.target.closest(".reading " + WORD);
      if (w && openWord(w, e.detail === 0)) { e.preventDefault(); return; }
      var link = e.target.closest && e.target.closest("a.term[data-term]");
      if (link && openTerm(link)) e.preventDefault();
    });
  });

  // ---- Keyboard: each block of Chinese text is one tab stop; arrow keys move between its words (a roving focus),
  // Enter or Space opens the focused word's popup.
  var GROUPS = ".reading-title, .reading-subtitle, .section h2, .para > p";
  function focusWord(w) {
    if (!w) return;
    w.tabIndex = -1;
    w.focus();
  }
  part("keyboard", function () {
    var hint = reading.appendChild(el("p", null, "Arrow keys move between words; Enter shows a word's meaning."));
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
    reading.querySelectorAll("a.term").forEach(function (a) { a.tabIndex = -1; });
    reading.addEventListener("keydown", function (e) {
      var t = e.target, isWord = t.localName === WORD;
      var group = isWord ? t.closest("[data-words]") : (t.hasAttribute("data-words") ? t : null);
      if (!group) return;
      var ws = group.querySelectorAll(WORD), i = isWord ? Array.prototype.indexOf.call(ws, t) : -1;
      switch (e.key) {
        case "Enter": case " ":
          if (isWord) openWord(t, true); else focusWord(ws[0]);
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

  // ---- Paragraph tools: permalink, translation of this paragraph alone, read aloud.
  var voice = null, speaking = null;
  part("paragraph tools", function () {
    reading.querySelectorAll(".para[id]").forEach(function (para) {
      var tools = el("div", "para-tools");
      tools.lang = "en";
      var en = para.querySelector(":scope > .en");
      if (en) {
        en.id = para.id + "-en";
        var toggle = tools.appendChild(el("button", "en-toggle", "EN"));
        toggle.type = "button";
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("aria-controls", en.id);
        toggle.setAttribute("aria-label", "EN: show the English of this paragraph");
        toggle.addEventListener("click", function () {
          toggle.setAttribute("aria-expanded", String(para.classList.toggle("reveal")));
        });
      }
      var speak = tools.appendChild(el("button", "speak", "▶"));
      speak.type = "button";
      speak.hidden = true;
      speak.setAttribute("aria-label", "Read this paragraph aloud");
      speak.addEventListener("click", function () { readAloud(para, speak); });
      var link = tools.appendChild(el("a", "permalink", "¶"));
      link.href = "#" + para.id;
      link.setAttribute("aria-label", "Link to this paragraph");
      para.insertBefore(tools, en);
    });
  });

  function plainText(p) {
    var copy = p.cloneNode(true);
    copy.querySelectorAll("rt").forEach(function (rt) { rt.remove(); });
    return copy.textContent;
  }
  function readAloud(para, button) {
    var synth = window.speechSynthesis;
    var wasMe = speaking === button;
    synth.cancel();
    if (speaking) showPlaying(speaking, false);
    speaking = null;
    if (wasMe || !voice) return;
    var u = new SpeechSynthesisUtterance(plainText(para.querySelector(":scope > p")));
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    u.onend = function () { if (speaking === button) { showPlaying(button, false); speaking = null; } };
    speaking = button;
    showPlaying(button, true);
    synth.speak(u);
  }
  function showPlaying(button, playing) {
    button.textContent = playing ? "■" : "▶";
    button.setAttribute("aria-label", playing ? "Stop reading aloud" : "Read this paragraph aloud");
  }
  function findVoice() {
    var voices = window.speechSynthesis.getVoices();
    voice = voices.find(function (v) { return /^zh[-_]CN/i.test(v.lang); }) || voices.find(function (v) { return /^(zh|cmn)/i.test(v.lang); }) || null;
    reading.querySelectorAll(".speak").forEach(function (b) { b.hidden = !voice; });
  }
  part("read aloud", function () {
    if (!("speechSynthesis" in window)) return;
    findVoice();
    window.speechSynthesis.addEventListener("voiceschanged", findVoice);
  });

  // ---- Table of contents: highlight the section being read.
  var tocLinks = {}, sections = [];
  part("contents", function () {
    document.querySelectorAll(".toc a[href^='#']").forEach(function (a) { tocLinks[fromHash(a.hash.slice(1))] = a; });
    sections = Array.prototype.slice.call(reading.querySelectorAll("section.section[aria-labelledby]"));
  });

  // ---- Phone bar: on narrow screens a compact bar stays at the bottom with the section being read, a link to the
  // contents and the settings (CSS shows it only there; without JavaScript the page has the header and contents).
  var bar = null, barSection = null;
  part("phone bar", function () {
    if (document.getElementById("toc-title") && sections.length) {
      bar = el("nav", "phone-bar");
      bar.lang = "en";
      bar.setAttribute("aria-label", "Reading");
      barSection = bar.appendChild(el("a", "phone-bar-section"));
      barSection.lang = "zh-Hans";
      var first = sections[0].getAttribute("aria-labelledby");
      barSection.href = "#" + first;
      barSection.textContent = tocLinks[first] ? tocLinks[first].querySelector("[lang|=zh]").textContent : "";
      var contents = bar.appendChild(el("a", "phone-bar-contents", "Contents"));
      contents.href = "#toc-title";
      var settingsButton = bar.appendChild(el("button", "phone-bar-settings", "Settings"));
      settingsButton.type = "button";
      settingsButton.setAttribute("popovertarget", "settings");
      document.body.appendChild(bar);
    }
  });
  function showSection(id) {
    if (!bar || !tocLinks[id]) return;
    barSection.href = "#" + id;
    barSection.textContent = tocLinks[id].querySelector("[lang|=zh]").textContent;
  }

  part("section being read", function () {
    if ("IntersectionObserver" in window && sections.length) {
      var visible = new Set();
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (en) { if (en.isIntersecting) visible.add(en.target); else visible.delete(en.target); });
        var active = sections.find(function (s) { return visible.has(s); });
        if (!active) return;
        var id = active.getAttribute("aria-labelledby");
        Object.keys(tocLinks).forEach(function (k) {
          if (k === id) tocLinks[k].setAttribute("aria-current", "true"); else tocLinks[k].removeAttribute("aria-current");
        });
        showSection(id);
      }, { rootMargin: "0px 0px -60% 0px" });
      sections.forEach(function (s) { observer.observe(s); });
    }
  });

  // ---- Print: number the glossary terms in order of first occurrence; the print stylesheet shows the term popups
  // as numbered notes at the end.
  part("print notes", function () {
    var numbers = {}, next = 1;
    reading.querySelectorAll("a.term[data-term]").forEach(function (a) {
      var id = a.getAttribute("data-term"), popup = document.getElementById("pop-" + id);
      if (!popup) return;
      if (!numbers[id]) { numbers[id] = next++; popup.setAttribute("data-fn", numbers[id]); popup.style.order = numbers[id]; }
      a.setAttribute("data-fn", numbers[id]);
    });
  });

  // ---- Vocabulary export: the reading's words in order of first appearance, without known words, as CSV.
  part("vocabulary export", function () {
    var exportBlock = document.querySelector(".settings-vocab");
    if (exportBlock) {
      exportBlock.hidden = false;
      exportBlock.querySelector("button").addEventListener("click", function () { withWords(exportVocabulary); });
      var exportVocabulary = function () {
        var seen = new Set(), rows = [["word", "pinyin", "hsk", "english"]];
        reading.querySelectorAll(WORD).forEach(function (w) {
          var word = wordOf(w);
          if (seen.has(word) || known.has(word)) return;
          seen.add(word);
          var data = wordData[word] || ["", [], 0];
          rows.push([word, pinyinOf(w), hskLabel(data[2], "not in HSK"), data[1].join("; ")]);
        });
        var csv = rows.map(function (r) {
          return r.map(function (c) { return /[",\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c; }).join(",");
        }).join("\r\n") + "\r\n";
        var a = el("a");
        a.href = URL.createObjectURL(new Blob(["\ufeff" + csv], { type: "text/csv;charset=utf-8" }));
        a.download = (location.pathname.split("/").filter(Boolean).pop() || "reading") + "-vocabulary.csv";
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      };
    }
  });
})();
