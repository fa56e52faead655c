"""The editors' preview (`make serve`): problems shown on the page, not only in the terminal.

`python -m course preview` runs `mkdocs serve` with TIP_PREVIEW=1. In that mode a course with
problems still builds every page (Course.for_preview): a bank with a problem is left out, and a
page with one is built as plain Markdown, so nothing built from them can disagree or fail. Every
page starts with the list of problems, advice and MkDocs' warnings, so the editor sees them where
they are looking; pages that miss something say so in one sentence. The next good save
builds the course as usual, and the page comes back by itself. `mkdocs build --strict`, the
build in CI and `make check` are not affected: they fail as always.
"""

from __future__ import annotations

import errno
import html
import os
import re
import socket
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import Problem
from .htmledit import Edits, elements

ENV = "TIP_PREVIEW"


def in_preview() -> bool:
    return os.environ.get(ENV) == "1"


def missing_sentence(left_out: Iterable[str], held_back: Iterable[str]) -> str:
    """What the preview leaves out, in one plain sentence ("" when nothing): the banks and the
    module pages with problems (paths as the editor knows them)."""
    banks = sorted(left_out)
    modules = sorted(f"docs/{src}" for src in held_back if src.startswith("moduler/"))
    if not banks and not modules:
        return ""
    parts = []
    if banks:
        parts.append("spørsmålene fra " + _and(banks))
    if modules:
        parts.append("kunnskapssjekken på " + _and(modules))
    return (
        f"Til feilene er rettet, mangler {' og '.join(parts)}. "
        "Repetisjon, framdriften og kursbeviset regner uten dem i forhåndsvisningen."
    )


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _item(p: Problem) -> str:
    hint = f" ({p.hint})" if p.hint else ""
    return (
        f"<li><code>{html.escape(p.path)}</code>, linje {p.line}, tegn {p.column}: "
        f"{html.escape(p.message + hint)} <small>[{html.escape(p.rule)}]</small></li>"
    )


def _list(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return (
        f'<p style="margin:0 0 0.25rem;font-weight:700">{title} ({len(items)}):</p>'
        f'<ol style="margin:0 0 0.5rem 1.2rem">{"".join(items)}</ol>'
    )


def banner(problems: Sequence[Problem], warnings: Sequence[str], missing: str = "") -> str:
    """The box at the top of every page while the course has problems, advice or MkDocs warnings
    (text, never HTML): the problems that stop the build first, then the advice, then MkDocs'."""
    errors = [_item(p) for p in problems if not p.warning]
    advice = [_item(p) for p in problems if p.warning]
    return (
        '<div class="tip-preview-problems" role="alert" style="margin:0;padding:1rem 1.5rem;'
        'background:#fff3e0;color:#3e2723;border-bottom:4px solid #e65100;font-size:0.9rem;line-height:1.5">'
        + _list("Kurset har feil som må rettes", errors)
        + _list("Råd som ikke stopper byggingen", advice)
        + _list("Byggingen ga advarsler", [f"<li>{html.escape(w)}</li>" for w in warnings])
        + (f'<p style="margin:0 0 0.5rem">{html.escape(missing)}</p>' if missing else "")
        + '<p style="margin:0">Dette vises bare i forhåndsvisningen. Rett det og lagre filen: '
        "siden oppdaterer seg selv.</p></div>"
    )


def left_out_sentence(bank_id: str) -> str:
    """What a quiz marker becomes in the preview when its bank had to be left out."""
    return (
        f"*Kunnskapssjekken fra `quizzes/{bank_id}.yml` vises ikke i forhåndsvisningen før "
        "feilene i filen er rettet.*"
    )


HELD_BACK = (
    '!!! warning "Forhåndsvisning"\n\n'
    "    Siden vises uten kunnskapssjekk, refleksjoner og samtaleplan til feilene i den er rettet.\n"
)
_TITLE = re.compile(r"^# .*$", re.M)


def held_back_markdown(markdown: str) -> str:
    """A page with problems in the preview: as plain Markdown, with one sentence under its title
    that says what is missing (its markers stay HTML comments)."""
    title = _TITLE.search(markdown)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{HELD_BACK}\n{markdown[at:]}"


def with_banner(page_html: str, box: str) -> str:
    body = next((e for e in elements(page_html) if e.name == "body"), None)
    edits = Edits(page_html)
    edits.insert(body.tag_end if body else 0, box)
    return edits.apply()


def add_banner(
    site: Path, problems: Sequence[Problem], warnings: Sequence[str], missing: str = ""
) -> None:
    """Put the banner on every page of a built site."""
    box = banner(problems, warnings, missing)
    for page in site.rglob("*.html"):
        page.write_text(with_banner(page.read_text(encoding="utf-8"), box), encoding="utf-8")


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.errno == errno.EADDRINUSE
    return False


def run(root: Path, host: str, port: int, config: str = "mkdocs.yml") -> int:
    """`mkdocs serve` in preview mode of one edition (config: its MkDocs configuration), or one
    line that says the port is taken."""
    if port_taken(host, port):
        print(
            f"Port {port} er opptatt (kjører forhåndsvisningen alt?). "
            f"Velg en annen port: make serve PORT={port + 1}",
            file=sys.stderr,
        )
        return 1
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--no-strict",
        "--dev-addr",
        f"{host}:{port}",
        "--config-file",
        config,
    ]
    env = {**os.environ, ENV: "1", "NO_MKDOCS_2_WARNING": "1"}
    # mkdocs takes this process's place, so that stopping the preview (Ctrl-C, a test's
    # terminate()) stops the server itself and leaves nothing running.
    os.chdir(root)
    os.execve(sys.executable, command, env)
