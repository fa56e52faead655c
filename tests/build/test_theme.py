"""overrides/partials/nav-item.html and hooks/theme.py write the navigation Material would.

The build writes every plain link of the navigation in Python (tip_nav_link) instead of through
Material's macros, because that part grows with the square of the number of pages. The course
built with Material's own nav-item.html must have the same navigation on every page.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, build, copy_project

NAV = re.compile(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', re.S)
FAST_LINK = re.compile(r'<li class="md-nav__item"><a href="[^"]*" class="md-nav__link"><span class="md-ellipsis">')


class _Tokens(HTMLParser):
    """Tags with their attributes, and text with its white space collapsed."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: list[tuple[str, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tokens.append(("<", tag, *(f"{k}={' '.join((v or '').split())}" for k, v in sorted(attrs))))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(("/", tag))

    def handle_data(self, data: str) -> None:
        if data.split():
            self.tokens.append(("text", " ".join(data.split())))


def navigation(page: Path) -> list[tuple[str, ...]]:
    found = NAV.search(page.read_text(encoding="utf-8"))
    assert found, f"{page}: no primary navigation"
    parser = _Tokens()
    parser.feed(found.group(0))
    return parser.tokens


@pytest.fixture(scope="module")
def stock_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real course built with Material's own nav-item.html."""
    tmp = tmp_path_factory.mktemp("stock-nav")
    project = copy_project(tmp / "project")
    (project / "overrides" / "partials" / "nav-item.html").unlink()
    result = build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


def test_override_is_materials_file_with_one_line_changed() -> None:
    """After a Material upgrade, copy its new nav-item.html in and change the same line."""
    import material

    stock = (Path(material.__file__).parent / "templates" / "partials" / "nav-item.html").read_text(encoding="utf-8").splitlines()
    ours = (ROOT / "overrides" / "partials" / "nav-item.html").read_text(encoding="utf-8").splitlines()
    ours = ours[ours.index(next(line for line in ours if line.endswith("-#}"))) + 1 :]
    changed = [(a, b) for a, b in zip(stock[3:], ours) if a != b]
    assert len(stock) - 3 == len(ours) and len(changed) == 1, changed
    assert "tip_nav_link(item) or render(item" in changed[0][1]


def test_every_page_has_materials_navigation(built_site: Path, stock_site: Path) -> None:
    pages = sorted(p.relative_to(built_site) for p in built_site.rglob("*.html") if NAV.search(p.read_text(encoding="utf-8")))
    assert len(pages) > 20
    fast = 0
    for page in pages:
        assert navigation(built_site / page) == navigation(stock_site / page), f"{page}: the navigation differs from Material's"
        fast += len(FAST_LINK.findall((built_site / page).read_text(encoding="utf-8")))
    assert fast > 10 * len(pages), "tip_nav_link wrote hardly any link: is hooks/theme.py in mkdocs.yml?"
