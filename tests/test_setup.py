"""The README's two set-up commands are exactly what CI runs, so they cannot rot unseen."""

import re
from datetime import date
from pathlib import Path

import pytest
from mypy import api as mypy_api

import regulamin as rg

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_the_readme_gives_two_setup_commands_and_ci_runs_both_verbatim() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    install, tests = commands
    assert "pip install" in install and "examples/" in install
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci
    assert tests in ci


def test_the_example_named_in_the_readme_exists() -> None:
    install = _readme_commands()[0]
    example = re.search(r"(examples/\S+\.py)", install)
    assert example is not None and (ROOT / example.group(1)).is_file()


def _readme_python() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return "\n".join(re.findall(r"```python\n(.*?)```", readme, flags=re.S))


def test_the_readme_examples_run_and_say_what_their_comments_say(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)  # the examples load examples/woohoo_cloud/terms.yaml
    namespace: dict[str, object] = {}
    exec(compile(_readme_python(), "README.md", "exec"), namespace)
    # the values the README's comments promise
    withdrawal, reply = namespace["d"], namespace["reply"]
    assert isinstance(withdrawal, rg.WithdrawalDecision) and isinstance(reply, rg.ComplaintDecision)
    assert withdrawal.deadline == date(2026, 12, 28)
    assert reply.deadline == date(2027, 1, 4)
    printed = capsys.readouterr().out
    assert "Prawo odstąpienia od umowy przysługuje do 28 grudnia 2026 r." in printed
    assert "Право на відмову від договору діє до 28 грудня 2026 р." in printed


def test_the_readme_examples_pass_mypy_strict_as_printed(tmp_path: Path) -> None:
    # with the project's mypy settings (strict, and the pydantic plugin)
    example = tmp_path / "readme_example.py"
    example.write_text(_readme_python(), encoding="utf-8")
    out, err, status = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(example)]
    )
    assert status == 0, out + err
