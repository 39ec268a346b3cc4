"""The job's counts: what the closing summary prints and what a checkpoint carries across a resume.

The summary states the reconciliation a compliance team checks first, calls in = calls out +
calls in the errors file, and holds only counts: no call id, no text, no value.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guard.batch.calls import CallOutcome
from guard.batch.records import CALL_IDLE_ROWS, CALL_SPAN_ROWS
from guard.fields import warning


@dataclass
class Summary:
    calls_in: int = 0
    calls_out: int = 0
    errors: int = 0
    turns: int = 0
    entities: Counter = field(default_factory=Counter)
    qa_failures: int = 0
    elapsed_s: float = 0.0
    resumed_from_line: int = 0
    worker_peak_rss_kb: dict[int, int] = field(default_factory=dict)  # pid -> VmHWM, this run only
    engine_load_s: float = 0.0  # this run: start until the last worker's engine was ready
    # field paths passed through unredacted while holding text -> calls (names only: guard/batch/calls.py)
    passed_through: Counter = field(default_factory=Counter)
    calls_split: int = 0  # CSV calls read in parts: rows of one call_id further apart than the window (records.py)

    def add(self, outcome: CallOutcome) -> None:
        self.calls_in += 1
        self.calls_split += outcome.split
        if outcome.error is not None:
            self.errors += 1
            return
        self.calls_out += 1
        self.turns += outcome.turns
        self.entities.update(outcome.entities)
        self.passed_through.update(outcome.passed_through)
        self.qa_failures += outcome.qa_failed

    @property
    def reconciles(self) -> bool:
        return self.calls_in == self.calls_out + self.errors

    def counts(self) -> dict:
        """The part a checkpoint saves (everything but this run's own measurements)."""
        return {"calls_in": self.calls_in, "calls_out": self.calls_out, "errors": self.errors,
                "turns": self.turns, "entities": dict(self.entities), "qa_failures": self.qa_failures,
                "elapsed_s": self.elapsed_s, "passed_through": dict(self.passed_through),
                "calls_split": self.calls_split}

    @classmethod
    def from_counts(cls, counts: dict) -> "Summary":
        counts = dict(counts)
        entities = Counter(counts.pop("entities", {}))
        passed_through = Counter(counts.pop("passed_through", {}))
        return cls(entities=entities, passed_through=passed_through, **counts)

    def lines(self, errors_path: str | None = None) -> list[str]:
        rate = self.calls_in / self.elapsed_s if self.elapsed_s > 0 else 0.0
        verdict = "reconciled" if self.reconciles else "NOT RECONCILED"
        lines = [
            f"calls in {self.calls_in} = calls out {self.calls_out} + errors {self.errors}  ({verdict})",
            f"turns {self.turns}; elapsed {self.elapsed_s:.1f} s ({rate:.1f} calls/s)",
            "entities: " + (", ".join(f"{kind} {n}" for kind, n in sorted(self.entities.items())) or "none"),
        ]
        if self.passed_through:
            lines.append(warning(self.passed_through, "call"))
        if self.calls_split:
            lines.append(f"warning: {self.calls_split} time(s) a CSV call_id came back after its call's rows had "
                         f"closed (unseen for {CALL_IDLE_ROWS} rows, or spanning over {CALL_SPAN_ROWS}); "
                         "each part was redacted as a call of its own, without the other's context")
        if self.errors and errors_path:
            where = "on stderr" if errors_path == "-" else f"in {errors_path}"
            lines.append(f"bad records (line number and reason) {where}")
        if self.qa_failures:
            lines.append(f"QA could not assess {self.qa_failures} call(s); they are redacted and written")
        if self.resumed_from_line:
            lines.append(f"resumed after input line {self.resumed_from_line}")
        if self.worker_peak_rss_kb:
            peak = max(self.worker_peak_rss_kb.values()) / 1024
            lines.append(f"workers {len(self.worker_peak_rss_kb)}, peak memory per worker {peak:.0f} MB")
        return lines
