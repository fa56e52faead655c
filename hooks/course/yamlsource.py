"""YAML as an editor writes it: a node tree where every value knows its line and column.

PyYAML's composer (its SafeLoader) gives a tree of nodes with a start mark on each. Before
composing, the event stream is scanned so that anchors, aliases and tags are refused: a small
file must not expand into gigabytes, and a bank is plain text. Duplicate keys, which PyYAML
keeps silently (the last one wins), are reported. Values are read with the types PyYAML
resolves (YAML 1.1), so `no`, `1.5` or `2026-01-01` written where text belongs is reported
instead of silently changing meaning.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem
from .model import Pos
from .text import problem, say

# PyYAML's own SafeLoader, its C version where libyaml is installed (the same nodes and marks).
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
BOOL = "tag:yaml.org,2002:bool"
# What YAML reads a value as, by its tag: the kind's name in the catalogue (kind.<name>).
TYPE_NAMES = {
    BOOL: "yes-no",
    INT: "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:timestamp": "date",
    "tag:yaml.org,2002:null": "empty",
}
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
HTML_TAG = re.compile(r"<!--|<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?\s*>")


Where = yaml.Node | yaml.Event | yaml.Mark | Pos | Any  # Any: libyaml's own Mark class


@dataclass
class Source:
    """One file being read, and the problems found in it so far.

    line_offset: lines above the YAML in the file (front matter starts on line 2 of a page)."""

    path: str
    kind: str = "bank"  # what the file is, in rule names: "bank", "front-matter", "settings"
    problems: list[Problem] = field(default_factory=list)
    line_offset: int = 0

    def at(self, where: Where) -> Pos:
        if isinstance(where, Pos):
            return where
        # a node's or an event's start mark, or a mark (PyYAML's or libyaml's)
        mark: Any = getattr(where, "start_mark", where)
        return Pos(int(mark.line) + 1 + self.line_offset, int(mark.column) + 1)

    def add(self, where: Where, rule: str, variant: str = "", /, **args: object) -> None:
        """A problem of a rule (its words from the catalogue: problem.<rule>[.<variant>])."""
        pos = self.at(where)
        message, hint = problem(rule, variant, **args)
        self.problems.append(Problem(self.path, pos.line, pos.column, message, hint, rule))


def read_text(path: Path, src: Source) -> str | None:
    """The file's text as MkDocs reads it (without a BOM; Windows' and old Mac line endings made
    "\n", so lines count as an editor counts them), or None (with a problem) when it is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        src.add(Pos(line, column), "file-encoding")
        return None


def parse_yaml(text: str, src: Source) -> yaml.Node | None:
    """The node tree of one YAML document, or None with the problems added to src."""
    tabs = [(n, line.index("\t")) for n, line in enumerate(text.splitlines(), 1) if "\t" in line]
    for line, column in tabs:
        src.add(Pos(line + src.line_offset, column + 1), "yaml-tab")
    if tabs:
        return None
    try:
        if _refuse_node_properties(text, src):
            return None
        node: yaml.Node | None = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = _yaml_problem((err.problem or err.context or "").strip())
        src.add(
            _inside(src.at(mark) if mark else Pos(1, 1), text, src.line_offset),
            "yaml-syntax",
            problem=what,
        )
        return None
    if node is not None:
        _check_duplicate_keys(node, src)
    return node


# PyYAML's and libyaml's words for what is wrong, by a part of them -> the catalogue's
# (yaml-problem.<name>); anything else is "cannot be read here".
_YAML_PROBLEMS = (
    ("could not find expected ':'", "colon"),
    ("mapping values are not allowed", "colon-here"),
    ("did not find expected key", "indent"),
    ("expected <block end>", "indent"),
    ("did not find expected '-' indicator", "dash"),
    ("block sequence entries are not allowed", "dash-here"),
    ("did not find expected ',' or ']'", "bracket"),
    ("did not find expected ',' or '}'", "brace"),
    ("found unexpected end of stream", "end"),
    ("found character that cannot start any token", "character"),
    ("did not find expected node content", "value"),
    ("control characters are not allowed", "control"),
    ("unacceptable character", "control"),
)


def _yaml_problem(said: str) -> str:
    name = next((n for part, n in _YAML_PROBLEMS if part in said), "other")
    return say(f"yaml-problem.{name}")


def _inside(pos: Pos, text: str, offset: int) -> Pos:
    """pos, or the end of the text's last line where pos lies past it (libyaml puts the end of a
    file that lacks its last line break on the line after)."""
    lines = text.split("\n")
    if pos.line - offset <= len(lines):
        return pos
    return Pos(len(lines) + offset, len(lines[-1]) + 1)


# Where an anchor (&a), alias (*a) or tag (!t) could start: at a line's start or after a space or
# a flow indicator. A text without any such place has none, and goes without the event scan.
_MAY_HAVE_PROPERTY = re.compile(r"(?:^|[\s\[{,:])[&*!]", re.M)


def _refuse_node_properties(text: str, src: Source) -> bool:
    """Report every anchor (&a), alias (*a) and tag (!t); True when there is one."""
    if not _MAY_HAVE_PROPERTY.search(text):
        return False
    refused = False
    for event in yaml.parse(text, Loader=SafeLoader):
        anchor: str | None = getattr(event, "anchor", None)  # node events and aliases have one
        tag: str | None = getattr(event, "tag", None)
        if isinstance(event, yaml.AliasEvent):
            src.add(event, "yaml-anchor", "alias", name=anchor)
            refused = True
        elif anchor:
            src.add(event, "yaml-anchor", "anchor", name=anchor)
            refused = True
        elif tag not in (None, "!"):
            src.add(event, "yaml-tag", tag=tag)
            refused = True
    return refused


def _check_duplicate_keys(node: yaml.Node, src: Source) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name in seen:
                src.add(key, "duplicate-key", key=key.value, line=src.at(seen[name]).line)
            else:
                seen[name] = key
            _check_duplicate_keys(value, src)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, src)


def plain(node: yaml.Node) -> object:
    """The Python value of a node, as yaml.safe_load would give it."""
    return SafeLoader("").construct_document(node)


# ---------------------------------------------------------------- reading values out of nodes


def mapping(
    node: yaml.Node, keys: dict[str, bool], src: Source, thing: str
) -> dict[str, yaml.Node] | None:
    """The mapping's values by key (the first of duplicates); reports a non-mapping, unknown
    keys (with the nearest known key) and missing required keys (keys: name -> required).
    thing: what the mapping is, as the catalogue names it (thing.<name>: "et alternativ"); it
    is looked up only for a problem, since a course has tens of thousands of mappings."""

    def what() -> str:
        return say(f"thing.{thing}")

    if not isinstance(node, yaml.MappingNode):
        src.add(
            node,
            "value-type",
            "not-mapping",
            what=what(),
            mapping=say("kind.mapping"),
            kind=kind(node),
            keys=", ".join(keys),
        )
        return None
    values: dict[str, yaml.Node] = {}
    seen: set[str] = set()
    for key, value in node.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
        if name in seen:
            continue  # a duplicate key: reported by parse_yaml
        seen.add(name)
        if name not in keys:
            close = difflib.get_close_matches(name, list(keys), n=1, cutoff=0.6)
            rule, variant = f"{src.kind}-unknown-key", "" if close else "none-close"
            if src.kind == "front-matter" and close:
                variant = "in-item"
            src.add(
                key,
                rule,
                variant,
                name=name,
                what=what(),
                close=close[0] if close else "",
                keys=", ".join(keys),
            )
        else:
            values.setdefault(name, value)
    for name, required in keys.items():
        if required and name not in values:
            src.add(node, f"{src.kind}-missing-key", name=name, what=what())
    return values


def text(
    values: dict[str, yaml.Node],
    key: str,
    src: Source,
    where: dict[str, Pos],
    required: bool = True,
) -> str:
    """A text value: reports values YAML reads as something else, empty text and HTML."""
    node = values.get(key)
    if node is None:
        return ""
    where[key] = src.at(node)
    if not isinstance(node, yaml.ScalarNode):
        src.add(node, "value-type", "not-text", key=key, kind=kind(node))
        return ""
    if node.tag != STR:
        name = TYPE_NAMES.get(node.tag, "other")
        if name == "empty":
            if required:
                src.add(node, "value-empty", key=key)
            return ""
        src.add(node, "value-type", "read-as", key=key, kind=say(f"kind.{name}"), value=node.value)
        return ""
    value = str(node.value).strip()
    if not value and required:
        src.add(node, "value-empty", key=key)
    html = HTML_TAG.search(value)
    if html:
        src.add(node, "value-html", key=key, html=html.group(0)[:30])
    return value


def whole_number(
    values: dict[str, yaml.Node], key: str, src: Source, low: int, high: int, thing: str
) -> int | None:
    """A whole number from low to high, or None (with a problem when it is there but wrong).
    thing: what the number is, as the catalogue names it (thing.<name>)."""
    node = values.get(key)
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode) and node.tag == INT:
        number = plain(node)
        if isinstance(number, int) and low <= number <= high:
            return number
    shown = node.value if isinstance(node, yaml.ScalarNode) else kind(node)
    src.add(
        node,
        "value-type",
        "not-number",
        key=key,
        low=low,
        high=high,
        what=say(f"thing.{thing}"),
        value=shown,
    )
    return None


def yes_no(values: dict[str, yaml.Node], key: str, src: Source) -> bool | None:
    """true or false, or None (with a problem when it is there but something else)."""
    node = values.get(key)
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL and node.value in ("true", "false"):
        return bool(node.value == "true")
    shown = node.value if isinstance(node, yaml.ScalarNode) else kind(node)
    src.add(node, "value-type", "not-yes-no", key=key, value=shown)
    return None


def sequence(values: dict[str, yaml.Node], key: str, src: Source) -> list[yaml.Node]:
    node = values.get(key)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        src.add(node, "value-type", "not-list", key=key, kind=kind(node))
        return []
    return list(node.value)


def identifier(values: dict[str, yaml.Node], key: str, src: Source, where: dict[str, Pos]) -> str:
    value = text(values, key, src, where)
    if value and not ID_PATTERN.match(value):
        src.add(where[key], "id-format", value=value)
    return value


def kind(node: yaml.Node) -> str:
    """What a node is, in the editor's words ("en liste")."""
    if isinstance(node, yaml.MappingNode):
        return say("kind.mapping")
    if isinstance(node, yaml.SequenceNode):
        return say("kind.list")
    return say(f"kind.{TYPE_NAMES.get(node.tag, 'text')}")
