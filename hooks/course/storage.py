"""Every key under which the course, or a tool it uses, keeps something in the learner's browser
(localStorage): the one list, and the only place a key is written down.

The browser gets the list as `tip.storage` (name -> key, in the words script, text.ui_script)
and asks for a key by name: `tip.key("assignments")`, `tip.key("answers", path)`
(docs/assets/js/store.js). course.json publishes it too ("storage"). Keys a page needs for each
of its prompts and modules (`reflection`, `attempt`) are made here with key() and reach the
browser through course.json and the page's HTML.

A key never changes once learners have it: their saved progress is stored under it. A new
version of a family's content gets a new key (the "v1" in PREFIX), never a changed old one.

The privacy page lists the same families (storage_markdown): what each holds, and why, from the
catalogue (page.storage.<name>.holds, page.storage.<name>.why).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Catalogue

PREFIX = "tip:v1:"
"""The start of every key of the course's own."""


@dataclass(frozen=True)
class Family:
    name: str  # how the scripts ask for it: tip.key(name)
    key: str  # the whole key, or the start that every key of the family shares
    per_item: bool = False  # True: one key per page, prompt or module, the key followed by more
    owner: str = "course"  # who writes it: "course", "mkdocs-quiz" or "material" (the theme)
    after_site_path: bool = False  # the key follows the site's path ("/" or "/kurs/")


FAMILIES = (
    # tick and note of one reflection prompt: key + "<page>:<prompt id>" (model.Page)
    Family("reflection", PREFIX + "reflection:", per_item=True),
    # a module's knowledge-check attempt: key + "<page>" (model.Page, attempts.js)
    Family("attempt", PREFIX + "attempt:", per_item=True),
    # a random id the browser makes once: which of a goal's parallel questions an attempt draws
    Family("learner", PREFIX + "learner"),
    # the edition the learner chose last with the language switch (edition.js)
    Family("edition", PREFIX + "edition"),
    # the module and section read last, for «Fortsett der du slapp» (home.js)
    Family("last-read", PREFIX + "last-read"),
    # the repetition schedule: one entry per question (repetition.js)
    Family("repetition", PREFIX + "repetition"),
    # assignments opened from a leader's link (assignments.js)
    Family("assignments", PREFIX + "assignments"),
    # in a cmi5 launch only: statements waiting for the LRS, and those already told (cmi5.js)
    Family("cmi5", PREFIX + "cmi5"),
    # written and removed at once, to learn whether the browser lets the course store (store.js)
    Family("probe", PREFIX + "probe"),
    # mkdocs-quiz's own: a page's answers, key + the page's path (its quiz.js; mkdocsquiz.py)
    Family("answers", "quiz_progress_", per_item=True, owner="mkdocs-quiz"),
    # Material's own small settings (which parts of the menu are open): site path + key + name
    Family("theme", ".__", per_item=True, owner="material", after_site_path=True),
)

BY_NAME = {family.name: family for family in FAMILIES}


def key(name: str, *parts: str) -> str:
    """A family's key, followed by parts joined with ":" (a page's key, a prompt's id)."""
    family = BY_NAME[name]
    if parts and not family.per_item:
        raise ValueError(f"the storage key '{name}' is one key, not a family: no parts")
    return family.key + ":".join(parts)


def published() -> dict[str, str]:
    """Every family by name, as course.json and tip.storage give it to the browser."""
    return {family.name: family.key for family in FAMILIES}


def storage_markdown(words: Catalogue) -> str:
    """The privacy page's table of what the course keeps in the browser, in the edition's
    language: one row per family, its key (or the start of its keys), what it holds and why.
    Markdown for a page at om/ (a text may link to a page beside it: ../repetisjon.md)."""
    rows = [
        "| {} | {} | {} |".format(
            words("page.storage.heading.key"),
            words("page.storage.heading.holds"),
            words("page.storage.heading.why"),
        ),
        "|---|---|---|",
    ]
    for family in FAMILIES:
        shown = (
            words("page.storage.after-site-path", key=family.key)
            if family.after_site_path
            else f"`{family.key}`"
        )
        holds = words(f"page.storage.{family.name}.holds")
        why = words(f"page.storage.{family.name}.why")
        rows.append(f"| {shown} | {holds} | {why} |")
    return "\n".join(rows) + "\n"
