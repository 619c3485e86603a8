// QingdaoReader: applies the reader's saved settings to <html> before the first paint. Loaded without defer on
// purpose and kept tiny; reader.js owns the settings panel and writes the same localStorage key.
(function () {
  var s = {};
  try { s = JSON.parse(localStorage.getItem("qr-settings") || "{}") || {}; } catch (e) { s = {}; }
  var d = document.documentElement, defaults = { pinyin: "shown", tones: "off", spoken: "off", known: "on", words: "joined", trans: "under", size: "m", theme: "system" };
  for (var k in defaults) d.setAttribute("data-" + k, typeof s[k] === "string" ? s[k] : defaults[k]);
})();
