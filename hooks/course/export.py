"""Quiz banks for a learning platform (LMS): Moodle XML and GIFT, one file per bank.

Moodle XML carries the text as HTML, rendered exactly as the site renders it (the same escaping,
then Python-Markdown). GIFT carries the Markdown source under `[markdown]`, with GIFT's special
characters escaped, so the file stays readable and editable. Both give a single-answer question
100 % for the right option and 0 for the others; a question with several right options gives each
right one an equal share of 100 % and each wrong one -100 %, as Moodle's own examples do.

Each learning goal's parallel questions go into a category of their own under the bank's
(`.../<module>/<n>. <goal>`), so that a Moodle quiz can draw one random question from each goal,
as the course itself does (docs/om/lms.md says how).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown

from .course import Course
from .model import Bank, Option, Question
from .render import literal, literal_inline

COURSE_CATEGORY = "$course$/top/Tillit i praksis"
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
_ONE_PARAGRAPH = re.compile(r"<p>((?:(?!</?p>).)*)</p>", re.S)


def bank_titles(course: Course) -> dict[str, str]:
    """Each bank's name in the LMS: the title of the first page that places it, else its id."""
    titles: dict[str, str] = {}
    for page in course.pages.values():
        for marker in page.markers:
            title = page.text("title")
            if title and marker.bank in course.banks:
                titles.setdefault(marker.bank, title)
    return {bank_id: titles.get(bank_id, bank_id) for bank_id in course.banks}


def category(title: str, goal: str = "") -> str:
    """The LMS category path, a goal's below its bank's; a slash would start a subcategory."""
    path = f"{COURSE_CATEGORY}/{title.replace('/', '-')}"
    return f"{path}/{goal.replace('/', '-')}" if goal else path


def goal_names(course: Course) -> dict[str, dict[str, str]]:
    """By bank: each goal's category name ("1. Forklare hva ..."), from the module that places it."""
    names: dict[str, dict[str, str]] = {}
    for page in course.modules():
        for marker in page.markers:
            found = names.setdefault(marker.bank, {})
            for n, goal in enumerate(page.goals, 1):
                found.setdefault(goal.id, f"{n}. {goal.text[:1].upper()}{goal.text[1:]}")
    return names


def by_goal(bank: Bank, goals: dict[str, str]) -> list[tuple[str, list[Question]]]:
    """The bank's questions grouped by goal, in the goals' order; a question without a known
    goal stays in the bank's own category ("")."""
    groups: dict[str, list[Question]] = {name: [] for name in goals.values()}
    for q in bank.questions:
        groups.setdefault(goals.get(q.goal, ""), []).append(q)
    return [(name, qs) for name, qs in groups.items() if qs]


def fractions(question: Question, options: tuple[Option, ...]) -> list[float]:
    """Percent of the question's mark per option, for the options in the order given."""
    right = sum(o.correct for o in options)
    if not question.multiple:
        return [100.0 if o.correct else 0.0 for o in options]
    return [100.0 / right if o.correct else -100.0 for o in options]


def percent(value: float) -> str:
    """A fraction as Moodle writes it: at most five decimals, no trailing zeros."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def html_block(text: str) -> str:
    return markdown.markdown(literal(text)) if text else ""


def html_inline(text: str) -> str:
    """An option as HTML, without the paragraph around it."""
    rendered = markdown.markdown(literal_inline(text))
    single = _ONE_PARAGRAPH.fullmatch(rendered)
    return single.group(1) if single else rendered


def moodle_xml(bank: Bank, title: str, goals: dict[str, str] | None = None) -> str:
    quiz = ET.Element("quiz")
    for goal, questions in by_goal(bank, goals or {}):
        head = ET.SubElement(quiz, "question", type="category")
        _text(ET.SubElement(head, "category"), category(title, goal))
        for q in questions:
            quiz.append(_moodle_question(bank, q))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _moodle_question(bank: Bank, q: Question) -> ET.Element:
    el = ET.Element("question", type="multichoice")
    _text(ET.SubElement(el, "name"), q.id)
    _text(ET.SubElement(el, "questiontext", format="html"), html_block(q.text))
    _text(ET.SubElement(el, "generalfeedback", format="html"), html_block(q.explanation))
    for tag, value in (
        ("defaultgrade", "1"),
        ("penalty", "0.3333333"),
        ("hidden", "0"),
        ("idnumber", f"{bank.id}/{q.id}"),
        ("single", "false" if q.multiple else "true"),
        ("shuffleanswers", "true"),  # Moodle may shuffle the options for each learner
        ("answernumbering", "abc"),
    ):
        ET.SubElement(el, tag).text = value
    options = bank.display_orders[q.id]
    for option, fraction in zip(options, fractions(q, options)):
        answer = ET.SubElement(el, "answer", fraction=percent(fraction), format="html")
        _text(answer, html_inline(option.text))
        _text(ET.SubElement(answer, "feedback", format="html"), html_block(option.feedback))
    return el


def _text(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


def gift_escape(text: str) -> str:
    """GIFT's special characters behind a backslash, line breaks as `\\n`: one question, one block."""
    return _GIFT_SPECIAL.sub(r"\\\1", text.strip()).replace("\r\n", "\n").replace("\n", "\\n")


def gift(bank: Bank, title: str, goals: dict[str, str] | None = None) -> str:
    blocks = [f"// {title}: {bank.path}"]
    for goal, questions in by_goal(bank, goals or {}):
        blocks.append(f"$CATEGORY: {category(title, goal)}")
        blocks += [_gift_question(bank, q) for q in questions]
    return "\n\n".join(blocks) + "\n"


def _gift_question(bank: Bank, q: Question) -> str:
    lines = [
        f"// [id:{bank.id}/{q.id}]",
        f"::{gift_escape(q.id)}::[markdown]{gift_escape(q.text)} {{",
    ]
    options = bank.display_orders[q.id]
    for option, fraction in zip(options, fractions(q, options)):
        mark = f"~%{percent(fraction)}%" if q.multiple else ("=" if option.correct else "~")
        feedback = f" #{gift_escape(option.feedback)}" if option.feedback else ""
        lines.append(f"\t{mark}{gift_escape(option.text)}{feedback}")
    if q.explanation:
        lines.append(f"\t####{gift_escape(q.explanation)}")
    lines.append("}")
    return "\n".join(lines)
