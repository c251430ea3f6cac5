"""The long soak of the exactly-once import: 500 bases, 50+ SIGKILLs, faults, a Tid restart and
two imports at once, `import --all-clients` killed, each on both sandbox profiles (contract and
public), then a summary of what each scenario went through.

    python scripts/soak.py                 # the long form
    python scripts/soak.py --scale 2000,120
    python scripts/soak.py -- -k restart   # extra arguments go to pytest

It runs the soak tests (tests/test_soak_exactly_once.py, and tests/test_soak_all_clients.py:
`import --all-clients` killed and run again) with ``TIDWIZARD_SOAK_SCALE`` set, so the long
form checks exactly what CI's short form checks. Exit code: pytest's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    ROOT / "tests" / name for name in ("test_soak_exactly_once.py", "test_soak_all_clients.py")
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="long", help="short, long or BASES,KILLS")
    parser.add_argument("pytest_args", nargs="*", help="passed on to pytest")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tidwizard-soak-") as folder:
        report = Path(folder) / "soak.jsonl"
        env = dict(os.environ, TIDWIZARD_SOAK_SCALE=args.scale, TIDWIZARD_SOAK_REPORT=str(report))
        # No pytest timeout here: the long form takes minutes, each import has its own limit.
        command = [
            sys.executable,
            "-m",
            "pytest",
            *map(str, TESTS),
            "-m",
            "soak",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "timeout=0",
            *args.pytest_args,
        ]
        code = subprocess.call(command, cwd=ROOT, env=env)
        lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    print()
    print(f"soak summary (scale {args.scale}):")
    for line in lines:
        facts = json.loads(line)
        name = facts.pop("scenario")
        print(f"  {name:<16} " + ", ".join(f"{key}={value}" for key, value in facts.items()))
    if not lines:
        print("  no scenario finished")
    print("  result: " + ("all scenarios passed" if code == 0 else f"FAILED (pytest exit {code})"))
    return code


if __name__ == "__main__":
    sys.exit(main())
