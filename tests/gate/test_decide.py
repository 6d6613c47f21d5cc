"""The gate's scenario matrix, on hand-made cuts: each case asserts the verdict and its reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harness.gate import (
    CutSummary,
    GoldsetState,
    OverrideSet,
    PairedDelta,
    Thresholds,
    Verdict,
    decide,
)
from harness.gate.overrides import make_block, parse_overrides, render_block
from harness.goldset.keys import LoadedKey, Signer
from tests.gate.conftest import PASSING, with_value

MakeCut = Callable[..., CutSummary]
KEY = "acuity.routing_accuracy"
PRIOR_ROUTING = PASSING["acuity"]["routing_accuracy"]  # 0.88


def _metric(verdict: Verdict, key: str):  # type: ignore[no-untyped-def]
    return next(m for m in verdict.metrics if m.key == key)


def _check(verdict: Verdict, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in verdict.checks if c.name == name)


def _drop(make_cut: MakeCut, drop: float) -> tuple[CutSummary, CutSummary]:
    prior = make_cut("cut-prior")
    cut = make_cut("cut-new", with_value("acuity", "routing_accuracy", PRIOR_ROUTING - drop))
    return cut, prior


def test_pass(make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState) -> None:
    verdict = decide(make_cut("c1"), make_cut("c0"), thresholds, OverrideSet(), good_state)
    assert verdict.passed, verdict.failures
    assert verdict.failures == []
    # every bounded metric and every metric the prior reports is gated: 22 SPEC keys here
    assert len(verdict.metrics) == sum(len(v) for v in PASSING.values())
    assert {c.name for c in verdict.checks} >= {"goldset", "signed", "goldset_head", "errors"}


def test_no_prior_is_bounds_only(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    verdict = decide(make_cut("c1"), None, thresholds, OverrideSet(), good_state)
    assert verdict.passed
    assert [m.key for m in verdict.metrics] == list(
        sorted(thresholds.bounds, key=[m.key for m in verdict.metrics].index)
    )
    assert len(verdict.metrics) == len(thresholds.bounds)
    assert any("bounds only" in n for n in verdict.notes)


def test_floor_breach(make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState) -> None:
    cut = make_cut("c1", with_value("phi", "token_recall", 0.985))
    verdict = decide(cut, None, thresholds, OverrideSet(), good_state)
    assert not verdict.passed
    m = _metric(verdict, "phi.token_recall")
    assert m.status == "fail"
    assert "0.9850 is below the min 0.99" in m.reasons[0]
    assert f"{thresholds.source}:{thresholds.bounds['phi.token_recall'].line}" in m.reasons[0]


def test_drop_of_1_5_points_fails(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    cut, prior = _drop(make_cut, 0.015)
    paired = {KEY: PairedDelta(delta=-0.015, ci95=(-0.04, 0.01), n_shared=40)}
    verdict = decide(cut, prior, thresholds, OverrideSet(), good_state, paired=paired)
    assert not verdict.passed
    m = _metric(verdict, KEY)
    assert m.status == "fail"
    assert m.delta == pytest.approx(-0.015)
    assert m.prior == pytest.approx(PRIOR_ROUTING)
    assert m.paired_ci95 == (-0.04, 0.01)
    assert "fell by 0.0150 vs prior cut-prior" in m.reasons[0]
    assert "includes 0 (may be noise)" in m.reasons[0]
    assert "no override in the changelog names acuity.routing_accuracy" in m.reasons[0]


def test_drop_of_half_a_point_passes(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    cut, prior = _drop(make_cut, 0.005)
    verdict = decide(cut, prior, thresholds, OverrideSet(), good_state)
    assert verdict.passed, verdict.failures
    assert _metric(verdict, KEY).delta == pytest.approx(-0.005)


def test_drop_of_exactly_max_drop_passes(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    # 0.88 - 0.87 is 0.010000000000000009 in floats; "more than max_drop" must not trip on that.
    cut, prior = _drop(make_cut, 0.01)
    assert decide(cut, prior, thresholds, OverrideSet(), good_state).passed


def test_lower_is_better_metric_rising_fails(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    prior = make_cut("cut-prior")
    cut = make_cut("cut-new", with_value("acuity", "ece", 0.05 + 0.02))  # still under max 0.10
    verdict = decide(cut, prior, thresholds, OverrideSet(), good_state)
    assert not verdict.passed
    m = _metric(verdict, "acuity.ece")
    assert m.direction == "lower"
    assert "rose by 0.0200" in m.reasons[0]
    # and a lower-is-better metric falling is an improvement, not a failure
    better = make_cut("cut-new", with_value("acuity", "ece", 0.01))
    assert decide(better, prior, thresholds, OverrideSet(), good_state).passed


def test_ceiling_breach(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    cut = make_cut("c1", with_value("refusal", "over_refusal_rate", 0.15))
    m = _metric(
        decide(cut, None, thresholds, OverrideSet(), good_state), "refusal.over_refusal_rate"
    )
    assert m.status == "fail" and "is above the max 0.1" in m.reasons[0]


def _override(
    key: LoadedKey,
    metric: str = KEY,
    prior: str = "cut-prior",
    cut: str = "cut-new",
    reason: str = "re-labelled 6 items; reviewed by clinical lead",
) -> str:
    return render_block(make_block(key, metric, prior, cut, reason))


def _decide_with(
    changelog: str,
    roster: dict[str, Signer],
    make_cut: MakeCut,
    thresholds: Thresholds,
    state: GoldsetState,
) -> Verdict:
    cut, prior = _drop(make_cut, 0.015)
    overrides = OverrideSet(blocks=parse_overrides(changelog), signers=roster)
    return decide(cut, prior, thresholds, overrides, state)


def test_drop_with_valid_override_passes(
    keys: dict[str, tuple[LoadedKey, Signer]],
    roster: dict[str, Signer],
    make_cut: MakeCut,
    thresholds: Thresholds,
    good_state: GoldsetState,
) -> None:
    changelog = "# Changelog\n\n" + _override(keys["rel-eng"][0])
    verdict = _decide_with(changelog, roster, make_cut, thresholds, good_state)
    assert verdict.passed, verdict.failures
    m = _metric(verdict, KEY)
    assert m.status == "overridden"
    assert m.override is not None and m.override.startswith(
        "overridden by rel-eng at CHANGELOG.md:3"
    )


def _edited(block: str) -> str:
    edited = block.replace("re-labelled 6 items", "re-labelled 7 items")
    assert edited != block
    return edited


@pytest.mark.parametrize(
    ("signer", "kwargs", "edit", "expected"),
    [
        pytest.param(
            "rel-eng",
            {"metric": "acuity.band_accuracy"},
            None,
            "no override in the changelog names acuity.routing_accuracy (this cut pair has "
            "overrides only for acuity.band_accuracy)",
            id="another-metric",
        ),
        pytest.param(
            "rel-eng",
            {"prior": "cut-older"},
            None,
            "is for prior cut-older -> cut cut-new, not prior cut-prior -> cut cut-new",
            id="another-cut-pair",
        ),
        pytest.param(
            "rel-eng",
            {},
            _edited,
            "signature by 'rel-eng' does not verify over (metric, prior, cut, reason, signer); "
            "was the block edited after signing?",
            id="edited-reason",
        ),
        pytest.param(
            "dr-lead",
            {},
            None,
            "signer 'dr-lead' has role clinical-lead; overrides need a release-engineer key",
            id="clinical-lead-key",
        ),
        pytest.param(
            "stranger",
            {},
            None,
            "signer 'stranger' is not in allowed_signers",
            id="unknown-key",
        ),
    ],
)
def test_override_that_does_not_count(
    signer: str,
    kwargs: dict[str, str],
    edit: Callable[[str], str] | None,
    expected: str,
    keys: dict[str, tuple[LoadedKey, Signer]],
    roster: dict[str, Signer],
    make_cut: MakeCut,
    thresholds: Thresholds,
    good_state: GoldsetState,
) -> None:
    block = _override(keys[signer][0], **kwargs)
    verdict = _decide_with(edit(block) if edit else block, roster, make_cut, thresholds, good_state)
    assert not verdict.passed
    m = _metric(verdict, KEY)
    assert m.status == "fail"
    assert expected in m.reasons[0]
    assert m.override is not None and expected in m.override


def test_override_does_not_waive_a_bound(
    keys: dict[str, tuple[LoadedKey, Signer]],
    roster: dict[str, Signer],
    make_cut: MakeCut,
    thresholds: Thresholds,
    good_state: GoldsetState,
) -> None:
    prior = make_cut("cut-prior")
    cut = make_cut("cut-new", with_value("irae", "f1", 0.70))  # below min 0.75 and a 12-point drop
    block = render_block(make_block(keys["rel-eng"][0], "irae.f1", "cut-prior", "cut-new", "ok"))
    overrides = OverrideSet(blocks=parse_overrides(block), signers=roster)
    m = _metric(decide(cut, prior, thresholds, overrides, good_state), "irae.f1")
    assert m.status == "fail"
    assert m.reasons == [
        "0.7000 is below the min 0.75 ("
        + f"{thresholds.source}:{thresholds.bounds['irae.f1'].line})"
    ]
    assert m.override is not None and m.override.startswith("overridden by rel-eng")


def test_goldset_tampered_fails(make_cut: MakeCut, thresholds: Thresholds) -> None:
    state = GoldsetState(
        ok=False,
        head="a" * 64,
        problems=["goldsets/acuity/0001-seed.jsonl:3 [acu-003]: item edited after signing"],
    )
    verdict = decide(make_cut("c1"), None, thresholds, OverrideSet(), state)
    assert not verdict.passed
    assert "acu-003]: item edited after signing" in _check(verdict, "goldset").reason


def test_empty_category_fails(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    values = {c: dict(ms) for c, ms in PASSING.items() if c != "retrieval"}
    verdict = decide(make_cut("c1", values), None, thresholds, OverrideSet(), good_state)
    assert not verdict.passed
    assert (
        _check(verdict, "category:retrieval").reason
        == "category retrieval has no items in this cut"
    )
    # the category's bounded metric has no value, so it fails too, saying why
    assert "no value on this cut" in _metric(verdict, "retrieval.recall_at_5").reasons[0]
    data = make_cut("c2").model_dump()
    data["categories"]["phi"]["n"] = 0
    verdict = decide(CutSummary.model_validate(data), None, thresholds, OverrideSet(), good_state)
    assert not _check(verdict, "category:phi").ok


def test_cut_on_another_goldset_head_fails(make_cut: MakeCut, thresholds: Thresholds) -> None:
    state = GoldsetState(ok=True, head="b" * 64)
    verdict = decide(make_cut("c1"), None, thresholds, OverrideSet(), state)
    assert not verdict.passed
    assert _check(verdict, "goldset_head").reason.startswith(
        f"cut was made on goldset head {'a' * 12} but today's head is {'b' * 12}"
    )


def test_unsigned_cut_fails(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    verdict = decide(
        make_cut("c1", goldset_signed=False), None, thresholds, OverrideSet(), good_state
    )
    assert not verdict.passed
    assert "--allow-unsigned" in _check(verdict, "signed").reason


def test_errored_items_fail(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    cut = make_cut("c1", errors={"count": 2, "ids": ["acu-007", "irae-012"], "reasons": {}})
    verdict = decide(cut, None, thresholds, OverrideSet(), good_state)
    assert not verdict.passed
    assert _check(verdict, "errors").reason.startswith("2 item(s) errored")
    assert "acu-007, irae-012" in _check(verdict, "errors").reason


def test_decide_is_deterministic_and_serialisable(
    make_cut: MakeCut, thresholds: Thresholds, good_state: GoldsetState
) -> None:
    cut, prior = _drop(make_cut, 0.015)
    a = decide(cut, prior, thresholds, OverrideSet(), good_state)
    b = decide(cut, prior, thresholds, OverrideSet(), good_state)
    assert a == b
    assert Verdict.model_validate_json(a.model_dump_json()) == a
