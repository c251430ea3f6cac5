"""A real headless Chromium (Debian's `chromium` and `chromium-driver`) driven by selenium, and
`tidwizard serve` as a real process: for tests/test_serve_browser.py.

textual-serve draws the terminal with xterm.js on canvases (WebGL or 2D), so the page's DOM
holds no text. The page keeps its xterm.js `Terminal` in a closure; a script that runs before
the page's own catches it as it is stored (`this.terminal = new Terminal(...)`), and the screen
is read from the terminal's buffer, row by row, as the user sees it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Offline and quiet: no GPU, no QUIC, no first-run or background requests, no updates or sync.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,800",
    # No name resolves but 127.0.0.1: whatever a page asks for, nothing leaves the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
)
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal", {
      value, writable: true, configurable: true, enumerable: true,
    });
    if (value && value.buffer && value.buffer.active) { window.tidwizardTerminal = value; }
  },
});
"""
READ_SCREEN = """
const terminal = window.tidwizardTerminal;
if (!terminal) { return null; }
const buffer = terminal.buffer.active, rows = [];
for (let y = 0; y < terminal.rows; y++) {
  const line = buffer.getLine(buffer.viewportY + y);
  rows.push(line ? line.translateToString(true) : "");
}
return rows;
"""
WAIT = 60.0  # seconds: a deadline for failing, never a measure (2 shared cores)


def require_browser() -> None:
    """Fail in CI when Chromium or its driver is missing (.ci/run installs them); elsewhere,
    with CI unset, skip: a developer's machine may have no browser."""
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if not missing:
        return
    why = f"{', '.join(missing)} missing: apt-get install chromium chromium-driver"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


@contextmanager
def chromium() -> Iterator[WebDriver]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    with tempfile.TemporaryDirectory(prefix="tidwizard-chromium-") as profile:
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        try:
            driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_TERMINAL}
            )
            yield driver
        finally:
            driver.quit()


def screen(driver: WebDriver) -> list[str]:
    """The terminal's rows as shown now (none before the page has made its terminal)."""
    rows = driver.execute_script(READ_SCREEN)
    return list(rows or [])


def wait_for_screen(driver: WebDriver, condition: Callable[[list[str]], bool]) -> list[str]:
    deadline = time.monotonic() + WAIT
    while not condition(rows := screen(driver)):
        if time.monotonic() > deadline:
            shown = "\n".join(row for row in rows if row.strip())
            raise AssertionError(f"the page never showed what was expected; it shows:\n{shown}")
        time.sleep(0.1)
    return rows


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(*argv: str, output: Path, env: dict[str, str] | None = None) -> Iterator[Served]:
    """`tidwizard serve ...` as its own process group (the server and the TUIs it starts per
    connection), ready to answer; every process of the group is killed at the end."""
    with output.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "tidwizard", "serve", *argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    server = Served(process, output)
    try:
        yield server
    finally:
        server.kill_group()


class Served:
    def __init__(self, process: subprocess.Popen[bytes], output: Path) -> None:
        self.process = process
        self.output = output

    def wait_listening(self, port: int) -> None:
        deadline = time.monotonic() + WAIT
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"tidwizard serve ended: {self.output.read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def group_alive(self) -> bool:
        try:
            os.killpg(self.process.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def stop(self) -> int:
        """SIGTERM, as Ctrl-C's twin; the exit code once the server and its TUIs are gone."""
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=WAIT)
        deadline = time.monotonic() + WAIT
        while self.group_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        return code

    def kill_group(self) -> None:
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=WAIT)
