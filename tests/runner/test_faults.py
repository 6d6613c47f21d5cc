"""Fault injection through a stub provider: every item is accounted for and retries are capped."""

from __future__ import annotations

from pathlib import Path

from tests.pipelines.stub_provider import StubProvider
from tests.runner.conftest import FAST, RunFn, report, results


def test_stub_faults_every_item_accounted_for(run: RunFn, goldset: Path) -> None:
    script = {
        "acuity-0000": ["429:0.3", "ok"],  # Retry-After honoured, then success
        "acuity-0001": ["500", "500", "ok"],  # two 5xx, then success
        "phi-0000": ["500"] * 10,  # never recovers: must stop at the attempt cap
        "phi-0001": ["slow:1.0", "ok"],  # client timeout (0.3 s), then success
        "irae-0000": ["malformed"],  # permanent: recorded, not retried
    }
    with StubProvider(script=script) as stub:
        cut = run(
            pipeline="tests.pipelines.echo:create_http",
            options={"base_url": stub.url, "http_timeout_s": 0.3},
            concurrency=8,
        )
        calls = dict(stub.calls)
        times = {k: list(v) for k, v in stub.times.items()}

    rows = results(cut)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 25  # every item once, none dropped
    by_id = {r["id"]: r for r in rows}

    assert by_id["acuity-0000"]["status"] == "ok"
    assert calls["acuity-0000"] == 2
    assert times["acuity-0000"][1] - times["acuity-0000"][0] >= 0.3  # waited the Retry-After

    assert by_id["acuity-0001"]["status"] == "ok"
    assert calls["acuity-0001"] == 3

    assert by_id["phi-0000"]["status"] == "error"
    assert calls["phi-0000"] == FAST.max_attempts  # the cap holds
    assert by_id["phi-0000"]["attempts"] == FAST.max_attempts
    assert "gave up after 4 attempts" in by_id["phi-0000"]["error"]
    assert by_id["phi-0000"]["prediction"] is None
    assert by_id["phi-0000"]["scores"] is not None  # scored fail-closed, not dropped

    assert by_id["phi-0001"]["status"] == "ok"
    assert calls["phi-0001"] == 2

    assert by_id["irae-0000"]["status"] == "error"
    assert calls["irae-0000"] == 1
    assert "malformed" in by_id["irae-0000"]["error"]

    rep = report(cut)
    assert rep["errors"]["count"] == 2
    assert rep["errors"]["ids"] == ["irae-0000", "phi-0000"]
    assert set(rep["errors"]["reasons"]) == {"irae-0000", "phi-0000"}
    assert rep["categories"]["phi"]["errors"]["ids"] == ["phi-0000"]
    assert rep["categories"]["phi"]["n"] == 4  # the failed item still counts
    assert sum(c["n"] for c in rep["categories"].values()) == 25


def test_retry_after_pauses_the_whole_provider(run: RunFn) -> None:
    # One 429 with a 0.4 s Retry-After: calls for other items must also wait it out.
    with StubProvider(script={"acuity-0000": ["429:0.4"]}) as stub:
        run(
            pipeline="tests.pipelines.echo:create_http",
            options={"base_url": stub.url},
            categories=["acuity"],
            concurrency=1,
        )
        first_429 = stub.times["acuity-0000"][0]
        later = sorted(t for ts in stub.times.values() for t in ts if t > first_429)
    assert later and later[0] - first_429 >= 0.4


def test_in_process_faults_and_timeout(run: RunFn) -> None:
    cut = run(
        options={"fault": "hang", "fault_ids": "acuity-0002", "fault_times": 0},
        categories=["acuity"],
        policy=FAST.__class__(
            max_attempts=2,
            attempt_timeout_s=0.2,
            item_deadline_s=5.0,
            backoff_base_s=0.01,
            backoff_max_s=0.02,
        ),
    )
    by_id = {r["id"]: r for r in results(cut)}
    assert len(by_id) == 6
    assert by_id["acuity-0002"]["status"] == "error"
    assert by_id["acuity-0002"]["attempts"] == 2
    assert "timeout" in by_id["acuity-0002"]["error"]
    assert all(r["status"] == "ok" for k, r in by_id.items() if k != "acuity-0002")


def test_malformed_output_and_crash_are_not_retried(run: RunFn) -> None:
    cut = run(options={"fault": "malformed", "fault_ids": "refusal-0001"}, categories=["refusal"])
    row = {r["id"]: r for r in results(cut)}["refusal-0001"]
    assert row["status"] == "error" and row["attempts"] == 1
    assert "MalformedOutput" in row["error"]

    cut = run(options={"fault": "crash", "fault_ids": "*"}, categories=["irae"])
    rows = results(cut)
    assert len(rows) == 4 and all(r["status"] == "error" and r["attempts"] == 1 for r in rows)
    assert report(cut)["errors"]["count"] == 4


def test_transient_recovers_within_cap(run: RunFn) -> None:
    cut = run(
        options={"fault": "transient", "fault_ids": "*", "fault_times": 3}, categories=["phi"]
    )
    rows = results(cut)
    assert all(r["status"] == "ok" and r["attempts"] == 4 for r in rows)
    assert report(cut)["run"]["retries"] == 12


def test_item_deadline_stops_retries(run: RunFn) -> None:
    policy = FAST.__class__(
        max_attempts=100,
        attempt_timeout_s=1.0,
        item_deadline_s=0.5,
        backoff_base_s=0.05,
        backoff_max_s=0.1,
    )
    cut = run(
        options={"fault": "transient", "fault_ids": "*", "sleep_ms": 20},
        categories=["phi"],
        policy=policy,
    )
    rows = results(cut)
    assert all(r["status"] == "error" for r in rows)
    assert all(r["attempts"] < 100 for r in rows)
    assert all(r["latency_ms"]["total"] < 1500 for r in rows)
