"""The built front page: one list of modules, made from the modules themselves in reading order;
a start button at module 1; the footer's «Neste» leads into the course, in Norwegian. And the
knowledge checks say «kunnskapssjekk», never «quiz», wherever a learner reads them."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from course.course import load_course

COURSE, _ = load_course(ROOT)
QUIZ_PAGES = sorted(p for p, page in COURSE.pages.items() if page.markers)
CARD = re.compile(
    r'<li class="card tip-module-card" data-tip-module="([a-z0-9-]+)">.*?href="([^"]+)">'
    r'<span class="tip-module-card__number">(\d+)\.</span> ([^<]+)</a>(.*?)</li>'
)


def front_page(site: Path) -> str:
    return (site / "index.html").read_text(encoding="utf-8")


def test_the_module_list_is_made_from_the_modules_in_reading_order(built_site: Path) -> None:
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    text = front_page(built_site)
    assert text.count('id="tip-modules"') == 1 and "tip-dashboard" not in text
    cards = CARD.findall(text)
    assert [c[0] for c in cards] == [m["id"] for m in course["modules"]]
    assert len(cards) == 8
    for (module_id, href, number, title, rest), module in zip(cards, course["modules"]):
        page = COURSE.pages[f"moduler/{module_id}.md"]
        assert href == module["url"] and (built_site / href / "index.html").is_file()
        assert int(number) == course["modules"].index(module) + 1
        assert html.unescape(title) == page.meta["title"]
        assert f"Omtrent {page.meta['minutes']} minutter" in rest
        assert html.escape(str(page.meta["description"]), quote=False) in rest
    for claim in ("Ikke startet", "Påbegynt", "Fullført"):
        assert claim not in text  # without JavaScript nothing claims a status


def test_start_button_comes_right_after_the_welcome_and_leads_to_module_one(
    built_site: Path,
) -> None:
    text = front_page(built_site)
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    article = text[text.index("<h1") :]
    # (leaving out the notice shown only when the course is opened from a folder)
    notice = re.search(
        r'<div class="admonition warning tip-file-notice" hidden(?:="hidden")?>.*?</div>',
        article,
        re.S,
    )
    assert notice
    blocks = re.findall(r"<(p|div|h2|ol)\b[^>]*>", article.replace(notice.group(0), ""))
    button = re.search(r'<p class="tip-continue" id="tip-continue"><a [^>]*href="([^"]+)"', article)
    assert button and button.group(1) == course["modules"][0]["url"]
    assert ">Start kurset</a>" in article
    # the assignment banner, the welcome, then the button, before the first heading
    assert blocks[:3] == ["div", "p", "p"] and article.index("Velkommen!") < button.start()
    assert button.start() < article.index("<h2")
    assert '<div id="tip-repetition-due"></div>' in article  # for the repetition's own script
    assert article.index('id="tip-progress-summary"') < article.index('id="tip-repetition-due"')
    assert article.index('id="tip-repetition-due"') < article.index('id="tip-modules"')


def test_footer_leads_into_the_course_in_norwegian(built_site: Path) -> None:
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    first, last = course["modules"][0], course["modules"][-1]
    text = front_page(built_site)
    nxt = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', text)
    assert nxt and nxt.group(1) == first["url"]
    final = (built_site / last["url"] / "index.html").read_text(encoding="utf-8")
    after = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', final)
    assert after and after.group(1) == "../../kursbevis/"
    for page in (text, final):
        assert "Made with" not in page and "Material for MkDocs" not in page
        assert (
            "Tillit i praksis er et åpent nettkurs for arbeidsplasser i offentlig sektor." in page
        )


@pytest.mark.parametrize("src", QUIZ_PAGES)
def test_a_learner_reads_kunnskapssjekk_never_quiz(built_site: Path, src: str) -> None:
    text = (built_site / src.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    translations = json.loads(
        re.search(r"window\.mkdocsQuizTranslations = (\{.*?\});", text, re.S).group(1)  # type: ignore[union-attr]
    )
    assert translations["Reset quiz"] == "Tøm svarene på siden"
    assert [t for t in translations.values() if "quiz" in t.casefold()] == []
    assert [t for t in translations.values() if re.search(r"\bfrem", t)] == []
    shown = re.sub(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]+>", " ", text, flags=re.S)
    assert "quiz" not in html.unescape(shown).casefold()
    assert "showProgress: false" in text
    assert 'id="quiz-progress-sidebar"' not in text and 'id="quiz-progress-mobile"' not in text
    intro = re.search(r'<div class="quiz-intro">(.*?)</div>', text, re.S)
    assert intro and "Tøm svarene på siden" in intro.group(1)
    assert text.index('class="quiz-intro"') < text.index('class="quiz"')


def test_one_name_for_a_module_in_the_leaders_pages(built_site: Path) -> None:
    for path in ("ledere/tildel/index.html", "ledere/index.html"):
        text = (built_site / path).read_text(encoding="utf-8")
        assert "kapitl" not in text.casefold() and "Tildel moduler" in text
