"""The editors' preview (`make serve` → python -m course preview): a broken bank saved while it
runs shows its problems on the page within two seconds, and the next good save brings the page
back; a port that is taken gives one clear line."""

from __future__ import annotations

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

from course.nginx import free_port

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


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The small test course in the preview, as `make serve` runs it, on a free port."""
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "course", "--root", str(project), "preview", "--port", str(port)],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url + "modul/", process)
        yield project, url
    finally:
        process.terminate()
        process.wait(timeout=20)
    # Stopping the preview stops the server: nothing is left answering on the port.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_broken_bank_shows_on_the_page_and_a_good_save_brings_it_back(
    page: Page, preview: tuple[Path, str]
) -> None:
    project, url = preview
    page.goto(url + "modul/")
    expect(page.locator(".quiz").first).to_be_visible()
    assert page.locator(".tip-preview-problems").count() == 0
    bank = project / "quizzes" / "demo.yml"
    good = bank.read_text(encoding="utf-8")
    bank.write_text(good.replace("correct: true", "correct: ja", 1), encoding="utf-8")
    saved = time.monotonic()
    problems = page.locator(".tip-preview-problems")
    expect(problems).to_be_visible(timeout=10_000)  # livereload reloads the page itself
    assert time.monotonic() - saved <= 2.0
    expect(problems).to_contain_text("Kurset har feil som må rettes (1):")
    expect(problems).to_contain_text(
        "quizzes/demo.yml, linje 10, tegn 18: 'correct' must be true or false, not ja"
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
