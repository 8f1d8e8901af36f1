#!/usr/bin/env python3
"""Live reload in a real browser: headless Chromium opens a preview page, waits for the go-ahead on
standard input (sent once the test has edited the briefing), then waits for the new text to appear.

Usage: live_reload.py URL EXPECTED_TEXT
Prints one JSON line: {"ok": true, "latency_ms": N} or {"ok": false, "error": "..."}.
Exit status 0 only when the page reloaded by itself and shows EXPECTED_TEXT.
Every wait is bounded; nothing is fetched beyond the loopback preview server.
"""
import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait


def main() -> int:
    url, expected = sys.argv[1], sys.argv[2]
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--no-first-run", "--disable-extensions", "--disable-background-networking"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(20)
    try:
        driver.get(url)
        if expected in driver.page_source:
            print(json.dumps({"ok": False, "error": "the page shows the new text before the edit"}))
            return 1
        # Mark this document: a reload replaces it, so the mark disappears only if the page reloaded itself.
        driver.execute_script("window.__sitegenBeforeEdit = true;")
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            print(json.dumps({"ok": False, "error": "no go-ahead from the test"}))
            return 1
        start = time.monotonic()

        def reloaded(d):
            return not d.execute_script("return window.__sitegenBeforeEdit === true;") and expected in d.page_source

        WebDriverWait(driver, 20, poll_frequency=0.05).until(reloaded)
        print(json.dumps({"ok": True, "latency_ms": round((time.monotonic() - start) * 1000)}))
        return 0
    except Exception as error:  # a timeout or a browser failure: report it as a result, not a traceback
        print(json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"}))
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
