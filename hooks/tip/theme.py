"""Material for MkDocs, fixed where it fails the course's accessibility and robustness checks,
without copying any of its files.

- REWRITES: one line of a Material template, changed as Jinja loads it. When Material changes
  that line, the build stops and names the fix to update (tests/site/test_theme.py too).
- Norwegian search: docs/assets/js/search-stemming.js follows Material's own lunr.no.min.js
  in the built site's copy of that file, so the search finds inflected words.
"""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import BaseLoader, Environment, TemplateNotFound
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from course.text import Catalogue

STEMMING = "assets/js/search-stemming.js"
LUNR_NO = "assets/javascripts/lunr/min/lunr.no.min.js"

# template -> [(Material's text, ours)], each text found exactly once in the template
REWRITES: dict[str, list[tuple[str, str]]] = {
    "partials/search.html": [
        # The search dialog has no accessible name (axe: aria-dialog-name).
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        ),
        # The overlay behind the search, and the icon in the search field, close the search.
        (
            '<label class="md-search__overlay" for="__search"></label>',
            '<label class="md-search__overlay" for="__search"><span class="tip-visually-hidden">{{ tip_text("page.close-search") }}</span></label>',
        ),
        (
            '<label class="md-search__icon md-icon" for="__search">',
            '<label class="md-search__icon md-icon" for="__search"><span class="tip-visually-hidden">{{ tip_text("page.close-search") }}</span>',
        ),
    ],
    # __md_get reads localStorage in a default parameter, and __md_set too: where storage is
    # denied (private browsing, a locked-down intranet), every page throws. Guard both.
    "partials/javascripts/base.html": [
        (
            '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
            '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}',
            '__md_get=(e,_,t=__md_scope)=>{try{return JSON.parse((_||localStorage).getItem(t.pathname+"."+e))}catch(e){return null}},'
            '__md_set=(e,_,t,a=__md_scope)=>{try{(t||localStorage).setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}',
        )
    ],
    "base.html": [
        # The toggles behind the menu and the search: autocomplete is not an attribute a checkbox
        # may have (W3C HTML checker). They are out of sight by course.css instead of display:
        # none, so that the labels pointing at them point at something (IBM Equal Access), and out
        # of the Tab order and of what a screen reader reads: their labels are the controls.
        (
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" tabindex="-1" aria-hidden="true">',
        ),
        (
            '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">',
            '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" tabindex="-1" aria-hidden="true">',
        ),
    ],
    "partials/header.html": [
        # The menu and search buttons show only an icon: give them their names in words.
        (
            '<label class="md-header__button md-icon" for="__drawer">',
            '<label class="md-header__button md-icon" for="__drawer"><span class="tip-visually-hidden">{{ tip_text("page.menu") }}</span>',
        ),
        (
            '<label class="md-header__button md-icon" for="__search">',
            '<label class="md-header__button md-icon" for="__search"><span class="tip-visually-hidden">{{ tip_text("page.search") }}</span>',
        ),
        # Material's Norwegian names the header's navigation "Header", in English.
        (
            '<nav class="md-header__inner md-grid" aria-label="{{ lang.t(\'header\') }}">',
            '<nav class="md-header__inner md-grid" aria-label="{{ tip_text("page.header") }}">',
        ),
    ],
    "partials/footer.html": [
        # Material's Norwegian names the footer's navigation "Footer", in English.
        ("aria-label=\"{{ lang.t('footer') }}\"", 'aria-label="{{ tip_text("page.footer") }}"'),
    ],
    "partials/source-file.html": [
        # «Sist endret» stands in an <aside>, a landmark, which needs a name.
        (
            '<aside class="md-source-file">',
            '<aside class="md-source-file" aria-label="{{ tip_text("page.about-page") }}">',
        ),
    ],
    "partials/nav-item.html": [
        # The toggles of the menu's sections and of the table of contents (see base.html).
        (
            '<input class="md-nav__toggle md-toggle {{ indeterminate }}" type="checkbox" id="{{ path }}" {{ checked }}>',
            '<input class="md-nav__toggle md-toggle {{ indeterminate }}" type="checkbox" id="{{ path }}" tabindex="-1" aria-hidden="true" {{ checked }}>',
        ),
        (
            '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">',
            '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc" tabindex="-1" aria-hidden="true">',
        ),
        # tabindex="" (no section) is not a number (W3C HTML checker): leave it out instead.
        (
            '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label" tabindex="{{ tabindex }}">',
            '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label"{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>',
        ),
        (
            '<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label" tabindex="{{ tabindex }}">',
            '<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label"{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>',
        ),
    ],
}
# Material's icons are decorations beside a text or a name: hidden from assistive technology.
ICON = ("<svg ", '<svg aria-hidden="true" focusable="false" ')


class RewritingLoader(BaseLoader):
    """The theme's template loader, with REWRITES applied to the templates they name."""

    def __init__(self, loader: BaseLoader, rewrites: dict[str, list[tuple[str, str]]]) -> None:
        self.loader = loader
        self.rewrites = rewrites

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.loader.get_source(environment, template)
        if (
            template.startswith(".icons/")
            and template.endswith(".svg")
            and source.startswith(ICON[0])
        ):
            source = source.replace(*ICON, 1)
        for old, new in self.rewrites.get(template, []):
            if source.count(old) != 1:
                raise PluginError(
                    f"hooks/tip/theme.py: Material's {template} no longer holds the line this course changes "
                    f"({old[:60]}...): see what Material changed, and update REWRITES"
                )
            source = source.replace(old, new)
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


def rewrite_templates(env: Environment, words: Catalogue) -> None:
    """The theme's templates with REWRITES, and the edition's words for them (tip_text)."""
    if env.loader is None:
        raise PluginError("hooks/tip/theme.py: the theme has no template loader")
    env.loader = RewritingLoader(env.loader, REWRITES)
    env.globals["tip_text"] = lambda name: words(name)
    for template in REWRITES:
        try:
            env.loader.get_source(env, template)  # fail now, not halfway through the pages
        except TemplateNotFound as error:
            raise PluginError(
                f"hooks/tip/theme.py: Material has no template {template} any more; update REWRITES"
            ) from error


def stemmed_search(files: Files, config: MkDocsConfig) -> None:
    """Material's lunr.no.min.js with the course's stemming script after it; the stemming script
    is not published on its own."""
    stemming = files.get_file_from_path(STEMMING)
    lunr_no = files.get_file_from_path(LUNR_NO)
    if stemming is None or lunr_no is None:
        raise PluginError(
            f"hooks/tip/theme.py: docs/{STEMMING} or Material's {LUNR_NO} is missing; is search.lang 'no'?"
        )
    files.remove(stemming)
    files.remove(lunr_no)
    files.append(
        File.generated(
            config, LUNR_NO, content=lunr_no.content_string + "\n" + stemming.content_string
        )
    )
