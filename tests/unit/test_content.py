"""The course text meets its quality bars: structure, length, readability and spelling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from course.annotations import meta_texts
from course.course import load_course, load_editions
from course.editions import EDITIONS, Edition
from course.prose import bank_text, body_of_module, markdown_text, readability, unknown_words

ROOT = Path(__file__).resolve().parents[2]
COURSE, _ = load_course(ROOT)
NAV = yaml.load(
    (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[1].join(["nav:", ""]),
    Loader=yaml.SafeLoader,
)["nav"]
MODULES = [Path(p).stem for section in NAV if "Moduler" in section for p in section["Moduler"]]


def front_matter(module: str) -> dict[str, object]:
    text = (ROOT / "docs" / "moduler" / f"{module}.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def source(module: str) -> str:
    return (ROOT / "docs" / "moduler" / f"{module}.md").read_text(encoding="utf-8")


def test_there_are_eight_modules_in_order() -> None:
    assert MODULES == [
        "tillit-som-arbeidsform",
        "psykologisk-trygghet",
        "medarbeiderskap",
        "selvledelse",
        "stottende-arbeidsmiljo",
        "kollegaveiledning",
        "lede-med-tillit",
        "partssamarbeid",
    ]


@pytest.mark.parametrize("module", MODULES)
def test_module_front_matter(module: str) -> None:
    meta = front_matter(module)
    assert isinstance(meta["title"], str) and meta["title"]
    assert isinstance(meta["description"], str) and meta["description"].count(". ") == 0
    assert isinstance(meta["minutes"], int) and 10 <= meta["minutes"] <= 90
    assert isinstance(meta["audience"], str) and meta["audience"]
    assert 3 <= len(meta["goals"]) <= 5  # type: ignore[arg-type]
    assert 4 <= len(COURSE.pages[f"moduler/{module}.md"].reflections) <= 6


@pytest.mark.parametrize("module", MODULES)
def test_module_body_has_every_part(module: str) -> None:
    text = source(module)
    words = readability(body_of_module(text)).words
    assert 1200 <= words <= 2500, f"{module}: {words} words"
    for heading in ("## Prøv dette", "## Kort oppsummert", "## Kunnskapssjekk", "## Kilder"):
        assert re.search(f"^{heading}\\s*$", text, re.M), f"{module} lacks '{heading}'"
    assert re.search(r'^!!! example "', text, re.M), f"{module} has no example from practice"
    assert f"<!-- quiz: {module} -->" in text
    assert "<!-- reflections -->" in text
    sources = text.split("## Kilder", 1)[1]
    assert len(re.findall(r"^- ", sources, re.M)) >= 1


@pytest.mark.parametrize("module", MODULES)
def test_module_quiz_bank(module: str) -> None:
    bank = COURSE.banks[module]
    assert len(bank.questions) >= 8
    assert any(q.multiple for q in bank.questions) and any(not q.multiple for q in bank.questions)
    for q in bank.questions:
        assert len(q.options) >= 3, q.id
        assert all(o.feedback for o in q.options), f"{module}/{q.id}: an option has no feedback"


@pytest.mark.parametrize("module", MODULES)
def test_module_conversation_guide(module: str) -> None:
    """Intro, «Formål», the leader's «Før møtet», the marker for the ground rules and the agenda,
    «Etter møtet»; the meeting's phases in front matter, from welcome to an agreed step."""
    guide = ROOT / "docs" / "ledere" / f"samtale-{module}.md"
    text = guide.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    parts = ["## Formål", "## Før møtet", "<!-- samtale -->", "## Etter møtet"]
    found = [re.search(f"^{re.escape(part)}\\s*$", body, re.M) for part in parts]
    assert all(found), f"{guide.name} lacks {[p for p, f in zip(parts, found) if not f]}"
    assert [m.start() for m in found if m] == sorted(m.start() for m in found if m)
    for written_by_the_build in ("## Agenda", "## Spørsmål til samtalen", "## Spilleregler"):
        assert written_by_the_build not in body, f"{guide.name}: '{written_by_the_build}' by hand"
    assert f"(../moduler/{module}.md)" in body.split("## Formål")[0]  # the intro names the module
    plan = COURSE.pages[f"ledere/samtale-{module}.md"].guide
    assert plan is not None and plan.minutes is not None
    assert 45 <= plan.minutes <= 60, f"{guide.name}: {plan.minutes} minutes"
    assert f"{plan.minutes} minutter" in body.split("## Formål")[0]  # the intro says how long
    assert sum(p.minutes or 0 for p in plan.phases) == plan.minutes
    assert 4 <= len(plan.phases) <= 7
    assert all(p.title and (p.task or p.questions) for p in plan.phases)
    assert sum(len(p.questions) for p in plan.phases) >= 3, f"{guide.name}: too few questions"
    assert f"samtale-{module}.md" in (ROOT / "docs" / "ledere" / "index.md").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize("module", MODULES)
def test_module_readability(module: str) -> None:
    lix = readability(body_of_module(source(module))).lix
    assert lix <= 45, f"{module}: LIX {lix:.1f}"


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda e: e.language)
def test_spelling_of_every_page_and_bank(edition: Edition) -> None:
    """Each edition with its own dictionary (nb_NO, nn_NO) and its own reviewed word list."""
    course = load_editions(ROOT).courses[edition.language]
    texts = [
        markdown_text(p.read_text(encoding="utf-8"))
        for p in sorted(edition.docs_dir(ROOT).rglob("*.md"))
    ]
    texts += [bank_text(b) for b in course.banks.values()]
    for page in course.pages.values():
        for key, value in page.meta.items():
            if key != "source":  # a translation's fingerprint of its source, not words
                texts += meta_texts(value)
    unknown = unknown_words("\n".join(texts), ROOT / edition.word_list, edition.dictionary)
    assert unknown == [], (
        "Unknown words (fix the spelling, or add real terms to ordliste.txt): " + ", ".join(unknown)
    )


def test_word_list_is_sorted_and_has_no_duplicates() -> None:
    words = (ROOT / "ordliste.txt").read_text(encoding="utf-8").split()
    assert words == sorted(set(words), key=lambda w: (w.casefold(), w))
