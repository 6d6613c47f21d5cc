"""Renderers for a gate verdict: gate.md (CI summary), junit.xml, and a self-contained report.html.

`write_reports` writes all of them, plus gate.json, beside the cut they describe.
"""

from harness.report.html import render_html
from harness.report.junit import render_junit
from harness.report.markdown import render_markdown
from harness.report.write import read_verdict, write_reports

__all__ = ["read_verdict", "render_html", "render_junit", "render_markdown", "write_reports"]
