# Two commands for a newcomer: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck imports pytest bench setup system-deps lock clean translations

setup: $(STAMP) translations

## The Spanish and English texts: resources/translations/*.ts compiled to the .qm the kiosk loads.
## After adding texts to ui/: `$(BIN)/python -m ui.translations update`, then translate the new ones.
translations: $(STAMP)
	$(BIN)/python -m ui.translations build

system-deps:
	@./scripts/install-system-deps.sh

$(STAMP): pyproject.toml requirements.lock | system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

## Start the kiosk on the demo plant, in a window.
run: $(STAMP) translations
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
	@# Windows-only packages never show in a Linux freeze: pinned by hand here.
	echo "tzdata==2026.6 ; sys_platform == 'win32'" >> requirements.lock
	rm -rf build/lockenv

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache

# --- Packaging (issue 6): the frozen bundle, the installers and their signatures ------------
# docs/deploying.md is the guide for IT; packaging/ holds the scripts these targets run.
PKG := build/package
PKG_STAMP := $(VENV)/.packaging-installed

.PHONY: package package-deps package-smoke package-test package-reproducible package-sign package-apt package-windows-test package-baseline

package-deps:
	@./packaging/install-build-deps.sh

$(PKG_STAMP): $(STAMP) packaging/requirements.lock
	$(BIN)/python -m pip install --quiet -c requirements.lock -r packaging/requirements.lock
	@touch $(PKG_STAMP)

## The one-folder bundle and the .deb in build/package, and their figures (sizes, cold start).
package: $(PKG_STAMP) package-deps
	./packaging/build.sh $(PKG)
	./packaging/linux/build-deb.sh $(PKG)
	$(BIN)/python packaging/figures.py $(PKG)

## Runs the built bundle, not the source: demo plant, log in, a whole job, the journal, the GUI.
package-smoke: $(PKG_STAMP)
	HARMONY_PACKAGING_TESTS=1 $(BIN)/pytest -p no:cacheprovider tests/packaging/test_bundle.py

## Every packaging test: the bundle, the .deb (installed for real when root), the signatures
## and APT repository, the Windows installer compiled and signed around a placeholder payload.
package-test: $(PKG_STAMP) package-deps
	HARMONY_PACKAGING_TESTS=1 $(BIN)/pytest -p no:cacheprovider tests/packaging

## Two clean builds in two temporary folders must give the same bytes (bundle and .deb).
package-reproducible: $(PKG_STAMP) package-deps
	WITH_DEB=1 ./packaging/check-reproducible.sh

## Signs build/package with a throw-away test key (a release sets HARMONY_GPG_KEY instead).
package-sign: package-deps
	./packaging/linux/sign.sh --test-key $(PKG)
	./packaging/linux/verify.sh $(PKG)/harmony-kiosk-signing-key.asc $(PKG)

package-apt: package-sign
	./packaging/linux/apt-repo.sh $(PKG)

package-windows-test: package-deps
	./packaging/windows/test-sign.sh

## The bundle with nothing left out (unused Qt parts, ICU's other languages, the system's own
## libraries), to measure what leaving them out saves.
package-baseline: $(PKG_STAMP)
	SPEC_ARGS=--keep-unused-qt ./packaging/build.sh build/package-keep-qt
