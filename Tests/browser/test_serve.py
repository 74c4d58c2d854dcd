#!/usr/bin/env python3
"""Browser test of `chronicle serve` (issue 21): headless Chromium driven by Selenium.

Loads the seeds' timeline, filters to Kuleba, opens a statement and checks the highlighted
span, marks it verified, reloads and finds it still verified, and checks that an article with
<script> in a quote does not run it. Takes a 1400x900 screenshot of each view (into
--screenshots DIR, default a temporary folder) and prints how long each page took to be ready.

Usage: test_serve.py CHRONICLE_BINARY [--screenshots DIR]
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


def check(name, ok, detail=""):
    results.append((name, bool(ok)))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail)), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    binary = sys.argv[1]
    shots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else tempfile.mkdtemp(prefix="chronicle-shots-")
    os.makedirs(shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="chronicle-browser-")
    server = None
    driver = None
    try:
        articles = os.path.join(work, "articles")
        shutil.copytree(os.path.join(ROOT, "seeds"), articles)
        shutil.copy(os.path.join(ROOT, "Tests", "browser", "fixtures", "005_script.txt"), articles)
        store = os.path.join(work, "store.sqlite")
        subprocess.run([binary, "ingest", articles, "--store", store], check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--store", store, "--port", str(port), "--review"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = server.stdout.readline()
        check("server starts on loopback", line.startswith("serving ") and "127.0.0.1" in line, line)
        base = "http://127.0.0.1:%d" % port

        def api(path):
            with urllib.request.urlopen(base + path, timeout=10) as r:
                return json.load(r)

        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900", "--hide-scrollbars"]:
            options.add_argument(a)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        driver.set_window_size(1400, 900)
        wait = WebDriverWait(driver, 20)

        def ready():
            wait.until(lambda d: d.execute_script("return document.body && document.body.dataset.ready === '1'"))
            # the moment the page set data-ready (not when the wait's poll saw it)
            return float(driver.execute_script("return document.body.dataset.readyAt || performance.now()"))

        def open_page(path):
            driver.get(base + path)
            return ready()

        def shot(name):
            driver.save_screenshot(os.path.join(shots, name))

        # 1. the seeds' timeline
        ms = open_page("/")
        dots = driver.find_elements(By.CSS_SELECTOR, ".chart circle.dot")
        total = api("/api/timeline")
        # facts on the same few pixels of a lane share a dot that carries their number
        counted = sum(int(d.get_attribute("data-count") or "0") for d in dots)
        check("timeline draws every dated fact in a dot of each of its lanes", counted >= len(total["dated"]) > 0 and len(dots) > 0, (len(dots), counted, len(total["dated"])))
        check("undated facts are listed apart", ("Undated facts (%d)" % len(total["undated"])) in driver.find_element(By.ID, "facts").text)
        print("timeline ready in %.0f ms" % ms)
        shot("serve-timeline.png")

        # 2. filter to Kuleba
        box = driver.find_element(By.CSS_SELECTOR, "#filters input[name=actor]")
        box.clear()
        box.send_keys("Kuleba")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
        wait.until(lambda d: "actor=Kuleba" in d.current_url and "Kuleba" in d.find_element(By.ID, "summary").text or
                   d.find_element(By.ID, "summary").text.startswith(str(len(api("/api/timeline?actor=Kuleba")["dated"]) + len(api("/api/timeline?actor=Kuleba")["undated"])) + " of"))
        kuleba = api("/api/timeline?actor=Kuleba")
        expected = len(kuleba["dated"]) + len(kuleba["undated"])
        wait.until(lambda d: d.find_element(By.ID, "summary").text.startswith("%d of " % expected))
        cards = driver.find_elements(By.CSS_SELECTOR, "#facts .card")
        check("the Kuleba filter shows his facts only", 0 < len(cards) == expected < total["total"], (len(cards), expected))
        check("every card involves Kuleba", all("Kuleba" in c.text or c.get_attribute("data-id") in {f["id"] for f in kuleba["dated"] + kuleba["undated"]} for c in cards))
        shot("serve-timeline-kuleba.png")

        # 3. open a statement by Kuleba and check the highlighted span
        link = None
        for c in cards:
            if "statement" in c.get_attribute("class") and "Dmytro Kuleba" in c.find_element(By.CSS_SELECTOR, ".who").text:
                link = c.find_element(By.CSS_SELECTOR, "a.text")
                fact_id = c.get_attribute("data-id")
                break
        check("a statement by Kuleba is listed", link is not None)
        link.click()
        ms = ready()
        detail = api("/api/facts/" + urllib.parse.quote(fact_id, safe=""))
        want = [s["text"] for s in detail["segments"] if s["mark"] == "fact"]
        got = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#article mark.fact")]
        check("the fact page highlights the statement's span", got == [w.strip() for w in want] and len(got) > 0, (got, want))
        article = driver.find_element(By.ID, "article").get_attribute("textContent")
        start, end = detail["span"]
        check("the highlight sits at the span's offsets", "".join(want) == "".join(list(article)[start:end]) if all(ord(c) < 0x10000 for c in article) else True)
        print("fact page ready in %.0f ms" % ms)
        shot("serve-fact.png")

        # 4. mark it verified, reload, still verified
        driver.find_element(By.ID, "verify").click()
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready === '1' && document.getElementById('status') && document.getElementById('status').textContent === 'verified'"))
        driver.refresh()
        ready()
        check("verified survives a reload", driver.find_element(By.ID, "status").text == "verified")
        check("the store holds the decision", api("/api/facts/" + urllib.parse.quote(fact_id, safe=""))["status"] == "verified")
        shot("serve-fact-verified.png")

        # 5. markup in a quote is shown, never run
        open_page("/search?q=silenced")
        results_ = driver.find_elements(By.CSS_SELECTOR, ".card a.text")
        check("search finds the quote", len(results_) == 1)
        shot("serve-search.png")
        results_[0].click()
        ready()
        time.sleep(0.3)
        check("the <script> in the quote did not run", driver.execute_script("return window.__pwned === undefined") and driver.title != "pwned")
        check("no element was made from the article's markup",
              driver.execute_script("return document.querySelectorAll('#article script, #article img, #sentence script, #sentence img').length") == 0)
        check("the markup is shown as text", "<script>window.__pwned" in driver.find_element(By.ID, "article").get_attribute("textContent"))
        shot("serve-fact-script.png")

        # 6. the other views
        ms = open_page("/actor?id=dmytro-kuleba")
        check("the actor page lists his facts in order", len(driver.find_elements(By.CSS_SELECTOR, ".card")) > 0 and "Dmytro Kuleba" in driver.find_element(By.TAG_NAME, "h1").text)
        shot("serve-actor.png")
        open_page("/graph?actor=Kuleba")
        wait.until(lambda d: d.execute_script("var i = document.getElementById('graph'); return i && i.complete && i.naturalWidth > 0"))
        check("the event graph of the selection renders", True)
        shot("serve-graph.png")
        open_page("/review")
        check("the review queue lists unreviewed facts", len(driver.find_elements(By.CSS_SELECTOR, ".card")) > 0)
        shot("serve-review.png")
        logs = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"] if hasattr(driver, "get_log") else []
        check("no script errors in the console", not logs, logs[:3])
    except Exception as e:  # a failure to drive the browser is a failed check, with its reason
        check("browser run", False, repr(e))
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print("screenshots in " + shots)
    print("browser: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
