"""`make report` on a small course whose figures are counted by hand (tests/fixtures/report).

prove.md, body up to «Kunnskapssjekk» (markup and front matter left out):
    Prøvemodul                                    1 word, 1 long, 1 sentence (a heading)
    Vi tester rapporten. Teksten har korte …     11 words, 4 long, 2 sentences
    Et punkt uten punktum                         4 words, 1 long, 1 sentence (a list item)
    Zorblax er et ord i ordlisten.                6 words, 2 long, 1 sentence
    = 22 words, 5 sentences, 8 long: LIX 22/5 + 100*8/22 = 40.8; 1 minute; 3 questions; 2 prompts
lang.md: «Lang modul» + 60 × «Vi ser deg og du ser meg.»
    = 2 + 420 = 422 words, 61 sentences, no long word: LIX 6.9; 422/180 → 2 minutes
Unknown words: Kvakkelibok (under «Kilder», outside the body) and Snarkel (in the bank);
Zorblax and Kunnskapssjekk are in the fixture's ordliste.txt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from course.course import load_course
from course.prose import readability
from course.report import ModuleFigures, module_figures

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "report"


def test_figures_per_module_match_the_hand_count() -> None:
    course, problems = load_course(FIXTURE)
    assert problems == []
    assert module_figures(FIXTURE, course, FIXTURE / "ordliste.txt") == [
        ModuleFigures(
            "lang", words=422, reading_minutes=2, lix=6.9, questions=1, reflections=0, unknown=()
        ),
        ModuleFigures(
            "prove",
            words=22,
            reading_minutes=1,
            lix=40.8,
            questions=3,
            reflections=2,
            unknown=("Kvakkelibok", "Snarkel"),
        ),
    ]


def test_sentences_and_long_words_of_the_sample_lines() -> None:
    stats = readability(
        "Vi tester rapporten. Teksten har korte setninger og fire lange ordformer.\n- Et punkt uten punktum"
    )
    assert (stats.words, stats.sentences, stats.long_words) == (15, 3, 5)


def test_markdown_table_for_the_job_summary() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "course", "--root", str(FIXTURE), "report", "--markdown"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "| modul | ord | lesetid (min) | LIX | spørsmål | refleksjoner | ukjente ord |",
        "|---|---|---|---|---|---|---|",
        "| lang | 422 | 2 | 6.9 | 1 | 0 | – |",
        "| prove | 22 | 1 | 40.8 | 3 | 2 | Kvakkelibok, Snarkel |",
        "",
        "Kunnskapssjekkene, slik deltakeren ser dem (rekkefølgen på siden):",
        "| bank | enkeltvalg | riktig på plass 1/2/3/4/5 | riktig er lengst | flervalg (riktige/alle) "
        "| gjett første | gjett andre | gjett tredje | gjett siste | gjett lengste | gjett alle unntatt korteste "
        "| gjett den som alene snakker med noen | gjett den som alene sier «både» | gjett den med egen form |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        "| lang | 1 | 1/0/0/0/0 | 0 % | 0: – | 100 % | 0 % | 0 % | 0 % | 0 % | 0 % | 50 % | 50 % | 50 % |",
        "| prove | 2 | 1/1/0/0/0 | 0 % | 1: 2/3 ×1 | 50 % | 50 % | 0 % | 50 % | 0 % | 0 % | 50 % | 50 % | 50 % |",
        "| hele kurset | 3 | 2/1/0/0/0 | 0 % | 1: 2/3 ×1 | 67 % | 33 % | 0 % | 33 % | 0 % | 0 % | 50 % | 50 % | 50 % |",
    ]


def test_report_fails_when_a_module_is_over_the_lix_limit(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    page = tmp_path / "docs" / "moduler" / "lang.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "Vi ser deg og du ser meg.", "Arbeidsmiljøet forutsetter medvirkning og ansvarlighet"
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "course", "--root", str(tmp_path), "report"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "LIX over 45: lang"
