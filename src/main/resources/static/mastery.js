// Draws each topic's mastery ring on the roadmap graph: an arc at the box's top-right corner, filled to the
// topic's mastery (status, passed challenges and recall; see docs/review.md), with the parts in its tooltip.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var R = 7;
  var CIRCUMFERENCE = 2 * Math.PI * R;

  function circle(cx, cy, cls) {
    var c = document.createElementNS(SVG, "circle");
    c.setAttribute("cx", cx);
    c.setAttribute("cy", cy);
    c.setAttribute("r", R);
    c.setAttribute("class", cls);
    return c;
  }

  function ring(link, m, label) {
    var rect = link.querySelector("rect");
    if (!rect || link.querySelector(".mastery-ring")) return;
    var cx = parseFloat(rect.getAttribute("x")) + parseFloat(rect.getAttribute("width")) - R - 3;
    var cy = parseFloat(rect.getAttribute("y")) + R + 3;
    var g = document.createElementNS(SVG, "g");
    g.setAttribute("class", "mastery-ring");
    g.dataset.mastery = m.value.toFixed(2);
    var title = document.createElementNS(SVG, "title");
    var parts = [label + " " + Math.round(m.value * 100) + "%", m.status.toLowerCase()];
    if (m.proven !== null) parts.push(m.proven ? "challenge passed" : "challenge not passed");
    if (m.recall !== null) parts.push("recall " + Math.round(m.recall * 100) + "%");
    title.textContent = parts.join(" · ");
    var arc = circle(cx, cy, "arc");
    arc.setAttribute("stroke-dasharray", (m.value * CIRCUMFERENCE).toFixed(2) + " " + CIRCUMFERENCE.toFixed(2));
    arc.setAttribute("transform", "rotate(-90 " + cx + " " + cy + ")");
    g.appendChild(title);
    g.appendChild(circle(cx, cy, "track"));
    g.appendChild(arc);
    link.querySelector("g.node").appendChild(g);
  }

  function draw() {
    var frame = document.querySelector("#graph[data-mastery]");
    if (!frame) return;
    fetch(frame.dataset.mastery, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (mastery) {
        Object.keys(mastery).forEach(function (node) {
          var link = frame.querySelector('a.node-link[data-node="' + CSS.escape(node) + '"]');
          if (link) ring(link, mastery[node], frame.dataset.masteryLabel);
        });
        frame.dataset.masteryDrawn = "true";
      });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", function (e) {
    if (e.target && (e.target.id === "graph" || e.target.id === "roadmap-body")) draw();
  });
})();
