// Progressive enhancement: the pages read and work without this file. The roadmap graph's script is graph.js.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("change", function (e) {
    var box = e.target.closest("input.check[data-url]");
    if (!box || !window.htmx) return;
    htmx.ajax("POST", box.dataset.url, {
      source: box, swap: "none", values: { status: box.checked ? "done" : "todo" }
    });
  });
})();
