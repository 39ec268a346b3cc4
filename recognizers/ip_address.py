"""IP_ADDRESS: an IPv4 address, written "10.12.0.5" or spoken "десять точка двенадцать точка ноль точка пять".

A customer's address identifies their connection; the internal hosts of the senior-line procedure
must not be read out either. Each part must be 0-255; a version or a date has fewer parts.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern

from guard.recognizers.base import ContextPatternRecognizer, Kind

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_DOT = r"(?:\.|\s+точка\s+)"
IPV4_REGEX = r"(?<![\d.])" + _OCTET + r"(?:" + _DOT + _OCTET + r"){3}(?![\d]|\.\d)"


def canonical(value: str) -> str:
    """"10 точка 0 точка 0 точка 1" -> "10.0.0.1"."""
    return ".".join(re.findall(r"\d+", value))


class IpAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = [Pattern("ipv4", IPV4_REGEX, 0.6)]
    CONTEXT = ("ip", "айпи", "адрес", "хост", "сервер", "шлюз")


KIND = Kind("IP_ADDRESS", (IpAddressRecognizer,), canonical)
