// ---- Table of contents: highlight the section being read; on phones, a compact bar keeps it at hand.
qr.readingPart("contents", function () {
  var tocLinks = {}, sections = [], bar = null, barSection = null;
  document.querySelectorAll("." + contract.classes.contents + " a[href^='#']").forEach(function (a) { tocLinks[qr.fromHash(a.hash.slice(1))] = a; });
  sections = Array.prototype.slice.call(qr.reading.querySelectorAll("section." + contract.classes.section + "[aria-labelledby]"));

  // Phone bar: on narrow screens a compact bar stays at the bottom with the section being read, a link to the
  // contents and the settings (CSS shows it only there; without JavaScript the page has the header and contents).
  qr.part("phone bar", function () {
    if (!document.getElementById(contract.ids.contentsTitle) || !sections.length) return;
    bar = qr.el("nav", "phone-bar");
    bar.lang = "en";
    bar.setAttribute("aria-label", "Reading");
    barSection = bar.appendChild(qr.el("a", "phone-bar-section"));
    barSection.lang = qr.reading.lang;
    var first = sections[0].getAttribute("aria-labelledby");
    barSection.href = "#" + first;
    barSection.textContent = tocLinks[first] ? tocLinks[first].querySelector("[lang|=zh]").textContent : "";
    var contents = bar.appendChild(qr.el("a", "phone-bar-contents", "Contents"));
    contents.href = "#" + contract.ids.contentsTitle;
    var settingsButton = bar.appendChild(qr.el("button", "phone-bar-settings", "Settings"));
    settingsButton.type = "button";
    settingsButton.setAttribute("popovertarget", "settings");
    document.body.appendChild(bar);
  });
  function showSection(id) {
    if (!bar || !tocLinks[id]) return;
    barSection.href = "#" + id;
    barSection.textContent = tocLinks[id].querySelector("[lang|=zh]").textContent;
  }

  qr.part("section being read", function () {
    if (!("IntersectionObserver" in window) || !sections.length) return;
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
  });
});
