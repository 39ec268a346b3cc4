"""The realistic bench's latencies by fetch (stop 54): where a p99 comes from — the call's open, which waits for the
engine's first reading of a card, or the refreshes, which wait only for the CPU the others hold."""
from __future__ import annotations

import time

from benchmarks.bench_proxy_realistic import Tally


def test_a_card_request_counts_in_its_fetchs_percentiles_and_in_the_whole():
    tally = Tally()
    began = time.perf_counter()
    for nth in (0, 1, 2, 0):
        tally.latency(nth, began)
    assert tally.requests == 4
    assert [len(latencies) for latencies in tally.latencies_by_fetch] == [2, 1, 1]
    assert sorted(tally.latencies_ms) == sorted(sum(tally.latencies_by_fetch, []))


def test_each_fetchs_percentile_reads_that_fetch_alone():
    tally = Tally(latencies_ms=[1.0, 2.0, 500.0], latencies_by_fetch=[[500.0], [1.0], [2.0]])
    assert tally.pct_by_fetch(0.99) == [500.0, 1.0, 2.0]
    assert tally.pct(0.99) == 500.0


def test_a_fetch_with_no_latency_reads_as_not_a_number():
    p50 = Tally().pct_by_fetch(0.5)
    assert len(p50) == 3 and all(value != value for value in p50)
