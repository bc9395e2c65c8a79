// Progressive enhancement: the pages read and work without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var view = null; // the graph's viewBox, kept across refreshes: {x, y, w, h}

  function graphSvg() {
    return document.querySelector("#graph svg");
  }

  function fullBox(svg) {
    var vb = svg.viewBox.baseVal;
    return { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
  }

  function apply(svg) {
    if (view) svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
  }

  function zoom(svg, factor, cx, cy) {
    if (!view) view = fullBox(svg);
    var nx = cx - (cx - view.x) * factor, ny = cy - (cy - view.y) * factor;
    view = { x: nx, y: ny, w: view.w * factor, h: view.h * factor };
    apply(svg);
  }

  function toSvgPoint(svg, clientX, clientY) {
    var r = svg.getBoundingClientRect();
    var box = view || fullBox(svg);
    var scale = Math.max(box.w / r.width, box.h / r.height);
    var offX = (r.width * scale - box.w) / 2, offY = (r.height * scale - box.h) / 2;
    return { x: box.x - offX + (clientX - r.left) * scale, y: box.y - offY + (clientY - r.top) * scale, scale: scale };
  }

  function initGraph() {
    var svg = graphSvg();
    if (!svg || svg.dataset.ready) return;
    svg.dataset.ready = "1";
    svg.setAttribute("preserveAspectRatio", "xMidYMin meet");
    var frame = document.getElementById("graph");
    if (!view) {
      // Start at the top, fitted to the frame's width: the whole graph at once is too small to read.
      var full = fullBox(svg);
      var aspect = frame.clientHeight / Math.max(1, frame.clientWidth);
      var w = Math.min(full.w, frame.clientWidth);
      view = { x: full.x + (full.w - w) / 2, y: full.y, w: w, h: w * aspect };
    }
    apply(svg);
    var drag = null;
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var p = toSvgPoint(svg, e.clientX, e.clientY);
      zoom(svg, e.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y);
    }, { passive: false });
    svg.addEventListener("pointerdown", function (e) {
      if (e.target.closest("a")) return;
      drag = { x: e.clientX, y: e.clientY, start: view || fullBox(svg), scale: toSvgPoint(svg, 0, 0).scale };
      frame.setPointerCapture(e.pointerId);
    });
    frame.addEventListener("pointermove", function (e) {
      if (!drag) return;
      view = { x: drag.start.x - (e.clientX - drag.x) * drag.scale, y: drag.start.y - (e.clientY - drag.y) * drag.scale,
               w: drag.start.w, h: drag.start.h };
      apply(svg);
    });
    frame.addEventListener("pointerup", function () { drag = null; });
  }

  document.addEventListener("click", function (e) {
    var zoomButton = e.target.closest("[data-zoom]");
    if (zoomButton) {
      var svg = graphSvg();
      if (!svg) return;
      var box = view || fullBox(svg);
      if (zoomButton.dataset.zoom === "reset") { view = null; svg.setAttribute("viewBox", svg.dataset.full); return; }
      zoom(svg, zoomButton.dataset.zoom === "in" ? 0.75 : 1 / 0.75, box.x + box.w / 2, box.y + box.h / 2);
      return;
    }
    var link = e.target.closest("#graph a.node-link");
    if (link && window.htmx && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      document.querySelectorAll("#graph a.node-link.selected").forEach(function (a) { a.classList.remove("selected"); });
      link.classList.add("selected");
      var href = link.getAttribute("href") || link.getAttributeNS("http://www.w3.org/1999/xlink", "href");
      htmx.ajax("GET", href + "?panel=true", { target: "#panel", swap: "innerHTML" });
    }
  });

  document.addEventListener("change", function (e) {
    var box = e.target.closest("input.check[data-url]");
    if (!box || !window.htmx) return;
    htmx.ajax("POST", box.dataset.url, {
      source: box, swap: "none", values: { status: box.checked ? "done" : "todo" }
    });
  });

  function ready() {
    var svg = graphSvg();
    if (svg && !svg.dataset.full) svg.dataset.full = svg.getAttribute("viewBox");
    initGraph();
  }
  document.addEventListener("DOMContentLoaded", ready);
  document.addEventListener("htmx:afterSettle", ready);
})();
