// ---- Sentences: a paragraph's sentences become spans with ids derived from the paragraph's content-derived id and
// the sentence's position inside it (p-1a2b3c4d-s2), so a link survives edits elsewhere in the reading. Done for a
// paragraph when first needed (a sentence link in the address, a word's popup). A sentence ends where the build's
// (Content/Sentences.cs) does: at its end marks and the closing quotes and brackets after them.
qr.readingPart("sentence link", function () {
  var END = new RegExp(qr.anyOf(contract.text.sentenceEnders) + "+" + qr.anyOf(contract.text.sentenceClosers) + "*", "g");
  var SUFFIX = contract.ids.sentenceSuffix, SENTENCE = contract.classes.sentence;
  function split(p) {
    if (!p || p.hasAttribute("data-sentences")) return;
    p.setAttribute("data-sentences", "");
    var groups = [[]];
    Array.prototype.slice.call(p.childNodes).forEach(function (node) {
      if (node.nodeType !== 3) { groups[groups.length - 1].push(node); return; }
      var text = node.data, last = 0, m;
      END.lastIndex = 0;
      while ((m = END.exec(text))) {
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
      var s = qr.el("span", SENTENCE);
      s.id = p.parentNode.id + SUFFIX + (i + 1);
      g.forEach(function (n) { s.appendChild(n); });
      p.appendChild(s);
    });
  }
  qr.sentences = {
    // The sentences of the paragraph that holds node, made if they are not yet.
    splitAround: function (node) { split(node.closest("." + contract.classes.paragraph + "[id] > p")); }
  };
  var hashId = qr.fromHash(location.hash.slice(1)), sentenceMatch = new RegExp("^(.*)" + SUFFIX + "\\d+$").exec(hashId);
  if (!sentenceMatch) return;
  var para = document.getElementById(sentenceMatch[1]);
  split(para && para.querySelector(":scope > p"));
  var target = document.getElementById(hashId);
  if (target && target.classList.contains(SENTENCE)) { target.classList.add("target"); target.scrollIntoView(); }
});
