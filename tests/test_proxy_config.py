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
    config.write_text("port: 7000\ndetection_budget_s: 0.3\nallowed_content_types: [Image/PNG]\n", encoding="utf-8")
    assert load_settings(str(config)).port == 7000
    monkeypatch.setenv("GUARD_PORT", "7100")
    settings = load_settings(str(config))
    assert settings.port == 7100 and settings.detection_budget_s == 0.3 and settings.allowed_content_types == ["image/png"]
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


def test_detection_runs_in_worker_processes_when_there_is_more_than_one_core_unless_set(monkeypatch):
    import guard.config

    for cores, expected in ((1, 0), (2, 1), (3, 2), (16, guard.config.MAX_AUTO_PROCESSES)):
        monkeypatch.setattr(guard.config, "usable_cores", lambda cores=cores: cores)
        assert load_settings().detection_processes() == expected
    monkeypatch.setenv("GUARD_REDACTOR_PROCESSES", "0")  # a thread in the proxy's own process, as before
    assert load_settings().detection_processes() == 0
    monkeypatch.setenv("GUARD_REDACTOR_PROCESSES", "3")
    assert load_settings().detection_processes() == 3


def test_an_operator_waits_at_most_half_a_second_for_comments_and_late_work_is_kept_in_a_bounded_backlog():
    settings = load_settings()
    assert settings.detection_budget_s == 0.5 and 0 < settings.detection_backlog <= 64
