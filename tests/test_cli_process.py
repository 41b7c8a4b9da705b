"""The command line as a shell runs it: its version, and a reader that goes away early."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata

import regulamin
from regulamin.cli import PIPE_CLOSED


def _regulamin(*args: str) -> list[str]:
    return [sys.executable, "-m", "regulamin", *args]


def test_version_names_the_installed_release() -> None:
    done = subprocess.run(_regulamin("--version"), capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"regulamin {metadata.version('regulamin')}"
    assert metadata.version("regulamin") == regulamin.__version__


def test_a_reader_closing_the_pipe_ends_it_without_a_traceback() -> None:
    # `regulamin rules | head -1`, made certain: the reading end is closed before the command
    # writes anything, so its first write meets a closed pipe; it must stop quietly, with the
    # shell's SIGPIPE code (128 + 13), and no traceback
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            _regulamin("rules"), stdout=write_end, stderr=subprocess.PIPE, check=False, timeout=60
        )
    finally:
        os.close(write_end)
    errors = done.stderr.decode()
    assert "Traceback" not in errors and "BrokenPipeError" not in errors
    assert done.returncode == PIPE_CLOSED == 141
