/* Tra cứu khen thưởng (/tra-cuu/) only: Material's site-wide search index waits until the reader
   opens the site search. Material requests search/search_index.json (XMLHttpRequest) as soon as
   its bundle runs, parses it on the main thread and hands it to its worker: at 100,000 honours
   (≈ 33,000 people) that is 7 MB, ≈ 0.5–0.9 s of a slowed phone's main thread, just when the
   reader types or pastes a name here (benchmarks/search_phone.py --block-site-search measured
   the look-up's first answer at ≈ 0.25 s without it, ≈ 0.8 s with it). This script runs before
   Material's bundle (a plain script in the page, the bundle is deferred); it holds that one
   request and sends it when the reader focuses or opens the site search. Nothing else changes:
   the search then prepares itself as on any other page. */
(function () {
  "use strict";

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var released = false;

  function release() {
    if (released) return;
    released = true;
    held.forEach(function (go) { go(); });
    held = [];
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.thiduuaHold = /\/search\/search_index\.json$/.test(new URL(String(url), location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.thiduuaHold && !released) {
      var request = this;
      var args = arguments;
      held.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function opensSearch(event) {
    var target = event.target;
    if (!(target instanceof Element)) return false;
    return target.id === "__search" || target.closest(".md-search, label[for='__search']") !== null;
  }

  document.addEventListener("focusin", function (event) { if (opensSearch(event)) release(); }, true);
  document.addEventListener("pointerdown", function (event) { if (opensSearch(event)) release(); }, true);
  document.addEventListener("change", function (event) { if (opensSearch(event)) release(); }, true);
  document.addEventListener("keydown", function (event) {
    /* Material's shortcuts open the search: "/", "s", "f" outside a field */
    var field = event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]");
    if (!field && (event.key === "/" || event.key === "s" || event.key === "f")) release();
  }, true);
})();
