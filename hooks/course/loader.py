"""Read quiz banks and pages into the model, keeping the line and column of every value.

PyYAML's composer gives a node tree with a start mark on every node. Before composing, the
event stream is scanned so that anchors, aliases and tags are refused (a small file must not
expand into gigabytes), and duplicate keys are found (PyYAML would keep the last one silently):
in a bank while its mappings are read, in a page's front matter by a walk over the tree. Values
are checked against the YAML 1.1 types PyYAML resolves, so that `no`, `1.5` or `2026-01-01`
written where text belongs is reported instead of changing meaning.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import Problem
from .model import Bank, Marker, Option, Page, Pos, Question, Reflection

try:  # libyaml is much faster; the pure-Python loader gives the same nodes and marks
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader

STR = "tag:yaml.org,2002:str"


# SafeLoader's implicit tag patterns by the first character of a plain scalar, with the
# patterns for any first character after them: the order SafeLoader tries them in.
_WILDCARD = tuple(_Base.yaml_implicit_resolvers.get(None, []))
_BY_FIRST = {first: tuple(found) + _WILDCARD for first, found in _Base.yaml_implicit_resolvers.items() if first is not None}
_DEFAULT_TAG = {yaml.SequenceNode: _Base.DEFAULT_SEQUENCE_TAG, yaml.MappingNode: _Base.DEFAULT_MAPPING_TAG}


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader's tags for every node (YAML 1.1: yes/no, numbers, dates, null), found with
    less Python per node: libyaml asks for each node's tag, and half of the time it takes to
    read a bank went into answering (tests/unit/test_banks.py compares with SafeLoader)."""

    def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, pattern in _BY_FIRST.get(value[:1], _WILDCARD):  # type: ignore[index]
                    if pattern.match(value):
                        return tag
            return STR
        return _DEFAULT_TAG[kind]

    # SafeLoader has no path resolvers: nothing to track while descending the tree.
    def descend_resolver(self, current_node: object, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:null": "empty",
}
# Where an anchor (&a), alias (*a) or tag (!t) could start: at the start of a node. A file with
# none of these skips the event scan; one with a near miss (say "**fet**") gets the full scan.
_MAYBE_NODE_PROPERTY = re.compile(r"(?:^|[\s\[{,])[&*!]\S")
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
HTML_TAG = re.compile(r"<!--|<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?\s*>")

BANK_KEYS = {"id": True, "title": False, "questions": True}
QUESTION_KEYS = {"id": True, "question": True, "options": True, "explanation": False}
OPTION_KEYS = {"text": True, "correct": False, "feedback": False}
REFLECTION_KEYS = {"id": True, "text": True}
# Front-matter keys the course reads; other keys (MkDocs', Material's) pass through, but a key
# that is a near miss of one of ours is reported, so a misspelt `reflection:` is not lost.
PAGE_KEYS = ("title", "description", "minutes", "audience", "goals", "reflections")


@dataclass
class Source:
    """One file being read, and the problems found in it so far."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    line_offset: int = 0
    keys_checked: bool = False  # parse_yaml found the duplicate keys; mapping() need not

    def at(self, node_or_mark: object) -> Pos:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        return Pos(mark.line + 1 + self.line_offset, mark.column + 1)  # type: ignore[attr-defined]

    def add(self, where: object, message: str, hint: str = "", warning: bool = False) -> None:
        pos = where if isinstance(where, Pos) else self.at(where)
        self.problems.append(Problem(self.path, pos.line, pos.column, message, hint, warning))


# ---------------------------------------------------------------- YAML text -> node tree


def read_text(path: Path, src: Source) -> str | None:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        src.add(Pos(line, column), "the file is not UTF-8 text", "save it as UTF-8 in your editor")
        return None


def parse_yaml(text: str, src: Source, every_key: bool = True) -> yaml.Node | None:
    """The node tree of one YAML document, or None with the problems added to src.

    every_key: look for duplicate keys in every mapping of the tree. A quiz bank does without:
    each of its mappings is read by mapping(), which finds them on the way."""
    tabs = [(n, line.index("\t")) for n, line in enumerate(text.splitlines(), 1) if "\t" in line]
    for line, column in tabs:
        src.add(Pos(line + src.line_offset, column + 1), "tab character", "YAML needs spaces for indentation: replace the tab with spaces")
    if tabs:
        return None
    try:
        refused = False
        events = yaml.parse(text, Loader=_Loader) if _MAYBE_NODE_PROPERTY.search(text) else ()
        for event in events:
            if isinstance(event, yaml.AliasEvent):
                src.add(event, f"YAML alias '*{event.anchor}' is not allowed", "write the text out in full")
                refused = True
            elif getattr(event, "anchor", None):
                src.add(event, f"YAML anchor '&{event.anchor}' is not allowed", "remove the '&' name and write the text out in full")
                refused = True
            elif getattr(event, "tag", None) not in (None, "!"):
                src.add(event, f"YAML tag '{event.tag}' is not allowed", "remove the tag; write plain text")
                refused = True
        if refused:
            return None
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = (err.problem or err.context or "invalid YAML").strip()
        src.add(mark, f"YAML syntax error: {problem}", "check the indentation, and put text that contains ': ' or starts with a special character in quotes")
        return None
    except yaml.YAMLError as err:  # pragma: no cover - errors without a position
        src.add(Pos(1, 1), f"YAML error: {err}", "check the file's syntax")
        return None
    if node is not None and every_key:
        _check_duplicate_keys(node, src)
        src.keys_checked = True
    return node


def _duplicate_key(key: yaml.Node, first: yaml.Node, src: Source) -> None:
    src.add(key, f"duplicate key '{key.value}' (also on line {src.at(first).line})", "keep one of them: YAML would silently use only the last")


def _check_duplicate_keys(node: yaml.Node, src: Source) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[object, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name in seen:
                _duplicate_key(key, seen[name], src)
            else:
                seen[name] = key
            _check_duplicate_keys(value, src)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, src)


# ---------------------------------------------------------------- node tree -> values


def mapping(node: yaml.Node, keys: dict[str, bool], src: Source, what: str) -> dict[str, yaml.Node] | None:
    """The mapping's values by key; reports a non-mapping, unknown keys and missing keys."""
    if not isinstance(node, yaml.MappingNode):
        src.add(node, f"{what} must be a mapping of keys and values, not {_kind(node)}", f"write {what} as 'key: value' lines ({', '.join(keys)})")
        return None
    values: dict[str, yaml.Node] = {}
    seen: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
        if not src.keys_checked and isinstance(key, yaml.ScalarNode):
            if name in seen:
                _duplicate_key(key, seen[name], src)
                continue
            seen[name] = key
        if name not in keys:
            close = difflib.get_close_matches(name, list(keys), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys here: {', '.join(keys)}"
            src.add(key, f"unknown key '{name}' in {what}", hint)
        else:
            values.setdefault(name, value)
    for name, required in keys.items():
        if required and name not in values:
            src.add(node, f"{what} has no '{name}'", f"add '{name}:' to it")
    return values


def text(values: dict[str, yaml.Node], key: str, src: Source, where: dict[str, Pos], required: bool = True) -> str:
    """A text value: reports values YAML reads as something else, empty text and HTML."""
    node = values.get(key)
    if node is None:
        return ""
    where[key] = src.at(node)
    if not isinstance(node, yaml.ScalarNode):
        src.add(node, f"'{key}' must be text, not {_kind(node)}", "write the text on the same line after the colon, or as an indented block after '>-'")
        return ""
    if node.tag != STR:
        kind = TYPE_NAMES.get(node.tag, "something other than text")
        if kind == "empty":
            if required:
                src.add(node, f"'{key}' is empty", f"write the text after '{key}:'")
            return ""
        src.add(node, f"'{key}' is read as {kind}, not text: {node.value}", f'put it in quotes: {key}: "{node.value}"')
        return ""
    value = node.value.strip()
    if not value and required:
        src.add(node, f"'{key}' is empty", f"write the text after '{key}:'")
    html = HTML_TAG.search(value)
    if html:
        src.add(node, f"'{key}' contains HTML ({html.group(0)[:30]})", "write plain text or Markdown instead of HTML")
    return value


def sequence(values: dict[str, yaml.Node], key: str, src: Source, what: str) -> list[yaml.Node]:
    node = values.get(key)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        src.add(node, f"'{key}' must be a list, not {_kind(node)}", f"write each of the {what} on its own line starting with '- '")
        return []
    return list(node.value)


def identifier(values: dict[str, yaml.Node], key: str, src: Source, where: dict[str, Pos]) -> str:
    value = text(values, key, src, where)
    if value and not ID_PATTERN.match(value):
        src.add(where[key], f"id '{value}' may only use lower-case letters a-z, digits and hyphens", "for example 'si-ifra-tidlig'")
    return value


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return TYPE_NAMES.get(node.tag, "text")


# ---------------------------------------------------------------- quiz banks


def load_bank(path: Path, display: str) -> tuple[Bank | None, list[Problem]]:
    """A quiz bank from its file, or None; with every problem found in it."""
    src = Source(display)
    raw = read_text(path, src)
    if raw is None:
        return None, src.problems
    if not raw.strip():
        src.add(Pos(1, 1), "the file is empty", "a bank needs 'id:' and 'questions:'; see the editor guide")
        return None, src.problems
    node = parse_yaml(raw, src, every_key=False)
    if node is None:
        return None, src.problems
    bank = _bank(node, src)
    if bank is not None and bank.id and bank.id != path.stem:
        src.add(bank.where["id"], f"bank id '{bank.id}' differs from the file name '{path.name}'", f"write 'id: {path.stem}', or rename the file to '{bank.id}.yml'")
    return bank, src.problems


def _bank(node: yaml.Node, src: Source) -> Bank | None:
    values = mapping(node, BANK_KEYS, src, "the quiz bank")
    if values is None:
        return None
    where: dict[str, Pos] = {"bank": src.at(node)}
    bank_id = identifier(values, "id", src, where)
    title = text(values, "title", src, where, required=False)
    items = sequence(values, "questions", src, "questions")
    if "questions" in values:
        where["questions"] = src.at(values["questions"])
        if isinstance(values["questions"], yaml.SequenceNode) and not items:
            src.add(values["questions"], "the bank has no questions", "add at least one question under 'questions:'")
    questions = tuple(q for q in (_question(item, src) for item in items) if q is not None)
    return Bank(bank_id, title, questions, src.path, where)


def _question(node: yaml.Node, src: Source) -> Question | None:
    values = mapping(node, QUESTION_KEYS, src, "a question")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    qid = identifier(values, "id", src, where)
    question = text(values, "question", src, where)
    explanation = text(values, "explanation", src, where, required=False)
    options = tuple(o for o in (_option(item, src) for item in sequence(values, "options", src, "options")) if o is not None)
    if isinstance(values.get("options"), yaml.SequenceNode):
        where["options"] = src.at(values["options"])
    return Question(qid, question, options, explanation, src.at(node), where)


def _option(node: yaml.Node, src: Source) -> Option | None:
    values = mapping(node, OPTION_KEYS, src, "an option")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    option_text = text(values, "text", src, where)
    if "\n" in option_text:
        src.add(where["text"], "option text must be one line", "use '>-' to fold a long text, and leave no blank line inside it")
    feedback = text(values, "feedback", src, where, required=False)
    return Option(option_text, _correct(values.get("correct"), src), feedback, src.at(node), where)


def _correct(node: yaml.Node | None, src: Source) -> bool:
    if node is None:
        return False
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool" and node.value in ("true", "false"):
        return node.value == "true"
    shown = node.value if isinstance(node, yaml.ScalarNode) else _kind(node)
    src.add(node, f"'correct' must be true or false, not {shown}", "write 'correct: true' on the right option and leave it out on the others")
    return str(shown).lower() in ("true", "yes", "on", "ja")  # what the editor meant: no follow-on errors


# ---------------------------------------------------------------- pages

FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
MARKER = re.compile(r"<!--\s*(quiz|reflections)\b\s*(:?)(.*?)-->")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
QUIZ_TAG = re.compile(r"</?quiz>")


def load_page(path: Path, display: str) -> tuple[Page, list[Problem]]:
    """Front matter and markers of a Markdown page, with every problem found in them."""
    src = Source(display)
    raw = read_text(path, src) or ""
    meta: dict[str, object] = {}
    reflections: tuple[Reflection, ...] = ()
    match = FRONT_MATTER.match(raw)
    if match:
        src.line_offset = 1
        node = parse_yaml(match.group(2), src)
        if node is not None and isinstance(node, yaml.MappingNode):
            meta = {str(k.value): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
            reflections = _page_meta(node, src)
        src.line_offset = 0
    markers, reflections_marker = _markers(raw, src)
    page = Page(display, meta, reflections, markers, reflections_marker)
    return page, src.problems


def _page_meta(node: yaml.MappingNode, src: Source) -> tuple[Reflection, ...]:
    for key, _ in node.value:
        name = str(key.value)
        close = [] if name in PAGE_KEYS else difflib.get_close_matches(name, PAGE_KEYS, n=1, cutoff=0.75)
        if close:
            src.add(key, f"unknown front-matter key '{name}'", f"did you mean '{close[0]}'?")
    values = {str(k.value): v for k, v in node.value}
    if "reflections" not in values:
        return ()
    items = sequence(values, "reflections", src, "reflection prompts")
    if isinstance(values["reflections"], yaml.SequenceNode) and not items:
        src.add(values["reflections"], "'reflections' is an empty list", "add prompts, or remove 'reflections:'")
    found: list[Reflection] = []
    for item in items:
        item_values = mapping(item, REFLECTION_KEYS, src, "a reflection prompt")
        if item_values is None:
            continue
        where: dict[str, Pos] = {}
        rid = identifier(item_values, "id", src, where)
        prompt = text(item_values, "text", src, where)
        if rid and prompt:
            found.append(Reflection(rid, prompt, src.at(item)))
    return tuple(found)


def marker_lines(raw: str):
    """(line number, line, marker match or None) for each line outside fenced code that holds
    a course marker or a hand-written quiz tag."""
    fence: str | None = None
    for number, line in enumerate(raw.splitlines(), 1):
        opened = FENCE.match(line)
        if opened and (fence is None or opened.group(1)[0] == fence[0]):
            fence = None if fence else opened.group(1)
            continue
        if fence or "<" not in line:
            continue
        found = MARKER.search(line)
        if found or QUIZ_TAG.search(line):
            yield number, line, found


def _markers(raw: str, src: Source) -> tuple[tuple[Marker, ...], Pos | None]:
    markers: list[Marker] = []
    reflections_at: Pos | None = None
    for number, line, found in marker_lines(raw):
        if not found:
            src.add(Pos(number, line.index("<") + 1), "quiz written directly in the page", "put the question in a bank under quizzes/ and place it with <!-- quiz: bank-id -->")
            continue
        pos = Pos(number, found.start() + 1)
        kind, colon, args = found.group(1), found.group(2), found.group(3).split()
        if line.strip() != found.group(0):
            src.add(pos, f"the {kind} marker must stand alone on its line", "move the text around it to lines of its own")
        elif kind == "reflections":
            if colon or args:
                src.add(pos, "the reflections marker takes no arguments", "write it as <!-- reflections -->")
            elif reflections_at:
                src.add(pos, f"a second reflections marker (the first is on line {reflections_at.line})", "keep one <!-- reflections --> per page")
            else:
                reflections_at = pos
        elif not colon or not args:
            src.add(pos, "the quiz marker names no bank", "write <!-- quiz: bank-id --> or <!-- quiz: bank-id question-id ... -->")
        else:
            markers.append(Marker(args[0], tuple(args[1:]), pos))
    return tuple(markers), reflections_at
