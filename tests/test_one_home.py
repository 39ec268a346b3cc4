"""Adding a kind of personal data (docs/one-home.md, "Adding a kind"): one module, one registry line, and a
line in the speech rules — a kind no rule names would be said aloud unchecked (fail closed means a new kind
is personal data in operator speech until the policy says otherwise)."""
from __future__ import annotations

from guard import recognizers
from guard.config import bundled_policy
from guard.disclosure.rules import load_rules

# Kinds the bundled speech rules deliberately do not block as the caller's data, each with its reason.
NOT_THE_CALLERS_DATA = {
    "RU_BIK": "a bank's public registry code",
    "RU_OGRN": "a company's public registry number",
    "IP_ADDRESS": "an internal host: the rule internal-address (its own pattern) blocks it as service information",
}


def test_every_kind_is_named_by_a_speech_rule_or_excused_with_a_reason():
    named = set().union(*(rule.entities for rule in load_rules(bundled_policy("disclosure.yaml")).rules))
    unnamed = set(recognizers.ENTITY_TYPES) - named - set(NOT_THE_CALLERS_DATA)
    assert not unnamed, f"add {sorted(unnamed)} to a rule's `entities:` in policies/disclosure.yaml"
    assert not named & set(NOT_THE_CALLERS_DATA)


def test_the_excused_kinds_are_the_registrys():
    assert set(NOT_THE_CALLERS_DATA) <= set(recognizers.ENTITY_TYPES)


def test_the_docs_name_only_the_policy_path_environment_names_settings_reads():
    # guard/config.py PolicyFiles reads GUARD_POLICY_PATH and GUARD_DISCLOSURE_RULES_PATH; the old names are gone.
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    stale = re.compile(r"\$?GUARD_(?:POLICY|DISCLOSURE_RULES)\b(?!_PATH)")
    for doc in [root / "README.md", *root.joinpath("policies").rglob("*.md")]:
        assert not stale.search(doc.read_text(encoding="utf-8")), doc
