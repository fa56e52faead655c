"""Failures the property tests (test_damaged_files.py, tests/site/test_damaged_builds.py) found,
kept as fixed cases with the exact output of `python -m course check`."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

from course.__main__ import main

from conftest import ROOT


def checked(tmp_path: Path, path: str, damaged: bytes) -> tuple[int, str]:
    project = tmp_path / "p"
    for name in ("docs", "quizzes"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("assets"))
    shutil.copy(ROOT / "course.yml", project / "course.yml")
    (project / path).write_bytes(damaged)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--root", str(project), "check"])
    return status, out.getvalue()


def test_doubled_windows_line_endings_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    """ "\\r\\r\\n" (Windows endings made twice) was read as one line break by the loader and as
    two by MkDocs: the guide's phases were lost, and a problem pointed past the end of the file."""
    path = "docs/ledere/samtale-kollegaveiledning.md"
    text = (ROOT / path).read_text(encoding="utf-8")
    status, out = checked(tmp_path, path, text.replace("\n", "\r\r\n").encode("utf-8"))
    assert (status, out) == (0, "ingen problemer i 39 filer\n")


def test_correct_no_on_the_only_right_option_is_two_problems_and_no_crash(tmp_path: Path) -> None:
    """`correct: no` on a question's only right option left it without a key, and the advice on
    long keys then crashed (StopIteration) looking for it."""
    path = "quizzes/partssamarbeid.yml"
    text = (ROOT / path).read_text(encoding="utf-8")
    right = "eie prosessen sammen\n        correct: true"
    assert right in text
    status, out = checked(tmp_path, path, text.replace(right, right[:-4] + "no").encode("utf-8"))
    assert status == 1
    assert [
        line
        for line in out.splitlines()
        if "[option-no-correct]" in line or "[correct-not-boolean]" in line
    ] == [
        "quizzes/partssamarbeid.yml:175:7: spørsmålet «eksempel-drammen» har ikke noe riktig alternativ (merk det riktige med «correct: true») [option-no-correct]",
        "quizzes/partssamarbeid.yml:180:18: «correct» må være true eller false, ikke no (skriv «correct: true» på det riktige alternativet, og la linjen være borte på de andre) [correct-not-boolean]",
    ]


def test_a_bank_cut_off_mid_line_points_at_its_last_line(tmp_path: Path) -> None:
    """A file cut off without its last line break: libyaml put the syntax error on the line
    after the end of the file, which the editor cannot find."""
    path = "quizzes/psykologisk-trygghet.yml"
    text = (ROOT / path).read_text(encoding="utf-8")
    lines = text.split("\n")
    cut = "\n".join(lines[:45]) + "\n" + lines[45][:9]
    status, out = checked(tmp_path, path, cut.encode("utf-8"))
    assert (status, out) == (
        1,
        "quizzes/psykologisk-trygghet.yml:46:10: YAML-en kan ikke leses: fant ikke kolonet som skulle stått her (sjekk innrykket, og sett tekst som inneholder «: » eller begynner med et spesialtegn, i anførselstegn) [yaml-syntax]\n1 feil i 1 av 39 filer\n",
    )
