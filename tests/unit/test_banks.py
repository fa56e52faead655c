"""Every kind of bad quiz bank gets its own exact message, at the right line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from course.loader import load_bank
from course.validate import check_bank
from course.yamlsource import _MAY_HAVE_PROPERTY, SafeLoader

GOOD = """\
id: demo
questions:
  - id: en
    question: Hvem har ansvaret?
    options:
      - text: Bare lederen
      - text: Alle sammen
        correct: true
"""


Found = tuple[int, int, str, str]  # line, column, rule, message (with the hint)


def problems(tmp_path: Path, text: str | bytes, name: str = "demo") -> list[Found]:
    path = tmp_path / f"{name}.yml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    bank, found = load_bank(path, f"quizzes/{name}.yml")
    if bank is not None:
        found = found + check_bank(bank)
    assert all(p.path == f"quizzes/{name}.yml" for p in found)
    return [
        (p.line, p.column, p.rule, p.message + (f" ({p.hint})" if p.hint else ""))
        for p in sorted(found)
    ]


def test_a_good_bank_has_no_problems(tmp_path: Path) -> None:
    assert problems(tmp_path, GOOD) == []


CASES = {
    "yaml syntax": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem: har: ansvaret?"),
        [
            (
                4,
                19,
                "yaml-syntax",
                "YAML-en kan ikke leses: et kolon med mellomrom etter («: ») kan ikke stå her (sjekk innrykket, og sett tekst som inneholder «: » eller begynner med et spesialtegn, i anførselstegn)",
            ),
        ],
    ),
    "tab": (
        GOOD.replace("      - text: Bare", "\t- text: Bare"),
        [
            (
                6,
                1,
                "yaml-tab",
                "tabulatortegn (YAML krever mellomrom i innrykket; bytt tabulatoren ut med mellomrom)",
            ),
        ],
    ),
    "empty file": (
        "\n  \n",
        [
            (
                1,
                1,
                "file-empty",
                "filen er tom (en bank trenger `id:` og `questions:`; se redaktørveiledningen)",
            ),
        ],
    ),
    "top level a list": (
        "- id: demo\n",
        [
            (
                1,
                1,
                "value-type",
                "banken må skrives som linjer med «nøkkel: verdi», ikke som en liste (skriv banken som linjer med «nøkkel: verdi» (id, title, questions, source))",
            ),
        ],
    ),
    "missing questions": (
        "id: demo\n",
        [
            (1, 1, "bank-missing-key", "banken mangler «questions» (legg til «questions:»)"),
        ],
    ),
    "missing option text": (
        GOOD.replace("      - text: Bare lederen\n", "      - feedback: Hm\n"),
        [
            (6, 9, "bank-missing-key", "et alternativ mangler «text» (legg til «text:»)"),
        ],
    ),
    "misspelt key": (
        GOOD.replace(
            "      - text: Bare lederen\n", "      - text: Bare lederen\n        feedbak: Nei\n"
        ),
        [
            (
                7,
                9,
                "bank-unknown-key",
                "ukjent nøkkel «feedbak» i et alternativ (mente du «feedback»?)",
            ),
        ],
    ),
    "unknown key": (
        GOOD.replace("id: demo\n", "id: demo\nfarge: blå\n"),
        [
            (
                2,
                1,
                "bank-unknown-key",
                "ukjent nøkkel «farge» i banken (disse nøklene kan stå her: id, title, questions, source)",
            ),
        ],
    ),
    "no read as yes/no": (
        GOOD.replace("text: Bare lederen", "text: no"),
        [
            (
                6,
                15,
                "value-type",
                '«text» blir lest som en ja/nei-verdi, ikke som tekst: no (sett det i anførselstegn: text: "no")',
            ),
        ],
    ),
    "yes read as yes/no": (
        GOOD.replace("question: Hvem har ansvaret?", "question: yes"),
        [
            (
                4,
                15,
                "value-type",
                '«question» blir lest som en ja/nei-verdi, ikke som tekst: yes (sett det i anførselstegn: question: "yes")',
            ),
        ],
    ),
    "number": (
        GOOD.replace("text: Bare lederen", "text: 1.5"),
        [
            (
                6,
                15,
                "value-type",
                '«text» blir lest som et tall, ikke som tekst: 1.5 (sett det i anførselstegn: text: "1.5")',
            ),
        ],
    ),
    "date": (
        GOOD.replace("text: Bare lederen", "text: 2026-01-01"),
        [
            (
                6,
                15,
                "value-type",
                '«text» blir lest som en dato, ikke som tekst: 2026-01-01 (sett det i anførselstegn: text: "2026-01-01")',
            ),
        ],
    ),
    "list where text belongs": (
        GOOD.replace("question: Hvem har ansvaret?", "question:\n      - Hvem?"),
        [
            (
                5,
                7,
                "value-type",
                "«question» må være tekst, ikke en liste (skriv teksten på samme linje etter kolonet, eller som et innrykket avsnitt etter «>-»)",
            ),
        ],
    ),
    "correct not a real boolean": (
        GOOD.replace("correct: true", "correct: yes"),
        [
            (
                8,
                18,
                "correct-not-boolean",
                "«correct» må være true eller false, ikke yes (skriv «correct: true» på det riktige alternativet, og la linjen være borte på de andre)",
            ),
        ],
    ),
    "correct as quoted text": (
        GOOD.replace("correct: true", 'correct: "true"'),
        [
            (
                8,
                18,
                "correct-not-boolean",
                "«correct» må være true eller false, ikke true (skriv «correct: true» på det riktige alternativet, og la linjen være borte på de andre)",
            ),
        ],
    ),
    "duplicate key": (
        GOOD.replace(
            "      - text: Bare lederen\n", "      - text: Bare lederen\n        text: Bare meg\n"
        ),
        [
            (
                7,
                9,
                "duplicate-key",
                "nøkkelen «text» står to ganger (også på linje 6) (behold én av dem; YAML ville brukt bare den siste uten å si fra)",
            ),
        ],
    ),
    "duplicate key in the bank": (
        GOOD.replace("id: demo\n", "id: demo\nid: demo\n", 1),
        [
            (
                2,
                1,
                "duplicate-key",
                "nøkkelen «id» står to ganger (også på linje 1) (behold én av dem; YAML ville brukt bare den siste uten å si fra)",
            ),
        ],
    ),
    "duplicate key in a question": (
        GOOD.replace(
            "    question: Hvem har ansvaret?\n",
            "    question: Hvem har ansvaret?\n    question: Hvem bestemmer?\n",
        ),
        [
            (
                5,
                5,
                "duplicate-key",
                "nøkkelen «question» står to ganger (også på linje 4) (behold én av dem; YAML ville brukt bare den siste uten å si fra)",
            ),
        ],
    ),
    "duplicate unknown key": (
        GOOD.replace(
            "        correct: true\n",
            "        correct: true\n        riktig: ja\n        riktig: ja\n",
        ),
        [
            (
                9,
                9,
                "bank-unknown-key",
                "ukjent nøkkel «riktig» i et alternativ (disse nøklene kan stå her: text, correct, feedback)",
            ),
            (
                10,
                9,
                "duplicate-key",
                "nøkkelen «riktig» står to ganger (også på linje 9) (behold én av dem; YAML ville brukt bare den siste uten å si fra)",
            ),
        ],
    ),
    "duplicate question id": (
        GOOD + GOOD.split("questions:\n")[1],
        [
            (
                9,
                9,
                "question-duplicate-id",
                "spørsmålet har samme id som et annet: «en» (også på linje 3) (gi hvert spørsmål sin egen id)",
            ),
        ],
    ),
    "id with other characters": (
        GOOD.replace("- id: en", "- id: Første spørsmål"),
        [
            (
                3,
                9,
                "id-format",
                "id-en «Første spørsmål» kan bare ha små bokstaver a–z, sifre og bindestrek (for eksempel «si-fra-tidlig»)",
            ),
        ],
    ),
    "bank id differs from file name": (
        GOOD.replace("id: demo", "id: annen"),
        [
            (
                1,
                5,
                "bank-id-file-name",
                "bankens id «annen» er ikke den samme som filnavnet «demo.yml» (skriv «id: demo», eller gi filen navnet «annen.yml»)",
            ),
        ],
    ),
    "empty question": (
        GOOD.replace("question: Hvem har ansvaret?", "question: ''"),
        [
            (4, 15, "value-empty", "«question» er tom (skriv teksten etter «question:»)"),
        ],
    ),
    "empty option text": (
        GOOD.replace("text: Bare lederen", "text:"),
        [
            (6, 14, "value-empty", "«text» er tom (skriv teksten etter «text:»)"),
        ],
    ),
    "one option": (
        GOOD.replace("      - text: Bare lederen\n", ""),
        [
            (
                6,
                7,
                "question-too-few-options",
                "spørsmålet «en» har bare 1 alternativ (gi det minst to alternativer)",
            ),
        ],
    ),
    "no correct option": (
        GOOD.replace("        correct: true\n", ""),
        [
            (
                6,
                7,
                "option-no-correct",
                "spørsmålet «en» har ikke noe riktig alternativ (merk det riktige med «correct: true»)",
            ),
        ],
    ),
    "same option twice": (
        GOOD.replace("text: Bare lederen", "text: Alle  sammen"),
        [
            (
                7,
                15,
                "option-duplicate",
                "spørsmålet «en» har alternativet «Alle sammen» to ganger (også på linje 6) (gi hvert alternativ sin egen tekst)",
            ),
        ],
    ),
    "no questions": (
        "id: demo\nquestions: []\n",
        [
            (
                2,
                12,
                "bank-no-questions",
                "banken har ingen spørsmål (legg til minst ett spørsmål under «questions:»)",
            ),
        ],
    ),
    "raw html": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem har <b>ansvaret</b>?"),
        [
            (
                4,
                15,
                "value-html",
                "«question» inneholder HTML (<b>) (skriv vanlig tekst eller Markdown i stedet for HTML)",
            ),
        ],
    ),
    "html comment": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem <!-- x --> har ansvaret?"),
        [
            (
                4,
                15,
                "value-html",
                "«question» inneholder HTML (<!--) (skriv vanlig tekst eller Markdown i stedet for HTML)",
            ),
        ],
    ),
    "anchor and alias": (
        GOOD.replace("text: Bare lederen", "text: &a Bare lederen").replace(
            "text: Alle sammen", "text: *a"
        ),
        [
            (
                6,
                15,
                "yaml-anchor",
                "YAML-ankeret «&a» er ikke tillatt (ta bort «&»-navnet, og skriv teksten helt ut)",
            ),
            (
                7,
                15,
                "yaml-anchor",
                "YAML-henvisningen «*a» er ikke tillatt (skriv teksten helt ut)",
            ),
        ],
    ),
    "tag": (
        GOOD.replace("text: Bare lederen", "text: !!binary aGVp"),
        [
            (
                6,
                15,
                "yaml-tag",
                "YAML-merket «tag:yaml.org,2002:binary» er ikke tillatt (ta bort merket, og skriv vanlig tekst)",
            ),
        ],
    ),
    "option text on two lines": (
        GOOD.replace("text: Bare lederen", "text: |\n          Bare\n          lederen"),
        [
            (
                6,
                15,
                "option-multiline",
                "teksten i et alternativ må stå på én linje (bruk «>-» for å bryte en lang tekst, og ha ingen tom linje inni den)",
            ),
        ],
    ),
    "not utf-8": (
        GOOD.replace("Bare lederen", "Bare l\u00e6ren").encode("latin-1"),
        [
            (
                6,
                21,
                "file-encoding",
                "filen er ikke lagret som UTF-8 (lagre den som UTF-8 i redigeringsprogrammet)",
            ),
        ],
    ),
    "options not a list": (
        GOOD.split("    options:")[0] + "    options: Ja eller nei\n",
        [
            (
                5,
                14,
                "value-type",
                "«options» må være en liste, ikke tekst (skriv hvert element på en egen linje som begynner med «- »)",
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_problem_has_its_exact_message(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    assert isinstance(text, (str, bytes))
    assert problems(tmp_path, text) == expected


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    text = (
        GOOD.replace("feedback", "x")
        .replace("text: Bare lederen", "tekst: Bare lederen")
        .replace("question: Hvem har ansvaret?", "question: no")
    )
    found = problems(tmp_path, text)
    assert [(line, column, rule) for line, column, rule, _ in found] == [
        (4, 15, "value-type"),
        (6, 9, "bank-missing-key"),
        (6, 9, "bank-unknown-key"),
    ], found
    assert found[2][3] == "ukjent nøkkel «tekst» i et alternativ (mente du «text»?)"


def test_a_billion_laughs_file_is_refused_without_expanding(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 9):
        lines.append(
            f"{chr(97 + n)}: &{chr(97 + n)} [*{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}]"
        )
    found = problems(tmp_path, "\n".join(lines) + "\n")
    assert found and all(rule == "yaml-anchor" for _, _, rule, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",
        "a: !t v\n",
        "--- !!str x\n",
        "&a x\n",
        "- !!binary aGVp\n",
        "a: [1,&x 2, *x]\n",
        "a: [!t 1]\n",
        "a: {b: &x 1, c:*x}\n",
        "? &k key\n: v\n",
        "a:\n  - &x\n    b: 1\n  - *x\n",
    ],
)
def test_the_fast_path_never_misses_an_anchor_alias_or_tag(text: str) -> None:
    """parse_yaml skips its event scan when no anchor, alias or tag can start anywhere
    (yamlsource._MAY_HAVE_PROPERTY); wherever YAML lets one start, the scan still runs."""
    events = [
        e
        for e in yaml.parse(text, Loader=SafeLoader)
        if getattr(e, "anchor", None) or getattr(e, "tag", None) not in (None, "!")
    ]
    assert events  # each text has one, as PyYAML reads it
    assert _MAY_HAVE_PROPERTY.search(text)
