"""One call state (guard/callstate.py) for the card policy, the sessions and the speech checker, built one way
from the `context` object of a policy case or a `guard check` line (docs/interfaces.md §4, §5)."""
from __future__ import annotations

import pytest

from guard.callstate import CallState, IdentificationLevel
from guard.disclosure.context import CheckContext
from guard.policy.context import CallContext
from guard.sessions import CallSession


def test_the_policy_the_sessions_and_the_checker_read_one_type():
    assert CallContext is CallState and CallSession is CallState and issubclass(CheckContext, CallState)


def test_a_context_object_becomes_the_call_state():
    state = CallState.from_context({"identification": "primary", "caller_gender": "female",
                                    "identified_by": "organization", "confirmed": ["city_number"]})
    assert state.identification is IdentificationLevel.PRIMARY and state.caller_gender == "female"
    assert state.identified_by == "organization" and state.confirmed == frozenset({"city_number"})


def test_no_context_is_an_unidentified_call():
    assert CallState.from_context(None) == CallState.from_context({}) == CallState()


@pytest.mark.parametrize("context, field", [
    ({"identification": "Иванов Пётр"}, "context.identification"),
    ({"caller_gender": "Иванов Пётр"}, "context.caller_gender"),
    ({"identified_by": "Иванов Пётр"}, "context.identified_by"),
    ({"confirmed": "Иванов Пётр"}, "context.confirmed"),
    ({"confirmed": [79161234567]}, "context.confirmed"),
    (["identification"], "context"),
])
def test_a_bad_context_names_the_field_never_the_value(context, field):
    with pytest.raises(ValueError) as error:
        CallState.from_context(context)
    assert f"'{field}'" in str(error.value) and "Иванов" not in str(error.value)
