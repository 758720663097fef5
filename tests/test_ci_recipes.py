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
