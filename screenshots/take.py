"""Pictures of the front page for the README: `make screenshots`.

The front page at 1280x900 (a wide screen) and at 390x844 (a phone), for a new learner and for
one partly through the course with an assignment from a leader; in Bokmål, and in Nynorsk
(nn-forside-...) when the site has its Nynorsk edition under nn/. `make screenshots` builds the
course into a temporary folder and runs this on it; the PNG files land in screenshots/. The clock
is fixed (1 December 2026), so that the same course gives the same pictures.

    python screenshots/take.py <built site> <folder for the PNG files>
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import sys
import threading
from datetime import datetime
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.chromium import ARGS, CHROMIUM

SIZES = {"bred": (1280, 900), "mobil": (390, 844)}
STATES = ("ny", "underveis")
# The edition's folder in the site -> the start of its pictures' names, and the leader's message.
EDITIONS = {
    "": ("", "Vi snakker om dette på teammøtet 15. desember."),
    "nn/": ("nn-", "Vi snakkar om dette på teammøtet 15. desember."),
}
TODAY = datetime(2026, 12, 1, 10, 0)


def underway(site: Path, course: dict, root: str, message: str) -> dict[str, object]:
    """What a learner has stored after two modules, part of a third (read to its second section),
    and an assignment."""
    modules = course["modules"]
    third = (site / modules[2]["url"] / "index.html").read_text(encoding="utf-8")
    section, heading = re.findall(r'<h2 id="([^"]+)">([^<]*)<a class="headerlink"', third)[1]
    items: dict[str, object] = {}
    for n, module in enumerate(modules[:3]):
        right = len(module["questions"]) if n < 2 else 4
        ticked = len(module["reflections"]) if n < 2 else 1
        items["quiz_progress_" + root + module["url"]] = {
            q: {"answered": True, "correct": True, "selectedValues": []}
            for q in module["questions"][:right]
        }
        for reflection in module["reflections"][:ticked]:
            items[reflection["key"]] = {"done": True, "note": ""}
    items[course["storage"]["last-read"]] = {
        "module": modules[2]["id"],
        "section": section,
        "heading": heading.strip(),
    }
    items["tip:v1:assignments"] = [
        {
            "modules": [modules[2]["id"], modules[3]["id"]],
            "deadline": "2026-12-15",
            "team": "Team Nord",
            "message": message,
            "saved": "2026-11-20T10:00:00Z",
        }
    ]
    return items


def shoot(page: Page, url: str, folder: str, items: dict[str, object], path: Path) -> None:
    page.goto(url + "404.html")  # the site's origin, without running the front page
    page.evaluate("() => localStorage.clear()")
    page.evaluate(
        "items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, JSON.stringify(v)); }",
        items,
    )
    page.goto(url + folder)
    page.locator("#tip-progress-summary").filter(has_text="Du har fullført").wait_for()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(path), animations="disabled")


def take(site: Path, out: Path, browser: Browser | None = None) -> list[Path]:
    """The PNG files of the front page, in every state and size, written to out; with Debian's
    Chromium, or with the browser given (the tests' own)."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    out.mkdir(parents=True, exist_ok=True)
    try:
        if browser is not None:
            return shoot_all(browser, site, url, out)
        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            written = shoot_all(own, site, url, out)
            own.close()
            return written
    finally:
        server.shutdown()
        server.server_close()


def shoot_all(browser: Browser, site: Path, url: str, out: Path) -> list[Path]:
    written = []
    for folder, (name, message) in EDITIONS.items():
        manifest = site / folder / "course.json"
        if not manifest.exists():
            continue
        course = json.loads(manifest.read_text(encoding="utf-8"))
        for size, (width, height) in SIZES.items():
            context = browser.new_context(
                viewport={"width": width, "height": height}, reduced_motion="reduce"
            )
            page = context.new_page()
            page.clock.set_fixed_time(TODAY)
            for state in STATES:
                path = out / f"{name}forside-{state}-{size}.png"
                items = (
                    underway(site / folder, course, "/" + folder, message)
                    if state == "underveis"
                    else {}
                )
                shoot(page, url, folder, items, path)
                written.append(path)
            context.close()
    return written


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    for path in take(Path(argv[0]), Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
