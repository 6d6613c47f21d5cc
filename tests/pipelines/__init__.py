"""Tiny pipelines for testing the runner: deterministic answers, controllable faults."""
