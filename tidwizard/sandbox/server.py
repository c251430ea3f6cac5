"""Run the sandbox: in a daemon thread for tests and the demo, or in the foreground for the CLI."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from tidwizard.sandbox.app import create_app, services_of_app
from tidwizard.sandbox.config import SandboxConfig
from tidwizard.sandbox.connections import protocol_for
from tidwizard.sandbox.control import CONTROL_HEADERS
from tidwizard.sandbox.faults import parse_faults
from tidwizard.sandbox.services import SandboxServices
from tidwizard.sandbox.state import SandboxState

__all__ = ["RunningSandbox", "SandboxConfig", "serve", "start_sandbox"]

STARTUP_TIMEOUT = 15.0


def _prepare(config: SandboxConfig) -> tuple[uvicorn.Server, SandboxServices, socket.socket]:
    app = create_app(config)  # a bad setting fails before binding
    services = services_of_app(app)
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns on TCP_NODELAY only for sockets whose proto says TCP, and
    # accepted sockets inherit it. Without it every answer waits ~40 ms (Nagle + delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((config.host, config.port))
        # Listening before the address is announced: a client that connects at once (the
        # benchmarks reset the data as soon as they read the address) waits in the backlog
        # instead of being refused while uvicorn is still starting.
        sock.listen()
    except OSError:
        sock.close()
        raise
    uv_config = uvicorn.Config(
        app,
        http=protocol_for(services.connections),
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(uv_config), services, sock


def _url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class RunningSandbox:
    """A sandbox serving in a daemon thread. Also a context manager that stops it on exit."""

    def __init__(
        self, server: uvicorn.Server, services: SandboxServices, sock: socket.socket
    ) -> None:
        self._server = server
        self._services = services
        self._socket = sock
        self.url = _url_of(sock)
        self.state: SandboxState = services.state
        self.profile: str = services.profile.name
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="tid-sandbox", daemon=True
        )

    def _start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox Tid service stopped while starting")
            if self._server.started:
                try:
                    httpx.get(f"{self.url}/sandbox/stats", headers=CONTROL_HEADERS, timeout=2.0)
                    self._services.stats.clear()  # the readiness probe is not the caller's traffic
                    return
                except httpx.TransportError:
                    pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"the sandbox Tid service did not answer at {self.url}")

    def stats(self) -> dict[str, Any]:
        return self._services.stats.snapshot()

    def reset(self, seed: str | int = "demo") -> None:
        self._services.reset(seed)

    def set_faults(self, spec: str) -> None:
        """Change the injected faults at run time (FaultSpecError for a bad spec)."""
        self._services.faults.set(parse_faults(spec))

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10.0)
        self._socket.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_sandbox(config: SandboxConfig) -> RunningSandbox:
    """Start the sandbox in a daemon thread and return once it answers HTTP."""
    server, services, sock = _prepare(config)
    running = RunningSandbox(server, services, sock)
    running._start()
    return running


def serve(config: SandboxConfig, on_ready: Any = None) -> None:
    """Serve in the foreground until Ctrl-C; ``on_ready(url)`` is called once the port listens."""
    server, _, sock = _prepare(config)
    try:
        if on_ready is not None:
            on_ready(_url_of(sock))
        server.run(sockets=[sock])
    finally:
        sock.close()
