"""Model -> Markdown for mkdocs-quiz, and the small HTML pieces the course adds."""
from __future__ import annotations

import html
import re
from typing import Callable

from .loader import marker_lines
from .model import Page, PlacedQuestion

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
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if not m.group(1)[0].isdigit() else m.group(1)[:-1] + "\\.", literal(" ".join(text.split())))


def quiz_markdown(placed: PlacedQuestion) -> str:
    """One question as an mkdocs-quiz block."""
    q = placed.question
    lines = ["<quiz>", literal(q.text)]
    for option in q.options:
        lines.append(f"- [{'x' if option.correct else ' '}] {literal_inline(option.text)}")
        lines.extend(f"> {line}".rstrip() for line in literal(option.feedback).splitlines())
    if q.explanation:
        lines += ["", literal(q.explanation)]
    lines.append("</quiz>")
    return "\n".join(lines)


def quizzes_markdown(placed: list[PlacedQuestion]) -> str:
    return "\n\n".join(quiz_markdown(p) for p in placed)


_QUIZ_START = re.compile(r'<div class="quiz"[^>]*\bid="quiz-(\d+)"')


def stable_quiz_html(page_html: str, placed: list[PlacedQuestion]) -> tuple[str, int]:
    """Give each mkdocs-quiz block the ids of its bank question instead of its position.

    mkdocs-quiz saves an answer under the block's id (`quiz-N`, N = position on the page) and
    the chosen inputs' values (the option's index). After this, it saves them under the
    question's bank, id and fingerprint and under each option's text key, so a reordered bank
    restores every answer on the same question and option, and an edited question starts anew.
    Returns the new HTML and the number of quiz blocks found.
    """
    starts = list(_QUIZ_START.finditer(page_html))
    if len(starts) != len(placed):
        return page_html, len(starts)
    out = [page_html[: starts[0].start()] if starts else page_html]
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(page_html)
        out.append(_hide_from_search(_rename_block(page_html[start.start() : end], start.group(1), placed[i])))
    return "".join(out), len(starts)


_DIV = re.compile(r"<(/?)div\b")


def _hide_from_search(block: str) -> str:
    """Wrap the quiz at the start of block in an element the search index skips, so that
    searching the site does not reveal the right answers or their feedback.

    Material's search parser matches excluded elements by tag name, and the quiz nests <div>,
    <form> and <section>: the wrapper has a tag of its own. Bank text cannot contain tags (the
    validator refuses HTML and the renderer escapes '<'), so counting <div> tags finds the end.
    """
    depth = 0
    for tag in _DIV.finditer(block):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = block.index(">", tag.end()) + 1
            return f"<tip-quiz data-search-exclude>{block[:end]}</tip-quiz>{block[end:]}"
    return block


_ANSWER_INPUT = re.compile(r'(<input type="(?:radio|checkbox)" name="answer" value=")(\d+)(" id=")quiz-(\d+)-(\d+)"')
_QUIZ_REFERENCE = re.compile(r'(for|id|aria-labelledby)="quiz-(\d+)(-\d+|-question)?"')


def _rename_block(block: str, number: str, placed: PlacedQuestion) -> str:
    dom = placed.dom_id
    keys = [o.key for o in placed.question.options]

    def answer(m: re.Match[str]) -> str:
        return f"{m.group(1)}{keys[int(m.group(2))]}{m.group(3)}{dom}-{m.group(5)}\"" if m.group(4) == number else m.group(0)

    def reference(m: re.Match[str]) -> str:
        return f'{m.group(1)}="{dom}{m.group(3) or ""}"' if m.group(2) == number else m.group(0)

    block = _QUIZ_REFERENCE.sub(reference, _ANSWER_INPUT.sub(answer, block))
    return block.replace(f'href="#quiz-{number}"', f'href="#{dom}"', 1)


def reflections_html(page_key: str, page: Page) -> str:
    """The reflection checklist: a checkbox and an optional private note per prompt."""
    items = []
    for r in page.reflections:
        rid = f"refl-{r.id}"
        prompt = html.escape(r.text)
        items.append(
            f'<li class="tip-reflection" data-tip-reflection="{r.id}">'
            f'<div class="tip-reflection__prompt"><input type="checkbox" id="{rid}" class="tip-reflection__check">'
            f'<label for="{rid}" id="{rid}-label">{prompt}</label></div>'
            f'<div class="tip-reflection__note"><label for="{rid}-note">Notat (valgfritt, bare for deg)</label>'
            f'<textarea id="{rid}-note" rows="2" aria-describedby="{rid}-label"></textarea></div></li>'
        )
    return (
        f'<div class="tip-reflections" data-tip-page="{html.escape(page_key)}">\n'
        '<p>Kryss av når du har tenkt gjennom et spørsmål, og skriv gjerne et notat. '
        'Kryssene og notatene lagres bare i nettleseren din.</p>\n'
        f'<ul class="tip-reflection-list">{"".join(items)}</ul>\n'
        '<p class="tip-reflections__status" role="status"></p>\n'
        '<button type="button" class="md-button tip-reflections__clear">Tøm refleksjonene på denne siden</button>\n'
        "</div>"
    )


def module_intro_markdown(meta: dict[str, object]) -> str:
    """The box under a module's title: time, target group and learning goals from front matter."""
    goals = meta.get("goals")
    if not isinstance(goals, list) or not goals:
        return ""
    facts = []
    if isinstance(meta.get("minutes"), int):
        facts.append(f"**Tid:** omtrent {meta['minutes']} minutter")
    if isinstance(meta.get("audience"), str):
        facts.append(f"**For:** {literal(str(meta['audience']))}")
    lines = ['<div class="tip-module-intro" markdown>', "", " · ".join(facts), "", "**Etter denne modulen kan du**", ""]
    lines += [f"- {literal(str(goal))}" for goal in goals]
    lines += ["", "</div>"]
    return "\n".join(lines)


def replace_markers(markdown: str, quiz: Callable[[int], str] | None = None, reflections: str = "") -> str:
    """The page's Markdown with the n-th quiz marker replaced by quiz(n) and the reflections
    marker by `reflections` (appended at the end when the page has no marker). Markers with
    no replacement given stay as they are."""
    lines = markdown.splitlines()
    count = 0
    placed_reflections = False
    for number, line, found in marker_lines(markdown):
        if found is None or line.strip() != found.group(0):
            continue
        if found.group(1) == "quiz":
            if quiz is not None:
                lines[number - 1] = quiz(count)
            count += 1
        elif reflections:
            lines[number - 1] = reflections
            placed_reflections = True
    if reflections and not placed_reflections:
        lines += ["", reflections]
    return "\n".join(lines) + "\n"
