"""The cmi5 package against a real learning record store: ralph (PyPI ralph-malph, in its own
virtualenv .venv-ralph/, made by `make test`) with its file-system backend, on 127.0.0.1 and a
free port, with a user made by `ralph auth`.

A small LMS here plays what a cmi5 LMS does around the LRS: it serves the fetch URL (the token,
once), LMS.LaunchData and the learner preferences, writes «launched», and passes the AU's
statements on to ralph with its own credentials. Ralph 5.1 has the statements API only (no
state or agent profile API: ralph/api/routers has statements.py and health.py), so LMS.LaunchData
and cmi5LearnerPreferences come from this LMS, as they come from the LMS's side in cmi5.
"""

from __future__ import annotations

import base64
import collections
import http.server
import json
import os
import re
import secrets
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from course.cmi5 import NS

from conftest import ROOT, SHOWN, Server, answer, axe_violations, tick_every_reflection

# absolute, not resolved: the virtualenv's python is a link it must be called by
RALPH = Path(os.environ.get("RALPH") or ROOT / ".venv-ralph" / "bin" / "ralph").absolute()
VERB = "http://adlnet.gov/expapi/verbs/"
CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/"
EXTENSION = "https://w3id.org/xapi/cmi5/context/extensions/"
SESSION = EXTENSION + "sessionid"
MODULE = "moduler/selvledelse/index.html"
ACTOR = {
    "objectType": "Agent",
    "name": "Deltaker Testesen",
    "account": {"homePage": "https://lms.tillit.test", "name": "deltaker-1"},
}
NOTE = "Mitt eget notat 4711, bare til meg"
# `ralph runserver -b fs`, as ralph's own command line runs it, with two changes. Ralph 5.1's fs
# LRS backend writes with the operation CREATE, which refuses to write to its one file again
# (fs_lrs.jsonl "already exists and overwrite is not allowed with operation_type create or
# index"), so that ralph keeps the first POST only; here it appends, as a store of statements
# must. And uvicorn runs without its reloader, so that the change holds in the server's process.
RUNSERVER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
from ralph.cli import cli

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
run = uvicorn.run
uvicorn.run = lambda *args, **kwargs: run(*args, **{**kwargs, "reload": False})
cli(["runserver", "-b", "fs", "-h", "127.0.0.1", "-p", "0"] + sys.argv[1:])
"""
WAIT_S = 20


class Ralph:
    """ralph runserver -b fs in a folder of its own, with one user ("lms") made by ralph auth."""

    def __init__(self, folder: Path) -> None:
        if not RALPH.exists():
            pytest.fail(f"{RALPH} is missing: make test installs ralph into .venv-ralph/")
        self.auth = ("lms", secrets.token_urlsafe(16))
        env = {
            **os.environ,
            "RALPH_RUNSERVER_BACKEND": "fs",  # ralph's own default is Elasticsearch
            "RALPH_AUTH_FILE": str(folder / "auth.json"),  # where `ralph auth -w` writes
        }
        user, password = self.auth
        made = subprocess.run(
            [
                RALPH,
                "auth",
                "-u",
                user,
                "-p",
                password,
                "-s",
                "all",
                "-M",
                "mailto:lms@example.org",
                "-w",
            ],
            env=env,
            cwd=folder,
            capture_output=True,
            text=True,
        )
        if made.returncode:
            pytest.fail(f"ralph auth failed:\n{made.stdout}{made.stderr}")
        self.log = folder / "ralph.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    str(RALPH.parent / "python"),
                    "-c",
                    RUNSERVER,
                    "--fs-default-directory-path",
                    str(folder / "data"),
                ],
                env=env,
                cwd=folder,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a group of its own, to stop
            )
        self.url = self._wait_for_port() + "/xAPI/"
        self._wait_until_it_answers()

    def _wait_for_port(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", self.log.read_text())
            if found:
                return found.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.close()
        pytest.fail(f"ralph did not start:\n{self.log.read_text()}")

    def _wait_until_it_answers(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "statements?limit=1")[0] == 200:
                    return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.3)
        self.close()
        pytest.fail(f"ralph does not answer:\n{self.log.read_text()}")

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        token = base64.b64encode(":".join(self.auth).encode()).decode()
        request = urllib.request.Request(
            self.url + path,
            data=body,
            method=method,
            headers={
                "Authorization": f"Basic {token}",
                "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json",
                **(headers or {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def statements(self, registration: str) -> list[dict[str, Any]]:
        """The registration's statements, in the order the LRS stored them."""
        status, body = self.request(
            "GET",
            "statements?" + urllib.parse.urlencode({"registration": registration, "limit": 100}),
        )
        assert status == 200, body
        found = json.loads(body)["statements"]
        return sorted(found, key=lambda s: s["stored"])

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class Lms:
    """The LMS's side of a cmi5 launch, on 127.0.0.1 and a free port (another origin than the
    course, as in a real LMS)."""

    def __init__(self, ralph: Ralph, au: dict[str, str], course_iri: str) -> None:  # noqa: C901 (its nested request handler is the test LMS)
        self.ralph = ralph
        self.au = au
        self.course_iri = course_iri
        self.fetches: dict[str, str | None] = {}  # fetch id -> token, None once handed out
        self.tokens: set[str] = set()
        self.launch_data: dict[str, dict[str, Any]] = {}  # by registration
        self.posted: collections.Counter[str] = collections.Counter()  # statement id -> times
        self.lose_next_response = False  # pass the next statement on, then answer 503
        self.cut = False  # the line to the LMS is down: requests get no answer at all
        self.hung_up = 0
        self.slow_next = 0.0  # seconds the next statement waits before it goes on to the LRS
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def reply(self, status: int, body: bytes = b"", kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header(
                    "Access-Control-Allow-Headers",
                    "Authorization, Content-Type, X-Experience-API-Version",
                )
                self.send_header("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS")
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def handle_one_request(self) -> None:
                if outer.cut:  # read the request, and hang up without a word
                    self.raw_requestline = self.rfile.readline(65537)
                    self.close_connection = True
                    outer.hung_up += 1
                    return
                super().handle_one_request()

            def do_OPTIONS(self) -> None:
                self.reply(204)

            def do_GET(self) -> None:
                outer.requests.append("GET " + self.path)
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                if not outer.authorised(self.headers.get("Authorization", "")):
                    return self.reply(401, b'{"error": "no token"}')
                if (
                    url.path == "/xapi/activities/state"
                    and query.get("stateId") == "LMS.LaunchData"
                ):
                    data = outer.launch_data.get(query.get("registration", ""))
                    if data is None or query.get("activityId") != outer.au["id"]:
                        return self.reply(404)
                    return self.reply(200, json.dumps(data).encode())
                if (
                    url.path == "/xapi/agents/profile"
                    and query.get("profileId") == "cmi5LearnerPreferences"
                ):
                    return self.reply(
                        200, b'{"languagePreference": "nb-NO,nn-NO", "audioPreference": "off"}'
                    )
                self.reply(404)

            def do_POST(self) -> None:
                outer.requests.append("POST " + self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urllib.parse.urlsplit(self.path)
                if url.path.startswith("/fetch/"):
                    token = outer.fetches.get(url.path[len("/fetch/") :])
                    if token is None:  # cmi5: a fetch URL gives its token once
                        return self.reply(200, b'{"error-code": "1", "error-text": "already used"}')
                    outer.fetches[url.path[len("/fetch/") :]] = None
                    return self.reply(200, json.dumps({"auth-token": token}).encode())
                if url.path != "/xapi/statements":
                    return self.reply(404)
                if not outer.authorised(self.headers.get("Authorization", "")):
                    return self.reply(401, b'{"error": "no token"}')
                sent = json.loads(body)
                for s in sent if isinstance(sent, list) else [sent]:
                    outer.posted[s.get("id", "")] += 1
                slow, outer.slow_next = outer.slow_next, 0.0
                time.sleep(slow)
                status, answer = outer.ralph.request("POST", "statements", body)
                if outer.lose_next_response:
                    outer.lose_next_response = False
                    return self.reply(503, b'{"error": "the answer got lost"}')
                self.reply(status, answer)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def authorised(self, header: str) -> bool:
        return header.startswith("Basic ") and header[len("Basic ") :] in self.tokens

    def launch(
        self, page_url: str, registration: str, session: str, mastery: float | None = None
    ) -> str:
        """What an LMS does to launch the AU: LMS.LaunchData (with the AU's masteryScore from
        cmi5.xml, or the LMS's own), «launched» in the LRS, a fetch URL with a fresh token;
        returns the launch URL."""
        self.launch_data[registration] = {
            "contextTemplate": {
                "contextActivities": {
                    "grouping": [{"objectType": "Activity", "id": self.au["id"]}]
                },
                "extensions": {SESSION: session},
            },
            "launchMode": "Normal",
            "launchMethod": "AnyWindow",
            "masteryScore": float(self.au["masteryScore"]) if mastery is None else mastery,
            "moveOn": self.au["moveOn"],
        }
        launched = {
            "id": str(uuid.uuid4()),
            "actor": ACTOR,
            "verb": {"id": VERB + "launched", "display": {"en-US": "launched"}},
            "object": {"objectType": "Activity", "id": self.au["id"]},
            "context": {
                "registration": registration,
                "contextActivities": {
                    "category": [{"id": CATEGORY + "cmi5"}],
                    "grouping": [{"objectType": "Activity", "id": self.au["id"]}],
                },
                "extensions": {
                    SESSION: session,
                    EXTENSION + "launchmode": "Normal",
                    EXTENSION + "moveon": self.au["moveOn"],
                    EXTENSION + "launchurl": page_url,
                },
            },
        }
        assert self.ralph.request("POST", "statements", json.dumps(launched).encode())[0] == 200
        fetch_id = secrets.token_hex(8)
        token = secrets.token_urlsafe(24)
        self.fetches[fetch_id] = token
        self.tokens.add(token)
        params = {
            "endpoint": self.url + "xapi/",
            "fetch": self.url + "fetch/" + fetch_id,
            "actor": json.dumps(ACTOR),
            "registration": registration,
            "activityId": self.au["id"],
        }
        return page_url + "?" + urllib.parse.urlencode(params)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    server = Ralph(tmp_path_factory.mktemp("ralph"))
    yield server
    server.close()


@pytest.fixture(scope="module")
def course(cmi5_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The unpacked package, served as an LMS serves an AU's files."""
    root = tmp_path_factory.mktemp("lms-files")
    with zipfile.ZipFile(cmi5_package) as zf:
        zf.extractall(root / "kurs")
    server = Server(root)
    yield server
    server.close()


@pytest.fixture(scope="module")
def lms(ralph: Ralph, cmi5_package: Path) -> Iterator[Lms]:
    with zipfile.ZipFile(cmi5_package) as zf:
        structure = ET.fromstring(zf.read("cmi5.xml"))
    ns = {"c": NS}
    au = next(
        a for a in structure.iterfind("c:au", ns) if a.findtext("c:url", namespaces=ns) == MODULE
    )
    course_iri = structure.find("c:course", ns).get("id", "")  # type: ignore[union-attr]
    server = Lms(ralph, dict(au.attrib), course_iri)
    yield server
    server.close()


def wait_for(what: Callable[[], Any], message: str) -> Any:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.2)
    pytest.fail(message)


def verbs(statements: list[dict[str, Any]]) -> list[str]:
    return [s["verb"]["id"].removeprefix(VERB) for s in statements]


def wait_for_verbs(ralph: Ralph, registration: str, expected: list[str]) -> list[dict[str, Any]]:
    return wait_for(
        lambda: (found := ralph.statements(registration)) and verbs(found) == expected and found,
        f"the LRS never held {expected}: it holds {verbs(ralph.statements(registration))}",
    )


def queued(page: Page) -> list[str]:
    """The verbs waiting in the browser's queue (tip:v1:cmi5)."""
    stored = page.evaluate("localStorage.getItem('tip:v1:cmi5')")
    queue = json.loads(stored)["queue"] if stored else []
    return [e["statement"]["verb"]["id"].removeprefix(VERB) for e in queue]


def open_au(page: Page, url: str) -> list[str]:
    """The launched module, its check drawn; returns the list its console messages go to."""
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.goto(url)
    page.locator(SHOWN).first.wait_for()
    return console


def check_au_statement(s: dict[str, Any], lms: Lms, registration: str, session: str) -> None:
    """What cmi5 asks of every statement the AU sends (cmi5 defined statements)."""
    assert s["actor"] == ACTOR
    assert s["object"]["id"] == lms.au["id"]
    context = s["context"]
    assert context["registration"] == registration
    assert context["extensions"][SESSION] == session  # from LMS.LaunchData's context template
    assert context["contextActivities"]["grouping"] == [
        {"objectType": "Activity", "id": lms.au["id"]}
    ]
    assert {"id": CATEGORY + "cmi5"} in [
        {"id": c["id"]} for c in context["contextActivities"]["category"]
    ]
    assert set(s.get("result", {})) <= {"score", "success", "completion", "duration"}


def test_a_module_reports_to_the_lrs_in_cmi5_order(
    page: Page, course: Server, lms: Lms, ralph: Ralph
) -> None:
    registration, session = str(uuid.uuid4()), str(uuid.uuid4())
    console = open_au(page, lms.launch(course.url + "kurs/" + MODULE, registration, session))
    wait_for_verbs(ralph, registration, ["launched", "initialized"])
    page.locator(".tip-reflection textarea").first.fill(NOTE)  # the learner's own words
    answer(page, correctly=True)
    wait_for_verbs(ralph, registration, ["launched", "initialized", "passed"])
    tick_every_reflection(page)
    wait_for_verbs(ralph, registration, ["launched", "initialized", "passed", "completed"])
    assert queued(page) == []
    assert page.evaluate("tip.cmi5.preferences.languagePreference") == "nb-NO,nn-NO"
    page.goto("about:blank")  # the learner leaves
    found = wait_for_verbs(
        ralph, registration, ["launched", "initialized", "passed", "completed", "terminated"]
    )
    for s in found[1:]:
        check_au_statement(s, lms, registration, session)
    passed, completed = found[2], found[3]
    assert passed["result"]["score"] == {"scaled": 1}
    assert passed["result"]["success"] is True
    assert passed["context"]["extensions"][EXTENSION + "masteryscore"] == 0.8
    assert completed["result"]["completion"] is True
    for s in (passed, completed):
        assert {"id": CATEGORY + "moveon"} in [
            {"id": c["id"]} for c in s["context"]["contextActivities"]["category"]
        ]
    assert all(
        re.fullmatch(r"PT[\d.]+S|PT(\d+M)?[\d.]+S|P.*", s["result"]["duration"]) for s in found[2:]
    )
    ids = [s["id"] for s in found]
    assert len(set(ids)) == len(ids) and all(lms.posted[i] == 1 for i in ids[1:])
    held = json.dumps(found, ensure_ascii=False)
    assert NOTE not in held and "response" not in held  # no free text, no answers
    assert [m for m in console if m.startswith(("error", "warning"))] == []
    fetches = [r for r in lms.requests if r.startswith("POST /fetch/")]
    assert len(fetches) == 1  # the token, once


def test_a_cut_network_loses_nothing_and_sends_nothing_twice(
    page: Page, course: Server, lms: Lms, ralph: Ralph
) -> None:
    context: BrowserContext = page.context
    registration, first, second = (str(uuid.uuid4()) for _ in range(3))
    module = course.url + "kurs/" + MODULE
    open_au(page, lms.launch(module, registration, first))
    wait_for_verbs(ralph, registration, ["launched", "initialized"])
    context.set_offline(True)
    answer(page, correctly=True)
    wait_for(lambda: queued(page) == ["passed"], "passed did not wait in the browser")
    # Back online, the statement reaches the LRS, but its answer is lost on the way back: the
    # browser keeps it, and sends it again with the next one. The LRS keeps it once.
    lms.lose_next_response = True
    context.set_offline(False)
    wait_for(lambda: not lms.lose_next_response, "nothing was sent when back online")
    assert queued(page) == ["passed"]
    tick_every_reflection(page)
    wait_for_verbs(ralph, registration, ["launched", "initialized", "passed", "completed"])
    passed = ralph.statements(registration)[2]
    assert lms.posted[passed["id"]] == 2
    # The line to the LMS down as the learner leaves (a page's last request outlives the page,
    # and the browser's offline mode): terminated waits, and goes first at the next launch.
    lms.cut, lms.hung_up = True, 0
    page.goto("about:blank")
    wait_for(lambda: lms.hung_up, "the page sent nothing as it went")
    lms.cut = False
    assert ralph.statements(registration)[-1]["verb"]["id"] == VERB + "completed"
    open_au(page, lms.launch(module, registration, second))
    found = wait_for_verbs(
        ralph,
        registration,
        ["launched", "initialized", "passed", "completed", "launched", "terminated", "initialized"],
    )
    page.goto("about:blank")
    found = wait_for_verbs(ralph, registration, [*verbs(found), "terminated"])
    sessions = [s["context"]["extensions"][SESSION] for s in found]
    assert sessions == [first] * 4 + [second, first, second, second]
    ids = [s["id"] for s in found]
    assert len(set(ids)) == len(ids)  # nothing twice in the LRS
    for s, session in zip(found, sessions):
        if s["verb"]["id"] != VERB + "launched":
            check_au_statement(s, lms, registration, session)


def test_a_bad_launch_reads_normally_with_one_calm_sentence(
    page: Page, course: Server, lms: Lms, ralph: Ralph
) -> None:
    module = course.url + "kurs/" + MODULE
    library: list[str] = []
    page.on("request", lambda r: library.append(r.url) if "xapi-cmi5." in r.url else None)
    notice = page.locator(".tip-cmi5-notice")
    # Not launched through cmi5 at all: nothing of it loads, nothing is said.
    console = open_au(page, module)
    answer(page, correctly=True, last=1)
    assert notice.count() == 0 and library == []
    # Parameters missing (no actor): the course reads as always, and says so once.
    registration = str(uuid.uuid4())
    url = lms.launch(module, registration, str(uuid.uuid4()))
    open_au(page, re.sub(r"&actor=[^&]*", "", url))
    expect(notice).to_have_count(1)
    expect(notice).to_have_text(
        "Kurset får ikke kontakt med læringsplattformen nå, men du kan lese og svare som vanlig."
    )
    assert library == []
    assert axe_violations(page) == []  # the sentence, as every learner can read it
    answer(page, correctly=True, first=1, last=2)  # the check works as always
    # A fetch URL already used (a reload, a copied link): the LMS refuses, the course reads on.
    fetch = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["fetch"][0]
    urllib.request.urlopen(urllib.request.Request(fetch, method="POST"), timeout=10).read()
    open_au(page, url)
    expect(notice).to_have_count(1)
    expect(page.locator(SHOWN)).to_have_count(5)
    assert verbs(ralph.statements(registration)) == ["launched"]  # the AU sent nothing
    # No stack in the console either: at most the browser's own line for the refused request.
    assert [m for m in console if not m.startswith("error: Failed to load resource")] == []


def test_failed_below_the_mark_and_the_lms_mark_decides(
    page: Page, course: Server, lms: Lms, ralph: Ralph
) -> None:
    module = course.url + "kurs/" + MODULE
    # Every question wrong: failed, with the score; not completed.
    registration = str(uuid.uuid4())
    open_au(page, lms.launch(module, registration, str(uuid.uuid4())))
    answer(page, correctly=False)
    tick_every_reflection(page)
    wait_for_verbs(ralph, registration, ["launched", "initialized", "failed"])
    page.goto("about:blank")
    found = wait_for_verbs(ralph, registration, ["launched", "initialized", "failed", "terminated"])
    assert found[2]["result"]["score"] == {"scaled": 0} and found[2]["result"]["success"] is False
    # The LMS sets its own mastery score (0.3): two right of five (0.4) pass there, though the
    # course's own mark (80 %) is not reached, so the module is not completed. Another learner:
    # the first learner's first answers stay in this browser.
    page.goto(module)
    page.evaluate("localStorage.clear()")
    registration = str(uuid.uuid4())
    open_au(page, lms.launch(module, registration, str(uuid.uuid4()), mastery=0.3))
    answer(page, correctly=True, last=2)
    answer(page, correctly=False, first=2)
    wait_for_verbs(ralph, registration, ["launched", "initialized", "passed"])
    page.goto("about:blank")
    found = wait_for_verbs(ralph, registration, ["launched", "initialized", "passed", "terminated"])
    assert found[2]["result"]["score"] == {"scaled": 0.4} and found[2]["result"]["success"] is True
    assert found[2]["context"]["extensions"][EXTENSION + "masteryscore"] == 0.3


def test_leaving_while_a_statement_is_on_its_way(
    page: Page, course: Server, lms: Lms, ralph: Ralph
) -> None:
    """The learner closes the module the moment it is done: what waits goes along in one
    request, in order, and the LRS keeps each statement once."""
    registration = str(uuid.uuid4())
    open_au(page, lms.launch(course.url + "kurs/" + MODULE, registration, str(uuid.uuid4())))
    wait_for_verbs(ralph, registration, ["launched", "initialized"])
    tick_every_reflection(page)
    lms.slow_next = 2.0  # passed is on its way for two seconds
    answer(page, correctly=True)
    wait_for(lambda: queued(page) == ["passed", "completed"], "passed and completed did not queue")
    wait_for(lambda: lms.slow_next == 0.0, "passed did not set off")
    page.goto("about:blank")
    found = wait_for_verbs(
        ralph, registration, ["launched", "initialized", "passed", "completed", "terminated"]
    )
    time.sleep(2.5)  # the slow request has arrived too
    again = ralph.statements(registration)
    assert [s["id"] for s in again] == [s["id"] for s in found]  # nothing twice
    assert lms.posted[found[2]["id"]] == 2
