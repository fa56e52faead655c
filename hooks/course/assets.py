"""Stylesheets and scripts under names that carry a hash of their content: quiz.3f2a9c1b7e.js.

A browser may keep such a file for a year (deploy/nginx.conf) and asks for none of them again on
the next page; a changed file gets a new name, so nobody runs an old copy. A served file is
minified (served_asset): the same code without comments and spaces, about a third less to load
(`make bench`); the source stays as it is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import rcssmin
import rjsmin


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


def minified(name: str, content: str) -> str:
    """A script or stylesheet without its comments and spaces (rjsmin, rcssmin: they change no
    token of the code); any other file as it is."""
    if name.endswith(".js"):
        return str(rjsmin.jsmin(content, keep_bang_comments=True))
    if name.endswith(".css"):
        return str(rcssmin.cssmin(content, keep_bang_comments=True))
    return content


def served_asset(folder: str, name: str, content: str) -> Asset:
    """The asset as the site serves it: minified, its name carrying a hash of what is served."""
    return hashed_asset(folder, name, minified(name, content))
