// ---- Settings panel (partials/settings.html): a popover opened by a header button.
qr.part("settings", function () {
  var form = document.querySelector("." + contract.classes.settingsForm);
  if (!form) return;
  document.querySelector("." + contract.classes.settingsButton).hidden = false;
  form.querySelectorAll("input").forEach(function (input) {
    var value = qr.root.getAttribute("data-" + input.name);
    input.checked = value === input.value;
  });
  form.addEventListener("change", function (e) {
    var input = e.target, settings = qr.load(contract.storage.settings, {});
    var value = input.type === "checkbox" && !input.checked ? contract.unticked[input.name] : input.value;
    settings[input.name] = value;
    qr.save(contract.storage.settings, settings);
    qr.root.setAttribute("data-" + input.name, value);
    if (input.name === "spoken" && qr.reading) qr.tones.applySpoken();
    if (input.name === "tones" && qr.reading) qr.tones.colour();
  });
});
