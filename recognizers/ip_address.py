"""IP_ADDRESS: an IP address, written "10.12.0.5" or spoken "десять точка двенадцать точка ноль точка пять",
and IPv6 ("2a00:1fa0:4611:2c5e:9d1b:77ff:fe20:1a3c", "2a00:1450::1").

A customer's address identifies their connection; the internal hosts of the senior-line procedure
must not be read out either. Each part must be 0-255; a version or a date has fewer parts. The public
DNS resolvers everyone types ("8.8.8.8", "77.88.8.8") are nobody's address and stay in the text.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_DOT = r"(?:\.|\s+точка\s+)"
IPV4_REGEX = r"(?<![\d.])" + _OCTET + r"(?:" + _DOT + _OCTET + r"){3}(?![\d]|\.\d)"
_HEX = r"[0-9a-fA-F]{1,4}"
# eight groups, or fewer with one "::" (at least two groups before it: "12::5" is nobody's address)
IPV6_REGEX = (r"(?<![\w:.])(?:(?:" + _HEX + r":){7}" + _HEX + r"|(?:" + _HEX + r":){2,6}:(?:" + _HEX + r":){0,4}"
              + _HEX + r")(?![\w:])")
# public resolvers (Google, Cloudflare, Quad9, Yandex): a setting, not a subscriber's connection
PUBLIC_RESOLVERS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "77.88.8.8", "77.88.8.1",
                              "77.88.8.88", "77.88.8.2"})


def canonical(value: str) -> str:
    """"10 точка 0 точка 0 точка 1" -> "10.0.0.1"; an IPv6 address in lowercase."""
    if ":" in value:
        return value.strip().lower()
    return ".".join(re.findall(r"\d+", value))


class IpAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = [Pattern("ipv4", IPV4_REGEX, 0.6), Pattern("ipv6", IPV6_REGEX, 0.6)]
    CONTEXT = ("ip", "айпи", "адрес", "хост", "сервер", "шлюз")

    def invalidate_result(self, pattern_text: str) -> bool:
        return canonical(pattern_text) in PUBLIC_RESOLVERS


KIND = Kind("IP_ADDRESS", (IpAddressRecognizer,), canonical)
