"""The sandbox Tid service in its own process, so its CPU never competes with the measured
client for one interpreter's GIL (the machine's second core serves it)."""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
import time
from types import TracebackType
from typing import Any

import httpx

from tidwizard.sandbox.control import CONTROL_HEADERS

URL = re.compile(r"http://[0-9.]+:\d+")
STARTUP_TIMEOUT = 120.0  # seeding 20,000 bases takes a few seconds on a slow machine


def child_environment(**extra: str) -> dict[str, str]:
    """The environment every benchmark child runs in: no keyring, Swedish, nothing inherited
    that would point tidwizard at the user's real home."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TIDWIZARD_")}
    env.update(TIDWIZARD_KEYRING="off", TIDWIZARD_LANG="sv", **extra)
    return env


class SandboxProcess:
    """``tidwizard sandbox serve --seed N --rate R --profile P [--companies K]`` on a free
    loopback port."""

    def __init__(
        self,
        *,
        seed: int | str,
        rate: float = 0.0,
        profile: str = "contract",
        companies: int | None = None,
    ) -> None:
        command = [sys.executable, "-m", "tidwizard", "sandbox", "serve"]
        command += ["--seed", str(seed), "--rate", f"{rate:g}", "--port", "0"]
        command += ["--profile", profile]
        if companies is not None:  # Tid companies 1..K, credentials demoK/demo
            command += ["--companies", str(companies)]
        self.profile = profile
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=child_environment(),
        )
        try:
            self.url = self._wait_for_url()
        except BaseException:
            self.close()
            raise
        self._http = httpx.Client(base_url=self.url, timeout=120.0)

    def _wait_for_url(self) -> str:
        assert self._process.stdout is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            seen = []
            while time.monotonic() < deadline:
                if not selector.select(timeout=deadline - time.monotonic()):
                    break
                line = self._process.stdout.readline()
                if not line:
                    break
                seen.append(line)
                if match := URL.search(line):
                    return match.group(0)
        raise RuntimeError("the sandbox did not start: " + "".join(seen).strip())

    def reset(self, seed: int | str) -> None:
        """Fresh data (N pending bases for company 1) and zeroed counters."""
        self._http.post(
            "/sandbox/reset", params={"seed": str(seed)}, headers=CONTROL_HEADERS
        ).raise_for_status()

    def stats(self) -> dict[str, Any]:
        answer = self._http.get("/sandbox/stats", headers=CONTROL_HEADERS)
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def close(self) -> None:
        if hasattr(self, "_http"):
            self._http.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
