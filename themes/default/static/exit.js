// Quick exit (after the GOV.UK "Exit this page" component).
// Shift pressed three times within five seconds of the first press, with no other
// key between, leaves the page; so does the button. The page is blanked at once,
// then replaced (location.replace), so that Back does not lead here. Nothing is
// stored: no cookie, no storage.
(function () {
  "use strict";
  var root = document.documentElement;
  root.className += " js";
  var box = document.querySelector("[data-exit]");
  if (!box) return;
  var link = box.querySelector(".exit-button");
  var status = box.querySelector("[data-exit-status]");
  var dots = box.querySelectorAll(".exit-dots span");
  var WINDOW = 5000;
  var presses = 0;
  var timer = null;

  function message(name) {
    var el = box.querySelector('[data-exit-msg="' + name + '"]');
    return el ? el.textContent : "";
  }
  // The dots appear at the first press only: empty circles next to the
  // button would look like a broken widget.
  function show(count) {
    for (var i = 0; i < dots.length; i++) {
      dots[i].className = i < count ? "on" : "";
    }
    box.classList.toggle("exit-armed", count > 0);
  }
  function reset(expired) {
    presses = 0;
    show(0);
    if (timer) { clearTimeout(timer); timer = null; }
    status.textContent = expired ? message("expired") : "";
  }
  function leave() {
    if (timer) { clearTimeout(timer); timer = null; }
    var overlay = document.createElement("div");
    overlay.className = "exit-overlay";
    document.body.appendChild(overlay);
    status.textContent = message("exiting");
    window.location.replace(link.href);
  }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      if (presses) reset(false);
      return;
    }
    if (event.repeat) return;
    presses += 1;
    show(presses);
    if (presses >= 3) { leave(); return; }
    // The five seconds run from the first press.
    if (!timer) timer = setTimeout(function () { timer = null; reset(true); }, WINDOW);
    status.textContent = message(3 - presses);
  });
  // Coming back through the history (the back-forward cache) must not show the
  // blank overlay, nor a half-counted shortcut.
  window.addEventListener("pageshow", function () {
    var overlays = document.querySelectorAll(".exit-overlay");
    for (var i = 0; i < overlays.length; i++) overlays[i].parentNode.removeChild(overlays[i]);
    reset(false);
  });
})();
