"""Everything one sandbox app holds besides its routes: data, tokens, limits, faults, counters."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from tidwizard.sandbox import persist
from tidwizard.sandbox.auth import TokenStore
from tidwizard.sandbox.config import SandboxConfig
from tidwizard.sandbox.connections import ConnectionRegistry
from tidwizard.sandbox.faults import FaultInjector, parse_faults
from tidwizard.sandbox.profiles import CONTRACT, ContractProfile, profile_named
from tidwizard.sandbox.ratelimit import RateLimiter
from tidwizard.sandbox.seed import build_companies, parse_seed
from tidwizard.sandbox.state import SandboxState
from tidwizard.sandbox.stats import Stats


@dataclass
class SandboxServices:
    state: SandboxState
    tokens: TokenStore
    limiter: RateLimiter
    faults: FaultInjector
    delay_seconds: float
    state_file: Path | None = None
    profile: ContractProfile = CONTRACT
    stats: Stats = field(default_factory=Stats)
    connections: ConnectionRegistry = field(default_factory=ConnectionRegistry)

    @classmethod
    def from_config(cls, config: SandboxConfig) -> SandboxServices:
        """The one way to build them; ValueError or FaultSpecError for a bad setting."""
        state = SandboxState()
        services = cls(
            state,
            TokenStore(config.token_ttl),
            RateLimiter(config.rate),
            FaultInjector(parse_faults(config.faults), random.Random(config.fault_seed)),
            config.delay_seconds,
            config.state_file,
            profile_named(config.profile),
        )
        if config.state_file is not None and config.state_file.exists():
            saved = persist.read(config.state_file)
            state.load(
                saved.seed, build_companies(saved.seed, saved.company_count), saved.company_count
            )
            persist.apply(state, saved)
        else:
            state.company_count = config.companies
            services.reset(config.seed)
        return services

    def reset(self, seed: str | int) -> None:
        """Fresh data for ``seed`` and zeroed counters; issued tokens, the profile and the
        number of companies stay."""
        chosen = parse_seed(seed)
        count = self.state.company_count
        self.state.load(chosen, build_companies(chosen, count), count)
        self.stats.clear()
        self.saved()

    def saved(self) -> None:
        """After every write: keep the state file (if any) up to date."""
        if self.state_file is not None:
            persist.write(self.state, self.state_file)
