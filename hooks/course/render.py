"""Model -> Markdown for mkdocs-quiz, and the small HTML pieces the course adds to pages."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Page, PlacedQuestion
from .text import Catalogue, catalogue

_LINE_START_QUOTE = re.compile(r"^(\s*)>", re.M)
_LINE_START_TASK = re.compile(r"^(\s*[-*+]\s+)\[", re.M)
_BLOCK_START = re.compile(r"^([-*+#]|\d+\.)(?=\s|$)")


def literal(text: str) -> str:
    """Bank text as Markdown that shows `[x]`, `[[..]]`, `>`, `<` and `&` as written.

    mkdocs-quiz reads `- [x]` lines as options, `[[...]]` as a fill-in blank and `>` lines as
    feedback; Markdown reads `<` as HTML. Escaping them keeps the quiz's structure whatever an
    editor writes, while emphasis, links and lists still work.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = text.replace("[[", r"\[\[").replace("]]", r"\]\]")
    text = _LINE_START_QUOTE.sub(r"\1\\>", text)
    return _LINE_START_TASK.sub(r"\1\\[", text)


def literal_inline(text: str) -> str:
    """One-line bank text (an option) that Markdown must not turn into a list or heading."""

    def escape(m: re.Match[str]) -> str:
        return m.group(1)[:-1] + "\\." if m.group(1)[0].isdigit() else "\\" + m.group(1)

    return _BLOCK_START.sub(escape, literal(" ".join(text.split())))


def quiz_markdown(placed: PlacedQuestion) -> str:
    """One question as an mkdocs-quiz block, its options in display order."""
    q = placed.question
    lines = ["<quiz>", literal(q.text)]
    for option in placed.options:
        lines.append(f"- [{'x' if option.correct else ' '}] {literal_inline(option.text)}")
        lines.extend(f"> {line}".rstrip() for line in literal(option.feedback).splitlines())
    if q.explanation:
        lines += ["", literal(q.explanation)]
    lines.append("</quiz>")
    return "\n".join(lines)


def quizzes_markdown(placed: list[PlacedQuestion]) -> str:
    return "\n\n".join(quiz_markdown(p) for p in placed)


def first_answer_html(words: Catalogue | None = None) -> str:
    """Before a module's first question: the rule of its knowledge check, in plain words."""
    rule = (words or catalogue())("page.first-answer")
    return f'<p class="tip-first-answer"><strong>{html.escape(rule)}</strong></p>'


def attempt_html(module_id: str) -> str:
    """After a module's questions: where docs/assets/js/attempts.js shows the attempt's result,
    what to read again, and «Ta kunnskapssjekken på nytt» (empty without JavaScript)."""
    return (
        f'<div class="tip-attempt" data-tip-module="{html.escape(module_id)}" '
        'aria-live="polite"></div>'
    )


def reflections_html(page: Page, words: Catalogue | None = None) -> str:
    """The reflection checklist: a checkbox and an optional private note per prompt. Each item
    carries the storage key its tick and note are kept under (docs/assets/js/reflections.js)."""
    t = words or catalogue()
    note = html.escape(t("page.reflection-note"))
    items = []
    for r in page.reflections:
        rid = f"refl-{r.id}"
        prompt = html.escape(r.text)
        key = html.escape(page.reflection_key(r))
        items.append(
            f'<li class="tip-reflection" data-tip-key="{key}">'
            f'<div class="tip-reflection__prompt"><input type="checkbox" id="{rid}" class="tip-reflection__check">'
            f'<label for="{rid}" id="{rid}-label">{prompt}</label></div>'
            f'<div class="tip-reflection__note"><label for="{rid}-note">{note}</label>'
            f'<textarea id="{rid}-note" rows="2" aria-describedby="{rid}-label"></textarea></div></li>'
        )
    return (
        '<div class="tip-reflections">\n'
        f"<p>{html.escape(t('page.reflections-intro'))}</p>\n"
        f'<ul class="tip-reflection-list">{"".join(items)}</ul>\n'
        '<p class="tip-reflections__status" role="status"></p>\n'
        '<button type="button" class="md-button tip-reflections__clear">'
        f"{html.escape(t('page.reflections-clear'))}</button>\n"
        "</div>"
    )


def module_intro_markdown(page: Page, words: Catalogue | None = None) -> str:
    """The box under a module's title: time, target group and learning goals from front matter."""
    t = words or catalogue()
    meta = page.meta
    if not page.goals:
        return ""
    facts = []
    minutes = meta.get("minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        facts.append(t("page.module-time", minutes=minutes))
    audience = meta.get("audience")
    if isinstance(audience, str):
        facts.append(t("page.module-for", audience=literal(audience)))
    lines = [
        '<div class="tip-module-intro" markdown>',
        "",
        " · ".join(facts),
        "",
        t("page.module-goals"),
        "",
    ]
    lines += [f"- {literal(goal.text)}" for goal in page.goals]
    lines += ["", "</div>"]
    return "\n".join(lines)


# ---------------------------------------------------------------- the front page


@dataclass(frozen=True)
class ModuleLink:
    """A module as the front page lists it: its place in the reading order and its front matter."""

    number: int
    id: str
    title: str
    description: str
    minutes: int | None
    href: str  # from the page the list stands on


def module_links(modules: list[Page], href: Callable[[Page], str]) -> list[ModuleLink]:
    """modules: the module pages in reading order; href(page): its address from the list's page."""
    return [
        ModuleLink(
            n,
            page.module_id or page.key,
            page.text("title") or page.key,
            page.text("description"),
            page.minutes,
            href(page),
        )
        for n, page in enumerate(modules, 1)
    ]


def module_cards_html(modules: list[ModuleLink], words: Catalogue | None = None) -> str:
    """The modules as a numbered list of links with time and description: Material's grid cards.

    Without JavaScript this is the whole list, and it claims no status; docs/assets/js/home.js
    adds each module's status, progress and deadline to the card that carries its id."""
    t = words or catalogue()
    items = []
    for m in modules:
        meta = (
            f'<p class="tip-module-card__meta">{t("page.card-minutes", minutes=m.minutes)}</p>'
            if m.minutes
            else ""
        )
        description = (
            f'<p class="tip-module-card__description">{html.escape(m.description)}</p>'
            if m.description
            else ""
        )
        items.append(
            f'<li class="card tip-module-card" data-tip-module="{html.escape(m.id)}">'
            f'<h3 class="tip-module-card__title"><a class="tip-module-card__link" href="{html.escape(m.href)}">'
            f'<span class="tip-module-card__number">{m.number}.</span> {html.escape(m.title)}</a></h3>'
            f"{meta}{description}</li>"
        )
    return f'<ol class="grid cards tip-modules" id="tip-modules">{"".join(items)}</ol>'


def continue_html(first: ModuleLink | None, words: Catalogue | None = None) -> str:
    """The front page's button into the course: «Start kurset» at the first module.

    docs/assets/js/home.js turns it into «Fortsett der du slapp» once the learner has begun."""
    if first is None:
        return ""
    t = words or catalogue()
    where = (
        t(
            "page.continue-where-minutes",
            number=first.number,
            title=first.title,
            minutes=first.minutes,
        )
        if first.minutes
        else t("page.continue-where", number=first.number, title=first.title)
    )
    start = html.escape(t("page.continue-start"))
    return (
        '<p class="tip-continue" id="tip-continue">'
        f'<a class="md-button md-button--primary tip-continue__link" href="{html.escape(first.href)}"'
        f' aria-describedby="tip-continue-where">{start}</a> '
        f'<span class="tip-continue__where" id="tip-continue-where">{html.escape(where)}</span></p>'
    )
