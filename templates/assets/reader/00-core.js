// QingdaoReader reader.js: progressive enhancement. Without JavaScript the page reads fully and glossary terms are
// links into the glossary page. settings.js has already put the saved settings on <html> as data-* attributes; CSS
// does the rest.
//
// The files of this folder are the script's parts, which the build joins in file name order into the one classic
// script assets/reader.js (one request), inside a function that holds `contract`: the page contract
// (src/QingdaoReader/Rendering/PageContract.cs), the names of classes, attributes, ids and settings the build writes,
// which the parts read from it instead of spelling them out. Not ES modules: Chromium does not load module scripts
// from file:// (they are fetched with CORS, and a file has no origin), and a built site must read offline from its
// folder.
//
// Each file sets up its part with qr.part(name, setUp) (qr.readingPart on a reading page only): every part runs in
// its own try/catch, so one that fails (an API a browser lacks, a page it did not expect) logs
// "QingdaoReader: <name> not set up" and leaves the others working. What a part offers the others it puts on qr
// first thing (qr.tones, qr.words, qr.popups…); they look it up when they use it.
var qr = {
  root: document.documentElement,
  reading: document.querySelector("article." + contract.classes.reading),
  part: function (name, setUp) {
    try { setUp(); } catch (e) { if (window.console) console.error("QingdaoReader: " + name + " not set up:", e); }
  },
  readingPart: function (name, setUp) { if (qr.reading) qr.part(name, setUp); },
  load: function (key, fallback) {
    try { return JSON.parse(localStorage.getItem(key) || "null") || fallback; } catch (e) { return fallback; }
  },
  save: function (key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: settings last for the page */ }
  },
  el: function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  },
  // A regular expression's class of the characters in chars ("。！？" → [。！？]), escaped as a class needs.
  anyOf: function (chars) { return "[" + chars.replace(/[\\\]\[^-]/g, "\\$&") + "]"; },
  // A setting turned on (<html data-tones="on">).
  on: function (name) { return qr.root.getAttribute("data-" + name) === contract.values.on; },
  // Hash targets (#p-1a2b3c4d-s2): a malformed escape (#%) must not stop the rest of the script.
  fromHash: function (hash) {
    try { return decodeURIComponent(hash); } catch (e) { return hash; }
  }
};
