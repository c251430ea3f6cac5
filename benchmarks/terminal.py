"""Run a full-screen program in a pseudo-terminal and time its first painted screen.

"First paint" is the moment the terminal has received a frame that shows ``marker``: escape
sequences are stripped from everything the program wrote so far and the text searched. The
marker is chosen from the bottom line (the footer's quit key), so the whole first frame is in.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from collections.abc import Sequence

ESCAPES = re.compile(
    rb"\x1b(?:"
    rb"\[[0-9;?<>=]*[ -/]*[@-~]"  # CSI: cursor moves, colours, modes
    rb"|\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: title, clipboard
    rb"|P[^\x1b]*\x1b\\"  # DCS
    rb"|[()][0-9A-B]|[=>78cDEHMNOZ])"  # charsets and single-character controls
)
ROWS, COLUMNS = 30, 100


def strip_escapes(output: bytes) -> str:
    return ESCAPES.sub(b"", output).decode("utf-8", "replace")


def seconds_to_first_paint(
    command: Sequence[str], marker: str, env: dict[str, str], *, timeout: float = 30.0
) -> float:
    """Start ``command`` on a fresh 100x30 pseudo-terminal; seconds until ``marker`` shows."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    env = {**env, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
    started = time.perf_counter()
    child = subprocess.Popen(
        list(command),
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,  # its own controlling terminal: the pty, never ours
    )
    os.close(follower)
    output = b""
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if not ready:
                if child.poll() is not None:
                    break
                continue
            try:
                output += os.read(leader, 65536)
            except OSError:  # the program closed the terminal
                break
            if marker in strip_escapes(output):
                return time.perf_counter() - started
        tail = strip_escapes(output)[-600:]
        raise RuntimeError(f"{command[0]} painted no {marker!r} in {timeout:g} s: {tail!r}")
    finally:
        _stop(child, leader)


def _stop(child: subprocess.Popen[bytes], leader: int) -> None:
    if child.poll() is None:
        child.terminate()
    deadline = time.monotonic() + 10
    while child.poll() is None and time.monotonic() < deadline:
        # Keep reading, so a program writing on its way out never blocks on a full terminal.
        if select.select([leader], [], [], 0.05)[0]:
            try:
                os.read(leader, 65536)
            except OSError:
                break
    if child.poll() is None:
        child.kill()
        child.wait()
    os.close(leader)
