"""Retry policy and per-provider rate limiting for the runner: bounded, jittered, never forever.

A `TransientError` from a pipeline is retried with exponential backoff (or the server's
Retry-After, which also pauses every other call to the same provider) until a cap is hit.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """Caps for one item: attempts, wall time, and one call's timeout (all hard limits)."""

    max_attempts: int = 5
    """Calls to predict() per item, first try included."""
    attempt_timeout_s: float = 120.0
    """One predict() call; a call that runs longer counts as a transient failure."""
    item_deadline_s: float = 600.0
    """Total time per item including waits; no retry starts that could not finish before it."""
    backoff_base_s: float = 0.5
    backoff_max_s: float = 30.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter exponential backoff after the `attempt`-th failure (1-based)."""
        ceiling = min(self.backoff_max_s, self.backoff_base_s * (2 ** (attempt - 1)))
        return rng.uniform(0.0, ceiling)


class ProviderLimiter:
    """Spaces calls to one provider and pauses them all while a Retry-After is in force."""

    def __init__(self, min_interval_s: float = 0.0) -> None:
        self.min_interval_s = min_interval_s
        self._paused_until = 0.0
        self._next_slot = 0.0
        self._lock = threading.Lock()

    def pause(self, seconds: float) -> None:
        """Hold every caller of this provider for `seconds` (the server's Retry-After)."""
        self._paused_until = max(self._paused_until, time.monotonic() + max(0.0, seconds))

    def wait_needed(self) -> float:
        return max(0.0, self._paused_until - time.monotonic())

    def acquire(self) -> None:
        """Block the calling worker thread until this provider may be called again."""
        while (delay := self.wait_needed()) > 0:
            time.sleep(delay)
        if self.min_interval_s <= 0:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self.min_interval_s
        if slot > now:
            time.sleep(slot - now)


class LimiterRegistry:
    """One limiter per provider name, shared by every pipeline in the run."""

    def __init__(self, rates: dict[str, float] | None = None) -> None:
        self._rates = rates or {}
        self._limiters: dict[str, ProviderLimiter] = {}
        self._lock = threading.Lock()

    def get(self, provider: str) -> ProviderLimiter:
        limiter = self._limiters.get(provider)
        if limiter is None:
            with self._lock:  # worker threads ask concurrently; create each limiter once
                limiter = self._limiters.get(provider)
                if limiter is None:
                    rate = self._rates.get(provider, 0.0)
                    limiter = ProviderLimiter(1.0 / rate if rate > 0 else 0.0)
                    self._limiters[provider] = limiter
        return limiter
