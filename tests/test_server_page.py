"""The page for editors in a real headless browser: Debian's Chromium (/usr/bin/chromium,
installed by .ci/run when missing) driven by Playwright against the real server.

Set TQCHECK_SCREENSHOT_DIR=docs to also write the README's screenshots (serve-1400.png and
serve-420.png) there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server_support import DRAFT, Server, start_server

CHROMIUM = Path(os.environ.get("TQCHECK_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("serve-page") / "server.log"
    running = start_server(log, "--no-semantic")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


def _new_page(browser: Any, width: int, height: int) -> Any:
    # Playwright's wait_for_function evaluates strings, which the page's Content-Security-
    # Policy forbids (test_page_policy checks the policy itself).
    return browser.new_page(viewport={"width": width, "height": height}, bypass_csp=True)


def test_page_policy(server: Server) -> None:
    answer = server.request("GET", "/")
    policy = answer.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    page = answer.body.decode("utf-8")
    assert "http://" not in page and "https://" not in page  # no CDN, nothing external


def _check_draft(page: Any, server: Server, text: str) -> None:
    page.goto(server.url + "/")
    page.fill("#draft", text)
    page.click("#check")
    page.wait_for_selector("#results:not([hidden]) mark.hl")


def test_paste_check_and_apply(server: Server, browser: Any, tmp_path: Path) -> None:
    page = _new_page(browser, 1400, 1000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _check_draft(page, server, DRAFT)
    # The article shows the text exactly, with a highlight per finding.
    assert page.inner_text("#article") == DRAFT
    rules = page.eval_on_selector_all("mark.hl[id]", "ms => ms.map(m => m.dataset.rule)")
    assert {"TQ201", "TQ501", "TQ105"} <= set(rules)
    assert page.locator("#findings > li").count() == len(rules)
    assert "finding" in page.inner_text("#status")
    # The suggestion is on the highlight: its tooltip text, shown on focus.
    doubled = page.locator('mark.hl[data-rule="TQ201"]')
    assert "Suggestion: The" in doubled.get_attribute("data-tip")
    # Keyboard: Tab reaches a highlight; Enter moves focus to its finding's Apply button.
    doubled.focus()
    _screenshot(page, "serve-1400.png")  # with the tooltip of the focused highlight
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused.startswith("Apply the suggestion of TQ201")
    page.keyboard.press("Enter")
    page.wait_for_function("!document.getElementById('draft').value.includes('The the')")
    text = page.input_value("#draft")
    assert "The ministry said" in text and "Tuesday, 5 October" in text
    page.wait_for_function("!document.querySelector('mark.hl[data-rule=\"TQ201\"]')")
    assert "Applied TQ201" in page.inner_text("#status")
    # Apply the one weekday fix (unsafe: it has its own button and a note), then all safe.
    item = page.locator("#findings > li", has=page.locator("code", has_text="TQ501"))
    assert "check before applying" in item.inner_text()
    item.locator("button.apply").click()
    page.wait_for_function("document.getElementById('draft').value.includes('Monday, 5 Oct')")
    page.click("#apply-safe")
    page.wait_for_function("!document.getElementById('draft').value.includes('\\n\\n\\n')")
    assert "Applied 1 safe fix" in page.inner_text("#status")
    fixed = page.input_value("#draft")
    assert page.inner_text("#article") == fixed
    # Download gives the corrected text.
    with page.expect_download() as download:
        page.click("#download")
    saved = tmp_path / "saved.txt"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8") == fixed
    assert errors == []
    page.close()


def test_narrow_screen_and_errors(server: Server, browser: Any) -> None:
    page = _new_page(browser, 420, 900)
    _check_draft(page, server, DRAFT)
    # Nothing wider than the screen: no sideways scrolling at 420 px.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 420
    box = page.locator("#draft").bounding_box()
    assert box is not None and box["width"] > 300
    _screenshot(page, "serve-420.png")
    # Editing marks the findings stale; an empty text gets a message, not a request.
    page.fill("#draft", "")
    page.click("#check")
    assert "Paste or open a text first" in page.inner_text("#status")
    page.close()


def test_open_a_markdown_file(server: Server, browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Shelling in Ganja.\n\nThe the ministry said so.\n", encoding="utf-8")
    page = _new_page(browser, 1000, 800)
    page.goto(server.url + "/")
    page.set_input_files("#file", str(path))
    page.wait_for_function("document.getElementById('draft').value.length > 0")
    assert page.input_value("#format") == "markdown"
    page.click("#check")
    page.wait_for_selector("mark.hl")
    rules = set(page.eval_on_selector_all("mark.hl[id]", "ms => ms.map(m => m.dataset.rule)"))
    assert {"TQ103", "TQ201"} <= rules  # the heading's full stop: read as Markdown
    page.close()


def _screenshot(page: Any, name: str) -> None:
    target = os.environ.get("TQCHECK_SCREENSHOT_DIR")
    if target:
        page.screenshot(path=str(Path(target) / name), full_page=True)
