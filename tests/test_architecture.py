"""reslint's layers, read from its imports: a module imports its own layer and the layers
below it, never one above, and no reslint modules import each other in a cycle.

Every `import` counts, wherever it stands: at module level, inside a function (the lazy
imports that keep start-up fast) or under `if TYPE_CHECKING:`, since each is a dependency
all the same. Importing `a.b.c` also runs the `__init__` of `a.b`; that edge is not
counted, so a package's `__init__` should import only what its own layer may.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import reslint

PACKAGE = Path(reslint.__file__).parent
ROOT = "reslint"  # the package itself (`__version__`): named only exactly, not as a prefix

# Low to high: (layer, the modules and packages in it). A module belongs to the most
# specific entry that names it or a package above it. A new module or package needs an
# entry here; a new layer is a new row.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "model",  # data between stages, and helpers that import no other reslint module
        (
            ROOT,
            "reslint.severity",
            "reslint.names",
            "reslint.model",
            "reslint.report",
            "reslint.limits",
            "reslint.pdf_engines",
            "reslint.gc_tuning",
            "reslint.progress",
            "reslint.gitignore",
            "reslint.linkedin_csv",
            "reslint.visual",
        ),
    ),
    (
        "lexicon",  # text vocabulary and patterns: dates, contact details, headings
        ("reslint.lexicon",),
    ),
    # Output renders a Report, which is model data: it sits low so that it can never reach
    # the code that makes reports (runner, cache, pool, CLI), nor readers, structure, kinds.
    ("output", ("reslint.formatters", "reslint.parse_view", "reslint.redact")),
    ("readers", ("reslint.readers",)),
    ("structure", ("reslint.structure",)),
    ("kinds", ("reslint.kinds",)),
    (
        "rules",  # which rules run, configured how, and running them over a document
        (
            "reslint.engine",
            "reslint.suppressions",
            "reslint.rulebook",
            "reslint.selection",
            "reslint.config",
            "reslint.options",
            "reslint.examples",
            "reslint.explain",
        ),
    ),
    (
        "files",  # a run's files: finding, pairing, one file's work, cache, process pool
        (
            "reslint.discovery",
            "reslint.pairing",
            "reslint.linting",
            "reslint.cache",
            "reslint.parallel",
            "reslint.file_views",
        ),
    ),
    ("runner", ("reslint.runner",)),
    ("cli", ("reslint.cli", "reslint.__main__")),
)
RANK = {layer: rank for rank, (layer, _) in enumerate(LAYERS)}

# What issue 13 asks of the table itself, so that reordering it cannot quietly allow
# these imports: (lower, higher) means `lower` may never import `higher`.
BELOW = (
    ("output", "runner"),
    ("output", "files"),
    ("output", "cli"),
    ("kinds", "runner"),
    ("kinds", "files"),
    ("kinds", "cli"),
    ("readers", "structure"),
    ("readers", "kinds"),
    ("readers", "rules"),
    ("readers", "runner"),
    ("lexicon", "readers"),
    ("structure", "kinds"),
    ("files", "runner"),
    ("runner", "cli"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(source: str, module: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """The reslint modules `source` imports anywhere in it; `from a import b` names the
    module `a.b` when there is one, else `a`."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            targets = [
                f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in known else origin
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target == ROOT or target.startswith(ROOT + "."):
                yield target


def graph() -> dict[str, set[str]]:
    known = set(MODULES)
    return {
        name: set(
            imports_of(path.read_text(encoding="utf-8"), name, path.stem == "__init__", known)
        )
        - {name}
        for name, path in MODULES.items()
    }


def layer_of(module: str) -> str | None:
    best: tuple[int, str] | None = None
    for layer, entries in LAYERS:
        for entry in entries:
            covers = module == entry or (entry != ROOT and module.startswith(entry + "."))
            if covers and (best is None or len(entry) > best[0]):
                best = (len(entry), layer)
    return best[1] if best else None


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_every_module_has_a_layer():
    assert [name for name in MODULES if layer_of(name) is None] == []


def test_no_module_imports_a_layer_above_its_own():
    edges = graph()
    violations = [
        f"{module} ({layer_of(module)}) imports {target} ({layer_of(target)})"
        for module, targets in sorted(edges.items())
        for target in sorted(targets)
        if target in MODULES and RANK[layer_of(target) or ""] > RANK[layer_of(module) or ""]
    ]
    assert violations == []


def test_no_import_cycle_among_reslint_modules():
    edges = {module: {t for t in targets if t in MODULES} for module, targets in graph().items()}
    assert find_cycle(edges) is None


def test_every_import_names_a_module_that_exists():
    """A misspelt or stale name in an import would escape both checks above."""
    missing = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items()
        for target in targets
        if target not in MODULES
    )
    assert missing == []


@pytest.mark.parametrize(("lower", "higher"), BELOW)
def test_the_table_keeps_the_layering_issue_13_asks_for(lower: str, higher: str):
    assert RANK[lower] < RANK[higher]


def test_imports_inside_functions_and_type_checking_blocks_count():
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import model\n"
        "if TYPE_CHECKING:\n"
        "    from reslint.cache import ResultCache\n"
        "def run():\n"
        "    import reslint.runner\n"
        "    from reslint.formatters import json\n"
    )
    known = {"reslint.model", "reslint.cache", "reslint.runner", "reslint.formatters.json"}
    found = set(imports_of(source, "reslint.report", False, known))
    assert found == known


def test_cycle_finder_sees_a_cycle_through_a_lazy_import():
    edges = {"reslint.runner": {"reslint.cache"}, "reslint.cache": {"reslint.runner"}}
    assert find_cycle(edges) == ["reslint.cache", "reslint.runner", "reslint.cache"]
    assert find_cycle({"reslint.runner": {"reslint.cache"}, "reslint.cache": set()}) is None


def test_a_module_belongs_to_its_most_specific_entry():
    assert layer_of("reslint.lexicon.dates") == "lexicon"
    assert layer_of("reslint.structure.entries") == "structure"
    assert layer_of("reslint.structure.line_roles") == "structure"  # the line-role model
    assert layer_of("reslint.structure.row_features") == "structure"
    assert layer_of("reslint.formatters.sarif") == "output"
    assert layer_of("reslint.reslintish") is None  # the root is not a prefix


def test_the_map_names_every_room():
    """ARCHITECTURE.md is where a newcomer looks for the room of a new module."""
    text = (PACKAGE.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rooms = {
        path.name + ("/" if path.is_dir() else "")
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists())
        and path.name not in ("__init__.py", "__main__.py")
    }
    assert sorted(room for room in rooms if f"`{room}" not in text) == []


def test_no_module_is_over_500_lines_and_each_says_what_it_owns():
    long = {
        name: lines
        for name, path in MODULES.items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    undocumented = [
        name
        for name, path in MODULES.items()
        if path.stat().st_size
        and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert long == {}
    assert undocumented == []
