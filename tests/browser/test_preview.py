"""The editors' preview (`make serve` → python -m course preview): a broken bank saved while it
runs shows its problems on the page within two seconds, and the next good save brings the page
back; a port that is taken gives one clear line."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from deploy.nginx import free_port

from conftest import ROOT, copy_project


def wait_for(url: str, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the preview stopped: {process.communicate()[0][-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the preview did not answer on {url}")


@contextlib.contextmanager
def previewing(project: Path, first_page: str, edition: str = "nb") -> Iterator[str]:
    """A project in the preview, as `make serve` (EDITION=nn) runs it, on a free port; its
    address."""
    port = free_port()
    command = ["--root", str(project), "preview", "--port", str(port), "--edition", edition]
    process = subprocess.Popen(
        [sys.executable, "-m", "course", *command],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url + first_page, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
    # Stopping the preview stops the server: nothing is left answering on the port.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The small test course in the preview."""
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    with previewing(project, "modul/") as url:
        yield project, url


@pytest.fixture
def course_preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the real course in the preview."""
    project = copy_project(tmp_path / "p")
    with previewing(project, "moduler/selvledelse/") as url:
        yield project, url


def test_a_broken_bank_shows_on_the_page_and_a_good_save_brings_it_back(
    page: Page, preview: tuple[Path, str]
) -> None:
    project, url = preview
    page.goto(url + "modul/")
    expect(page.locator(".quiz").first).to_be_visible()
    assert page.locator(".tip-preview-problems").count() == 0
    # No offline copy while editing: the page registers no worker, and sw.js removes one.
    assert page.locator("script[src*='assets/js/offline.']").count() == 0
    worker = urllib.request.urlopen(url + "sw.js", timeout=5).read().decode("utf-8")
    assert "unregister()" in worker and "precache" not in worker
    bank = project / "quizzes" / "demo.yml"
    good = bank.read_text(encoding="utf-8")
    bank.write_text(good.replace("correct: true", "correct: ja", 1), encoding="utf-8")
    saved = time.monotonic()
    problems = page.locator(".tip-preview-problems")
    expect(problems).to_be_visible(timeout=10_000)  # livereload reloads the page itself
    assert time.monotonic() - saved <= 2.0
    expect(problems).to_contain_text("Kurset har feil som må rettes (1):")
    expect(problems).to_contain_text(
        "quizzes/demo.yml, linje 10, tegn 18: «correct» må være true eller false, ikke ja"
    )
    expect(problems).to_contain_text("[correct-not-boolean]")
    bank.write_text(good, encoding="utf-8")
    expect(problems).to_have_count(0, timeout=10_000)
    expect(page.locator(".quiz").first).to_be_visible()


def test_a_taken_port_gives_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "course", "--root", str(ROOT), "preview", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Port {port} er opptatt (kjører forhåndsvisningen alt?). Velg en annen port: make serve PORT={port + 1}\n"
    )


def test_the_real_course_keeps_every_page_while_a_bank_is_broken(
    page: Page, course_preview: tuple[Path, str]
) -> None:
    """The most common moment: an editor misspells a key in a bank of the real course. Every page
    still comes, with the problem on top; the module and Repetisjon say what is missing; the
    next good save brings the knowledge check back."""
    project, url = course_preview
    page.goto(url + "moduler/selvledelse/")
    expect(page.locator(".quiz").first).to_be_visible()
    bank = project / "quizzes" / "selvledelse.yml"
    good = bank.read_text(encoding="utf-8")
    bank.write_text(good.replace("feedback:", "feedbak:", 1), encoding="utf-8")
    saved = time.monotonic()
    problems = page.locator(".tip-preview-problems")
    expect(problems).to_be_visible(timeout=10_000)
    assert time.monotonic() - saved <= 5.0
    expect(problems).to_contain_text("quizzes/selvledelse.yml, linje")
    expect(problems).to_contain_text("[bank-unknown-key]")
    expect(page.locator("article")).to_contain_text(
        "Kunnskapssjekken fra quizzes/selvledelse.yml vises ikke i forhåndsvisningen"
    )
    assert page.locator(".quiz").count() == 0
    for other in ("repetisjon/", "kursbevis/", "", "moduler/medarbeiderskap/"):
        page.goto(url + other)
        expect(problems).to_contain_text("[bank-unknown-key]")
    page.goto(url + "repetisjon/")
    expect(page.locator("article")).to_contain_text(
        "Til feilene er rettet, mangler spørsmålene fra quizzes/selvledelse.yml"
    )
    page.goto(url + "moduler/selvledelse/")
    bank.write_text(good, encoding="utf-8")
    expect(problems).to_have_count(0, timeout=10_000)
    expect(page.locator(".quiz").first).to_be_visible()


def test_the_nynorsk_preview_shows_its_own_pages_and_problems(page: Page, tmp_path: Path) -> None:
    """`make serve EDITION=nn`: the Nynorsk edition at the root of the preview, and a mistake in
    a Nynorsk bank on its pages until it is mended."""
    project = copy_project(tmp_path / "p", nynorsk=True)
    with previewing(project, "moduler/selvledelse/", edition="nn") as url:
        page.goto(url + "moduler/selvledelse/")
        assert page.locator("html").get_attribute("lang") == "nn"
        expect(page.locator(".quiz").first).to_be_visible()
        bank = project / "nn" / "quizzes" / "selvledelse.yml"
        good = bank.read_text(encoding="utf-8")
        bank.write_text(good.replace("feedback:", "feedbak:", 1), encoding="utf-8")
        problems = page.locator(".tip-preview-problems")
        expect(problems).to_be_visible(timeout=15_000)
        expect(problems).to_contain_text("nn/quizzes/selvledelse.yml, linje")
        expect(problems).to_contain_text("[bank-unknown-key]")
        bank.write_text(good, encoding="utf-8")
        expect(problems).to_have_count(0, timeout=15_000)
        expect(page.locator(".quiz").first).to_be_visible()
