// The code editor: CodeMirror over each textarea.code-editor. Without this file the textareas still submit.
// What the learner types is kept as a draft in this browser, so a reload shows it again; a draft is kept against the
// code the page came with (the last submission or the starter) and is dropped once that code changes.
(function () {
  "use strict";
  var editors = [];
  var FOCUSABLE = "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled])," +
    " textarea:not([disabled]), [tabindex]:not([tabindex='-1']), [contenteditable='true']";

  // CodeMirror's own keymap would indent on a passed Tab, so the focus is moved here, in document order.
  function leave(cm, forward) {
    var input = cm.getInputField();
    var all = Array.prototype.filter.call(document.querySelectorAll(FOCUSABLE), function (e) {
      return e === input || e.offsetParent !== null;
    });
    var next = all[all.indexOf(input) + (forward ? 1 : -1)];
    if (next) next.focus();
  }

  function store(key, value) {
    try {
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { /* no storage: drafts are not kept */ }
  }

  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function keepDrafts(area, editor) {
    var owner = area.form && area.form.dataset.draft;
    if (!owner) return;
    var key = "skilltree-draft:" + owner + ":" + area.name;
    var draft = { base: area.value, text: area.value };
    if (new URLSearchParams(location.search).get("starter") === "true") {
      store(key, null);
    } else {
      var saved = stored(key);
      if (saved && saved.base === area.value && saved.text !== area.value) {
        editor.setValue(saved.text);
        draft = saved;
        var restored = document.getElementById("restored"), notice = document.getElementById("draft-restored");
        if (restored) restored.hidden = true;
        if (notice) notice.hidden = false;
      }
    }
    editor.on("change", function () {
      draft.text = editor.getValue();
      store(key, draft);
    });
    area.form.addEventListener("submit", function () {
      draft = { base: editor.getValue(), text: editor.getValue() };
      store(key, draft);
    });
  }

  function init() {
    if (!window.CodeMirror) return;
    document.querySelectorAll("textarea.code-editor").forEach(function (area) {
      if (area.dataset.editor) return;
      area.dataset.editor = "1";
      // Esc, then Tab, leaves the editor: Tab alone indents, so the keyboard is never trapped.
      var leaving = false;
      var editor = CodeMirror.fromTextArea(area, {
        mode: "python", lineNumbers: true, indentUnit: 4, matchBrackets: true, lineWrapping: false,
        inputStyle: "contenteditable", screenReaderLabel: area.labels.length ? area.labels[0].textContent : "code",
        extraKeys: {
          Tab: function (cm) {
            if (leaving) leave(cm, true); else cm.replaceSelection("    ");
          },
          "Shift-Tab": function (cm) {
            if (leaving) leave(cm, false); else cm.execCommand("indentLess");
          },
          Esc: function () { leaving = true; },
          "Ctrl-Enter": function (cm) { cm.save(); area.form.requestSubmit(); },
          "Cmd-Enter": function (cm) { cm.save(); area.form.requestSubmit(); }
        }
      });
      keepDrafts(area, editor);
      editor.on("keydown", function (cm, e) { if (e.key !== "Escape" && e.key !== "Tab") leaving = false; });
      editor.on("blur", function () { leaving = false; });
      var input = editor.getInputField();
      input.setAttribute("aria-label", area.labels.length ? area.labels[0].textContent : "code");
      if (area.hasAttribute("aria-describedby")) input.setAttribute("aria-describedby", area.getAttribute("aria-describedby"));
      editors.push(editor);
    });
  }

  // Before htmx (or the browser) reads the form, copy each editor back into its textarea.
  document.addEventListener("submit", function () {
    editors.forEach(function (editor) { editor.save(); });
  }, true);
  document.addEventListener("DOMContentLoaded", init);
})();
