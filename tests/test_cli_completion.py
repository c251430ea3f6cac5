"""`tidwizard completion bash|zsh|fish` prints a completion script written from the parser
(issue 13, item 18): valid for its shell, naming every command and each option of `import`, and
completing them when the shell runs it (where bash, zsh or fish is installed)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from tidwizard.cli import main as cli_main
from tidwizard.core.i18n import set_language

SHELL_TIMEOUT = 60


def script(capsys: pytest.CaptureFixture[str], shell: str, *more: str) -> str:
    assert cli_main.main(["completion", shell, *more]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def import_options() -> list[str]:
    set_language("sv")
    parser = cli_main.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    options = [o for a in commands.choices["import"]._actions for o in a.option_strings]
    assert "--dry-run" in options and "--create-missing" in options
    return options


def syntax_check(shell: str, text: str, tmp_path: Path) -> None:
    program = shutil.which(shell)
    if program is None:
        return  # the text checks below still hold
    path = tmp_path / f"completion.{shell}"
    path.write_text(text)
    done = subprocess.run(
        [program, "-n", str(path)], capture_output=True, text=True, timeout=SHELL_TIMEOUT
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_script_is_valid_and_names_every_command_and_import_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shell: str
) -> None:
    text = script(capsys, shell)
    syntax_check(shell, text, tmp_path)
    for command in cli_main.COMMANDS:
        assert command in text, command
    for option in import_options():
        if shell == "fish":  # fish names an option by its letters: -l dry-run, -s h
            flag = "-l " if option.startswith("--") else "-s "
            option = flag + option.lstrip("-")
        assert option in text, option
    assert "flag" in text and "registers" in text  # the company actions too


def bash_completes(text: str, tmp_path: Path, *words: str) -> list[str]:
    path = tmp_path / "completion.bash"
    path.write_text(text)
    line = " ".join(words)
    probe = (
        f"source {path}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; "
        'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; '
        'complete -p tidwizard >/dev/null && _shtab_tidwizard; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "-c", probe], capture_output=True, text=True, timeout=SHELL_TIMEOUT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completes_commands_options_and_choices(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = script(capsys, "bash")
    assert bash_completes(text, tmp_path, "tidwizard", "im") == ["import"]
    assert bash_completes(text, tmp_path, "tidwizard", "import", "--dry") == ["--dry-run"]
    assert bash_completes(text, tmp_path, "tidwizard", "import", "--as", "o") == ["order"]
    assert bash_completes(text, tmp_path, "tidwizard", "company", "fl") == ["flag"]
    assert set(bash_completes(text, tmp_path, "tidwizard", "completion", "")) == {
        "bash",
        "zsh",
        "fish",
    }


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_describes_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for lang, description in (("sv", "läs in fakturaunderlag"), ("en", "read invoice bases")):
        path = tmp_path / f"tidwizard-{lang}.fish"
        path.write_text(script(capsys, "fish", "--lang", lang))
        done = subprocess.run(
            ["fish", "--no-config", "-c", f"source {path}; complete -C 'tidwizard imp'"],
            capture_output=True,
            text=True,
            timeout=SHELL_TIMEOUT,
        )
        assert done.stdout.startswith("import\t" + description), done.stdout + done.stderr
