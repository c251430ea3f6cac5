"""A small hostile stand-in for Tid on loopback: it answers the token call as Tid does, and every
other request as its ``answer`` says (dripping, huge, cut off, looping), in raw HTTP/1.1.

It runs its own event loop in a thread, so a client in the test's loop meets a real socket.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

TOKEN = json.dumps({"accessToken": "pk_hostile.pa_hostile", "expires": None}).encode()

Write = Callable[[bytes], Awaitable[None]]
Answer = Callable[[str, Write], Awaitable[None]]  # (request line, write) -> writes an answer


def head(status: int, length: int | None, extra: str = "") -> bytes:
    size = "" if length is None else f"Content-Length: {length}\r\n"
    return f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{size}{extra}\r\n".encode()


async def plain(status: int, body: bytes, write: Write) -> None:
    await write(head(status, len(body)) + body)


@dataclass
class HostileServer:
    answer: Answer
    url: str = ""
    requests: list[str] = field(default_factory=list)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async def write(data: bytes) -> None:
            writer.write(data)
            await writer.drain()

        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                line = request.split(b"\r\n", 1)[0].decode()
                length = 0
                for header in request.split(b"\r\n")[1:]:
                    name, _, value = header.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                if length:
                    await reader.readexactly(length)
                self.requests.append(line)
                if " /v1/Auth/Token" in line:
                    await plain(200, TOKEN, write)
                else:
                    await self.answer(line, write)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()


@contextmanager
def hostile_server(answer: Answer) -> Iterator[HostileServer]:
    server = HostileServer(answer)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, asyncio.Server] = {}

    async def start() -> None:
        holder["server"] = await asyncio.start_server(server._serve, "127.0.0.1", 0)
        port = holder["server"].sockets[0].getsockname()[1]
        server.url = f"http://127.0.0.1:{port}"
        ready.set()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(start(), loop)
    ready.wait(5)
    try:
        yield server
    finally:

        async def stop() -> None:
            holder["server"].close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
