"""Systems under test that ship with the gate: `triage`, `irae`, and the providers in `llm`."""
