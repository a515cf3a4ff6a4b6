// sonder search, the part every page loads: shows the header's search button and, on its first
// use (click, `/` or Ctrl+K), loads search.js from this folder. Keys typed while it loads are kept.
(function () {
  var d = document, btn = d.querySelector('[data-sonder-search-open]'), me = d.currentScript, loading = 0, typed = '';
  if (!btn || !me) return;
  btn.hidden = false;
  function open(e) {
    if (e) e.preventDefault();
    if (window.sonderSearch) return sonderSearch.open(btn, typed);
    if (loading) return;
    loading = 1;
    // All at once, run in this order (async = false): the dialog's words, search.js, then the
    // index it reads.
    add('search-messages.js');
    var s = add('search.js'), x = add('search/index.js');
    s.onload = function () { sonderSearch.open(btn, typed); typed = ''; };
    s.onerror = function () { loading = 0; };
    x.onerror = function () { window.sonderSearchFailed = 1; if (window.sonderSearch) sonderSearch.failed(); };
  }
  function add(name) {
    var s = d.createElement('script');
    s.src = me.src.replace(/[^\/]*$/, name);
    s.async = false;
    return d.head.appendChild(s);
  }
  btn.addEventListener('click', open);
  d.addEventListener('keydown', function (e) {
    if (window.sonderSearch || e.altKey) return;
    var t = e.target, k = e.key;
    if (loading) {
      if (k.length === 1 && !e.ctrlKey && !e.metaKey) { typed += k; e.preventDefault(); }
      return;
    }
    if ((e.ctrlKey || e.metaKey) && (k === 'k' || k === 'K')) return open(e);
    if (k === '/' && !e.ctrlKey && !e.metaKey && !(t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) open(e);
  });
})();
