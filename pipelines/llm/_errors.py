"""Maps SDK exceptions (anthropic, openai) onto the harness's transient/permanent split.

429, 5xx, connection errors and timeouts are `TransientError` (the runner retries);
other 4xx are permanent (`ProviderError`).
"""

from __future__ import annotations

from typing import Any

from harness.contract import TransientError
from pipelines.llm._types import ProviderError


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds from `retry-after-ms` or `retry-after` (a number; HTTP dates are ignored)."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def map_sdk_error(provider: str, exc: Exception, sdk: Any) -> Exception:
    """Return the project exception for an SDK exception (the caller raises it `from exc`)."""
    # Timeout is a subclass of connection error in both SDKs, so check it first.
    if isinstance(exc, sdk.APITimeoutError):
        return TransientError(f"{provider}: request timed out")
    if isinstance(exc, sdk.APIConnectionError):
        return TransientError(f"{provider}: connection failed ({exc})")
    if isinstance(exc, sdk.APIStatusError):
        status = exc.status_code
        if status == 429:
            return TransientError(
                f"{provider}: rate limited (HTTP 429)",
                retry_after=retry_after_seconds(exc.response.headers),
            )
        if status >= 500 or status == 408:
            return TransientError(
                f"{provider}: server error (HTTP {status})",
                retry_after=retry_after_seconds(exc.response.headers),
            )
        hint = {
            400: "the request was rejected; check the model name and the JSON schema",
            401: "the API key was refused; check the key's environment variable",
            403: "the key lacks permission for this model",
            404: "unknown model or endpoint; check --model and the base URL",
        }.get(status, "the provider refused the request")
        return ProviderError(f"{provider}: HTTP {status}: {hint} ({exc})")
    return exc
