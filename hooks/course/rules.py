"""Every rule a problem can name: its level and what it checks, the one list of them.

The editor guide (CONTRIBUTING.md, «Alle reglene») explains each with an example and its fix;
tests/unit/test_contributing.py holds the two lists to each other. A problem's level comes
from here and nowhere else (errors.Problem.warning, .advice).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(Enum):
    ERROR = "error"  # stops the build; the preview shows the page without the broken part
    WARNING = "warning"  # stops `make build` (strict), not the preview
    ADVICE = "advice"  # `make check` shows it; the build only logs it


ERROR, WARNING, ADVICE = Level.ERROR, Level.WARNING, Level.ADVICE


@dataclass(frozen=True)
class Rule:
    level: Level
    doc: str  # one line: what the rule finds


RULES: dict[str, Rule] = {
    # the file and its YAML
    "file-encoding": Rule(ERROR, "the file is not UTF-8 text"),
    "file-empty": Rule(ERROR, "a quiz bank file is empty"),
    "yaml-syntax": Rule(ERROR, "the YAML cannot be read"),
    "yaml-tab": Rule(ERROR, "a tab character where YAML needs spaces"),
    "yaml-anchor": Rule(ERROR, "a YAML anchor (&a) or alias (*a)"),
    "yaml-tag": Rule(ERROR, "a YAML tag (!tag)"),
    "duplicate-key": Rule(ERROR, "the same key twice in one mapping"),
    # values
    "value-type": Rule(
        ERROR,
        "a value of the wrong kind (a list, a yes/no value, a number or a date where text belongs)",
    ),
    "value-empty": Rule(ERROR, "an empty text"),
    "value-html": Rule(ERROR, "HTML in a text"),
    "id-format": Rule(ERROR, "an id with other characters than a-z, 0-9 and hyphens"),
    "correct-not-boolean": Rule(ERROR, "'correct' is not true or false"),
    # quiz banks
    "bank-unknown-key": Rule(ERROR, "a key the quiz bank format does not have"),
    "bank-missing-key": Rule(ERROR, "a key the quiz bank format requires is missing"),
    "bank-id-file-name": Rule(ERROR, "the bank's id differs from its file name"),
    "bank-no-questions": Rule(ERROR, "a bank without questions"),
    "bank-unused": Rule(WARNING, "no page places the bank"),
    "question-duplicate-id": Rule(ERROR, "two questions of a bank with the same id"),
    "question-too-few-options": Rule(ERROR, "a question with fewer than two options"),
    "option-no-correct": Rule(ERROR, "a question without a correct option"),
    "option-duplicate": Rule(ERROR, "two options of a question with the same text"),
    "option-multiline": Rule(ERROR, "an option's text on more than one line"),
    # pages and their front matter
    "front-matter-unknown-key": Rule(
        ERROR, "a front-matter key that is a near miss of one the course reads"
    ),
    "front-matter-missing-key": Rule(ERROR, "a front-matter key the course requires is missing"),
    "reflections-empty": Rule(ERROR, "an empty list of reflection prompts"),
    "reflection-duplicate-id": Rule(ERROR, "two reflection prompts of a page with the same id"),
    "reflection-duplicate": Rule(ERROR, "the same reflection prompt twice on a page"),
    "quiz-in-page": Rule(ERROR, "a quiz written directly in a page instead of in a bank"),
    "marker-not-alone": Rule(ERROR, "a marker that shares its line with other text"),
    "marker-no-bank": Rule(ERROR, "a quiz marker that names no bank"),
    "marker-unknown-bank": Rule(ERROR, "a quiz marker that names a bank that does not exist"),
    "marker-unknown-question": Rule(
        ERROR, "a quiz marker that names a question its bank does not have"
    ),
    "marker-arguments": Rule(
        ERROR,
        "a reflections, samtale, continue, modules, ordliste or repetisjon marker with arguments",
    ),
    "marker-twice": Rule(
        ERROR,
        "a second reflections, samtale, continue, modules, ordliste or repetisjon marker on a page",
    ),
    "marker-without-reflections": Rule(
        ERROR, "a reflections marker on a page without reflection prompts"
    ),
    "question-placed-twice": Rule(ERROR, "the same question twice on one page"),
    "term-duplicate": Rule(ERROR, "a word or form twice in the ordliste"),
    # learning goals: every question of a module names one, every goal has parallel questions
    "goal-missing": Rule(ERROR, "a question of a module's knowledge check names no learning goal"),
    "goal-unknown": Rule(ERROR, "a question names a learning goal its module does not have"),
    "goal-duplicate-id": Rule(ERROR, "two learning goals of a module with the same id"),
    "goal-too-few-questions": Rule(
        ERROR, "a learning goal with fewer than two questions in the knowledge check"
    ),
    "goal-read-unknown": Rule(
        ERROR, "a learning goal's 'read' names a heading the page does not have"
    ),
    # knowledge checks that measure learning (warnings: course/items.py)
    "item-key-position": Rule(
        ADVICE, "the right options of a bank stand in one display position too often"
    ),
    "item-key-longest": Rule(ADVICE, "the right option is the longest too often"),
    "item-multiple-pattern": Rule(
        ADVICE, "multiple-choice questions follow one pattern (same count, all but one right)"
    ),
    "item-guessable": Rule(ADVICE, "a guessing strategy scores too well in a bank"),
    "item-course-position": Rule(
        ADVICE, "the right options of the whole course stand in one display position too often"
    ),
    "item-course-guessable": Rule(
        ADVICE, "a guessing strategy scores too well over the whole course"
    ),
    "item-tell": Rule(
        ADVICE,
        "the option that alone talks to someone, says «både», or has its own form is the key too often in a bank",
    ),
    "item-course-tell": Rule(ADVICE, "the same, over the whole course"),
    "item-wording-multiple": Rule(
        ADVICE, "a multiple-choice question does not say several answers may be right"
    ),
    "item-wording-single": Rule(
        ADVICE, "a single-choice question says several answers may be right"
    ),
    # conversation guides (docs/ledere/samtale-*.md): phases in front matter, <!-- samtale -->
    "guide-phases-missing": Rule(
        ERROR, "a conversation guide without phases, or a samtale marker on a page without them"
    ),
    "guide-marker-missing": Rule(
        ERROR, "a guide with phases but no <!-- samtale --> marker to show them"
    ),
    "guide-minutes-sum": Rule(
        ERROR, "the phases' minutes do not add up to the guide's total 'minutes'"
    ),
    "guide-phase-no-title": Rule(ERROR, "a phase without a title"),
    "guide-phase-empty": Rule(ERROR, "a phase with neither a task nor questions"),
    "guide-phase-unknown-key": Rule(
        ERROR, "a key a phase does not have (title, minutes, task, questions)"
    ),
    "guide-phase-missing-key": Rule(ERROR, "a phase without 'minutes'"),
    "repetition-with-quiz": Rule(
        ERROR, "the repetisjon marker on a page that also places quiz questions"
    ),
    # language
    "term-variant": Rule(
        ERROR, "a form of a word the course does not use (frem, si ifra, gruppa, ...)"
    ),
    "sentence-long": Rule(ADVICE, "a sentence of 25 words or more"),
    # the course's settings (course.yml)
    "settings-unknown-key": Rule(ERROR, "a key course.yml does not have"),
    "settings-repetition-days": Rule(
        ERROR, "repetition_days in course.yml is not a growing list of days"
    ),
    "settings-cmi5-iri": Rule(ERROR, "cmi5_iri in course.yml is not an absolute http(s) address"),
    # the Nynorsk edition against its Bokmål source (parity.py)
    "parity-missing": Rule(
        ERROR, "a bank, question or page of the Bokmål edition is missing in the Nynorsk one"
    ),
    "parity-extra": Rule(
        ERROR, "a bank, question or page of the Nynorsk edition has no Bokmål source"
    ),
    "parity-options": Rule(
        ERROR, "a translated question has other options, or other right ones, than its source"
    ),
    "parity-goal": Rule(
        ERROR, "a translated question measures another learning goal than its source"
    ),
    "parity-order": Rule(
        ERROR, "a translated bank has its questions in another order than its source"
    ),
    "parity-page": Rule(
        ERROR, "a translated page has other goals, reflections or knowledge checks than its source"
    ),
    "translation-outdated": Rule(
        ADVICE, "a translation was made from an older version of its source"
    ),
}


def level(rule: str) -> Level:
    """A rule's level; a problem without a rule is an error."""
    found = RULES.get(rule)
    return found.level if found else ERROR
