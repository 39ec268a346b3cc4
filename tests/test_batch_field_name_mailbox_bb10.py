"""Red team bb10, 16: a field named after the customer's e-mail ("memo_sidorova77_mail_ru") is not printed by the
closing warning of `guard batch` / `guard redact`; a name with no mailbox in it still is."""
from __future__ import annotations

from hypothesis import given, strategies as st

from guard.fields import OTHER_NAMES, shown

SERVICES = ["gmail", "yandex", "mail", "rambler", "inbox", "outlook", "yahoo", "hotmail"]
TLDS = ["ru", "com", "net", "org"]


@given(st.sampled_from(["memo", "extra", "x", "info"]), st.from_regex(r"[a-z]{3,9}[0-9]{0,3}", fullmatch=True),
       st.sampled_from(SERVICES), st.sampled_from(TLDS), st.sampled_from("_-"))
def test_a_field_name_holding_a_mailbox_is_not_shown(head, local, service, tld, separator):
    assert shown(f"{head}_{local}{separator}{service}{separator}{tld}") == OTHER_NAMES


def test_a_field_name_holding_a_mailbox_is_not_shown_inside_a_path():
    assert shown("meta.sidorova77_inbox_ru") == OTHER_NAMES


def test_field_names_without_a_mailbox_are_still_shown():
    for name in ("summary", "client_name", "mail_body", "email_format", "turns[].note", "russian_text"):
        assert shown(name) == name
