# Tillit i praksis: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MKDOCS := $(PY) -m mkdocs
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test clean report seedcheck

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

## serve: build the course and serve it at http://127.0.0.1:8000 (rebuilds on save)
serve: $(VENV)/.installed
	$(MKDOCS) serve --dev-addr 127.0.0.1:8000

## build: write the site to site/
build: $(VENV)/.installed
	$(MKDOCS) build --strict --site-dir site

## check: validate every quiz bank and page without building, and print every problem
check: $(VENV)/.installed
	$(PY) hooks/check.py

## test: the whole suite, browser tests included
test: $(VENV)/.installed node_modules/.installed
	$(PY) -m pytest

clean:
	rm -rf site .pytest_cache

## report: words, reading time, LIX, questions, reflections and unknown words per module
report: $(VENV)/.installed
	$(PY) hooks/report.py

## seedcheck: no run of 8 words copied from the source texts (needs ../shared/, not shipped)
seedcheck:
	@if [ -f ../shared/tools/seedcopy.py ]; then python3 ../shared/tools/seedcopy.py docs quizzes README.md CONTRIBUTING.md; \
	else echo "../shared/tools/seedcopy.py is not here: nothing to compare with"; fi
