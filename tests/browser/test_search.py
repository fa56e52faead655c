"""Norwegian search: an inflected word finds the pages that use other forms of it.

Material searches each word as a prefix without a stemmer; docs/assets/js/search-stemming.js,
which the build puts after Material's own lunr.no.min.js (hooks/tip/theme.py), strips the inflection
from each word first. Without it, these tests fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from conftest import ROOT, Server, build_site, copy_project

PAGES = {
    "medarbeider.md": "# Rollen som medarbeider\n\nEn medarbeider tar ansvar for arbeidet sitt.\n",
    "samtale.md": "# En god samtale\n\nEn samtale tar tid.\n",
}


def search(page: Page, url: str, query: str) -> list[str]:
    """The pages (without #section) that Material's search lists for a query typed into the box."""
    page.goto(url)
    page.locator(".md-search__input").click()
    page.keyboard.type(query, delay=10)
    page.locator(".md-search-result__meta").filter(has_text="treff").wait_for()
    # Each key sent a query of its own: wait until the answers to the last one have stopped changing.
    results: list[str] | None = None
    before: list[str] | None = []
    for _ in range(25):
        before, results = (
            results,
            page.locator(".md-search-result__item > a").evaluate_all("as => as.map(a => a.href)"),
        )
        if results == before:
            break
        page.wait_for_timeout(200)
    return sorted({h.split("?")[0].split("#")[0].removeprefix(url) for h in results or []})


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small course whose pages use only the base forms "medarbeider" and "samtale"."""
    tmp = tmp_path_factory.mktemp("search")
    project = copy_project(tmp / "p", ROOT / "tests" / "fixtures" / "minikurs")
    for name, text in PAGES.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    build_site(project, tmp / "site")
    server = Server(tmp / "site")
    yield server.url
    server.close()


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
def test_inflected_word_finds_the_page_with_its_base_form(
    page: Page, small_site: str, query: str, found: str
) -> None:
    results = search(page, small_site, query)
    assert found in results
    assert set(results) <= {found, "modul/", ""}, results  # no unrelated page


def test_searching_medarbeiderne_finds_the_module_on_medarbeiderskap(
    page: Page, site_url: str
) -> None:
    inflected = search(page, site_url, "medarbeiderne")
    assert "moduler/medarbeiderskap/" in inflected
    assert inflected == search(page, site_url, "medarbeider")


INDEX = "search/search_index.json"


WORKER = re.compile(r"/workers/search\.[0-9a-f]+\.min\.js$")


def index_requests(page: Page) -> list[str]:
    """The requests for the search index and for Material's search worker."""
    requests: list[str] = []
    page.on(
        "request",
        lambda r: requests.append(r.url) if r.url.endswith(INDEX) or WORKER.search(r.url) else None,
    )
    return requests


def test_the_search_index_waits_until_the_search_is_opened(page: Page, site_url: str) -> None:
    """docs/assets/js/search-on-demand.js: a page load fetches neither the index (55 kB
    gzipped) nor the search worker (13 kB); opening the search with the keyboard fetches each
    once, and the search then works."""
    requests = index_requests(page)
    page.goto(site_url + "moduler/medarbeiderskap/", wait_until="networkidle")
    page.wait_for_timeout(300)
    assert requests == []
    page.keyboard.press("/")  # Material's shortcut to the search
    page.keyboard.type("kollegaveiledning", delay=10)
    page.locator(".md-search-result__meta").filter(has_text="treff").wait_for()
    assert page.locator(".md-search-result__item a[href*='moduler/kollegaveiledning/']").count() > 0
    assert len(requests) == 2 and any(WORKER.search(r) for r in requests)


def test_a_search_hit_still_highlights_the_words_searched_for(page: Page, site_url: str) -> None:
    """Following a hit opens the page with ?h=: Material needs the index to mark the words."""
    requests = index_requests(page)
    page.goto(site_url + "moduler/medarbeiderskap/?h=medarbeiderskap", wait_until="networkidle")
    page.locator("mark[data-md-highlight]").first.wait_for()
    assert len([r for r in requests if r.endswith(INDEX)]) == 1


@pytest.mark.parametrize(
    ("inflected", "base", "module"),
    [
        ("medarbeidarane", "medarbeidar", "nn/moduler/medarbeiderskap/"),  # definite plural -ane
        ("samtalane", "samtale", "nn/ledere/samtale-kollegaveiledning/"),
        ("leiaren", "leiar", "nn/moduler/lede-med-tillit/"),  # definite singular
    ],
)
def test_the_nynorsk_edition_finds_nynorsk_inflections(
    page: Page, site_url: str, inflected: str, base: str, module: str
) -> None:
    """The same stemming serves Nynorsk: its endings (-ane, -ar, -a) are stripped in turn."""
    found = search(page, site_url + "nn/", inflected)
    assert module.removeprefix("nn/") in found, found
    assert found == search(page, site_url + "nn/", base)
