# Two entry points: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := eventwire-data/eventwire.sqlite

.PHONY: demo test venv clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire ingest examples/ --db $(DEMO_DB)
	$(BIN)/eventwire events --db $(DEMO_DB)
	@echo
	@echo "Open the dashboard:  $(BIN)/eventwire serve --db $(DEMO_DB)   then browse http://localhost:8000/"
	@echo "  (Russia-China over time: http://localhost:8000/dyad/RUS/CHN; the API is described at /docs)"

test: $(STAMP)
	@bash scripts/ensure-chromium.sh || echo "warning: no chromium; the browser tests will fail" >&2
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) eventwire-data
