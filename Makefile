# Two commands for a newcomer: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck imports pytest bench setup system-deps lock clean

setup: $(STAMP)

system-deps:
	@./scripts/install-system-deps.sh

$(STAMP): pyproject.toml requirements.lock | system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

## Start the kiosk on the demo plant, in a window.
run: $(STAMP)
	$(BIN)/harmony-kiosk demo --windowed

## Everything CI checks: lint, format, types, import contracts, the test suite.
test: $(STAMP) lint typecheck imports pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest

## Speed and memory figures, as ratios against baselines measured in the same run.
bench: $(STAMP)
	$(BIN)/python -m bench

## Re-pin every Python dependency after changing pyproject.toml.
lock: system-deps
	rm -rf build/lockenv && $(PYTHON) -m venv build/lockenv
	build/lockenv/bin/pip install --quiet ".[dev]"
	build/lockenv/bin/pip freeze --exclude-editable | grep -v '^harmony-kiosk' > requirements.lock
	rm -rf build/lockenv

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
