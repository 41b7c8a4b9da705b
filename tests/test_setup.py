"""The README's two set-up commands are exactly what CI runs, so they cannot rot unseen."""

import re
from pathlib import Path

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
