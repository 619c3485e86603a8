// ---- Glossary page: filter entries by what the box finds (Chinese, pinyin with or without tones, English) and by
// category. An entry's keys are folded by the build (PageContract.FoldForFinding); the query is folded the same way.
qr.part("glossary filter", function () {
  var filter = document.querySelector("." + contract.classes.glossaryFilter);
  if (!filter) return;
  var query = filter.querySelector("." + contract.classes.glossaryQuery);
  var category = filter.querySelector("select[name=category]");
  var status = document.querySelector("." + contract.classes.glossaryStatus);
  var entries = Array.prototype.slice.call(document.querySelectorAll("." + contract.classes.glossaryEntry));
  var themes = Array.prototype.slice.call(document.querySelectorAll("." + contract.classes.glossaryTheme));
  var initial = status ? status.textContent : "";

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{Nd}]/gu, "");
  }

  function apply() {
    var wanted = fold(query ? query.value : "");
    var chosen = category ? category.value : "";
    var shown = 0;
    entries.forEach(function (entry) {
      var keys = entry.getAttribute(contract.attributes.find) || "";
      var match = (chosen === "" || entry.getAttribute(contract.attributes.category) === chosen)
        && (wanted === "" || keys.indexOf(wanted) >= 0);
      entry.hidden = !match;
      if (match) shown++;
    });
    themes.forEach(function (theme) {
      theme.hidden = !theme.querySelector("." + contract.classes.glossaryEntry + ":not([hidden])");
    });
    if (status) {
      status.textContent = wanted === "" && chosen === "" ? initial
        : shown === 0 ? "No term matches." : shown === 1 ? "1 term matches." : shown + " terms match.";
    }
  }

  // Enter in the box filters as typing does; it does not reload the page.
  filter.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  filter.addEventListener("input", apply);
  filter.addEventListener("change", apply);
  // A query in the address (glossary/?q=gaozhiliang) fills the box, so a search can be linked to.
  var given = new URLSearchParams(location.search).get("q");
  if (given && query) { query.value = given; apply(); }
});
