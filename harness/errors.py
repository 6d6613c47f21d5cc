"""Project errors and the exit codes they map to (SPEC section 7: 0 pass, 1 fail, 2 bad input).

Every message names the file, line or field at fault and says what to do next.
"""

from __future__ import annotations


class HarnessError(Exception):
    """Base class; `exit_code` is what the CLI exits with when this reaches it."""

    exit_code: int = 2


class InputError(HarnessError):
    """Bad input or usage: a malformed file, an unknown name, a missing option (exit 2)."""

    exit_code = 2


class VerificationError(HarnessError):
    """The goldset or a signature does not verify (exit 1)."""

    exit_code = 1


class GateFailed(HarnessError):
    """The release gate failed (exit 1)."""

    exit_code = 1
