"""Norwegian search: an inflected word finds the pages that use other forms of it.

Material searches each word as a prefix without a stemmer; overrides/assets/javascripts/lunr/min/
lunr.no.min.js (Material's file plus a few lines) strips the inflection from each word first.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, Server, build, copy_project

LUNR_NO = "assets/javascripts/lunr/min/lunr.no.min.js"
PAGES = {
    "medarbeider.md": "# Rollen som medarbeider\n\nEn medarbeider tar ansvar for arbeidet sitt.\n",
    "samtale.md": "# En god samtale\n\nEn samtale tar tid.\n",
}


def search(page: object, url: str, query: str) -> list[str]:
    """The pages (without #section) that Material's search lists for a query typed into the box."""
    page.goto(url)  # type: ignore[attr-defined]
    page.locator(".md-search__input").click()  # type: ignore[attr-defined]
    page.keyboard.type(query, delay=10)  # type: ignore[attr-defined]
    page.locator(".md-search-result__meta").filter(has_text="treff").wait_for()  # type: ignore[attr-defined]
    # Each key sent a query of its own: wait until the answers to the last one have stopped changing.
    results, before = None, []
    for _ in range(25):
        before, results = results, page.locator(".md-search-result__item > a").evaluate_all("as => as.map(a => a.href)")  # type: ignore[attr-defined]
        if results == before:
            break
        page.wait_for_timeout(200)  # type: ignore[attr-defined]
    return sorted({h.split("?")[0].split("#")[0].removeprefix(url) for h in results or []})


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small course whose pages use only the base forms "medarbeider" and "samtale"."""
    tmp = tmp_path_factory.mktemp("search")
    project = copy_project(tmp / "p", ROOT / "tests" / "fixtures" / "minikurs")
    for name, text in PAGES.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    result = build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    server = Server(tmp / "site")
    yield server.url
    server.close()


def test_override_starts_with_materials_own_file() -> None:
    """After a Material upgrade, copy its new lunr.no.min.js in and keep our lines at the end."""
    import material

    original = (Path(material.__file__).parent / "templates" / LUNR_NO).read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / LUNR_NO).read_text(encoding="utf-8")
    assert ours.startswith(original + "\n"), "overrides/" + LUNR_NO + " no longer starts with Material's file"
    assert "Query.prototype.clause" in ours[len(original):]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("medarbeiderne", "medarbeider/"),  # definite plural
        ("medarbeideren", "medarbeider/"),  # definite singular
        ("medarbeidere", "medarbeider/"),  # indefinite plural
        ("samtalene", "samtale/"),
        ("samtalen", "samtale/"),
    ],
)
def test_inflected_word_finds_the_page_with_its_base_form(page: object, small_site: str, query: str, found: str) -> None:
    results = search(page, small_site, query)
    assert found in results
    assert set(results) <= {found, "modul/", ""}, results  # no unrelated page


def test_searching_medarbeiderne_finds_the_module_on_medarbeiderskap(page: object, site_url: str) -> None:
    inflected = search(page, site_url, "medarbeiderne")
    assert "moduler/medarbeiderskap/" in inflected
    assert inflected == search(page, site_url, "medarbeider")


INDEX = "search/search_index.json"


def index_requests(page: object) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if r.url.endswith(INDEX) else None)  # type: ignore[attr-defined]
    return requests


def test_the_search_index_waits_until_the_search_is_opened(page: object, site_url: str) -> None:
    """overrides/partials/javascripts/base.html: a page load does not fetch the index (55 kB
    gzipped); opening the search with the keyboard does, once, and the search then works."""
    requests = index_requests(page)
    page.goto(site_url + "moduler/medarbeiderskap/", wait_until="networkidle")  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert requests == []
    page.keyboard.press("/")  # type: ignore[attr-defined]  # Material's shortcut to the search
    page.keyboard.type("kollegaveiledning", delay=10)  # type: ignore[attr-defined]
    page.locator(".md-search-result__meta").filter(has_text="treff").wait_for()  # type: ignore[attr-defined]
    assert page.locator(".md-search-result__item a[href*='moduler/kollegaveiledning/']").count() > 0  # type: ignore[attr-defined]
    assert len(requests) == 1


def test_a_search_hit_still_highlights_the_words_searched_for(page: object, site_url: str) -> None:
    """Following a hit opens the page with ?h=: Material needs the index to mark the words."""
    requests = index_requests(page)
    page.goto(site_url + "moduler/medarbeiderskap/?h=medarbeiderskap", wait_until="networkidle")  # type: ignore[attr-defined]
    page.locator("mark[data-md-highlight]").first.wait_for()  # type: ignore[attr-defined]
    assert len(requests) == 1
