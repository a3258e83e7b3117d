"""Finding and reading the lexicon files: one loader, one list of languages.

A language is a file ``<lang>.yaml`` in one of `lexicon_dirs()` (the packaged `validator/lexicons/`
first; `add_lexicon_dir` adds another, for tests or a language kept outside the package). `LANGUAGES`
lists the languages of the files present. `lexicon(lang)` reads a file once, against the schema in
`validator.lexicon.schema`: an unknown or misspelt key is a `LexiconError` naming the file and the key.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from validator.cachefile import Store
from validator.errors import ClaimcheckError

if TYPE_CHECKING:  # YAML, pydantic and the schema load with the first lexicon: `--help` needs none of them
    from validator.lexicon.schema import Lexicon

PACKAGED_DIR = Path(__file__).resolve().parent.parent / "lexicons"
_dirs: list[Path] = [PACKAGED_DIR]


class LexiconError(ClaimcheckError, ValueError):
    """A lexicon file that is missing or does not follow the schema."""


def lexicon_dirs() -> tuple[Path, ...]:
    return tuple(_dirs)


def add_lexicon_dir(path: str | Path) -> None:
    """Also look for lexicon files in ``path`` (after the packaged ones; a packaged language wins)."""
    folder = Path(path).resolve()
    if folder not in _dirs:
        _dirs.append(folder)
        _files.cache_clear()


def remove_lexicon_dir(path: str | Path) -> None:
    folder = Path(path).resolve()
    if folder in _dirs and folder != PACKAGED_DIR:
        _dirs.remove(folder)
        _files.cache_clear()


@functools.cache
def _files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in _dirs:
        for path in sorted(folder.glob("*.yaml")):
            found.setdefault(path.stem, path)
    return dict(sorted(found.items()))


class _Languages(Sequence[str]):
    """The languages of the lexicon files present, sorted (a live view: it follows `add_lexicon_dir`)."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return tuple(_files())[index]

    def __len__(self) -> int:
        return len(_files())

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(_files()))

    def __contains__(self, language: object) -> bool:
        return language in _files()

    def __repr__(self) -> str:
        return repr(tuple(_files()))


LANGUAGES: Sequence[str] = _Languages()


def _where(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


@functools.cache
def _unique_key_loader() -> type[Any]:
    """The safe loader, refusing a key written twice in one mapping (the second would silently win); built on
    first use, so that `claimcheck --help` does not import YAML."""
    import yaml

    class _UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call,unused-ignore]
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} written twice", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return _UniqueKeyLoader


# The YAML of each lexicon file read before, by the hash of its text (`validator.cachefile`): parsing the
# three files costs a quarter of a second in every process.
_YAML = Store("yaml")


def _read_yaml(text: str, path: Path) -> Any:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = _YAML.get(key)
    if data is None:
        import yaml

        try:
            data = yaml.load(text, Loader=_unique_key_loader())  # noqa: S506
        except yaml.YAMLError as error:
            raise LexiconError(f"{path}: cannot read: {error}") from error
        try:
            marshal.dumps(data)  # plain values only (a date or a set would not be kept)
        except ValueError:
            return data
        _YAML.put(key, data)
    return data


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language``, read and checked once."""
    from pydantic import ValidationError

    from validator.lexicon.schema import Lexicon

    path = _files().get(language)
    if path is None:
        raise LexiconError(f"no lexicon for language {language!r} (expected {language}.yaml in "
                           f"{', '.join(str(d) for d in _dirs)})")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise LexiconError(f"{path}: cannot read: {error}") from error
    data: Any = _read_yaml(text, path)
    try:
        parsed = Lexicon.model_validate(data if data is not None else {})
    except ValidationError as error:
        problems = []
        for e in error.errors():
            what = "unknown key" if e["type"] == "extra_forbidden" else e["msg"]
            problems.append(f"{_where(tuple(e['loc']))}: {what}")
        raise LexiconError(f"{path}: " + "; ".join(problems)) from None
    if parsed.language != language:
        raise LexiconError(f"{path}: says language {parsed.language!r}, but the file is named for {language!r}")
    return parsed
