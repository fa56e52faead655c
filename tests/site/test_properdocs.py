"""The real course also builds with ProperDocs, the maintained drop-in successor of MkDocs 1.x.

ProperDocs installs beside MkDocs (Material and mkdocs-quiz still depend on the `mkdocs`
package) and, when it runs, redirects every `import mkdocs...` to itself: the same hooks,
theme and plugins run on ProperDocs's engine. This is our way out if MkDocs 1.x breaks.
"""
from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from course.course import load_course

SAMPLE = "moduler/psykologisk-trygghet"


def test_the_course_builds_with_properdocs(tmp_path: Path) -> None:
    site = tmp_path / "site"
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(site)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    text = (site / SAMPLE / "index.html").read_text(encoding="utf-8")
    assert '<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-' in text  # ProperDocs built it
    course, _ = load_course(ROOT)
    bank = course.banks[SAMPLE.split("/")[1]]
    assert text.count('class="quiz"') == len(bank.questions)
    for question in bank.questions:
        assert f'id="q-{bank.id}-{question.id}-{question.fingerprint}"' in text
    reflections = course.pages[f"{SAMPLE}.md"].reflections
    assert reflections
    for r in reflections:
        assert f'<label for="refl-{r.id}" id="refl-{r.id}-label">{html.escape(r.text)}</label>' in text
