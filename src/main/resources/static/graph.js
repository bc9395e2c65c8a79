// The roadmap graph: a view that pans and zooms (mouse, touch, buttons) without drawing a label below 11 px, areas
// that open in place, a topic's prerequisites and dependents lit on hover, focus and select, search matches to step
// through, and keyboard use (arrow keys move between boxes, Enter opens). The page reads without this file.
(function () {
  "use strict";
  var MIN_LABEL_PX = 11, SMALLEST_FONT = 12, MAX_SCALE = 3, OPEN_SCALE = 1.8, STEP = 1.25;
  var view = null; // the part of the drawing shown, in drawing units: {x, y, w}; its height follows the frame
  var centreNext = null; // the box or area to centre on once the graph is drawn again
  var jumpedFor = null; // the search whose first match the view jumped to
  var current = -1; // the match shown
  var selected = null;

  function svg() { return document.querySelector("#graph svg.roadmap-graph"); }
  function full(s) { var v = s.dataset.full.split(" ").map(Number); return { x: v[0], y: v[1], w: v[2], h: v[3] }; }
  function minScale() { return MIN_LABEL_PX / SMALLEST_FONT * 1.001; }
  function scale(s) { return s.getBoundingClientRect().width / view.w; }
  function fitScale(s) { return Math.max(minScale(), Math.min(MAX_SCALE, s.getBoundingClientRect().width / full(s).w)); }

  function apply(s) {
    var r = s.getBoundingClientRect();
    var h = view.w * r.height / Math.max(1, r.width);
    s.setAttribute("viewBox", [view.x, view.y, view.w, h].join(" "));
    s.dataset.scale = scale(s).toFixed(3);
  }

  function point(s, clientX, clientY) {
    var r = s.getBoundingClientRect(), k = scale(s);
    return { x: view.x + (clientX - r.left) / k, y: view.y + (clientY - r.top) / k };
  }

  function zoomTo(s, k, at) {
    k = Math.max(minScale(), Math.min(MAX_SCALE, k));
    var w = s.getBoundingClientRect().width / k;
    view = { x: at.x - (at.x - view.x) * w / view.w, y: at.y - (at.y - view.y) * w / view.w, w: w };
    apply(s);
  }

  function zoomBy(s, factor, at) {
    zoomTo(s, scale(s) * factor, at);
    if (factor > 1 && scale(s) >= OPEN_SCALE) openUnder(s, at);
  }

  function fit(s) {
    var f = full(s), k = fitScale(s), w = s.getBoundingClientRect().width / k;
    var cy = view ? view.y + viewHeight(s) / 2 : f.y;
    view = { x: f.x + (f.w - w) / 2, y: view ? cy - viewHeight(s, w) / 2 : f.y, w: w };
    apply(s);
  }

  function viewHeight(s, w) {
    var r = s.getBoundingClientRect();
    return (w || view.w) * r.height / Math.max(1, r.width);
  }

  function box(link) {
    var b = link.querySelector("rect").getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, w: b.width, h: b.height };
  }

  function centreOn(s, el) {
    var b;
    if (el.classList.contains("area-frame")) {
      var r = el.querySelector("rect.frame-box").getBBox();
      b = { x: r.x + r.width / 2, y: r.y + Math.min(r.height, viewHeight(s)) / 2 };
    } else {
      b = box(el);
    }
    var f = full(s), h = viewHeight(s);
    var x = view.w >= f.w ? f.x + (f.w - view.w) / 2 : b.x - view.w / 2;
    var y = Math.max(f.y, Math.min(b.y - h / 2, f.y + f.h - h));
    view = { x: x, y: y, w: view.w };
    apply(s);
  }

  function visible(s, link) {
    var b = box(link);
    return b.x - b.w / 2 >= view.x && b.x + b.w / 2 <= view.x + view.w &&
      b.y - b.h / 2 >= view.y && b.y + b.h / 2 <= view.y + viewHeight(s);
  }

  function links(s) { return Array.prototype.slice.call(s.querySelectorAll("a.node-link")); }
  function byId(s, id) { return s.querySelector('a.node-link[data-node="' + CSS.escape(id) + '"]'); }

  // Areas: open and close in place by drawing the graph again with another set of open areas.
  function openAreas(s) {
    return Array.prototype.map.call(s.querySelectorAll("g.area-frame"), function (g) { return g.dataset.area; });
  }

  function redraw(openList, centre) {
    var frame = document.getElementById("graph");
    centreNext = centre;
    var url = frame.getAttribute("hx-get");
    url += (url.indexOf("?") < 0 ? "?" : "&") + "open=" + encodeURIComponent(openList.join(","));
    htmx.ajax("GET", url, { target: "#graph", swap: "innerHTML" });
  }

  function toggleArea(s, id) {
    var list = openAreas(s), at = list.indexOf(id);
    if (at < 0) list.push(id); else list.splice(at, 1);
    redraw(list, id);
  }

  function openUnder(s, at) {
    var hit = links(s).filter(function (a) {
      if (!a.classList.contains("area-link")) return false;
      var b = box(a);
      return Math.abs(at.x - b.x) <= b.w / 2 && Math.abs(at.y - b.y) <= b.h / 2;
    })[0];
    if (hit) toggleArea(s, hit.dataset.node);
  }

  // Links: a box's prerequisites (before), dependents (after) and the edges to them stand out; the rest fade.
  function light(s, link) {
    s.querySelectorAll(".before, .after, .on").forEach(function (el) { el.classList.remove("before", "after", "on"); });
    s.classList.toggle("lit", !!link);
    if (!link) return;
    link.dataset.before.split(" ").filter(Boolean).forEach(function (id) { var a = byId(s, id); if (a) a.classList.add("before"); });
    link.dataset.after.split(" ").filter(Boolean).forEach(function (id) { var a = byId(s, id); if (a) a.classList.add("after"); });
    link.dataset.edges.split(" ").filter(Boolean).forEach(function (i) {
      var e = s.querySelector('g.edge[data-edge="' + i + '"]');
      if (e) e.classList.add("on");
    });
  }

  function tip(link) {
    var t = document.getElementById("graph-tip");
    if (!t) return;
    if (!link) { t.hidden = true; return; }
    var r = link.getBoundingClientRect();
    t.textContent = link.getAttribute("aria-label");
    t.hidden = false;
    t.style.left = Math.max(4, Math.min(window.innerWidth - t.offsetWidth - 4, r.left)) + "px";
    t.style.top = (r.bottom + 6) + "px";
  }

  function focusBox(s, link) {
    links(s).forEach(function (a) { a.setAttribute("tabindex", a === link ? "0" : "-1"); });
    if (!visible(s, link)) centreOn(s, link);
    link.focus({ preventScroll: true });
  }

  function nearest(s, from, dx, dy) {
    var a = box(from), best = null, bestScore = Infinity;
    links(s).forEach(function (link) {
      if (link === from) return;
      var b = box(link), vx = b.x - a.x, vy = b.y - a.y;
      var along = vx * dx + vy * dy, across = Math.abs(vx * dy - vy * dx);
      if (along <= 1) return;
      var score = along + 2.5 * across;
      if (score < bestScore) { bestScore = score; best = link; }
    });
    return best;
  }

  function activate(s, link) {
    if (link.classList.contains("area-link")) { toggleArea(s, link.dataset.node); return; }
    if (selected) selected.classList.remove("selected");
    selected = link;
    link.classList.add("selected");
    light(s, link);
    htmx.ajax("GET", link.getAttribute("href") + "?panel=true", { target: "#panel", swap: "innerHTML" });
  }

  // Search: count the matches drawn, jump to the first of a new search, step with next and previous.
  function matches(s) { return Array.prototype.slice.call(s.querySelectorAll("a.node-link.match")); }

  function showMatch(s, i) {
    var all = matches(s);
    if (!all.length) return;
    current = (i + all.length) % all.length;
    s.querySelectorAll(".current-match").forEach(function (a) { a.classList.remove("current-match"); });
    all[current].classList.add("current-match");
    centreOn(s, all[current]);
    focusBox(s, all[current]);
    var count = document.getElementById("match-count");
    if (count) count.dataset.current = String(current + 1);
  }

  function countMatches(s) {
    var count = document.getElementById("match-count"), input = document.getElementById("search");
    if (!count) { jumpedFor = null; return; }
    var n = matches(s).length;
    count.textContent = n ? count.dataset.template.replace("{0}", n) : count.dataset.none;
    count.dataset.count = String(n);
    if (input && input.value !== jumpedFor) { jumpedFor = input.value; showMatch(s, 0); }
  }

  function init() {
    var s = svg();
    if (!s || s.dataset.ready) return;
    s.dataset.ready = "1";
    s.dataset.full = s.getAttribute("viewBox");
    s.setAttribute("preserveAspectRatio", "xMinYMin meet");
    var centre = centreNext && (byId(s, centreNext) || s.querySelector('g.area-frame[data-area="' + CSS.escape(centreNext) + '"]'));
    centreNext = null;
    var focus = s.dataset.focus && byId(s, s.dataset.focus);
    if (!view) {
      fit(s);
      if (focus) centreOn(s, focus);
    } else {
      apply(s);
      if (centre) centreOn(s, centre);
    }
    var first = centre && centre.tagName.toLowerCase() === "a" ? centre : focus || links(s)[0];
    links(s).forEach(function (a) { a.setAttribute("tabindex", a === first ? "0" : "-1"); });
    if (selected) {
      var again = byId(s, selected.dataset.node);
      selected = again;
      if (again) { again.classList.add("selected"); light(s, again); }
    }
    countMatches(s);
    listen(s);
  }

  function listen(s) {
    var pointers = {}, drag = null, pinch = null, moved = false;
    s.addEventListener("wheel", function (e) {
      e.preventDefault();
      zoomBy(s, e.deltaY < 0 ? 1.15 : 1 / 1.15, point(s, e.clientX, e.clientY));
    }, { passive: false });
    s.addEventListener("pointerdown", function (e) {
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      var ids = Object.keys(pointers);
      moved = false;
      if (ids.length === 1) drag = { x: e.clientX, y: e.clientY, view: view };
      if (ids.length === 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), k: scale(s) };
        drag = null;
      }
    });
    s.addEventListener("pointermove", function (e) {
      if (!pointers[e.pointerId]) return;
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      var ids = Object.keys(pointers);
      if (pinch && ids.length === 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        var mid = point(s, (a.x + b.x) / 2, (a.y + b.y) / 2);
        zoomTo(s, pinch.k * Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, pinch.d), mid);
        moved = true;
      } else if (drag) {
        var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (!moved && Math.hypot(dx, dy) < 5) return;
        if (!moved) s.setPointerCapture(e.pointerId);
        moved = true;
        var k = scale(s);
        view = { x: drag.view.x - dx / k, y: drag.view.y - dy / k, w: drag.view.w };
        apply(s);
      }
    });
    function up(e) {
      delete pointers[e.pointerId];
      if (Object.keys(pointers).length < 2 && pinch) {
        if (scale(s) >= OPEN_SCALE) openUnder(s, { x: view.x + view.w / 2, y: view.y + viewHeight(s) / 2 });
        pinch = null;
      }
      if (!Object.keys(pointers).length) drag = null;
    }
    s.addEventListener("pointerup", up);
    s.addEventListener("pointercancel", up);
    s.addEventListener("click", function (e) {
      if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; }
    }, true);
    s.addEventListener("mouseover", function (e) {
      var a = e.target.closest("a.node-link");
      if (a) light(s, a);
    });
    s.addEventListener("mouseout", function (e) {
      if (e.target.closest("a.node-link") && !s.contains(e.relatedTarget && e.relatedTarget.closest && e.relatedTarget.closest("a.node-link"))) {
        light(s, document.activeElement && document.activeElement.closest && s.contains(document.activeElement) ? document.activeElement.closest("a.node-link") : selected);
      }
    });
    s.addEventListener("focusin", function (e) {
      var a = e.target.closest("a.node-link");
      if (a) { light(s, a); tip(a); }
    });
    s.addEventListener("focusout", function () { tip(null); light(s, selected); });
    s.addEventListener("keydown", function (e) {
      var a = e.target.closest && e.target.closest("a.node-link");
      if (!a) return;
      var dirs = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
      if (dirs[e.key]) {
        e.preventDefault();
        var next = nearest(s, a, dirs[e.key][0], dirs[e.key][1]);
        if (next) focusBox(s, next);
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        activate(s, a);
      }
    });
  }

  document.addEventListener("click", function (e) {
    var s = svg();
    var zoom = e.target.closest("[data-zoom]");
    if (zoom && s) {
      var at = { x: view.x + view.w / 2, y: view.y + viewHeight(s) / 2 };
      if (zoom.dataset.zoom === "reset") fit(s);
      else zoomBy(s, zoom.dataset.zoom === "in" ? STEP : 1 / STEP, at);
      return;
    }
    var step = e.target.closest("[data-match]");
    if (step && s) { showMatch(s, current + (step.dataset.match === "next" ? 1 : -1)); return; }
    if (!s || !window.htmx || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var close = e.target.closest("#graph a.area-close");
    if (close) { e.preventDefault(); toggleArea(s, close.dataset.area); return; }
    var link = e.target.closest("#graph a.node-link");
    if (link) { e.preventDefault(); activate(s, link); }
  });

  document.addEventListener("htmx:configRequest", function (e) {
    var s = svg();
    if (!s || !e.detail.elt || e.detail.elt.id !== "graph" || /[?&]open=/.test(e.detail.path)) return;
    e.detail.parameters.open = openAreas(s).join(",");
  });
  window.addEventListener("resize", function () { var s = svg(); if (s && view) apply(s); });
  window.addEventListener("scroll", function () { tip(null); }, { passive: true });
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
})();
