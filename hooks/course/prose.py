"""The readable text of pages (their Markdown and front matter) and banks, for the spelling check and the readability report."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .model import Bank

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)
_FENCED = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.S | re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*\w+(?:\s+"([^"]*)")?\s*$', re.M)
_URL = re.compile(r"https?://\S+")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$", re.M)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$|[»”\")])")


def markdown_text(markdown: str) -> str:
    """Prose of a Markdown page: no front matter, code, comments, link targets or markup."""
    text = _FRONT_MATTER.sub("", markdown)
    text = _FENCED.sub("", text)
    text = _COMMENT.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _LINK_TARGET.sub("]", text)
    text = _INLINE_CODE.sub("", text)
    text = _URL.sub("", text)
    text = _ADMONITION.sub(lambda m: m.group(1) or "", text)
    text = _TABLE_RULE.sub("", text)
    return re.sub(r"[#*_>|\[\]]", " ", text)


def bank_text(bank: Bank) -> str:
    """Every text of a bank a learner reads, one paragraph each."""
    parts = [bank.title]
    for q in bank.questions:
        parts += [q.text, q.explanation]
        for o in q.options:
            parts += [o.text, o.feedback]
    return "\n\n".join(markdown_text(p) for p in parts if p)


# Front-matter keys whose values name things: a reader never sees them.
IDS = ("id", "read", "source")


def meta_texts(value: object) -> list[str]:
    """Every text in a front-matter value, except ids and anchors: what a reader sees."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for item in value for t in meta_texts(item)]
    if isinstance(value, dict):
        return [t for key, item in value.items() if key not in IDS for t in meta_texts(item)]
    return []


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        """LIX: words per sentence + percentage of words longer than six letters."""
        if not self.words:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words


def readability(text: str) -> Readability:
    """Sentences end at . ! ? or :, or at the end of a heading, list item or table cell line."""
    words = sentences = long_words = 0
    for block in re.split(r"\n", text):
        line_words = WORD.findall(block)
        if not line_words:
            continue
        words += len(line_words)
        long_words += sum(1 for w in line_words if len(w) > 6)
        closed = block.rstrip(' \t»”")').endswith((".", "!", "?", ":"))
        sentences += len(_SENTENCE_END.findall(block)) + (0 if closed else 1)
    return Readability(words, sentences, long_words)


def body_of_module(markdown: str) -> str:
    """A module's body text: everything before the knowledge check and the sources."""
    text = markdown_text(markdown)
    return re.split(r"^\s*(?:Kunnskapssjekk|Kilder|Kjelder)\s*$", text, maxsplit=1, flags=re.M)[0]


def unknown_words(text: str, word_list: Path, dictionary: str = "nb_NO") -> list[str]:
    """Words Debian's hunspell (nb_NO, or an edition's: nn_NO) does not know, less the
    project's reviewed word list for that dictionary."""
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        raise RuntimeError("hunspell is missing: apt-get install hunspell hunspell-no")
    result = subprocess.run(
        [hunspell, "-d", dictionary, "-p", str(word_list), "-i", "utf-8", "-l"],
        input="\n".join(WORD.findall(text)),
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(set(result.stdout.split()))
