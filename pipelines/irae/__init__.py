"""The irAE detection pipeline: clinical notes -> extractor -> predictor -> CTCAE v5 events.

Load it as `irae` (`pipelines.irae:create`); `python -m pipelines.irae.batch` runs the daily batch.
"""

from pipelines.irae.pipeline import IraePipeline, create

__all__ = ["IraePipeline", "create"]
