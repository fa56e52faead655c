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

# PyYAML's own SafeLoader, its C version where libyaml is installed (the same nodes and marks).
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
BOOL = "tag:yaml.org,2002:bool"
TYPE_NAMES = {
    BOOL: "a yes/no value",
    INT: "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
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

    def add(
        self,
        where: Where,
        rule: str,
        message: str,
        hint: str = "",
        warning: bool = False,
    ) -> None:
        pos = self.at(where)
        self.problems.append(Problem(self.path, pos.line, pos.column, message, hint, rule, warning))


def read_text(path: Path, src: Source) -> str | None:
    """The file's text, or None (with a problem) when it is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        src.add(
            Pos(line, column),
            "file-encoding",
            "the file is not UTF-8 text",
            "save it as UTF-8 in your editor",
        )
        return None


def parse_yaml(text: str, src: Source) -> yaml.Node | None:
    """The node tree of one YAML document, or None with the problems added to src."""
    tabs = [(n, line.index("\t")) for n, line in enumerate(text.splitlines(), 1) if "\t" in line]
    for line, column in tabs:
        src.add(
            Pos(line + src.line_offset, column + 1),
            "yaml-tab",
            "tab character",
            "YAML needs spaces for indentation: replace the tab with spaces",
        )
    if tabs:
        return None
    try:
        if _refuse_node_properties(text, src):
            return None
        node: yaml.Node | None = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = (err.problem or err.context or "invalid YAML").strip()
        src.add(
            mark or Pos(1, 1),
            "yaml-syntax",
            f"YAML syntax error: {problem}",
            "check the indentation, and put text that contains ': ' or starts with a special character in quotes",
        )
        return None
    if node is not None:
        _check_duplicate_keys(node, src)
    return node


def _refuse_node_properties(text: str, src: Source) -> bool:
    """Report every anchor (&a), alias (*a) and tag (!t); True when there is one."""
    refused = False
    for event in yaml.parse(text, Loader=SafeLoader):
        anchor: str | None = getattr(event, "anchor", None)  # node events and aliases have one
        tag: str | None = getattr(event, "tag", None)
        if isinstance(event, yaml.AliasEvent):
            src.add(
                event,
                "yaml-anchor",
                f"YAML alias '*{anchor}' is not allowed",
                "write the text out in full",
            )
            refused = True
        elif anchor:
            src.add(
                event,
                "yaml-anchor",
                f"YAML anchor '&{anchor}' is not allowed",
                "remove the '&' name and write the text out in full",
            )
            refused = True
        elif tag not in (None, "!"):
            src.add(
                event,
                "yaml-tag",
                f"YAML tag '{tag}' is not allowed",
                "remove the tag; write plain text",
            )
            refused = True
    return refused


def _check_duplicate_keys(node: yaml.Node, src: Source) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name in seen:
                src.add(
                    key,
                    "duplicate-key",
                    f"duplicate key '{key.value}' (also on line {src.at(seen[name]).line})",
                    "keep one of them: YAML would silently use only the last",
                )
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
    node: yaml.Node, keys: dict[str, bool], src: Source, what: str
) -> dict[str, yaml.Node] | None:
    """The mapping's values by key (the first of duplicates); reports a non-mapping, unknown
    keys (with the nearest known key) and missing required keys (keys: name -> required)."""
    if not isinstance(node, yaml.MappingNode):
        src.add(
            node,
            "value-type",
            f"{what} must be a mapping of keys and values, not {kind(node)}",
            f"write {what} as 'key: value' lines ({', '.join(keys)})",
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
            hint = (
                f"did you mean '{close[0]}'?" if close else f"allowed keys here: {', '.join(keys)}"
            )
            src.add(key, f"{src.kind}-unknown-key", f"unknown key '{name}' in {what}", hint)
        else:
            values.setdefault(name, value)
    for name, required in keys.items():
        if required and name not in values:
            src.add(
                node, f"{src.kind}-missing-key", f"{what} has no '{name}'", f"add '{name}:' to it"
            )
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
        src.add(
            node,
            "value-type",
            f"'{key}' must be text, not {kind(node)}",
            "write the text on the same line after the colon, or as an indented block after '>-'",
        )
        return ""
    if node.tag != STR:
        name = TYPE_NAMES.get(node.tag, "something other than text")
        if name == "empty":
            if required:
                src.add(node, "value-empty", f"'{key}' is empty", f"write the text after '{key}:'")
            return ""
        src.add(
            node,
            "value-type",
            f"'{key}' is read as {name}, not text: {node.value}",
            f'put it in quotes: {key}: "{node.value}"',
        )
        return ""
    value = str(node.value).strip()
    if not value and required:
        src.add(node, "value-empty", f"'{key}' is empty", f"write the text after '{key}:'")
    html = HTML_TAG.search(value)
    if html:
        src.add(
            node,
            "value-html",
            f"'{key}' contains HTML ({html.group(0)[:30]})",
            "write plain text or Markdown instead of HTML",
        )
    return value


def whole_number(
    values: dict[str, yaml.Node], key: str, src: Source, low: int, high: int, what: str
) -> int | None:
    """A whole number from low to high, or None (with a problem when it is there but wrong)."""
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
        f"'{key}' must be a whole number from {low} to {high} ({what}), not {shown}",
        f"write a number without quotes, for example '{key}: {high}'",
    )
    return None


def sequence(values: dict[str, yaml.Node], key: str, src: Source, what: str) -> list[yaml.Node]:
    node = values.get(key)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        src.add(
            node,
            "value-type",
            f"'{key}' must be a list, not {kind(node)}",
            f"write each of the {what} on its own line starting with '- '",
        )
        return []
    return list(node.value)


def identifier(values: dict[str, yaml.Node], key: str, src: Source, where: dict[str, Pos]) -> str:
    value = text(values, key, src, where)
    if value and not ID_PATTERN.match(value):
        src.add(
            where[key],
            "id-format",
            f"id '{value}' may only use lower-case letters a-z, digits and hyphens",
            "for example 'si-fra-tidlig'",
        )
    return value


def kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return TYPE_NAMES.get(node.tag, "text")
