"""Proxy settings: defaults < config file (YAML or env file) < GUARD_* variables < command-line flags."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from guard.config import load_settings


def test_defaults_are_loopback_and_fail_closed_limits():
    settings = load_settings()
    assert settings.host == "127.0.0.1" and settings.max_response_bytes == 10 * 1024 * 1024
    assert settings.allowed_content_types == [] and settings.max_identification_attempts == 3


def test_environment_beats_the_file_and_flags_beat_both(tmp_path, monkeypatch):
    config = tmp_path / "guard.yaml"
    config.write_text("port: 7000\ndetection_budget_s: 0.5\nallowed_content_types: [Image/PNG]\n", encoding="utf-8")
    assert load_settings(str(config)).port == 7000
    monkeypatch.setenv("GUARD_PORT", "7100")
    settings = load_settings(str(config))
    assert settings.port == 7100 and settings.detection_budget_s == 0.5 and settings.allowed_content_types == ["image/png"]
    assert load_settings(str(config), port=7200).port == 7200


def test_env_file_is_read_like_the_environment(tmp_path):
    env_file = tmp_path / "guard.env"
    env_file.write_text("GUARD_AUDIT_PATH=/var/lib/guard/audit.sqlite3\nGUARD_UPSTREAM=http://crm:9000/\n", encoding="utf-8")
    settings = load_settings(str(env_file))
    assert settings.audit_path == "/var/lib/guard/audit.sqlite3" and settings.upstream == "http://crm:9000"


def test_bad_values_are_rejected():
    with pytest.raises(ValidationError):
        load_settings(upstream="ftp://crm")
    with pytest.raises(ValidationError):
        load_settings(port=70000)
    with pytest.raises(FileNotFoundError):
        load_settings("/nonexistent/guard.yaml")
