"""Stylesheets and scripts under names that carry a hash of their content: quiz.3f2a9c1b7e.js.

A browser may keep such a file for a year (deploy/nginx.conf) and asks for none of them again on
the next page; a changed file gets a new name, so nobody runs an old copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Asset:
    """One stylesheet or script: where it goes in the site, and its text."""

    path: str  # in the site, e.g. "assets/quiz/quiz.3f2a9c1b7e.js"
    content: str

    @property
    def is_style(self) -> bool:
        return self.path.endswith(".css")


def hashed_asset(folder: str, name: str, content: str) -> Asset:
    """The asset `name` in `folder`, its name carrying a hash of its content: quiz.<hash>.js."""
    stem, _, ext = name.rpartition(".")
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]
    return Asset(f"{folder}/{stem}.{digest}.{ext}", content)
