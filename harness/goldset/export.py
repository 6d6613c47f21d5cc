"""Exporting the verified goldset as JSONL, Parquet or a Hugging Face `datasets` dataset.

Rows are flat (id, category, added, source, text, item_json) because categories differ in shape;
`item_json` is the item's canonical JSON, so nothing is lost.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from harness.contract.items import CATEGORIES
from harness.errors import InputError
from harness.goldset._canonical import canonical_json
from harness.goldset._files import atomic_write
from harness.goldset.dedup import item_text
from harness.goldset.verify import LoadedGoldset, load_goldset

FORMATS: tuple[str, ...] = ("jsonl", "parquet", "hf")
COLUMNS: tuple[str, ...] = ("id", "category", "added", "source", "text", "item_json")


def _rows(gs: LoadedGoldset) -> list[dict[str, Any]]:
    rows = []
    for item in gs.items:
        data = item.model_dump(mode="json")
        rows.append(
            {
                "id": item.id,
                "category": item.category,
                "added": data["added"],
                "source": item.source,
                "text": item_text(item),
                "item_json": canonical_json(data),
            }
        )
    return rows


def export_goldset(
    root: Path, out: Path, fmt: str, *, allow_unsigned: bool = False
) -> tuple[Path, int]:
    """Write the goldset to `out` in `fmt`; returns (path written, number of items)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    gs = load_goldset(root, allow_unsigned=allow_unsigned)
    rows = _rows(gs)
    out = Path(out)
    if fmt == "jsonl":
        tmp = atomic_write(out, "".join(canonical_json(r) + "\n" for r in rows))
        tmp.replace(out)
    elif fmt == "parquet":
        import pandas as pd

        out.parent.mkdir(parents=True, exist_ok=True)
        tmp_path = out.with_name(f".{out.name}.tmp")
        pd.DataFrame(rows, columns=list(COLUMNS)).to_parquet(tmp_path, index=False)
        tmp_path.replace(out)
    else:
        # Never reach for the hub: the export is built from local rows only.
        os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
        from datasets import Dataset, DatasetDict

        splits = {
            c: Dataset.from_list([r for r in rows if r["category"] == c])
            for c in CATEGORIES
            if any(r["category"] == c for r in rows)
        }
        dd = DatasetDict(splits)
        tmp_dir = out.with_name(f".{out.name}.tmp")
        shutil.rmtree(tmp_dir, ignore_errors=True)
        dd.save_to_disk(str(tmp_dir))
        (tmp_dir / "GOLDSET_HEAD").write_text(f"{gs.head or 'unsigned'}\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        tmp_dir.replace(out)
    return out, len(rows)
