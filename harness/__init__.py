"""Eval-first release gate for clinical LLM agents.

Packages: `contract` (types pipelines see), `goldset` (signed store), `runner`, `metrics`,
`gate`, `report`; `cli` wires them into the `harness` command.
"""

__version__ = "0.1.0"
