/// `/search/`: Pagefind's interface, loaded from the site itself, with a way in for readers without JavaScript.
///
/// The script is a constant; the base path reaches it through a `data-` attribute, so nothing is
/// interpolated into JavaScript.
public func searchPage(basePath: String, bundleHref: String, topicsHref: String, timelineHref: String) -> HTML {
    """
    <h1>Search</h1>
    <p class="lede">Search the text of every briefing; filter the results by topic or year.</p>
    <link rel="stylesheet" href="\(bundleHref)pagefind-ui.css">
    <div id="search" class="search-ui" data-base="\(basePath)"></div>
    <noscript><p class="search-noscript">Search needs JavaScript, which is off in this browser. Browse the <a href="\(topicsHref)">topic index</a> or the <a href="\(timelineHref)">timeline</a> instead.</p></noscript>
    <script src="\(bundleHref)pagefind-ui.js"></script>
    <script>
    (function () {
      var box = document.getElementById("search");
      var ui = new PagefindUI({ element: "#search", baseUrl: box.dataset.base, showImages: false, showSubResults: true });
      var input = box.querySelector("input");
      if (input) {
        input.id = "search-input";
        var label = document.createElement("label");
        label.htmlFor = "search-input";
        label.className = "search-label";
        label.textContent = "Search the briefings";
        box.parentNode.insertBefore(label, box);
      }
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) { ui.triggerSearch(q); }
    })();
    </script>

    """
}
