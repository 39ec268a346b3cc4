"""How a detected value is replaced: the operators, by name.

- "tag"        `<PERSON>` (the default)
- "mask_last"  every letter and digit masked but the last N ("*-***-***-45-67")
- "pseudonym"  a keyed token, HMAC-SHA256 over the kind's canonical value (recognizers/): the same
               person or number, written or spoken, in any case, gives the same token in every record and every run (Presidio's own
               hash is salted at random per run, useless for counting repeat callers)
- "encrypt"    AES-CBC inside a marker `<PERSON:enc:...>` that `reveal()` turns back into the value with the same key;
               the token is Presidio's AESCipher format (url-safe base64 of a random IV and the PKCS7-padded
               ciphertext), so markers written before guard dropped Presidio still reveal, and Presidio decrypts ours
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from typing import Any, Callable

from guard.recognizers import NUMERIC_TYPES, SECRET_TYPES, canonical_value

OPERATOR_NAMES = ("tag", "mask_last", "pseudonym", "encrypt")
# (value, entity type) -> what replaces the value in the text
Replace = Callable[[str, str], str]

_ENCRYPTED = re.compile(r"<([A-Z_]+):enc:([A-Za-z0-9+/=_\-]+)>")


def pseudonym(entity_type: str, value: str, key: bytes) -> str:
    digest = hmac.new(key, f"{entity_type}\x1f{canonical_value(entity_type, value)}".encode(), hashlib.sha256)
    return f"<{entity_type}_{digest.hexdigest()[:12]}>"


def mask_keep_last(value: str, keep: int, masking_char: str = "*", entity_type: str = "") -> str:
    """Mask letters and digits except the last `keep` of them; separators stay (they reveal nothing). A secret kind
    (a password, a PIN, a CVV, an expiry) has no last characters to keep, and a value with no more than twice `keep`
    letters and digits ("770-001", a short name) would be mostly shown: both are masked whole (red team bb7, 19)."""
    positions = [i for i, ch in enumerate(value) if ch.isalnum()]
    if entity_type in SECRET_TYPES or len(positions) <= 2 * keep:
        keep = 0
    hidden = set(positions[:-keep] if keep > 0 else positions)
    return "".join(masking_char if i in hidden else ch for i, ch in enumerate(value))


# The shortest key file the pseudonym and encrypt operators take from a user: 128 bits. A pseudonym is an HMAC of the
# value, so a short key is found by trying every key over a value's few possibilities (red team bb4 through
# `guard batch`, bb9 26 through `guard redact`: a one-byte key, 256 tries, a birth date recovered).
MIN_KEY_BYTES = 16


def key_file_problem(key: bytes) -> str | None:
    """Why the bytes of a key file cannot key pseudonyms or encryption, or None: the one check of `guard redact` and
    `guard batch`."""
    if not key:
        return "the key file is empty"
    if len(key) < MIN_KEY_BYTES:
        return (f"the key file holds {len(key)} byte(s); a key needs at least {MIN_KEY_BYTES} "
                "(for example: head -c 32 /dev/urandom > guard.key)")
    return None


def _key_bytes(key: Any) -> bytes:
    if isinstance(key, bytes) and key:
        return key
    if isinstance(key, str) and key:
        return key.encode()
    raise ValueError("a non-empty key is required")


def _aes_key(key: Any) -> bytes:
    key = _key_bytes(key)
    if len(key) not in (16, 24, 32):
        raise ValueError("the encryption key must be 16, 24 or 32 bytes")
    return key


def encrypt_value(key: bytes, value: str) -> str:
    """AES-CBC with a random IV: url-safe base64 of IV + ciphertext of the PKCS7-padded UTF-8 value."""
    from cryptography.hazmat.primitives import padding  # only this operator and reveal() need it
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(value.encode("utf-8")) + padder.finalize()
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return base64.urlsafe_b64encode(iv + encryptor.update(padded) + encryptor.finalize()).decode()


def decrypt_value(key: bytes, token: str) -> str:
    """The value `encrypt_value` (or Presidio's AESCipher.encrypt) turned into `token`."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw = base64.urlsafe_b64decode(token)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(raw[:16])).decryptor()
    unpadder = padding.PKCS7(algorithms.AES.block_size).unpadder()
    padded = decryptor.update(raw[16:]) + decryptor.finalize()
    return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def replacer(name: str, *, keep_last: int = 4, key: bytes | str | None = None) -> Replace:
    """The replacement function of operator `name`; its parameters are checked here, before any text is seen."""
    if name == "tag":
        return lambda value, entity_type: f"<{entity_type}>"
    if name == "mask_last":
        if not isinstance(keep_last, int) or keep_last < 0:
            raise ValueError("keep must be a non-negative integer")
        return lambda value, entity_type: mask_keep_last(value, keep_last, entity_type=entity_type)
    if name == "pseudonym":
        secret = _key_bytes(key)
        return lambda value, entity_type: pseudonym(entity_type, value, secret)
    if name == "encrypt":
        secret = _aes_key(key)
        return lambda value, entity_type: f"<{entity_type}:enc:{encrypt_value(secret, value)}>"
    raise ValueError(f"unknown operator {name!r}; choose one of {', '.join(OPERATOR_NAMES)}")


def reveal(text: str, key: bytes | str) -> str:
    """Undo the "encrypt" operator: every `<TYPE:enc:...>` marker back to its value."""
    key_bytes = _key_bytes(key)
    return _ENCRYPTED.sub(lambda m: decrypt_value(key_bytes, m.group(2)), text)


__all__ = ["MIN_KEY_BYTES", "NUMERIC_TYPES", "OPERATOR_NAMES", "Replace", "canonical_value", "decrypt_value",
           "encrypt_value", "key_file_problem", "mask_keep_last", "pseudonym", "replacer", "reveal"]
