"""junit.xml: one testcase per gated metric (and one per cut-level check), failures with reasons.

CI systems show these as test results, so a failed metric appears by name in the PR.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from harness.gate.model import Verdict

CHECKS_SUITE = "gate.checks"
"""Cut-level checks live in their own suite; metric suites are `gate.metrics.<category>`."""


def render_junit(verdict: Verdict) -> str:
    root = ET.Element("testsuites", name=f"release gate {verdict.cut_id}")
    checks = ET.SubElement(root, "testsuite", name=CHECKS_SUITE)
    for c in verdict.checks:
        case = ET.SubElement(checks, "testcase", classname=CHECKS_SUITE, name=c.name)
        if not c.ok:
            ET.SubElement(case, "failure", message=c.reason, type="GateCheck").text = c.reason
        else:
            ET.SubElement(case, "system-out").text = c.reason
    _count(checks)

    suites: dict[str, ET.Element] = {}
    for m in verdict.metrics:
        name = f"gate.metrics.{m.category}"
        suite = suites.get(name)
        if suite is None:
            suite = suites[name] = ET.SubElement(root, "testsuite", name=name)
        case = ET.SubElement(suite, "testcase", classname=name, name=m.metric)
        if m.status == "fail":
            text = "; ".join(m.reasons)
            ET.SubElement(case, "failure", message=text, type="GateMetric").text = text
        else:
            value = "n/a" if m.value is None else f"{m.value:.4f}"
            note = f" ({m.override})" if m.status == "overridden" else ""
            ET.SubElement(case, "system-out").text = f"{m.key} = {value}: {m.status}{note}"
    for suite in suites.values():
        _count(suite)
    tests = sum(int(s.get("tests", "0")) for s in root)
    failures = sum(int(s.get("failures", "0")) for s in root)
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    suite.set("errors", "0")
