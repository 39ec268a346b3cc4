"""Prometheus metrics for one proxy process, written in the text exposition format (no client library needed).

Labels are fixed vocabularies only — route templates (`/v1/calls/{call_id}/identify`), methods, status codes,
entity types, rule ids, outcome words. Never an msisdn, a call id, an operator id or any text: a label value is
kept forever by the scraper, so nothing that could carry personal data may become one.

    guard_http_requests_total{route,method,status}          every request, probes included
    guard_http_request_duration_seconds{route}              histogram, whole request through guard
    guard_entities_total{type}                               entities found by the text engine
    guard_decisions_total{rule,action}                       card policy decisions served, per rule
    guard_identifications_total{method,outcome}              matched | not_matched | locked
    guard_confirmations_total{outcome}                       matches | mismatch | locked
    guard_fail_closed_total{reason}                          detection_over_budget, detection_error (the engine);
                                                             free_text_masked (a card served with text masked unchecked),
                                                             comments_owners_not_asked (their texts masked: the cards
                                                             the comments name not asked, times and authors hidden),
                                                             comment_sets_spent (a customer's comment texts hidden:
                                                             the comment-set budget, guard/proxy/limits.py),
                                                             redact_refused (/v1/redact 503), audit_unwritable,
                                                             session_store_unreachable
    guard_upstream_errors_total{kind}                        unreachable, timeout, cut_off, disconnected, too_large,
                                                             invalid_response, failed, malformed_json, bad_charset,
                                                             content_type_blocked, card_too_large, owner_unreadable
                                                             (an owner's fact identify / confirm compares written as
                                                             an object, a list or a number: 502)
    guard_auth_rejections_total{status}                      401 (no identity) and 403 (not the owner, no role)
"""
from __future__ import annotations

import math
import threading
from bisect import bisect_left
from itertools import accumulate
from typing import Iterable

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Seconds: a cached card is ~1 ms, a card with free text tens of ms, the detection budget 2 s, the deadline 15 s.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(names: tuple[str, ...], values: tuple[str, ...], extra: str = "") -> str:
    parts = [f'{name}="{_escape(value)}"' for name, value in zip(names, values)]
    if extra:
        parts.append(extra)
    return "{" + ",".join(parts) + "}" if parts else ""


def _number(value: float) -> str:
    if value == math.inf:
        return "+Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


class Counter:
    def __init__(self, name: str, help_text: str, labels: tuple[str, ...]) -> None:
        self.name, self.help, self.label_names = name, help_text, labels
        self._values: dict[tuple[str, ...], float] = {}
        self._lock = threading.Lock()  # the detection thread counts entities too

    def inc(self, *labels: str, amount: float = 1.0) -> None:
        with self._lock:
            self._values[labels] = self._values.get(labels, 0.0) + amount

    def value(self, *labels: str) -> float:
        return self._values.get(labels, 0.0)

    def render(self) -> Iterable[str]:
        yield f"# HELP {self.name} {self.help}"
        yield f"# TYPE {self.name} counter"
        for labels, value in sorted(self._values.items()):
            yield f"{self.name}{_labels(self.label_names, labels)} {_number(value)}"


class Histogram:
    def __init__(self, name: str, help_text: str, labels: tuple[str, ...], buckets: tuple[float, ...]) -> None:
        self.name, self.help, self.label_names = name, help_text, labels
        self.buckets = tuple(sorted(buckets)) + (math.inf,)
        self._series: dict[tuple[str, ...], list[float]] = {}  # bucket counts..., sum, count
        self._lock = threading.Lock()

    def observe(self, value: float, *labels: str) -> None:
        """One observation counted in the one bucket it falls in (a binary search); the buckets are made cumulative
        when rendered, not on every request."""
        index = bisect_left(self.buckets, value)
        with self._lock:
            series = self._series.get(labels)
            if series is None:
                series = self._series[labels] = [0.0] * (len(self.buckets) + 2)
            series[index] += 1
            series[-2] += value
            series[-1] += 1

    def count(self, *labels: str) -> float:
        series = self._series.get(labels)
        return series[-1] if series else 0.0

    def render(self) -> Iterable[str]:
        yield f"# HELP {self.name} {self.help}"
        yield f"# TYPE {self.name} histogram"
        for labels, series in sorted(self._series.items()):
            for bound, count in zip(self.buckets, accumulate(series[:len(self.buckets)])):
                le = 'le="' + _number(bound) + '"'
                yield f"{self.name}_bucket{_labels(self.label_names, labels, le)} {_number(count)}"
            yield f"{self.name}_sum{_labels(self.label_names, labels)} {repr(series[-2])}"
            yield f"{self.name}_count{_labels(self.label_names, labels)} {_number(series[-1])}"


class Metrics:
    """Everything one proxy counts; `render()` is the body of GET /metrics."""

    def __init__(self) -> None:
        self.requests = Counter("guard_http_requests_total", "HTTP requests by route template, method and status",
                                ("route", "method", "status"))
        self.latency = Histogram("guard_http_request_duration_seconds", "Time to answer a request, by route template",
                                 ("route",), LATENCY_BUCKETS)
        self.entities = Counter("guard_entities_total", "Personal data entities found in free text, by type", ("type",))
        self.decisions = Counter("guard_decisions_total", "Card policy decisions served, by rule and action",
                                 ("rule", "action"))
        self.identifications = Counter("guard_identifications_total", "Identification attempts by method and outcome",
                                       ("method", "outcome"))
        self.confirmations = Counter("guard_confirmations_total", "Confirmation answers by outcome", ("outcome",))
        self.fail_closed = Counter("guard_fail_closed_total", "Data withheld because a check could not be completed",
                                   ("reason",))
        self.upstream_errors = Counter("guard_upstream_errors_total", "Failed or blocked exchanges with the CRM",
                                       ("kind",))
        self.auth_rejections = Counter("guard_auth_rejections_total", "Requests refused for identity or ownership",
                                       ("status",))
        self.guesses_refused = Counter("guard_guesses_refused_total",
                                       "Guesses refused by the limits across calls (429), by locked scope and kind",
                                       ("scope", "kind"))
        self.checks = Counter("guard_checks_total", "Utterances checked (POST /v1/check), by verdict", ("verdict",))

    def families(self) -> list[Counter | Histogram]:
        return [self.requests, self.latency, self.entities, self.decisions, self.identifications,
                self.confirmations, self.fail_closed, self.upstream_errors, self.auth_rejections,
                self.guesses_refused, self.checks]

    def render(self) -> str:
        return "\n".join(line for family in self.families() for line in family.render()) + "\n"
