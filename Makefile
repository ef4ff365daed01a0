# Every target sets the machine up first with .ci/setup, the one definition of what pppmodeler
# needs (Debian packages from .ci/apt-packages.txt, then pip install -e '.[test]'); CI's
# .ci/run uses the same script. It is fast when everything is already installed.
PYTHON ?= python3
export PYTHON
VERSION = $(shell $(PYTHON) -c 'import pppmodeler; print(pppmodeler.__version__)')

.PHONY: setup run test bench frozen

setup:
	bash .ci/setup

run: setup
	$(PYTHON) -m pppmodeler

test: setup
	$(PYTHON) -m pytest -q

bench: setup
	$(PYTHON) benchmarks/benchmark.py

# One-folder PyInstaller build in dist/pppmodeler-<version>/, then the frozen program's
# self-test, offscreen: it opens the main window, checks the metric cards of the default
# sample against the engine, exports its Excel report and reads it back (exit 1 says what
# failed).
FROZEN = dist/pppmodeler-$(VERSION)/pppmodeler
frozen:
	@test -f pppmodeler/cli/main.py || { echo "make frozen: pppmodeler/cli/main.py, the" \
	  "entry point, does not exist yet: nothing to freeze" >&2; exit 1; }
	EXTRAS=test,freeze bash .ci/setup
	$(PYTHON) -m PyInstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen $(FROZEN) --help >/dev/null
	QT_QPA_PLATFORM=offscreen $(FROZEN) --version | grep -qF '$(VERSION)'
	QT_QPA_PLATFORM=offscreen $(FROZEN) --selftest
	@echo "frozen: $(FROZEN) passed its self-test"
