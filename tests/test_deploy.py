"""deploy/ as far as it can be checked without a container engine: every manifest parses, and what they name —
ports, probe paths, GUARD_* variables, volumes, the Secret's keys, the policy — exists in guard and the repository.

    python tests/test_deploy.py --write-configmap     # regenerate deploy/k8s/configmap-policy.yaml from the policy
"""
from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
POLICY = REPO / "policies" / "152fz.yaml"
SHARED_LISTS = REPO / "policies" / "lists.yaml"  # the lists 152fz.yaml imports: mounted beside it
CONFIGMAP = DEPLOY / "k8s" / "configmap-policy.yaml"
# GUARD_* names read outside Settings: the config file.
EXTRA_ENV = {"GUARD_CONFIG_FILE"}


class _Literal(str):
    """A multi-line string written as a `|` block, so the policy in the ConfigMap reads like the policy file."""


yaml.SafeDumper.add_representer(_Literal, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|"))


def configmap_text() -> str:
    body = yaml.safe_dump({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "guard-policy"},
                           "data": {"152fz.yaml": _Literal(POLICY.read_text(encoding="utf-8")),
                                    "lists.yaml": _Literal(SHARED_LISTS.read_text(encoding="utf-8"))}},
                          allow_unicode=True, sort_keys=False, width=200)
    return ("# Generated from policies/152fz.yaml and policies/lists.yaml: python tests/test_deploy.py --write-configmap\n"
            "# Compliance edits the policy there; this copy is what the pods mount at /etc/guard/152fz.yaml\n"
            "# (and /etc/guard/lists.yaml, the shared lists it imports).\n" + body)


def _settings_env() -> set[str]:
    from guard.config import Settings

    return {f"GUARD_{name.upper()}" for name in Settings.model_fields} | EXTRA_ENV


def _routes() -> set[str]:
    from guard.config import Settings
    from guard.proxy import create_app

    app = create_app(Settings(), redactor=object(), policy=object())  # routes only; nothing is started
    return {resource.canonical for resource in app.router.resources()}


def _k8s() -> dict[str, dict[str, Any]]:
    documents: dict[str, dict[str, Any]] = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc and "kind" in doc and doc["kind"] != "Kustomization":
                documents[f"{doc['kind']}/{doc['metadata']['name']}"] = doc
    return documents


def _guard_container(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return documents["Deployment/guard"]["spec"]["template"]["spec"]["containers"][0]


def test_every_manifest_parses_and_the_kustomization_lists_them_all():
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    files = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files
    assert {"Deployment/guard", "Service/guard", "HorizontalPodAutoscaler/guard", "ConfigMap/guard-policy",
            "Secret/guard-secrets", "Service/guard-redis"} <= set(_k8s())
    yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())


def test_the_deployment_probes_real_routes_on_the_port_guard_listens_on():
    documents = _k8s()
    container = _guard_container(documents)
    routes = _routes()
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz" in routes
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz" in routes
    env = {item["name"]: item.get("value") for item in container["env"]}
    port = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert port["http"] == int(env["GUARD_PORT"]) and env["GUARD_HOST"] == "0.0.0.0"
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["port"] in port
    service = documents["Service/guard"]["spec"]
    assert service["ports"][0]["targetPort"] in port
    assert service["selector"] == documents["Deployment/guard"]["spec"]["template"]["metadata"]["labels"]
    assert documents["HorizontalPodAutoscaler/guard"]["spec"]["scaleTargetRef"]["name"] == "guard"


def test_the_deployment_names_only_settings_guard_reads_and_turns_auth_on():
    container = _guard_container(_k8s())
    names = {item["name"] for item in container["env"]}
    assert names <= _settings_env(), names - _settings_env()
    env = {item["name"]: item.get("value") for item in container["env"]}
    assert env["GUARD_AUTH_MODE"] == "token" and env["GUARD_POLICY_PATH"] == "/etc/guard/152fz.yaml"


def test_volumes_configmap_and_secret_keys_fit_together():
    documents = _k8s()
    pod = documents["Deployment/guard"]["spec"]["template"]["spec"]
    container = _guard_container(documents)
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    assert {mount["name"] for mount in container["volumeMounts"]} == set(volumes)
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    env = {item["name"]: item for item in container["env"]}
    assert volumes[mounts["/etc/guard"]]["configMap"]["name"] == "guard-policy"
    assert {"152fz.yaml", "lists.yaml"} <= set(documents["ConfigMap/guard-policy"]["data"])
    secret_keys = set(documents["Secret/guard-secrets"]["stringData"])
    key_file = Path(env["GUARD_AUTH_KEY_FILE"]["value"])
    secret_volume = volumes[mounts[str(key_file.parent)]]["secret"]
    assert secret_volume["secretName"] == "guard-secrets" and {i["key"] for i in secret_volume["items"]} <= secret_keys
    assert env["GUARD_SESSION_STORE"]["valueFrom"]["secretKeyRef"]["key"] in secret_keys
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


def test_the_configmap_holds_exactly_the_repository_policy():
    assert CONFIGMAP.read_text(encoding="utf-8") == configmap_text(), \
        "deploy/k8s/configmap-policy.yaml is stale: python tests/test_deploy.py --write-configmap"
    from guard.policy import load_policy

    load_policy(POLICY)  # and the policy it carries loads


def _dockerfile() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


def test_the_image_is_slim_non_root_loads_models_at_build_and_checks_a_real_route():
    steps = _dockerfile()
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM"):]
    assert all(arg.split()[0] == "python:3.11-slim" for op, arg in steps if op == "FROM")
    user = [arg for op, arg in final if op == "USER"][-1]
    assert user.split(":")[0] not in ("0", "root")
    healthcheck = [arg for op, arg in final if op == "HEALTHCHECK"][0]
    path = re.search(r"http://127\.0\.0\.1:(\d+)(/\w+)", healthcheck)
    env = dict(re.findall(r"(GUARD_\w+)=(\S+)", " ".join(arg for op, arg in final if op == "ENV")))
    assert path.group(2) in _routes() and path.group(1) == env["GUARD_PORT"]
    assert [arg for op, arg in final if op == "EXPOSE"] == [env["GUARD_PORT"]]
    assert set(env) <= _settings_env() and env["GUARD_POLICY_PATH"] == "/etc/guard/152fz.yaml"
    assert any("Redactor()" in arg for op, arg in steps if op == "RUN")  # models proven present at build
    start = " ".join(arg for op, arg in final if op in ("ENTRYPOINT", "CMD"))
    assert not re.search(r"pip|curl|wget|download", start)  # nothing fetched when a container starts
    for op, arg in steps:
        if op == "COPY" and not arg.startswith("--from"):
            assert all((REPO / source).exists() for source in arg.split()[:-1]), arg


def test_compose_runs_the_crm_and_the_proxy_with_the_policy_mounted():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    proxy, crm = compose["services"]["proxy"], compose["services"]["crm"]
    assert proxy["image"] == crm["image"] == _guard_container(_k8s())["image"]
    assert set(proxy["environment"]) <= _settings_env()
    assert proxy["environment"]["GUARD_UPSTREAM"] == "http://crm:9000" and "9000" in crm["command"]
    mounts = dict(volume.split(":")[:2] for volume in proxy["volumes"] if volume.startswith("."))
    assert (DEPLOY / next(k for k, v in mounts.items() if v == "/etc/guard/152fz.yaml")).resolve() == POLICY
    assert (DEPLOY / next(k for k, v in mounts.items() if v == "/etc/guard/lists.yaml")).resolve() == SHARED_LISTS
    assert proxy["environment"]["GUARD_AUTH_MODE"] == "token"


def test_the_systemd_unit_is_hardened_and_sets_only_known_settings():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(DEPLOY / "guard.service")
    service = unit["Service"]
    assert service["ExecStart"].endswith("guard serve")
    raw = (DEPLOY / "guard.service").read_text()
    names = set(re.findall(r"^Environment=(GUARD_\w+)=", raw, re.MULTILINE))
    assert names <= _settings_env() and "GUARD_AUTH_MODE" in names
    for option in ("NoNewPrivileges=yes", "ProtectSystem=strict", "DynamicUser=yes", "PrivateTmp=yes"):
        assert option in raw


if __name__ == "__main__" and "--write-configmap" in sys.argv:
    CONFIGMAP.write_text(configmap_text(), encoding="utf-8")
    print(f"wrote {CONFIGMAP.relative_to(REPO)}")
