"""Lighthouse on the front page and a module, as a phone sees them: `make audit`.

Builds the course, serves it as in production (Debian's nginx with deploy/nginx.conf, see
deploy/nginx.py), runs Lighthouse from node_modules with Debian's Chromium in its default mobile
profile (simulated slow 4G and a slower CPU), and prints each category's score against its target.
For a category below its target, it lists the audits that cost points. A measurement, not a
test: the scores vary a little from run to run. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from deploy.nginx import NGINX_CONF, nginx
from tests.support.chromium import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = " ".join(["--headless=new", "--no-sandbox", *ARGS])
PAGES = {"forsiden": "", "modul": "moduler/psykologisk-trygghet/"}
TARGETS = {"performance": 97, "accessibility": 100, "best-practices": 100}


def scores(report: dict) -> dict[str, int]:
    """Each category's score, 0 to 100, from a Lighthouse JSON report (None for an error: 0)."""
    return {
        name: round((category.get("score") or 0) * 100)
        for name, category in report["categories"].items()
    }


def costly_audits(report: dict, category: str) -> list[str]:
    """The audits that cost a category points, heaviest first: 'title (value)'."""
    lost = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
            lost.append((ref["weight"] * (1 - audit["score"]), audit))
    lost.sort(key=lambda pair: -pair[0])
    return [f"{audit['title']} ({audit.get('displayValue', 'failed')})" for _, audit in lost]


def table(results: dict[str, dict]) -> tuple[str, bool]:
    """The scores of every page against the targets, and whether all targets are met."""
    lines = [f"{'page':<10} {'category':<16} {'score':>5} {'target':>7}  ok"]
    all_met = True
    for page, report in results.items():
        got = scores(report)
        for category, target in TARGETS.items():
            met = got.get(category, 0) >= target
            all_met &= met
            lines.append(
                f"{page:<10} {category:<16} {got.get(category, 0):>5} {target:>7}  {'yes' if met else 'NO'}"
            )
            if not met:
                lines += [f"{'':<12}- {audit}" for audit in costly_audits(report, category)[:5]]
    return "\n".join(lines), all_met


def lighthouse(url: str, out: Path) -> dict:
    if not LIGHTHOUSE.exists():
        raise SystemExit("node_modules/.bin/lighthouse is missing: run `npm ci` (make audit does)")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    command.append("--only-categories=" + ",".join(TARGETS))
    for attempt in (
        1,
        2,
    ):  # Chromium now and then fails to start on a busy machine: that is no score
        run = subprocess.run(
            command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}
        )
        if run.returncode == 0:
            return json.loads(out.read_text(encoding="utf-8"))
        print(
            f"Lighthouse failed (attempt {attempt} of 2):\n{(run.stderr or run.stdout)[-2000:]}",
            file=sys.stderr,
        )
    raise SystemExit(f"Lighthouse could not measure {url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--keep", type=Path, help="also write each page's Lighthouse JSON report into this folder"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tillit-audit-") as folder:
        tmp = Path(folder)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--quiet",
                "--site-dir",
                str(tmp / "site"),
            ],
            cwd=ROOT,
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        results = {}
        with nginx(tmp / "site", NGINX_CONF) as url:
            for page, path in PAGES.items():
                print(f"Lighthouse: {url}{path}", flush=True)
                results[page] = lighthouse(url + path, tmp / f"{page}.json")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{page}.json").write_text(
                        json.dumps(results[page]), encoding="utf-8"
                    )
    text, all_met = table(results)
    print(text)
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
