// Search over every paragraph of the archive, in either script. Loaded by the search pages only.
// The index (/<script>/search/index.json) holds the paragraphs as this script shows them and a
// fold table made at build time (lib/search/fold-table.ts; no converter runs here): query and
// text are folded alike, character by character, so 随星借 finds 隨星借. A query is one or more
// space-separated terms, each matched as a substring (Chinese puts no spaces between words); a
// paragraph must hold every term.
// In Node (the unit tests) this file exports its pure functions instead of touching a page.
(function () {
  'use strict';

  var LIMIT = 50;
  var MAX_TERMS = 10;

  /** The fold table from its shipped form: each character followed by its representative. */
  function readFoldTable(encoded) {
    var chars = Array.from(encoded);
    var table = new Map();
    for (var i = 0; i + 1 < chars.length; i += 2) table.set(chars[i], chars[i + 1]);
    return table;
  }

  /** Folds one character: script variants to one form, full-width ASCII to ASCII, A-Z to a-z. */
  function foldChar(table, char) {
    var folded = table.get(char);
    if (folded !== undefined) return folded;
    var code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    return code < 0x80 ? String.fromCharCode(code) : char;
  }

  /**
   * Folds a text code point by code point. With `from`, records for each folded code unit the offset
   * of the character it came from (plus the text's length at the end), to map hits back to the text.
   */
  function foldText(table, text, from) {
    var out = '';
    for (var i = 0; i < text.length; ) {
      var width = text.codePointAt(i) > 0xffff ? 2 : 1;
      var folded = foldChar(table, text.slice(i, i + width));
      out += folded;
      if (from) for (var k = 0; k < folded.length; k++) from.push(i);
      i += width;
    }
    if (from) from.push(text.length);
    return out;
  }

  /** The folded terms of a query: split at spaces, each once, at most MAX_TERMS. */
  function parseQuery(table, query) {
    var terms = foldText(table, String(query).normalize('NFC')).split(/\s+/);
    return terms.filter(function (term, i) {
      return term !== '' && terms.indexOf(term) === i;
    }).slice(0, MAX_TERMS);
  }

  /** Readies a fetched index: every paragraph with its folded text, heading and article, in archive order. */
  function prepareIndex(data) {
    var table = readFoldTable(data.fold);
    var paragraphs = [];
    data.articles.forEach(function (article) {
      var about = { title: article.title, date: article.date, path: article.path, folded: foldText(table, article.title) };
      article.sections.forEach(function (section) {
        var heading = section.heading || '';
        var headingFolded = foldText(table, heading);
        section.paragraphs.forEach(function (paragraph) {
          paragraphs.push({
            id: paragraph[0],
            text: paragraph[1],
            folded: foldText(table, paragraph[1]),
            heading: heading,
            headingFolded: headingFolded,
            article: about,
            order: paragraphs.length,
          });
        });
      });
    });
    return { table: table, paragraphs: paragraphs };
  }

  /** Where a term occurs in a folded text: start offsets, not overlapping. */
  function findAll(text, term) {
    var found = [];
    for (var at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found.push(at);
    return found;
  }

  /** The narrowest stretch of text holding every term once, in code units (hits sorted by start). */
  function narrowestSpan(hits, termCount) {
    var best = Infinity;
    for (var i = 0; i < hits.length; i++) {
      var seen = {};
      var count = 0;
      for (var j = i; j < hits.length && count < termCount; j++) {
        if (!seen[hits[j].term]) {
          seen[hits[j].term] = true;
          count += 1;
          if (count === termCount) best = Math.min(best, hits[j].end - hits[i].start);
        }
      }
    }
    return best;
  }

  /**
   * Scores one paragraph, or returns null when a term is missing. Per term: its occurrences (up to
   * 3), +2 when the section heading holds it, +1 when the title does; +2 when all terms sit within
   * 40 characters of each other.
   */
  function scoreParagraph(paragraph, terms) {
    var score = 0;
    var hits = [];
    for (var t = 0; t < terms.length; t++) {
      var found = findAll(paragraph.folded, terms[t]);
      if (found.length === 0) return null;
      score += Math.min(found.length, 3);
      if (paragraph.headingFolded.indexOf(terms[t]) >= 0) score += 2;
      if (paragraph.article.folded.indexOf(terms[t]) >= 0) score += 1;
      for (var f = 0; f < found.length; f++) hits.push({ start: found[f], end: found[f] + terms[t].length, term: t });
    }
    hits.sort(function (a, b) {
      return a.start - b.start || a.end - b.end;
    });
    if (terms.length > 1 && narrowestSpan(hits, terms.length) <= 40) score += 2;
    return { paragraph: paragraph, score: score, hits: hits };
  }

  /** The paragraphs holding every term, best first (ties in archive order), at most `limit` of them. */
  function search(index, query, limit) {
    var terms = parseQuery(index.table, query);
    var matches = [];
    if (terms.length > 0) {
      index.paragraphs.forEach(function (paragraph) {
        var match = scoreParagraph(paragraph, terms);
        if (match) matches.push(match);
      });
    }
    matches.sort(function (a, b) {
      return b.score - a.score || a.paragraph.order - b.paragraph.order;
    });
    return { terms: terms, total: matches.length, results: matches.slice(0, limit === undefined ? LIMIT : limit) };
  }

  var CLAUSE_END = /[,，。;；!！?？:：、]/;

  /**
   * The passage shown for a match: the paragraph, or a window of it from shortly before the first hit
   * (starting after a clause break when one is near), with every hit inside marked. Returns the
   * parts in order, and whether text was cut before or after.
   */
  function passageOf(index, match, span) {
    span = span || 120;
    var text = match.paragraph.text;
    var from = [];
    foldText(index.table, text, from);
    var marks = match.hits.map(function (hit) {
      return [from[hit.start], from[hit.end]];
    });
    var start = 0;
    var end = text.length;
    if (text.length > span) {
      var first = marks[0][0];
      start = Math.max(0, first - 24);
      for (var i = first - 1; start > 0 && i > start; i--) {
        if (CLAUSE_END.test(text[i])) {
          start = i + 1;
          break;
        }
      }
      end = Math.min(text.length, start + span);
      if (end === text.length) start = Math.max(0, end - span);
      if (start > 0 && /[\udc00-\udfff]/.test(text[start])) start -= 1;
      if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end += 1;
    }
    var parts = [];
    var at = start;
    marks.forEach(function (mark) {
      var markStart = Math.max(mark[0], at);
      var markEnd = Math.min(mark[1], end);
      if (markEnd <= markStart) return;
      if (markStart > at) parts.push({ text: text.slice(at, markStart), mark: false });
      parts.push({ text: text.slice(markStart, markEnd), mark: true });
      at = markEnd;
    });
    if (at < end) parts.push({ text: text.slice(at, end), mark: false });
    return { parts: parts, cutBefore: start > 0, cutAfter: end < text.length };
  }

  var core = { readFoldTable: readFoldTable, foldText: foldText, parseQuery: parseQuery, prepareIndex: prepareIndex, search: search, passageOf: passageOf };

  /** Fills a template's `{name}` slots. */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (slot, name) {
      return name in values ? String(values[name]) : slot;
    });
  }

  /** Wires the search page: the query comes from `?q=`, results render in the page's script. */
  function boot() {
    var form = document.querySelector('form[data-search-index]');
    if (!form) return;
    var input = form.elements.namedItem('q');
    var status = document.querySelector('[data-search-status]');
    var list = document.querySelector('[data-search-results]');
    var switchLink = document.querySelector('[data-script-switch]');
    var switchBase = switchLink ? switchLink.getAttribute('href').split(/[?#]/)[0] : '';
    var baseTitle = document.title;
    var words = {
      loading: form.getAttribute('data-ui-loading'),
      found: form.getAttribute('data-ui-found'),
      more: form.getAttribute('data-ui-more'),
      none: form.getAttribute('data-ui-none'),
      failed: form.getAttribute('data-ui-failed'),
    };
    var loading = null;
    var latest = 0;

    /** Fetches and readies the index once; a failed fetch may be retried by the next search. */
    function load() {
      loading = loading || fetch(form.getAttribute('data-search-index'))
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(prepareIndex)
        .catch(function (error) {
          loading = null;
          throw error;
        });
      return loading;
    }

    function queryOfLocation() {
      return new URLSearchParams(location.search).get('q') || '';
    }

    function render(index, found) {
      var items = found.results.map(function (match) {
        var paragraph = match.paragraph;
        var item = document.createElement('li');
        item.className = 'search-result';
        var where = document.createElement('p');
        where.className = 'search-result-where';
        where.textContent = [paragraph.article.title, paragraph.article.date, paragraph.heading].filter(Boolean).join(' · ');
        var passage = document.createElement('p');
        passage.className = 'search-result-passage';
        var link = document.createElement('a');
        link.href = paragraph.article.path + '#' + paragraph.id;
        var shown = passageOf(index, match);
        if (shown.cutBefore) link.append('…');
        shown.parts.forEach(function (part) {
          if (!part.mark) return link.append(part.text);
          var mark = document.createElement('mark');
          mark.textContent = part.text;
          link.append(mark);
        });
        if (shown.cutAfter) link.append('…');
        passage.append(link);
        item.append(where, passage);
        return item;
      });
      list.replaceChildren.apply(list, items);
      if (found.total === 0) status.textContent = words.none;
      else if (found.total > found.results.length) status.textContent = fill(words.more, { shown: found.results.length, total: found.total });
      else status.textContent = fill(words.found, { total: found.total });
    }

    /** Shows the results of a query (an empty query clears them). */
    function show(query) {
      input.value = query;
      document.title = query ? query + ' · ' + baseTitle : baseTitle;
      // The script switch keeps the query: the same search in the other script.
      if (switchLink) switchLink.setAttribute('href', query ? switchBase + '?q=' + encodeURIComponent(query) : switchBase);
      if (!query.trim()) {
        latest += 1;
        status.textContent = '';
        list.replaceChildren();
        return;
      }
      var ticket = (latest += 1);
      status.textContent = words.loading;
      load().then(
        function (index) {
          if (ticket === latest) render(index, search(index, query));
        },
        function () {
          if (ticket === latest) status.textContent = words.failed;
        },
      );
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = input.value;
      var url = new URL(location.href);
      url.searchParams.set('q', query);
      url.hash = '';
      if (url.href !== location.href) history.pushState(null, '', url.href);
      show(query);
    });
    window.addEventListener('popstate', function () {
      show(queryOfLocation());
    });

    load().catch(function () {}); // the reader opened search: fetch the index now
    show(queryOfLocation());
    if (!input.value) input.focus();
  }

  if (typeof module === 'object' && module && module.exports) module.exports = core;
  else boot();
})();
