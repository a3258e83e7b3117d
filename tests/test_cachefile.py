"""The tables kept between runs in the user's cache folder (`validator.cachefile`): compiled regexes, unit
facts, lexicon YAML. What a process reads from the cache is what it would have built; a stale key starts a
new file; a folder that cannot be written, or a damaged file, is no error."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT

from validator import cachefile
from validator.cachefile import Store
from validator.scan import compiled


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    return tmp_path / "xdg" / "claimcheck"


def test_cache_dir_follows_xdg(cache_home: Path) -> None:
    assert cachefile.cache_dir() == cache_home


def test_cache_dir_defaults_to_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cachefile.cache_dir() == tmp_path / ".cache" / "claimcheck"


def test_store_round_trip(cache_home: Path) -> None:
    first = Store("t", "v1")
    assert first.get(("a", 1)) is None
    first.put(("a", 1), {"x": [1, 2.5, "three", None, True]})
    first.save()
    assert first.path.parent == cache_home and first.path.exists()
    assert not list(cache_home.glob("*.tmp"))  # written through a temporary file renamed over it
    again = Store("t", "v1")  # a later process
    assert again.get(("a", 1)) == {"x": [1, 2.5, "three", None, True]}


def test_stale_key_rebuilds(cache_home: Path) -> None:
    old = Store("t", "v1")
    old.put("k", "old value")
    old.save()
    new = Store("t", "v2")  # other lexicons or code: another key
    assert new.path != old.path
    assert new.get("k") is None  # not read from the stale file: built again
    new.put("k", "new value")
    new.save()
    assert Store("t", "v2").get("k") == "new value"


def test_key_follows_code(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Store("t").path
    monkeypatch.setattr(cachefile, "_code_hash", "another version of the package")
    assert Store("t").path != before


def test_old_files_pruned(cache_home: Path) -> None:
    for version in range(6):
        store = Store("t", str(version))
        store.put("k", version)
        store.save()
    assert len(list(cache_home.glob("t-*.bin"))) <= 1 + cachefile._KEEP


def test_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    store = Store("t", "v1")
    store.put("k", 1)
    store.save()  # silently nothing
    assert store.get("k") == 1
    assert blocker.read_text().startswith("a file")


def test_damaged_file_is_no_error(cache_home: Path) -> None:
    store = Store("t", "v1")
    cache_home.mkdir(parents=True)
    store.path.write_bytes(b"\x00not marshal at all")
    assert Store("t", "v1").get("k") is None


def test_no_cache_switch(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    store = Store("t", "v1")
    store.put("k", 1)
    store.save()
    assert not cache_home.exists()


# --- compiled regexes -------------------------------------------------------------------------------------

_PATTERNS = [
    (r"(?P<num>[0-9]+(?:[.,][0-9]+)?)\s*(?P<unit>%|tỷ|triệu)", re.IGNORECASE),
    (r"(?<![\w])(?:tháng|quý|năm)\s+(?P<n>\d+)(?![\w])", re.IGNORECASE),
    (r"(?-i:[A-Z]{1,4})[ ][0-9]+|亿|万", 0),
]
_TEXTS = ["Doanh thu tăng 12,5 % trong Quý 3 và THÁNG 4", "VF 3 sold 5 万 units; 12.5% more", ""]


def _matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for text in _TEXTS for m in pattern.finditer(text)]


def test_compiled_pattern_matches_as_re_does(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store("regex-test")
    monkeypatch.setattr(compiled, "_STORE", store)
    monkeypatch.setattr(compiled, "_made", {})
    for source, flags in _PATTERNS:
        built = compiled.compile(source, flags)
        plain = re.compile(source, flags)
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert _matches(built) == _matches(plain)
    store.save()
    # a later process: the patterns come from the stored code, not from the parser
    monkeypatch.setattr(compiled, "_STORE", Store("regex-test"))
    monkeypatch.setattr(compiled, "_made", {})
    monkeypatch.setattr(compiled._p, "parse", lambda *a, **k: pytest.fail("parsed again"))
    for source, flags in _PATTERNS:
        assert _matches(compiled.compile(source, flags)) == _matches(re.compile(source, flags))


def test_compiled_damaged_entry_compiles_again(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = _PATTERNS[0]
    store = Store("regex-test")
    store.put((source, flags), (0, b"\x01\x02", 0, {}, ()))  # code the engine refuses
    monkeypatch.setattr(compiled, "_STORE", store)
    monkeypatch.setattr(compiled, "_made", {})
    assert _matches(compiled.compile(source, flags)) == _matches(re.compile(source, flags))


def test_compiled_bad_pattern_raises_as_re_does(cache_home: Path) -> None:
    with pytest.raises(re.error):
        compiled.compile("(unclosed", 0)


def test_cached_run_same_output(tmp_path: Path) -> None:
    """A cold run (nothing cached) writes the cache; a warm run reads it; both give the same report, and the
    same as a run with the cache off."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
    article = REPO_ROOT / "seeds" / "000_14163ac49786d80a.txt"

    def run(**extra: str) -> str:
        argv = [sys.executable, "-m", "validator.cli", "check", str(article), "--raw", "--format", "json",
                "--jobs", "1"]
        done = subprocess.run(argv, capture_output=True, text=True, env={**env, **extra}, cwd=REPO_ROOT, check=False)
        return done.stdout

    cold = run()
    files = sorted(p.name.split("-")[0] for p in (tmp_path / "xdg" / "claimcheck").glob("*.bin"))
    assert files == ["multiscan", "prefixes", "regex", "units", "wordfirsts", "yaml"]
    warm = run(PYTHONHASHSEED="1")
    off = run(CLAIMCHECK_NO_CACHE="1")
    assert cold and cold == warm == off


def test_stored_units_answer_as_pint(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator import units

    keys = ["CNY", "USD", "GWh", "MWh", "vehicle", "percent", "times", "nonsense"]
    fresh = {k: units._known(k) for k in keys}
    monkeypatch.setattr(units, "_FACTS", None)
    for fn in (units.is_known_unit, units.same_dimension, units.conversion_factor, units.is_currency):
        fn.cache_clear()
    assert {k: units.is_known_unit(k) for k in keys} == fresh
    assert units.conversion_factor("GWh", "MWh") == units.Decimal(1000)
    assert units.same_dimension("GWh", "MWh") and not units.same_dimension("GWh", "CNY")
    assert units.is_currency("CNY") and not units.is_currency("vehicle")
    assert units._FACTS is not None
    units._FACTS.save()
    stored = marshal.loads(units._FACTS.path.read_bytes())
    assert stored[("factor", "GWh", "MWh")] == "1E+3" and stored[("known", "nonsense")] is False


def test_remembered_keeps_results(cache_home: Path) -> None:
    calls: list[tuple[str, int]] = []

    def chars(pattern: str, flags: int) -> frozenset[str] | None:
        calls.append((pattern, flags))
        return None if pattern == "." else frozenset(pattern[:1])

    first = cachefile.remembered("t-fn")(chars)
    assert first("abc", 0) == frozenset("a") and first(".", 0) is None
    assert first("abc", 0) == frozenset("a") and len(calls) == 2  # this process: asked once each
    for store in _stores_of(first):  # what the end of the process does
        store.save()
    # a later process: a fresh store over the same file
    again = cachefile.remembered("t-fn")(chars)
    assert again("abc", 0) == frozenset("a") and again(".", 0) is None and len(calls) == 2


def _stores_of(fn: object) -> list[Store]:
    closure = getattr(getattr(fn, "__wrapped__", None), "__closure__", None) or ()
    wrapper_cells = getattr(fn, "__closure__", None) or ()
    return [c.cell_contents for c in (*closure, *wrapper_cells) if isinstance(c.cell_contents, Store)]


def test_multiscan_from_stored_plan(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.scan import multiscan

    patterns = [re.compile(s, f) for s, f in _PATTERNS]
    text = " ".join(_TEXTS) + " tháng 3 năm 2024, Quý 2; 7 triệu"
    monkeypatch.setattr(multiscan, "_PLANS", Store("multiscan-test"))
    built = multiscan.MultiScan(patterns)
    multiscan._PLANS.save()
    monkeypatch.setattr(multiscan, "_PLANS", Store("multiscan-test"))  # a later process
    monkeypatch.setattr(multiscan, "read_prefixes", lambda p: pytest.fail("read again"))
    stored = multiscan.MultiScan(patterns)
    expected = [[m.span() for m in p.finditer(text)] for p in patterns]
    for scan in (built, stored):
        assert [[m.span() for m in found] for found in scan.scan(text)] == expected


def test_remembered_functions_sharing_a_file_keep_apart(cache_home: Path) -> None:
    def upper(text: str, flags: int) -> str:
        return text.upper()

    def lower(text: str, flags: int) -> str:
        return text.lower()

    up, down = cachefile.remembered("t-two")(upper), cachefile.remembered("t-two")(lower)
    assert (up("Ab", re.IGNORECASE), down("Ab", re.IGNORECASE)) == ("AB", "ab")  # a flag is kept by its value
    for store in _stores_of(up):
        store.save()
    up, down = cachefile.remembered("t-two")(upper), cachefile.remembered("t-two")(lower)
    assert (down("Ab", 2), up("Ab", 2)) == ("ab", "AB")
