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

STEMMING = "assets/js/search-stemming.js"
LUNR_NO = "assets/javascripts/lunr/min/lunr.no.min.js"

# template -> [(Material's text, ours)], each text found exactly once in the template
REWRITES: dict[str, list[tuple[str, str]]] = {
    # The search dialog has no accessible name (axe: aria-dialog-name).
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        )
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
}


class RewritingLoader(BaseLoader):
    """The theme's template loader, with REWRITES applied to the templates they name."""

    def __init__(self, loader: BaseLoader, rewrites: dict[str, list[tuple[str, str]]]) -> None:
        self.loader = loader
        self.rewrites = rewrites

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.loader.get_source(environment, template)
        for old, new in self.rewrites.get(template, []):
            if source.count(old) != 1:
                raise PluginError(
                    f"hooks/theme.py: Material's {template} no longer holds the line this course changes "
                    f"({old[:60]}...): see what Material changed, and update REWRITES"
                )
            source = source.replace(old, new)
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if env.loader is None:
        raise PluginError("hooks/theme.py: the theme has no template loader")
    env.loader = RewritingLoader(env.loader, REWRITES)
    for template in REWRITES:
        try:
            env.loader.get_source(env, template)  # fail now, not halfway through the pages
        except TemplateNotFound as error:
            raise PluginError(
                f"hooks/theme.py: Material has no template {template} any more; update REWRITES"
            ) from error
    return env


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Material's lunr.no.min.js with the course's stemming script after it; the stemming script
    is not published on its own."""
    stemming = files.get_file_from_path(STEMMING)
    lunr_no = files.get_file_from_path(LUNR_NO)
    if stemming is None or lunr_no is None:
        raise PluginError(
            f"hooks/theme.py: docs/{STEMMING} or Material's {LUNR_NO} is missing; is search.lang 'no'?"
        )
    files.remove(stemming)
    files.remove(lunr_no)
    files.append(
        File.generated(
            config, LUNR_NO, content=lunr_no.content_string + "\n" + stemming.content_string
        )
    )
    return files
