"""Imports only point down (CONTRIBUTING.md states the order). The layers of `validator`, lowest first (a
module may import from its own layer and the layers below, never from one above):

0. ground, no language knowledge: `errors`, `intervals`, `units`, `language` (detection by script), `scan`
   (many regexes in one pass, pattern prefixes), `limits` (what one input may ask of a run), `confine`
   (the project root that inputs must stay in), `cachefile` (tables kept between runs in the user's cache)
1. records and language data: `model`, `lexicon` (the one loader of `lexicons/*.yaml`)
2. documents: `document` (an article's text, language, paragraphs, sentences), `anchoring`, `offsets` (from
   the text as read to the file itself), `safety` (what text from an input may reach an output)
3. extraction: `extract` (numerals, periods, the per-document text index, claims)
4. rules: `rules` (the checks, and the claim sets they judge)
5. linking: `link` (relations between the claims of an article; the rules' arithmetic chooses between readings)
6. files and settings: `claimfiles` (read, write, draft, merge), `config`, `baseline`, `atomic` (every write),
   `inputs` (which files a run checks)
7. the pipeline: `engine`, `stream` (a run, one article at a time), `pool` (`--jobs`), `distributed` (Dask)
8. renderers: `report`, `jsonl` (`--format jsonl`, written as the run goes)
9. interfaces: `cli`, `bench` (with `redos`), `api` (the Python API), and the package itself (`validator`: the
   version and the lazy API)

`from validator import __version__` is allowed anywhere: the package imports nothing when loaded. The walk
reads every import statement, also those inside functions and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "validator"

LAYERS: list[list[str]] = [
    ["errors", "intervals", "units", "language", "scan", "limits", "confine", "cachefile"],
    ["model", "lexicon"],
    ["document", "anchoring", "offsets", "safety"],
    ["extract"],
    ["rules"],
    ["link"],
    ["claimfiles", "config", "baseline", "atomic", "inputs"],
    ["engine", "stream", "pool", "distributed"],
    ["report", "jsonl"],
    ["cli", "bench", "redos", "api", ""],
]
LAYER_OF = {name: i for i, names in enumerate(LAYERS) for name in names}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top(module: str) -> str:
    """The top-level module or package of ``validator.<top>[.…]`` ("" for the package itself)."""
    return module.split(".")[1] if "." in module else ""


def layer(module: str) -> int:
    return LAYER_OF[top(module)]


def imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every import of a `validator` module in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "validator" or node.module.startswith("validator."):
                found.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name, []) for a in node.names
                         if a.name == "validator" or a.name.startswith("validator."))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    missing = sorted(m for m in map(module_name, MODULES) if top(m) not in LAYER_OF)
    assert not missing, f"place these in LAYERS (and in the docstring): {missing}"


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_imports_point_down(path: Path) -> None:
    here = layer(module_name(path))
    upward = []
    for line, module, names in imports(path):
        if module == "validator":  # the package itself, or a top-level module imported by name
            if names == ["__version__"]:
                continue
            targets = [f"validator.{n}" if n in LAYER_OF else "validator" for n in names]
        else:
            targets = [module]
        upward += [f"line {line}: {t} (layer {layer(t)} > {here})" for t in targets if layer(t) > here]
    assert not upward, f"{module_name(path)} imports from a layer above it: {upward}"


def test_the_walk_sees_an_upward_import(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("import os\n\ndef f():\n    from validator.engine import check\n", encoding="utf-8")
    assert imports(source) == [(4, "validator.engine", ["check"])]
    assert layer("validator.engine") > layer("validator.extract.claims") > layer("validator.lexicon.words")
