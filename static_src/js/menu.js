// Folds the main menu on small screens and keeps it open on wide ones. Without this script the
// menu simply stays open, so every link is always reachable.
(function () {
  "use strict";
  var menu = document.querySelector("[data-sw-menu]");
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 48em)");
  function apply() {
    if (wide.matches) {
      menu.setAttribute("open", "");
    } else {
      menu.removeAttribute("open");
    }
  }
  apply();
  if (wide.addEventListener) {
    wide.addEventListener("change", apply);
  }
})();
