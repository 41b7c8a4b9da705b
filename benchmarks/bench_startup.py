"""What starting costs: ``import regulamin`` and the first decision. Run on demand:

    .venv/bin/python benchmarks/bench_startup.py [--runs 9]

Each measure is taken in fresh interpreters (``python -c ...``), never in this process, and
the median of the runs is reported: the import alone (target 150 ms), the bare interpreter
for comparison, and in a process that has just imported regulamin, the first decision
(status + withdrawal; it loads the holiday tables and builds the fact models' validators),
the second one, and the first ``explain`` (it loads babel's Polish locale).

Python compiles a module's source on every start unless it can keep the bytecode; an
installed package has it, while a work tree under ``PYTHONDONTWRITEBYTECODE=1`` (as in some
containers and CI) has none. The interpreters here keep their bytecode under a cache prefix
in the temporary directory (``PYTHONPYCACHEPREFIX``, never in the work tree), warmed by one
run first; the import is also timed once more as the calling environment would do it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from timing import heading, line

TARGET_SECONDS = 0.150

_IMPORT = """
import time
started = time.perf_counter()
import regulamin
print(time.perf_counter() - started)
"""

_FIRST_CALL = """
import json, time
from datetime import date
import regulamin as rg

def decide():
    buyer = rg.Customer.consumer()
    order = rg.Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
    rg.customer_status(buyer, order.concluded_on)
    return rg.withdrawal(buyer, order, deliveries=[rg.Delivery(received_on=date(2026, 12, 10))])

times = []
for _ in range(2):
    started = time.perf_counter()
    decision = decide()
    times.append(time.perf_counter() - started)
started = time.perf_counter()
decision.explain("pl")
times.append(time.perf_counter() - started)
print(json.dumps(times))
"""


def _with_bytecode() -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "regulamin-pycache")
    return environment


def _fresh(code: str, environment: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=_with_bytecode() if environment is None else environment,
    )
    return done.stdout.strip()


def _median_wall(arguments: list[str], runs: int) -> float:
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(arguments, check=True, capture_output=True, env=_with_bytecode())
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def main(runs: int = 9) -> None:
    heading(f"Starting: medians of {runs} fresh interpreters")
    _fresh(_FIRST_CALL)  # compiles every module the measures load, into the cache prefix
    imports = [float(_fresh(_IMPORT)) for _ in range(runs)]
    imported = statistics.median(imports)
    as_called = statistics.median(float(_fresh(_IMPORT, dict(os.environ))) for _ in range(runs))
    bare = _median_wall([sys.executable, "-c", "pass"], runs)
    whole = _median_wall([sys.executable, "-c", "import regulamin"], runs)
    print(line("import regulamin (inside the process)", imported, "ms"))
    print(f"  {'':<44}(fastest {min(imports) * 1e3:.1f} ms, slowest {max(imports) * 1e3:.1f} ms)")
    verdict = "within" if imported <= TARGET_SECONDS else "ABOVE"
    print(f"  target 150 ms: {verdict} ({imported / TARGET_SECONDS:.2f} of the target)")
    how = "no bytecode kept" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "as called"
    print(line(f"import regulamin ({how})", as_called, "ms"))
    print(line("python -c pass (the interpreter alone)", bare, "ms"))
    print(line("python -c 'import regulamin' (whole process)", whole, "ms"))
    firsts = [json.loads(_fresh(_FIRST_CALL)) for _ in range(runs)]
    first, second, explain = (statistics.median(t[i] for t in firsts) for i in range(3))
    print(line("first decision after import", first, "ms"))
    print(line("second decision", second, "µs"))
    print(line("first explain('pl') (loads babel's locale)", explain, "ms"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    main(parser.parse_args().runs)
