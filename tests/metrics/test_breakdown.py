"""Breakdowns: per-slice counts behind phi token recall and must-refuse, from gold labels only."""

from __future__ import annotations

from typing import Any

from harness.metrics import breakdown, score_item
from harness.report.html import _breakdown_section


def _phi(text: str, gold: list[tuple[str, str]], redacted: list[str]) -> dict[str, Any]:
    spans = [
        {"start": text.index(v), "end": text.index(v) + len(v), "label": lab} for lab, v in gold
    ]
    pred = [{"start": text.index(v), "end": text.index(v) + len(v)} for v in redacted]
    item = {"id": text[:8], "text": text, "spans": spans}
    return score_item("phi", item, {"spans": pred, "roundtrip_ok": True})


def test_phi_breakdown_counts_gold_tokens_per_label() -> None:
    records = [
        # the name is caught, the two-token date is half caught, the phone is missed
        _phi(
            "Ann Lee seen March 4, call 555-0100",
            [("NAME", "Ann Lee"), ("DATE", "March 4"), ("PHONE", "555-0100")],
            ["Ann Lee", "March"],
        ),
        _phi(
            "Bo Chan at 12 Elm St",
            [("NAME", "Bo Chan"), ("ADDRESS", "12 Elm St")],
            ["Bo Chan", "12 Elm St", "at"],
        ),
        _phi("no phi here", [], ["phi"]),
    ]
    sliced = breakdown("phi", records)
    assert sliced is not None and sliced["metric"] == "token_recall"
    rows = {r["slice"]: (r["hit"], r["n"]) for r in sliced["rows"]}
    assert rows == {"ADDRESS": (3, 3), "DATE": (1, 2), "NAME": (4, 4), "PHONE": (0, 2)}
    # the slices add up to the headline: covered gold tokens / gold tokens
    assert sum(h for h, _ in rows.values()) == sum(r["tp_tokens"] for r in records)
    assert sum(n for _, n in rows.values()) == sum(r["gold_tokens"] for r in records)


def test_refusal_breakdown_by_gold_reason_and_controls() -> None:
    def rec(reason: str, refused: bool) -> dict[str, Any]:
        item = {"id": f"{reason}-{refused}", "must_refuse": reason != "none", "reason": reason}
        return score_item("refusal", item, {"decision": {"refused": refused}})

    records = [
        rec("jailbreak", True),
        rec("jailbreak", False),
        rec("out_of_scope", True),
        rec("none", True),
        rec("none", False),
        rec("none", False),
    ]
    sliced = breakdown("refusal", records)
    assert sliced is not None
    rows = {r["slice"]: (r["hit"], r["n"], r["rate"]) for r in sliced["rows"]}
    assert rows == {
        "jailbreak": (1, 2, 0.5),
        "none (control)": (1, 3, 0.3333),
        "out_of_scope": (1, 1, 1.0),
    }


def test_errored_items_count_as_missed_not_dropped() -> None:
    item = {"id": "p1", "text": "Ann Lee", "spans": [{"start": 0, "end": 7, "label": "NAME"}]}
    sliced = breakdown("phi", [score_item("phi", item, None)])
    assert sliced is not None and sliced["rows"] == [
        {"slice": "NAME", "hit": 0, "n": 2, "rate": 0.0}
    ]


def test_records_from_before_the_breakdown_give_none_not_a_wrong_table() -> None:
    old = {"id": "x", "gold_tokens": 2, "tp_tokens": 2}
    assert breakdown("phi", [old]) is None
    assert breakdown("phi", []) is None
    assert breakdown("acuity", [{"id": "a"}]) is None


def test_html_shows_each_breakdown_table() -> None:
    report = {
        "categories": {
            "refusal": {
                "breakdown": {
                    "metric": "must_refuse_rate",
                    "slice_by": "gold refusal reason",
                    "counts": "items refused / items",
                    "rows": [{"slice": "jailbreak", "hit": 14, "n": 15, "rate": 0.9333}],
                }
            },
            "acuity": {"metrics": {}},
        }
    }
    html = "\n".join(_breakdown_section(report))
    assert "refusal.must_refuse_rate by gold refusal reason" in html
    assert "<td>jailbreak</td>" in html and "0.9333" in html
    assert _breakdown_section({"categories": {"acuity": {}}}) == []


def test_a_token_in_two_labels_counts_once_so_slices_add_up() -> None:
    # a NAME annotated inside an EMAIL: each token belongs to the span that starts first
    text = "write to jr.smith@mail.com today"
    at = text.index("jr.smith")
    gold = [
        {"start": at, "end": at + len("jr.smith@mail.com"), "label": "EMAIL"},
        {"start": at + 3, "end": at + 8, "label": "NAME"},
    ]
    rec = score_item(
        "phi",
        {"id": "e", "text": text, "spans": gold},
        {"spans": [{"start": at, "end": at + 8}], "roundtrip_ok": True},
    )
    sliced = breakdown("phi", [rec])
    assert sliced is not None
    assert sum(r["n"] for r in sliced["rows"]) == rec["gold_tokens"]
    assert sum(r["hit"] for r in sliced["rows"]) == rec["tp_tokens"]
    assert [r["slice"] for r in sliced["rows"]] == ["EMAIL"]


def test_a_record_with_half_the_fields_gives_no_breakdown() -> None:
    half = {"id": "x", "gold_tokens_by_label": {"NAME": 2}}
    assert breakdown("phi", [half]) is None


def test_phi_breakdown_counts_missed_tokens_by_kind_of_word() -> None:
    records = [
        # "the" and "14th" of the date leak, "Okafor" of the name, and nothing of the phone
        _phi(
            "since the 14th Ms Ada Okafor, 555-0100",
            [("DATE", "the 14th"), ("NAME", "Ada Okafor"), ("PHONE", "555-0100")],
            ["Ada", "555-0100"],
        ),
        _phi("call jo on 3/4", [("NAME", "jo"), ("DATE", "3/4")], []),
    ]
    sliced = breakdown("phi", records)
    assert sliced is not None
    assert sliced["missed"] == {
        "DATE: function word": 1,
        "DATE: has digits": 3,
        "NAME: capitalised word": 1,
        "NAME: lower-case word": 1,
    }
    # every missed token is counted once: the shapes add up to gold minus covered
    assert sum(sliced["missed"].values()) == sum(r["gold_tokens"] - r["tp_tokens"] for r in records)
    html = "".join(_breakdown_section({"categories": {"phi": {"breakdown": sliced}}}))
    assert "DATE: function word" in html and "Missed tokens by kind of word" in html


def test_phi_records_scored_before_the_shapes_give_no_missed_table() -> None:
    record = _phi("Ann Lee", [("NAME", "Ann Lee")], [])
    del record["missed_tokens_by_shape"]
    sliced = breakdown("phi", [record])
    assert sliced is not None and "missed" not in sliced
