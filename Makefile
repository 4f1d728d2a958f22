# The two commands of the README are `make run` and `make test`; `make help` lists the rest.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST  ?= 127.0.0.1
PORT  ?= 5000

.PHONY: help run test quick lint fmt type data check db-upgrade db-revision codes

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) ## create .venv, install, migrate the SQLite database, serve on 127.0.0.1:5000
	$(VENV)/bin/flask --app app db upgrade
	@echo ""
	@echo "  E-waste regulation drafting assistant: http://$(HOST):$(PORT)/"
	@echo "  No login is needed yet: accounts and roles come with the web wizard."
	@echo "  Status: http://$(HOST):$(PORT)/health   Command line: $(PY) -m drafting --help"
	@echo ""
	$(VENV)/bin/flask --app app run --host $(HOST) --port $(PORT)

test: $(STAMP) ## the whole test suite (CI calls this)
	$(PY) -m pytest -q

quick: $(STAMP) ## the suite without browser and slow tests
	$(PY) -m pytest -q -m "not e2e and not slow"

lint: $(STAMP) ## ruff and the import contracts
	$(VENV)/bin/ruff check drafting tests app.py
	$(VENV)/bin/ruff format --check drafting tests app.py
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
