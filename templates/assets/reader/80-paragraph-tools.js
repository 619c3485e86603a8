// ---- Paragraph tools: permalink, translation of this paragraph alone, read aloud.
qr.readingPart("paragraph tools", function () {
  var el = qr.el, voice = null, speaking = null, reading = qr.reading;
  function plainText(p) {
    var copy = p.cloneNode(true);
    copy.querySelectorAll("rt").forEach(function (rt) { rt.remove(); });
    return copy.textContent;
  }
  function showPlaying(button, playing) {
    button.textContent = playing ? "■" : "▶";
    button.setAttribute("aria-label", playing ? "Stop reading aloud" : "Read this paragraph aloud");
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
  function findVoice() {
    var voices = window.speechSynthesis.getVoices();
    voice = voices.find(function (v) { return /^zh[-_]CN/i.test(v.lang); }) || voices.find(function (v) { return /^(zh|cmn)/i.test(v.lang); }) || null;
    reading.querySelectorAll(".speak").forEach(function (b) { b.hidden = !voice; });
  }

  reading.querySelectorAll("." + contract.classes.paragraph + "[id]").forEach(function (para) {
    var tools = el("div", "para-tools");
    tools.lang = "en";
    var en = para.querySelector(":scope > ." + contract.classes.translation);
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

  qr.part("read aloud", function () {
    if (!("speechSynthesis" in window)) return;
    findVoice();
    window.speechSynthesis.addEventListener("voiceschanged", findVoice);
  });
});
