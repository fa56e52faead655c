"""The real course, built: every question and reflection prompt is really in the HTML.

This catches a build engine that silently ignores hooks or mkdocs-quiz (MkDocs 2, Zensical)."""
from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from conftest import ROOT, Warnings, build_site, copy_project
from course.course import load_course

COURSE, _ = load_course(ROOT)
MINIKURS = ROOT / "tests" / "fixtures" / "minikurs"
SAMPLE = "moduler/psykologisk-trygghet.md"


def page_html(site: Path, src: str) -> str:
    return (site / src.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)))


@pytest.mark.parametrize("src", sorted(p for p, page in COURSE.pages.items() if page.markers))
def test_every_placed_question_is_in_the_html(built_site: Path, src: str) -> None:
    text = page_html(built_site, src)
    words = visible_text(text)
    for marker in COURSE.pages[src].markers:
        bank = COURSE.banks[marker.bank]
        for q in bank.questions if not marker.questions else [bank.question(i) for i in marker.questions]:
            assert q is not None
            assert f'id="q-{bank.id}-{q.id}-{q.fingerprint}"' in text
            assert " ".join(q.text.split())[:60] in words
            for option in q.options:
                assert f'value="{option.key}"' in text
                assert " ".join(option.text.split()) in words
    assert "window.mkdocsQuizConfig" in text  # mkdocs-quiz really ran


@pytest.mark.parametrize("src", sorted(p for p, page in COURSE.pages.items() if page.reflections))
def test_every_reflection_prompt_is_a_labelled_checkbox(built_site: Path, src: str) -> None:
    text = page_html(built_site, src)
    for r in COURSE.pages[src].reflections:
        assert f'<input type="checkbox" id="refl-{r.id}" class="tip-reflection__check"><label for="refl-{r.id}" id="refl-{r.id}-label">{html.escape(r.text)}</label>' in text


def test_the_sample_module_shows_every_feature(built_site: Path) -> None:
    page = COURSE.pages[SAMPLE]
    bank = COURSE.banks["psykologisk-trygghet"]
    assert page.reflections and page.markers
    assert any(q.multiple for q in bank.questions) and any(not q.multiple for q in bank.questions)
    text = page_html(built_site, SAMPLE)
    assert "Etter denne modulen kan du" in text
    assert text.count('class="quiz"') == len(bank.questions)


def test_pages_without_quizzes_carry_no_quiz_code(built_site: Path) -> None:
    text = (built_site / "index.html").read_text(encoding="utf-8")
    assert "mkdocsQuizConfig" not in text


def test_site_has_norwegian_language_and_no_outside_fonts(built_site: Path) -> None:
    text = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nb"' in text
    assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def minikurs(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "p", MINIKURS)


def test_bad_bank_fails_the_build_with_a_clean_message(tmp_path: Path) -> None:
    """On the command line, as an editor runs it: one line per problem, no traceback."""
    project = minikurs(tmp_path)
    bank = project / "quizzes" / "demo.yml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("correct: true\n        feedback: Riktig. Alle", "feedback: Riktig. Alle", 1), encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert "quizzes/demo.yml:7:7: spørsmålet «en» har ikke noe riktig alternativ (merk det riktige med «correct: true») [option-no-correct]" in result.stderr
    assert "1 feil i 1 av 3 filer" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_marker_fails_the_build(tmp_path: Path, warnings: Warnings) -> None:
    project = minikurs(tmp_path)
    (project / "docs" / "index.md").write_text("# Testkurs\n\n<!-- quiz: finnes-ikke -->\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    assert any(
        "docs/index.md:3:1: markøren quiz viser til banken «finnes-ikke», som ikke finnes (bankene som finnes: demo) [marker-unknown-bank]" in w
        for w in warnings.take()
    )


def test_unused_bank_fails_a_strict_build(tmp_path: Path, warnings: Warnings) -> None:
    project = minikurs(tmp_path)
    (project / "quizzes" / "ubrukt.yml").write_text((project / "quizzes" / "demo.yml").read_text(encoding="utf-8").replace("id: demo", "id: ubrukt"), encoding="utf-8")
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    assert warnings.take() == [
        'tip: quizzes/ubrukt.yml:1:1: advarsel: ingen side bruker banken «ubrukt» (sett <!-- quiz: ubrukt --> på en side, eller slett filen) [bank-unused]'
    ]


def test_bank_text_appears_literally(tmp_path: Path) -> None:
    project = minikurs(tmp_path)
    build_site(project, tmp_path / "site")
    text = (tmp_path / "site" / "modul" / "index.html").read_text(encoding="utf-8")
    quiz = text[text.index('id="q-demo-to-') :]
    quiz = quiz[: quiz.index("</form>")]
    labels = [visible_text(label).strip() for label in re.findall(r"<label [^>]*>(.*?)</label>", quiz, re.S)]
    assert sorted(labels) == ["- [ ] ser ut som en tom boks",
        "Ingen av tegnene vises", "Mindre enn <5 & mer enn 2: \"sitat\"", "[x] ser ut som et kryss"]
    assert "Kollegaen sier: «Det er bare å spørre». Hva er [x] og [[svar]] her?" in visible_text(quiz)
    assert "> dette er ikke et sitat" in visible_text(quiz)
    assert len(re.findall(r'type="checkbox" name="answer-q-demo-to-', quiz)) == 4
    assert 'class="quiz-blank-input"' not in text


def test_search_index_does_not_reveal_answers(built_site: Path) -> None:
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    indexed = visible_text(" ".join(d["text"] for d in docs))
    assert "Testmodul" not in indexed and "Psykologisk trygghet" in indexed  # the real course is indexed
    for bank in COURSE.banks.values():
        for q in bank.questions:
            for option in q.options:
                if len(option.feedback) > 30:
                    assert " ".join(option.feedback.split())[:60] not in indexed, (bank.id, q.id)
