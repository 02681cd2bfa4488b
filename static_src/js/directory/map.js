/* Map of the results on this page. The list stays the main view: without JavaScript, or when
   Leaflet or the tiles fail, residents use the list and nothing breaks. No inline styles or
   scripts: everything comes from data attributes (strict Content-Security-Policy). */
(function () {
  "use strict";

  function init() {
    var container = document.getElementById("dir-map");
    if (!container || typeof window.L === "undefined") { return; }
    var cards = Array.prototype.slice.call(document.querySelectorAll(".sw-dir-card[data-lat]"));
    if (cards.length === 0) { return; }
    container.hidden = false;
    // The map repeats the list for sighted mouse users; keyboard and screen reader users get
    // the same information, in order, from the list.
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", container.dataset.label || "");
    var map = window.L.map(container, { scrollWheelZoom: false, keyboard: false });
    var tileUrl = container.dataset.tileUrl;
    if (tileUrl) {
      var failed = false;
      var layer = window.L.tileLayer(tileUrl, { maxZoom: 18, attribution: container.dataset.attribution || "" });
      layer.on("tileerror", function () {
        if (failed) { return; }
        failed = true;
        var note = document.createElement("p");
        note.className = "sw-dir-map__failed";
        note.textContent = container.dataset.tilesFailed || "";
        container.parentNode.insertBefore(note, container.nextSibling);
      });
      layer.addTo(map);
    }
    var bounds = [];
    cards.forEach(function (card, index) {
      var lat = parseFloat(card.dataset.lat);
      var lon = parseFloat(card.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) { return; }
      var marker = window.L.marker([lat, lon], { title: card.dataset.title, keyboard: false });
      var link = document.createElement("a");
      link.href = card.dataset.url;
      link.textContent = (index + 1) + ". " + card.dataset.title;
      marker.bindPopup(link);
      marker.addTo(map);
      bounds.push([lat, lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 13);
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
    container.classList.add("sw-dir-map--ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
