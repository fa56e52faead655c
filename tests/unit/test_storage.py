"""The storage-key registry (hooks/course/storage.py): the only place a key is written down, the
same keys as learners already have, each used by the course's scripts, and the privacy page's
table made from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from course import storage, text
from course.model import Page, Pos, Reflection

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "docs" / "assets" / "js"

# The keys learners' browsers hold today. A changed key loses their progress: never edit a line
# here to make a test pass; add a new family (or a new version) instead.
KEPT = {
    "reflection": "tip:v1:reflection:",
    "attempt": "tip:v1:attempt:",
    "learner": "tip:v1:learner",
    "edition": "tip:v1:edition",
    "last-read": "tip:v1:last-read",
    "repetition": "tip:v1:repetition",
    "assignments": "tip:v1:assignments",
    "cmi5": "tip:v1:cmi5",
    "probe": "tip:v1:probe",
    "answers": "quiz_progress_",
    "theme": ".__",
}


def scripts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SCRIPTS.glob("*.js"))}


def test_the_keys_are_the_ones_learners_have() -> None:
    assert storage.published() == KEPT


def test_a_page_keys_its_prompts_and_attempts_as_before() -> None:
    page = Page("docs/moduler/selvledelse.md", "moduler/selvledelse.md", {}, (), (), None)
    prompt = Reflection(id="si-ifra", text="Si ifra?", pos=Pos(1, 1))
    assert page.reflection_key(prompt) == "tip:v1:reflection:moduler/selvledelse:si-ifra"
    assert page.attempt_key == "tip:v1:attempt:moduler/selvledelse"


def test_one_key_takes_no_parts() -> None:
    assert storage.key("answers", "/moduler/a/") == "quiz_progress_/moduler/a/"
    with pytest.raises(ValueError, match="'learner' is one key"):
        storage.key("learner", "x")


def test_no_script_writes_a_key_of_its_own() -> None:
    own = [name for name, source in scripts().items() if "tip:v1:" in source]
    quiz = [name for name, source in scripts().items() if "quiz_progress_" in source]
    assert (own, quiz) == ([], [])


def test_every_family_is_used_by_a_script() -> None:
    """By name through tip.key, or, for a family keyed per page or prompt, through the keys the
    build hands the scripts (course.json's module.attempt and reflections[].key, data-tip-key)."""
    source = "\n".join(scripts().values())
    named = set(re.findall(r'tip\.key\("([a-z0-9-]+)"', source))
    assert named <= set(storage.BY_NAME), "a script asks for a key the registry does not have"
    from_build = {"reflection": r"\.key\b|data-tip-key", "attempt": r"module\.attempt\b"}
    unused = [
        name
        for name in storage.BY_NAME
        if name not in named and not (name in from_build and re.search(from_build[name], source))
    ]
    assert unused == []


def test_the_words_script_gives_the_browser_every_key() -> None:
    script = text.ui_script("nb")
    assert '"assignments": "tip:v1:assignments"' in script
    assert script.count("window.tip.storage = ") == 1


@pytest.mark.parametrize("language", text.LANGUAGES)
def test_the_privacy_table_has_a_row_for_every_family(language: str) -> None:
    table = storage.storage_markdown(text.catalogue(language)).splitlines()
    assert len(table) == 2 + len(storage.FAMILIES)
    assert table[1] == "|---|---|---|"
    keys = [row.split(" | ")[0].removeprefix("| ") for row in table[2:]]
    assert keys[:2] == ["`tip:v1:reflection:`", "`tip:v1:attempt:`"]
    assert keys[-2] == "`quiz_progress_`"
    assert keys[-1].startswith("`/.__` ") and keys[-1].endswith(" `.__`")
    assert all(row.count(" | ") == 2 and row.endswith(" |") for row in table[2:])


def test_the_privacy_table_in_bokmal() -> None:
    table = storage.storage_markdown(text.catalogue("nb"))
    assert table.startswith("| Nøkkel (begynner med) | Hva som lagres | Hvorfor |\n")
    assert (
        "| `tip:v1:learner` | Et tilfeldig tall som nettleseren lager første gang. Det sier "
        "ingenting om hvem du er, og det blir ikke sendt noe sted. | Så du får de samme "
        "spørsmålene når du kommer tilbake, og andre spørsmål når du tar kunnskapssjekken på "
        "nytt. |\n"
    ) in table
    assert "nettstedet og `.__` | Små innstillinger fra temaet" in table


def test_the_privacy_table_in_nynorsk() -> None:
    table = storage.storage_markdown(text.catalogue("nn"))
    assert table.startswith("| Nøkkel (byrjar med) | Kva som blir lagra | Kvifor |\n")
    assert "| `tip:v1:edition` | Om du valde bokmål eller nynorsk sist du bytte utgåve. |" in table
