// ---- Tone colours: each syllable becomes a span (the rt's text split at word joiners and spaces) with its tone's
// class (t1–t5), only when the setting asks for colours, a few hundred words at a time so no task blocks the page.
qr.readingPart("tone colours", function () {
  var joiner = contract.text.syllableJoiner, rts = qr.reading.getElementsByTagName("rt"), toned = 0;
  function tone(syllable) {
    if (/[āēīōūǖĀĒĪŌŪ]/.test(syllable)) return 1;
    if (/[áéíóúǘńÁÉÍÓÚ]/.test(syllable)) return 2;
    if (/[ǎěǐǒǔǚňǍĚǏǑǓ]/.test(syllable)) return 3;
    if (/[àèìòùǜǹÀÈÌÒÙ]/.test(syllable)) return 4;
    return 5;
  }
  function toneClass(syllable) { return contract.classes.tonePrefix + tone(syllable); }
  function setTone(s) { s.className = toneClass(s.textContent); }
  function splitSyllables(rt) {
    if (rt.hasAttribute("data-split")) return;
    rt.setAttribute("data-split", "");
    Array.prototype.slice.call(rt.childNodes).forEach(function (n) {
      if (n.nodeType !== 3) { setTone(n); return; }
      n.data.split(new RegExp("( |" + joiner + ")")).forEach(function (part) {
        if (part === " ") rt.insertBefore(document.createTextNode(" "), n);
        else if (part && part !== joiner) rt.insertBefore(qr.el("span", toneClass(part), part), n);
      });
      rt.removeChild(n);
    });
  }
  function colour() {
    if (!qr.on("tones") || toned >= rts.length) return;
    var end = Math.min(toned + 400, rts.length);
    for (; toned < end; toned++) splitSyllables(rts[toned]);
    if (toned < rts.length) setTimeout(colour, 0);
  }
  // Spoken tones (一 yí, 不 bú) in place of the dictionary's, or back.
  function applySpoken() {
    var spoken = contract.attributes.spoken;
    qr.reading.querySelectorAll("rt [" + spoken + "]").forEach(function (s) {
      if (!s.hasAttribute("data-cite")) s.setAttribute("data-cite", s.textContent);
      s.textContent = s.getAttribute(qr.on("spoken") ? spoken : "data-cite");
      setTone(s);
      var w = s.closest(contract.text.word);
      if (w) w.removeAttribute(contract.attributes.pinyin);
    });
  }
  qr.tones = { colour: colour, applySpoken: applySpoken };
  colour();
});
qr.readingPart("spoken tones", function () { if (qr.on("spoken")) qr.tones.applySpoken(); });
