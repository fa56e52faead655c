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

.PHONY: scorm export

## scorm: the course as a SCORM 1.2 package for a learning platform (LMS): dist/tillit-i-praksis-scorm12.zip
scorm: $(VENV)/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	SITE_URL= $(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	$(PY) hooks/scorm.py "$$tmp/site" --out dist/tillit-i-praksis-scorm12.zip

## export: every quiz bank for an LMS, as Moodle XML (dist/moodle/) and GIFT (dist/gift/)
export: $(VENV)/.installed
	$(PY) hooks/export.py --out dist

.PHONY: bench

## bench: build time and page weight, each time the median of 5 runs; writes bench/results.json (a few minutes)
bench: $(VENV)/.installed
	$(PY) bench/bench.py

.PHONY: dist audit

DIST_ZIP ?= dist/tillit-i-praksis.zip
DIST_NGINX = $(DIST_ZIP:.zip=-nginx.conf)

## dist: the course as a zip for an intranet web server (files at its root), and deploy/nginx.conf
## with the Content-Security-Policy of this very build beside it: dist/tillit-i-praksis.zip and
## dist/tillit-i-praksis-nginx.conf. Set SITE_URL to the course's address: SITE_URL=https://... make dist
dist: $(VENV)/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	mkdir -p "$$(dirname "$(DIST_ZIP)")" && rm -f "$(DIST_ZIP)" && \
	$(PY) -m zipfile -c "$(DIST_ZIP)" "$$tmp"/site/* && \
	cp deploy/nginx.conf "$(DIST_NGINX)" && $(PY) deploy/csp.py "$$tmp/site" --write "$(DIST_NGINX)" >/dev/null && \
	echo "$(DIST_ZIP) ($$(du -h "$(DIST_ZIP)" | cut -f1)) and $(DIST_NGINX)"

## audit: Lighthouse (mobile) on the front page and a module; prints the scores against the targets
audit: $(VENV)/.installed node_modules/.installed
	$(PY) audit/lighthouse.py
