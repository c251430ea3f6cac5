"""`--help` speaks one language, the chosen one (issue 13, item 13): every help text of the
program, of each command and of each option comes from the catalogue, and so do argparse's own
words ("usage:", "options:", "invalid choice", "the following arguments are required"). The
language is `--lang` wherever it stands on the line, else the environment's."""

from __future__ import annotations

import argparse
import functools
import re
from collections.abc import Iterator

import pytest

from tidwizard.cli import main as cli_main
from tidwizard.core.i18n import LANGUAGES, catalogue, set_language

# Words that only the other language's help would use (command names, option strings and
# choices are stripped from a line before it is looked at: they are the same in both).
ENGLISH = {
    "the", "and", "of", "to", "show", "print", "with", "when", "from", "default", "usage",
    "options", "positional", "arguments", "exit", "message", "this", "which", "or", "for",
    "only", "every", "what", "whether", "where", "without", "error", "invalid", "choice",
    "required", "unrecognized", "expected", "allowed",
}  # fmt: skip
SWEDISH = {
    "och", "att", "för", "som", "med", "inte", "visa", "från", "när", "eller", "alla",
    "användning", "flaggor", "hjälpen", "avsluta", "fel", "ogiltigt", "krävs", "okända",
}  # fmt: skip
OTHER = {"sv": ENGLISH, "en": SWEDISH}
LITERALS = re.compile(r"\{[^}]*\}|--?[\w-]+|\btidwizard\b( [a-z]+)*|[\w.-]+/[\w./-]+|\w+=\S*")


def parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, (*path, name))


@functools.cache
def command_paths() -> list[tuple[str, ...]]:
    set_language("sv")
    return [path for path, _ in parsers(cli_main.build_parser())]


def help_texts(parser: argparse.ArgumentParser) -> list[str | None]:
    texts: list[str | None] = [parser.description]
    for action in parser._actions:
        texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help for choice in action._choices_actions]
    return texts


def words_of(text: str) -> set[str]:
    """The words of a help line, without what is the same in both languages: option strings,
    choices, command names, paths and examples such as error=0.2."""
    words = set(re.findall(r"[a-zåäöé]+", LITERALS.sub(" ", text).casefold()))
    return words - {name for path in command_paths() for name in path}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", command_paths(), ids=lambda path: " ".join(path) or "tidwizard")
def test_every_help_is_in_the_chosen_language_only(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...], lang: str
) -> None:
    code, out, _ = run(capsys, *path, "--help", "--lang", lang)
    assert code == 0
    usage = {"sv": "användning: tidwizard", "en": "usage: tidwizard"}[lang]
    assert out.startswith(usage), out
    strays = {line: words_of(line) & OTHER[lang] for line in out.splitlines()}
    assert {line: found for line, found in strays.items() if found} == {}, out


def test_every_help_text_comes_from_the_catalogue() -> None:
    """A text written into the code would read the same in both languages."""
    built = {}
    for lang in LANGUAGES:
        set_language(lang)
        built[lang] = dict(parsers(cli_main.build_parser()))
    assert built["sv"].keys() == built["en"].keys()
    # Each catalogue text as a pattern, its placeholders standing for any value.
    known = {
        lang: [
            re.compile(
                "".join(
                    ".*" if part.startswith("{") else re.escape(part)
                    for part in re.split(r"(\{\w+\})", texts[lang])
                )
                + "$",
                re.S,
            )
            for texts in catalogue().values()
        ]
        for lang in LANGUAGES
    }
    for path, parser in built["sv"].items():
        pairs = zip(help_texts(parser), help_texts(built["en"][path]), strict=True)
        for sv, en in pairs:
            if sv is None or sv == argparse.SUPPRESS:
                continue
            assert sv != en, (path, sv)
            for lang, text in (("sv", sv), ("en", en)):
                assert any(pattern.match(text) for pattern in known[lang]), (path, lang, text)


@pytest.mark.parametrize(
    ("argv", "sv", "en"),
    [
        (["nosuch"], "ogiltigt val: 'nosuch'", "invalid choice: 'nosuch'"),
        (["import", "--bogus"], "okända argument: --bogus", "unrecognized arguments: --bogus"),
        (["company", "flag"], "följande argument krävs: REGISTER", "arguments are required:"),
        (["doctor", "--url"], "argumentet --url: förväntade ett värde", "expected one argument"),
        (["sandbox", "serve", "--port", "x"], "ogiltigt värde för int", "invalid int value"),
    ],
)
def test_argparse_errors_speak_the_chosen_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], sv: str, en: str
) -> None:
    for lang, expected in (("sv", sv), ("en", en)):
        code, _, err = run(capsys, *argv, "--lang", lang)
        assert code == 2
        assert expected in err, err
        prefix = {"sv": "användning: tidwizard", "en": "usage: tidwizard"}[lang]
        assert err.startswith(prefix), err
        assert {"sv": ": fel: ", "en": ": error: "}[lang] in err


def test_lang_anywhere_on_the_line_else_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--lang", "en", "status", "--help")[1].startswith("usage:")
    assert run(capsys, "status", "--lang=en", "--help")[1].startswith("usage:")
    assert run(capsys, "status", "--help")[1].startswith("användning:")  # TIDWIZARD_LANG=sv
    monkeypatch.setenv("TIDWIZARD_LANG", "en")
    assert run(capsys, "status", "--help")[1].startswith("usage:")
    assert run(capsys, "status", "--help", "--lang", "sv")[1].startswith("användning:")


def test_argparse_words_keep_its_placeholders() -> None:
    from tidwizard.cli.argparse_words import WORDS

    for english, key in WORDS.items():
        fields = sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", english))
        for lang in LANGUAGES:
            text = catalogue()[key][lang]
            assert sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", text)) == fields, (key, lang)
        assert catalogue()[key]["en"] == english or key == "help.argparse.positionals"
