"""A conversation guide's meeting plan as the page shows it and prints it: the ground rules, then
the agenda, phase by phase, in place of the page's `<!-- samtale -->` marker.

The meeting view ("Start samtalen", docs/assets/js/samtale.js) reads this same HTML and nothing
else on the page: the guide, its printout and the meeting view always show the same phases, and
the leader's own preparation («Før møtet») never reaches the shared screen.
"""

from __future__ import annotations

from .model import Guide, Phase
from .render import literal
from .text import Catalogue, catalogue

# The same ground rules on every guide, written once (in the catalogue, page.ground-rules):
# the rule, and what it means in the room.
GROUND_RULES = ("pass", "room", "private")


def ground_rules(words: Catalogue | None = None) -> list[tuple[str, str]]:
    t = words or catalogue()
    return [(t(f"page.ground-rules.{r}"), t(f"page.ground-rules.{r}-means")) for r in GROUND_RULES]


def time_range(start: int, minutes: int) -> str:
    """The minutes of the meeting a phase takes: "5–15 min"."""
    return f"{start}–{start + minutes} min"


def ground_rules_markdown(words: Catalogue | None = None) -> str:
    t = words or catalogue()
    rules = "\n".join(f"- **{rule}** {meaning}" for rule, meaning in ground_rules(t))
    return (
        f"## {t('page.ground-rules-title')} {{#spilleregler}}\n\n"
        f'<div class="tip-ground-rules" markdown>\n\n{rules}\n\n</div>'
    )


def phase_markdown(number: int, start: int, phase: Phase) -> str:
    """One phase: its time range and title as a heading, its task, its questions."""
    minutes = phase.minutes or 0
    title = literal(" ".join(phase.title.split()))
    parts = [
        f'<section class="tip-phase" data-tip-minutes="{minutes}" data-tip-start="{start}" markdown>',
        f'### <span class="tip-phase__time">{time_range(start, minutes)}</span> '
        f'<span class="tip-phase__title">{title}</span> {{#fase-{number}}}',
    ]
    if phase.task:
        parts.append(f'<div class="tip-phase__task" markdown>\n\n{phase.task}\n\n</div>')
    if phase.questions:
        questions = "\n".join(f"- {literal(q)}" for q in phase.questions)
        parts.append(f'<div class="tip-phase__questions" markdown>\n\n{questions}\n\n</div>')
    parts.append("</section>")
    return "\n\n".join(parts)


def guide_markdown(guide: Guide, words: Catalogue | None = None) -> str:
    """What replaces the marker: the ground rules and «Agenda (N minutter)» with every phase."""
    t = words or catalogue()
    total = guide.minutes or sum(p.minutes or 0 for p in guide.phases)
    phases = "\n\n".join(
        phase_markdown(number, start, phase)
        for number, (start, phase) in enumerate(zip(guide.starts(), guide.phases), 1)
    )
    return (
        f'<div class="tip-samtale" data-tip-minutes="{total}" markdown>\n\n'
        f"{ground_rules_markdown(t)}\n\n"
        f"## {t('page.agenda', minutes=total)} {{#agenda}}\n\n"
        f'<div class="tip-agenda" markdown>\n\n{phases}\n\n</div>\n\n'
        "</div>\n"
    )
