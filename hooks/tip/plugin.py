"""The course's MkDocs plugin: it reads and checks the course once per build, and makes the pages
from it. Its state is one Build (build.py) on the plugin, made anew for every build; each event
below only hands the work to the module that does it, in the order it is listed.

    on_config       mkdocs-quiz's version and settings (quizzes.py)
    on_pre_build    both editions read and checked; the preview's warnings; git's dates;
                    offline.js on every page when the edition reads offline (offline.py)
    on_files        the source edition's assets in a translation, mkdocs-quiz's CSS and JS as
                    files, Material's Norwegian search with our stemming (theme.py), and our
                    files under hashed names (assets.py)
    on_nav          the reading order, Repetisjon's questions (repetition.py), course.json
    on_env          Material's templates, fixed (theme.py); tip_asset, tip_text,
                    tip_quiz_styles and tip_page_assets for overrides/main.html
    on_page_*       the page steps, in pages.py's lists
    on_post_page    the link to the page's twin in the other edition (editions.py)
    on_post_build   Repetisjon's question files, no 404 page in a translation, the preview's
                    banner; last, the offline worker over every file written (offline.py)

Registered under the name `tip` (pyproject.toml, entry point `mkdocs.plugins`); listed after
mkdocs_quiz in mkdocs.yml, so that at equal priority it runs after it.
"""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from course import editions
from course.dates import last_changed
from course.manifest import course_json
from course.mkdocsquiz import QuizAsset

from . import assets, offline, pages, preview, quizzes, repetition, theme
from .build import Build
from .config import TipConfig
from .editions import drop_translation_404, with_twin


class TipPlugin(mkdocs.plugins.BasePlugin[TipConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self._build: Build | None = None
        self._quiz: tuple[list[QuizAsset], bool] = ([], False)

    @property
    def build(self) -> Build:
        if self._build is None:
            raise PluginError("the tip plugin's build is not ready (on_pre_build has not run)")
        return self._build

    def on_config(self, config: MkDocsConfig) -> None:
        self._quiz = quizzes.quiz_settings(config)

    def on_pre_build(self, config: MkDocsConfig) -> None:
        course, problems = quizzes.checked_course(config)
        quiz_assets, progress_boxes = self._quiz
        self._build = Build(
            course,
            problems,
            quiz_assets,
            progress_boxes,
            last_changed(Path(config.docs_dir)),
            preview.collect_warnings(),
            offline.switched_on(course, config),
        )

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        build = self.build
        if build.course.edition is not editions.SOURCE:  # first: the steps after it see them
            root = Path(config.config_file_path).parent
            assets.add_source_assets(files, config, str(editions.SOURCE.docs_dir(root)))
        for asset in build.quiz_assets:
            files.append(File.generated(config, asset.served.path, content=asset.served.content))
        theme.stemmed_search(files, config)
        build.asset_names = assets.hash_assets(files, config, build.course.edition)
        return files

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        build = self.build
        build.reading_order = [page.file.src_uri for page in nav.pages]
        build.practice = repetition.practice(build.course, build.reading_order, files)

        def url_of(src: str) -> str | None:
            file = files.get_file_from_path(src)
            return file.url if file else None

        manifest = course_json(build.course, config.site_name, build.reading_order, url_of)
        files.append(File.generated(config, "course.json", content=manifest))
        return nav

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        build = self.build
        theme.rewrite_templates(env, build.course.words)
        env.globals["tip_asset"] = build.asset
        env.globals["tip_quiz_styles"] = [
            a.served.path for a in build.quiz_assets if a.served.is_style
        ]
        env.globals["tip_page_assets"] = lambda page: build.page_assets.get(page.file.src_uri, [])
        return env

    def _page(self, page: Page, files: Files) -> pages.PageBuild:
        build = self.build
        return pages.PageBuild(build, page, build.course.pages[page.file.src_uri], files)

    @mkdocs.plugins.event_priority(50)  # before mkdocs-quiz turns <quiz> blocks into HTML
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        p = self._page(page, files)
        held_back = p.source.src in self.build.course.held_back
        return pages.run(pages.HELD_BACK if held_back else pages.MARKDOWN, p, markdown)

    @mkdocs.plugins.event_priority(10)  # before mkdocs-quiz writes the quiz HTML
    def _before_quiz_html(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        return pages.run(pages.BEFORE_QUIZ_HTML, self._page(page, files), html)

    @mkdocs.plugins.event_priority(-50)  # after mkdocs-quiz has written the quiz HTML
    def _after_quiz_html(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        return pages.run(pages.AFTER_QUIZ_HTML, self._page(page, files), html)

    on_page_content = mkdocs.plugins.CombinedEvent(_before_quiz_html, _after_quiz_html)

    @mkdocs.plugins.event_priority(-90)  # after every plugin that changes the page's HTML
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return with_twin(output, page, self.build.course)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        build = self.build
        repetition.write(build, config.site_dir)
        drop_translation_404(build.course, config.site_dir)
        preview.add_banners(build, config.site_dir)  # it reads the pages written
        offline.write(build, config)  # last: over every file written, banners included
