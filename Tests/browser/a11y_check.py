#!/usr/bin/env python3
"""Reader checks of a built SiteGen site in headless Chromium.

Serves the built folder on a loopback port, then for each page type (home, a briefing, a topic, and the
timeline, events, glossary and search pages when they exist):
  * axe-core in light and dark mode: no serious or critical violations;
  * keyboard focus: the skip link appears on the first Tab and every focused control shows an outline;
  * full-page screenshots at 375 px and 1280 px; no horizontal scrolling at 375 px;
  * on a briefing at 1280 px, the body text column measures 45-90 characters a line;
  * the citation copy button exists with JavaScript and is absent without it;
  * with JavaScript disabled, every page loads with its main content visible and its navigation present;
  * no request leaves 127.0.0.1 (Chrome performance log).

Usage: a11y_check.py --site DIR [--base-path /sub/] [--label NAME] [--artifacts DIR]
Exit status 0 when every check passed, 1 when one failed, 2 when Chromium or Selenium is missing.
Called by Tests/SiteGenTests/Browser/BrowserChecksTests.swift.
"""
import argparse
import base64
import functools
import http.server
import json
import os
import shutil
import sys
import threading
import urllib.parse

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.common.exceptions import WebDriverException
    from selenium_axe_python import Axe
except ImportError as error:  # pragma: no cover - reported to the Swift test
    print(f"missing Python package: {error.name} (scripts/setup --test installs selenium and selenium-axe-python)")
    sys.exit(2)

PAGE_TYPES = [  # (name, path under the base path, required)
    ("home", "", True),
    ("briefing", None, True),
    ("topic", None, True),
    ("timeline", "timeline/", False),
    ("events", "timeline/events/", False),
    ("glossary", "glossary/", False),
    ("search", "search/", False),
]
# Rules held to zero whatever impact axe gives them: structure a reader relies on.
STRICT_RULES = {"heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique", "region", "bypass",
                "skip-link", "color-contrast", "html-has-lang", "document-title", "list", "listitem"}
WIDTHS = (375, 1280)
MEASURE = (45, 90)


class Report:
    """Collects every failure instead of stopping at the first."""

    def __init__(self):
        self.failures = []
        self.lines = []

    def say(self, line):
        self.lines.append(line)
        print(line, flush=True)

    def fail(self, line):
        self.failures.append(line)
        self.say("FAIL " + line)


def serve(folder, base_path):
    """A quiet static server for `folder` mounted at `base_path` on a free loopback port."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            parsed = urllib.parse.urlsplit(path).path
            if not parsed.startswith(base_path):
                return os.path.join(folder, "__outside_base_path__")
            return super().translate_path("/" + parsed[len(base_path):])

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def richest_page(folder, section):
    """The largest `section/<slug>/index.html` (the one with most to show: tables, notes, sources), skipping pagination."""
    root = os.path.join(folder, section)
    if not os.path.isdir(root):
        return None
    pages = [name for name in sorted(os.listdir(root))
             if name != "page" and os.path.isfile(os.path.join(root, name, "index.html"))]
    if not pages:
        return None
    name = max(pages, key=lambda n: os.path.getsize(os.path.join(root, n, "index.html")))
    return f"{section}/{name}/"


def pages_to_check(folder, report):
    pages = []
    for name, path, required in PAGE_TYPES:
        if path is None:
            path = richest_page(folder, "articles" if name == "briefing" else "topics")
        if path is None or not os.path.isfile(os.path.join(folder, path, "index.html")):
            if required:
                report.fail(f"{name}: no such page in the output")
            else:
                report.say(f"skip {name}: /{path}index.html is not in this build")
            continue
        pages.append((name, path))
    return pages


def make_driver(javascript=True):
    options = webdriver.ChromeOptions()
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(path):
            options.binary_location = path
            break
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--metrics-recording-only", "--force-color-profile=srgb", "--lang=en-GB"):
        options.add_argument(arg)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    return driver


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def run_axe(driver, report, label):
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options={"resultTypes": ["violations"]})
    violations = results["violations"]
    counts = {}
    for v in violations:
        counts[v["impact"]] = counts.get(v["impact"], 0) + len(v["nodes"])
    summary = ", ".join(f"{k} {counts[k]}" for k in ("critical", "serious", "moderate", "minor") if k in counts) or "none"
    report.say(f"  axe {label}: {len(violations)} rules violated ({summary})")
    for v in violations:
        blocking = v["impact"] in ("serious", "critical") or v["id"] in STRICT_RULES
        targets = "; ".join(" ".join(map(str, n["target"])) + (" - " + n["failureSummary"].replace("\n", " ") if blocking else "")
                            for n in v["nodes"][:4])
        line = f"axe {label}: {v['id']} ({v['impact']}): {v['help']} at {targets}"
        if blocking:
            report.fail(line)
        else:
            report.say("  note " + line)
    return {v["id"]: {"impact": v["impact"], "nodes": len(v["nodes"])} for v in violations}


FOCUS_SCRIPT = """
const el = document.activeElement;
if (!el || el === document.body) return null;
const s = getComputedStyle(el), r = el.getBoundingClientRect();
return {tag: el.tagName, text: (el.textContent || el.value || '').trim().slice(0, 40), cls: el.className,
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        shadow: s.boxShadow !== 'none', visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight};
"""


def check_focus(driver, report, label, tabs=6):
    """Tab from the top: the skip link comes first and shows; every focused control has an outline."""
    for i in range(tabs):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        state = driver.execute_script(FOCUS_SCRIPT)
        if state is None:
            report.fail(f"focus {label}: Tab {i + 1} focused nothing")
            return
        if i == 0 and "skip-link" not in str(state["cls"]):
            report.fail(f"focus {label}: the first Tab reaches {state['tag']} '{state['text']}', not the skip link")
        if not state["visible"]:
            report.fail(f"focus {label}: focused {state['tag']} '{state['text']}' is not visible")
        if not (state["outline"] or state["shadow"]):
            report.fail(f"focus {label}: focused {state['tag']} '{state['text']}' shows no focus outline")


def screenshot(driver, path):
    height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    width = driver.execute_script("return document.documentElement.clientWidth")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


MEASURE_SCRIPT = """
const p = document.querySelector('.briefing-body > p');
if (!p) return null;
const s = getComputedStyle(p);
const width = p.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
function per(text) {
  const span = document.createElement('span');
  span.style.whiteSpace = 'pre'; span.style.font = 'inherit'; span.textContent = text;
  p.appendChild(span); const w = span.getBoundingClientRect().width; span.remove();
  return w / text.length;
}
const sample = p.textContent.replace(/\\s+/g, ' ').trim();
return {width: width, zero: width / per('0'.repeat(100)), x: width / per('x'.repeat(100)),
        text: sample.length > 40 ? width / per(sample) : null, font: s.fontFamily, size: s.fontSize};
"""


def check_page(driver, report, name, url, shots, label):
    result = {"url": url}
    for scheme in ("light", "dark"):
        set_scheme(driver, scheme)
        set_width(driver, 1280)
        driver.get(url)  # afresh, so the first Tab starts from the top
        if not driver.title:
            report.fail(f"{name}: no <title>")
        result[f"axe-{scheme}"] = run_axe(driver, report, f"{name} {scheme}")
        check_focus(driver, report, f"{name} {scheme}")
    set_scheme(driver, "light")
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    for width in WIDTHS:
        set_width(driver, width)
        overflow = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        if width == 375 and overflow[0] > overflow[1]:
            wide = driver.execute_script("""
                const w = innerWidth, out = [];
                for (const el of document.querySelectorAll('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > w + 1 && !el.closest('pre, table')) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
                  if (out.length > 4) break;
                }
                return out.join('; ');""")
            report.fail(f"{name}: scrolls sideways at 375 px (scrollWidth {overflow[0]} > {overflow[1]}): {wide}")
        path = os.path.join(shots, f"{label}-{name}-{width}.png")
        screenshot(driver, path)
        result[f"screenshot-{width}"] = path
        if name == "briefing" and width == 1280:
            m = driver.execute_script(MEASURE_SCRIPT)
            if m is None:
                report.fail("briefing: no body paragraph to measure")
            else:
                text = f", {m['text']:.0f} of its own text" if m["text"] else ""
                report.say(f"  measure at 1280 px: {m['width']:.0f} px = {m['zero']:.0f} ch ('0'), {m['x']:.0f} 'x'{text}"
                           f" ({m['size']} {m['font'].split(',')[0]})")
                if not MEASURE[0] <= m["zero"] <= MEASURE[1]:
                    report.fail(f"briefing: the text column is {m['zero']:.0f} ch wide at 1280 px, not {MEASURE[0]}-{MEASURE[1]}")
                result["measure"] = m
    if name == "briefing":
        set_width(driver, 1280)
        check_cite_button(driver, report)
    return result


def check_cite_button(driver, report):
    if not driver.find_elements(By.CSS_SELECTOR, ".cite .citation"):
        report.say("  no citations on this briefing")
        return
    buttons = driver.find_elements(By.CSS_SELECTOR, ".cite button.cite-copy")
    citations = driver.find_elements(By.CSS_SELECTOR, ".cite .citation")
    if len(buttons) != len(citations):
        report.fail(f"briefing: {len(buttons)} copy buttons for {len(citations)} citations with JavaScript on")
        return
    try:
        driver.execute_cdp_cmd("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    except WebDriverException:
        pass
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
    buttons[0].click()
    status = ""
    for _ in range(20):
        status = driver.execute_script("const s = document.querySelector('.cite-status'); return s ? s.textContent : ''")
        if status:
            break
        driver.implicitly_wait(0)
        driver.execute_script("return new Promise(r => setTimeout(r, 100))")
    if "copied" not in status and "selected" not in status:
        report.fail(f"briefing: the citation copy button gave no feedback (status '{status}')")
    else:
        report.say(f"  cite copy button: '{status}'")


def check_without_javascript(driver, report, name, url):
    driver.get(url)
    main = driver.find_elements(By.CSS_SELECTOR, "main#main")
    if not main or not main[0].is_displayed() or len(main[0].text.strip()) < 40:
        report.fail(f"no-JS {name}: main content missing or hidden")
    nav = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "header nav a") if a.is_displayed()]
    if len(nav) < 3 or not all(nav):
        report.fail(f"no-JS {name}: navigation has {len(nav)} visible links")
    h1 = driver.find_elements(By.TAG_NAME, "h1")
    if len(h1) != 1 or not h1[0].is_displayed():
        report.fail(f"no-JS {name}: {len(h1)} h1 elements, or the h1 is hidden")
    if driver.find_elements(By.CSS_SELECTOR, "button.cite-copy"):
        report.fail(f"no-JS {name}: a copy button is present although JavaScript is off")
    report.say(f"  no-JS {name}: main visible, {len(nav)} nav links")


def requests_seen(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def check_requests(urls, port, report, label):
    outside = sorted({u for u in urls if not u.startswith("data:") and not u.startswith("about:")
                      and not (urllib.parse.urlsplit(u).hostname == "127.0.0.1" and urllib.parse.urlsplit(u).port == port)})
    report.say(f"  {label}: {len(urls)} requests, {len(outside)} outside 127.0.0.1:{port}")
    for u in outside:
        report.fail(f"request left the site ({label}): {u}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the built output folder")
    parser.add_argument("--base-path", default="/", help="the site's base path, e.g. /portal/")
    parser.add_argument("--label", default="site", help="prefix of screenshot names")
    parser.add_argument("--artifacts", default=None, help="where screenshots and the JSON report go")
    args = parser.parse_args()
    base = args.base_path if args.base_path.endswith("/") else args.base_path + "/"
    base = base if base.startswith("/") else "/" + base
    folder = os.path.abspath(args.site)
    artifacts = os.path.abspath(args.artifacts or os.path.join(os.path.dirname(__file__), "..", "..", ".build",
                                                               "test-artifacts"))
    shots = os.path.join(artifacts, "screenshots")
    os.makedirs(shots, exist_ok=True)

    report = Report()
    pages = pages_to_check(folder, report)
    report.say(f"{args.label}: checking {', '.join(n for n, _ in pages)}")
    server = serve(folder, base)
    port = server.server_address[1]
    origin = f"http://127.0.0.1:{port}{base}"
    results = {}
    drivers = []
    try:
        try:
            driver = make_driver(javascript=True)
        except WebDriverException as error:
            print(f"cannot start Chromium through chromedriver: {error.msg}")
            return 2
        drivers.append(driver)
        for name, path in pages:
            report.say(f"{name}: {origin}{path}")
            results[name] = check_page(driver, report, name, origin + path, shots, args.label)
        check_requests(requests_seen(driver), port, report, "JavaScript on")

        nojs = make_driver(javascript=False)
        drivers.append(nojs)
        for name, path in pages:
            check_without_javascript(nojs, report, name, origin + path)
        check_requests(requests_seen(nojs), port, report, "JavaScript off")
    finally:
        for d in drivers:
            d.quit()
        server.shutdown()

    with open(os.path.join(artifacts, f"{args.label}-browser-report.json"), "w", encoding="utf8") as f:
        json.dump({"pages": results, "failures": report.failures}, f, indent=2, default=str)
    report.say(f"{args.label}: screenshots in {shots}")
    if report.failures:
        print(f"\n{len(report.failures)} problems:\n" + "\n".join(report.failures))
        return 1
    report.say(f"{args.label}: all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
