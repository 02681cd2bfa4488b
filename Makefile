# Steunwijzer. `make help` lists the targets. Every target is idempotent.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]" \
	  > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

node_modules/.installed: package.json package-lock.json
	@npm ci --silent --no-audit --no-fund
	@touch $@

static_build/.built: node_modules/.installed Makefile
	@mkdir -p static_build/vendor/utrecht static_build/vendor/leaflet/images
	@cp node_modules/@utrecht/component-library-css/dist/index.css static_build/vendor/utrecht/component-library.css
	@cp node_modules/@utrecht/design-tokens/dist/theme.css static_build/vendor/utrecht/design-tokens.css
	@cp node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/leaflet.js \
	  node_modules/leaflet/dist/leaflet.js.map static_build/vendor/leaflet/
	@cp node_modules/leaflet/dist/images/*.png static_build/vendor/leaflet/images/
	@touch $@

install: $(BIN)/.installed static_build/.built ## Install Python and front-end dependencies
	@:

run: install ## Migrate, load the demo content, print an admin login and serve on 127.0.0.1:$(PORT)
	@$(MANAGE) migrate --no-input -v 0
	@$(MANAGE) load_demo --if-empty
	@$(MANAGE) ensure_admin
	@echo "Steunwijzer: http://127.0.0.1:$(PORT)/  (second demo site: http://sudwest-fryslan.localhost:$(PORT)/)"
	@$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install ## Run the whole suite (SQLite; again on a throwaway PostgreSQL when Debian's is installed)
	@$(BIN)/ruff check --quiet .
	@$(BIN)/ruff format --check --quiet .
	@$(MANAGE) makemigrations --check --dry-run -v 0 --settings=steunwijzer.settings.test
	@$(BIN)/pytest -q -n auto
	@if command -v pg_virtualenv >/dev/null 2>&1; then \
	  echo "== again on PostgreSQL (throwaway cluster) =="; \
	  scripts/with-throwaway-postgres $(BIN)/pytest -q -n auto -m "not browser"; \
	else echo "pg_virtualenv not found: skipped the PostgreSQL run (apt-get install postgresql)"; fi

bench: install static_build/.built ## Measure the site under gunicorn with wrk (apt-get install wrk); see bench/README.md
	@$(BIN)/python bench/run.py $(BENCH_ARGS)

soak: install static_build/.built ## Ten-minute load and soak run on 127.0.0.1 (SOAK_RATE requests/s, default 40)
	@$(BIN)/python bench/soak.py --rate $(or $(SOAK_RATE),40) --minutes 10

lint: install ## Check and format the Python code with ruff
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

messages: install ## Update and compile the English translations (project-wide, then per app)
	@$(MANAGE) makemessages -l en --no-obsolete --ignore=.venv --ignore=node_modules \
	  --ignore=tests --ignore=bench --ignore=directory --ignore=selftest
	@cd directory && $(CURDIR)/$(BIN)/python $(CURDIR)/manage.py makemessages -l en \
	  --no-obsolete --ignore=wegwijzer --ignore=hsds
	@for app in directory/wegwijzer directory/hsds selftest; do \
	  (cd $$app && $(CURDIR)/$(BIN)/python $(CURDIR)/manage.py makemessages -l en --no-obsolete); \
	done
	@$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

lock: ## Re-resolve constraints.txt after changing pyproject.toml
	@rm -rf /tmp/steunwijzer-lock && $(PYTHON) -m venv /tmp/steunwijzer-lock
	@/tmp/steunwijzer-lock/bin/pip install --quiet -e ".[dev]"
	@/tmp/steunwijzer-lock/bin/pip freeze --exclude-editable | grep -v '^-e ' > constraints.txt
	@echo "constraints.txt updated"

clean: ## Remove the virtualenv, node_modules and built files (keeps the database)
	rm -rf $(VENV) node_modules static_build staticfiles

.PHONY: help install run test bench soak lint messages lock clean
