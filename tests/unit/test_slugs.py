"""Heading anchors that keep the Norwegian letters readable (course/slugs.py)."""

from __future__ import annotations

import pytest

from course.slugs import slugify


@pytest.mark.parametrize(
    "heading, anchor",
    [
        ("Prøv dette", "prov-dette"),
        ("Når du står fast", "nar-du-star-fast"),
        ("Ærlige tilbakemeldinger", "aerlige-tilbakemeldinger"),
        ("Del trygt: taushetsplikten", "del-trygt-taushetsplikten"),
        ("Fra «drøm» til mål", "fra-drom-til-mal"),
        ("Café og idé", "cafe-og-ide"),
    ],
)
def test_norwegian_letters_give_readable_anchors(heading: str, anchor: str) -> None:
    assert slugify(heading, "-") == anchor
