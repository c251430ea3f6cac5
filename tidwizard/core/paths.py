"""Where tidwizard keeps its files: --home / TIDWIZARD_HOME, else the platform's user folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "tidwizard"
HOME_ENV = "TIDWIZARD_HOME"


@dataclass(frozen=True)
class Home:
    """All locations tidwizard writes to; with an explicit home, all are below one folder."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def secret_file(self) -> Path:
        return self.config_dir / "secret"

    @property
    def companies_dir(self) -> Path:
        """Administration company databases (one SQLite file per company)."""
        return self.data_dir / "companies"

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Home:
        chosen = home if home is not None else os.environ.get(HOME_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(config_dir=root, data_dir=root, log_dir=root / "logs")
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME)),
        )

    def ensure(self) -> None:
        """Create the folders, readable only by the user."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.companies_dir):
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
