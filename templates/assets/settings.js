// QingdaoReader: applies the reader's saved settings to <html> before the first paint. Loaded without defer on
// purpose and kept tiny; reader.js owns the settings panel and writes the same localStorage key. The build writes
// this file inside a function that holds `contract`, the page contract (settings, defaults, storage keys).
var s = {};
try { s = JSON.parse(localStorage.getItem(contract.storage.settings) || "{}") || {}; } catch (e) { s = {}; }
var d = document.documentElement, defaults = contract.settings;
for (var k in defaults) d.setAttribute("data-" + k, typeof s[k] === "string" ? s[k] : defaults[k]);
