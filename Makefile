# The two commands of the README are `make run` and `make test`; `make help` lists the rest.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST  ?= 127.0.0.1
PORT  ?= 5000

.PHONY: help run test quick lint fmt type data check db-upgrade db-revision codes translations messages bench e2e

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

TRANSLATIONS := drafting/web/translations
MO_FILES := $(patsubst %.po,%.mo,$(wildcard $(TRANSLATIONS)/*/LC_MESSAGES/messages.po))

$(TRANSLATIONS)/%/LC_MESSAGES/messages.mo: $(TRANSLATIONS)/%/LC_MESSAGES/messages.po $(STAMP)
	$(VENV)/bin/pybabel compile --use-fuzzy -d $(TRANSLATIONS) -l $* -D messages

translations: $(MO_FILES) ## compile the UI's message catalogues (en, es, fr)

messages: $(STAMP) ## extract the UI's messages and update the es and fr catalogues
	$(VENV)/bin/pybabel extract -F babel.cfg -o $(TRANSLATIONS)/messages.pot --no-location --omit-header --sort-output .
	$(VENV)/bin/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) --width 100 --ignore-obsolete

run: $(STAMP) translations ## create .venv, install, migrate SQLite under instance/, first admin, serve
	$(VENV)/bin/flask --app app db upgrade
	@echo ""
	@echo "  E-waste regulation drafting assistant"
	@$(VENV)/bin/flask --app app users ensure-admin --url http://$(HOST):$(PORT)/
	@echo "  Status: http://$(HOST):$(PORT)/health   Command line: $(PY) -m drafting --help"
	@echo ""
	$(VENV)/bin/flask --app app run --host $(HOST) --port $(PORT)

test: $(STAMP) translations ## the whole test suite, browser and PostgreSQL included (CI calls this)
	$(PY) -m pytest -q

quick: $(STAMP) translations ## the suite without browser and slow tests
	$(PY) -m pytest -q -m "not e2e and not slow"

e2e: $(STAMP) translations ## the browser journeys only (Debian's Chromium)
	$(PY) -m pytest -q -m e2e

bench: $(STAMP) ## render times against bare python-docx, measured in the same run
	$(PY) -m bench

lint: $(STAMP) ## ruff and the import contracts
	$(VENV)/bin/ruff check drafting tests app.py bench
	$(VENV)/bin/ruff format --check drafting tests app.py bench
	$(VENV)/bin/lint-imports

fmt: $(STAMP) ## format and fix
	$(VENV)/bin/ruff format drafting tests app.py
	$(VENV)/bin/ruff check --fix drafting tests app.py

type: $(STAMP) ## mypy (strict on the core)
	$(VENV)/bin/mypy

data: $(STAMP) ## validate the clause library
	$(PY) -m drafting validate

check: lint type test data ## everything, before a push

db-upgrade: $(STAMP) ## apply the migrations
	$(VENV)/bin/flask --app app db upgrade

db-revision: $(STAMP) ## new migration: make db-revision m="what it does"
	$(VENV)/bin/flask --app app db revision --autogenerate -m "$(m)"

codes: $(STAMP) ## write docs/errors.md
	$(PY) -m drafting codes > docs/errors.md
