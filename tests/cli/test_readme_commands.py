"""The README's table of ``jituan`` commands and the argument parser say the same.

Every command the parser accepts (subcommands such as ``school add`` and ``roster preview``
included) and every option of each is in the table under "The `jituan` command line", and
everything the table shows is in the parser. A command's options are those in its synopsis
(the first column) plus any the row's description names (``--format xlsx``); ``--data-dir``
and ``--lang``, which every command takes, are documented once, in the prose above the table.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from jituan_desktop.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## The `jituan` command line"
COMMON = {"--data-dir", "--lang"}
HELP = {"-h", "--help"}

Commands = dict[tuple[str, ...], set[str]]  # command path -> its options


def parser_commands(parser: argparse.ArgumentParser) -> Commands:
    """The commands the parser runs (the root for its own options, then every leaf)."""
    found: Commands = {}

    def walk(p: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        groups = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups or not path:
            found[path] = {o for a in p._actions for o in a.option_strings} - HELP
        for group in groups:
            for name, child in group.choices.items():
                walk(child, path + (name,))

    walk(parser, ())
    return found


def section(text: str) -> str:
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start:end if end >= 0 else len(text)]


def table_rows(text: str) -> list[list[str]]:
    """The cells of each data row of the section's table (header and rule skipped)."""
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows[2:]]


def option_of(word: str) -> str | None:
    word = word.strip("[]")
    return word if word.startswith("-") else None


def readme_commands(text: str, parser: Commands) -> Commands:
    """The commands the table shows, each with the options it names."""
    prefixes = {path[:n] for path in parser for n in range(len(path) + 1)}
    found: Commands = {}
    for cells in table_rows(section(text)):
        row_command = None
        for cell in cells:
            for span in re.findall(r"`([^`]+)`", cell):
                words = span.replace("\\|", "|").split()
                if words[0] != "jituan":
                    option = option_of(words[0])
                    if option and row_command is not None:
                        found[row_command].add(option)
                    continue
                path, rest = (), words[1:]
                while rest and path + (rest[0],) in prefixes:
                    path, rest = path + (rest[0],), rest[1:]
                if (not path or path not in parser) and rest and not option_of(rest[0]):
                    path, rest = path + (rest[0],), rest[1:]  # a command the parser lacks
                options = {o for o in map(option_of, rest) if o}
                found.setdefault(path, set()).update(options)
                row_command = row_command or path
    return found


def differences(readme: Commands, parser: Commands) -> list[str]:
    shown = lambda path: " ".join(("jituan",) + path)  # noqa: E731
    problems = [f"{shown(p)} is in the parser but not in the README's table"
                for p in sorted(set(parser) - set(readme))]
    problems += [f"{shown(p)} is in the README's table but not in the parser"
                 for p in sorted(set(readme) - set(parser))]
    for path in sorted(set(readme) & set(parser)):
        documented = readme[path] - COMMON - HELP
        accepted = parser[path] - COMMON
        problems += [f"{shown(path)} {o} is in the parser but not in the README's table"
                     for o in sorted(accepted - documented)]
        problems += [f"{shown(path)} {o} is in the README's table but not in the parser"
                     for o in sorted(documented - accepted)]
    return problems


def test_the_readme_table_and_the_parser_name_the_same_commands_and_options():
    parser = parser_commands(build_parser())
    readme = readme_commands(README.read_text(encoding="utf-8"), parser)
    assert not differences(readme, parser), "\n".join(differences(readme, parser))


def test_every_command_takes_the_common_options_the_prose_documents():
    prose = "\n".join(line for line in section(README.read_text(encoding="utf-8")).splitlines()
                      if not line.startswith("|"))
    for option in COMMON:
        assert f"`{option}" in prose, f"the README's prose does not say every command takes {option}"
    for path, options in parser_commands(build_parser()).items():
        assert COMMON <= options, f"jituan {' '.join(path)} lacks {sorted(COMMON - options)}"


def test_the_check_sees_each_kind_of_difference():
    """A table that drops a command, invents one, drops an option and invents one."""
    parser = {(): {"--version"}, ("init",): {"--role", "--school"},
              ("school", "add"): {"--code"}, ("index",): set()}
    text = (f"{SECTION}\n\n| command | what it does |\n|---|---|\n"
            "| `jituan init --role lead --alliance NAME` | set up |\n"
            "| `jituan school add NAME [--code CODE]` | add a school |\n"
            "| `jituan reindex` | index again |\n"
            "| `jituan --version` | the version |\n\n## Next\n")
    assert differences(readme_commands(text, parser), parser) == [
        "jituan index is in the parser but not in the README's table",
        "jituan reindex is in the README's table but not in the parser",
        "jituan init --school is in the parser but not in the README's table",
        "jituan init --alliance is in the README's table but not in the parser",
    ]
