// QingdaoReader: progressive enhancement for the reading page. Without JavaScript the page reads fully and
// glossary terms are links into the glossary page.
(function () {
  "use strict";

  function place(popup, anchor) {
    var r = anchor.getBoundingClientRect();
    var margin = 8;
    var width = popup.offsetWidth, height = popup.offsetHeight;
    var left = Math.min(Math.max(margin, r.left), window.innerWidth - width - margin);
    var top = r.bottom + margin;
    if (top + height > window.innerHeight - margin && r.top - height - margin > margin) top = r.top - height - margin;
    popup.style.position = "fixed";
    popup.style.left = Math.max(margin, left) + "px";
    popup.style.top = Math.max(margin, top) + "px";
  }

  function openTerm(link) {
    var popup = document.getElementById("pop-" + link.getAttribute("data-term"));
    if (!popup || typeof popup.showPopover !== "function") return false;
    document.querySelectorAll(".popup:popover-open").forEach(function (p) { if (p !== popup) p.hidePopover(); });
    popup.showPopover();
    place(popup, link);
    link.setAttribute("aria-expanded", "true");
    popup.addEventListener("toggle", function onToggle(e) {
      if (e.newState === "closed") {
        link.setAttribute("aria-expanded", "false");
        popup.removeEventListener("toggle", onToggle);
        link.focus({ preventScroll: true });
      }
    });
    return true;
  }

  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a.term[data-term]");
    if (!link) return;
    if (openTerm(link)) e.preventDefault();
  });

  // Glossary page: filter entries by category.
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
})();
