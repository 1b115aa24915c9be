"""How reslint/kinds/ is laid out: one module per kind, named like it, and shared helpers apart.

Kind `x-y` lives in reslint/kinds/x_y.py; what several kinds use lives in
reslint/kinds/shared/. A kind module that imported another would tie two
checks together, so the imports are read from the source, function-level
ones included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reslint.kinds import KINDS

KINDS_DIR = Path(__file__).resolve().parent.parent / "reslint" / "kinds"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
KIND_MODULES = sorted(p for p in KINDS_DIR.glob("*.py") if p.name != "__init__.py")
SHARED_MODULES = sorted((KINDS_DIR / "shared").rglob("*.py"))
MAX_LINES = 500


def module_name(kind: str) -> str:
    return kind.replace("-", "_")


def imported_modules(path: Path) -> list[str]:
    """Every module an `import` or `from ... import` anywhere in the file names."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_lives_in_the_module_named_after_it(kind):
    assert KINDS[kind].check.__module__ == f"reslint.kinds.{module_name(kind)}"


@pytest.mark.parametrize("path", KIND_MODULES, ids=lambda p: p.name)
def test_each_module_in_kinds_is_a_registered_kind(path):
    assert path.stem in {module_name(kind) for kind in KINDS}, (
        f"{path.name} is not a kind: shared helpers belong in reslint/kinds/shared/"
    )


@pytest.mark.parametrize("path", KIND_MODULES + SHARED_MODULES, ids=lambda p: p.name)
def test_kinds_and_shared_helpers_import_no_kind_module(path):
    """Only reslint.kinds.shared; not even the registry, which imports every kind."""
    for name in imported_modules(path):
        if name == "reslint.kinds" or name.startswith("reslint.kinds."):
            inside = name.removeprefix("reslint.kinds").lstrip(".")
            assert inside == "shared" or inside.startswith("shared."), (
                f"{path.relative_to(KINDS_DIR)} imports {name}"
            )


@pytest.mark.parametrize(
    "path", [KINDS_DIR / "__init__.py", *KIND_MODULES, *SHARED_MODULES], ids=lambda p: p.name
)
def test_each_module_is_short_and_says_what_it_owns(path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_LINES
    assert ast.get_docstring(ast.parse(source)), f"{path.name} has no opening docstring"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_is_documented_for_rule_writers(kind):
    assert f"`{kind}`" in DOCS.read_text(encoding="utf-8")
