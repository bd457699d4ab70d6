# make html   build the example Lastenheft website into docs/_build/html
# make pdf    build the example Lastenheft as a PDF: docs/_build/latex/lastenheft.pdf
#             (LaTeX's output: docs/_build/latex/latex-build.log)
# make test   run the test suite (pass pytest arguments with ARGS="-k scene")
# make lint   ruff and mypy
#
# Each target bootstraps itself: a .venv with nox at the version pinned in constraints.txt,
# then the nox session of the same name installs everything else (see noxfile.py).

PYTHON ?= python3
VENV := .venv
NOX := $(VENV)/bin/nox

.PHONY: html pdf test lint

html: $(NOX)
	$(NOX) -s html

pdf: $(NOX)
	$(NOX) -s pdf

test: $(NOX)
	$(NOX) -s tests $(if $(ARGS),-- $(ARGS))

lint: $(NOX)
	$(NOX) -s lint

# Debian ships venv support separately (python3-venv); install it when venv fails for that.
$(NOX): constraints.txt
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV) || { \
	  rm -rf $(VENV); \
	  bash tools/install-system-packages.sh python3-venv && $(PYTHON) -m venv $(VENV); \
	}
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt nox
	@touch $(NOX)
