// ---- Glossary page: filter entries by category.
qr.part("glossary filter", function () {
  var filter = document.querySelector("." + contract.classes.glossaryFilter);
  if (!filter) return;
  filter.addEventListener("change", function () {
    var chosen = filter.querySelector("input[name=category]:checked");
    var value = chosen ? chosen.value : "";
    document.querySelectorAll("." + contract.classes.glossaryEntry).forEach(function (entry) {
      entry.hidden = value !== "" && entry.getAttribute(contract.attributes.category) !== value;
    });
  });
});
