"""The signed, append-only goldset store: load, verify, add, export.

Items live in `goldsets/<category>/<NNNN>-<slug>.jsonl`; `MANIFEST.jsonl` chains and signs them.
"""

from harness.goldset._canonical import canonical_json, item_hash, line_hash
from harness.goldset.add import AddResult, add_batch, sign_roster
from harness.goldset.verify import (
    LoadedGoldset,
    Problem,
    StoredItem,
    VerifyReport,
    load_goldset,
    verify_goldset,
)

__all__ = [
    "AddResult",
    "LoadedGoldset",
    "Problem",
    "StoredItem",
    "VerifyReport",
    "add_batch",
    "canonical_json",
    "item_hash",
    "line_hash",
    "load_goldset",
    "sign_roster",
    "verify_goldset",
]
