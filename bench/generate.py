"""Course folders for the benchmark: copies of the real course and generated courses of any size.

Every folder holds the project's own machinery (mkdocs.yml, hooks/, overrides/, docs/assets/),
so it builds exactly as the real course does.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from course import markers
from course.course import load_course
from course.loader import FRONT_MATTER
from course.render import quizzes_markdown

ROOT = Path(__file__).resolve().parent.parent
_SKIP = shutil.ignore_patterns("__pycache__")
# Plain course vocabulary; none of these is a word YAML reads as yes/no.
VOCABULARY = (  # noqa: SIM905 (a word list reads best as running words, not 80 quoted items)
    "tillit arbeid leder kollega team møte ansvar tjeneste bruker råd samtale oppgave mål plan "
    "hjelp endring feil læring tid dag uke spørsmål svar tanke idé erfaring praksis rutine "
    "innbygger saksbehandler avdeling kontor bidrag trygghet fellesskap medvirkning selvledelse "
    "tilbakemelding veiledning lytter forteller spør deler prøver viser lager lærer bygger "
    "sammen ofte tydelig åpen rolig god ny viktig felles egen liten stor konkret enkel hver "
    "og i på med for at som det den en et av til om når der"
).split()


def copy_machinery(dst: Path) -> Path:
    """mkdocs.yml, hooks/, overrides/ and docs/assets/ of the project, in dst."""
    for name in ("hooks", "overrides", "docs/assets"):
        shutil.copytree(ROOT / name, dst / name, ignore=_SKIP)
    for name in ("mkdocs.yml", "course.yml"):
        shutil.copy2(ROOT / name, dst / name)
    return dst


def copy_course(dst: Path) -> Path:
    """The real course (pages and quiz banks) with the project's machinery."""
    copy_machinery(dst)
    shutil.copytree(ROOT / "docs", dst / "docs", ignore=_SKIP, dirs_exist_ok=True)
    shutil.copytree(ROOT / "quizzes", dst / "quizzes", ignore=_SKIP)
    return dst


def remove_quizzes(project: Path) -> Path:
    """The same course with no quiz markers, no quiz banks and mkdocs-quiz switched off."""
    for page in (project / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(
            re.sub(r"^[ \t]*<!--\s*quiz\b.*?-->[ \t]*\n", "", text, flags=re.M), encoding="utf-8"
        )
    for bank in (project / "quizzes").glob("*.y*ml"):
        bank.unlink()
    # The course's configuration, with its plugins but mkdocs-quiz (a list replaces the inherited one)
    (project / "mkdocs.yml").rename(project / "course-mkdocs.yml")
    (project / "mkdocs.yml").write_text(
        'INHERIT: course-mkdocs.yml\nplugins:\n  - search:\n      lang: "no"\n', encoding="utf-8"
    )
    return project


# Stock Material and mkdocs-quiz, as their own documentation sets them up: no hooks, no extra CSS
# or JavaScript, no theme overrides; the course's language and Markdown extensions.
STOCK_CONFIG = """site_name: Tillit i praksis (stock)
theme:
  name: material
  language: nb
  font: false
plugins:
  - search:
      lang: "no"
{quiz}markdown_extensions:
  - toc:
      permalink: true
  - admonition
  - attr_list
  - md_in_html
  - tables
  - pymdownx.details
  - pymdownx.superfences
"""


def stock_course(dst: Path, quizzes: bool = True) -> Path:
    """The course's pages in a stock Material + mkdocs-quiz site: each quiz marker becomes the same
    questions in mkdocs-quiz's own syntax (course/render.py writes them), every other marker and
    the front matter are left out; quizzes=False: the same pages without them, mkdocs-quiz off."""
    course, _ = load_course(ROOT, ROOT / "docs", ROOT / "quizzes")

    def marker(found: markers.Found) -> str | None:
        if found.kind != "quiz" or not quizzes or found.args[0] not in course.banks:
            return ""
        return quizzes_markdown(course.banks[found.args[0]].placed(found.args[1:]))

    for page in sorted((ROOT / "docs").rglob("*.md")):
        src = page.relative_to(ROOT / "docs")
        text = FRONT_MATTER.sub("", page.read_text(encoding="utf-8"), count=1)
        (dst / "docs" / src).parent.mkdir(parents=True, exist_ok=True)
        (dst / "docs" / src).write_text(markers.replace(text, marker), encoding="utf-8")
    quiz = '  - mkdocs_quiz:\n      language: "no"\n' if quizzes else ""
    (dst / "mkdocs.yml").write_text(STOCK_CONFIG.format(quiz=quiz), encoding="utf-8")
    return dst


def _sentence(rng: random.Random, low: int = 7, high: int = 14) -> str:
    words = rng.choices(VOCABULARY, k=rng.randint(low, high))
    return " ".join(words).capitalize()


def _paragraphs(rng: random.Random, words: int) -> list[str]:
    out: list[str] = []
    while words > 0:
        sentences = [_sentence(rng) + "." for _ in range(5)]
        out.append(" ".join(sentences))
        words -= sum(len(s.split()) for s in sentences)
    return out


GOALS = 3  # learning goals per module, each with questions of its own in the bank
GOAL_SECTIONS = ("slik-gjor-dere-det", "nar-det-er-vanskelig")  # headings of module_page


def module_page(module_id: str, rng: random.Random, words: int, reflections: int) -> str:
    """A module about `words` words long, with goals, reflection prompts and a quiz marker."""
    prompts = "".join(
        f"  - id: refleksjon-{n}\n    text: {_sentence(rng)}?\n" for n in range(1, reflections + 1)
    )
    goals = "".join(
        f"  - id: mal-{n}\n    text: {_sentence(rng, 4, 8).lower()}\n    read: {GOAL_SECTIONS[n % 2]}\n"
        for n in range(1, GOALS + 1)
    )
    head = f"---\ntitle: Modul {module_id}\ndescription: {_sentence(rng)}.\nminutes: 20\naudience: Alle medarbeidere\ngoals:\n{goals}reflections:\n{prompts}---\n\n"
    body = _paragraphs(rng, words)
    third = len(body) // 3 or 1
    parts = [
        f"# Modul {module_id}",
        *body[:third],
        "## Slik gjør dere det",
        *body[third : 2 * third],
    ]
    parts += ["- " + _sentence(rng, 4, 8) for _ in range(3)]
    parts += [
        "## Når det er vanskelig",
        *body[2 * third :],
        "## Kunnskapssjekk",
        f"<!-- quiz: {module_id} -->",
    ]
    parts += ["## Refleksjon", "<!-- reflections -->", "## Kilder", "- En kilde."]
    return head + "\n\n".join(parts) + "\n"


def quiz_bank(bank_id: str, rng: random.Random, questions: int) -> str:
    """A bank of questions with four or five options each; every fourth question has two or three
    right answers and says so, as the editor guide asks."""
    lines = [f"id: {bank_id}", "title: Kunnskapssjekk", "questions:"]
    for n in range(1, questions + 1):
        several = n % 4 == 0
        ask = f"{_sentence(rng)}? Velg alle som stemmer." if several else f"{_sentence(rng)}?"
        goal = f"mal-{(n - 1) % GOALS + 1}"  # each goal has parallel questions
        lines += [
            f"  - id: sporsmal-{n}",
            f"    goal: {goal}",
            f"    question: {ask}",
            "    options:",
        ]
        count = 5 if n % 8 == 0 else 4
        right = ({0, 2} if n % 8 == 4 else {0, 2, 3}) if several else {rng.randrange(count)}
        for option in range(count):
            lines.append(f"      - text: {_sentence(rng, 3, 7)} ({option + 1})")
            if option in right:
                lines.append("        correct: true")
            lines.append(f"        feedback: {_sentence(rng)}.")
        lines.append(f"    explanation: {_sentence(rng)}.")
    return "\n".join(lines) + "\n"


def generate_course(
    dst: Path, modules: int, questions: int = 10, reflections: int = 5, words: int = 600
) -> Path:
    """A course of `modules` modules (each with its own bank), listed in the nav as the real one."""
    copy_machinery(dst)
    rng = random.Random(modules * 1000 + questions)
    (dst / "docs" / "moduler").mkdir(parents=True)
    (dst / "quizzes").mkdir()
    (dst / "docs" / "index.md").write_text(
        "# Testkurs\n\n" + "\n\n".join(_paragraphs(rng, 150)) + "\n", encoding="utf-8"
    )
    ids = [f"modul-{n:03d}" for n in range(1, modules + 1)]
    for module_id in ids:
        (dst / "docs" / "moduler" / f"{module_id}.md").write_text(
            module_page(module_id, rng, words, reflections), encoding="utf-8"
        )
        (dst / "quizzes" / f"{module_id}.yml").write_text(
            quiz_bank(module_id, rng, questions), encoding="utf-8"
        )
    config = (dst / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    nav = "".join(f"      - moduler/{module_id}.md\n" for module_id in ids)
    (dst / "mkdocs.yml").write_text(
        f"{config}\nnav:\n  - Start: index.md\n  - Moduler:\n{nav}", encoding="utf-8"
    )
    return dst
