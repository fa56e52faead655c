"""The Repetisjon page as built: light, with every module's questions in a file of its own, each
question exactly as its module shows it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import ROOT
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


def test_every_module_question_is_in_one_file_exactly_as_on_its_module(built_site: Path) -> None:
    page = (built_site / "repetisjon" / "index.html").read_text(encoding="utf-8")
    attrs = re.search(r'<div id="tip-repetition"[^>]*>', page)
    assert attrs is not None
    files = json.loads(
        re.search(r'data-tip-fragments="([^"]*)"', attrs.group(0)).group(1).replace("&quot;", '"')
    )  # type: ignore[union-attr]
    script = re.search(r'data-tip-quiz-script="([^"]*)"', attrs.group(0)).group(1)  # type: ignore[union-attr]
    assert (built_site / "repetisjon" / script).resolve().name.startswith("quiz.")
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    assert list(files) == [m["id"] for m in course["modules"]]
    for module in course["modules"]:
        served = (built_site / "repetisjon" / files[module["id"]]).read_text(encoding="utf-8")
        shown = (built_site / module["url"] / "index.html").read_text(encoding="utf-8")
        assert WRAPPED.findall(served) == WRAPPED.findall(shown)  # byte for byte, in order
        ids = [q["question"] for q in module["repetition"]]
        assert ids == module["questions"] and len(ids) == 10
        assert [f'id="{i}"' in served for i in ids] == [True] * 10
    assert course["repetition"] == {
        "key": "repetition",
        "url": "repetisjon/",
        "days": [1, 3, 7, 16, 35],
        "answers_prefix": "quiz_progress_",
    }
