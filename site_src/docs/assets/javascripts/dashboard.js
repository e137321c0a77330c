/* thiduua: "còn N ngày" to the next milestone, computed in the reader's browser.
 * The build never computes it (builds are deterministic); without JavaScript the dates
 * themselves stay readable. Works with and without Material's instant navigation. */
(function () {
  "use strict";
  var DAY = 86400000;

  function parse(iso) {
    var p = (iso || "").split("-");
    return p.length === 3 ? new Date(+p[0], +p[1] - 1, +p[2]) : null;
  }

  /* The highlighted milestone: the next exact date (today included); otherwise a month or
   * year that is under way; otherwise the next month or year. Mirrors generator/pages/home.py. */
  function update(list) {
    var now = new Date();
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var items = list.querySelectorAll("li[data-start]");
    var exactNext = null, current = null, partialNext = null;
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      var start = parse(li.getAttribute("data-start"));
      var end = parse(li.getAttribute("data-end"));
      var precision = li.getAttribute("data-precision");
      var out = li.querySelector(".milestone-countdown");
      var past = end !== null && end < today;
      li.classList.toggle("is-past", past);
      li.classList.remove("is-next");
      if (out) out.textContent = "";
      if (past || !start) continue;
      if (precision === "day") {
        if (!exactNext) {
          exactNext = li;
          var days = Math.round((start - today) / DAY);
          if (out) out.textContent = days === 0 ? "hôm nay" : "còn " + days + " ngày";
        }
      } else if (start <= today) {
        if (out) out.textContent = precision === "range" ? "đang diễn ra" : precision === "month" ? "trong tháng này" : "trong năm nay";
        if (!current) current = li;
      } else if (!partialNext) {
        partialNext = li;
      }
    }
    var next = exactNext || current || partialNext;
    if (next) next.classList.add("is-next");
    var card = list.parentNode;
    var done = card && card.querySelector(".milestone-done");
    if (done) done.hidden = next !== null;
  }

  function run() {
    var lists = document.querySelectorAll("[data-countdown]");
    for (var i = 0; i < lists.length; i++) update(lists[i]);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(run);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
