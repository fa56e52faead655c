"""The course's settings: `course.yml` in the project folder, the one place for them.

    pass_mark: 80                        # percent of a module's questions answered right for
                                         # the module to count
    repetition_days: [1, 3, 7, 16, 35]   # days until a question comes back in Repetisjon,
                                         # one step longer after each right answer
    cmi5_iri: https://...                # the IRI the cmi5 package's course and modules are
                                         # named under (make cmi5): <iri>/<module id>
    offline: true                        # the course reads without the network after a first
                                         # visit (a service worker, course/offline.py)

A missing file or key means the default. A bad value is a problem with file, line and column,
like a problem in a quiz bank.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .errors import Problem
from .yamlsource import (
    INT,
    Source,
    kind,
    mapping,
    parse_yaml,
    plain,
    read_text,
    sequence,
    whole_number,
    yes_no,
)

SETTINGS_FILE = "course.yml"
MAX_REPETITION_STEPS = 10
MAX_REPETITION_DAYS = 365


@dataclass(frozen=True)
class Settings:
    pass_mark: int = 80  # percent
    # Leitner boxes: how many days a question waits in each (docs/assets/js/repetition.js).
    repetition_days: tuple[int, ...] = (1, 3, 7, 16, 35)
    # The cmi5 package's course IRI; each module's AU is <cmi5_iri>/<module id> (course/cmi5.py).
    cmi5_iri: str = "https://tillit-i-praksis.example/xapi"
    offline: bool = True  # a service worker keeps a copy of the course (course/offline.py)


def load_settings(path: Path, display: str) -> tuple[Settings, list[Problem]]:
    src = Source(display, "settings")
    if not path.exists():
        return Settings(), []
    raw = read_text(path, src)
    node = parse_yaml(raw, src) if raw and raw.strip() else None
    values = (
        mapping(
            node,
            {"pass_mark": False, "repetition_days": False, "cmi5_iri": False, "offline": False},
            src,
            "settings",
        )
        if node is not None
        else None
    )
    if values is None:
        return Settings(), src.problems
    pass_mark = whole_number(values, "pass_mark", src, 1, 100, "percentage")
    days = _repetition_days(values, src)
    iri = _cmi5_iri(values, src)
    offline = yes_no(values, "offline", src)
    return Settings(
        pass_mark=pass_mark if pass_mark is not None else Settings.pass_mark,
        repetition_days=days if days is not None else Settings.repetition_days,
        cmi5_iri=iri if iri is not None else Settings.cmi5_iri,
        offline=offline if offline is not None else Settings.offline,
    ), src.problems


def _cmi5_iri(values: dict[str, yaml.Node], src: Source) -> str | None:
    """The cmi5 IRI: an absolute http(s) address without query or fragment, which the module ids
    are appended to; None (with a problem) when it is there but wrong."""
    node = values.get("cmi5_iri")
    if node is None:
        return None
    value = plain(node) if isinstance(node, yaml.ScalarNode) else None
    if isinstance(value, str):
        parts = urlsplit(value.strip())
        if (
            parts.scheme in ("http", "https")
            and parts.netloc
            and not parts.query
            and not parts.fragment
            and not any(c.isspace() for c in value.strip())
        ):
            return value.strip().rstrip("/")
    shown = node.value if isinstance(node, yaml.ScalarNode) else kind(node)
    src.add(node, "settings-cmi5-iri", value=shown)
    return None


def _repetition_days(values: dict[str, yaml.Node], src: Source) -> tuple[int, ...] | None:
    """The steps of the repetition schedule: 1 to 10 whole numbers of days, each longer than the
    one before; None (with a problem) when they are there but wrong."""
    node = values.get("repetition_days")
    if node is None:
        return None
    items = sequence(values, "repetition_days", src)
    if not isinstance(node, yaml.SequenceNode):
        return None
    days: list[int] = []
    for item in items:
        day = plain(item) if isinstance(item, yaml.ScalarNode) and item.tag == INT else None
        if not isinstance(day, int) or not 1 <= day <= MAX_REPETITION_DAYS:
            shown = item.value if isinstance(item, yaml.ScalarNode) else kind(item)
            src.add(item, "value-type", "day", high=MAX_REPETITION_DAYS, value=shown)
            return None
        days.append(day)
    if not 1 <= len(days) <= MAX_REPETITION_STEPS or any(a >= b for a, b in pairwise(days)):
        src.add(node, "settings-repetition-days", steps=MAX_REPETITION_STEPS, days=days)
        return None
    return tuple(days)
