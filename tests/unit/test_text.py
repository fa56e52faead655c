"""The course's words (course/text.py): the catalogues of both languages hold the same keys with
the same placeholders, the scripts ask only for texts that exist, and no script in
docs/assets/js/ writes a learner's sentence of its own: every one is in the catalogue (`ui:`)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from course import text

from conftest import ROOT

SCRIPTS = ROOT / "docs" / "assets" / "js"

# ---------------------------------------------------------------- the catalogues


def test_both_catalogues_have_the_same_keys_in_the_same_order() -> None:
    nb, nn = text.catalogue("nb").texts, text.catalogue("nn").texts
    assert sorted(set(nb) - set(nn)) == [], "in nb.yml, not in nn.yml"
    assert sorted(set(nn) - set(nb)) == [], "in nn.yml, not in nb.yml"
    assert list(nb) == list(nn)


def test_every_text_has_the_same_placeholders_and_outer_spaces_in_both_languages() -> None:
    nb, nn = text.catalogue("nb").texts, text.catalogue("nn").texts
    differ = [
        key
        for key in nb
        if text.placeholders(nb[key]) != text.placeholders(nn[key])
        or (nb[key][:1].isspace(), nb[key][-1:].isspace())
        != (nn[key][:1].isspace(), nn[key][-1:].isspace())
    ]
    assert differ == []


@pytest.mark.parametrize("language", text.LANGUAGES)
def test_the_browser_gets_the_ui_section_of_each_language(language: str) -> None:
    script = text.ui_script(language)
    assert script.startswith("/* Tillit i praksis: the learner's texts")
    assert f"hooks/course/text/{language}.yml" in script
    assert '"status.line": ' in script


def test_a_missing_text_names_the_catalogue() -> None:
    with pytest.raises(KeyError, match=r"no text 'ui.borte' in .*nb\.yml"):
        text.catalogue("nb")("ui.borte")


# ---------------------------------------------------------------- string literals in the scripts


@dataclass(frozen=True)
class Literal:
    line: int
    value: str  # as written between the quotes (escapes left as they are)
    start: int = field(default=0, compare=False)  # where its opening quote is in the source
    end: int = field(default=0, compare=False)  # just after its closing quote


# After these tokens a "/" starts a regular expression, not a division.
_REGEX_AFTER = set("(,=:[!&|?{};+-*%<>~^") | {"", "return", "typeof", "case", "in", "of"}


def string_literals(source: str) -> list[Literal]:
    """Every string literal ('...', "..." and `...` without its ${...} parts) in JavaScript
    source, outside comments and regular expressions: a small tokenizer, enough for the
    course's own scripts (tested below on the cases that could trip it)."""
    found: list[Literal] = []
    i, line, previous = 0, 1, ""
    while i < len(source):
        c = source[i]
        if c.isspace():
            line += c == "\n"
            i += 1
        elif source.startswith(("//", "/*"), i):
            end = _comment_end(source, i)
            line += source.count("\n", i, end)
            i = end
        elif c in "'\"`":
            end = _string(source, i, line, found)
            line += source.count("\n", i, end)
            i, previous = end, "string"
        elif c == "/" and previous in _REGEX_AFTER:
            i, previous = _regex_end(source, i), "regex"
        elif c.isalnum() or c in "_$":
            j = _word_end(source, i)
            previous, i = source[i:j], j
        else:
            previous, i = c, i + 1
    return found


def _comment_end(source: str, i: int) -> int:
    """Where the comment that starts at i ends: at its line's end (//) or after its */."""
    if source.startswith("//", i):
        end = source.find("\n", i)
        return len(source) if end < 0 else end
    end = source.find("*/", i + 2)
    return len(source) if end < 0 else end + 2


def _string(source: str, i: int, line: int, found: list[Literal]) -> int:
    """The string literal whose quote is at i, on that line, into found (after the strings in
    its ${...} parts); returns where the source goes on after its closing quote."""
    quote, j, parts = source[i], i + 1, []
    while j < len(source) and source[j] != quote:
        if source[j] == "\\":
            parts.append(source[j : j + 2])
            j += 2
        elif quote == "`" and source.startswith("${", j):
            k = _placeholder_end(source, j)
            inner = string_literals(source[j + 2 : k - 1])  # strings in the expression
            lines = line + source.count("\n", i, j) - 1
            found += [Literal(lit.line + lines, lit.value) for lit in inner]  # offsets: 0
            parts.append(" ")
            j = k
        else:
            parts.append(source[j])
            j += 1
    found.append(Literal(line, "".join(parts), i, j + 1))
    return j + 1


def _placeholder_end(source: str, j: int) -> int:
    """Just after the } that closes the ${ at j."""
    depth, k = 1, j + 2
    while k < len(source) and depth:
        depth += {"{": 1, "}": -1}.get(source[k], 0)
        k += 1
    return k


def _regex_end(source: str, i: int) -> int:
    """Just after the regular expression literal that starts at i, its flags included."""
    j, in_class = i + 1, False
    while j < len(source) and (source[j] != "/" or in_class) and source[j] != "\n":
        if source[j] == "\\":
            j += 1
        elif source[j] == "[":
            in_class = True
        elif source[j] == "]":
            in_class = False
        j += 1
    i = j + 1
    while i < len(source) and source[i].isalpha():  # flags
        i += 1
    return i


def _word_end(source: str, i: int) -> int:
    """Just after the name or number that starts at i."""
    j = i
    while j < len(source) and (source[j].isalnum() or source[j] in "_$"):
        j += 1
    return j


# Common words of Bokmål and Nynorsk that English and the scripts' own names never use.
NORWEGIAN_WORDS = set(
    """
    og ikke ikkje er du deg din ditt dine av til som med fra frå har hadde kan skal vil må det
    den denne dette dei ein eit eg noe noko noen nokon ingen alle eller ennå enno igjen neste
    forrige siden sida når kva hva korleis hvordan berre bare også òg her hit om uten utan
    lenke lenken lenkja oppdrag oppdraget modul modulen moduler modular kurset kursbevis
    kursbeviset spørsmål svar svaret riktig feil frist fristen dag dager dagar dagen minutter
    minutt del møtet framdrift samtalen samtaleguidene notater notatene refleksjoner refleksjonar
    fortsett avslutt fullskjerm lagre lagret slett skriv velg kopier hent henter prøv gå
    januar februar mars mai juni juli oktober desember
    """.split()  # noqa: SIM905 (a word list reads best as running words, not 120 quoted items)
)


def norwegian(value: str) -> bool:
    """Whether a literal reads as Norwegian text: a letter æ, ø or å, or a common word."""
    if re.search(r"[æøåÆØÅ]", value):
        return True
    return any(word in NORWEGIAN_WORDS for word in re.findall(r"[^\W\d_]+", value.lower()))


# Literals that read as Norwegian but are no text a learner reads, each with its reason.
NOT_LEARNER_TEXT = {
    ("assignments.js", "moduler"): "a parameter of the assignment link (README: its format)",
    ("assignments.js", "frist"): "a parameter of the assignment link (README: its format)",
    ("tildel.js", "moduler"): "a parameter of the assignment link (README: its format)",
    ("tildel.js", "frist"): "a parameter of the assignment link (README: its format)",
    ("tildel.js", "oppdrag/"): "the address of the page an assignment link opens",
    ("tildel.js", "tildel-frist"): "an element's id, tied to its label",
    ("tildel.js", "tildel-lenke"): "an element's id, tied to its label",
}


def learner_literals(path: Path) -> list[str]:
    return [
        f"{path.name}:{literal.line}: {literal.value!r}"
        for literal in string_literals(path.read_text(encoding="utf-8"))
        if norwegian(literal.value) and (path.name, literal.value) not in NOT_LEARNER_TEXT
    ]


def test_no_script_writes_a_norwegian_text_of_its_own() -> None:
    found = [hit for path in sorted(SCRIPTS.glob("*.js")) for hit in learner_literals(path)]
    assert found == [], "move these into hooks/course/text/nb.yml (ui:) and nn.yml, read with tip.t"


def test_every_exception_is_still_in_its_script() -> None:
    gone = [
        (name, value)
        for name, value in NOT_LEARNER_TEXT
        if value not in {lit.value for lit in string_literals((SCRIPTS / name).read_text())}
    ]
    assert gone == []


PLANTED = r"""
/* Tillit i praksis: a comment may say «Fortsett der du slapp» and ikke, og, er. */
(function () {
  var a = el("p", null, "Lenken er klar.");          // a sentence
  b.setAttribute("aria-label", 'Framdrift i ' + t);  // single quotes
  var c = `Fristen er ${when(day, "x")} i dag`;      // a template literal
  var ok = /^[a-z"']+$/.test(id) ? "ok" : "Velg minst én modul.";  // after a regex with quotes
  var ending = /(?:nes|ens|ets|ne|en|et|er|ar|e|a)$/;  // Norwegian endings in a regex
  var d = x / 2 / y;  // divisions, not a regex
  window.confirm("Vil du slette alt?\nDet kan ikke angres.");
  var months = ["januar", "februar"];
  var key = "tip:v1:assignments", id = "tip-certificate-name", term = "status.line";
})();
"""


def test_the_detector_finds_every_planted_text_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "planted.js"
    path.write_text(PLANTED, encoding="utf-8")
    assert learner_literals(path) == [
        "planted.js:4: 'Lenken er klar.'",
        "planted.js:5: 'Framdrift i '",
        "planted.js:6: 'Fristen er   i dag'",
        "planted.js:7: 'Velg minst én modul.'",
        "planted.js:10: 'Vil du slette alt?\\\\nDet kan ikke angres.'",
        "planted.js:11: 'januar'",
        "planted.js:11: 'februar'",
    ]


def test_the_tokenizer_keeps_lines_escapes_and_strings_after_a_regex() -> None:
    source = 'a = "x\\"y"; // "z"\nb = /"/g.test(c) ? \'q\' : "r";\n/* "s"\n */ `t\nu`; d = "v";'
    assert string_literals(source) == [
        Literal(1, 'x\\"y'),
        Literal(2, "q"),
        Literal(2, "r"),
        Literal(4, "t\nu"),
        Literal(5, "v"),
    ]


# ---------------------------------------------------------------- the keys the scripts ask for

_CALL = re.compile(r"\btip\.(tn?)\(")


_COMPARED = re.compile(r"(?:[=!]==?\s*$)|(?:^\s*[=!]==?)")


def keys_asked_for(source: str) -> list[tuple[str, str]]:
    """(function, key or key prefix) for each string literal in the key argument of tip.t and
    tip.tn: `tip.t(n === 1 ? "a.one" : "a.many", ...)` asks for both, `"status." + s` for the
    prefix "status."; a literal compared with (`mode === "due" ? ...`) or one that starts
    with a dot (a key's end, as tip.tn adds ".one") is no key, nor is ""."""
    asked = []
    for call in _CALL.finditer(source):
        depth, j = 0, call.end()
        while j < len(source) and not (depth == 0 and source[j] in ",)"):
            depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(source[j], 0)
            j += 1
        argument = source[call.end() : j]
        asked += [
            (call.group(1), lit.value)
            for lit in string_literals(argument)
            if lit.value
            and not lit.value.startswith(".")
            and not _COMPARED.search(argument[: lit.start])
            and not _COMPARED.search(argument[lit.end :])
        ]
    return asked


def scripts_keys() -> list[tuple[str, str, str]]:
    return [
        (path.name, function, key)
        for path in sorted(SCRIPTS.glob("*.js"))
        for function, key in keys_asked_for(path.read_text(encoding="utf-8"))
    ]


def test_every_text_a_script_asks_for_is_in_the_catalogue() -> None:
    ui = text.catalogue("nb").section("ui")
    missing = [
        f"{name}: {function}({key!r})"
        for name, function, key in scripts_keys()
        if not (
            any(k.startswith(key) for k in ui)
            if key.endswith(".")
            else {f"{key}.one", f"{key}.many"} <= set(ui)
            if function == "tn"
            else key in ui
        )
    ]
    assert missing == []


def test_every_text_of_the_ui_section_is_asked_for_by_a_script() -> None:
    asked = {key for _, _, key in scripts_keys()}
    unused = [
        key
        for key in text.catalogue("nb").section("ui")
        if key not in asked
        and key.rpartition(".")[0] not in asked  # tip.tn("x") reads x.one and x.many
        and not any(p.endswith(".") and key.startswith(p) for p in asked)
    ]
    assert unused == []


def test_the_key_finder_reads_choices_and_prefixes() -> None:
    source = (
        'tip.t("a.b", {n: f("x")}); tip.t(n === 1 ? "c.one" : "c.many"); tip.t("d." + s); '
        'tip.tn("e", n); tip.t(mode === "due" ? "f.g" : "h"); tip.t(k + (n === 1 ? ".one" : ""))'
    )
    assert keys_asked_for(source) == [
        ("t", "a.b"),
        ("t", "c.one"),
        ("t", "c.many"),
        ("t", "d."),
        ("tn", "e"),
        ("t", "f.g"),
        ("t", "h"),
    ]


# The Python that writes what learners read: every text comes from the catalogue.
LEARNER_PYTHON = [
    ROOT / "hooks" / "course" / name
    for name in (
        "blocks.py",
        "dates.py",
        "editions.py",
        "glossary.py",
        "guides.py",
        "manifest.py",
        "mkdocsquiz.py",
        "render.py",
        "repetition.py",
    )
] + sorted((ROOT / "hooks" / "tip").glob("*.py"))
NOT_LEARNER_PYTHON = {
    ("blocks.py", 'warning "Forhåndsvisning"'): "the preview's box, for editors (Bokmål)",
    ("editions.py", "Bokmål"): "the edition's own name, the same in both",
    ("manifest.py", "kursbevis.md"): "a page's file name",
    ("pages.py", "moduler/"): "the modules' folder",
}
# dates.py: the month names are the same words in Bokmål and Nynorsk.


def python_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module but its docstrings, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_python_that_writes_pages_has_a_norwegian_text_of_its_own() -> None:
    allowed = {(name, start) for name, start in NOT_LEARNER_PYTHON}
    found = [
        f"{path.name}:{line}: {value!r}"
        for path in LEARNER_PYTHON
        for line, value in python_literals(path)
        if norwegian(value)
        and not any(path.name == name and start in value for name, start in allowed)
        and not (path.name == "dates.py" and value.islower() and value.isalpha())
    ]
    assert found == [], "move these into hooks/course/text/nb.yml (page:) and nn.yml"
