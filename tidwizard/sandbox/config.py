"""How one sandbox Tid service is set up: data, limits, faults, address and profile.

Kept free of FastAPI and uvicorn so the command line can read it without loading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# "contract": TID-API.md as written; "public": the same data shaped as the real service is seen.
PROFILES = ("contract", "public")


@dataclass
class SandboxConfig:
    seed: str | int = "demo"  # "demo" or N
    # None: the demo's two companies for demo/demo, N bases in the first only (TID-API.md).
    # K: companies 1..K (demo_data.sandbox_company), each seeded alike and reached alone by
    # demo_data.sandbox_credentials(k); demo/demo reaches them all. A state file keeps its own.
    companies: int | None = None
    rate: float = 4.0  # requests per second per token; 0 = no limit
    token_ttl: float = 3600.0  # seconds; 0 = static tokens that never expire
    faults: str = ""  # "error=0.2,reset=0.1,delay=0.05,expire=0.05"
    host: str = "127.0.0.1"
    port: int = 0  # 0 = a free port
    state_file: Path | None = None  # persist state as JSON after each write, load at start
    delay_seconds: float = 3.0  # how long a 'delay' fault waits
    fault_seed: int | None = None  # a fixed seed makes the faults the same sequence every run
    profile: str = "contract"  # one of PROFILES
    # Served on a non-loopback address on purpose (--allow-remote): /v1 takes any Host header;
    # the control routes still take only loopback names.
    allow_remote: bool = False
