"""Figure 5: from launching ``tidwizard`` (the console entry, on a configured home, so its main
screen opens) to its first painted screen, against a minimal Textual app started the same way.

Both run on a pseudo-terminal and are timed until their footer's quit key shows (see
``terminal``). Runs alternate between the two and the medians are compared.
"""

from __future__ import annotations

import compileall
import shutil
import sys
import tempfile
from pathlib import Path

import tidwizard
from benchmarks.figures import Figure, median, ratio
from benchmarks.home import configured_home
from benchmarks.minimal_app import QUIT_LABEL
from benchmarks.sandbox_process import SandboxProcess, child_environment
from benchmarks.terminal import seconds_to_first_paint
from tidwizard.core.i18n import t

TARGET = 1.5


def tidwizard_command() -> list[str]:
    """The installed console script next to this interpreter, else the same entry via -m."""
    script = Path(sys.executable).with_name("tidwizard")
    if script.exists():
        return [str(script)]
    found = shutil.which("tidwizard")
    return [found] if found else [sys.executable, "-m", "tidwizard"]


def compile_package() -> None:
    """Write tidwizard's bytecode once, as installing it does (pip compiles a wheel's modules).

    Textual's modules are compiled when installed; a checkout run with PYTHONDONTWRITEBYTECODE
    set (as here) would otherwise compile every tidwizard module on every start, about 80 ms of
    CPU before the first frame that no installed tidwizard spends. The ``__pycache__`` folders
    are ignored by git."""
    compileall.compile_dir(Path(tidwizard.__file__).parent, quiet=1)


def measure(*, quick: bool, profile: str = "contract") -> Figure:
    runs = 2 if quick else 7
    marker = t("ui.key.quit", "sv")
    if marker != QUIT_LABEL:
        raise RuntimeError(f"tidwizard's quit key reads {marker!r}, the baseline's {QUIT_LABEL!r}")
    minimal = [sys.executable, str(Path(__file__).with_name("minimal_app.py"))]
    ours: list[float] = []
    theirs: list[float] = []
    with (
        SandboxProcess(seed=10, rate=0, profile=profile) as sandbox,
        tempfile.TemporaryDirectory() as folder,
    ):
        home = Path(folder) / "home"
        configured_home(home, sandbox.url)
        env = child_environment(TIDWIZARD_HOME=str(home))
        compile_package()
        seconds_to_first_paint(tidwizard_command(), marker, env)  # warm the file cache
        seconds_to_first_paint(minimal, marker, env)
        for _ in range(runs):
            ours.append(seconds_to_first_paint(tidwizard_command(), marker, env))
            theirs.append(seconds_to_first_paint(minimal, marker, env))
    slower = ratio(median(ours), median(theirs))
    return Figure(
        key="startup",
        name="5. start-up to first paint",
        measured=median(ours),
        measured_text=f"{median(ours) * 1000:.0f} ms (tidwizard)",
        baseline=median(theirs),
        baseline_text=f"{median(theirs) * 1000:.0f} ms (minimal Textual app)",
        ratio=slower,
        target=f"<= {TARGET}x",
        passed=slower <= TARGET,
        details={
            "runs": runs,
            "tidwizard_seconds": [round(s, 3) for s in ours],
            "minimal_app_seconds": [round(s, 3) for s in theirs],
            "first_paint": f"the footer's quit key {marker!r} shows on a {100}x{30} pty",
            "bytecode": "tidwizard's compiled first, as an installed package's is",
        },
    )
