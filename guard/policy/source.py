"""Reading a YAML file so that every complaint can name the line it is about.

The policy file and the policy test cases are edited by people; a validation
error must say "152fz.yaml:41: rules[7].action: ..." rather than a pydantic dump.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError


class PolicyError(Exception):
    """A policy or policy-test file that cannot be used; str() names the file, the line and what is wrong."""

    def __init__(self, file: str | Path, line: int | None, reason: str) -> None:
        self.file = str(file)
        self.line = line
        self.reason = reason
        super().__init__(f"{self.file}:{line}: {reason}" if line else f"{self.file}: {reason}")


@dataclass
class YamlSource:
    """A parsed YAML document together with its node tree (which knows the line of every value)."""

    file: str
    data: Any
    root: yaml.Node | None

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        """The line of the deepest node along `loc`; loc items that are not in the YAML (pydantic's
        union tags) are skipped, so a validation error's loc maps to the value it complains about."""
        node = self.root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for item in loc:
            child = _child(node, item)
            if child is None:
                continue
            key_node, node = child
            line = (key_node or node).start_mark.line + 1
        return line

    def error(self, loc: tuple[Any, ...], reason: str) -> PolicyError:
        where = _describe(loc, self.root)
        return PolicyError(self.file, self.line_of(loc), f"{where}: {reason}" if where else reason)

    def validation_error(self, exc: ValidationError, within: tuple[Any, ...] = ()) -> PolicyError:
        """The first problem (by line) of a validation of the value at `within`."""
        errors = [{**err, "loc": within + tuple(err["loc"])} for err in exc.errors()]
        errors.sort(key=lambda err: self.line_of(err["loc"]) or 0)
        first = errors[0]
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown key (misspelt, or not part of this schema)"
        return self.error(first["loc"], message + more)


def read_yaml(path: str | Path) -> YamlSource:
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(file, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PolicyError(file, None, "not UTF-8 text") from None
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        raise PolicyError(file, mark.line + 1 if mark else None, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise PolicyError(file, None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    duplicate = _first_duplicate_key(root)
    if duplicate is not None:
        # YAML keeps the last of two equal keys: a second `exceptions:` would silently drop the first list
        raise PolicyError(file, duplicate.start_mark.line + 1,
                          f"key {duplicate.value!r} appears twice in the same mapping (the first would be ignored)")
    return YamlSource(file, data, root)


def import_lists(source: YamlSource) -> dict[str, object]:
    """The policy's `lists:` with every `name: {from: lists.yaml}` replaced by the list of that name in the
    shared file (policies/lists.yaml): both policies read one copy. The shared file is looked for beside the
    policy (a deployment mounts both), then among the bundled policies. Other entries are returned as written."""
    raw = source.data.get("lists") if isinstance(source.data, dict) else None
    if not isinstance(raw, dict):
        return raw
    resolved: dict[str, object] = {}
    for name, entries in raw.items():
        if not (isinstance(entries, dict) and set(entries) == {"from"} and isinstance(entries["from"], str)):
            resolved[name] = entries
            continue
        shared = _shared_lists(source, entries["from"], ("lists", name))
        if name not in shared:
            raise source.error(("lists", name), f"{entries['from']} has no list {name!r} "
                                                f"(it has: {', '.join(sorted(shared)) or 'none'})")
        resolved[name] = shared[name]
    return resolved


def _shared_lists(source: YamlSource, file_name: str, loc: tuple[Any, ...]) -> dict[str, Any]:
    if Path(file_name).name != file_name:
        raise source.error(loc, f"{file_name!r}: a shared lists file is named without a folder (it sits beside the policy)")
    beside = Path(source.file).parent / file_name
    path = beside if beside.is_file() else Path(str(resources.files("guard.policies").joinpath(file_name)))
    if not path.is_file():
        raise source.error(loc, f"no shared lists file {file_name!r} beside the policy or among the bundled ones")
    shared = read_yaml(path)
    lists = shared.data.get("lists") if isinstance(shared.data, dict) else None
    if not isinstance(lists, dict):
        raise PolicyError(shared.file, shared.line_of(()), "a shared lists file is a mapping with `lists:` of named lists")
    return lists


def _first_duplicate_key(root: yaml.Node | None) -> yaml.ScalarNode | None:
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        return key_node
                    seen.add(key_node.value)
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def _child(node: yaml.Node, item: Any) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(item):
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(item, int) and 0 <= item < len(node.value):
        return None, node.value[item]
    return None


def _describe(loc: tuple[Any, ...], root: yaml.Node | None) -> str:
    """`rules[3].when.all[0]` — the loc without pydantic's union tags; a last item not in the YAML
    (a missing key) is kept, since that is what the message is about."""
    text, node = "", root
    for position, item in enumerate(loc):
        child = _child(node, item) if node is not None else None
        if child is None:
            if position == len(loc) - 1 and isinstance(item, str) and isinstance(node, yaml.MappingNode):
                text += ("." if text else "") + item
            continue
        node = child[1]
        text += f"[{item}]" if isinstance(item, int) else ("." if text else "") + str(item)
    return text
