"""Every built page of both editions: no request leaves the site, none fails (a link Material's
script follows, such as hreflang's, included), and axe-core finds no violations."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from conftest import ROOT, axe_violations

PAGES = sorted(
    edition
    + (
        ""
        if p.as_posix() == "index.md"
        else p.with_suffix("").as_posix().removesuffix("index")
        + ("" if p.name == "index.md" else "/")
    )
    for edition in ("", "nn/")
    for p in (q.relative_to(ROOT / "docs") for q in (ROOT / "docs").rglob("*.md"))
)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "forsiden")
def test_page_stays_on_the_site_and_passes_axe(page: Page, site_url: str, path: str) -> None:
    site_host = urlparse(site_url).netloc
    outside: list[str] = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if urlparse(r.url).netloc not in (site_host, "") else None,
    )
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    response = page.goto(site_url + path)
    assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert failed == []
    assert axe_violations(page) == []
