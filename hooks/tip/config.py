"""The plugin's settings in mkdocs.yml, typed as Material's plugins type theirs.

It has none yet: the course's own settings are in course.yml, where editors find them
(course/settings.py). A setting of the build itself goes here, with its type and default.
"""

from __future__ import annotations

from mkdocs.config import base


class TipConfig(base.Config):  # type: ignore[no-untyped-call]  # untyped in MkDocs
    pass
