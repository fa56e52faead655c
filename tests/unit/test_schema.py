"""quizzes/schema.json (editors' autocomplete) agrees with the validator."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from test_banks import CASES, GOOD

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "quizzes" / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted((ROOT / "quizzes").glob("*.yml")), ids=lambda p: p.name)
def test_every_real_bank_fits_the_schema(path: Path) -> None:
    VALIDATOR.validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_the_good_example_fits_the_schema() -> None:
    VALIDATOR.validate(yaml.safe_load(GOOD))


# Problems JSON Schema can express; the rest (duplicates, file name, YAML syntax) only the validator sees.
SCHEMA_CASES = [
    "top level a list",
    "missing questions",
    "missing option text",
    "misspelt key",
    "unknown key",
    "no read as yes/no",
    "yes read as yes/no",
    "number",
    "list where text belongs",
    "correct as quoted text",
    "id with other characters",
    "empty question",
    "empty option text",
    "one option",
    "no correct option",
    "no questions",
    "raw html",
    "html comment",
    "option text on two lines",
    "options not a list",
]


@pytest.mark.parametrize("name", SCHEMA_CASES)
def test_schema_rejects_what_the_validator_rejects(name: str) -> None:
    text = CASES[name][0]
    data = yaml.safe_load(text)
    assert list(VALIDATOR.iter_errors(data)), f"schema accepts the '{name}' case"
