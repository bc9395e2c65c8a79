// The code editor: CodeMirror over each textarea.code-editor. Without this file the textareas still submit.
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

  function init() {
    if (!window.CodeMirror) return;
    document.querySelectorAll("textarea.code-editor").forEach(function (area) {
      if (area.dataset.editor) return;
      area.dataset.editor = "1";
      // Esc, then Tab, leaves the editor: Tab alone indents, so the keyboard is never trapped.
      var leaving = false;
      var editor = CodeMirror.fromTextArea(area, {
        mode: "python", lineNumbers: true, indentUnit: 4, matchBrackets: true,
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
