"""`make audit` reads Lighthouse's JSON report right: scores, the audits that cost points, the table."""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "audit"))
import lighthouse

REPORT = json.loads(
    (ROOT / "tests" / "fixtures" / "lighthouse" / "report.json").read_text(encoding="utf-8")
)


def test_scores_are_whole_percentages_and_a_failed_category_counts_as_zero() -> None:
    assert lighthouse.scores(REPORT) == {
        "performance": 87,
        "accessibility": 100,
        "best-practices": 0,
    }


def test_costly_audits_come_heaviest_first_and_skip_unweighted_ones() -> None:
    assert lighthouse.costly_audits(REPORT, "performance") == [
        "Largest Contentful Paint (3.0 s)",
        "First Contentful Paint (3.0 s)",
        "Total Blocking Time (70 ms)",
    ]
    assert lighthouse.costly_audits(REPORT, "accessibility") == []


def test_table_marks_missed_targets_and_says_why() -> None:
    text, all_met = lighthouse.table({"modul": REPORT})
    assert not all_met
    rows = {tuple(line.split()[:2]): line for line in text.splitlines()}
    assert rows[("modul", "performance")].split()[2:] == ["87", "97", "NO"]
    assert rows[("modul", "accessibility")].split()[2:] == ["100", "100", "yes"]
    assert "- Largest Contentful Paint (3.0 s)" in text
    good = json.loads(json.dumps(REPORT))
    for category in good["categories"].values():
        category["score"] = 1
    assert lighthouse.table({"modul": good})[1]
