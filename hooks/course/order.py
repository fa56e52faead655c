"""The order a learner sees a question's options in: fixed, derived from the ids, and balanced.

An editor tends to write the right answer in the same place. The file's order is therefore not
the order shown. Each bank's questions are taken in an order given by a hash of the bank and
question ids (not by the file), and each single-choice question's right option goes where it
keeps the guessing strategies "always the first, second, third or last option" as even as
possible in the bank so far. The other options, and all options of a multiple-choice question,
follow a hash of their text.

The order is the same for every learner and everywhere: on the page, in print, in the SCORM
package and in the exports. Saved answers follow the option's text (Option.key), never its place,
so a new order never moves an answer to another option.

The dependency goes one way: the model (Bank.display_orders) builds on this module, which asks no
more of a question than an id and options, and of an option than its key and whether it is right.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

STRATEGIES = ("first", "second", "third", "last")


class OptionLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def correct(self) -> bool: ...


Opt = TypeVar("Opt", bound=OptionLike)
Opt_co = TypeVar("Opt_co", bound=OptionLike, covariant=True)


class QuestionLike(Protocol[Opt_co]):
    @property
    def id(self) -> str: ...
    @property
    def options(self) -> tuple[Opt_co, ...]: ...


def _rank(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def picks(position: int, count: int) -> set[str]:
    """The guessing strategies that pick the option at this position (0-based) of count options."""
    found = {STRATEGIES[position]} if position < 3 else set()
    if position == count - 1:
        found.add("last")
    return found


def _key_position(chosen: dict[str, int], count: int, bank_id: str, question_id: str) -> int:
    """Where the right option goes: the place that keeps the most-rewarded guessing strategy
    lowest, then all of them lowest; a hash of the ids decides between equal places."""

    def cost(position: int) -> tuple[int, int, str]:
        after = {s: n + (s in picks(position, count)) for s, n in chosen.items()}
        return max(after.values()), sum(after.values()), _rank(bank_id, question_id, str(position))

    return min(range(count), key=cost)


def display_orders(
    bank_id: str, questions: Iterable[QuestionLike[Opt]]
) -> Mapping[str, tuple[Opt, ...]]:
    """Each question's options (by question id) in the order a learner sees them."""
    chosen: dict[str, int] = dict.fromkeys(STRATEGIES, 0)
    orders: dict[str, tuple[Opt, ...]] = {}
    for q in sorted(questions, key=lambda q: _rank(bank_id, q.id)):
        shuffled = sorted(q.options, key=lambda o: _rank(bank_id, q.id, o.key))
        keys = [o for o in shuffled if o.correct]
        if len(keys) != 1:
            orders[q.id] = tuple(shuffled)
            continue
        others = [o for o in shuffled if not o.correct]
        position = _key_position(chosen, len(q.options), bank_id, q.id)
        for strategy in picks(position, len(q.options)):
            chosen[strategy] += 1
        orders[q.id] = tuple(others[:position] + keys + others[position:])
    return orders
