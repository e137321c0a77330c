/* Tra cứu khen thưởng: look up every honour of a person or a collective by name, in the browser.
   The build writes tra-cuu/chi-muc/ (generator/derive/lookup.py): a manifest (award names; for
   each folded name word, how many recipients have it, the versions of its shard files and where
   each shard after the first begins) and the shards (recipients whose name has that word, with
   their honours; a word's recipients are cut in the order of their folded names, so a shard holds
   a range of names). A query reads the manifest (fetched when the page opens), then as little as
   it can: a name of several words typed from the surname ("nguyen van an") the one shard (two at
   a boundary) of the range it falls in, of its rarest word; a single word its first shard; an
   unfinished word that is no name word the first shards of the words it begins, smallest first,
   within a budget. It keeps the recipients whose name holds every typed word (the last one may
   be unfinished), or whose name and summary (position, unit) do. More on demand ("Xem thêm"). Nothing comes from another host; all
   text is inserted as text. Works without Material's search. Same folding as the search index and
   the honor-roll filter: NFD, no marks, đ → d, lower case.

   The first answer is not delayed on purpose: each keystroke (or paste, or committed syllable)
   starts its query at once; an answer that arrives after a newer keystroke is dropped, and the
   rows already shown stay until the new ones replace them. A first screenful of rows is drawn at
   once, the rest of the first page after that has been painted. */
(function () {
  "use strict";

  var FORMAT = 2;
  var RANGE_FILES = 2; /* a name of several words: the shards of its range read at first */
  var PREFIX_ROWS = 400; /* an unfinished word: first shards of the words it begins, up to ≈ this many recipients */
  var PREFIX_FILES = 6;
  var MORE_FILES = 2; /* shards read per "Xem thêm" */
  var AUTO_READS = 3; /* reads in a row while none matches, before "Xem thêm" asks */
  var FIRST_ROWS = 12; /* drawn at once: more than a phone screen holds */
  var PAGE_ROWS = 50; /* rows per page */
  var COMPOSING_PAUSE = 200; /* ms: an IME still composing searches when the typing pauses */
  var SLOW = 300; /* ms before "Đang tra cứu…" is said (a screen reader would read it at every key) */

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function vnNumber(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  /* The shard numbers (1-based) of a key that can hold a name beginning with the folded words
     ``q``: shard i holds the names from starts[i-2] (the first: from the start) up to the next. */
  function range(entry, q) {
    var starts = entry[3];
    var hi = q + "\uffff";
    var out = [];
    for (var i = 0; i < entry[2].length; i++) {
      var from = i === 0 ? "" : starts[i - 1];
      var to = i + 1 < entry[2].length ? starts[i] : null;
      if (from < hi && (to === null || to >= q)) out.push(i + 1);
    }
    return out;
  }

  /* Reading order of a key's shards: those of the range first, then the others. */
  function order(entry, first) {
    var rest = [];
    for (var n = 1; n <= entry[2].length; n++) if (first.indexOf(n) === -1) rest.push(n);
    return first.concat(rest);
  }

  function rowsIn(entry) {
    return Math.ceil(entry[0] / entry[2].length);
  }

  /* What to read for these words: a queue of [entry, shard number] and how many of them make the
     first answer. A whole word (one followed by another, or by a space) that is a name word: the
     one of them whose first answer needs the fewest files not yet fetched (while a name is typed
     the query keeps to the shards it already has: "nguyen v" read the "nguyen v…" range of
     "nguyen", so "nguyen van an" reads nothing new), then the fewest files, then the fewest
     recipients. Else the last, unfinished word: its own key if it is one, or the words it begins
     (a few, smallest first, about one shard's worth). */
  function plan(keys, typed, lastDone, fetched) {
    var several = typed.length > 1;
    var q = typed.join(" ");
    var whole = lastDone ? typed : typed.slice(0, -1);
    var best = null;
    whole.forEach(function (word) {
      var entry = keys[word];
      if (!entry) return;
      var first = several ? range(entry, q).slice(0, RANGE_FILES) : [1];
      if (!first.length) first = [1];
      var missing = first.filter(function (n) { return !fetched(entry, n); }).length;
      var option = { queue: order(entry, first).map(function (n) { return [entry, n]; }), first: first.length, count: entry[0], missing: missing };
      if (!best || [option.missing - best.missing, option.first - best.first, option.count - best.count].find(Boolean) < 0) best = option;
    });
    if (best) return best;
    var last = typed[typed.length - 1];
    var entries = keys[last] ? [keys[last]] : Object.keys(keys)
      .filter(function (k) { return k.indexOf(last) === 0; })
      .map(function (k) { return keys[k]; })
      .sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : 1); });
    if (!entries.length) return null;
    var orders = entries.map(function (entry) { return order(entry, several ? range(entry, q).slice(0, 1) : [1]); });
    var queue = [];
    for (var round = 0; queue.length < orders.reduce(function (n, o) { return n + o.length; }, 0); round++) {
      orders.forEach(function (o, i) { if (round < o.length) queue.push([entries[i], o[round]]); });
    }
    var files = 0;
    var rows = 0;
    while (files < Math.min(entries.length, PREFIX_FILES) && (files === 0 || rows + rowsIn(queue[files][0]) <= PREFIX_ROWS)) {
      rows += rowsIn(queue[files][0]);
      files++;
    }
    return { queue: queue, first: files, count: rows };
  }

  function shardUrl(base, entry, number) {
    return new URL(entry[1] + "." + number + ".json?v=" + entry[2][number - 1], base).href;
  }

  function summaryOf(shard, row) {
    var position = shard.p[row[1]];
    var unit = shard.u[row[2]];
    return position && unit ? position + " · " + unit : position || unit;
  }

  /* Folded words of each row's name and summary, computed once per shard. */
  function foldedRows(shard) {
    if (!shard.folded) {
      shard.folded = shard.r.map(function (row) {
        return { name: words(row[0]), summary: words(summaryOf(shard, row)) };
      });
    }
    return shard.folded;
  }

  function hasAll(have, typed, lastDone) {
    return typed.every(function (word, i) {
      var prefix = i === typed.length - 1 && !lastDone;
      return have.some(function (w) { return prefix ? w.indexOf(word) === 0 : w === word; });
    });
  }

  /* Found through the position or unit (the words a reader adds to tell namesakes apart): every
     word whole, in the name or the summary; only the last may be unfinished, as a summary word
     ("nguyen van an ke sa…"). So "Văn phòng Sở" does not list "Thạch Văn Sóc Kha, … Phòng …". */
  function hasAllWithSummary(folded, typed, lastDone) {
    return typed.every(function (word, i) {
      if (folded.name.indexOf(word) !== -1 || folded.summary.indexOf(word) !== -1) return true;
      return i === typed.length - 1 && !lastDone && folded.summary.some(function (w) { return w.indexOf(word) === 0; });
    });
  }

  /* The name begins with the words typed, in order: "nguyen van an" → "Nguyễn Văn An", "Nguyễn Văn Anh
     Thư", not "Nguyễn Ánh Hoàng Vân" (which holds them too, the last one as "anh"). */
  function begins(name, typed, lastDone) {
    return typed.every(function (word, i) {
      var prefix = i === typed.length - 1 && !lastDone;
      return i < name.length && (prefix ? name[i].indexOf(word) === 0 : name[i] === word);
    });
  }

  /* Every word of the query appears in the name as typed (case aside): "Ân" in "Nguyễn Văn Ân". */
  function spelled(name, query) {
    var have = name.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return query.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every(function (word) {
      return have.indexOf(word) !== -1;
    });
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
    var files = new Map();
    var timer = null;
    var composing = false;
    var current = 0; /* the latest query's number: older answers are dropped */
    var asked = null; /* the text of the latest query */
    var pending = null; /* the latest answer, while it has rows or shards left for "Xem thêm" */

    function getJSON(url) {
      if (!files.has(url)) {
        files.set(url, fetch(url).then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + url);
          return response.json();
        }).catch(function (error) {
          files.delete(url);
          throw error;
        }));
      }
      return files.get(url);
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

    function render(shard, row, awards) {
      var li = document.createElement("li");
      li.className = "lookup-result";
      var head = document.createElement("p");
      head.className = "lookup-name";
      var name = document.createElement(row[3] ? "a" : "span");
      name.textContent = row[0];
      if (row[3]) name.href = new URL(row[3], root).href;
      head.appendChild(name);
      var text = summaryOf(shard, row);
      if (text) {
        var summary = document.createElement("span");
        summary.className = "lookup-summary";
        summary.textContent = text;
        head.appendChild(document.createTextNode(" "));
        head.appendChild(summary);
      }
      li.appendChild(head);
      var honours = document.createElement("ul");
      honours.className = "lookup-honours";
      row[4].forEach(function (h) {
        var decision = shard.d[h[1]];
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
      if (status.textContent !== text) status.textContent = text;
    }

    function rowsUpTo(state, end) {
      var fragment = document.createDocumentFragment();
      for (; state.shown < Math.min(end, state.rows.length); state.shown++) {
        var found = state.rows[state.shown];
        fragment.appendChild(render(found.shard, found.row, state.awards));
      }
      return fragment;
    }

    function update(state) {
      var left = state.next < state.queue.length;
      pending = left || state.shown < state.rows.length ? state : null;
      more.hidden = !pending;
      say(state.rows.length === 0
        ? "Không tìm thấy cá nhân, tập thể nào có tên khớp với “" + state.query + "”."
        : "Tìm thấy " + vnNumber(state.rows.length) + (left ? "+" : "") + " cá nhân, tập thể khớp với “" + state.query + "”.");
    }

    /* The answer's first page: a screenful at once (replacing the previous answer's rows in one
       step), the rest once that has been painted, unless a newer query came meanwhile. */
    function showFirstPage(state) {
      var rows = rowsUpTo(state, FIRST_ROWS);
      /* the Element Timing API reports when the answer's first name is painted
         (benchmarks/search_phone.py reads it: time from the last keystroke to the first row shown) */
      var first = rows.querySelector(".lookup-name");
      if (first) first.setAttribute("elementtiming", "lookup-first-row");
      list.replaceChildren(rows);
      update(state);
      if (state.shown < state.rows.length) {
        requestAnimationFrame(function () {
          setTimeout(function () {
            if (state.number !== current) return;
            list.appendChild(rowsUpTo(state, PAGE_ROWS));
            update(state);
          }, 0);
        });
      }
    }

    /* Read the next files of the queue, keep the recipients that match. Order: names holding
       every word as typed (diacritics included), then names holding every word, then those found
       through their position or unit; names beginning with the words typed, in order, before the
       others of their kind; within each, the shards' Vietnamese order. */
    function read(state, count) {
      var batch = state.queue.slice(state.next, state.next + count);
      state.next += batch.length;
      return Promise.all(batch.map(function (item) { return getJSON(shardUrl(indexUrl, item[0], item[1])); })).then(function (loaded) {
        if (state.number !== current) return false;
        var found = [];
        loaded.forEach(function (shard) {
          var folded = foldedRows(shard);
          shard.r.forEach(function (row, i) {
            var id = row[0] + "\u0000" + summaryOf(shard, row) + "\u0000" + row[3]; /* one recipient in several words' shards */
            var inName = hasAll(folded[i].name, state.typed, state.lastDone);
            if (state.seen.has(id) || !(inName || hasAllWithSummary(folded[i], state.typed, state.lastDone))) return;
            state.seen.add(id);
            var rank = inName ? (spelled(row[0], state.query) ? 4 : 0) + (begins(folded[i].name, state.typed, state.lastDone) ? 2 : 0) + 1 : 0;
            found.push({ shard: shard, row: row, rank: rank, order: found.length });
          });
        });
        found.sort(function (a, b) { return b.rank - a.rank || a.order - b.order; });
        state.rows = state.rows.concat(found);
        state.reads += 1;
        if (state.rows.length === 0 && state.next < state.queue.length && state.reads < AUTO_READS) return read(state, MORE_FILES);
        return true;
      });
    }

    function share(query) {
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    }

    function run(forced) {
      clearTimeout(timer);
      var raw = input.value;
      var query = raw.trim();
      var lastDone = /[^\p{L}\p{N}]$/u.test(raw); /* "nguyen " : the last word is whole */
      if (query + (lastDone ? " " : "") === asked) return;
      asked = query + (lastDone ? " " : "");
      var number = ++current;
      var typed = words(query);
      more.hidden = true;
      pending = null;
      if (!typed.length) {
        list.textContent = "";
        say("");
        share("");
        return;
      }
      var slow = setTimeout(function () { if (number === current) say("Đang tra cứu…"); }, SLOW);
      loadManifest().then(function (data) {
        if (number !== current) return;
        if (!forced && typed.length === 1 && typed[0].length === 1 && !lastDone && !data.keys[typed[0]]) {
          /* one letter, no name word: every name begins with some letter; wait for the next one
             (a submit still searches) rather than fetch shards of the words it begins */
          clearTimeout(slow);
          list.textContent = "";
          say("");
          return;
        }
        var chosen = plan(data.keys, typed, lastDone, function (entry, n) { return files.has(shardUrl(indexUrl, entry, n)); });
        var state = { number: number, query: query, typed: typed, lastDone: lastDone, awards: data.awards, seen: new Set(),
          rows: [], shown: 0, reads: 0, queue: chosen ? chosen.queue : [], next: 0 };
        return read(state, chosen ? chosen.first : 0).then(function (fresh) {
          if (!fresh) return;
          clearTimeout(slow);
          showFirstPage(state);
          share(query);
        });
      }).catch(function () {
        clearTimeout(slow);
        if (number === current) say("Không tải được dữ liệu tra cứu. Vui lòng thử lại.");
      });
    }

    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; run(); });
    input.addEventListener("input", function (event) {
      clearTimeout(timer);
      /* an IME still composing a syllable (the text may change): search when typing pauses */
      if (composing || event.isComposing) timer = setTimeout(run, COMPOSING_PAUSE);
      else run();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      asked = null;
      run(true);
    });
    more.querySelector("button").addEventListener("click", function () {
      if (!pending) return;
      var state = pending;
      var next = state.shown < state.rows.length ? Promise.resolve(true) : read(state, MORE_FILES);
      next.then(function (fresh) {
        if (!fresh) return;
        list.appendChild(rowsUpTo(state, state.shown + PAGE_ROWS));
        update(state);
      });
    });
    form.hidden = false;
    loadManifest().catch(function () {}); /* small (≈ 13 KB at 100,000 honours): ready before the first word */
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
