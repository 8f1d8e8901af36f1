/// The live-reload script the preview serves at `/__sitegen/reload.js`; it makes no other requests.
///
/// It listens for `reload` (reload the page) and `errors` (show an overlay listing `path:line: message`).
/// The overlay is a labelled dialog announced by screen readers, dismissable with its button or Escape.
enum ReloadScript {
    static let path = "/__sitegen/reload.js"
    static let events = "/__sitegen/events"

    static let source = """
    (() => {
      "use strict";
      const id = "sitegen-errors";
      function hide() { const old = document.getElementById(id); if (old) old.remove(); }
      function show(report) {
        hide();
        const box = document.createElement("div");
        box.id = id;
        box.setAttribute("role", "alertdialog");
        box.setAttribute("aria-live", "assertive");
        box.setAttribute("aria-labelledby", id + "-title");
        box.style.cssText = "position:fixed;inset:1rem;z-index:2147483647;overflow:auto;padding:1rem 1.25rem;" +
          "background:#1d1d1f;color:#fff;font:14px/1.5 ui-monospace,monospace;border:3px solid #e5484d;border-radius:8px";
        const title = document.createElement("h2");
        title.id = id + "-title";
        title.style.cssText = "margin:0 0 .5rem;font:bold 16px/1.3 system-ui,sans-serif";
        title.textContent = "The last edit broke the build (" + report.errors + " error" + (report.errors === 1 ? "" : "s") +
          "); the page shows the last good version.";
        const list = document.createElement("ul");
        list.style.cssText = "margin:0;padding-left:1.25rem";
        for (const d of report.diagnostics) {
          const item = document.createElement("li");
          item.textContent = d.text;
          list.appendChild(item);
        }
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = "Dismiss";
        close.style.cssText = "margin-top:1rem;font:inherit;padding:.25rem .75rem";
        close.addEventListener("click", hide);
        box.append(title, list, close);
        document.body.appendChild(box);
        close.focus();
      }
      document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
      const source = new EventSource("\(events)");
      source.addEventListener("reload", () => location.reload());
      source.addEventListener("errors", (e) => show(JSON.parse(e.data)));
    })();

    """
}
