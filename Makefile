# The two commands of the README: `make run` (demo portal on SQLite) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST ?= 127.0.0.1:8000

.PHONY: install run test lint messages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	LOG_FORMAT=$${LOG_FORMAT:-text} $(BIN)/python manage.py runserver $(HOST)

test: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Refresh the catalogues after changing strings; the compiled .mo files are committed because
# Django cannot even start without a Kirundi catalogue.
messages: install
	LANGUAGE_CODE=fr $(BIN)/python manage.py makemessages -l rn -l fr -l en --no-obsolete \
		--ignore=.venv --ignore=staticfiles \
		--ignore="demo/procedures_*.py" --ignore=demo/reference.py --ignore=demo/search_terms.py
	LANGUAGE_CODE=fr $(BIN)/python manage.py compilemessages --ignore=.venv
