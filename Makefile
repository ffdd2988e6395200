# The README's two commands: `make run` and `make test`. Each sets itself up from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test bench chaos lint format clean

# Each stamp is rebuilt when its requirements file changes, so a pull never leaves a stale venv.
$(VENV)/.runtime: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.txt
	touch $@

## run: web app on http://127.0.0.1:5000 plus the scheduler, texts printed here (Ctrl-C stops both)
run: $(VENV)/.runtime
	$(FLASK) init-db
	$(FLASK) demo > /dev/null
	@echo "Sign in at http://127.0.0.1:5000/login with one of the accounts above. Ctrl-C stops."
	SMS_BACKEND=console $(BIN)/honcho start -f Procfile.dev

## test: the whole suite; SQLite always, PostgreSQL too when TEST_DATABASE_URL is set.
## TEST_WORKERS pytest-xdist workers (auto: one per CPU; 0 runs in this one process); each test file
## runs whole on one worker, so a file's module fixtures are built once.
TEST_WORKERS ?= auto
test: $(VENV)/.dev
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

## bench: benchmarks; the last line printed is one JSON summary
bench: $(VENV)/.dev
	$(BIN)/python -m benchmarks

## chaos: lost replies with 1,000 webhooks, then 10,000 sends under SIGKILLs and a PostgreSQL crash (about 15 min)
chaos: $(VENV)/.dev
	LOST_REPLIES=1000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/integration/test_lost_replies.py
	$(BIN)/python -m scripts.chaos

## lint: ruff, then pip-audit over the pinned requirements (says loudly when it cannot reach its data)
lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python scripts/check_vulnerabilities.py

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
