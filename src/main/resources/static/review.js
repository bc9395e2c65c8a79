// The review session's keys: Space shows the answer, 1-4 rate, z undoes. Code is highlighted as Python.
(function () {
  "use strict";

  function card() {
    return document.querySelector("#review-card");
  }

  function show() {
    var c = card();
    if (!c) return;
    var back = c.querySelector(".review-back");
    var ratings = c.querySelector(".ratings");
    if (!back || !back.hidden) return;
    back.hidden = false;
    ratings.hidden = false;
    var row = c.querySelector(".show-row");
    if (row) row.hidden = true;
    var good = ratings.querySelector(".rating-good");
    if (good) good.focus();
  }

  function highlight() {
    if (!window.CodeMirror || !CodeMirror.runMode) return;
    document.querySelectorAll("pre.code-python:not(.cm-s-default)").forEach(function (pre) {
      var text = pre.textContent;
      pre.textContent = "";
      pre.classList.add("cm-s-default");
      CodeMirror.runMode(text, "python", pre);
    });
  }

  document.addEventListener("click", function (e) {
    if (e.target.closest(".show-answer")) show();
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.matches && e.target.matches("input, textarea, select")) return;
    var c = card();
    if (!c || c.querySelector(".htmx-request")) return;
    if (e.key === " " || e.key === "Enter") {
      var back = c.querySelector(".review-back");
      if (back && back.hidden) {
        e.preventDefault();
        show();
      }
      return;
    }
    var ratings = c.querySelector(".ratings");
    var button = null;
    if (/^[1-4]$/.test(e.key) && ratings && !ratings.hidden) {
      button = ratings.querySelector('[data-key="' + e.key + '"]');
    } else if (e.key === "z") {
      button = c.querySelector('[data-key="z"]');
    }
    if (button) {
      e.preventDefault();
      button.click();
    }
  });

  // A rating refused because the card was rated meanwhile (another tab): start again from what is due now.
  document.addEventListener("htmx:responseError", function (e) {
    if (e.detail.target && e.detail.target.id === "review-card") window.location.assign("/review");
  });

  document.addEventListener("DOMContentLoaded", highlight);
  document.addEventListener("htmx:afterSettle", highlight);
})();
