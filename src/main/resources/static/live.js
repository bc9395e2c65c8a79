// State that stays true without a reload: times in the reader's own time zone, and a topic's status followed by
// every part of the page that shows it. Without this file the pages show UTC times and update on reload.
(function () {
  "use strict";

  var STATUSES = ["todo", "learning", "done", "skipped"];

  function localTimes(root) {
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
    root.querySelectorAll("time.local-time[datetime]").forEach(function (time) {
      if (time.dataset.local) return;
      var at = new Date(time.getAttribute("datetime"));
      if (isNaN(at.getTime())) return;
      time.title = time.textContent;
      time.textContent = format.format(at);
      time.dataset.local = "1";
    });
  }

  function setStatusClass(element, status) {
    STATUSES.forEach(function (s) { element.classList.remove("status-" + s); });
    element.classList.add("status-" + status);
  }

  function labelFor(status) {
    var button = document.querySelector(".status-buttons button[data-status='" + status + "']");
    var outline = document.querySelector(".outline-view");
    if (button) return button.textContent.trim();
    return outline ? outline.dataset["label" + status.charAt(0).toUpperCase() + status.slice(1)] : status;
  }

  function followOutline(node, status) {
    var row = document.querySelector(".outline li[data-node='" + node + "']");
    if (!row) return;
    setStatusClass(row, status);
    var box = document.getElementById("check-" + node);
    if (box) box.checked = status === "done" || status === "skipped";
    var line = box ? box.parentElement : row.querySelector(".row");
    if (!line) return;
    var badge = line.querySelector(":scope > .badge.status-learning, :scope > .badge.status-skipped");
    if (status === "learning" || status === "skipped") {
      if (!badge) {
        badge = document.createElement("span");
        line.querySelector(":scope > a.title").after(badge);
      }
      badge.className = "badge status-" + status;
      badge.textContent = labelFor(status);
    } else if (badge) {
      badge.remove();
    }
  }

  function followTopicPage(node, status) {
    var article = document.querySelector("article.node-page[data-node='" + node + "']");
    var badge = document.getElementById("node-status");
    if (!article || !badge) return;
    setStatusClass(article, status);
    badge.className = "badge status-" + status;
    badge.textContent = labelFor(status);
  }

  function followButtons(node, own) {
    document.querySelectorAll("[data-node='" + node + "'] .status-buttons button[data-status]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.status === own ? "true" : "false");
    });
    document.querySelectorAll("button.mark-done[data-node='" + node + "']").forEach(function (b) {
      if (own !== "done" && own !== "skipped") return;
      b.disabled = true;
      b.textContent = b.dataset.doneLabel;
      b.classList.add("marked");
    });
  }

  document.addEventListener("statusChanged", function (e) {
    var change = e.detail;
    if (!change || !change.shown) return;
    Object.keys(change.shown).forEach(function (node) {
      followOutline(node, change.shown[node]);
      followTopicPage(node, change.shown[node]);
    });
    followButtons(change.node, change.own);
  });

  document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
  document.addEventListener("htmx:afterSettle", function (e) { localTimes(e.target); });
  document.addEventListener("htmx:sseMessage", function () { localTimes(document); });
})();
