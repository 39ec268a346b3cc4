"""Settings for the proxy and the sample CRM, from defaults, a config file, the environment and the command line.

Precedence, lowest first: defaults < config file (YAML or an env file) < `GUARD_*` environment
variables < command-line flags. Every limit that decides what the operator may see or how long a
request may take lives here, so an administrator tunes them in one place and the code never carries
a second copy of a number.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

MEGABYTE = 1024 * 1024
MAX_AUTO_PROCESSES = 4  # detection workers chosen by core count (each holds an engine, ~300 MB)


def usable_cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def bundled_policy(name: str) -> Path:
    """A policy file shipped inside the package (`policies/` in the repository, `guard/policies/` once installed)."""
    return Path(str(resources.files("guard.policies").joinpath(name)))


class PolicyFiles(BaseSettings):
    """Where the two policies are read from: the one setting (and `GUARD_*` name) each, for every command.

    None means the bundled file. `guard serve`, `guard check`, `guard qa`, `guard policy test` and the
    batch report all ask here, so an administrator who mounts a policy sets one variable."""

    model_config = SettingsConfigDict(env_prefix="GUARD_", extra="ignore")

    policy_path: str | None = Field(None, description="the card policy YAML (152-FZ); None means the bundled one")
    disclosure_rules_path: str | None = Field(
        None, description="the disclosure rules YAML (what the operator may say); None means the bundled one")

    def card_policy(self) -> Path:
        return Path(self.policy_path) if self.policy_path else bundled_policy("152fz.yaml")

    def disclosure_rules(self) -> Path:
        return Path(self.disclosure_rules_path) if self.disclosure_rules_path else bundled_policy("disclosure.yaml")


class Settings(PolicyFiles):
    """Everything `guard serve` needs; each field can be set as `GUARD_<NAME>` (e.g. `GUARD_PORT=8081`)."""

    model_config = SettingsConfigDict(env_prefix="GUARD_", extra="ignore")

    config_file: str | None = Field(None, description="the YAML or env file these settings were read from")
    upstream: str = Field("http://127.0.0.1:9000", description="base URL of the CRM that /crm/ forwards to")
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    audit_path: str = Field("guard-audit.sqlite3", description="SQLite file of the tamper-evident audit log")

    upstream_connect_timeout_s: float = Field(2.0, gt=0)
    upstream_timeout_s: float = Field(10.0, gt=0, description="whole upstream exchange, headers and body")
    request_timeout_s: float = Field(15.0, gt=0, description="whole request through guard, upstream and detection included")
    upstream_pool_size: int = Field(100, ge=1, description="open connections kept to the upstream")
    max_response_bytes: int = Field(10 * MEGABYTE, ge=1)
    max_request_bytes: int = Field(1 * MEGABYTE, ge=1)
    allowed_content_types: list[str] = Field(
        default_factory=list,
        description="upstream content types passed through UNCHANGED (no detection); JSON and text/plain are always filtered",
    )

    crm_methods: list[str] = Field(
        default_factory=lambda: ["GET", "HEAD"],
        description="methods /crm/ forwards; anything else is 405 (a write through the guard is a deliberate setting)",
    )
    max_json_depth: int = Field(64, ge=2, description="deepest nesting of a JSON body, request or CRM card; deeper is 400 / 502")
    max_text_chars: int = Field(100_000, ge=1, description="longest string of a CRM answer the guard reads; a longer one is shown as [скрыто] (fail closed), a longer text body is 502")
    # A card's size (guard/proxy/cardwork.py; red team bb25, f03): max_text_chars bounds one string, these the whole
    # answer's reading. An answer over any of them is withheld whole (502): nothing of it reaches the screen.
    max_card_strings: int = Field(10_000, ge=1, description="string values one CRM answer may hold (at any depth); more is 502")
    max_card_keys: int = Field(20_000, ge=1, description="keys one CRM answer may hold (at any depth); more is 502")
    max_card_chars: int = Field(1_000_000, ge=1, description="characters of one CRM answer's strings and keys together; more is 502")
    card_off_loop_items: int = Field(
        1_000, ge=0, description="strings and keys past which a CRM answer's decision runs in a thread beside the event "
                                 "loop (guard/proxy/cardwork.py); an ordinary card (~100) is decided on the loop; 0 = every answer")
    card_off_loop_chars: int = Field(
        50_000, ge=0, description="characters past which a CRM answer's decision runs beside the event loop; 0 = every answer")
    check_max_bytes: int = Field(32 * 1024, ge=1, description="POST /v1/check body; one utterance, not a transcript")
    check_budget_s: float = Field(2.0, gt=0, description="POST /v1/check: the check's CPU time off the event loop; over it, 503")

    detection_budget_s: float = Field(
        0.5, gt=0, description="what a request may wait for its free text to be redacted, queueing included; over it, "
                               "the text not redacted is fully masked (the operator waits at most this long)")
    redactor_threads: int = Field(1, ge=1, description="threads for the text engine (it holds the GIL; 1 is usual)")
    decision_cache_size: int = Field(2048, ge=0, description="finished decisions kept in memory (LRU, keyed by a keyed BLAKE2b of the body, a random key per process); 0 = off")
    card_secrets_cache_size: int = Field(
        256, ge=0, description="cards whose hidden values are kept read into matchable forms for the card-aware scrub, "
                               "and whose facts the policy reads of the card alone (LRU, keyed by keyed BLAKE2b digests "
                               "of the body and the decision, with the call state; in memory only); 0 = off")
    text_cache_size: int = Field(
        20_000, ge=0, description="redacted free texts kept in memory (LRU, keyed by a keyed BLAKE2b of the text, a random key per process); 0 = off. "
                                  "The same bound for the proxy's other memos of texts: the customer numbers a text writes, and the card-aware "
                                  "scrub's spans (offsets only) of a text or a column for a card's hidden words and values")
    text_cache_chars: int = Field(20_000_000, ge=1, description="characters the text cache may hold (texts and results); each memo of texts alike")
    detection_backlog: int = Field(
        32, ge=0, description="texts still redacted after their request's budget ran out, at most (that request masks "
                              "them; the next fetch gets the result from the text cache); 0 = queued work is dropped at "
                              "the budget")
    redactor_processes: int | None = Field(
        None, ge=0, description="worker processes for the text engine, each with its own engine (~300 MB), so detection "
                                "holds neither the event loop nor its GIL; unset = one per core but one, at most "
                                f"{MAX_AUTO_PROCESSES}, and none on one core; 0 = a thread in this process")

    card_path: str = Field("/api/customers/{msisdn}", description="upstream path of one customer card")
    max_identification_attempts: int = Field(3, ge=1, description="failed identify calls before the call is locked")
    max_confirm_failures: int = Field(5, ge=1, description="wrong confirm answers before confirm is locked")
    # Guessing limits across calls (guard/proxy/limits.py; issue 10, item 3): failed guesses per customer number and
    # per operator within guess_window_s, in every replica together; the next guess locks that number or operator out.
    guess_window_s: float = Field(3600, gt=0, description="the window failed guesses are counted in")
    guess_lockout_s: float = Field(900, gt=0, description="how long a number or an operator stays locked out")
    guess_limit_identify_per_number: int = Field(6, ge=1, description="failed identify attempts per customer number")
    guess_limit_identify_per_operator: int = Field(20, ge=1, description="failed identify attempts per operator")
    guess_limit_confirm_per_number: int = Field(10, ge=1, description="wrong confirm answers per customer number")
    guess_limit_confirm_per_operator: int = Field(30, ge=1, description="wrong confirm answers per operator")
    guess_limit_check_per_number: int = Field(20, ge=1,
                                              description="checks in a call that name personal data, per customer number")
    guess_limit_check_per_operator: int = Field(60, ge=1, description="checks in a call that name personal data, per operator")
    # Comment sets (guard/proxy/limits.py comment_sets_over; red team bb22, f01): whether a card's comments came back hidden
    # tells one bit a fetch (some comment names a hidden value), so each distinct set of comment texts an operator is
    # shown of a customer is counted within comment_sets_window_s; past a limit every comment text of that customer
    # is hidden for the rest of the window, whatever the comments say. A refresh of unchanged comments costs nothing.
    comment_sets_window_s: float = Field(86_400, gt=0, description="the window distinct comment sets are counted in")
    comment_sets_per_operator: int = Field(
        6, ge=1, description="distinct sets of a customer's comment texts one operator is shown, per window")
    comment_sets_per_customer: int = Field(
        12, ge=1, description="distinct sets of a customer's comment texts all operators together are shown, per window")
    session_ttl_s: float = Field(4 * 3600, gt=0, description="a call session is forgotten after this long")
    session_store: str = Field(
        "memory", description="'memory' (one process) or redis://host:port/db (shared by every replica; guard[redis])"
    )

    # Who is calling (guard/proxy/auth.py). `none` keeps docs/interfaces.md §7 working as written, for demos and tests;
    # a deployment sets `token` (or `gateway` behind an authenticating gateway) — `guard serve` warns when off.
    auth_mode: Literal["none", "token", "gateway"] = "none"
    auth_key: SecretStr | None = Field(None, description="HMAC key of operator tokens (token mode), >= 32 characters")
    auth_key_file: str | None = Field(None, description="file holding auth_key (a mounted Secret); used when auth_key is unset")
    gateway_header: str = Field("X-Operator-Id", description="gateway mode: the header naming the operator")
    gateway_roles_header: str = Field("X-Operator-Roles", description="gateway mode: comma-separated roles")
    trusted_proxies: list[str] = Field(
        default_factory=list, description="gateway mode: addresses or CIDRs whose identity headers are believed"
    )
    client_lines_trusted: bool = Field(
        False, description="auth off only: a `speaker: client` line of POST /v1/check counts as the caller's words (a "
                           "single desk whose own software is the ASR feed); with auth on only the role caller-feed "
                           "may say what the caller said, and by default nobody does")
    one_call_per_operator: bool = Field(
        True, description="an operator speaks with one caller at a time: POST /v1/calls ends the operator's call open "
                          "before it (its identification withdrawn, identify/confirm on it 409; red team bb17, 22). Off "
                          "only for a desk whose one operator id serves several lines at once")
    log_level: str = Field("INFO", description="level of the JSON log lines on stderr")

    @field_validator("upstream")
    @classmethod
    def _upstream_is_http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("upstream must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("allowed_content_types")
    @classmethod
    def _lowercase_types(cls, value: list[str]) -> list[str]:
        return [item.strip().lower() for item in value if item.strip()]

    @field_validator("crm_methods")
    @classmethod
    def _uppercase_methods(cls, value: list[str]) -> list[str]:
        return [item.strip().upper() for item in value if item.strip()]

    @field_validator("session_store")
    @classmethod
    def _store_is_known(cls, value: str) -> str:
        if value != "memory" and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("session_store must be 'memory' or a redis:// URL")
        return value

    @model_validator(mode="after")
    def _auth_is_complete(self) -> "Settings":
        """Refuse to start half-configured: a token mode without a usable key would let nobody (or anybody) in."""
        if self.auth_mode == "token":
            key = self.auth_secret()
            if key is None or len(key) < 32:
                raise ValueError("auth_mode token needs auth_key or auth_key_file with at least 32 characters")
        if self.auth_mode == "gateway" and not self.trusted_proxies:
            raise ValueError("auth_mode gateway needs trusted_proxies (the gateway's addresses)")
        return self

    def detection_processes(self) -> int:
        """Worker processes for the text engine: `redactor_processes` when set, else one per usable core but one (the
        event loop keeps a core), at most MAX_AUTO_PROCESSES."""
        if self.redactor_processes is not None:
            return self.redactor_processes
        return min(max(usable_cores() - 1, 0), MAX_AUTO_PROCESSES)

    def auth_secret(self) -> bytes | None:
        """The token key as bytes: auth_key, else the stripped contents of auth_key_file, else None."""
        if self.auth_key is not None:
            return self.auth_key.get_secret_value().encode("utf-8")
        if self.auth_key_file:
            try:
                return Path(self.auth_key_file).read_text(encoding="utf-8").strip().encode("utf-8")
            except OSError:
                raise ValueError("auth_key_file cannot be read") from None
        return None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Flags (init values) beat GUARD_* variables, which beat the config file, which beats defaults.
        config_file = getattr(init_settings, "init_kwargs", {}).get("config_file") or os.environ.get("GUARD_CONFIG_FILE")
        if not config_file:
            return init_settings, env_settings
        if Path(config_file).suffix.lower() in (".yaml", ".yml"):
            return init_settings, env_settings, YamlConfigSettingsSource(settings_cls, yaml_file=config_file)
        return init_settings, env_settings, DotEnvSettingsSource(settings_cls, env_file=config_file)


def load_settings(config_file: str | None = None, **flags: Any) -> Settings:
    """Settings from `config_file` (.yaml/.yml or a KEY=VALUE env file), GUARD_* variables and the flags that are set."""
    chosen = {key: value for key, value in flags.items() if value is not None}
    if config_file:
        if not Path(config_file).is_file():
            raise FileNotFoundError(f"config file not found: {config_file}")
        chosen["config_file"] = config_file
    return Settings(**chosen)
