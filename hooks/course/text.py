"""The course's words: one catalogue per language, the one place for every sentence the build,
`make check`, the preview and the browser show an editor or a learner.

    hooks/course/text/nb.yml   Bokmål (the course's first language, and the editors')
    hooks/course/text/nn.yml   Nynorsk

A catalogue is YAML: nested sections of plain texts, read as a flat table of dotted keys
("problem.option-no-correct.message"). A text may hold `{name}` placeholders, filled with
str.format. The browser gets the section `ui` (text.ui_json), so no script writes a sentence
of its own. tests/unit/test_text.py holds the two catalogues to the same keys and placeholders.

Why YAML and not gettext: the source language is Bokmål, not English, the editors already
read and write YAML in the banks, and the course's own YAML reader gives every text a line.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import storage

FOLDER = Path(__file__).parent / "text"
LANGUAGES = ("nb", "nn")
EDITORS = "nb"  # the language of every message to an editor (make check, the preview, a PR)


@dataclass(frozen=True)
class Catalogue:
    language: str
    texts: Mapping[str, str]  # dotted key -> text

    def __call__(self, name: str, /, **args: object) -> str:
        """The text under a dotted name, with its placeholders filled in."""
        try:
            template = self.texts[name]
        except KeyError:
            raise KeyError(f"no text '{name}' in {FOLDER / self.language}.yml") from None
        return template.format(**args)

    def section(self, prefix: str) -> dict[str, str]:
        """Every text under a section, by the rest of its key ("ui.x.y" -> "x.y")."""
        start = prefix + "."
        return {k[len(start) :]: v for k, v in self.texts.items() if k.startswith(start)}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _flatten(value: object, key: str, into: dict[str, str], path: Path) -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            _flatten(item, f"{key}.{name}" if key else str(name), into, path)
    elif isinstance(value, str):
        into[key] = value
    else:
        raise ValueError(f"{path}: '{key}' must be text, not {type(value).__name__} (quote it)")


@functools.lru_cache(maxsize=8)
def _load(path: Path, changed: int) -> Catalogue:  # changed: the file's mtime, for `mkdocs serve`
    texts: dict[str, str] = {}
    _flatten(yaml.safe_load(path.read_text(encoding="utf-8")), "", texts, path)
    return Catalogue(path.stem, texts)


def catalogue(language: str = EDITORS) -> Catalogue:
    """The catalogue of a language ("nb" or "nn"), read again whenever its file changes."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for the language '{language}' (known: {LANGUAGES})")
    path = FOLDER / f"{language}.yml"
    return _load(path, path.stat().st_mtime_ns)


def say(name: str, /, **args: object) -> str:
    """A text to an editor (Bokmål)."""
    return catalogue(EDITORS)(name, **args)


def problem(rule: str, variant: str = "", /, **args: object) -> tuple[str, str]:
    """An editor's problem in words: (message, hint) of a rule, or of one of its variants."""
    name = f"problem.{rule}" + (f".{variant}" if variant else "")
    words = catalogue(EDITORS)
    hint = words.texts.get(f"{name}.hint", "")
    return words(f"{name}.message", **args), hint.format(**args)


def ui_json(language: str) -> str:
    """The learner's texts for the browser: the section `ui`, as JSON."""
    return json.dumps(catalogue(language).section("ui"), ensure_ascii=False, sort_keys=True)


SCRIPT = "assets/js/text.js"  # where the browser finds them: first of the course's scripts


def ui_script(language: str) -> str:
    """The script that gives the course's other scripts their words, tip.text (tip.t reads it),
    and the keys they keep the learner's data under, tip.storage (tip.key reads it). It runs in
    <head>, first of the course's scripts (overrides/main.html)."""
    keys = json.dumps(storage.published(), ensure_ascii=False, sort_keys=True)
    return (
        "/* Tillit i praksis: the learner's texts, made by the build from "
        f"hooks/course/text/{language}.yml, and the storage keys (hooks/course/storage.py). */\n"
        f"(window.tip = window.tip || {{}}).text = {ui_json(language)};\n"
        f"window.tip.storage = {keys};\n"
    )
