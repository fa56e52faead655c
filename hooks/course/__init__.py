"""The course's own logic: quiz banks, pages, reflections. Never imports mkdocs."""
