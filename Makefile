# Vägvisare: the two commands of the README are `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: chat test check lint types catalogs clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## The bot in this terminal, on the embedded SQLite default (no Telegram, no token).
chat: $(STAMP)
	@$(PY) -m bot chat

## Install what the tests need and run them.
test: $(STAMP)
	$(PY) -m pytest

## Lint, import contracts, types and tests: run before every commit.
check: lint types test

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

types: $(STAMP)
	$(VENV)/bin/mypy bot handlers storage

## Babel workflow: extract msgids into locales/messages.pot, update every catalogue, compile.
catalogs: $(STAMP)
	$(VENV)/bin/pybabel extract -F babel.cfg -k _ -k __ --no-wrap --sort-by-file \
		--project=Vagvisare --copyright-holder="Vägvisare contributors" -o locales/messages.pot .
	$(VENV)/bin/pybabel update -i locales/messages.pot -d locales -D messages --no-wrap --ignore-obsolete
	$(VENV)/bin/pybabel compile -d locales -D messages --statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
