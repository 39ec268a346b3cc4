"""A one-line progress bar on stderr (calls, calls/s, ETA) when stderr is a terminal; silent otherwise.

No dependency: a carriage return and a line redrawn at most twice a second. The ETA comes from the
fraction of input bytes consumed, so it exists only for a file whose size is known (not stdin).
"""
from __future__ import annotations

import sys
import time
from typing import IO, Callable


class Progress:
    def __init__(self, stream: IO[str] | None = None, *, position: Callable[[], int] | None = None,
                 total_bytes: int = 0, enabled: bool | None = None, interval_s: float = 0.5) -> None:
        self._stream = stream or sys.stderr
        self.enabled = self._stream.isatty() if enabled is None else enabled
        self._position = position
        self._total = total_bytes
        self._interval = interval_s
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False
        self._first_fraction: float | None = None  # a resumed run starts part-way through the file

    def update(self, calls: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw < self._interval:
            return
        self._last_draw = now
        elapsed = now - self._started
        rate = calls / elapsed if elapsed > 0 else 0.0
        line = f"{calls:,} calls  {rate:,.1f} calls/s"
        fraction = self._fraction()
        if fraction is not None:
            if self._first_fraction is None:
                self._first_fraction = fraction
            line += f"  {fraction:5.1%}"
            done = fraction - self._first_fraction
            if done > 0 and fraction < 1:
                line += f"  ETA {_clock(elapsed * (1 - fraction) / done)}"
        self._stream.write("\r\x1b[K" + line)
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()

    def _fraction(self) -> float | None:
        if not self._position or self._total <= 0:
            return None
        try:
            return min(1.0, self._position() / self._total)
        except (OSError, ValueError):
            return None


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
