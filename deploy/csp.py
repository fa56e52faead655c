"""The Content-Security-Policy that a built course needs, and nothing more.

    .venv/bin/python deploy/csp.py site                          # print the policy for site/
    .venv/bin/python deploy/csp.py site --write deploy/nginx.conf  # put it into the nginx settings

Everything comes from the site itself ('self'). Material and mkdocs-quiz put a few small scripts
and one event handler (onsubmit="return false;") into the pages: those are allowed by their
SHA-256 hashes, so no other inline script can run. Inline styles are allowed ('unsafe-inline'):
mkdocs-quiz writes style attributes into its HTML, and a style cannot run code. The hashes change
when Material, mkdocs-quiz or their settings change, and for a build with SITE_URL under a
sub-path (the 404 page): build, then run this again (tests/browser/test_hosting.py checks it).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from pathlib import Path

from course.htmledit import elements

_NGINX_LINE = re.compile(r'(set\s+\$tillit_csp\s+")[^"]+(")')

FIXED = {
    "default-src": "'none'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",  # Material draws its icons from data: SVGs in its stylesheet
    "connect-src": "'self'",  # the search index, course.json, conversation guides to print
    "worker-src": "'self'",  # Material's search
    "manifest-src": "'self'",
    "form-action": "'self'",
    "base-uri": "'none'",
    "frame-ancestors": "'self'",  # see docs/om/drift.md before letting a learning platform frame the course
}


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def inline_code(page: str) -> tuple[set[str], set[str]]:
    """The inline scripts (not JSON data, not src=) and the event-handler attributes of a page."""
    found = elements(page)
    scripts = {
        page[e.tag_end : e.inner_end]
        for e in found
        if e.name == "script"
        and e.inner_end >= 0
        and e.get("src") is None
        and e.get("type") != "application/json"
    }
    handlers = {
        value
        for e in found
        for name, value in e.attrs
        if name.startswith("on") and value is not None
    }
    return scripts, handlers


def policy(site: Path) -> str:
    """The Content-Security-Policy for every HTML page under site."""
    scripts: set[str] = set()
    handlers: set[str] = set()
    for path in sorted(site.rglob("*.html")):
        found_scripts, found_handlers = inline_code(path.read_text(encoding="utf-8"))
        scripts |= found_scripts
        handlers |= found_handlers
    script_src = ["'self'"]
    if handlers:
        script_src.append("'unsafe-hashes'")  # lets exactly these handler texts run, nothing else
    script_src += sorted(_sha256(code) for code in scripts | handlers)
    directives = {"default-src": FIXED["default-src"], "script-src": " ".join(script_src), **FIXED}
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def configured_policy(nginx_conf: Path) -> str:
    """The policy in an nginx file's `set $tillit_csp "..."` line (the first, not empty)."""
    found = _NGINX_LINE.search(nginx_conf.read_text(encoding="utf-8"))
    if not found:
        raise ValueError(f"{nginx_conf}: no set $tillit_csp line")
    return found.group(0)[len(found.group(1)) : -1]


def write_policy(nginx_conf: Path, value: str) -> None:
    text = nginx_conf.read_text(encoding="utf-8")
    nginx_conf.write_text(
        _NGINX_LINE.sub(lambda m: m.group(1) + value + m.group(2), text, count=1), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    command = argparse.ArgumentParser(
        prog="python deploy/csp.py", description="the Content-Security-Policy a built site needs"
    )
    command.add_argument("site", type=Path)
    command.add_argument(
        "--write", type=Path, metavar="NGINX_CONF", help="replace the policy in this nginx file"
    )
    args = command.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(
            f"csp: {args.site} has no index.html: build the site first (make build)",
            file=sys.stderr,
        )
        return 2
    value = policy(args.site)
    if args.write:
        write_policy(args.write, value)
        print(f"{args.write}: Content-Security-Policy updated")
    else:
        print(value)
    return 0


if __name__ == "__main__":
    sys.exit(main())
