// sonder serve: live reload. Only served by `sonder serve`, never part of a built site.
(function () {
  "use strict";
  var me = document.currentScript;
  var base = (me && me.src ? me.src : location.href).replace(/_sonder\/live-reload\.js([?#].*)?$/, "");
  var scrollKey = "sonder-serve-scroll:" + location.pathname;

  function restoreScroll() {
    var saved = null;
    try {
      saved = sessionStorage.getItem(scrollKey);
      sessionStorage.removeItem(scrollKey);
    } catch (e) {}
    if (!saved) return;
    var pos;
    try { pos = JSON.parse(saved); } catch (e) { return; }
    var go = function () { window.scrollTo(pos.x || 0, pos.y || 0); };
    go();
    if (document.readyState !== "complete") window.addEventListener("load", go, { once: true });
  }
  restoreScroll();

  function currentPath() {
    var href = location.href.split("#")[0].split("?")[0];
    if (href.indexOf(base) !== 0) return null;
    var rel = href.slice(base.length);
    try { rel = decodeURIComponent(rel); } catch (e) {}
    if (rel === "" || rel.charAt(rel.length - 1) === "/") rel += "index.html";
    return rel;
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify({ x: window.scrollX, y: window.scrollY }));
    } catch (e) {}
    location.reload();
  }

  var overlay = null;
  function hideErrors() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
  function showErrors(lines) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.id = "sonder-serve-overlay";
    overlay.setAttribute("role", "alert");
    var s = overlay.style;
    s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.maxHeight = "80vh"; s.overflow = "auto";
    s.zIndex = "2147483647"; s.background = "#2b0b0b"; s.color = "#fff"; s.padding = "1rem 1.25rem";
    s.font = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    s.boxShadow = "0 4px 24px rgba(0,0,0,.5)"; s.borderBottom = "4px solid #e5484d";
    var title = document.createElement("strong");
    title.textContent = "sonder: the build failed. You are seeing the last good version; fix the problem and save.";
    title.style.display = "block"; title.style.marginBottom = ".5rem"; title.style.color = "#ff9592";
    var pre = document.createElement("pre");
    pre.textContent = lines.join("\n\n");
    pre.style.whiteSpace = "pre-wrap"; pre.style.margin = "0"; pre.style.font = "inherit";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.float = "right"; close.style.font = "inherit"; close.style.cursor = "pointer";
    close.addEventListener("click", hideErrors);
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(pre);
    (document.body || document.documentElement).appendChild(overlay);
  }

  if (!window.EventSource) return;
  // The build this page shows; after reconnecting, a different one means it missed a change.
  var build = null;
  var events = null;
  function connect() {
    if (events) return;
    events = new EventSource(base + "_sonder/events");
    events.addEventListener("hello", function (e) {
      var d = JSON.parse(e.data);
      if (build !== null && d.build !== build) return reload();
      build = d.build;
      if (d.ok) hideErrors();
    });
    events.addEventListener("reload", function (e) {
      var d = JSON.parse(e.data);
      var here = currentPath();
      if (d.all || here === null || d.paths.indexOf(here) !== -1) return reload();
      build = d.build;
    });
    events.addEventListener("build-error", function (e) {
      showErrors(JSON.parse(e.data).errors);
    });
    events.addEventListener("build-ok", hideErrors);
  }
  // Hidden tabs let go of their connection (browsers allow only a few per server) and catch up
  // when shown again.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      if (events) events.close();
      events = null;
    } else {
      connect();
    }
  });
  if (document.visibilityState !== "hidden") connect();
})();
