"""Every example in the editor guide (CONTRIBUTING.md) is real: it builds, or it is the exact output.

Each fenced block names what it is after its language (GitHub shows only the language):
`page`, `marker`, `reflections`, `bank`, `guide` build in a copy of the small test course; `bad-bank`
gives exactly `check-output` and `annotation`, `bad-guide` exactly `guide-check-output`; `wordlist`
is a sorted excerpt of ordliste.txt; `sh` names Makefile targets. The values the guide says to
quote are really misread unquoted.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from course.__main__ import main
from course.loader import load_bank

from conftest import ROOT, build_site, copy_project

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)(?: ([\w-]+))?\n(.*?)^```$", re.S | re.M)
KINDS = {
    "sh": "",
    "markdown": "page marker guide bad-guide",
    "yaml": "reflections bank bad-bank terms",
    "text": "wordlist check-output annotation guide-check-output",
}


def examples(kind: str) -> list[str]:
    return [text for _, what, text in BLOCK.findall(GUIDE) if what == kind]


def test_every_block_in_the_guide_is_a_tested_kind() -> None:
    blocks = BLOCK.findall(GUIDE)
    assert len(blocks) == GUIDE.count("\n```") // 2  # no fence the pattern missed
    for language, what, _ in blocks:
        assert what in KINDS.get(language, "-").split() or (language, what) == ("sh", ""), (
            language,
            what,
        )


def test_every_make_command_in_the_guide_exists() -> None:
    targets = set(
        re.findall(r"^([a-z0-9-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    )
    commands = [
        line.split()[1]
        for text in examples("")
        for line in text.splitlines()
        if line.startswith("make ")
    ]
    assert commands and set(commands) <= targets
    assert set(re.findall(r"`make (\w+)`", GUIDE)) <= targets


def test_the_examples_build_into_a_course(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    docs = project / "docs"
    [page] = examples("page")
    (docs / "moduler").mkdir()
    (docs / "moduler" / "psykologisk-trygghet.md").write_text(page, encoding="utf-8")
    for n, marker in enumerate(examples("marker")):
        (docs / f"markor-{n}.md").write_text(f"# Side {n}\n\n{marker}", encoding="utf-8")
    [guide] = examples("guide")
    (docs / "ledere").mkdir()
    (docs / "ledere" / "samtale-psykologisk-trygghet.md").write_text(guide, encoding="utf-8")
    [reflections] = examples("reflections")
    (docs / "refleksjoner.md").write_text(
        f"---\ntitle: Refleksjoner\n{reflections}---\n\n# Refleksjoner\n\n<!-- reflections -->\n",
        encoding="utf-8",
    )
    banks = [yaml.safe_load(text) for text in examples("bank")]
    shown_on: dict[str, str] = {}
    for bank, text in zip(banks, examples("bank")):
        (project / "quizzes" / f"{bank['id']}.yml").write_text(text, encoding="utf-8")
        shown_on[bank["id"]] = (
            "moduler/psykologisk-trygghet"
            if f"<!-- quiz: {bank['id']} -->" in page
            else f"bank-{bank['id']}"
        )
        if shown_on[bank["id"]].startswith(
            "bank-"
        ):  # a bank no example places: place it, or the build warns
            (docs / f"bank-{bank['id']}.md").write_text(
                f"# Bank\n\n<!-- quiz: {bank['id']} -->\n", encoding="utf-8"
            )
    [terms] = examples("terms")
    (docs / "ordliste.md").write_text(
        f"---\ntitle: Ordliste\n{terms}---\n\n# Ordliste\n\n<!-- ordliste -->\n", encoding="utf-8"
    )
    site = tmp_path / "site"
    nav = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    build_site(project, site, nav=nav)  # and no warning (conftest)
    module = (site / "moduler" / "psykologisk-trygghet" / "index.html").read_text(encoding="utf-8")
    assert "Etter denne modulen kan du" in module and 'id="refl-si-fra"' in module
    for bank in banks:
        text = (site / shown_on[bank["id"]] / "index.html").read_text(encoding="utf-8")
        for question in bank["questions"]:
            assert f'id="q-{bank["id"]}-{question["id"]}-' in text
    glossary = (site / "ordliste" / "index.html").read_text(encoding="utf-8")
    for term in yaml.safe_load(terms)["terms"]:
        assert f'<dt id="{term["term"]}">{term["term"]}</dt>' in glossary
    shown = (site / "ledere" / "samtale-psykologisk-trygghet" / "index.html").read_text("utf-8")
    phases = yaml.safe_load(guide.split("---\n")[1])["phases"]
    titles = re.findall(r'<span class="tip-phase__title">([^<]+)</span>', shown)
    assert titles == [phase["title"] for phase in phases]
    assert ">Agenda (30 minutter)<" in shown and 'id="spilleregler"' in shown
    shown = (site / "refleksjoner" / "index.html").read_text(encoding="utf-8")
    for prompt in yaml.safe_load(reflections)["reflections"]:
        assert f'id="refl-{prompt["id"]}-label">{html.escape(prompt["text"])}</label>' in shown


def test_the_error_example_gives_exactly_the_messages_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [bad] = examples("bad-bank")
    bank_id = yaml.safe_load(bad)["id"]
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / f"{bank_id}.md").write_text(
        f"# Side\n\n<!-- quiz: {bank_id} -->\n", encoding="utf-8"
    )
    (tmp_path / "quizzes" / f"{bank_id}.yml").write_text(bad, encoding="utf-8")
    assert main(["--root", str(tmp_path), "check"]) == 1
    assert [capsys.readouterr().out] == examples("check-output")
    assert main(["--root", str(tmp_path), "check", "--github"]) == 1
    [annotation] = examples("annotation")
    assert annotation.splitlines()[0] in capsys.readouterr().out.splitlines()


def test_the_guide_error_example_gives_exactly_the_messages_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [bad] = examples("bad-guide")
    (tmp_path / "docs" / "ledere").mkdir(parents=True)
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "ledere" / "samtale-selvledelse.md").write_text(bad, encoding="utf-8")
    assert main(["--root", str(tmp_path), "check"]) == 1
    assert [capsys.readouterr().out] == examples("guide-check-output")


def test_the_guide_tells_how_to_read_and_fix_each_error_line() -> None:
    for kind in ("check-output", "guide-check-output"):
        [output] = examples(kind)
        explained = GUIDE[GUIDE.index(output) :]
        for n, line in enumerate(output.splitlines()[:-1], 1):
            number = line.split(":")[1]
            assert re.search(rf"^{n}\. Linje {number}: ", explained, re.M), (
                f"the guide does not explain line {number} of {kind}"
            )


def test_the_values_the_guide_says_to_quote_are_read_as_something_else(tmp_path: Path) -> None:
    rule = GUIDE[GUIDE.index("- Tekst som YAML ellers leser som noe annet") :].split("\n- ")[0]
    quoted = re.findall(r'`"([^"`]+)"`', rule)
    plain = re.findall(r"`([A-Z][a-z]+)`", rule)  # «Ja» and «Nei» need no quotes
    assert len(quoted) >= 4 and plain
    for value, problems in [(v, 1) for v in quoted] + [(v, 0) for v in plain]:
        bank = tmp_path / "b.yml"
        bank.write_text(
            f"id: b\nquestions:\n  - id: q\n    question: Hva?\n    options:\n      - text: {value}\n        correct: true\n      - text: Annet\n",
            encoding="utf-8",
        )
        found = [p.message for p in load_bank(bank, "b.yml")[1]]
        assert len(found) == problems and all("blir lest som" in m for m in found), (value, found)


def test_the_word_list_excerpt_is_sorted_and_in_the_word_list() -> None:
    [excerpt] = examples("wordlist")
    words = excerpt.split()
    assert words == sorted(words, key=str.casefold)
    assert set(words) <= set((ROOT / "ordliste.txt").read_text(encoding="utf-8").split())


def test_the_guide_explains_every_rule_and_only_real_ones() -> None:
    from course.rules import ADVICE, RULES

    section = GUIDE[GUIDE.index("## Alle reglene") :].split("\n## ")[0]
    listed = re.findall(r"^\| `([a-z0-9-]+)`( \*\(advarsel\)\*)? \|", section, re.M)
    assert sorted(rule for rule, _ in listed) == sorted(RULES)
    assert {rule for rule, advice in listed if advice} == {
        rule for rule, r in RULES.items() if r.level is ADVICE
    }


def test_the_word_tables_are_what_the_check_enforces() -> None:
    from course.language import TERMS, variants

    section = GUIDE[GUIDE.index("## Ord vi skriver likt") :].split("\n## ")[0]
    bokmål, nynorsk = section.split("| Skriv (nynorsk) |")
    for language, table in (("nb", bokmål), ("nn", nynorsk)):
        rows = [
            row
            for row in re.findall(r"^\| ([^|]+) \| ([^|]+) \|$", table, re.M)
            if row[0] != "Skriv"
        ]  # the |---| line has no spaces
        assert len(rows) == len(TERMS[language]), language
        for use, avoid in rows:
            assert list(variants(use, language)) == [], use
            for word in avoid.split(", "):
                assert word.startswith("`") and word.endswith("`"), (
                    word
                )  # code: the check skips it here
                assert list(variants(word.strip("`"), language)) != [], word
