"""The ordliste (docs/ordliste.md, hooks/tip/pages.py): every term has its entry, and on every
module page the first use of an ordliste term is linked to its entry and explained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from course.course import load_course
from course.glossary import term_pattern
from course.model import Term

COURSE, _ = load_course(ROOT)
TERMS = next(page.terms for page in COURSE.pages.values() if page.terms)
# Not running text: knowledge checks, headings, code, table headers, admonition titles, the
# reflection prompts, explanations themselves, and other links (a term in a link is linked).
HIDDEN = re.compile(
    r"<tip-quiz.*?</tip-quiz>|<h[1-6][^>]*>.*?</h[1-6]>|<code>.*?</code>|<th>.*?</th>|"
    r'<p class="admonition-title">.*?</p>|<span class="tip-term__tip"[^>]*>.*?</span>|'
    r'<div class="tip-reflections".*?</ul>|<a (?!class="tip-term")[^>]*>.*?</a>',
    re.S,
)


def article(page_html: str) -> str:
    return page_html[page_html.index('<article class="md-content__inner') : page_html.index("</article>")]


def unexplained(page_html: str, terms: tuple[Term, ...]) -> list[str]:
    """Terms whose first use in the page's text is not the link that explains them."""
    text = HIDDEN.sub(" ", article(page_html))
    text = re.sub(r'<div class="tip-module-intro".*?</div>', " ", text, flags=re.S)
    missing = []
    for term in terms:
        link = re.search(rf'<a class="tip-term" href="[^"]*#{re.escape(term.anchor)}"[^>]*>', text)
        plain = re.sub(r"<[^>]+>", lambda m: " " * len(m.group(0)), text)  # the same offsets
        first = term_pattern(term).search(plain)
        if first and (link is None or link.end() > first.start()):
            missing.append(term.term)
    return missing


@pytest.mark.parametrize("module", sorted(p.name for p in (ROOT / "docs" / "moduler").glob("*.md")))
def test_every_term_used_in_a_module_is_explained_where_it_is_first_used(built_site: Path, module: str) -> None:
    page = (built_site / "moduler" / module.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    assert unexplained(page, TERMS) == []
    assert page.count('class="tip-term"') >= 5


def test_a_module_where_the_explanation_is_missing_is_found(built_site: Path) -> None:
    page = (built_site / "moduler" / "selvledelse" / "index.html").read_text(encoding="utf-8")
    planted = re.sub(
        r'<a class="tip-term" href="[^"]*#ledbar"[^>]*>(.*?)</a><span class="tip-term__tip"[^>]*>.*?</span>',
        r"\1",
        page,
        count=1,
    )
    assert planted != page
    assert unexplained(planted, TERMS) == ["ledbar"]


def test_the_ordliste_has_an_entry_for_every_term_and_every_link_finds_it(built_site: Path) -> None:
    ordliste = (built_site / "ordliste" / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'<dt id="([^"]+)">', ordliste))
    assert ids == {t.anchor for t in TERMS} and len(ids) >= 20
    for needed in ("handlingsrom", "myndiggjort", "ledbar", "medarbeiderskap", "selvledelse", "psykologisk-trygghet",
                   "partssamarbeid", "tillitsvalgt", "verneombud", "kollegaveiledning", "veisøker"):
        assert needed in ids, needed
    for page in (built_site / "moduler").glob("*/index.html"):
        for anchor in re.findall(r'class="tip-term" href="\.\./\.\./ordliste/#([^"]+)"', page.read_text(encoding="utf-8")):
            assert anchor in ids, (page, anchor)
