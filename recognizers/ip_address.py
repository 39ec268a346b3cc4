"""IP_ADDRESS: an IP address, written "10.12.0.5" or spoken "десять точка двенадцать точка ноль точка пять",
and IPv6 ("2a00:1fa0:4611:2c5e:9d1b:77ff:fe20:1a3c", "2a00:1450::1").

A customer's address identifies their connection; the internal hosts of the senior-line procedure
must not be read out either. Each part must be 0-255; a version or a date has fewer parts. The public
DNS resolvers everyone types ("8.8.8.8", "77.88.8.8") are nobody's address and stay in the text.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.document import DIGITS
from guard.recognizers.base import ContextPatternRecognizer, Kind
from guard.recognizers.holder import WHOSE_OR_HOME

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


# A device's version or a name server, named right before the dotted quad: "прошивка 4.1.7.2", "DNS 77.88.8.8" — no
# subscriber's connection; nor a gateway's address inside a private network ("Шлюз 10.0.0.1"; a VPN gateway's public
# address is the customer's)
_NOT_A_SUBSCRIBERS = re.compile(r"(?<![а-яёa-z])(?:dns|днс|прошивк\w*|верси\w*|firmware|version|сборк\w*)[\s:№#.,\-]*$",
                                re.IGNORECASE)
_GATEWAY = re.compile(r"(?<![а-яёa-z])(?:шлюз\w*|gateway)[\s:№#.,\-]*$", re.IGNORECASE)
_PRIVATE = re.compile(r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.")
# A network's range written with its prefix length, its host part zero ("адреса из 10.64.0.0/16"): no host's address
_RANGE = re.compile(r"/\d{1,2}(?!\d)")


def _a_range(text: str, start: int, end: int) -> bool:
    """Is the address at text[start:end] a network's range — its last part zero, a prefix length after it — in a line
    where no person's cue says whose ("мой IP 95.24.11.0/24 выдали в договоре" is the customer's block: review 51 F6)?"""
    if not (canonical(text[start:end]).endswith(".0") and _RANGE.match(text, end) is not None):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return WHOSE_OR_HOME.search(text, line_start, len(text) if line_end < 0 else line_end) is None


def canonical(value: str) -> str:
    """"10 точка 0 точка 0 точка 1" -> "10.0.0.1"; an IPv6 address in lowercase."""
    if ":" in value:
        return value.strip().lower()
    return ".".join(DIGITS.findall(value))


def _octets(value: str) -> list[str]:
    """The parts of a spoken address after its cue: split at its dots when it has them ("1 9 2 точка 1 6 8 …" said digit
    by digit), else each digit group is one part ("91 204 17 66", the dots left unsaid)."""
    if re.search(r"\.|точка", value):
        return ["".join(re.findall(r"\d", part)) for part in re.split(r"\s*(?:\.|точка)\s*", value)]
    return DIGITS.findall(value)


class IpAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS = [Pattern("ipv4", IPV4_REGEX, 0.6), Pattern("ipv6", IPV6_REGEX, 0.6)]
    CONTEXT = ("ip", "айпи", "адрес", "хост", "сервер", "шлюз")
    # after its own word an address may be said without its dots or digit by digit: "айпишник 91 204 17 66"
    # "адрес" alone, as a connection's address is asked for ("назовите адрес\nклиент: 91 144 158 82"): four numbers of
    # 0-255 and nothing else (cue_value_ok) — a postal address holds a word or a number over 255 (its index)
    CUE_NUMBERS = ((r"(?:ip|айпи\w*|ай\s?пи)(?:[\s\-]+адрес\w*)?", 4, 12), (r"адрес\w*", 4, 12))
    CUE_VALUE = r"\d{1,3}(?:(?:\s+точка\s+|\.|\s)\d{1,3}){3,11}"

    def cue_value_ok(self, value: str) -> bool:
        octets = _octets(value)
        # four single digits said without a dot are a number said digit by digit ("… би 2 0 0 1 собака …"), not x.x.x.x
        spelled = not re.search(r"\.|точка", value) and all(len(octet) == 1 for octet in octets)
        return len(octets) == 4 and not spelled and all(octet and int(octet) <= 255 for octet in octets) \
            and ".".join(str(int(octet)) for octet in octets) not in PUBLIC_RESOLVERS

    def invalidate_result(self, pattern_text: str) -> bool:
        return canonical(pattern_text) in PUBLIC_RESOLVERS

    def _analyze(self, doc, entities, nlp_artifacts, regex_flags):
        text = doc.text
        return [result for result in super()._analyze(doc, entities, nlp_artifacts, regex_flags)
                if not _NOT_A_SUBSCRIBERS.search(text, max(0, result.start - 20), result.start)
                and not _a_range(text, result.start, result.end)
                and not (_GATEWAY.search(text, max(0, result.start - 20), result.start)
                         and _PRIVATE.match(canonical(text[result.start:result.end])))]


KIND = Kind("IP_ADDRESS", (IpAddressRecognizer,), canonical)
