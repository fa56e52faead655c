"""The course's MkDocs plugin (`plugins: - tip` in mkdocs.yml; plugin.py says what it does)."""
