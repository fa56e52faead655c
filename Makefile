# Tillit i praksis: the two commands a newcomer needs are `make serve` and `make test`.
# `make help` lists every target. Each target sets up what it needs (the virtualenv in .venv/,
# and node_modules/ for the browser tests) the first time.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MKDOCS := $(PY) -m mkdocs
COURSE := $(PY) -m course
export NO_MKDOCS_2_WARNING := 1
# Debian keeps nginx in /usr/sbin, which a user's PATH may lack.
export PATH := $(PATH):/usr/sbin:/sbin

.PHONY: help serve build translated check test test-quick system system-quick report seedcheck scorm cmi5 export bench dist audit screenshots clean

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

PORT ?= 8000

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	@echo "[1/3] Lager Python-miljøet i $(VENV)/ (bare første gang)"
	@$(PYTHON) -m venv $(VENV)
	@echo "[2/3] Installerer MkDocs, Material, mkdocs-quiz og testverktøyene (omtrent et halvt minutt)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@echo "[3/3] Installerer kursets egen pakke (hooks/course)"
	@$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@# The project folder on the virtualenv's path, so that the tests and the scripts in bench/,
	@# audit/ and screenshots/ import deploy/ (nginx, the CSP) and tests/support/ (Chromium).
	@$(PY) -c 'import pathlib, sys, sysconfig; pathlib.Path(sysconfig.get_path("purelib"), "tillit-i-praksis-root.pth").write_text(sys.argv[1] + "\n")' "$(CURDIR)"
	@touch $@

# ralph, the learning record store (LRS) the cmi5 tests report to, in a virtualenv of its own.
RALPH_VENV ?= .venv-ralph
$(RALPH_VENV)/.installed: requirements-ralph.txt
	@echo "Installerer ralph, en læringspost (LRS) for testene av cmi5, i $(RALPH_VENV)/ (bare første gang)"
	@$(PYTHON) -m venv $(RALPH_VENV)
	@$(RALPH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-ralph.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	@echo "Installerer workbox-build (kurset uten nett) og verktøyene for testene og ESLint (node_modules/, bare første gang)"
	@npm ci --no-audit --no-fund --silent
	@touch $@

## serve: build the course and serve it at http://127.0.0.1:8000 (rebuilds on save; problems show
##        on the page). Another port: make serve PORT=8001. The Nynorsk edition: make serve EDITION=nn
EDITION ?= nb
serve: $(VENV)/.installed
	@$(COURSE) preview --port $(PORT) --edition $(EDITION)

## translated: record that Nynorsk files now translate their Bokmål source: make translated FILE=nn/docs/x.md
translated: $(VENV)/.installed
	$(COURSE) translated $(FILE)

## build: write the site to site/, the Nynorsk edition to site/nn/ (strict: every warning stops it)
build: $(VENV)/.installed node_modules/.installed
	$(MKDOCS) build --strict --site-dir site
	$(MKDOCS) build --strict --site-dir site/nn -f mkdocs.nn.yml

## check: check every quiz bank and page without building and print every problem; lint the code
##        (ruff and mypy for the Python, ESLint for the JavaScript)
check: $(VENV)/.installed node_modules/.installed
	$(COURSE) check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	node_modules/.bin/eslint .

## test: the whole suite, browser tests included; installs the system packages it needs first
test: system $(VENV)/.installed node_modules/.installed $(RALPH_VENV)/.installed
	RALPH=$(RALPH_VENV)/bin/ralph $(PY) -m pytest -n 2

## test-quick: the tests without a browser and without nginx (pages, banks, builds; about a minute)
test-quick: system-quick $(VENV)/.installed node_modules/.installed
	$(PY) -m pytest tests/unit tests/site

system:
	@bash .ci/system-packages

system-quick:
	@bash .ci/system-packages --quick

## report: words, reading time, LIX, questions, reflections and unknown words per module
report: $(VENV)/.installed
	$(COURSE) report

## seedcheck: no run of 8 words copied from the source texts (needs ../shared/, not shipped)
seedcheck:
	@if [ -f ../shared/tools/seedcopy.py ]; then python3 ../shared/tools/seedcopy.py docs quizzes nn/docs nn/quizzes README.md CONTRIBUTING.md; \
	else echo "../shared/tools/seedcopy.py is not here: nothing to compare with"; fi

## scorm: the course as a SCORM 1.2 package for a learning platform (LMS): dist/tillit-i-praksis-scorm12.zip, and dist/tillit-i-praksis-nn-scorm12.zip in Nynorsk
scorm: $(VENV)/.installed node_modules/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	SITE_URL= $(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	$(COURSE) scorm "$$tmp/site" --out dist/tillit-i-praksis-scorm12.zip && \
	SITE_URL= $(MKDOCS) build --strict --quiet --site-dir "$$tmp/nn" -f mkdocs.nn.yml && \
	$(COURSE) scorm "$$tmp/nn" --out dist/tillit-i-praksis-nn-scorm12.zip

## cmi5: the course as a cmi5 package for a learning platform with xAPI (cmi5.xml, one AU per module):
##       dist/tillit-i-praksis-cmi5.zip, and dist/tillit-i-praksis-nn-cmi5.zip in Nynorsk
cmi5: $(VENV)/.installed node_modules/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	SITE_URL= $(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	$(COURSE) cmi5 "$$tmp/site" --out dist/tillit-i-praksis-cmi5.zip && \
	SITE_URL= $(MKDOCS) build --strict --quiet --site-dir "$$tmp/nn" -f mkdocs.nn.yml && \
	$(COURSE) cmi5 "$$tmp/nn" --out dist/tillit-i-praksis-nn-cmi5.zip

## export: every quiz bank for an LMS, as Moodle XML (dist/moodle/) and GIFT (dist/gift/); Nynorsk in dist/nn/
export: $(VENV)/.installed
	$(COURSE) export --out dist
	$(COURSE) export --out dist/nn --edition nn

## bench: build time and page weight, each the median of 5 runs; writes bench/results.json (a few minutes)
bench: $(VENV)/.installed node_modules/.installed
	$(PY) bench/bench.py

DIST_ZIP ?= dist/tillit-i-praksis.zip
DIST_NGINX = $(DIST_ZIP:.zip=-nginx.conf)

## dist: the course as a zip for an intranet web server, with the nginx settings (CSP included) of
##       this very build beside it. Set SITE_URL to the course's address: SITE_URL=https://... make dist
dist: $(VENV)/.installed node_modules/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	$(MKDOCS) build --strict --quiet --site-dir "$$tmp/site/nn" -f mkdocs.nn.yml && \
	mkdir -p "$$(dirname "$(DIST_ZIP)")" && rm -f "$(DIST_ZIP)" && \
	$(PY) -m zipfile -c "$(DIST_ZIP)" "$$tmp"/site/* && \
	cp deploy/nginx.conf "$(DIST_NGINX)" && $(PY) deploy/csp.py "$$tmp/site" --write "$(DIST_NGINX)" >/dev/null && \
	echo "$(DIST_ZIP) ($$(du -h "$(DIST_ZIP)" | cut -f1)) and $(DIST_NGINX)" && \
	echo "Kurset må ligge på en nettserver: åpnet rett fra en mappe virker ikke lenkene, søket og framdriften (se docs/om/drift.md)."

## audit: Lighthouse (mobile) on the front page and a module; prints the scores against the targets
audit: $(VENV)/.installed node_modules/.installed
	$(PY) audit/lighthouse.py

## screenshots: pictures of the front page (wide screen and phone; new, and partly through; both editions) in screenshots/
screenshots: $(VENV)/.installed node_modules/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MKDOCS) build --strict --quiet --site-dir "$$tmp/site" && \
	$(MKDOCS) build --strict --quiet --site-dir "$$tmp/site/nn" -f mkdocs.nn.yml && \
	$(PY) screenshots/take.py "$$tmp/site" screenshots

## clean: remove the built site and test caches
clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
