"""Failures the property tests (test_damaged_files.py, tests/site/test_damaged_builds.py) found,
kept as fixed cases with the exact output of `python -m course check`.

Each case is the damaged file exactly as Hypothesis made it (tests/fixtures/regressions/, from
the real course as it was then), checked as the only file of a project of its own."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from course.__main__ import main

from conftest import ROOT

CASES = ROOT / "tests" / "fixtures" / "regressions"


def checked(tmp_path: Path, case: str, path: str) -> tuple[int, str]:
    (tmp_path / path).parent.mkdir(parents=True)
    (tmp_path / path).write_bytes((CASES / case).read_bytes())
    (tmp_path / "docs").mkdir(exist_ok=True)
    if path.startswith("quizzes/"):  # a page that places the bank, as a module page does
        (tmp_path / "docs" / "side.md").write_text(f"# Side\n\n<!-- quiz: {Path(path).stem} -->\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--root", str(tmp_path), "check"])
    return status, out.getvalue()


def test_doubled_windows_line_endings_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    """ "\\r\\r\\n" (Windows endings made twice) was read as one line break by the loader and as
    two by MkDocs: the guide's phases were lost, and a problem pointed past the end of the file."""
    status, out = checked(
        tmp_path, "samtale-kollegaveiledning-crcrlf.md", "docs/ledere/samtale-kollegaveiledning.md"
    )
    assert (status, out) == (0, "ingen problemer i 1 fil\n")


def test_correct_no_on_the_only_right_option_is_two_problems_and_no_crash(tmp_path: Path) -> None:
    """`correct: no` on a question's only right option left it without a key, and the advice on
    long keys then crashed (StopIteration) looking for it."""
    status, out = checked(tmp_path, "partssamarbeid-correct-no.yml", "quizzes/partssamarbeid.yml")
    assert status == 1
    assert [
        line
        for line in out.splitlines()
        if "[option-no-correct]" in line or "[correct-not-boolean]" in line
    ] == [
        "quizzes/partssamarbeid.yml:175:7: spørsmålet «eksempel-drammen» har ikke noe riktig "
        "alternativ (merk det riktige med «correct: true») [option-no-correct]",
        "quizzes/partssamarbeid.yml:180:18: «correct» må være true eller false, ikke no (skriv "
        "«correct: true» på det riktige alternativet, og la linjen være borte på de andre) "
        "[correct-not-boolean]",
    ]


def test_a_bank_cut_off_mid_line_points_at_its_last_line(tmp_path: Path) -> None:
    """A file cut off without its last line break: libyaml put the syntax error on the line
    after the end of the file, which the editor cannot find."""
    status, out = checked(
        tmp_path, "psykologisk-trygghet-cut-off.yml", "quizzes/psykologisk-trygghet.yml"
    )
    assert (status, out) == (
        1,
        "quizzes/psykologisk-trygghet.yml:46:10: YAML-en kan ikke leses: fant ikke kolonet som "
        "skulle stått her (sjekk innrykket, og sett tekst som inneholder «: » eller begynner med "
        "et spesialtegn, i anførselstegn) [yaml-syntax]\n1 feil i 1 av 2 filer\n",
    )
