"""The README's layout table names every module, and modules and functions stay small enough to read: at
most 500 lines a module and 80 a function, unless the README's "Sizes" paragraph names them (and says why)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "validator"
README = (ROOT / "README.md").read_text(encoding="utf-8")
LAYOUT = README[README.index("## Layout\n") : README.index("\n## ", README.index("## Layout\n") + 1)]
SIZES = LAYOUT[LAYOUT.index("Sizes:") :]
MAX_MODULE, MAX_FUNCTION = 500, 80


def rows() -> list[str]:
    return [line for line in LAYOUT.splitlines() if line.startswith("|")]


def test_the_layout_table_names_every_module() -> None:
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if len(rel.parts) == 1:
            if f"validator/{rel}" not in LAYOUT and f"`{rel}`" not in LAYOUT:
                missing.append(str(rel))
            continue
        if rel.stem in ("__init__", "__main__") or f"validator/{rel}" in LAYOUT:
            continue
        # a module named in its package's row: `validator/<package>/` ... `<module>` (or `<module>.py`)
        package = f"`validator/{'/'.join(rel.parts[:-1])}/`"
        if not any(package in r and re.search(rf"`{rel.stem}(\.py)?`", r) for r in rows()):
            missing.append(str(rel))
    assert not missing, f"README ## Layout does not name: {missing}"


def test_modules_and_functions_stay_small() -> None:
    big = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = f"validator/{path.relative_to(PACKAGE)}"
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > MAX_MODULE and f"`{rel}`" not in SIZES:
            big.append(f"{rel}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION and f"`{node.name}`" not in SIZES:
                    big.append(f"{rel}:{node.lineno} {node.name}: {length} lines")
    assert not big, f"split these, or say why in README ## Layout, Sizes: {big}"
