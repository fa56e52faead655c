"""The Repetisjon page as built: light, with every module's questions in a file of its own, each
question exactly as its module shows it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import ROOT, build_site, copy_project
from course import repetition
from course.course import load_course

COURSE, _ = load_course(ROOT)
WRAPPED = re.compile(r"<tip-quiz\b.*?</tip-quiz>", re.S)


def test_the_page_has_the_rule_and_no_question_of_its_own(built_site: Path) -> None:
    text = (built_site / "repetisjon" / "index.html").read_text(encoding="utf-8")
    assert repetition.rule_sentence(COURSE.settings.repetition_days) in text
    assert "(1, 3, 7, 16 og så 35 dager)" in text  # course.yml's steps
    assert 'class="quiz"' not in text and "<tip-quiz" not in text
    assert "Repetisjonen virker når JavaScript er slått på" in text  # without JavaScript


def test_every_question_is_in_a_file_of_its_own_exactly_as_on_its_module(
    built_site: Path,
) -> None:
    page = (built_site / "repetisjon" / "index.html").read_text(encoding="utf-8")
    container = re.search(r'<div id="tip-repetition"[^>]*>', page)
    assert container is not None
    folder = re.search(r'data-tip-questions="([^"]*)"', container.group(0))
    script = re.search(r'data-tip-quiz-script="([^"]*)"', container.group(0))
    assert folder is not None and script is not None
    assert (built_site / "repetisjon" / script.group(1)).resolve().name.startswith("quiz.")
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    files = sorted((built_site / "repetisjon" / folder.group(1)).glob("*.json"))
    banks = COURSE.banks.values()
    assert len(files) == sum(len(m["questions"]) for m in course["modules"])
    assert len(files) == sum(len(b.questions) for b in banks) >= 80
    for module in course["modules"]:
        shown = WRAPPED.findall(
            (built_site / module["url"] / "index.html").read_text(encoding="utf-8")
        )
        assert len(module["repetition"]) == len(module["questions"]) == len(shown) >= 10
        for schedule_id, question, html in zip(module["repetition"], module["questions"], shown):
            bank, qid = schedule_id.split(":")
            assert question.startswith(f"q-{bank}-{qid}-")
            served = built_site / "repetisjon" / folder.group(1) / f"{question}.json"
            assert json.loads(served.read_text(encoding="utf-8")) == {
                "question": question,
                "html": html,  # byte for byte as on the module
            }
    assert course["repetition"] == {"url": "repetisjon/", "days": [1, 3, 7, 16, 35]}
    assert course["storage"]["repetition"] == "tip:v1:repetition"


def test_a_course_without_module_questions_builds_a_plain_page(tmp_path: Path) -> None:
    """The small test course has no module (docs/moduler/): the page has nothing to practise,
    no quiz code, and still says what it is for."""
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    (project / "docs" / "repetisjon.md").write_text(
        "# Repetisjon\n\n<!-- repetisjon -->\n", encoding="utf-8"
    )
    build_site(project, tmp_path / "site", nav=["index.md", "modul.md", "repetisjon.md"])
    text = (tmp_path / "site" / "repetisjon" / "index.html").read_text(encoding="utf-8")
    assert '<div id="tip-repetition" class="tip-repetition">' in text
    assert "assets/quiz/" not in text and not (tmp_path / "site" / "repetisjon" / "sporsmal").exists()
    course = json.loads((tmp_path / "site" / "course.json").read_text(encoding="utf-8"))
    assert course["repetition"]["url"] == "repetisjon/" and course["modules"] == []
