"""A real Presidio client against `guard serve`: LiteLLM's Presidio guardrail masks a Russian message.

LiteLLM (an LLM gateway) calls Presidio's /analyze and /anonymize over HTTP before a prompt leaves for the
model. Pointing PRESIDIO_ANALYZER_API_BASE and PRESIDIO_ANONYMIZER_API_BASE at guard, with the guardrail's
language set to "ru", is the whole configuration (README: "use guard where you used Presidio").
"""
from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import Iterator

import pytest
import yaml

# LiteLLM fetches a model price list from the internet at import unless told to use its bundled copy.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
presidio_hook = pytest.importorskip("litellm.proxy.guardrails.guardrail_hooks.presidio",
                                    reason="LiteLLM is not installed; it is in the test extra: pip install -e '.[test]'")

from litellm.caching.caching import DualCache  # noqa: E402
from litellm.proxy._types import UserAPIKeyAuth  # noqa: E402
from litellm.proxy.guardrails.guardrail_initializers import initialize_presidio  # noqa: E402
from litellm.types.guardrails import LitellmParams  # noqa: E402

from test_proxy_subprocess import _start as start_guard, _stop as stop_guard  # noqa: E402

NAME = "Иванов Пётр Сергеевич"
PASSPORT = "4505 678901"
SPOKEN_PHONE = "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
MESSAGE = f"Здравствуйте, меня зовут {NAME}, паспорт {PASSPORT}, перезвоните мне на {SPOKEN_PHONE}, пожалуйста"


@pytest.fixture(scope="module")
def guard_url(tmp_path_factory) -> Iterator[str]:
    """`guard serve` as a user runs it: its own process on loopback. What it printed (its JSON logs) is checked
    on the way out: after every test here sent it the message, no name, passport or number may be in it."""
    folder = tmp_path_factory.mktemp("litellm")
    process, url = start_guard("serve", "--upstream", "http://127.0.0.1:9", "--port", "0",
                               "--audit-db", str(folder / "audit.sqlite3"))
    try:
        yield url
    finally:
        code, output = stop_guard(process)
        assert code == 0
        for value in (NAME, "Иванов", PASSPORT, "678901", SPOKEN_PHONE, "шестнадцать"):
            assert value not in output


def litellm_guardrail(guard_url: str):
    return presidio_hook._OPTIONAL_PresidioPIIMasking(
        presidio_analyzer_api_base=guard_url, presidio_anonymizer_api_base=guard_url, presidio_language="ru",
        guardrail_name="guard-ru", event_hook="pre_call", default_on=True)


def test_litellms_presidio_guardrail_masks_a_name_a_passport_and_a_spoken_phone(guard_url):
    guardrail = litellm_guardrail(guard_url)
    request = {"model": "any", "messages": [{"role": "system", "content": "Вы оператор."},
                                            {"role": "user", "content": MESSAGE}]}

    async def run() -> dict:
        try:
            return await guardrail.async_pre_call_hook(UserAPIKeyAuth(), DualCache(), request, "completion")
        finally:
            await guardrail._close_http_session()

    masked = asyncio.run(run())["messages"][1]["content"]
    assert masked == ("Здравствуйте, меня зовут <PERSON>, паспорт <RU_PASSPORT>, перезвоните мне на <PHONE_NUMBER>, "
                      "пожалуйста")
    for value in (NAME, PASSPORT, SPOKEN_PHONE, "Иванов", "678901", "шестнадцать"):
        assert value not in masked


def test_litellm_with_its_default_language_gets_presidios_error_not_an_english_guess(guard_url):
    """LiteLLM sends language "en" unless told otherwise; guard answers as Presidio without English would."""
    guardrail = presidio_hook._OPTIONAL_PresidioPIIMasking(
        presidio_analyzer_api_base=guard_url, presidio_anonymizer_api_base=guard_url,
        guardrail_name="guard-en", event_hook="pre_call", default_on=True,
        pii_entities_config={"PERSON": "MASK"})  # with entities configured, LiteLLM fails closed on an error

    async def run() -> None:
        try:
            await guardrail.async_pre_call_hook(UserAPIKeyAuth(), DualCache(),
                                                {"messages": [{"role": "user", "content": MESSAGE}]}, "completion")
        finally:
            await guardrail._close_http_session()

    with pytest.raises(Exception, match="No matching recognizers"):
        asyncio.run(run())


def readme_litellm_line() -> str:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    (line,) = [line for line in readme.splitlines() if "guardrail: presidio" in line]
    return line


def test_the_readmes_one_line_litellm_configuration_masks_through_guard(guard_url):
    """The README's line, parsed as LiteLLM's config loader would, with guard's address put in for http://guard:8080."""
    (entry,) = yaml.safe_load(readme_litellm_line().replace("http://guard:8080", guard_url))
    (guardrail, *_) = initialize_presidio(LitellmParams(**entry["litellm_params"]), entry)
    request = {"messages": [{"role": "user", "content": MESSAGE}]}

    async def run() -> dict:
        try:
            return await guardrail.async_pre_call_hook(UserAPIKeyAuth(), DualCache(), request, "completion")
        finally:
            await guardrail._close_http_session()

    masked = asyncio.run(run())["messages"][0]["content"]
    assert re.findall(r"<[A-Z_]+>", masked) == ["<PERSON>", "<RU_PASSPORT>", "<PHONE_NUMBER>"]

