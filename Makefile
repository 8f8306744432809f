# One entry point. Every target does its own set-up first (idempotent):
#   make            set up, print the claim checks, render every briefing (zh + en, HTML + PDF) into build/
#   make test       set up, run the whole test suite
#   make checks     set up, print the claim checks for all cities
#   make lab        set up, open JupyterLab on the paired notebooks
#   make bench      set up, run benchmarks/checks.py and benchmarks/render.py (fail under the floors)
#   make clean      remove build/ (keeps the virtual environment)
#   make notebooks  (part of the set-up) notebooks/*.ipynb from their tracked jupytext .py

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.DEFAULT_GOAL := briefings
.PHONY: setup system python notebooks briefings checks test lab bench clean

setup: system python notebooks

system:
	@bash scripts/setup-system.sh

python: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
	  { echo "error: Python >= 3.10 is needed ($(PYTHON) is older); on Debian: apt-get install python3"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
	  { echo "error: cannot create a virtual environment; on Debian: apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab,dask]'
	@rm -f $(VENV)/.installed-*
	@touch $@

# The jupytext .py of each notebook is its tracked source (jupytext.toml); the .ipynb is made
# from it, git-ignored, and keeps its outputs (--update) until the .py changes (docs/setup.md).
NOTEBOOKS := $(patsubst %.py,%.ipynb,$(wildcard notebooks/*.py))

notebooks: $(NOTEBOOKS)

notebooks/%.ipynb: notebooks/%.py | python
	@$(BIN)/jupytext --quiet --update --to ipynb $<

# Validation checks every excerpt against its source document; in a clone without
# them (no ../shared/seeds, no ANALYSIS_SEEDS_DIR) it says so and checks the rest.
VALIDATE = if $(BIN)/python -c 'import sys; from analysis.paths import seeds_dir; sys.exit(not seeds_dir().is_dir())'; \
	  then $(BIN)/analysis validate; \
	  else echo "note: the source documents are not here (../shared/seeds); excerpts are not checked against them"; \
	       $(BIN)/analysis validate --no-documents; fi

checks: setup
	@$(VALIDATE)
	$(BIN)/analysis checks

briefings: setup
	@$(VALIDATE)
	$(BIN)/analysis checks --role claim --verdict inconsistent --verdict not_comparable --verdict within_rounding
	$(BIN)/analysis render --all --lang zh,en --format html,pdf

test: setup
	$(BIN)/python -m pytest

# JupyterLab refuses to run as root without --allow-root (containers, the quick start as root).
LAB_ROOT  := $(if $(filter 0,$(shell id -u)),--allow-root)
LAB_FLAGS ?=

lab: setup
	$(BIN)/jupyter lab notebooks/ $(LAB_ROOT) $(LAB_FLAGS)

bench: setup
	$(BIN)/python benchmarks/checks.py --enforce
	$(BIN)/python benchmarks/render.py --enforce

clean:
	rm -rf build/
