# handoutkit: `make` sets everything up on first run, then builds every output.
# Make decides what is stale: one pattern rule per output kind.

HANDOUTS_DIR ?= handouts
BUILD_DIR ?= build
PYTHON ?= python3
VENV := .venv
HK := $(VENV)/bin/python -m handoutkit
DIRS := --handouts-dir $(HANDOUTS_DIR) --build-dir $(BUILD_DIR)

# Debian packages the build and the tests need (WeasyPrint's Pango and HarfBuzz subsetter,
# the espeak-ng voice; pdftoppm, mp3val and zbarimg for the tests).
DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 espeak-ng poppler-utils mp3val \
        zbar-tools
# Headless Chromium and its WebDriver for the web page tests (tests/test_browser.py).
DEBS += chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# SHARD=K/N, or a batch system's task index (see README), builds one part of the library;
# the split runs on the system Python so it works before .venv exists.
ifeq ($(strip $(SHARD)$(JOB_COMPLETION_INDEX)$(SLURM_ARRAY_TASK_ID)$(CI_NODE_INDEX)),)
SOURCES := $(wildcard $(HANDOUTS_DIR)/*.md)
else
SOURCES := $(shell PYTHONPATH=$(CURDIR) $(PYTHON) -m handoutkit.shard $(HANDOUTS_DIR) \
                   $(if $(SHARD),--shard $(SHARD)))
ifneq ($(.SHELLSTATUS),0)
$(error the shard setting is not valid)
endif
endif
NAMES := $(notdir $(SOURCES:.md=))
PDFS := $(NAMES:%=$(BUILD_DIR)/pdf/%.pdf)
MP3S := $(NAMES:%=$(BUILD_DIR)/audio/%.mp3)
HTMLS := $(NAMES:%=$(BUILD_DIR)/html/%.html)
CHECKED := $(NAMES:%=$(BUILD_DIR)/.checked/%.ok)
SETTINGS := $(wildcard $(HANDOUTS_DIR)/clinic.yaml $(HANDOUTS_DIR)/pronunciations.yaml)
CORE := $(wildcard handoutkit/*.py) handoutkit/writers/__init__.py
PDF_DEPS := $(CORE) handoutkit/writers/pdf.py $(wildcard templates/pdf/* templates/_partials/*)
AUDIO_DEPS := $(CORE) handoutkit/writers/audio.py $(wildcard handoutkit/speech/*.py handoutkit/speech/data/*)
HTML_DEPS := $(CORE) handoutkit/writers/html.py $(wildcard handoutkit/web/*.py) \
             handoutkit/speech/tags.py handoutkit/speech/vtt.py \
             $(wildcard templates/html/* templates/_partials/*)
INSTALLED := $(VENV)/.installed
NODE_MODULES := tests/browser/node_modules/.package-lock.json

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.SUFFIXES:
.SECONDARY:
MAKEFLAGS += --keep-going --no-builtin-rules
.PHONY: all pdf audio html check test fuzz bench merge clean help setup debs

all: pdf audio html ## set up on first run, then build every output

pdf: $(PDFS) ## build the large-print PDF leaflets

audio: $(MP3S) ## build the MP3 readings and their .vtt transcripts

html: $(HTMLS) $(BUILD_DIR)/index.html ## build the web pages and the catalogue (index.html)

check: $(INSTALLED) ## check every handout: errors, warnings, reading grade
	@$(HK) check $(DIRS)

test: $(INSTALLED) $(NODE_MODULES) ## run the whole test suite
	$(VENV)/bin/ruff check handoutkit tests
	$(VENV)/bin/python -m pytest -q

fuzz: $(INSTALLED) ## fuzz the loader and the outputs far longer than `make test` does
	HYPOTHESIS_PROFILE=fuzz $(VENV)/bin/python -m pytest -q tests/test_fuzz.py

# Both benchmarks run even if the first misses a target; BENCH_ARGS=--quick tries 10 handouts.
bench: $(INSTALLED) ## measure the build against the raw engines (writes bench/BENCHMARKS.md)
	@status=0; $(VENV)/bin/python bench/bench_audio.py || status=1; \
	$(VENV)/bin/python bench/bench_build.py $(BENCH_ARGS) || status=1; exit $$status

merge: $(INSTALLED) ## put shard builds together: make merge SHARDS="build-1 build-2 …"
	@$(HK) merge --quiet $(DIRS) --from $(SHARDS)

clean: ## remove every built output
	rm -rf $(BUILD_DIR)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 10
	@echo "Variables: HANDOUTS_DIR=$(HANDOUTS_DIR) BUILD_DIR=$(BUILD_DIR)"

setup: $(INSTALLED) ## create .venv and install everything (done by `make` on first run)

# A handout is checked once per change: errors stop its outputs, warnings print once.
$(BUILD_DIR)/.checked/%.ok: $(HANDOUTS_DIR)/%.md $(SETTINGS) $(CORE) | $(INSTALLED)
	@$(HK) check --quiet $(DIRS) $<
	@mkdir -p $(@D) && touch $@

$(BUILD_DIR)/pdf/%.pdf: $(BUILD_DIR)/.checked/%.ok $(PDF_DEPS) | $(INSTALLED)
	@$(HK) pdf $(DIRS) $(HANDOUTS_DIR)/$*.md

# One run writes both the MP3 and its transcript (a grouped pattern rule).
$(BUILD_DIR)/audio/%.mp3 $(BUILD_DIR)/audio/%.vtt: $(BUILD_DIR)/.checked/%.ok $(AUDIO_DEPS) | $(INSTALLED)
	@$(HK) audio $(DIRS) $(HANDOUTS_DIR)/$*.md

# The page plays the MP3 and links the PDF, so it is built after them and again when they
# change; shared files (page.css, readalong.js, fonts) are written atomically by each run.
$(BUILD_DIR)/html/%.html: $(BUILD_DIR)/.checked/%.ok $(BUILD_DIR)/pdf/%.pdf \
                          $(BUILD_DIR)/audio/%.mp3 $(BUILD_DIR)/audio/%.vtt $(HTML_DEPS) | $(INSTALLED)
	@$(HK) html $(DIRS) $(HANDOUTS_DIR)/$*.md

# The catalogue reads every PDF and MP3 back; the folder itself is a prerequisite so that
# adding or removing a handout rewrites it.
$(BUILD_DIR)/index.html: $(PDFS) $(MP3S) $(HTMLS) $(HTML_DEPS) $(HANDOUTS_DIR) | $(INSTALLED)
	@$(HK) index --quiet $(DIRS) $(SOURCES)

# axe-core for the browser tests, pinned by tests/browser/package-lock.json.
$(NODE_MODULES): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 with npm" >&2; exit 1; }
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(INSTALLED): pyproject.toml
	@$(MAKE) --no-print-directory debs
	@echo "Setting up $(VENV) (first run only; takes a few minutes)"
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

debs:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
