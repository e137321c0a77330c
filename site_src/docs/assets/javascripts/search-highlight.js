/* thiduua: highlight search words typed without diacritics on the page a search result opens.
   Material marks the words of ?h=… only where they appear exactly: after searching "phuoc" the plan
   page shows no mark on "Phước". This marks the words whose folded form (no marks, đ→d) equals a
   folded search word and which Material's own exact pass leaves alone, so the two never overlap.
   Local, no dependency; the same folding as the search index (lunr.vi.min.js override). */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/đ/g, "d");
  }

  var WORD = /[\p{L}\p{M}\p{N}]+/gu;

  function highlight() {
    var query = new URLSearchParams(location.search).get("h");
    var article = document.querySelector("article.md-content__inner");
    if (!query || !article) return;
    var typed = query.split(/[\s*+\-:~^]+/).filter(Boolean).map(function (t) { return t.toLowerCase(); });
    var terms = typed.map(fold);
    if (!terms.length) return;

    /* Whole words only ("tran" marks "Trần", not "Trăng"), and never one that Material's own pass
       marks: it marks words starting with a term exactly as typed. */
    function wanted(word) {
      var lower = word.toLowerCase();
      if (typed.some(function (t) { return lower.indexOf(t) === 0; })) return false;
      var folded = fold(word);
      return terms.some(function (t) { return folded === t; });
    }

    var nodes = [];
    var it = document.createNodeIterator(article, NodeFilter.SHOW_TEXT);
    for (var node = it.nextNode(); node; node = it.nextNode()) {
      var parent = node.parentElement;
      if (!parent || parent.closest("mark, script, style, .headerlink")) continue;
      nodes.push(node);
    }
    nodes.forEach(function (node) {
      var text = node.textContent;
      var parts = [];
      var last = 0;
      text.replace(WORD, function (word, offset) {
        if (wanted(word)) {
          parts.push(document.createTextNode(text.slice(last, offset)));
          var mark = document.createElement("mark");
          mark.setAttribute("data-md-highlight", "");
          mark.textContent = word;
          parts.push(mark);
          last = offset + word.length;
        }
        return word;
      });
      if (!parts.length) return;
      parts.push(document.createTextNode(text.slice(last)));
      node.replaceWith.apply(node, parts);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(highlight);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlight);
  } else {
    highlight();
  }
})();
