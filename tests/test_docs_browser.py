"""The built site as a reader sees it, in headless Chromium (Debian's ``chromium``).

The site is built once (``mkdocs build --strict``), served on 127.0.0.1 by a bounded
``http.server`` thread, and Chromium is driven over the DevTools protocol through a pipe
(``--remote-debugging-pipe``: no websocket client, no driver, no browser download). The
tests check what a reader would: the rule pages render, decision tables are not cut off,
Polish letters come out right, and the search finds a rule.

Without mkdocs or Chromium the tests are skipped, saying why; with ``CI=true`` they fail
instead, so that CI can never pass by skipping them.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import functools
import http.server
import importlib.util
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"
TIMEOUT = 30.0
"""Seconds any one browser step may take before the test fails."""


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def _site_tools() -> None:
    _require(
        importlib.util.find_spec("mkdocs") is not None
        and importlib.util.find_spec("material") is not None,
        "mkdocs-material is not installed (pip install -e '.[docs]')",
    )
    _require(CHROMIUM.is_file(), f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _site_tools()
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return target


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


class Browser:
    """Headless Chromium over the DevTools protocol on a pipe (fd 3 in, fd 4 out)."""

    def __init__(self, profile: Path) -> None:
        commands_r, self._to_browser = os.pipe()
        self._from_browser, replies_w = os.pipe()
        # above 4, so that moving them onto fds 3 and 4 cannot overwrite one another
        commands = fcntl.fcntl(commands_r, fcntl.F_DUPFD_CLOEXEC, 10)
        replies = fcntl.fcntl(replies_w, fcntl.F_DUPFD_CLOEXEC, 10)
        for fd in (commands_r, replies_w):
            os.close(fd)
        arguments = [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "--window-size=1280,900",
            "about:blank",
        ]
        # the protocol's pipe is the child's fd 3 (commands in) and fd 4 (replies, events out)
        self._pid = os.posix_spawn(
            str(CHROMIUM),
            arguments,
            dict(os.environ),
            file_actions=[
                (os.POSIX_SPAWN_DUP2, commands, 3),
                (os.POSIX_SPAWN_DUP2, replies, 4),
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
            ],
        )
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def call(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result
            self._events.append(reply)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def open(self, url: str) -> None:
        self._events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("document.readyState === 'complete' && !!document.querySelector('h1')")

    def eval(self, expression: str) -> Any:
        reply = self.call(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_for(self, expression: str) -> Any:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"waited in vain for: {expression}")

    def type_text(self, text: str) -> None:
        for char in text:
            self.call("Input.dispatchKeyEvent", session=True, type="keyDown", text=char)
            self.call("Input.dispatchKeyEvent", session=True, type="keyUp", text=char)

    def screenshot(self, path: Path, *, full_page: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", session=True, **params)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close")
        deadline = time.monotonic() + 10
        while os.waitpid(self._pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
                break
            time.sleep(0.05)
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chromium = Browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield chromium
    finally:
        chromium.close()


SHOTS = (
    Path(os.environ.get("REGULAMIN_DOCS_SCREENSHOTS", ""))
    if os.environ.get("REGULAMIN_DOCS_SCREENSHOTS")
    else None
)
"""A folder to keep screenshots in, for a person to look at (unset: none are kept)."""


def _shot(browser: Browser, name: str, *, full_page: bool = False) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        browser.screenshot(SHOTS / f"{name}.png", full_page=full_page)


def test_a_rule_page_renders_with_its_sections(browser: Browser, server: str) -> None:
    browser.open(f"{server}/rules/status/customer/")
    title = browser.eval("document.querySelector('h1').textContent")
    headings = browser.eval("[...document.querySelectorAll('h2')].map(h => h.textContent)")
    examples = browser.eval("document.querySelectorAll('h3[id^=example-]').length")
    _shot(browser, "rule-status-customer")
    assert title.startswith("Status kupującego")
    assert any(h.startswith("Podstawa prawna") for h in headings)
    assert any(h.startswith("Tabela decyzyjna") for h in headings)
    assert any(h.startswith("Przykłady") for h in headings)
    assert examples >= 1
    # the legal basis of the first version, rendered (not left as Markdown source)
    basis = browser.eval("document.querySelector('article table').innerText")
    assert "art. 22¹ KC" in basis
    assert "|" not in browser.eval("document.querySelector('article table').innerText")


def test_polish_letters_are_rendered_right(browser: Browser, server: str) -> None:
    from regulamin.registry import REGISTRY  # noqa: PLC0415
    from regulamin.site import load_rules  # noqa: PLC0415  (only when the site is there)

    load_rules()
    status = REGISTRY["status.customer"]
    browser.open(f"{server}/rules/status/customer/")
    _shot(browser, "polish-letters")
    assert browser.eval("document.characterSet") == "UTF-8"
    assert browser.eval("document.documentElement.lang") == "pl"
    heading = browser.eval("document.querySelector('h1').textContent")
    text = browser.eval("document.querySelector('article').textContent")
    # the registry's own Polish text, letter for letter, as the reader sees it
    assert heading.startswith(status.title.pl)
    assert status.summary.pl in " ".join(text.split())
    assert "Podstawa prawna" in text
    browser.open(f"{server}/timeline/")
    text += browser.eval("document.querySelector('article').textContent")
    for letter in "ąęłńóśźż":
        assert letter in text.lower(), f"no {letter!r} rendered"
    # mojibake of UTF-8 read as Latin-1 or Windows-1250 ("Ä…", "Å‚", "Ĺ‚")
    for broken in ("Ä", "Å", "Ĺ", "\ufffd"):
        assert broken not in text, broken


_TABLES = """[...document.querySelectorAll('article table')]
    .filter(table => table.offsetParent !== null)
    .map(table => {
        const wrap = table.closest('.md-typeset__scrollwrap');
        const box = wrap || table.parentElement;
        const style = getComputedStyle(box);
        const cells = [...table.rows[0].cells];
        return {
            fits: table.scrollWidth <= box.clientWidth + 1,
            scrolls: ['auto', 'scroll'].includes(style.overflowX)
                     && box.scrollWidth >= table.scrollWidth,
            columns: cells.length,
            visible: cells.filter(c => c.getBoundingClientRect().width > 0).length,
            textFits: [...table.querySelectorAll('td, th')].every(
                c => c.scrollWidth <= c.clientWidth + 1),
        };
    })"""


def _check_tables(browser: Browser, page: str) -> int:
    report = browser.eval(_TABLES)
    for number, table in enumerate(report):
        assert table["fits"] or table["scrolls"], f"{page}: table {number} is cut off"
        assert table["visible"] == table["columns"], f"{page}: table {number} hides columns"
        assert table["textFits"], f"{page}: a cell of table {number} cuts its text"
    return len(report)


def test_decision_tables_are_not_cut_off(browser: Browser, server: str) -> None:
    for page in ("rules/status/customer/", "rules/", "timeline/", "facts/"):
        browser.open(f"{server}/{page}")
        assert _check_tables(browser, page) > 0, f"{page}: no table rendered"
    # the English tables, shown once the reader picks English
    browser.open(f"{server}/rules/status/customer/")
    browser.eval("document.querySelector('.tabbed-labels label:nth-child(2)').click()")
    assert _check_tables(browser, "rules/status/customer/ (English)") > 0
    browser.eval("document.querySelector('.tabbed-labels label:nth-child(1)').click()")
    _shot(browser, "rule-status-customer-full", full_page=True)


def test_english_is_alongside_in_linked_tabs(browser: Browser, server: str) -> None:
    browser.open(f"{server}/rules/status/customer/")
    labels = browser.eval(
        "[...document.querySelectorAll('.tabbed-labels label')].map(l => l.textContent)"
    )
    assert labels[:2] == ["Polski", "English"]
    browser.eval("document.querySelector('.tabbed-labels label:nth-child(2)').click()")
    shown = browser.eval(
        "[...document.querySelectorAll('.tabbed-block')].filter(b => b.offsetParent !== null)"
        ".map(b => b.innerText).join(' ')"
    )
    assert "The buyer" in shown or "For this contract" in shown
    browser.eval("document.querySelector('.tabbed-labels label:nth-child(1)').click()")


def test_search_finds_a_rule(browser: Browser, server: str) -> None:
    browser.open(f"{server}/")
    browser.eval("document.querySelector('label[for=__search]').click()")
    browser.wait_for("document.activeElement && document.activeElement.name === 'query'")
    browser.type_text("przedsiębiorca")
    results = browser.wait_for(
        "[...document.querySelectorAll('.md-search-result__item')].map(i => i.innerText)"
        ".filter(t => t.length).slice(0, 5)"
    )
    _shot(browser, "search")
    assert any("przedsiębior" in r.lower() for r in results), results
    first_link = browser.eval("document.querySelector('.md-search-result__link').href")
    assert first_link.startswith(server)
