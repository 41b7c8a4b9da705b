"""The wheel a shop installs: built from this tree, installed into a bare virtual environment
with nothing but its own dependencies, it holds the compiled catalogs and no tests or seed
shops, and every module either imports or, where it needs an extra, says which one."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
import regulamin
failed = []
for module in pkgutil.walk_packages(regulamin.__path__, "regulamin."):
    # the command line itself is run, not imported; the pytest plugin is loaded by pytest
    if module.name in ("regulamin.__main__", "regulamin.scenarios.plugin"):
        continue
    try:
        importlib.import_module(module.name)
    except ImportError as error:
        # a module behind an extra must name it (pip install 'regulamin[engine]'), or the
        # Python it needs (the engine's durable-rules does not run on 3.13)
        if "regulamin[" not in str(error) and "not available on Python" not in str(error):
            failed.append(f"{module.name}: {error}")
from datetime import date
order = regulamin.Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
decision = regulamin.withdrawal(regulamin.Customer.consumer(), order)
print(decision.explain("uk").splitlines()[0])
print("\\n".join(failed) if failed else "every module imports")
sys.exit(1 if failed else 0)
"""


def test_the_wheel_installs_into_a_bare_venv_and_every_module_imports(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("regulamin-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for lang in ("pl", "en", "uk"):
        assert f"regulamin/messages/locale/{lang}/LC_MESSAGES/regulamin.mo" in names
    assert not [n for n in names if n.startswith(("tests/", "examples/", "docs/", "scripts/"))]
    assert not [n for n in names if "woohoo" in n.lower() or "codetwo" in n.lower()]

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    done = subprocess.run(
        [str(python), "-c", _IMPORT_EVERY_MODULE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # the decision reads in Ukrainian from the compiled catalog (no .po parsed at run time)
    assert done.stdout.splitlines()[0].startswith("Право на відмову від договору")
