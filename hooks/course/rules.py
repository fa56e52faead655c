"""Every rule a problem can name, with what it checks: the one list of them.

The editor guide (CONTRIBUTING.md, «Alle reglene») explains each with an example and its fix;
tests/unit/test_contributing.py holds the two lists to each other.
"""

from __future__ import annotations

# Advice on the knowledge checks: `make check` shows it as warnings, the build only logs it.
ADVICE = {
    "item-key-position",
    "item-key-longest",
    "item-multiple-pattern",
    "item-guessable",
    "item-course-position",
    "item-course-guessable",
    "item-tell",
    "item-course-tell",
    "item-wording-multiple",
    "item-wording-single",
    "sentence-long",
    "translation-outdated",
}

RULES = {
    # the file and its YAML
    "file-encoding": "the file is not UTF-8 text",
    "file-empty": "a quiz bank file is empty",
    "yaml-syntax": "the YAML cannot be read",
    "yaml-tab": "a tab character where YAML needs spaces",
    "yaml-anchor": "a YAML anchor (&a) or alias (*a)",
    "yaml-tag": "a YAML tag (!tag)",
    "duplicate-key": "the same key twice in one mapping",
    # values
    "value-type": "a value of the wrong kind (a list, a yes/no value, a number or a date where text belongs)",
    "value-empty": "an empty text",
    "value-html": "HTML in a text",
    "id-format": "an id with other characters than a-z, 0-9 and hyphens",
    "correct-not-boolean": "'correct' is not true or false",
    # quiz banks
    "bank-unknown-key": "a key the quiz bank format does not have",
    "bank-missing-key": "a key the quiz bank format requires is missing",
    "bank-id-file-name": "the bank's id differs from its file name",
    "bank-no-questions": "a bank without questions",
    "bank-unused": "no page places the bank (a warning)",
    "question-duplicate-id": "two questions of a bank with the same id",
    "question-too-few-options": "a question with fewer than two options",
    "option-no-correct": "a question without a correct option",
    "option-duplicate": "two options of a question with the same text",
    "option-multiline": "an option's text on more than one line",
    # pages and their front matter
    "front-matter-unknown-key": "a front-matter key that is a near miss of one the course reads",
    "front-matter-missing-key": "a front-matter key the course requires is missing",
    "reflections-empty": "an empty list of reflection prompts",
    "reflection-duplicate-id": "two reflection prompts of a page with the same id",
    "reflection-duplicate": "the same reflection prompt twice on a page",
    "quiz-in-page": "a quiz written directly in a page instead of in a bank",
    "marker-not-alone": "a marker that shares its line with other text",
    "marker-no-bank": "a quiz marker that names no bank",
    "marker-unknown-bank": "a quiz marker that names a bank that does not exist",
    "marker-unknown-question": "a quiz marker that names a question its bank does not have",
    "marker-arguments": "a reflections, samtale, continue, modules, ordliste or repetisjon marker with arguments",
    "marker-twice": "a second reflections, samtale, continue, modules, ordliste or repetisjon marker on a page",
    "marker-without-reflections": "a reflections marker on a page without reflection prompts",
    "question-placed-twice": "the same question twice on one page",
    "term-duplicate": "a word or form twice in the ordliste",
    # learning goals: every question of a module names one, every goal has parallel questions
    "goal-missing": "a question of a module's knowledge check names no learning goal",
    "goal-unknown": "a question names a learning goal its module does not have",
    "goal-duplicate-id": "two learning goals of a module with the same id",
    "goal-too-few-questions": "a learning goal with fewer than two questions in the knowledge check",
    "goal-read-unknown": "a learning goal's 'read' names a heading the page does not have",
    # knowledge checks that measure learning (warnings: course/items.py)
    "item-key-position": "the right options of a bank stand in one display position too often",
    "item-key-longest": "the right option is the longest too often",
    "item-multiple-pattern": "multiple-choice questions follow one pattern (same count, all but one right)",
    "item-guessable": "a guessing strategy scores too well in a bank",
    "item-course-position": "the right options of the whole course stand in one display position too often",
    "item-course-guessable": "a guessing strategy scores too well over the whole course",
    "item-tell": "the option that alone talks to someone, says «både», or has its own form is the key too often in a bank",
    "item-course-tell": "the same, over the whole course",
    "item-wording-multiple": "a multiple-choice question does not say several answers may be right",
    "item-wording-single": "a single-choice question says several answers may be right",
    # conversation guides (docs/ledere/samtale-*.md): phases in front matter, <!-- samtale -->
    "guide-phases-missing": "a conversation guide without phases, or a samtale marker on a page without them",
    "guide-marker-missing": "a guide with phases but no <!-- samtale --> marker to show them",
    "guide-minutes-sum": "the phases' minutes do not add up to the guide's total 'minutes'",
    "guide-phase-no-title": "a phase without a title",
    "guide-phase-empty": "a phase with neither a task nor questions",
    "guide-phase-unknown-key": "a key a phase does not have (title, minutes, task, questions)",
    "guide-phase-missing-key": "a phase without 'minutes'",
    "repetition-with-quiz": "the repetisjon marker on a page that also places quiz questions",
    # language
    "term-variant": "a form of a word the course does not use (frem, si ifra, gruppa, ...)",
    "sentence-long": "a sentence of 25 words or more (a warning)",
    # the course's settings (course.yml)
    "settings-unknown-key": "a key course.yml does not have",
    "settings-repetition-days": "repetition_days in course.yml is not a growing list of days",
    "settings-cmi5-iri": "cmi5_iri in course.yml is not an absolute http(s) address",
    # the Nynorsk edition against its Bokmål source (parity.py)
    "parity-missing": "a bank, question or page of the Bokmål edition is missing in the Nynorsk one",
    "parity-extra": "a bank, question or page of the Nynorsk edition has no Bokmål source",
    "parity-options": "a translated question has other options, or other right ones, than its source",
    "parity-goal": "a translated question measures another learning goal than its source",
    "parity-order": "a translated bank has its questions in another order than its source",
    "parity-page": "a translated page has other goals, reflections or knowledge checks than its source",
    "translation-outdated": "a translation was made from an older version of its source (advice)",
}
