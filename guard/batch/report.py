"""`--report`: the disclosure guard's QA over the same calls, in the same pass.

Workers run `qa_call` on each original call (reusing the texts they have just redacted) and send back
the small per-call result; the parent adds it to one `QaReport`. A resumed run must report on every
call, not just those after the crash, so the report so far is pickled with each checkpoint.
"""
from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class QaModule:
    qa_call: Callable[..., Any]
    report_class: type


def load_qa() -> QaModule:
    """guard.disclosure.qa: `qa_call(call, redact) -> CallQa`, `QaReport().add(call_qa)`, `.write_html(path)`."""
    from guard.disclosure import qa

    return QaModule(qa.qa_call, qa.QaReport)


def report_state_path(output: str, input_line: int) -> str:
    return f"{output}.report-{input_line}.partial"


def new_report(source: str | None = None) -> Any:
    """An empty report; `source` (the export's path) is shown in it when the report class keeps one."""
    report = load_qa().report_class()
    if source is not None and hasattr(report, "source"):  # stand-in report classes in tests may not
        report.source = source
    return report


def save_report_state(path: str, report: Any) -> None:
    temporary = path + ".tmp"
    with open(temporary, "wb") as handle:
        pickle.dump(report, handle, protocol=pickle.HIGHEST_PROTOCOL)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def load_report_state(path: str) -> Any:
    """The report saved with the checkpoint; our own file, written by the run being resumed."""
    with open(path, "rb") as handle:
        return pickle.load(handle)


def write_report(report: Any, path: str) -> None:
    temporary = path + ".partial"
    report.write_html(temporary)
    os.replace(temporary, path)
