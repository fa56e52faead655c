"""One damage to the real course for each rule an editor can break, as an editor would make it.

DAMAGES maps each rule (course/rules.py) to a Damage: the files it changes, and how. The tests
apply them to a copy of the course (conftest.copy_project) and check that `python -m course
check` and the preview both name the rule at the file it damaged. Damages that touch different
files can be applied together, so that one preview build covers several rules (groups()).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# A bank made to be guessed: every single-choice question has two options and a long right one,
# every multiple-choice question has all but one option right, two say the wrong thing
# about how many options are right, and the right options alone tell the learner to ask.
GUESSABLE_BANK = """id: proeve
questions:
  - id: en
    question: Hva passer best i sak 1?
    options:
      - text: Spør om det riktige og ganske lange svaret i sak 1
        correct: true
      - text: Et kort svar
  - id: to
    question: Hva passer best i sak 2?
    options:
      - text: Spør om det riktige og ganske lange svaret i sak 2
        correct: true
      - text: Et kort svar
  - id: tre
    question: Hva passer best i sak 3?
    options:
      - text: Spør om det riktige og ganske lange svaret i sak 3
        correct: true
      - text: Et kort svar
  - id: fire
    question: Hva passer best i sak 4?
    options:
      - text: Spør om det riktige og ganske lange svaret i sak 4
        correct: true
      - text: Et kort svar
  - id: fem
    question: Hva passer best i sak 5? Velg alle som stemmer.
    options:
      - text: Det riktige og ganske lange svaret i sak 5
        correct: true
      - text: Et kort svar
  - id: seks
    question: Hvilke svar passer i sak 6? Velg alle som stemmer.
    options:
      - text: Det første riktige
        correct: true
      - text: Det andre riktige
        correct: true
      - text: Det gale
  - id: sju
    question: Hvilke svar passer i sak 7?
    options:
      - text: Det første riktige her
        correct: true
      - text: Det andre riktige her
        correct: true
      - text: Det gale her
"""
GUESSABLE_PAGE = """---
title: Prøve
---

# Prøve

Tekst.

<!-- quiz: proeve -->
"""


@dataclass(frozen=True)
class Damage:
    """files: what it changes (paths from the project folder); the first is where the problem is
    reported. change(project) makes the damage."""

    files: tuple[str, ...]
    change: Callable[[Path], None]

    @property
    def reported_in(self) -> str:
        return self.files[0]


def edit(path: str, old: str, new: str, count: int = 1, regex: bool = False) -> Damage:
    """A damage that replaces old by new (count times; 0: all) in one file."""

    def change(project: Path) -> None:
        file = project / path
        text = file.read_text(encoding="utf-8")
        if regex:
            changed, n = re.subn(old, new, text, count=count, flags=re.M)
        else:
            n = text.count(old) if count == 0 else min(text.count(old), count)
            changed = text.replace(old, new, count if count else -1)
        if n == 0:
            raise AssertionError(f"{path}: nothing to damage: {old!r} is not there")
        file.write_text(changed, encoding="utf-8")

    return Damage((path,), change)


def write(path: str, text: str | bytes, *more: tuple[str, str]) -> Damage:
    """A damage that writes whole files (a new bank and the page that places it, say)."""

    def change(project: Path) -> None:
        for name, content in ((path, text), *more):
            file = project / name
            file.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                file.write_bytes(content)
            else:
                file.write_text(content, encoding="utf-8")

    return Damage((path, *(name for name, _ in more)), change)


def latin1(path: str) -> Damage:
    def change(project: Path) -> None:
        file = project / path
        file.write_bytes(file.read_text(encoding="utf-8").encode("latin-1", errors="replace"))

    return Damage((path,), change)


SELV = "quizzes/selvledelse.yml"
PARTS = "quizzes/partssamarbeid.yml"
MED = "quizzes/medarbeiderskap.yml"
PSYK = "quizzes/psykologisk-trygghet.yml"
KOLL = "quizzes/kollegaveiledning.yml"
LEDE = "quizzes/lede-med-tillit.yml"
STOTT = "quizzes/stottende-arbeidsmiljo.yml"
TILLIT = "quizzes/tillit-som-arbeidsform.yml"
# A big bank of two-option questions whose right option is the longer: the whole course can then
# be guessed ("always the longest"), and its right options crowd two places.
MANY = "id: mange\nquestions:\n" + "".join(
    f"  - id: sak-{n}\n    question: Hva passer i sak {n}?\n    options:\n"
    f"      - text: Spør om det riktige og lange svaret i sak {n}\n        correct: true\n"
    "      - text: Et kort svar\n"
    for n in range(1, 201)
)
MANY_PAGE = "# Mange\n\n<!-- quiz: mange -->\n"
GUESSED_COURSE = write("quizzes/mange.yml", MANY, ("docs/mange.md", MANY_PAGE))

GUESSED = write("quizzes/proeve.yml", GUESSABLE_BANK, ("docs/proeve.md", GUESSABLE_PAGE))


def _first_question_last(path: str) -> Damage:
    """A damage that moves a bank's first question to its end."""

    def change(project: Path) -> None:
        file = project / path
        head, _, rest = file.read_text(encoding="utf-8").partition("\n  - id: ")
        first, _, others = rest.partition("\n  - id: ")
        file.write_text(
            f"{head}\n  - id: {others.rstrip()}\n  - id: {first.rstrip()}\n", encoding="utf-8"
        )

    return Damage((path,), change)


# A question of the Nynorsk edition under another id: missing there, and extra.
RENAMED_IN_NYNORSK = edit(
    "nn/quizzes/partssamarbeid.yml", "  - id: ny-strategi\n", "  - id: ny-strategi-2\n"
)

DAMAGES: dict[str, Damage] = {
    "file-encoding": latin1(SELV),
    "file-empty": write(PARTS, ""),
    "yaml-syntax": edit(MED, "question: >-", 'question: "Hvem har ansvaret?', 1),
    "yaml-tab": edit(PSYK, "\n    options:", "\n\toptions:", 1),
    "yaml-anchor": edit(KOLL, "      - text: ", "      - text: &a ", 1),
    "yaml-tag": edit(LEDE, "      - text: ", "      - text: !!str ", 1),
    "duplicate-key": edit(
        STOTT, r"^(      - text: .*)$", r"\1\n        text: En gang til", 1, True
    ),
    "value-type": edit(TILLIT, r"^(      - text: ).*$", r"\1no", 1, True),
    "value-empty": edit(SELV, r"^(    question: )>-\n(      .*\n)+", r"\1''\n", 1, True),
    "value-html": edit(PARTS, "      - text: ", "      - text: <b>Viktig</b> ", 1),
    "id-format": edit(MED, r"^  - id: .*$", "  - id: Første spørsmål", 1, True),
    "correct-not-boolean": edit(PSYK, "correct: true", "correct: ja", 1),
    "bank-unknown-key": edit(KOLL, "        feedback:", "        feedbak:", 1),
    "bank-missing-key": edit(LEDE, r"^      - text: (.*)$", r"      - correct: false", 1, True),
    "bank-id-file-name": edit(STOTT, "id: stottende-arbeidsmiljo\n", "id: annen\n", 1),
    "bank-no-questions": write(TILLIT, "id: tillit-som-arbeidsform\nquestions: []\n"),
    "bank-unused": Damage(
        (SELV, "docs/moduler/selvledelse.md"),
        edit("docs/moduler/selvledelse.md", "<!-- quiz: selvledelse -->", "").change,
    ),
    "question-duplicate-id": edit(PARTS, r"^(  - id: )lite-forslag$", r"\1ny-strategi", 1, True),
    "question-too-few-options": write(
        "quizzes/ett.yml",
        "id: ett\nquestions:\n  - id: en\n    question: Bare ett svar?\n    options:\n"
        "      - text: Ja\n        correct: true\n",
        ("docs/ett.md", "# Ett\n\n<!-- quiz: ett -->\n"),
    ),
    "option-no-correct": edit(
        MED, r"^(  - id: usikker-grense\n(?:.*\n)*?)        correct: true\n", r"\1", 1, True
    ),
    "option-duplicate": write(
        "quizzes/like.yml",
        "id: like\nquestions:\n  - id: en\n    question: Hvilket?\n    options:\n"
        "      - text: Det samme\n        correct: true\n      - text: Det  samme\n",
        ("docs/like.md", "# Like\n\n<!-- quiz: like -->\n"),
    ),
    "option-multiline": write(
        "quizzes/linjer.yml",
        "id: linjer\nquestions:\n  - id: en\n    question: Hvilket?\n    options:\n"
        "      - text: |\n          To\n          linjer\n        correct: true\n      - text: En\n",
        ("docs/linjer.md", "# Linjer\n\n<!-- quiz: linjer -->\n"),
    ),
    "front-matter-unknown-key": edit(
        "docs/moduler/medarbeiderskap.md", "\nreflections:", "\nreflection:"
    ),
    "front-matter-missing-key": edit(
        "docs/moduler/psykologisk-trygghet.md", r"^(  - id: .*)\n    text: .*$", r"\1", 1, True
    ),
    "reflections-empty": write(
        "docs/om/index.md",
        "---\ntitle: Om kurset\nreflections: []\n---\n\n# Om kurset\n\nTekst.\n",
    ),
    "reflection-duplicate-id": edit(
        "docs/moduler/kollegaveiledning.md",
        r"^(reflections:\n  - id: )(.*)\n((?:.*\n)*?)  - id: .*$",
        r"\1\2\n\3  - id: \2",
        1,
        True,
    ),
    "reflection-duplicate": edit(
        "docs/moduler/lede-med-tillit.md",
        r"^(reflections:\n  - id: .*\n    text: )(.*)\n  - id: (.*)\n    text: .*$",
        r"\1\2\n  - id: \3\n    text: \2",
        1,
        True,
    ),
    "quiz-in-page": edit(
        "docs/moduler/stottende-arbeidsmiljo.md", "\n## Kilder", "\n<quiz>\n\n## Kilder"
    ),
    "marker-not-alone": edit(
        "docs/moduler/tillit-som-arbeidsform.md",
        "<!-- quiz: tillit-som-arbeidsform -->",
        "Svar her: <!-- quiz: tillit-som-arbeidsform -->",
    ),
    "marker-no-bank": edit("docs/om/personvern.md", "\n## ", "\n<!-- quiz -->\n\n## ", 1),
    "marker-unknown-bank": edit(
        "docs/om/tilgjengelighet.md", "\n## ", "\n<!-- quiz: borte -->\n\n## ", 1
    ),
    "marker-unknown-question": edit(
        "docs/moduler/partssamarbeid.md",
        "<!-- quiz: partssamarbeid -->",
        "<!-- quiz: partssamarbeid to -->",
    ),
    "marker-arguments": edit(
        "docs/ledere/index.md", "\n## ", "\n<!-- reflections: noe -->\n\n## ", 1
    ),
    "marker-twice": edit(
        "docs/moduler/medarbeiderskap.md",
        "<!-- reflections -->",
        "<!-- reflections -->\n\n<!-- reflections -->",
    ),
    "marker-without-reflections": edit(
        "docs/om/drift.md", "\n## ", "\n<!-- reflections -->\n\n## ", 1
    ),
    "question-placed-twice": edit(
        "docs/moduler/selvledelse.md",
        "<!-- quiz: selvledelse -->",
        "<!-- quiz: selvledelse -->\n\n<!-- quiz: selvledelse gode-mal -->",
    ),
    "term-duplicate": edit(
        "docs/ordliste.md",
        "  - term: bestille ledelse\n",
        "  - term: bestille ledelse\n    forms: [AMU]\n",
    ),
    "guide-phases-missing": edit(
        "docs/ledere/samtale-selvledelse.md", r"^phases:\n(?:  .*\n)+", "", 1, True
    ),
    "guide-marker-missing": edit(
        "docs/ledere/samtale-psykologisk-trygghet.md", "<!-- samtale -->", ""
    ),
    "guide-minutes-sum": edit(
        "docs/ledere/samtale-medarbeiderskap.md", r"^minutes: \d+$", "minutes: 99", 1, True
    ),
    "guide-phase-no-title": edit(
        "docs/ledere/samtale-kollegaveiledning.md",
        r"^  - title: .*\n    minutes:",
        "  - minutes:",
        1,
        True,
    ),
    "guide-phase-empty": edit(
        "docs/ledere/samtale-lede-med-tillit.md",
        r"^(  - title: .*\n    minutes: \d+\n)    task: >-\n(      .*\n)+",
        r"\1",
        1,
        True,
    ),
    "guide-phase-unknown-key": edit(
        "docs/ledere/samtale-partssamarbeid.md", "    task:", "    tasks:", 1
    ),
    "guide-phase-missing-key": edit(
        "docs/ledere/samtale-stottende-arbeidsmiljo.md",
        r"^(  - title: .*)\n    minutes: \d+$",
        r"\1",
        1,
        True,
    ),
    "item-key-position": GUESSED,
    "item-key-longest": GUESSED,
    "item-multiple-pattern": GUESSED,
    "item-guessable": GUESSED,
    "item-course-guessable": GUESSED_COURSE,
    "item-course-position": GUESSED_COURSE,
    "item-tell": GUESSED,
    "item-course-tell": GUESSED_COURSE,
    "item-wording-multiple": GUESSED,
    "item-wording-single": GUESSED,
    "goal-missing": edit(PSYK, r"^    goal: .*\n", "", 1, True),
    "goal-unknown": edit(KOLL, r"^(    goal: ).*$", r"\1finnes-ikke", 1, True),
    "goal-duplicate-id": edit(
        "docs/moduler/tillit-som-arbeidsform.md",
        r"^(goals:\n  - id: )(.*)\n((?:.*\n)*?)  - id: .*$",
        r"\1\2\n\3  - id: \2",
        1,
        True,
    ),
    "goal-read-unknown": edit(
        "docs/moduler/partssamarbeid.md", r"^(    read: ).*$", r"\1finnes-ikke", 1, True
    ),
    "goal-too-few-questions": Damage(
        ("docs/moduler/selvledelse.md", SELV),
        edit(SELV, r"^(    goal: )fem-grunner$", r"\1fem-grep", 0, True).change,
    ),
    "parity-missing": RENAMED_IN_NYNORSK,
    "parity-extra": RENAMED_IN_NYNORSK,
    "parity-options": edit(
        "nn/quizzes/selvledelse.yml",
        "    options:\n",
        "    options:\n      - text: Eit ekstra alternativ som ikkje finst på bokmål\n",
        1,
    ),
    "parity-goal": edit(
        "nn/quizzes/kollegaveiledning.yml",
        "    goal: veiledning-opplaering\n",
        "    goal: planlegge-samtalen\n",
        1,
    ),
    "parity-order": _first_question_last("nn/quizzes/medarbeiderskap.yml"),
    "parity-page": edit(
        "nn/docs/moduler/tillit-som-arbeidsform.md", r"^(reflections:\n  - id: )", r"\1x-", 1, True
    ),
    "translation-outdated": edit(
        "nn/docs/ordliste.md", r"^source: .*$", "source: v0000000000", 1, True
    ),
    "repetition-with-quiz": edit(
        "docs/repetisjon.md",
        "<!-- repetisjon -->",
        "<!-- repetisjon -->\n\n<!-- quiz: lede-med-tillit -->",
    ),
    "term-variant": edit(
        "docs/ledere/folge-opp.md", "\n## ", "\nVi går frem steg for steg.\n\n## ", 1
    ),
    "sentence-long": edit(
        "docs/ledere/tildel.md",
        "\n## ",
        "\nDette er en svært lang setning som bare fortsetter og fortsetter med flere og flere ord "
        "uten at den noen gang ser ut til å ta slutt før leseren har gitt opp helt.\n\n## ",
        1,
    ),
    "settings-unknown-key": edit("course.yml", "pass_mark:", "pass-mark:"),
    "settings-repetition-days": edit(
        "course.yml", "repetition_days: [1, 3, 7, 16, 35]", "repetition_days: [1, 7, 3]"
    ),
    "settings-cmi5-iri": edit(
        "course.yml", "cmi5_iri: https://tillit-i-praksis.example/xapi", "cmi5_iri: kurs/tillit"
    ),
}


def _with_pair(files: tuple[str, ...]) -> set[str]:
    """The files and their other halves: a module's bank and its page, in both editions (a
    translation is checked against its source)."""
    found = set(files)
    for name in files:
        source = name.removeprefix("nn/")
        found |= {source, "nn/" + source}
        if source.startswith(("quizzes/", "docs/moduler/")):
            stem = Path(source).stem
            for half in (f"docs/moduler/{stem}.md", f"quizzes/{stem}.yml"):
                found |= {half, "nn/" + half}
    return found


def groups(rules: list[str]) -> Iterator[list[str]]:
    """The rules in groups whose damages can be made together: no two change the same file or
    the two halves of one module (a broken bank hides its page's marker problems), and the same
    damage (a made-up bank that breaks several rules) is made once."""
    left = list(rules)
    while left:
        group: list[str] = []
        taken: set[str] = set()
        for rule in list(left):
            files = _with_pair(DAMAGES[rule].files)
            same = [r for r in group if DAMAGES[r] is DAMAGES[rule]]
            if same or not files & taken:
                group.append(rule)
                taken |= files
                left.remove(rule)
        yield group


def apply(project: Path, rules: list[str]) -> None:
    done: set[int] = set()
    for rule in rules:
        damage = DAMAGES[rule]
        if id(damage) not in done:
            damage.change(project)
            done.add(id(damage))


# ---------------------------------------------------------------- random damage (Hypothesis)
#
# The ways people damage a YAML bank or a Markdown page by hand, each a function of the text and
# Hypothesis' draw; damaged_file() makes one to three of them to one real file.

from hypothesis import strategies as st  # noqa: E402  (the rule table above needs no Hypothesis)

Draw = st.DrawFn
_KEY_LINE = re.compile(r"^(\s*-?\s*)([a-z_]+)(:)(.*)$")
BARE = ("no", "yes", "~", "on", "off", "ja", "nei", "null", "true", "12", "2024-01-01", "[]", "{}")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _index(draw: Draw, lines: list[str]) -> int:
    return draw(st.integers(0, max(len(lines) - 1, 0)))


def _key_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if _KEY_LINE.match(line)]


def delete_line(draw: Draw, text: str) -> str:
    lines = _lines(text)
    del lines[_index(draw, lines)]
    return "\n".join(lines)


def duplicate_line(draw: Draw, text: str) -> str:
    lines = _lines(text)
    i = _index(draw, lines)
    lines.insert(i, lines[i])
    return "\n".join(lines)


def reindent_line(draw: Draw, text: str) -> str:
    lines = _lines(text)
    i = _index(draw, lines)
    by = draw(st.sampled_from([-4, -2, -1, 1, 2, 4]))
    line = lines[i]
    lines[i] = line[min(-by, len(line) - len(line.lstrip(" "))) :] if by < 0 else " " * by + line
    return "\n".join(lines)


def tab(draw: Draw, text: str) -> str:
    lines = _lines(text)
    i = _index(draw, lines)
    lines[i] = "\t" + lines[i].removeprefix("  ")
    return "\n".join(lines)


def truncate(draw: Draw, text: str) -> str:
    return text[: int(draw(st.integers(0, len(text))))]


def bare_value(draw: Draw, text: str) -> str:
    lines = _lines(text)
    keyed = _key_lines(lines)
    if not keyed:
        return text
    i = draw(st.sampled_from(keyed))
    match = _KEY_LINE.match(lines[i])
    assert match
    lines[i] = f"{match.group(1)}{match.group(2)}: {draw(st.sampled_from(BARE))}"
    return "\n".join(lines)


def misspell_key(draw: Draw, text: str) -> str:
    lines = _lines(text)
    keyed = _key_lines(lines)
    if not keyed:
        return text
    i = draw(st.sampled_from(keyed))
    match = _KEY_LINE.match(lines[i])
    assert match
    key = match.group(2)
    at = draw(st.integers(0, len(key) - 1))
    how = draw(st.sampled_from(["drop", "swap", "double"]))
    if how == "drop" and len(key) > 1:
        key = key[:at] + key[at + 1 :]
    elif how == "swap" and at < len(key) - 1:
        key = key[:at] + key[at + 1] + key[at] + key[at + 2 :]
    else:
        key = key[:at] + key[at] + key[at:]
    lines[i] = match.group(1) + key + match.group(3) + match.group(4)
    return "\n".join(lines)


def unclosed(draw: Draw, text: str) -> str:
    lines = _lines(text)
    keyed = _key_lines(lines) or [_index(draw, lines)]
    i = draw(st.sampled_from(keyed))
    opener = str(draw(st.sampled_from(['"', "'", "[", "{"])))
    line = lines[i]
    at = line.find(": ")
    lines[i] = line[: at + 2] + opener + line[at + 2 :] if at >= 0 else opener + line
    return "\n".join(lines)


def wrong_marker(draw: Draw, text: str) -> str:
    markers = list(re.finditer(r"<!--\s*(quiz|reflections|samtale|repetisjon)\b[^>]*-->", text))
    if not markers:
        return text
    found = markers[int(draw(st.integers(0, len(markers) - 1)))]
    new = str(
        draw(
            st.sampled_from(
                [
                    "<!-- quiz: finnes-ikke -->",
                    "<!-- quiz: selvledelse finnes-ikke -->",
                    "<!-- quiz -->",
                    "<!-- quiz: selvledelse -->",
                    "<!-- reflections: noe -->",
                    "<!-- samtale -->",
                    "<!-- repetisjon -->",
                    "<!-- quiz: psykologisk-trygghet -->",
                ]
            )
        )
    )
    return text[: found.start()] + new + text[found.end() :]


def bom(draw: Draw, text: str) -> str:
    return "\ufeff" + text


def windows_line_endings(draw: Draw, text: str) -> str:
    return text.replace("\n", "\r\n")


RANDOM_DAMAGES: dict[str, Callable[[Draw, str], str]] = {
    "delete a line": delete_line,
    "duplicate a line": duplicate_line,
    "re-indent a line": reindent_line,
    "a tab": tab,
    "truncate": truncate,
    "a bare value": bare_value,
    "misspell a key": misspell_key,
    "an unclosed bracket or quote": unclosed,
    "a marker with a wrong id": wrong_marker,
    "a UTF-8 BOM": bom,
    "Windows line endings": windows_line_endings,
}


def real_files(project: Path) -> dict[str, str]:
    """Every bank and page of a project (paths from the project folder) and its text."""
    paths = sorted((project / "quizzes").glob("*.yml")) + sorted((project / "docs").rglob("*.md"))
    return {p.relative_to(project).as_posix(): p.read_text(encoding="utf-8") for p in paths}


@st.composite
def damaged_file(draw: Draw, files: dict[str, str]) -> tuple[str, str, list[str]]:
    """One real file damaged one to three times: (path, damaged text, what was done)."""
    path = str(draw(st.sampled_from(sorted(files))))
    text = files[path]
    done = []
    for _ in range(int(draw(st.integers(1, 3)))):
        name = str(draw(st.sampled_from(sorted(RANDOM_DAMAGES))))
        text = RANDOM_DAMAGES[name](draw, text)
        done.append(name)
    return path, text, done
