"""`make screenshots`: the pictures of the front page in the README are made by
screenshots/take.py, at both sizes and in both states, and the README shows every one."""

from __future__ import annotations

import importlib.util
import re
import struct
from pathlib import Path

from playwright.sync_api import Browser

from conftest import ROOT

spec = importlib.util.spec_from_file_location("take", ROOT / "screenshots" / "take.py")
assert spec and spec.loader
take = importlib.util.module_from_spec(spec)
spec.loader.exec_module(take)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshots_of_the_front_page_at_both_sizes(
    built_site: Path, tmp_path: Path, browser: Browser
) -> None:
    written = take.take(built_site, tmp_path, browser)
    names = [
        "forside-ny-bred.png",
        "forside-ny-mobil.png",
        "forside-underveis-bred.png",
        "forside-underveis-mobil.png",
    ]
    assert sorted(p.name for p in written) == names + ["nn-" + name for name in names]
    for path in written:
        size = "bred" if "bred" in path.name else "mobil"
        assert png_size(path) == take.SIZES[size]
    assert written[0].read_bytes() != written[1].read_bytes()  # the two states differ


def test_the_readme_shows_the_committed_screenshots() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]+\]\((screenshots/[\w-]+\.png)\)", readme)
    committed = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "screenshots").glob("*.png"))
    assert sorted(shown) == committed and len(committed) == 8
    assert "make screenshots" in readme
