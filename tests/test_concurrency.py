"""Thread and process safety: the library keeps no state but its caches (the deadline cache,
the holiday tables, the message catalogs), each filled on first use with the same answer
whoever fills it. Eight threads starting from empty caches, and a pool of fresh processes,
give exactly the decisions one thread gives."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from concurrency_work import decide, orders

from regulamin import messages
from regulamin.calendars import days_off, periods


def _empty_caches() -> None:
    days_off.holidays_in.cache_clear()
    periods._deadline.cache_clear()
    messages._CATALOGS.clear()


def test_eight_threads_from_empty_caches_give_one_threads_decisions() -> None:
    cases = orders(400)
    _empty_caches()
    alone = [decide(order) for order in cases]
    _empty_caches()
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(decide, cases))
    assert together == alone


def test_a_process_pool_gives_one_processes_decisions() -> None:
    # spawned, not forked: each worker starts with nothing loaded, as a server's workers do
    cases = orders(200)
    alone = [decide(order) for order in cases]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        apart = list(pool.map(decide, cases, chunksize=25))
    assert apart == alone
