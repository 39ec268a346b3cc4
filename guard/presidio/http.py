"""Presidio's REST API on `guard serve` (docs/interfaces.md §8): a client written for Presidio changes one URL.

    POST /analyze             Presidio analyzer's request and answer, for language "ru", on guard's recognizers
    POST /anonymize           presidio-anonymizer's own engine and operators (replace, redact, mask, hash, encrypt, keep)
    POST /deanonymize         the same for decrypt
    GET  /health              plain text, as Presidio's
    GET  /recognizers         ?language=
    GET  /supportedentities   ?language=
    GET  /anonymizers, /deanonymizers

Presidio answers from two Flask servers (presidio-analyzer/app.py, presidio-anonymizer/app.py); here both
sit on guard's port, behind guard's middlewares (authentication, deadline, size limit, access log). What a
client sees is Presidio's: the request fields as presidio_analyzer.AnalyzerRequest reads them, the bodies
byte for byte (sorted keys for /analyze, `{"error": ...}` for errors), the status codes — 400, 415, 422
and 500 exactly where Presidio gives them, but one: a body nested past the parser's recursion limit is a 400 with its
reason here, where Presidio answers 500 (bad input, not a failure of the server: red team bc33 f04). Presidio's own classes do the parsing and the work (the
analyzer engine with guard.presidio.add_russian, the anonymizer engine as shipped), so its quirks come
with them. What we add: no message is logged (Presidio logs them, and they can quote the request), and an
error inside guard's engine is a fixed sentence, never the exception's text.

Presidio itself is imported when the engines load (at startup, in the engines' thread), never with this
module: the proxy's modules, and the detection workers that import them, stay free of it (issue 13).
"""
from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from typing import TYPE_CHECKING

from aiohttp import web

from guard.audit import AuditWriter

if TYPE_CHECKING:  # Presidio is imported when the engines load (at startup), not with the proxy's modules
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine, DeanonymizeEngine

log = logging.getLogger("guard.presidio")
# Presidio's own loggers write what a client sent as it is: the language ("Fetching all recognizers for language
# xx-Zhuravleva"), entity names ("Entity Zhuravleva doesn't have ..."), and with `decision_process` the texts'
# explanations. guard logs its own line per failure (`_log_failure`: the route and the type name only), so
# theirs say nothing: no level lets a record through and none reaches the root logger's handlers.
_PRESIDIO_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")


def silence_presidio_logs() -> None:
    """Idempotent; run when the module loads and again when the engines load (after Presidio's own imports)."""
    for name in _PRESIDIO_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
        logger.disabled = True


silence_presidio_logs()

HEALTH_TEXT = "Presidio Analyzer service is up"
# werkzeug's descriptions, which Presidio's error handlers put in {"error": ...}
BAD_REQUEST = "The browser (or proxy) sent a request that this server could not understand."
UNSUPPORTED_MEDIA_TYPE = "Did not attempt to load JSON data because the request Content-Type was not 'application/json'."
METHOD_NOT_ALLOWED = "The method is not allowed for the requested URL."
INTERNAL_SERVER_ERROR = ("The server encountered an internal error and was unable to complete your request. "
                         "Either the server is overloaded or there is an error in the application.")
ANONYMIZER_INTERNAL_ERROR = "Internal server error"
NESTED_TOO_DEEP = "Invalid request json: nested too deep"


class PresidioEngines:
    """What the routes run on: built once at startup, used from one worker thread (the engine is CPU-bound)."""

    def __init__(self, analyzer: AnalyzerEngine | None = None, audit: AuditWriter | None = None) -> None:
        self.analyzer = analyzer
        self.audit = audit
        self._anonymizer: AnonymizerEngine | None = None
        self._deanonymizer: DeanonymizeEngine | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard-presidio")

    def load(self) -> None:
        silence_presidio_logs()
        if self.analyzer is None:
            from guard.presidio.plugin import russian_analyzer

            self.analyzer = russian_analyzer()
        # Presidio's anonymizer engines too, before the first request
        self._anonymizer, self._deanonymizer = self.anonymizer, self.deanonymizer

    @property
    def anonymizer(self) -> AnonymizerEngine:
        if self._anonymizer is None:
            from presidio_anonymizer import AnonymizerEngine

            self._anonymizer = AnonymizerEngine()
        return self._anonymizer

    @property
    def deanonymizer(self) -> DeanonymizeEngine:
        if self._deanonymizer is None:
            from presidio_anonymizer import DeanonymizeEngine

            self._deanonymizer = DeanonymizeEngine()
        return self._deanonymizer

    async def run(self, work: Callable[[], web.Response]) -> web.Response:
        return await asyncio.get_running_loop().run_in_executor(self.executor, work)


ENGINES = web.AppKey("guard.presidio.engines", PresidioEngines)


class HttpProblem(Exception):
    """What werkzeug raises as an HTTPException: a status and its description."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__()  # no args, as werkzeug's: Presidio's analyzer then fails on args[0] (see analyze)
        self.status = status
        self.description = description


def _json_response(body: str, status: int = 200) -> web.Response:
    # exactly "application/json", no charset parameter, as Flask sends it
    return web.Response(body=body.encode("utf-8"), status=status, headers={"Content-Type": "application/json"})


def _error(message: Any, status: int) -> web.Response:
    """Flask's jsonify(error=...): compact, ASCII-escaped, a trailing newline."""
    if not isinstance(message, (str, int, float, bool, type(None), list, dict)):
        message = str(message)
    return _jsonify({"error": message}, status)


def _jsonify(value: Any, status: int = 200) -> web.Response:
    """Flask's jsonify of a value (its default provider sorts keys; lists keep their order)."""
    return _json_response(json.dumps(value, separators=(",", ":"), sort_keys=True) + "\n", status)


def _first_arg(error: Exception) -> Any:
    """Presidio answers `{"error": e.args[0]}`; an exception without args makes its handler fail -> werkzeug's 500."""
    return error.args[0] if error.args else None


async def _get_json(request: web.Request) -> Any:
    """Flask's request.get_json(): JSON content types only (415 otherwise), a body that parses (400 otherwise)."""
    mimetype = request.content_type.lower()
    if not (mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))):
        raise HttpProblem(415, UNSUPPORTED_MEDIA_TYPE)
    raw = await request.read()
    try:
        return json.loads(raw)
    except ValueError:  # UnicodeDecodeError included
        raise HttpProblem(400, BAD_REQUEST) from None
    except RecursionError:
        raise NestedTooDeep() from None


class NestedTooDeep(HttpProblem):
    """A body nested past the parser's recursion limit: bad input, a 400 with its reason (red team bc33 f04: Presidio
    answers it with a 500, as if the server had failed). Under `guard serve` the middleware measures the depth first
    (guard/proxy/middlewares.py: bounded_bodies) and answers the same way before a handler runs."""

    def __init__(self) -> None:
        super().__init__(400, NESTED_TOO_DEEP)


def _only(*methods: str):
    """Presidio's routes answer other methods with werkzeug's 405, not guard's."""

    def wrap(handler):
        async def route(request: web.Request) -> web.StreamResponse:
            if request.method not in methods and not (request.method == "HEAD" and "GET" in methods):
                return _error(METHOD_NOT_ALLOWED, 405)
            return await handler(request)

        route.__doc__ = handler.__doc__
        return route

    return wrap


def _log_failure(route: str, error: BaseException) -> None:
    # the type only: Presidio's messages can quote the request
    log.info("presidio api error", extra={"fields": {"route": route, "error_type": type(error).__name__}})


async def _audit(request: web.Request, response: web.Response, **fields: Any) -> web.Response:
    """One audit record per request, as /v1/redact writes: route, status, counts of entity types — never a value.
    Mounted without an audit log, it records nothing."""
    audit = request.app[ENGINES].audit
    if audit is not None:
        await audit.record("presidio_api", route=f"{request.method} {request.path}", status=response.status,
                                 **fields)
    return response


def _count_types(items: list) -> dict[str, int]:
    """{"PERSON": 2, ...}; a type guard does not emit counts as OTHER (a client names its own types: maybe with data)."""
    from guard.presidio.plugin import GUARD_ENTITIES  # loaded with the engines

    counts: dict[str, int] = {}
    for item in items:
        entity_type = getattr(item, "entity_type", None)
        name = entity_type if entity_type in GUARD_ENTITIES else "OTHER"
        counts[name] = counts.get(name, 0) + 1
    return counts


# --- analyzer ---------------------------------------------------------------------------------------------


def _result_dict(result: Any) -> dict:
    """A RecognizerResult as Presidio's server writes it: its fields without recognition_metadata."""
    fields = dict(result.to_dict())
    fields.pop("recognition_metadata", None)
    return fields


def _serialize(value: Any) -> Any:
    """json.dumps' `default`: results without their metadata, explanations as their fields."""
    from presidio_analyzer import RecognizerResult

    return _result_dict(value) if isinstance(value, RecognizerResult) else value.to_dict()


# Presidio's own names for kinds guard names otherwise (red team bb11 22): a client written for Presidio that asks for
# LOCATION, DATE_TIME or IBAN_CODE gets guard's kinds of that data too — an address, a birth or a document's date, a bank
# account — under guard's names (the answer may hold more than asked: fail closed, never less).
PRESIDIO_NAMES = {
    "LOCATION": ("ADDRESS",),
    "DATE_TIME": ("DATE_OF_BIRTH", "DOCUMENT_ISSUE_DATE", "CARD_EXPIRY"),
    "IBAN_CODE": ("BANK_ACCOUNT",),
    "US_BANK_NUMBER": ("BANK_ACCOUNT",),
}


def guard_entities(requested: list[str] | None) -> list[str] | None:
    """`requested` (a Presidio request's `entities`) with guard's kinds added for Presidio's names of them; None (every
    kind) stays None."""
    if requested is None:
        return None
    out = list(requested)
    for name in requested:
        out.extend(kind for kind in PRESIDIO_NAMES.get(name, ()) if kind not in out)
    return out


def analyze_request(engine: AnalyzerEngine, data: Any) -> tuple[list, bool]:
    """Presidio's /analyze over parsed JSON: (results, batch?). Raises what Presidio's handler turns into errors."""
    from presidio_analyzer import AnalyzerRequest, BatchAnalyzerEngine

    request = AnalyzerRequest(data)
    if not request.text:
        raise Exception("No text provided")
    batch = isinstance(request.text, list)
    texts = request.text if batch else [request.text]
    if not request.language:
        raise Exception("No language provided")
    engine.get_supported_entities(request.language)  # an unsupported language fails here, as in Presidio
    found = BatchAnalyzerEngine(engine).analyze_iterator(
        texts=texts, language=request.language, batch_size=len(texts), n_process=1,
        correlation_id=request.correlation_id, score_threshold=request.score_threshold,
        entities=guard_entities(request.entities),
        return_decision_process=request.return_decision_process, ad_hoc_recognizers=request.ad_hoc_recognizers,
        context=request.context, allow_list=request.allow_list, allow_list_match=request.allow_list_match,
        regex_flags=request.regex_flags,
    )
    return found, batch


@_only("POST")
async def analyze(request: web.Request) -> web.Response:
    """POST /analyze: `text` (or a list of texts), `language`, and the rest of presidio_analyzer.AnalyzerRequest."""
    engines = request.app[ENGINES]
    try:
        data = await _get_json(request)
    except NestedTooDeep as problem:
        _log_failure("/analyze", problem)
        return _error(problem.description, problem.status)
    except Exception as error:  # noqa: BLE001 — werkzeug's
        # Presidio's analyzer catches werkzeug's exceptions as any other and reads their args[0]: there are none
        _log_failure("/analyze", error)
        return _error(_first_arg(error) if error.args else INTERNAL_SERVER_ERROR, 500)

    counts: dict[str, int] = {}

    def work() -> web.Response:
        try:
            found, batch = analyze_request(engines.analyzer, data)
            body = json.dumps(found if batch else found[0], default=_serialize, sort_keys=True)
        except TypeError as error:
            _log_failure("/analyze", error)
            return _error(f"Failed to parse /analyze request for AnalyzerEngine.analyze(). {_first_arg(error)}", 400)
        except Exception as error:  # noqa: BLE001 — Presidio answers every failure with its message and a 500
            _log_failure("/analyze", error)
            return _error(_first_arg(error) if error.args else INTERNAL_SERVER_ERROR, 500)
        counts.update(_count_types([result for results in found for result in results]))
        return _json_response(body)

    response = await engines.run(work)
    return await _audit(request, response, entities=counts)


def _sorted_listing(request: web.Request, route: str, names: Callable[[Any, str | None], Any]) -> web.Response:
    """A listing route's answer: `names(analyzer, language)` sorted (Presidio's order is arbitrary), or its failure as
    Presidio's server gives it (500 with the error's first argument, logged without it)."""
    engine = request.app[ENGINES].analyzer
    try:
        listed = sorted(names(engine, request.query.get("language")))
    except Exception as error:  # noqa: BLE001
        _log_failure(route, error)
        return _error(_first_arg(error), 500)
    return _jsonify(listed)


@_only("GET")
async def recognizers(request: web.Request) -> web.Response:
    """GET /recognizers?language=ru: the recognizers' names (sorted; Presidio's order is arbitrary)."""
    return _sorted_listing(request, "/recognizers", lambda engine, language: (
        recognizer.name for recognizer in engine.get_recognizers(language)))


@_only("GET")
async def supported_entities(request: web.Request) -> web.Response:
    """GET /supportedentities?language=ru: the entity types (sorted; Presidio's order is arbitrary)."""
    return _sorted_listing(request, "/supportedentities",
                           lambda engine, language: engine.get_supported_entities(language))


@_only("GET")
async def health(request: web.Request) -> web.Response:
    return web.Response(body=HEALTH_TEXT.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"})


# --- anonymizer -------------------------------------------------------------------------------------------


def _anonymizer_errors(route: str, work: Callable[[], web.Response]) -> Callable[[], web.Response]:
    """presidio-anonymizer's error handlers: 422 for a bad parameter, werkzeug's own, else a fixed 500."""

    def guarded() -> web.Response:
        from presidio_anonymizer.entities import InvalidParamError

        try:
            return work()
        except InvalidParamError as error:
            _log_failure(route, error)
            return _error(error.err_msg, 422)
        except HttpProblem as problem:
            _log_failure(route, problem)
            return _error(problem.description, problem.status)
        except Exception as error:  # noqa: BLE001
            _log_failure(route, error)
            return _error(ANONYMIZER_INTERNAL_ERROR, 500)

    return guarded


async def _anonymizer_body(request: web.Request, route: str) -> Any:
    try:
        content = await _get_json(request)
    except HttpProblem as problem:  # NestedTooDeep included: a 400
        _log_failure(route, problem)
        raise
    if not content:
        raise HttpProblem(400, "Invalid request json")
    return content


@_only("POST")
async def anonymize(request: web.Request) -> web.Response:
    """POST /anonymize: `{text, analyzer_results, anonymizers}` -> `{text, items}`; `custom` is refused (400)."""
    engines = request.app[ENGINES]
    try:
        content = await _anonymizer_body(request, "/anonymize")
    except HttpProblem as problem:
        return _error(problem.description, problem.status)

    counts: dict[str, int] = {}

    def work() -> web.Response:
        from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

        operators = AppEntitiesConvertor.operators_config_from_json(content.get("anonymizers"))
        if AppEntitiesConvertor.check_custom_operator(operators):
            raise HttpProblem(400, "Custom type anonymizer is not supported")
        results = AppEntitiesConvertor.analyzer_results_from_json(content.get("analyzer_results"))
        outcome = engines.anonymizer.anonymize(text=content.get("text", ""), analyzer_results=results,
                                               operators=operators)
        counts.update(_count_types(outcome.items))
        return _json_response(outcome.to_json())

    response = await engines.run(_anonymizer_errors("/anonymize", work))
    return await _audit(request, response, entities=counts)


@_only("POST")
async def deanonymize(request: web.Request) -> web.Response:
    """POST /deanonymize: `{text, anonymizer_results, deanonymizers}` (operator `decrypt`) -> `{text, items}`."""
    engines = request.app[ENGINES]
    try:
        content = await _anonymizer_body(request, "/deanonymize")
    except HttpProblem as problem:
        return _error(problem.description, problem.status)

    def work() -> web.Response:
        from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

        entities = AppEntitiesConvertor.deanonymize_entities_from_json(content)
        operators = AppEntitiesConvertor.operators_config_from_json(content.get("deanonymizers"))
        outcome = engines.deanonymizer.deanonymize(text=content.get("text", ""), entities=entities,
                                                   operators=operators)
        counts.update(_count_types(outcome.items))
        return _json_response(outcome.to_json())

    counts: dict[str, int] = {}
    response = await engines.run(_anonymizer_errors("/deanonymize", work))
    return await _audit(request, response, entities=counts)


@_only("GET")
async def anonymizers(request: web.Request) -> web.Response:
    return _jsonify(request.app[ENGINES].anonymizer.get_anonymizers())


@_only("GET")
async def deanonymizers(request: web.Request) -> web.Response:
    return _jsonify(request.app[ENGINES].deanonymizer.get_deanonymizers())


# --- mounting ---------------------------------------------------------------------------------------------

ROUTES = {
    "/analyze": analyze, "/recognizers": recognizers, "/supportedentities": supported_entities, "/health": health,
    "/anonymize": anonymize, "/deanonymize": deanonymize, "/anonymizers": anonymizers, "/deanonymizers": deanonymizers,
}


def add_routes(app: web.Application, *, audit: AuditWriter | None = None, analyzer: AnalyzerEngine | None = None) -> None:
    """Mount Presidio's API on `app`, each request recorded in `audit`. The analyzer (guard's, via add_russian) is
    built at startup unless given."""
    engines = PresidioEngines(analyzer, audit)
    app[ENGINES] = engines
    for path, handler in ROUTES.items():
        app.router.add_route("*", path, handler)

    async def start(app: web.Application) -> None:
        await asyncio.get_running_loop().run_in_executor(engines.executor, engines.load)

    async def stop(app: web.Application) -> None:
        engines.executor.shutdown(wait=False, cancel_futures=True)

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
