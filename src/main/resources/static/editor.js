// The code editor: CodeMirror over each textarea.code-editor. Without this file the textareas still submit.
(function () {
  "use strict";
  var editors = [];

  function init() {
    if (!window.CodeMirror) return;
    document.querySelectorAll("textarea.code-editor").forEach(function (area) {
      if (area.dataset.editor) return;
      area.dataset.editor = "1";
      var editor = CodeMirror.fromTextArea(area, {
        mode: "python", lineNumbers: true, indentUnit: 4, matchBrackets: true,
        extraKeys: {
          Tab: function (cm) { cm.replaceSelection("    "); },
          "Ctrl-Enter": function (cm) { cm.save(); area.form.requestSubmit(); },
          "Cmd-Enter": function (cm) { cm.save(); area.form.requestSubmit(); }
        }
      });
      editor.getWrapperElement().setAttribute("aria-label", area.labels.length ? area.labels[0].textContent : "code");
      editors.push(editor);
    });
  }

  // Before htmx (or the browser) reads the form, copy each editor back into its textarea.
  document.addEventListener("submit", function () {
    editors.forEach(function (editor) { editor.save(); });
  }, true);
  document.addEventListener("DOMContentLoaded", init);
})();
