// ---- Print: number the glossary terms in order of first occurrence; the print stylesheet shows the term popups as
// numbered notes at the end.
qr.readingPart("print notes", function () {
  var numbers = {}, next = 1, TERM = contract.attributes.term;
  qr.reading.querySelectorAll("a." + contract.classes.term + "[" + TERM + "]").forEach(function (a) {
    var id = a.getAttribute(TERM), popup = document.getElementById(contract.ids.termPopupPrefix + id);
    if (!popup) return;
    if (!numbers[id]) { numbers[id] = next++; popup.setAttribute("data-fn", numbers[id]); popup.style.order = numbers[id]; }
    a.setAttribute("data-fn", numbers[id]);
  });
});
