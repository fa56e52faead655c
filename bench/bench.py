"""Where build time and page weight go: `make bench` prints a table and writes bench/results.json.

Every time is the median of --runs runs (at least 5) on this machine; sizes are bytes a server
sends with gzip, in kB of 1000 bytes. Figures are compared with the targets of issues #7 and #25 and
printed as they are: a missed target is reported with what dominates it, never tuned away.
The build and the module page are also compared, in the same run, with a stock Material +
mkdocs-quiz site that has the same pages and questions (bench/generate.py: stock_course).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from course import preview
from course.course import load_course
from deploy import csp
from deploy.nginx import NGINX_CONF, free_port, nginx, nginx_binary
from tests.support.chromium import ARGS, CHROMIUM

from generate import ROOT, copy_course, generate_course, remove_quizzes, stock_course

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None  # the most it may be
    runs: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value <= self.target


# --- building ---------------------------------------------------------------------------------


def build_seconds(
    project: Path, site: Path, strict: bool = True, config: str = "mkdocs.yml"
) -> tuple[float, float]:
    """CPU and wall seconds of `mkdocs build --strict` as `make build` runs it, Python start-up
    included (and the processes it starts: node for the offline worker, git for the dates).
    The build runs in one thread at a time: on an idle machine the two are the same, and CPU
    time stays true when other work shares the machine. strict=False: a stock site, whose
    pages link to anchors that only the course's hooks make. config: mkdocs.nn.yml for the
    Nynorsk edition."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    strictly = ["--strict"] if strict else []
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *strictly, "-f", config, "--site-dir", str(site)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"bench: the build of {project} failed:\n{result.stderr[-3000:]}")
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def interleaved(
    runs: int, *jobs: Callable[[], tuple[float, float]]
) -> list[tuple[list[float], list[float]]]:
    """Each job `runs` times, taking turns, so a busy moment on the machine hits all alike.
    Per job: its CPU times and its wall times."""
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in jobs]
    for _ in range(runs):
        for job, (cpu, wall) in zip(jobs, times):
            found = job()
            cpu.append(found[0])
            wall.append(found[1])
    return times


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def profile_build(project: Path, site: Path) -> dict[tuple[str, int, str], tuple]:
    """cProfile statistics (CPU time) of one in-process build: {(file, line, function): (cc, nc,
    tt, ct, callers)}. Processes the build starts (`git log` in hooks/tip/pages.py) are counted as
    one more entry, called from the hooks: only the project's hooks start any."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    profiler = cProfile.Profile(time.process_time)  # CPU time: true on a busy machine too
    before = children_cpu()
    profiler.runcall(build, config)
    children = children_cpu() - before
    config.plugins.on_shutdown()
    stats = dict(pstats.Stats(profiler).stats)  # type: ignore[attr-defined]
    outside = ("<mkdocs>", 0, "build")
    stats[(str(ROOT / "hooks" / "<processes they start>"), 0, "subprocess")] = (
        1,
        1,
        children,
        children,
        {outside: (1, 1, children, children)},
    )
    return stats


def in_hooks(filename: str) -> bool:
    """Code of the project's own hooks (hooks/*.py and hooks/course/*.py, also in a copy).
    Built-in functions ("~") count as the code that called them."""
    return filename == "~" or ("/hooks/" in filename and "site-packages" not in filename)


def under_hooks(stats: dict) -> set[tuple[str, int, str]]:
    """Hook code, and functions only ever called from it (directly or through other such
    functions): PyYAML's compose, say. A hook function they call back (the loader's resolve)
    is already counted in the hook that called them."""
    under = {func for func in stats if in_hooks(func[0])}
    grown = True
    while grown:
        found = {
            func
            for func, entry in stats.items()
            if func not in under and entry[4] and all(caller in under for caller in entry[4])
        }
        under |= found
        grown = bool(found)
    return under


def hook_times(stats: dict) -> tuple[float, dict[str, float], float]:
    """Total profiled time; per hook function called from outside hooks/, its time including
    what it calls (PyYAML, regular expressions); hook code's own time."""
    total = sum(entry[2] for entry in stats.values())
    own = sum(entry[2] for func, entry in stats.items() if in_hooks(func[0]) and func[0] != "~")
    under = under_hooks(stats)
    entries: dict[str, float] = {}
    for func, (_, _, _, _, callers) in stats.items():
        if in_hooks(func[0]) and func[0] != "~":
            outside = sum(edge[3] for caller, edge in callers.items() if caller not in under)
            if outside:
                name = f"{Path(func[0]).name}:{func[2]}"
                entries[name] = entries.get(name, 0.0) + outside
    return total, entries, own


# What a build spends its time on, by the functions that do each part (inclusive time).
AREAS = {
    "mkdocs-quiz: quiz HTML": [
        ("mkdocs_quiz/plugin.py", "on_page_content"),
        ("mkdocs_quiz/plugin.py", "on_page_markdown"),
    ],
    "Markdown of the pages": [("mkdocs/structure/pages.py", "render")],
    "theme templates (Material, navigation)": [("jinja2/environment.py", "render")],
    "search index": [
        ("material/plugins/search/plugin.py", "on_page_context"),
        ("material/plugins/search/plugin.py", "on_post_build"),
    ],
}


def areas(stats: dict) -> dict[str, float]:
    """Share of the profiled build time per area; the project's hooks; the rest."""
    total, entries, _ = hook_times(stats)
    shares = {}
    for area, functions in AREAS.items():
        shares[area] = (
            sum(
                entry[3]
                for func, entry in stats.items()
                if any(func[0].endswith(f) and func[2] == n for f, n in functions)
            )
            / total
        )
    shares["project hooks"] = sum(entries.values()) / total
    shares["the rest (files, copying, sitemap, ...)"] = max(0.0, 1 - sum(shares.values()))
    return shares


def shares_note(shares: dict[str, float]) -> str:
    return ", ".join(
        f"{area} {share:.0%}"
        for area, share in sorted(shares.items(), key=lambda kv: -kv[1])
        if share >= 0.01
    )


def build_figures(runs: int, tmp: Path) -> list[Figure]:
    """The real course's build and the same without quizzes, against a stock Material +
    mkdocs-quiz site with the same pages and questions, with and without them; each 2 x runs
    times, taking turns (they are quick)."""
    plain = remove_quizzes(copy_course(tmp / "no-quiz"))
    stock = stock_course(tmp / "stock")
    stock_plain = stock_course(tmp / "stock-no-quiz", quizzes=False)
    (real, real_wall), (without, _), (stock_with, _), (stock_without, _) = interleaved(
        2 * runs,
        lambda: build_seconds(ROOT, tmp / "site"),
        lambda: build_seconds(plain, tmp / "site-no-quiz"),
        lambda: build_seconds(stock, tmp / "site-stock", strict=False),
        lambda: build_seconds(stock_plain, tmp / "site-stock-no-quiz", strict=False),
    )
    build_s, without_s = statistics.median(real), statistics.median(without)
    stock_s, stock_without_s = statistics.median(stock_with), statistics.median(stock_without)
    seconds = {}
    for name, project, total in (("quiz", ROOT, build_s), ("plain", plain, without_s)):
        profiles = [areas(profile_build(project, tmp / "site-profile")) for _ in range(3)]
        seconds[name] = {
            area: statistics.median(p[area] for p in profiles) * total for area in profiles[0]
        }
    where = shares_note({area: t / build_s for area, t in seconds["quiz"].items()})
    extra = sorted(
        ((t - seconds["plain"][area], area) for area, t in seconds["quiz"].items()), reverse=True
    )
    costs = ", ".join(f"{area} +{t:.2f} s" for t, area in extra[:3])
    ours = [r / w for r, w in zip(real, without)]
    theirs = [r / w for r, w in zip(stock_with, stock_without)]
    return [
        Figure(
            "build_s",
            build_s,
            "s",
            None,
            real,
            f"CPU seconds (wall: median {statistics.median(real_wall):.2f} s). Where it goes (profiled, median of 3): {where}",
        ),
        Figure(
            "quiz_overhead_ratio",
            build_s / without_s,
            "",
            None,
            ours,
            f"without quizzes: {without_s:.2f} s (markers and banks removed, mkdocs_quiz off). What the quizzes add (profiled): {costs}",
        ),
        Figure(
            "quiz_overhead_vs_stock",
            (build_s / without_s) / (stock_s / stock_without_s),
            "",
            1.0,
            [a / b for a, b in zip(ours, theirs)],
            "quiz_overhead_ratio divided by the same for stock Material + mkdocs-quiz with the same pages "
            f"and questions (no hooks, no extra CSS or JavaScript): {stock_s:.2f} s with the questions, "
            f"{stock_without_s:.2f} s without, ratio {stock_s / stock_without_s:.2f}",
        ),
    ]


def both_editions(site: Path) -> tuple[float, float]:
    """Both editions as `make build` makes them: Bokmål in site/, Nynorsk in site/nn/."""
    nb = build_seconds(ROOT, site)
    nn = build_seconds(ROOT, site / "nn", config="mkdocs.nn.yml")
    return nb[0] + nn[0], nb[1] + nn[1]


def edition_figures(runs: int, tmp: Path) -> list[Figure]:
    """`make build` with both editions against the Bokmål edition alone, taking turns."""
    (two, two_wall), (one, _) = interleaved(
        runs,
        lambda: both_editions(tmp / "site-both"),
        lambda: build_seconds(ROOT, tmp / "site-one"),
    )
    two_s, one_s = statistics.median(two), statistics.median(one)
    return [
        Figure(
            "build_two_editions_s",
            two_s,
            "s",
            None,
            two,
            f"CPU seconds of both builds, as `make build` runs them (wall: median {statistics.median(two_wall):.2f} s)",
        ),
        Figure(
            "two_editions_ratio",
            two_s / one_s,
            "",
            None,
            [a / b for a, b in zip(two, one)],
            f"build_two_editions_s divided by the Bokmål edition alone ({one_s:.2f} s)",
        ),
    ]


def scaling_figure(runs: int, tmp: Path) -> Figure:
    courses = {n: generate_course(tmp / f"course-{n}", n) for n in (100, 400)}
    (small, _), (large, _) = interleaved(
        runs, *(lambda n=n: build_seconds(courses[n], tmp / f"site-{n}") for n in courses)
    )
    seconds = {100: statistics.median(small), 400: statistics.median(large)}
    shares = {
        n: areas(profile_build(course, tmp / f"site-profile-{n}")) for n, course in courses.items()
    }
    growth = sorted(
        ((shares[400][a] * seconds[400], shares[100][a] * seconds[100], a) for a in shares[100]),
        reverse=True,
    )
    grows = "; ".join(
        f"{area} {s100:.1f} -> {s400:.1f} s (x{s400 / s100:.1f})"
        for s400, s100, area in growth[:3]
        if s100 > 0
    )
    return Figure(
        "scaling_ratio",
        seconds[400] / seconds[100],
        "",
        5.0,
        [b / a for a, b in zip(small, large)],
        f"CPU seconds, 100 modules: {seconds[100]:.1f} s, 400 modules: {seconds[400]:.1f} s. Largest parts at 400 (profiled share x time): {grows}",
    )


def check_cpu(project: Path, prelude: str = "pass") -> float:
    """CPU seconds of `python -m course check` on project in a fresh process (prelude: run first)."""
    code = f"import runpy, sys\n{prelude}\nrunpy.run_module('course', run_name='__main__')"
    before = children_cpu()
    result = subprocess.run(
        [sys.executable, "-c", code, "--root", str(project), "check"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"bench: the generated questions do not pass `make check`:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return children_cpu() - before


# Start-up as the check, then only what PyYAML does for the loader (course/yamlsource.py: the
# event scan for anchors, aliases and tags, and the composition of the node tree), then stop.
YAML_ONLY = """import pathlib, yaml
from course.yamlsource import SafeLoader
for bank in sorted(pathlib.Path(sys.argv[2]).glob("quizzes/*.yml")):
    text = bank.read_text(encoding="utf-8")
    for event in yaml.parse(text, Loader=SafeLoader):
        pass
    yaml.compose(text, Loader=SafeLoader)
sys.exit(0)"""


def validate_figure(runs: int, tmp: Path) -> Figure:
    project = generate_course(tmp / "banks-10k", 100, questions=100, words=50)
    questions = sum(
        bank.read_text(encoding="utf-8").count("\n  - id: ")
        for bank in (project / "quizzes").glob("*.yml")
    )
    assert questions == 10_000, questions
    times = [check_cpu(project) for _ in range(runs)]
    yaml_alone = statistics.median(check_cpu(project, YAML_ONLY) for _ in range(3))
    return Figure(
        "validate_10k_s",
        statistics.median(times),
        "s",
        5.0,
        times,
        f"CPU seconds of `python -m course check` (what `make check` runs, Python start-up included), 100 banks of 100 questions. "
        f"Of that, Python's start and PyYAML reading the banks (event scan and node tree): {yaml_alone:.2f} s",
    )


# --- mkdocs serve -----------------------------------------------------------------------------


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at url contains text."""
    start = time.perf_counter()
    while text not in fetch(url):
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{text!r} did not appear at {url} within {timeout:.0f} s")
        time.sleep(0.02)
    return time.perf_counter() - start


def serve_figure(runs: int, tmp: Path) -> Figure:
    project = copy_course(tmp / "serve")
    course, _ = load_course(project, project / "docs", project / "quizzes")
    src, page = next(
        (src, page)
        for src, page in sorted(course.pages.items())
        if src.startswith("moduler/") and page.markers
    )
    bank = project / "quizzes" / f"{page.markers[0].bank}.yml"
    port = free_port()
    url = f"http://127.0.0.1:{port}/{src.removesuffix('.md')}/"
    log = (tmp / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**ENV, preview.ENV: "1"},  # as `make serve` runs it (course/preview.py)
        stdout=log,
        stderr=log,
    )
    times = []
    try:
        wait_for(url, "</html>", 120)
        original = bank.read_text(encoding="utf-8")
        for n in range(runs):
            marker = f"Benkmerke{n}x{time.monotonic_ns() % 10**6}"
            edited, count = re.subn(
                r"^(    question: (?:>-\n\s+)?)", rf"\g<1>{marker} ", original, count=1, flags=re.M
            )
            if not count:
                raise SystemExit(f"bench: found no question to edit in {bank}")
            bank.write_text(edited, encoding="utf-8")
            times.append(wait_for(url, marker, 60))
            time.sleep(1.0)  # let the server settle before the next edit
    except TimeoutError as err:
        log.flush()
        raise SystemExit(
            f"bench: {err}\n" + (tmp / "serve.log").read_text(encoding="utf-8")[-3000:]
        ) from err
    finally:
        server.send_signal(signal.SIGINT)  # mkdocs serve removes its temporary site on Ctrl+C
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    return Figure(
        "rebuild_after_edit_s",
        statistics.median(times),
        "s",
        2.0,
        times,
        f"edit of {bank.name} until {src} shows it; includes mkdocs serve's 0.5 s file polling and a full rebuild",
    )


# --- page weight ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Transfer:
    path: str
    status: int
    bytes: int  # status line, headers and body, as nginx sent them (compressed)


def sent(log: Path, skip: int) -> list[Transfer]:
    """The answers nginx logged (deploy/nginx.py's format) after the first `skip` lines."""
    lines = log.read_text(encoding="utf-8").splitlines()[skip:]
    return [
        Transfer(path, int(status), int(size))
        for status, size, path in (line.split(" ", 2) for line in lines)
    ]


def kb(found: list[Transfer]) -> float:
    return sum(t.bytes for t in found) / 1000


def heaviest(found: list[Transfer], count: int = 4) -> str:
    top = sorted(found, key=lambda t: -t.bytes)[:count]
    return ", ".join(
        f"{Path(t.path.split('?')[0].rstrip('/')).name or '/'} {t.bytes / 1000:.1f}" for t in top
    )


# Repetisjon with every question of the course due today (as a learner who has answered every
# module and come back): the page then fetches the first question and runs mkdocs-quiz on it.
DUE_EVERYTHING = """([key, questions]) => {
    const entries = {};
    for (const [id, question] of questions) entries[id] = {question, box: 0, due: "2000-01-01"};
    localStorage.setItem(key, JSON.stringify({questions: entries}));
}"""


def page_loads(
    site: Path, conf: Path, visits: list[list[str]], runs: int, log: Path, init: str = ""
) -> list[list[list[Transfer]]]:
    """Per run, per visit (a list of paths opened one after the other in a fresh browser context:
    an empty cache), per path: what nginx sent. Service workers are blocked: the figures are the
    weight of the pages themselves (offline_copy_kb measures the offline worker's copy)."""
    from playwright.sync_api import sync_playwright

    def lines() -> int:
        return len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0

    loads: list[list[list[Transfer]]] = []
    with nginx(site, conf, access_log=log) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            parts: list[list[Transfer]] = []
            for paths in visits:
                context = browser.new_context(service_workers="block")
                if init:
                    context.add_init_script(init)
                page = context.new_page()
                for path in paths:
                    before = lines()
                    page.goto(url + path, wait_until="networkidle")
                    parts.append(sent(log, before))
                context.close()
            loads.append(parts)
        browser.close()
    failed = [t for load in loads for part in load for t in part if t.status >= 400]
    if failed:
        raise SystemExit(f"bench: requests failed while loading pages: {failed[:5]}")
    return loads


def offline_copy(site: Path, conf: Path, path: str, log: Path) -> tuple[list[Transfer], float]:
    """What a first visit of path costs until the offline worker has its copy of the edition,
    and the seconds that takes (nginx on this machine: no network in between)."""
    from playwright.sync_api import sync_playwright

    with nginx(site, conf, access_log=log) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context().new_page()
        start = time.perf_counter()
        page.goto(url + path, wait_until="load")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        seconds = time.perf_counter() - start
        page.wait_for_load_state("networkidle")
        browser.close()
    return sent(log, 0), seconds


def policy_for(site: Path, tmp: Path) -> Path:
    """deploy/nginx.conf with the Content-Security-Policy that fits site (as `make dist` writes)."""
    conf = tmp / f"nginx-{site.name}.conf"
    conf.write_text(NGINX_CONF.read_text(encoding="utf-8"), encoding="utf-8")
    csp.write_policy(conf, csp.policy(site))
    return conf


def weight_figures(runs: int, tmp: Path) -> list[Figure]:
    """A module page with an empty cache, then another module page, then Repetisjon; and
    Repetisjon with an empty cache; the same module page of a stock Material + mkdocs-quiz site
    with the same pages and questions. Loaded in Chromium from Debian's nginx with
    deploy/nginx.conf: the compression, caching and headers learners get. nginx's log gives the
    bytes it sent per answer (Chromium does not report a worker's script). Repetisjon is loaded
    with every question due, so the bytes include the first question, which it fetches."""
    if not Path(CHROMIUM).exists():
        raise SystemExit(
            f"bench: {CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        )
    try:
        nginx_binary()
    except RuntimeError as err:
        raise SystemExit(f"bench: {err}") from err
    site = tmp / "site-weight"
    both_editions(site)
    stock = tmp / "site-weight-stock"
    build_seconds(stock_course(tmp / "stock-weight"), stock, strict=False)
    course, _ = load_course(ROOT, ROOT / "docs", ROOT / "quizzes")
    modules = [
        src.removesuffix(".md") + "/"
        for src, page in sorted(course.pages.items())
        if src.startswith("moduler/") and page.markers
    ]
    manifest = json.loads((site / "course.json").read_text(encoding="utf-8"))
    practice = manifest["repetition"]["url"]
    due = [
        manifest["storage"]["repetition"],
        [[i, q] for m in manifest["modules"] for i, q in zip(m["repetition"], m["questions"])],
    ]
    first, then = modules[0], modules[1]
    conf = NGINX_CONF
    loads = page_loads(
        site,
        conf,
        [[first, then, practice], [practice]],
        runs,
        tmp / "weight-access.log",
        f"({DUE_EVERYTHING})({json.dumps(due)})",
    )
    nynorsk = page_loads(site, conf, [["nn/" + first, "nn/" + then]], runs, tmp / "nn-access.log")
    stock_loads = page_loads(stock, policy_for(stock, tmp), [[first]], runs, tmp / "stock.log")
    copy, copy_seconds = offline_copy(site, conf, first, tmp / "offline-access.log")
    cold, warm, practice_warm, practice_cold = loads[0]
    fetched = [t for t in practice_warm if "/sporsmal/" in t.path]  # the first question's file
    if not fetched:
        raise SystemExit("bench: Repetisjon fetched no questions: is anything due?")

    def figure(
        name: str,
        index: int,
        target: float,
        note: str,
        measured: list[list[list[Transfer]]] = loads,
    ) -> Figure:
        values = [kb(load[index]) for load in measured]
        return Figure(name, statistics.median(values), "kB", target, values, note)

    def revalidated(found: list[Transfer]) -> str:
        return (
            f"{len(found)} requests ({sum(t.status == 304 for t in found)} answered 304 Not Modified with "
            f"{sum(t.bytes for t in found if t.status == 304) / 1000:.1f} kB of headers; files named by their content come from the cache unasked)"
        )

    ours = [kb(load[0]) for load in loads]
    theirs = [kb(load[0]) for load in stock_loads]
    stock_cold = stock_loads[0][0]
    worker = [t for t in copy if t.path.endswith(("/sw.js",)) or "/workbox/" in t.path]
    return [
        figure(
            "module_page_first_kb",
            0,
            120,
            f"{first}, empty cache, {len(cold)} requests; heaviest (kB): {heaviest(cold)}",
        ),
        Figure(
            "first_visit_vs_stock",
            statistics.median(ours) / statistics.median(theirs),
            "",
            0.8,
            [a / b for a, b in zip(ours, theirs)],
            f"module_page_first_kb divided by the same page of stock Material + mkdocs-quiz with the same questions: "
            f"{statistics.median(theirs):.1f} kB, {len(stock_cold)} requests; heaviest (kB): {heaviest(stock_cold)}",
        ),
        figure(
            "module_page_next_kb",
            1,
            16,
            f"{then} after it: {revalidated(warm)}; heaviest (kB): {heaviest(warm)}",
        ),
        figure(
            "module_page_first_kb_nn",
            0,
            120,
            f"nn/{first}, the Nynorsk edition, empty cache, {len(nynorsk[0][0])} requests; heaviest (kB): {heaviest(nynorsk[0][0])}",
            nynorsk,
        ),
        figure(
            "module_page_next_kb_nn",
            1,
            16,
            f"nn/{then} after it: {revalidated(nynorsk[0][1])}; heaviest (kB): {heaviest(nynorsk[0][1])}",
            nynorsk,
        ),
        figure(
            "repetition_page_first_kb",
            3,
            150,
            f"{practice}, every question due, empty cache, {len(practice_cold)} requests; heaviest (kB): {heaviest(practice_cold)}",
        ),
        figure(
            "repetition_page_next_kb",
            2,
            14,
            f"{practice} after the two modules, every question due: {revalidated(practice_warm)}, "
            f"of which the first question {kb(fetched):.1f} kB; heaviest (kB): {heaviest(practice_warm)}",
        ),
        Figure(
            "offline_copy_kb",
            kb(copy),
            "kB",
            None,
            [kb(copy)],
            f"{first} with an empty cache and the offline worker on, until it has the whole edition: {len(copy)} requests "
            f"in {copy_seconds:.1f} s from this machine, of which the worker itself {kb(worker):.1f} kB; heaviest (kB): {heaviest(copy)}",
        ),
    ]


# --- report -----------------------------------------------------------------------------------


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "target", "", "runs")]
    for f in figures:
        value = f"{f.value:.3f}" if f.value < 10 else f"{f.value:.1f}"
        target = "" if f.target is None else f"<= {f.target:g}"
        verdict = {None: "", True: "met", False: "MISSED"}[f.met]
        spread = f"{min(f.runs):.2f}-{max(f.runs):.2f} ({len(f.runs)})" if f.runs else ""
        rows.append((f.name, f"{value} {f.unit}".strip(), target, verdict, spread))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join([*lines, "", *(f"{f.name}: {f.note}" for f in figures if f.note)])


GROUPS: dict[str, Callable[[int, Path], Figure | list[Figure]]] = {
    "build": build_figures,
    "editions": edition_figures,
    "scaling": scaling_figure,
    "validate": validate_figure,
    "serve": serve_figure,
    "weight": weight_figures,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="runs per time (at least 5 for figures to report)"
    )
    parser.add_argument(
        "--only", choices=GROUPS, action="append", help="measure only this group (repeatable)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="tip-bench-") as tmp:
        for name in args.only or GROUPS:
            print(f"measuring {name} ...", file=sys.stderr, flush=True)
            found = GROUPS[name](args.runs, Path(tmp))
            figures += found if isinstance(found, list) else [found]
    print(table(figures))
    machine = f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, load average {load_before[0]:.1f} before and {os.getloadavg()[0]:.1f} after"
    print(
        f"\nmachine: {machine}"
        + ("" if args.runs >= 5 else f"\nonly {args.runs} runs: not figures to report")
    )
    results = {
        "machine": machine,
        "runs": args.runs,
        "figures": {f.name: {**asdict(f), "met": f.met} for f in figures},
    }
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
