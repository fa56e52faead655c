"""The editors' preview (`make serve`): problems shown on the page, not only in the terminal.

`python -m course preview` runs `mkdocs serve` with TIP_PREVIEW=1. In that mode a course with
problems still builds (without its knowledge checks), and every page starts with the list of
problems and MkDocs' warnings, so the editor sees them where they are looking. The next good save
builds the course as usual, and the page comes back by itself. `mkdocs build --strict`, the
build in CI and `make check` are not affected: they fail as always.
"""

from __future__ import annotations

import errno
import html
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import Problem
from .htmledit import Edits, elements

ENV = "TIP_PREVIEW"


def in_preview() -> bool:
    return os.environ.get(ENV) == "1"


def banner(problems: Sequence[Problem], warnings: Sequence[str]) -> str:
    """The box at the top of every page while the course has problems (text, never HTML)."""
    items = [
        f"<li><code>{html.escape(p.path)}</code>, linje {p.line}, tegn {p.column}: "
        f"{html.escape(p.message)}{html.escape(f' ({p.hint})' if p.hint else '')} "
        f"<small>[{html.escape(p.rule)}]</small></li>"
        for p in problems
    ]
    items += [f"<li>{html.escape(w)}</li>" for w in warnings]
    what = "Kurset har feil som må rettes" if problems else "Byggingen ga advarsler"
    return (
        '<div class="tip-preview-problems" role="alert" style="margin:0;padding:1rem 1.5rem;'
        'background:#fff3e0;color:#3e2723;border-bottom:4px solid #e65100;font-size:0.9rem;line-height:1.5">'
        f'<p style="margin:0 0 0.5rem;font-weight:700">{what} ({len(items)}):</p>'
        f'<ol style="margin:0 0 0.5rem 1.2rem">{"".join(items)}</ol>'
        '<p style="margin:0">Dette vises bare i forhåndsvisningen. Rett det og lagre filen: '
        "siden oppdaterer seg selv. Kunnskapssjekkene vises ikke før feilene er rettet.</p></div>"
    )


def with_banner(page_html: str, box: str) -> str:
    body = next((e for e in elements(page_html) if e.name == "body"), None)
    edits = Edits(page_html)
    edits.insert(body.tag_end if body else 0, box)
    return edits.apply()


def add_banner(site: Path, problems: Sequence[Problem], warnings: Sequence[str]) -> None:
    """Put the banner on every page of a built site."""
    box = banner(problems, warnings)
    for page in site.rglob("*.html"):
        page.write_text(with_banner(page.read_text(encoding="utf-8"), box), encoding="utf-8")


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.errno == errno.EADDRINUSE
    return False


def run(root: Path, host: str, port: int) -> int:
    """`mkdocs serve` in preview mode, or one line that says the port is taken."""
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
    ]
    env = {**os.environ, ENV: "1", "NO_MKDOCS_2_WARNING": "1"}
    # mkdocs takes this process's place, so that stopping the preview (Ctrl-C, a test's
    # terminate()) stops the server itself and leaves nothing running.
    os.chdir(root)
    os.execve(sys.executable, command, env)
