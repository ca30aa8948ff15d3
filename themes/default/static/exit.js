// Quick exit (after the GOV.UK "Exit this page" component).
// Shift pressed three times, with nothing else between and each press restarting a
// five-second window, leaves the page; so does the button. The page is blanked at
// once, then replaced, so that Back does not lead here. Nothing is stored.
(function () {
  "use strict";
  var root = document.documentElement;
  root.className += " js";
  var box = document.querySelector("[data-exit]");
  if (!box) return;
  var link = box.querySelector("a");
  var status = box.querySelector("[data-exit-status]");
  var dots = box.querySelectorAll(".exit-dots span");
  var presses = 0;
  var timer = null;

  function show(count) {
    for (var i = 0; i < dots.length; i++) {
      dots[i].className = i < count ? "on" : "";
    }
  }
  function reset(expired) {
    presses = 0;
    show(0);
    if (timer) { clearTimeout(timer); timer = null; }
    status.textContent = expired ? box.getAttribute("data-msg-expired") : "";
  }
  function leave() {
    var overlay = document.createElement("div");
    overlay.className = "exit-overlay";
    document.body.appendChild(overlay);
    status.textContent = box.getAttribute("data-msg-exiting");
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
    if (timer) clearTimeout(timer);
    if (presses >= 3) { leave(); return; }
    status.textContent = box.getAttribute("data-msg-" + (3 - presses));
    timer = setTimeout(function () { reset(true); }, 5000);
  });
  // Coming back through the history cache must not show the blank overlay.
  window.addEventListener("pageshow", function () {
    var overlays = document.querySelectorAll(".exit-overlay");
    for (var i = 0; i < overlays.length; i++) overlays[i].parentNode.removeChild(overlays[i]);
    reset(false);
  });
})();
