"""hooks/tip/quizzes.py and course/mkdocsquiz.py: mkdocs-quiz's CSS and JavaScript are files on quiz
pages only, and the workarounds stop the build when another mkdocs-quiz version is installed."""
from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from course import mkdocsquiz
from course.assets import minified
from course.course import load_course

from conftest import ROOT, Warnings, build_site, copy_project

COURSE, _ = load_course(ROOT)
QUIZ_PAGES = sorted(p for p, page in COURSE.pages.items() if page.markers or page.repetition_marker)
REFERENCE = re.compile(r'(?:href|src)="([^"]*assets/quiz/[^"]+)"')
PACKAGE = {name: (files("mkdocs_quiz") / path).read_text(encoding="utf-8") for name, path in [("quiz.css", "css/quiz.css"), ("confetti.js", "js/vendor/js-confetti.browser.js"), ("quiz.js", "js/quiz.js")]}


def html_of(site: Path, src: str) -> Path:
    if src == "index.md" or src.endswith("/index.md"):
        return site / src.replace(".md", ".html")
    return site / src.removesuffix(".md") / "index.html"


@pytest.mark.parametrize("src", QUIZ_PAGES)
def test_quiz_page_references_the_quiz_files_and_has_no_inline_copy(built_site: Path, src: str) -> None:
    page = html_of(built_site, src)
    text = page.read_text(encoding="utf-8")
    references = REFERENCE.findall(text)
    names = [re.sub(r"\.[0-9a-f]{10}\.", ".", Path(r).name) for r in references]
    assert names == ["quiz.css", "confetti.js", "quiz.js"]
    css, confetti, script = (f'="{r}"' for r in references)  # as an attribute (href or src)
    assert text.index(css) < text.index("</head>") < text.index("src" + confetti)
    assert text.index("src" + confetti) < text.index("window.mkdocsQuizConfig") < text.index("src" + script)
    for name, reference in zip(names, references):
        served = (page.parent / reference).resolve()
        expected = PACKAGE[name]
        if name == "quiz.js":  # each quiz's options have a name of their own (ANSWER_SELECTOR)
            old, new, count = mkdocsquiz.ANSWER_SELECTOR
            assert expected.count(old) == count
            expected = expected.replace(old, new)
        # served as the package has it, without comments and spaces (course/assets.py)
        assert served.read_text(encoding="utf-8") == minified(name, expected), reference
        assert PACKAGE[name][:400] not in text and PACKAGE[name][-400:] not in text


def test_pages_without_quizzes_reference_no_quiz_files(built_site: Path) -> None:
    quiz_pages = {html_of(site, src) for site in (built_site, built_site / "nn") for src in QUIZ_PAGES}
    others = [p for p in built_site.rglob("*.html") if p not in quiz_pages]
    assert len(others) >= 10
    for page in others:
        text = page.read_text(encoding="utf-8")
        assert "assets/quiz/" not in text and "mkdocsQuiz" not in text, page


def test_another_mkdocs_quiz_version_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings) -> None:
    monkeypatch.setattr(mkdocsquiz, "version", lambda package: "2.0.0")
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    logged = warnings.take()
    assert any("mkdocs-quiz 2.0.0 is installed, but hooks/course/mkdocsquiz.py was written for 1.7.x" in w for w in logged), logged


def test_the_installed_mkdocs_quiz_is_the_one_the_workarounds_were_written_for() -> None:
    assert mkdocsquiz.version_problem() is None


def test_each_quiz_has_its_own_group_a_named_form_and_a_legend(built_site: Path) -> None:
    text = (built_site / "moduler" / "selvledelse" / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'<input type="(?:radio|checkbox)" name="([^"]+)"', text)
    quizzes = re.findall(r'<div class="quiz"[^>]* id="([^"]+)"', text)
    count = len(COURSE.banks["selvledelse"].questions)
    assert len(set(names)) == len(quizzes) == count >= 10
    assert set(names) == {f"answer-{q}" for q in quizzes}
    assert len(re.findall(r'<form [^>]*aria-labelledby="q-[^"]+-question"', text)) == count
    assert text.count('<legend class="tip-visually-hidden">') == count
