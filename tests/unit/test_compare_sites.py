"""bench/compare_sites.py: two sites are the same when only hashed names and dates differ."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from compare_sites import differences


def site(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_hashed_names_and_dates_are_no_difference(tmp_path: Path) -> None:
    a = site(
        tmp_path / "a",
        {
            "index.html": '<script src="x.3f2a9c1b7e.js">',
            "sitemap.xml": "<lastmod>1</lastmod>",
            "x.3f2a9c1b7e.js": "1",
        },
    )
    b = site(
        tmp_path / "b",
        {
            "index.html": '<script src="x.0123456789.js">',
            "sitemap.xml": "<lastmod>2</lastmod>",
            "x.0123456789.js": "1",
        },
    )
    assert differences(a, b) == []


def test_a_changed_text_and_a_missing_file_are_named(tmp_path: Path) -> None:
    a = site(tmp_path / "a", {"index.html": "<p>Sist endret</p>", "gone.html": ""})
    b = site(tmp_path / "b", {"index.html": "<p>Sist endra</p>"})
    found = differences(a, b)
    assert found[0] == f"only in {a}: gone.html"
    assert found[1].startswith("differs: index.html: -<p>Sist endret</p> | +<p>Sist endra</p>")
