"""Problems that tools other than the course checker find, placed on the editor's file and line.

A pull request shows a GitHub annotation on the line it names. The quiz banks and pages have
their own checker (`Problem.github()`); this module does the same for the spelling check, the
MkDocs build log (broken links) and failed tests (axe, per page). Pure functions over text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator, Mapping

from .errors import Problem
from .prose import WORD
from .text import say

_LOG_RECORD = re.compile(r"^(?P<level>[A-Z]+)\s+-\s+(?P<text>.*)$")
_BROKEN_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?:a|an) (?:[a-z]+ )*link (?:to )?'(?P<target>[^']+)'(?P<rest>.*?)\.?$"
)
_NAV_REFERENCE = re.compile(
    r"A reference to '(?P<target>[^']+)' is included in the 'nav' configuration"
)
_COURSE_PROBLEM = re.compile(
    r"^\S+:\d+:\d+: "
)  # already annotated by `python -m course check --github`
_TEST_PARAM = re.compile(r"^[^\[]+\[(?P<param>.*)\]$")  # test_name[parameter]


def github_error(text: str) -> str:
    """An annotation that names no file: it shows on the pull request's checks page."""
    return "::error::" + text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


# ---------------------------------------------------------------- spelling


def spelling_annotations(files: Mapping[str, str], unknown: Collection[str]) -> list[str]:
    """An annotation on every line where an unknown word stands; one without a file for a word
    that stands in no file as written (hunspell may name a part of a hyphenated word)."""
    problems = [p for path, text in files.items() for p in spelling_problems(path, text, unknown)]
    placed = {p.message for p in problems}
    lost = [
        github_error(say("annotate.lost-word", word=_unknown(w)))
        for w in sorted(unknown)
        if _unknown(w) not in placed
    ]
    return [p.github() for p in problems] + lost


def spelling_problems(path: str, source: str, unknown: Collection[str]) -> list[Problem]:
    """Every line and column of `path` where an unknown word stands, once per word and line."""
    problems = []
    for number, line in enumerate(source.splitlines(), 1):
        seen: set[str] = set()
        for match in WORD.finditer(line):
            for word in (match.group(), *re.split(r"[-'’]", match.group())):
                if word in unknown and word not in seen:
                    seen.add(word)
                    problems.append(
                        Problem(
                            path,
                            number,
                            match.start() + match.group().index(word) + 1,
                            _unknown(word),
                            say("annotate.spelling-hint"),
                        )
                    )
    return problems


def _unknown(word: str) -> str:
    return say("annotate.unknown-word", word=word)


# ---------------------------------------------------------------- the MkDocs build log


def log_records(log: str) -> Iterator[tuple[str, str]]:
    """(level, text) of each record in a MkDocs log; lines without a level continue the record."""
    level, lines = "", list[str]()
    for line in log.splitlines():
        match = _LOG_RECORD.match(line)
        if match:
            if level:
                yield level, "\n".join(lines)
            level, lines = match["level"], [match["text"]]
        elif level:
            lines.append(line)
    if level:
        yield level, "\n".join(lines)


def build_annotations(
    log: str,
    docs_dir: str,
    sources: Mapping[str, str],
    config: str = "mkdocs.yml",
    config_text: str = "",
) -> list[str]:
    """Annotations for the warnings and errors of a strict build; a broken link on its page's line.

    `sources` maps a page's path inside the docs folder to its text. Problems in the course's
    own format (`file:line:col: ...`) are left out: `python -m course check --github` annotates those.
    """
    out = []
    for level, text in log_records(log):
        if level not in ("WARNING", "ERROR") or any(
            _COURSE_PROBLEM.match(line) for line in text.splitlines()
        ):
            continue
        link = _BROKEN_LINK.match(text)
        nav = _NAV_REFERENCE.search(text)
        if link:
            page, target = link["page"], link["target"]
            line, column = _find(sources.get(page, ""), target)
            out.append(
                Problem(
                    f"{docs_dir}/{page}",
                    line,
                    column,
                    say("annotate.link", target=target, why=_why(link["rest"])),
                    say("annotate.link-hint"),
                ).github()
            )
        elif nav:
            line, column = _find(config_text, nav["target"])
            out.append(
                Problem(
                    config,
                    line,
                    column,
                    say("annotate.nav", target=nav["target"]),
                    say("annotate.nav-hint"),
                ).github()
            )
        else:
            out.append(github_error(text))
    return out


_NO_ANCHOR = re.compile(r"does not contain an anchor '(?P<anchor>[^']+)'")


def _why(rest: str) -> str:
    """MkDocs' reason a link is broken, in the editor's words."""
    anchor = _NO_ANCHOR.search(rest)
    if anchor:
        return say("annotate.no-anchor", anchor=anchor["anchor"])
    return say("annotate.not-found")


def _find(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first place `needle` stands in `text`, else (1, 1)."""
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    return 1, 1


# ---------------------------------------------------------------- failed tests (JUnit XML)


def failed_tests(junit_xml: str) -> list[tuple[str, str]]:
    """(test name with its parameter, first line of the failure) of each failed or broken test."""
    failed = []
    for case in ET.fromstring(junit_xml).iter("testcase"):
        for outcome in (*case.iter("failure"), *case.iter("error")):
            message = (outcome.get("message") or outcome.text or "failed").strip().splitlines()[0]
            failed.append((case.get("name", "?"), message))
    return failed


def page_source(param: str, sources: Collection[str]) -> str | None:
    """The docs page a test parameter names: a URL path, a source path or a module's name."""
    stem = param.rstrip("/")
    candidates = [param, f"{stem}.md", f"{stem}/index.md", f"moduler/{stem}.md"]
    if stem in ("", "forsiden"):
        candidates.insert(0, "index.md")
    return next((c for c in candidates if c in sources), None)


def failure_annotations(
    junit_xml: str, docs_dir: str, sources: Collection[str], limit: int = 600
) -> list[str]:
    """One annotation per failed test; on the page's source file when the test names a page."""
    out = []
    for name, message in failed_tests(junit_xml):
        text = say("annotate.test-failed", name=name, message=message[:limit])
        match = _TEST_PARAM.match(name)
        page = page_source(match["param"], sources) if match else None
        out.append(
            Problem(f"{docs_dir}/{page}", 1, 1, text).github() if page else github_error(text)
        )
    return out
