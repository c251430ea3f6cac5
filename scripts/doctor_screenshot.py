"""The doctor's text output against the sandbox, as SVG pictures 80 columns wide.

    python scripts/doctor_screenshot.py            # screenshots/doctor.svg and en-doctor.svg
    python scripts/doctor_screenshot.py --profile contract

The sandbox runs in a thread on a free port; the picture shows a fixed address instead, so it
is the same every time. The status words are coloured as a terminal with colours shows them.
"""

from __future__ import annotations

import argparse
import asyncio
import io
from pathlib import Path

from rich.console import Console
from rich.text import Text

from tidwizard.cli.doctor import LABEL_WIDTH, STATUS_WIDTH, as_text
from tidwizard.core import demo_data
from tidwizard.core.doctor import DoctorReport, diagnose
from tidwizard.core.i18n import set_language, t
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

ROOT = Path(__file__).resolve().parent.parent
FIXED_URL = "http://127.0.0.1:8765"
STYLES = {
    "ok": "bold green",
    "absent": "bold yellow",
    "problem": "bold red",
    "unknown": "bold cyan",
}


async def probe(url: str) -> DoctorReport:
    async with TidClient(url, demo_data.DEMO_CLIENT_ID, demo_data.DEMO_SECRET, rate=0) as tid:
        return await diagnose(tid)


def picture(report: DoctorReport, lang: str) -> str:
    set_language(lang)
    words = {t(f"doctor.status.{status}"): style for status, style in STYLES.items()}
    console = Console(record=True, width=80, file=io.StringIO(), color_system="truecolor")
    console.print("$ tidwizard doctor", style="bold")
    for line in as_text(report).split("\n"):
        text = Text(line)
        word = line[:STATUS_WIDTH].strip()
        if word in words and line[:1] != " ":
            text.stylize(words[word], 0, len(word))
        elif line.startswith(" " * (STATUS_WIDTH + LABEL_WIDTH)):
            text.stylize("dim")
        console.print(text, soft_wrap=True)
    return console.export_svg(title="tidwizard doctor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=("contract", "public"), default="public")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile=args.profile)) as sandbox:
        report = asyncio.run(probe(sandbox.url))
    report.url = FIXED_URL
    for lang, name in (("sv", "doctor.svg"), ("en", "en-doctor.svg")):
        (args.out / name).write_text(picture(report, lang), encoding="utf-8")
        print(args.out / name)


if __name__ == "__main__":
    main()
