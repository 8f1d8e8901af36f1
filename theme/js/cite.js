/* "Cite this briefing": a Copy button beside each citation style. The script inserts the buttons itself,
   so a reader without JavaScript sees no dead button, only citations that select with one click. */
(function () {
  "use strict";
  var box = document.querySelector(".cite");
  if (!box || !box.querySelector(".citation")) return;

  var status = document.createElement("p");
  status.className = "cite-status";
  status.setAttribute("role", "status");
  box.appendChild(status);

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(node) {
    var text = node.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    selectText(node);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  box.querySelectorAll("dd .citation").forEach(function (citation) {
    var term = citation.closest("dd").previousElementSibling;
    var style = term ? term.textContent.trim() : "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy " + style + " citation");
    button.addEventListener("click", function () {
      copy(citation).then(function () {
        status.textContent = style + " citation copied.";
      }, function () {
        selectText(citation);
        status.textContent = "Could not copy: the " + style + " citation is selected, press Ctrl+C (⌘C) to copy it.";
      });
    });
    if (term) term.appendChild(button); else citation.parentNode.appendChild(button);
  });
})();
