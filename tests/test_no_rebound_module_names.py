"""A module binds each top-level name once (stop 50).

A second `_X = {...}` further down a module silently replaces the first: every function written against the first
reads the second, and no test notices until a line goes unread. Stop 48 lost «ваша прописка ведь в Туле?» that way
(`personal._TO_THE_CALLER`), п. 25's `_SANCTIONED` was shadowed by п. 23's list, and stop 50 found seven more (each
second meaning now has its own name; docs/one-home.md, "Stop 50"). This test walks every module of `guard/` and
`recognizers/` and fails on any top-level name bound twice — an assignment (plain, annotated with a value, augmented),
a `def`, a `class` or an import — along one path through the module's top level.

Not a rebinding: the branches of an `if`/`else` and of a `try`/`except ImportError` fallback (one of them runs), the
submodules of one package imported under its name (`import email.errors`, `import email.header` bind `email` to the
same module), and `__all__ +=`. Anything else kept on purpose is listed in INTENTIONAL with its reason.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("guard", "recognizers")

# (module path, name) -> why that module binds the name twice on purpose. Empty: no module needs to.
INTENTIONAL: dict[tuple[str, str], str] = {}

_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


def _targets(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [name for element in node.elts for name in _targets(element)]
    if isinstance(node, ast.Starred):
        return _targets(node.value)
    return []  # an attribute or a subscript binds no module name


def _catches_import_errors(handler: ast.ExceptHandler) -> bool:
    caught = handler.type
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught] if caught is not None else []
    return bool(names) and all(isinstance(n, ast.Name) and n.id in _IMPORT_ERRORS for n in names)


def _most(*counts: Counter) -> Counter:
    """Bindings along whichever of several exclusive branches binds a name most often."""
    out: Counter = Counter()
    for count in counts:
        out |= count
    return out


def bindings(statements: list[ast.stmt]) -> Counter:
    """How many times each top-level name is bound along one path through `statements` (a module's body)."""
    count: Counter = Counter()
    for statement in statements:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                count.update(_targets(target))
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            count.update(_targets(statement.target))
        elif isinstance(statement, ast.AugAssign):
            count.update(name for name in _targets(statement.target) if name != "__all__")
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            count[statement.name] += 1
        elif isinstance(statement, ast.Import):
            # "import email.errors" then "import email.header": both bind `email`, the same package
            count.update(alias.asname or alias.name for alias in statement.names if alias.asname or "." not in alias.name)
            count.update({alias.name.split(".")[0] for alias in statement.names if not alias.asname and "." in alias.name}
                         - set(count))
        elif isinstance(statement, ast.ImportFrom):
            count.update(alias.asname or alias.name for alias in statement.names if alias.name != "*")
        elif isinstance(statement, ast.If):
            count += _most(bindings(statement.body), bindings(statement.orelse))
        elif isinstance(statement, ast.Try):
            fallbacks = [bindings(h.body) for h in statement.handlers if _catches_import_errors(h)]
            others = [bindings(h.body) for h in statement.handlers if not _catches_import_errors(h)]
            count += _most(bindings(statement.body), *fallbacks)
            for other in others:
                count += other
            count += bindings(statement.orelse) + bindings(statement.finalbody)
        elif isinstance(statement, (ast.For, ast.AsyncFor)):
            count.update(_targets(statement.target))
            count += bindings(statement.body) + bindings(statement.orelse)
        elif isinstance(statement, ast.While):
            count += bindings(statement.body) + bindings(statement.orelse)
        elif isinstance(statement, (ast.With, ast.AsyncWith)):
            count.update(name for item in statement.items if item.optional_vars is not None
                         for name in _targets(item.optional_vars))
            count += bindings(statement.body)
    return count


def rebound_names(source: str) -> list[str]:
    """The top-level names `source` binds more than once along one path, in order."""
    return sorted(name for name, times in bindings(ast.parse(source).body).items() if times > 1)


def _modules() -> list[Path]:
    return sorted(path for folder in FOLDERS for path in (ROOT / folder).rglob("*.py"))


def test_no_module_binds_a_top_level_name_twice():
    found = {(str(path.relative_to(ROOT)), name) for path in _modules()
             for name in rebound_names(path.read_text(encoding="utf-8"))}
    assert sorted(found - set(INTENTIONAL)) == []


def test_every_intentional_rebinding_still_exists_and_says_why():
    for (module, name), reason in INTENTIONAL.items():
        assert reason.strip()
        assert name in rebound_names((ROOT / module).read_text(encoding="utf-8"))


@pytest.mark.parametrize("source, name", [
    ("_WORDS = {'a'}\ndef f(w):\n    return w in _WORDS\n_WORDS = {'b'}\n", "_WORDS"),  # the bug: f reads {'b'}
    ("X: frozenset = frozenset()\nX = frozenset({1})\n", "X"),
    ("X = 1\nX += 1\n", "X"),
    ("def f(): pass\ndef f(): pass\n", "f"),
    ("class C: pass\nC = 1\n", "C"),
    ("from re import compile\ncompile = 1\n", "compile"),
    ("A, B = 1, 2\nB = 3\n", "B"),
    ("X = 1\nif True:\n    X = 2\n", "X"),  # only one branch: the first binding is replaced when it runs
    ("try:\n    X = 1\nexcept ValueError:\n    X = 2\n", "X"),  # not an import's fallback: both may run
])
def test_a_second_binding_is_found(source, name):
    assert rebound_names(source) == [name]


@pytest.mark.parametrize("source", [
    "try:\n    import ujson as json\nexcept ImportError:\n    import json\n",
    "import sys\nif sys.platform == 'win32':\n    SEP = '\\\\'\nelse:\n    SEP = '/'\n",
    "import email.errors\nimport email.header\n",
    "__all__ = ['a']\n__all__ += ['b']\n",
    "X = 1\ndef f():\n    global X\n    X = 2\n",  # a function's rebinding is no module-level statement
    "X = 1\nY = X\n",
])
def test_one_binding_per_path_is_no_rebinding(source):
    assert rebound_names(source) == []
