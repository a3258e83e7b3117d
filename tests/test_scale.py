"""Running a check over many articles: --jobs, --format jsonl and Dask give the findings of a plain run.

No test here times anything (the benches print figures: `python -m validator.bench scale|long|startup|peers`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.cli import main
from validator.engine import Options, check
from validator.limits import Limits
from validator.report import render_json

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "realworld"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


# seeds twice (the same documents reported by two inputs), the claim files, the held-out articles
MIX = ["seeds", "claims", "eval/heldout/docs", "seeds/003_4732fd8b53164b93.txt"]


@pytest.mark.parametrize("fmt", ["json", "rich", "sarif"])
def test_jobs_give_the_same_bytes(fmt: str, in_root: None, capsys: pytest.CaptureFixture[str]) -> None:
    one = run(["check", *MIX, "--format", fmt, "--jobs", "1"], capsys)
    two = run(["check", *MIX, "--format", fmt, "--jobs", "2"], capsys)
    assert one == two
    assert one[0] == 1 and one[1]


def test_jsonl_has_the_findings_and_checks_of_json(in_root: None, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", *MIX, "--format", "json", "--jobs", "1"], capsys)
    lines_status, lines, _ = run(["check", *MIX, "--format", "jsonl", "--jobs", "2"], capsys)
    report = json.loads(out)
    rows = [json.loads(line) for line in lines.splitlines()]
    assert lines_status == status
    kinds = [next(iter(r)) for r in rows]
    assert kinds[-1] == "summary" and rows[-1]["summary"] == report["summary"]

    def key(x: dict[str, object]) -> str:
        return json.dumps(x, sort_keys=True)

    assert sorted(key(r["finding"]) for r in rows if "finding" in r) == sorted(map(key, report["findings"]))
    assert sorted(key(r["check"]) for r in rows if "check" in r) == sorted(map(key, report["checks"]))
    assert sorted(key(r["document"]) for r in rows if "document" in r) == sorted(map(key, report["documents"]))
    # written input by input: each document's line comes before its findings
    first_doc = kinds.index("document")
    assert kinds[first_doc + 1] in ("finding", "check", "document")


def test_jobs_keep_input_problems_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text("Revenue rose 5% to $3 billion from $2 billion.\n", encoding="utf-8")
    (tmp_path / "a3.txt").write_bytes(b"\xff\xfe bad")
    monkeypatch.chdir(tmp_path)
    one = run(["check", ".", "--format", "json", "-j", "1"], capsys)
    two = run(["check", ".", "--format", "json", "-j", "2"], capsys)
    assert one == two and one[0] == 2 and "a3.txt" in one[2]


def test_dask_on_a_local_cluster_gives_the_findings_of_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from validator.distributed import check_archive

    if REALWORLD.is_dir():  # a few hundred real articles in three languages
        paths = [str(p) for p in sorted(REALWORLD.glob("*/*.txt"))[::4]]
    else:  # pragma: no cover - shared/ lies beside the repository in CI
        paths = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    status, cli, _ = run(["check", *paths, "--format", "json", "--allow-outside", "--jobs", "1"], capsys)
    options = Options(limits=Limits(allow_outside=True))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        assert render_json(check_archive(paths, options=options, scheduler=client)) == cli
        texts = [(p, Path(p).read_text(encoding="utf-8")) for p in paths[:10]]
        by_text = check_archive(texts=texts, options=options, scheduler=client)
    plain = check(paths[:10], options)
    assert [f.model_dump() for f in by_text.findings] == [f.model_dump() for f in plain.findings]
    assert status in (0, 1)
