"""The wheel installs the product under the one `guard` namespace, with the policies inside it."""
from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_python_package_in_the_repository_is_listed_for_the_wheel():
    setuptools = _pyproject()["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    mapped = {folder: name for name, folder in setuptools["package-dir"].items()}
    found = set()
    for init in REPO.glob("*/**/__init__.py"):
        folder = init.parent.relative_to(REPO)
        top = folder.parts[0]
        if top in ("tests", "benchmarks", "docs", "deploy") or ".venv" in folder.parts:
            continue
        if top in mapped:
            found.add(".".join((mapped[top], *folder.parts[1:])))
        elif top == "guard":
            found.add(".".join(folder.parts))
    found |= {name for name in mapped.values() if (REPO / next(k for k, v in mapped.items() if v == name) / "__init__.py").exists()}
    # The rest of the list are folders of data files (models, policy tests): listed so setuptools ships them without
    # warning; each holds no code and has its package-data.
    data_folders = listed - found
    assert found <= listed
    for name in data_folders:
        folder = _folder_of(name, setuptools["package-dir"])
        assert folder.is_dir() and not any(folder.glob("*.py")), name
        assert setuptools["package-data"].get(name), name


def _folder_of(package: str, package_dir: dict[str, str]) -> Path:
    for name, folder in package_dir.items():
        if package == name or package.startswith(name + "."):
            return REPO / folder / Path(*package[len(name) + 1:].split(".")) if package != name else REPO / folder
    return REPO / Path(*package.split("."))


def test_recognizers_and_policies_install_under_guard_not_at_the_top_level():
    setuptools = _pyproject()["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"guard.recognizers": "recognizers", "guard.policies": "policies"}
    assert not any(name.split(".")[0] != "guard" for name in setuptools["packages"])


def test_the_bundled_policies_are_read_as_package_data():
    from guard.config import PolicyFiles, bundled_policy

    files = PolicyFiles(policy_path=None, disclosure_rules_path=None)
    assert files.card_policy() == bundled_policy("152fz.yaml") and files.card_policy().is_file()
    assert files.disclosure_rules().is_file()
    assert (bundled_policy("tests") / "numbers.yaml").is_file()


def test_one_environment_name_sets_each_policy_path(monkeypatch, tmp_path):
    from guard.config import PolicyFiles

    monkeypatch.setenv("GUARD_POLICY_PATH", str(tmp_path / "card.yaml"))
    monkeypatch.setenv("GUARD_DISCLOSURE_RULES_PATH", str(tmp_path / "said.yaml"))
    assert PolicyFiles().card_policy() == tmp_path / "card.yaml"
    assert PolicyFiles().disclosure_rules() == tmp_path / "said.yaml"
