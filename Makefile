# Two commands on a fresh machine with only Python and make:
#   make run    start the app on the bundled data/allies.db
#   make test   run the whole test suite (headless)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test db bench screenshot screens guide-images translations bundle bundle-check install-desktop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ally-explorer --db data/allies.db

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

db: $(STAMP)
	$(BIN)/python -m ally_explorer.db.build

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/ally-explorer --screenshot docs/screenshot.png --country PRK

# The window, presenting, the map and a form at 1024x768 .. 2560x1440@2x, into build/screens/.
screens: $(STAMP)
	$(BIN)/python tools/screens.py

# The User Guide's pictures (docs/guide-*.png), made by the app itself with a throw-away user folder.
guide-images: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_guide_images.py docs

# The interface's strings into translations/*.ts (pyside6-lupdate), compiled into the package's .qm files.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# A one-folder standalone program in build/bundle/ally-explorer (PyInstaller; see packaging/).
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller packaging/ally-explorer.spec --noconfirm --distpath build/bundle --workpath build/pyinstaller

bundle-check:
	$(PYTHON) packaging/check_bundle.py

# The launcher, icons and AppStream data in your desktop's menus (~/.local/share).
install-desktop: $(STAMP)
	$(BIN)/ally-explorer install-desktop

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
