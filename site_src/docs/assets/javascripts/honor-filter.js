/* Bộ lọc trang Vinh danh (progressive enhancement): danh sách đầy đủ đã có sẵn trong HTML.
   Mỗi dòng mang data-fold (tên đã bỏ dấu, tạo lúc xây dựng); ở đây chỉ cần bỏ dấu từ khóa:
   "phuoc" khớp "Phước", "d" khớp "đ". Không tải gì từ bên ngoài. Khi trang này không có tên
   nào khớp, dòng "Không có tên nào…" kèm liên kết đến trang Tra cứu khen thưởng (/tra-cuu/?q=…),
   nơi tìm trong mọi năm và mọi trang. */
(function () {
  "use strict";

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
  }

  function init() {
    var box = document.querySelector("[data-honor-filter]");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var input = box.querySelector("input");
    var count = box.querySelector("[role=status]");
    var empty = document.querySelector("[data-honor-empty]");
    var items = Array.prototype.slice.call(document.querySelectorAll("li[data-fold]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("[data-honor-group]"));
    var sections = Array.prototype.slice.call(document.querySelectorAll("[data-honor-section]"));
    var total = items.length;
    var timer = null;

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (li) {
        var text = li.getAttribute("data-fold");
        var match = words.every(function (w) { return text.indexOf(w) !== -1; });
        li.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (g) {
        g.hidden = !g.querySelector("li[data-fold]:not([hidden])");
      });
      sections.forEach(function (s) {
        var hide = !s.querySelector("li[data-fold]:not([hidden])");
        s.hidden = hide;
        var heading = s.previousElementSibling;
        if (heading && heading.tagName === "H2") heading.hidden = hide;
      });
      count.textContent = "Hiển thị " + shown + "/" + total;
      if (empty) {
        empty.hidden = shown !== 0;
        if (shown === 0) pointToLookup(input.value.trim());
      }
    }

    /* No name on this page: the look-up (/tra-cuu/) searches every year and every page. */
    var lookupLink = null;
    function pointToLookup(query) {
      var config = document.getElementById("__config");
      var base = config ? JSON.parse(config.textContent).base : null;
      if (!base || !query) {
        if (lookupLink) lookupLink.hidden = true;
        return;
      }
      if (!lookupLink) {
        lookupLink = document.createElement("a");
        lookupLink.setAttribute("data-honor-lookup", "");
        empty.appendChild(document.createTextNode(" "));
        empty.appendChild(lookupLink);
      }
      var url = new URL(base.replace(/\/?$/, "/") + "tra-cuu/", location.href);
      if (url.protocol === "file:") url.pathname += "index.html";
      url.searchParams.set("q", query);
      lookupLink.href = url.href;
      lookupLink.textContent = "Tra cứu “" + query + "” trong mọi năm và mọi trang";
      lookupLink.hidden = false;
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 120);  /* the live region announces once typing pauses */
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) {
        input.value = "";
        apply();
        event.stopPropagation();
      }
    });
    box.hidden = false;
    if (input.value) apply();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
