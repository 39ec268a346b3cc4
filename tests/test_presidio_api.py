"""Differential: the same requests to `guard serve` and to a real Presidio server answer alike (docs/interfaces.md §8).

The reference is Presidio's own pair of Flask servers (presidio-analyzer/app.py, presidio-anonymizer/app.py),
wired here from the presidio-analyzer and presidio-anonymizer packages the way those files wire them. Its
analyzer is a stock AnalyzerEngine that needs no spaCy model — a pattern recognizer for English, the no-op
NLP engine — given Russian with guard.presidio.add_russian. So for "ru" both sides should give the same bytes:
status, Content-Type and body, error bodies included.
"""
from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request
from typing import Any, Iterator

import pytest

flask = pytest.importorskip("flask", reason="Flask (Presidio's server framework) is in the test extra: pip install -e '.[test]'")

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine, AnalyzerRequest, BatchAnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry,
)
from presidio_analyzer.nlp_engine import NoOpNlpEngine  # noqa: E402
from presidio_anonymizer import AnonymizerEngine, DeanonymizeEngine  # noqa: E402
from presidio_anonymizer.entities import InvalidParamError  # noqa: E402
from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor  # noqa: E402
from werkzeug.exceptions import BadRequest, HTTPException  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from guard.config import Settings  # noqa: E402
from guard.presidio import add_russian  # noqa: E402
from guard.proxy import create_app  # noqa: E402
from guard.proxy.serving import running_site  # noqa: E402

# --- the reference: Presidio's two servers ---------------------------------------------------------------


def presidio_analyzer_server(engine: AnalyzerEngine) -> flask.Flask:
    """presidio-analyzer/app.py's routes and error handling, on `engine`."""
    app = flask.Flask("reference-presidio-analyzer")
    batch_engine = BatchAnalyzerEngine(engine)

    @app.route("/health")
    def health():
        return "Presidio Analyzer service is up"

    @app.route("/analyze", methods=["POST"])
    def analyze():
        try:
            req = AnalyzerRequest(flask.request.get_json())
            if not req.text:
                raise Exception("No text provided")
            is_batch = isinstance(req.text, list)
            texts = req.text if is_batch else [req.text]
            if not req.language:
                raise Exception("No language provided")
            engine.get_supported_entities(req.language)
            found = []
            for results in batch_engine.analyze_iterator(
                    texts=texts, batch_size=len(texts), n_process=1, language=req.language,
                    correlation_id=req.correlation_id, score_threshold=req.score_threshold, entities=req.entities,
                    return_decision_process=req.return_decision_process, ad_hoc_recognizers=req.ad_hoc_recognizers,
                    context=req.context, allow_list=req.allow_list, allow_list_match=req.allow_list_match,
                    regex_flags=req.regex_flags):
                for result in results:
                    if hasattr(result, "recognition_metadata"):
                        delattr(result, "recognition_metadata")
                found.append(results)
            body = json.dumps(found if is_batch else found[0], default=lambda o: o.to_dict(), sort_keys=True)
            return flask.Response(body, content_type="application/json")
        except TypeError as error:
            return flask.jsonify(error=f"Failed to parse /analyze request for AnalyzerEngine.analyze(). {error.args[0]}"), 400
        except Exception as error:
            return flask.jsonify(error=error.args[0]), 500

    @app.route("/recognizers", methods=["GET"])
    def recognizers():
        try:
            return flask.jsonify([r.name for r in engine.get_recognizers(flask.request.args.get("language"))]), 200
        except Exception as error:
            return flask.jsonify(error=error.args[0]), 500

    @app.route("/supportedentities", methods=["GET"])
    def supported_entities():
        try:
            return flask.jsonify(engine.get_supported_entities(flask.request.args.get("language"))), 200
        except Exception as error:
            return flask.jsonify(error=error.args[0]), 500

    @app.errorhandler(HTTPException)
    def http_error(error):
        return flask.jsonify(error=error.description), error.code

    return app


def presidio_anonymizer_server() -> flask.Flask:
    """presidio-anonymizer/app.py's routes and error handling."""
    app = flask.Flask("reference-presidio-anonymizer")
    anonymizer = AnonymizerEngine()
    deanonymizer = DeanonymizeEngine()

    @app.route("/health")
    def health():
        return "Presidio Anonymizer service is up"

    @app.route("/anonymize", methods=["POST"])
    def anonymize():
        content = flask.request.get_json()
        if not content:
            raise BadRequest("Invalid request json")
        operators = AppEntitiesConvertor.operators_config_from_json(content.get("anonymizers"))
        if AppEntitiesConvertor.check_custom_operator(operators):
            raise BadRequest("Custom type anonymizer is not supported")
        results = AppEntitiesConvertor.analyzer_results_from_json(content.get("analyzer_results"))
        outcome = anonymizer.anonymize(text=content.get("text", ""), analyzer_results=results, operators=operators)
        return flask.Response(outcome.to_json(), mimetype="application/json")

    @app.route("/deanonymize", methods=["POST"])
    def deanonymize():
        content = flask.request.get_json()
        if not content:
            raise BadRequest("Invalid request json")
        entities = AppEntitiesConvertor.deanonymize_entities_from_json(content)
        operators = AppEntitiesConvertor.operators_config_from_json(content.get("deanonymizers"))
        outcome = deanonymizer.deanonymize(text=content.get("text", ""), entities=entities, operators=operators)
        return flask.Response(outcome.to_json(), mimetype="application/json")

    @app.route("/anonymizers", methods=["GET"])
    def anonymizers():
        return flask.jsonify(anonymizer.get_anonymizers())

    @app.route("/deanonymizers", methods=["GET"])
    def deanonymizers():
        return flask.jsonify(deanonymizer.get_deanonymizers())

    @app.errorhandler(InvalidParamError)
    def invalid_param(error):
        return flask.jsonify(error=error.err_msg), 422

    @app.errorhandler(HTTPException)
    def http_error(error):
        return flask.jsonify(error=error.description), error.code

    @app.errorhandler(Exception)
    def server_error(error):
        return flask.jsonify(error="Internal server error"), 500

    return app


def stock_engine_with_russian() -> AnalyzerEngine:
    zip_code = PatternRecognizer("US_ZIP", patterns=[Pattern("zip", r"\b\d{5}\b", 0.6)], supported_language="en")
    engine = AnalyzerEngine(registry=RecognizerRegistry(recognizers=[zip_code], supported_languages=["en"]),
                            nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
                            supported_languages=["en"])
    return add_russian(engine)


def serve_flask(app: flask.Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def serve_guard(settings: Settings, engine: Any, policy: Any) -> Iterator[str]:
    """`guard serve`'s app on loopback, in a thread with its own event loop."""
    ready: dict[str, Any] = {}
    started = threading.Event()

    async def main() -> None:
        stop = asyncio.Event()
        ready["stop"] = (asyncio.get_running_loop(), stop)
        async with running_site(create_app(settings, redactor=engine, policy=policy)) as url:
            ready["url"] = url
            started.set()
            await stop.wait()

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    assert started.wait(120), "guard did not start"
    try:
        yield ready["url"]
    finally:
        loop, stop = ready["stop"]
        loop.call_soon_threadsafe(stop.set)
        thread.join(30)


@pytest.fixture(scope="module")
def analyzer_url(engine) -> Iterator[str]:
    yield from serve_flask(presidio_analyzer_server(stock_engine_with_russian()))


@pytest.fixture(scope="module")
def anonymizer_url() -> Iterator[str]:
    yield from serve_flask(presidio_anonymizer_server())


@pytest.fixture(scope="module")
def guard_url(engine, policy, tmp_path_factory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("presidio-api")
    settings = Settings(upstream="http://127.0.0.1:9", audit_path=str(folder / "audit.sqlite3"))
    yield from serve_guard(settings, engine, policy)


def call(base: str, method: str, path: str, body: Any = None, *, raw: bytes | None = None,
         content_type: str | None = "application/json", headers: dict[str, str] | None = None
         ) -> tuple[int, str, bytes]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    sent = dict(headers or {})
    if data is not None and content_type:
        sent["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=data, method=method, headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


# --- the cases -------------------------------------------------------------------------------------------

SPOKEN = ("Меня зовут Иванов Пётр Сергеевич, паспорт 4505 678901, перезвоните на "
          "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь")
PASSPORT_AD_HOC = {"name": "Contract", "supported_entity": "CONTRACT_NUMBER", "supported_language": "ru",
                   "patterns": [{"name": "contract", "regex": r"\bД-\d{6}\b", "score": 0.4}], "context": ["договор"]}
DENY_LIST_AD_HOC = {"name": "Tariffs", "supported_entity": "TARIFF", "supported_language": "ru",
                    "deny_list": ["Мой безлимит"]}
SPANS = [{"start": 11, "end": 32, "entity_type": "PERSON", "score": 0.9},
         {"start": 42, "end": 53, "entity_type": "RU_PASSPORT", "score": 0.9}]
KEY = "WmZq4t7w!z%C&F)J"

ANALYZE_CASES = {
    "a text": {"text": SPOKEN, "language": "ru"},
    "a batch of texts, an empty one and a number among them": {"text": [SPOKEN, "", "нет данных", 5], "language": "ru"},
    "entities": {"text": SPOKEN, "language": "ru", "entities": ["PHONE_NUMBER", "PERSON"]},
    "score_threshold": {"text": SPOKEN, "language": "ru", "score_threshold": 0.95},
    "return_decision_process": {"text": SPOKEN, "language": "ru", "return_decision_process": True},
    "correlation_id": {"text": SPOKEN, "language": "ru", "correlation_id": "c-1"},
    "an ad-hoc pattern recognizer with context": {
        "text": "по договору Д-123456 клиент Иванов Пётр", "language": "ru", "ad_hoc_recognizers": [PASSPORT_AD_HOC]},
    "an ad-hoc deny-list recognizer and request context": {
        "text": "тариф Мой безлимит подключён", "language": "ru", "ad_hoc_recognizers": [DENY_LIST_AD_HOC],
        "context": ["тариф"], "return_decision_process": True},
    "allow_list exact": {"text": SPOKEN, "language": "ru", "allow_list": ["4505 678901"]},
    "allow_list regex with flags": {"text": SPOKEN, "language": "ru", "allow_list": ["^иванов"],
                                    "allow_list_match": "regex", "regex_flags": 2},
    "code points before the entity": {"text": "🙂🙂 звонил Иванов Пётр, 89161234567", "language": "ru"},
    # errors
    "no text": {"language": "ru"},
    "an empty text": {"text": "", "language": "ru"},
    "no language": {"text": SPOKEN},
    "a language nobody serves": {"text": SPOKEN, "language": "xx"},
    "only unknown entities": {"text": SPOKEN, "language": "ru", "entities": ["NOPE"]},
    "an object in a batch": {"text": ["a", {"b": 1}], "language": "ru"},
    "an ad-hoc recognizer without an entity": {"text": "abc", "language": "ru", "ad_hoc_recognizers": [{"name": "x"}]},
    "ad-hoc recognizers not a list": {"text": "abc", "language": "ru", "ad_hoc_recognizers": "x"},
    "an ad-hoc regex that does not compile": {"text": "abc", "language": "ru", "ad_hoc_recognizers": [
        {"supported_entity": "X", "supported_language": "ru", "patterns": [{"name": "p", "regex": "(", "score": 0.5}]}]},
    "an unknown allow_list_match": {"text": SPOKEN, "language": "ru", "allow_list": ["x"], "allow_list_match": "fuzzy"},
}

ANONYMIZE_CASES = {
    "default replace": {"text": SPOKEN, "analyzer_results": SPANS},
    "mask, redact and replace per entity": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {
        "PERSON": {"type": "replace", "new_value": "<ИМЯ>"},
        "RU_PASSPORT": {"type": "mask", "masking_char": "*", "chars_to_mask": 6, "from_end": True},
        "DEFAULT": {"type": "redact"}}},
    "keep": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {"DEFAULT": {"type": "keep"}}},
    "overlapping spans": {"text": SPOKEN, "analyzer_results": SPANS + [
        {"start": 11, "end": 17, "entity_type": "PERSON", "score": 0.5}]},
    "no spans": {"text": SPOKEN, "analyzer_results": []},
    # errors
    "custom is refused": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {"PERSON": {"type": "custom", "lambda": "x"}}},
    "no analyzer_results": {"text": SPOKEN},
    "an empty body": {},
    "start after end": {"text": SPOKEN, "analyzer_results": [{"start": 5, "end": 2, "entity_type": "X", "score": 1}]},
    "an unknown operator": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {"PERSON": {"type": "nope"}}},
    "a short encryption key": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {"PERSON": {"type": "encrypt", "key": "short"}}},
    "mask without its parameters": {"text": SPOKEN, "analyzer_results": SPANS, "anonymizers": {"PERSON": {"type": "mask"}}},
    "analyzer_results not a list": {"text": SPOKEN, "analyzer_results": "x"},
}

DEANONYMIZE_CASES = {
    "no entities": {"text": "abc"},
    "an empty body": {},
    "decrypt of a text that is not a ciphertext": {"text": "abc", "anonymizer_results": [
        {"start": 0, "end": 3, "entity_type": "X"}], "deanonymizers": {"X": {"type": "decrypt", "key": KEY}}},
    "an unknown operator": {"text": "abc", "anonymizer_results": [{"start": 0, "end": 3, "entity_type": "X"}],
                            "deanonymizers": {"X": {"type": "nope"}}},
}

RAW_CASES = {  # (path, body bytes, Content-Type)
    "analyze: not JSON": ("/analyze", b"not json", "application/json"),
    "analyze: JSON null": ("/analyze", b"null", "application/json"),
    "analyze: a JSON list": ("/analyze", b"[1]", "application/json"),
    "analyze: text/plain": ("/analyze", b'{"text": "a", "language": "ru"}', "text/plain"),
    "analyze: no body, no type": ("/analyze", b"", None),
    "analyze: a +json type": ("/analyze", json.dumps({"text": SPOKEN, "language": "ru"}).encode(), "application/vnd.x+json"),
    "anonymize: not JSON": ("/anonymize", b"not json", "application/json"),
    "anonymize: a JSON list": ("/anonymize", b"[1]", "application/json"),
    "anonymize: text/plain": ("/anonymize", b'{"text": "a"}', "text/plain"),
    "deanonymize: not JSON": ("/deanonymize", b"{", "application/json"),
}
# JSON nested past the parser's recursion limit: Presidio answers 500, guard 400 with its reason (red team bc33 f04;
# tests/security/test_redteam_bc33_deep_records.py)


def reference_for(path: str, analyzer_url: str, anonymizer_url: str) -> str:
    return anonymizer_url if path in ("/anonymize", "/deanonymize", "/anonymizers", "/deanonymizers") else analyzer_url


def assert_same(guard: tuple[int, str, bytes], presidio: tuple[int, str, bytes]) -> None:
    assert guard[0] == presidio[0], (guard, presidio)
    assert guard[1] == presidio[1], (guard, presidio)
    assert guard[2] == presidio[2], (guard[2][:400], presidio[2][:400])


@pytest.mark.parametrize("case", list(ANALYZE_CASES))
def test_analyze_answers_as_presidio_does(case, guard_url, analyzer_url):
    body = ANALYZE_CASES[case]
    assert_same(call(guard_url, "POST", "/analyze", body), call(analyzer_url, "POST", "/analyze", body))


@pytest.mark.parametrize("case", list(ANONYMIZE_CASES))
def test_anonymize_answers_as_presidio_does(case, guard_url, anonymizer_url):
    body = ANONYMIZE_CASES[case]
    assert_same(call(guard_url, "POST", "/anonymize", body), call(anonymizer_url, "POST", "/anonymize", body))


@pytest.mark.parametrize("case", list(DEANONYMIZE_CASES))
def test_deanonymize_answers_as_presidio_does(case, guard_url, anonymizer_url):
    body = DEANONYMIZE_CASES[case]
    assert_same(call(guard_url, "POST", "/deanonymize", body), call(anonymizer_url, "POST", "/deanonymize", body))


@pytest.mark.parametrize("case", list(RAW_CASES))
def test_malformed_requests_get_presidios_errors(case, guard_url, analyzer_url, anonymizer_url):
    path, raw, content_type = RAW_CASES[case]
    reference = reference_for(path, analyzer_url, anonymizer_url)
    assert_same(call(guard_url, "POST", path, raw=raw, content_type=content_type),
                call(reference, "POST", path, raw=raw, content_type=content_type))


@pytest.mark.parametrize("method, path", [("GET", "/analyze"), ("PUT", "/anonymize"), ("POST", "/health"),
                                          ("DELETE", "/supportedentities"), ("POST", "/deanonymizers")])
def test_a_wrong_method_gets_presidios_405(method, path, guard_url, analyzer_url, anonymizer_url):
    reference = reference_for(path, analyzer_url, anonymizer_url)
    assert_same(call(guard_url, method, path), call(reference, method, path))


@pytest.mark.parametrize("path", ["/health", "/supportedentities?language=ru", "/recognizers?language=ru",
                                  "/supportedentities?language=xx", "/recognizers?language=xx",
                                  "/anonymizers", "/deanonymizers"])
def test_the_get_routes_answer_as_presidio_does(path, guard_url, analyzer_url, anonymizer_url):
    guard = call(guard_url, "GET", path)
    presidio = call(reference_for(path.split("?")[0], analyzer_url, anonymizer_url), "GET", path)
    if guard[0] == 200 and guard[1] == "application/json":  # Presidio lists a set: its order is arbitrary
        guard, presidio = (*guard[:2], sorted(json.loads(guard[2]))), (*presidio[:2], sorted(json.loads(presidio[2])))
    assert guard == presidio


def test_encrypt_and_hash_answer_in_presidios_shape_and_decrypt_restores_the_value(guard_url, anonymizer_url):
    """Both are randomized (IV, salt): shapes compared, and guard's ciphertext opens with Presidio's decrypt."""
    body = {"text": SPOKEN, "analyzer_results": SPANS,
            "anonymizers": {"PERSON": {"type": "encrypt", "key": KEY}, "RU_PASSPORT": {"type": "hash"}}}
    status, content_type, raw = call(guard_url, "POST", "/anonymize", body)
    reference = call(anonymizer_url, "POST", "/anonymize", body)
    ours, theirs = json.loads(raw), json.loads(reference[2])
    assert (status, content_type) == reference[:2]
    assert list(ours) == list(theirs) == ["text", "items"]
    assert [list(item) for item in ours["items"]] == [list(item) for item in theirs["items"]]
    person = next(item for item in ours["items"] if item["entity_type"] == "PERSON")
    back = {"text": ours["text"], "anonymizer_results": [person], "deanonymizers": {"PERSON": {"type": "decrypt", "key": KEY}}}
    for base in (guard_url, anonymizer_url):
        status, _, raw = call(base, "POST", "/deanonymize", back)
        assert status == 200 and "Иванов Пётр Сергеевич" in json.loads(raw)["text"]


def test_the_spoken_phone_is_found_in_the_original_offsets(guard_url):
    status, _, raw = call(guard_url, "POST", "/analyze", {"text": SPOKEN, "language": "ru"})
    assert status == 200
    found = {item["entity_type"]: SPOKEN[item["start"]:item["end"]] for item in json.loads(raw)}
    assert found == {"PERSON": "Иванов Пётр Сергеевич", "RU_PASSPORT": "4505 678901",
                     "PHONE_NUMBER": "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"}
    assert list(json.loads(raw)[0]) == ["analysis_explanation", "end", "entity_type", "score", "start"]


def test_the_v1_api_is_unchanged_beside_presidios(guard_url):
    status, _, raw = call(guard_url, "POST", "/v1/redact", {"text": "Кл. Иванов П.С. просил перезвонить на 89161234567"})
    assert status == 200
    assert json.loads(raw)["text"] == "Кл. <PERSON> просил перезвонить на <PHONE_NUMBER>"
    assert call(guard_url, "GET", "/healthz")[0] == 200


def test_with_authentication_on_presidios_routes_need_an_operator(engine, policy, tmp_path):
    from guard.proxy.auth import issue_token

    key = "k" * 40
    settings = Settings(upstream="http://127.0.0.1:9", audit_path=str(tmp_path / "audit.sqlite3"),
                        auth_mode="token", auth_key=key)
    for url in serve_guard(settings, engine, policy):
        assert call(url, "POST", "/analyze", {"text": SPOKEN, "language": "ru"})[0] == 401
        assert call(url, "GET", "/health")[0] == 401
        token = issue_token(key.encode(), "op1021", ttl_s=60)
        status, _, raw = call(url, "POST", "/analyze", {"text": SPOKEN, "language": "ru"},
                              headers={"Authorization": f"Bearer {token}"})
        assert status == 200 and len(json.loads(raw)) == 3


def test_each_presidio_request_is_audited_with_entity_counts_and_never_a_value(engine, policy, tmp_path):
    from guard.audit import AuditLog

    settings = Settings(upstream="http://127.0.0.1:9", audit_path=str(tmp_path / "audit.sqlite3"))
    own_type = {"text": SPOKEN, "analyzer_results": SPANS + [{"start": 0, "end": 4, "entity_type": "Меня", "score": 1}]}
    for url in serve_guard(settings, engine, policy):
        assert call(url, "POST", "/analyze", {"text": SPOKEN, "language": "ru"})[0] == 200
        assert call(url, "POST", "/anonymize", own_type)[0] == 200
    log = AuditLog(settings.audit_path)
    try:
        records = [r for r in log.since(0, 100) if r["kind"] == "presidio_api"]
    finally:
        log.close()
    assert [(r["route"], r["status"], r["entities"]) for r in records] == [
        ("POST /analyze", 200, {"PERSON": 1, "RU_PASSPORT": 1, "PHONE_NUMBER": 1}),
        ("POST /anonymize", 200, {"RU_PASSPORT": 1, "PERSON": 1, "OTHER": 1}),
    ]
    dumped = json.dumps(records, ensure_ascii=False)
    for value in ("Иванов", "4505", "678901", "восемь", "Меня"):
        assert value not in dumped


@pytest.mark.parametrize("presidio_name, guard_kind, value", [
    ("LOCATION", "ADDRESS", "ул. Тверская, д. 5, кв. 12"),
    ("DATE_TIME", "DATE_OF_BIRTH", "12.03.1980"),
    ("IBAN_CODE", "BANK_ACCOUNT", "40817810099910004312"),
    ("IBAN_CODE", "BANK_ACCOUNT", "KZ86125KZT5004100100"),  # an IBAN is a bank account (red team bb17 24)
])
def test_presidios_own_name_for_a_kind_gets_guards_kind_of_it(guard_url, presidio_name, guard_kind, value):
    # a client written for Presidio names entities its way (red team bb11 22): the kind is found, under guard's name
    text = ("Клиент 12.03.1980 г.р., проживает г. Москва, ул. Тверская, д. 5, кв. 12, р/с 40817810099910004312, "
            "верните деньги на счёт KZ86125KZT5004100100")
    status, _, body = call(guard_url, "POST", "/analyze", {"text": text, "language": "ru", "entities": [presidio_name]})
    start = text.index(value)
    assert status == 200
    assert any(r["entity_type"] == guard_kind and r["start"] <= start and r["end"] >= start + len(value)
               for r in json.loads(body))
