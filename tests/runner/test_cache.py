"""The response cache: a second run hits it and answers identically; --no-cache bypasses it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from harness.runner import SqliteResponseCache, cache_key
from tests.pipelines.stub_provider import StubProvider
from tests.runner.conftest import RunFn, comparable, metric_values, report


def test_second_run_hits_cache_and_matches(run: RunFn) -> None:
    with StubProvider() as stub:
        opts = {"base_url": stub.url}
        first = run(pipeline="tests.pipelines.echo:create_http", options=opts)
        calls_after_first = sum(stub.calls.values())
        second = run(pipeline="tests.pipelines.echo:create_http", options=opts)
        calls_after_second = sum(stub.calls.values())
        third = run(pipeline="tests.pipelines.echo:create_http", options=opts, no_cache=True)
        calls_after_third = sum(stub.calls.values())

    assert calls_after_first == 25
    assert calls_after_second == 25  # nothing reached the provider
    assert report(second)["run"]["cache"] == {"enabled": True, "hits": 25, "misses": 0}
    assert comparable(first) == comparable(second)
    assert metric_values(first) == metric_values(second)

    assert calls_after_third == 50  # --no-cache went to the provider again
    assert report(third)["run"]["cache"]["enabled"] is False
    assert comparable(third) == comparable(first)


def test_cache_is_content_addressed_and_thread_safe(tmp_path: Path) -> None:
    cache = SqliteResponseCache(tmp_path / "r.sqlite")
    key = {"provider": "p", "model": "m", "request": {"q": 1}, "parameters": {"t": 0}}
    same = {"parameters": {"t": 0}, "request": {"q": 1}, "model": "m", "provider": "p"}
    assert cache_key(key) == cache_key(same)
    assert cache_key(key) != cache_key({**key, "model": "m2"})
    assert cache.get(key) is None

    def writer(n: int) -> None:
        for i in range(50):
            cache.put({**key, "request": {"q": n * 1000 + i}}, f"r{n}-{i}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(cache) == 200
    assert cache.get({**key, "request": {"q": 3049}}) == "r3-49"
    cache.close()
    reopened = SqliteResponseCache(tmp_path / "r.sqlite")
    assert reopened.get({**key, "request": {"q": 1000}}) == "r1-0"
    reopened.close()


def test_preloaded_snapshot_still_sees_later_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.sqlite"
    key = {"provider": "p", "model": "m", "request": {"q": 0}, "parameters": {}}
    first = SqliteResponseCache(path)
    first.put(key, "old")
    first.close()
    reader = SqliteResponseCache(path)  # small file: read into memory at open
    assert reader._memory and reader.get(key) == "old"
    writer = SqliteResponseCache(path)  # another process's writes after the snapshot
    writer.put({**key, "request": {"q": 1}}, "new")
    writer.close()
    assert reader.get({**key, "request": {"q": 1}}) == "new"
    assert (reader.hits, reader.misses) == (2, 0)
    reader.close()
    # Past the size limit nothing is preloaded and every read goes to SQLite.
    monkeypatch.setattr("harness.runner.cache.PRELOAD_MAX_BYTES", 0)
    big = SqliteResponseCache(path)
    assert not big._memory
    assert big.get(key) == "old" and big.get({**key, "request": {"q": 2}}) is None
    assert (big.hits, big.misses) == (1, 1)
    big.close()
