"""How a detected value is replaced: Presidio operators, registered by name.

- "tag"        `<PERSON>` (Presidio's replace; the default)
- "mask_last"  every letter and digit masked but the last N ("*-***-***-45-67")
- "pseudonym"  a keyed token, HMAC-SHA256 over the kind's canonical value (recognizers/): the same
               person or number, written or spoken, in any case, gives the same token in every record and every run (Presidio's own
               hash is salted at random per run, useless for counting repeat callers)
- "encrypt"    AES (Presidio's cipher) inside a marker `<PERSON:enc:...>` that
               `reveal()` turns back into the value with the same key
"""
from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

from presidio_anonymizer.operators import Operator, OperatorType
from presidio_anonymizer.operators.aes_cipher import AESCipher

from guard.recognizers import NUMERIC_TYPES, canonical_value

_ENCRYPTED = re.compile(r"<([A-Z_]+):enc:([A-Za-z0-9+/=_\-]+)>")


def pseudonym(entity_type: str, value: str, key: bytes) -> str:
    digest = hmac.new(key, f"{entity_type}\x1f{canonical_value(entity_type, value)}".encode(), hashlib.sha256)
    return f"<{entity_type}_{digest.hexdigest()[:12]}>"


def mask_keep_last(value: str, keep: int, masking_char: str = "*") -> str:
    """Mask letters and digits except the last `keep` of them; separators stay (they reveal nothing)."""
    positions = [i for i, ch in enumerate(value) if ch.isalnum()]
    hidden = set(positions[:-keep] if keep > 0 else positions)
    return "".join(masking_char if i in hidden else ch for i, ch in enumerate(value))


def _key_bytes(key: Any) -> bytes:
    if isinstance(key, bytes):
        return key
    if isinstance(key, str) and key:
        return key.encode()
    raise ValueError("a non-empty key is required")


class KeyedPseudonym(Operator):
    def operate(self, text: str = None, params: dict = None) -> str:
        return pseudonym(params["entity_type"], text, _key_bytes(params.get("key")))

    def validate(self, params: dict = None) -> None:
        _key_bytes((params or {}).get("key"))

    def operator_name(self) -> str:
        return "pseudonym"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class MaskKeepLast(Operator):
    def operate(self, text: str = None, params: dict = None) -> str:
        return mask_keep_last(text, int(params.get("keep", 4)), params.get("masking_char", "*"))

    def validate(self, params: dict = None) -> None:
        keep = (params or {}).get("keep", 4)
        if not isinstance(keep, int) or keep < 0:
            raise ValueError("keep must be a non-negative integer")

    def operator_name(self) -> str:
        return "mask_last"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class EncryptToken(Operator):
    """AES-CBC via Presidio's cipher; the marker names the type so a reader knows what was there."""

    def operate(self, text: str = None, params: dict = None) -> str:
        key = _key_bytes(params.get("key"))
        return f"<{params['entity_type']}:enc:{AESCipher.encrypt(key, text)}>"

    def validate(self, params: dict = None) -> None:
        key = _key_bytes((params or {}).get("key"))
        if len(key) not in (16, 24, 32):
            raise ValueError("the encryption key must be 16, 24 or 32 bytes")

    def operator_name(self) -> str:
        return "encrypt"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def reveal(text: str, key: bytes | str) -> str:
    """Undo the "encrypt" operator: every `<TYPE:enc:...>` marker back to its value."""
    key_bytes = _key_bytes(key)
    return _ENCRYPTED.sub(lambda m: AESCipher.decrypt(key_bytes, m.group(2)), text)


CUSTOM_OPERATORS: tuple[type[Operator], ...] = (KeyedPseudonym, MaskKeepLast, EncryptToken)
OPERATOR_NAMES = ("tag", "mask_last", "pseudonym", "encrypt")
