"""``_collector.paused``: the cycle collector sleeps while data is built, and what was built
goes to the oldest generation unscanned, unless the program froze objects of its own."""

from __future__ import annotations

import gc

import pytest

from tracegen._collector import paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_what_is_built_goes_to_the_oldest_generation(collector_on) -> None:
    with paused():
        assert not gc.isenabled()
        built = [[i] for i in range(5000)]
    assert gc.isenabled()
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in built)
    assert gc.get_count()[0] < 100  # nothing young left to scan on the next allocation


def test_the_programs_frozen_objects_stay_frozen(collector_on) -> None:
    kept = [[i] for i in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused():
            built = [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen  # not unfrozen by paused()
        assert built and kept
    finally:
        gc.unfreeze()


def test_a_disabled_collector_stays_disabled() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
