# handoutkit: `make` sets everything up on first run, then builds every output.
# Make decides what is stale: one pattern rule per output kind.

HANDOUTS_DIR ?= handouts
BUILD_DIR ?= build
PYTHON ?= python3
VENV := .venv
HK := $(VENV)/bin/python -m handoutkit
DIRS := --handouts-dir $(HANDOUTS_DIR) --build-dir $(BUILD_DIR)

# Debian packages the build and the tests need (WeasyPrint's Pango and HarfBuzz subsetter,
# the espeak-ng voice, pdftoppm and mp3val for the tests).
DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 espeak-ng poppler-utils mp3val
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

SOURCES := $(wildcard $(HANDOUTS_DIR)/*.md)
NAMES := $(notdir $(SOURCES:.md=))
PDFS := $(NAMES:%=$(BUILD_DIR)/pdf/%.pdf)
CHECKED := $(NAMES:%=$(BUILD_DIR)/.checked/%.ok)
SETTINGS := $(wildcard $(HANDOUTS_DIR)/clinic.yaml $(HANDOUTS_DIR)/pronunciations.yaml)
CORE := $(wildcard handoutkit/*.py) handoutkit/writers/__init__.py
PDF_DEPS := $(CORE) handoutkit/writers/pdf.py $(wildcard templates/pdf/* templates/_partials/*)
INSTALLED := $(VENV)/.installed

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.SUFFIXES:
.SECONDARY:
MAKEFLAGS += --keep-going --no-builtin-rules
.PHONY: all pdf check test clean help setup debs

all: pdf ## set up on first run, then build every output

pdf: $(PDFS) ## build the large-print PDF leaflets

check: $(INSTALLED) ## check every handout: errors, warnings, reading grade
	@$(HK) check $(DIRS)

test: $(INSTALLED) ## run the whole test suite
	$(VENV)/bin/ruff check handoutkit tests
	$(VENV)/bin/python -m pytest -q

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
