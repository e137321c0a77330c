/* Tra cứu khen thưởng: look up every honour of a person or a collective by name, in the browser.
   The build writes tra-cuu/chi-muc/: a manifest (award names; for each folded name word, how many
   recipients have it and the versions of its shard files) and the shards (recipients whose name
   has that word, with their honours). A query fetches the manifest once, then the first shard of
   its rarest word, and keeps the recipients whose name and summary hold every typed word (the last
   one may be unfinished). Nothing else is downloaded; nothing comes from another host; all text is
   inserted as text. Works without Material's search. Same folding as the search index and the
   honor-roll filter: NFD, no marks, đ → d, lower case. */
(function () {
  "use strict";

  var FORMAT = 1;
  var PREFIX_FILES = 6; /* an unfinished last word fetches at most this many shards */
  var FULL_NAME_FILES = 4; /* ≤ 4 × ~60 KB: within the 300 KB a first answer may cost */
  var AUTO_READS = 3;
  var PAGE_ROWS = 50; /* rows drawn at a time */ /* shards read in a row while none matches, before "Xem thêm" asks */

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function vnNumber(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function init() {
    var form = document.querySelector("[data-lookup]");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var input = form.querySelector("input");
    var status = document.getElementById("lookup-status");
    var list = document.querySelector("[data-lookup-results]");
    var more = document.querySelector("[data-lookup-more]");
    var indexUrl = new URL(form.getAttribute("data-index"), location.href);
    var root = new URL(form.getAttribute("data-root"), location.href);
    var manifest = null;
    var shards = new Map();
    var timer = null;
    var composing = false;
    var current = 0; /* the latest query's number: older answers are dropped */
    var pending = null; /* the shards left of the chosen word, for "Xem thêm" */

    function getJSON(url) {
      if (!shards.has(url)) {
        shards.set(url, fetch(url).then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + url);
          return response.json();
        }).catch(function (error) {
          shards.delete(url);
          throw error;
        }));
      }
      return shards.get(url);
    }

    function loadManifest() {
      if (!manifest) {
        manifest = getJSON(indexUrl.href).then(function (data) {
          if (data.v !== FORMAT) throw new Error("format " + data.v);
          return data;
        });
        manifest.catch(function () { manifest = null; });
      }
      return manifest;
    }

    function shardUrl(entry, number) {
      return new URL(entry[1] + "." + number + ".json?v=" + entry[2][number - 1], indexUrl).href;
    }

    /* The files to read for these words: the first shard of the word with the fewest recipients;
       an unfinished last word that is no word of any name reads the first shard of each word it
       begins (a few, smallest first), when that costs less than the other words. */
    function plan(keys, typed) {
      var options = [];
      typed.forEach(function (word, i) {
        if (keys[word]) {
          options.push({ count: keys[word][0], parts: [{ entry: keys[word], next: 1 }] });
        } else if (i === typed.length - 1) {
          var parts = Object.keys(keys).filter(function (k) { return k.indexOf(word) === 0; })
            .map(function (k) { return { entry: keys[k], next: 1 }; })
            .sort(function (a, b) { return a.entry[0] - b.entry[0]; })
            .slice(0, PREFIX_FILES);
          if (parts.length)
            options.push({ count: parts.reduce(function (n, p) { return n + p.entry[0]; }, 0), parts: parts });
        }
      });
      options.sort(function (a, b) { return a.count - b.count; });
      return options[0] || null;
    }

    function matches(recipient, typed) {
      var have = words(recipient[0] + " " + recipient[1]);
      return typed.every(function (word, i) {
        var last = i === typed.length - 1;
        return have.some(function (w) { return last ? w.indexOf(word) === 0 : w === word; });
      });
    }

    /* Every word of the query appears in the name as typed (case aside): "Ân" in "Nguyễn Văn Ân". */
    function spelled(name, query) {
      var have = name.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u);
      return query.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every(function (word) {
        return have.indexOf(word) !== -1;
      });
    }

    function render(recipient, decisions, awards) {
      var li = document.createElement("li");
      li.className = "lookup-result";
      var head = document.createElement("p");
      head.className = "lookup-name";
      var name = document.createElement(recipient[2] ? "a" : "span");
      name.textContent = recipient[0];
      if (recipient[2]) name.href = new URL(recipient[2], root).href;
      head.appendChild(name);
      if (recipient[1]) {
        var summary = document.createElement("span");
        summary.className = "lookup-summary";
        summary.textContent = recipient[1];
        head.appendChild(document.createTextNode(" "));
        head.appendChild(summary);
      }
      li.appendChild(head);
      var honours = document.createElement("ul");
      honours.className = "lookup-honours";
      recipient[3].forEach(function (h) {
        var decision = decisions[h[1]];
        var item = document.createElement("li");
        var award = document.createElement("span");
        award.className = "lookup-award";
        award.textContent = awards[h[0]];
        var link = document.createElement("a");
        link.href = new URL(decision[0], root).href;
        link.textContent = "Quyết định số " + decision[1];
        item.appendChild(award);
        item.appendChild(document.createTextNode(" · năm " + decision[2] + " · "));
        item.appendChild(link);
        honours.appendChild(item);
      });
      li.appendChild(honours);
      return li;
    }

    function say(text) {
      status.textContent = text;
    }

    /* Show the next rows already found (a page of them at a time: a long list costs a phone
       more to draw than to download). */
    function showRows(state) {
      var end = Math.min(state.rows.length, state.shown + PAGE_ROWS);
      var fragment = document.createDocumentFragment();
      for (; state.shown < end; state.shown++) {
        var row = state.rows[state.shown];
        fragment.appendChild(render(row.recipient, row.decisions, state.awards));
      }
      list.appendChild(fragment);
    }

    function shardsLeft(state) {
      return state.plan.parts.some(function (part) { return part.next <= part.entry[2].length; });
    }

    function update(state) {
      var left = shardsLeft(state);
      pending = left || state.shown < state.rows.length ? state : null;
      more.hidden = !pending;
      say(state.rows.length === 0
        ? "Không tìm thấy cá nhân, tập thể nào có tên khớp với “" + state.query + "”."
        : "Tìm thấy " + vnNumber(state.rows.length) + (left ? "+" : "") + " cá nhân, tập thể khớp với “" + state.query + "”.");
    }

    /* Read the next shards of the plan, keep the recipients that match, show the first rows.
       Order: names holding every word as typed (diacritics included), then names holding every
       word, then those found through their position or unit; within each, Vietnamese order. */
    function readMore(state) {
      var urls = [];
      /* a name of several words: its rarest word's first shards together (a common word has
         several), so the person typed in full is in the first answer; one word: one shard */
      var files = state.typed.length > 1 ? FULL_NAME_FILES : 1;
      state.plan.parts.forEach(function (part) {
        for (var n = 0; n < files && part.next <= part.entry[2].length; n++) urls.push(shardUrl(part.entry, part.next++));
      });
      return Promise.all(urls.map(getJSON)).then(function (loaded) {
        if (state.number !== current) return;
        var found = [];
        loaded.forEach(function (shard) {
          shard.r.forEach(function (recipient) {
            var id = recipient[0] + "\u0000" + recipient[1] + "\u0000" + recipient[2];
            if (state.seen.has(id) || !matches(recipient, state.typed)) return;
            state.seen.add(id);
            var rank = matches([recipient[0], ""], state.typed) ? (spelled(recipient[0], state.query) ? 2 : 1) : 0;
            found.push({ recipient: recipient, decisions: shard.d, rank: rank, order: found.length });
          });
        });
        found.sort(function (a, b) { return b.rank - a.rank || a.order - b.order; });
        state.rows = state.rows.concat(found);
        state.read += 1;
        if (state.rows.length === 0 && shardsLeft(state) && state.read < AUTO_READS) return readMore(state);
        if (state.shown < PAGE_ROWS) showRows(state);
        update(state);
      });
    }

    function run() {
      var query = input.value.trim();
      var number = ++current;
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(history.state, "", url.href);
      list.textContent = "";
      more.hidden = true;
      pending = null;
      var typed = words(query);
      if (!typed.length) { say(""); return; }
      say("Đang tra cứu…");
      loadManifest().then(function (data) {
        if (number !== current) return;
        var chosen = plan(data.keys, typed);
        if (!chosen) {
          say("Không tìm thấy cá nhân, tập thể nào có tên khớp với “" + query + "”.");
          return;
        }
        return readMore({ number: number, query: query, typed: typed, plan: chosen, awards: data.awards, seen: new Set(), rows: [], shown: 0, read: 0 });
      }).catch(function () {
        if (number === current) say("Không tải được dữ liệu tra cứu. Vui lòng thử lại.");
      });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(run, 80);  /* one search per pause in typing */
    }

    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; later(); });
    input.addEventListener("input", function (event) {
      if (!composing && !event.isComposing) later();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.querySelector("button").addEventListener("click", function () {
      if (!pending) return;
      var state = pending;
      if (state.shown < state.rows.length) {
        showRows(state);
        update(state);
      } else {
        readMore(state).then(function () { showRows(state); update(state); });
      }
    });
    form.hidden = false;
    loadManifest().catch(function () {});  /* small (≈ 10 KB at 100,000 honours): ready before the first word */
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) {
      input.value = initial;
      run();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
