"""The course's words (course/text.py): the catalogues of both languages hold the same keys with
the same placeholders."""

from __future__ import annotations

import pytest

from course import text

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
