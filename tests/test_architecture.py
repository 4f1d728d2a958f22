"""The layers of style.md 1.1, enforced by import-linter: the core imports no web or store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")

    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_every_core_module_is_under_the_purity_contract():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (pure,) = [
        c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == "the core is pure"
    ]
    package = ROOT / "drafting"
    core = {
        f"drafting.{p.relative_to(package).parts[0].removesuffix('.py')}"
        for p in package.glob("*")
        if (p.suffix == ".py" or p.is_dir())
        and p.name not in ("__init__.py", "__main__.py", "web", "store", "__pycache__")
    }

    assert core <= set(pure["source_modules"])


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def test_ruff_finds_nothing():
    result = subprocess.run(
        [_tool("ruff"), "check", "drafting", "tests", "app.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout


def test_mypy_strict_on_the_core():
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False)

    assert result.returncode == 0, result.stdout
