# Tillit i praksis: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MKDOCS := $(PY) -m mkdocs
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test clean

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
