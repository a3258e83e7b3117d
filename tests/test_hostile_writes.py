"""Issue #13, data safety (cases 11-14): nothing claimcheck writes is ever left empty, half-written or
clobbered (`validator.atomic`), and text no encoder accepts never reaches one.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import GOOD, run

from validator.atomic import file_stamp, write_atomic
from validator.cli import main
from validator.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- case 11: lone surrogates ----------------------------------------------------------------------


def test_11_a_lone_surrogate_in_a_json_article_renders_everywhere(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "a.json").write_text('{"title": "T \\ud800", "content": "Sales were 17 million \\udfff vehicles, 70.5% '
                                 'of 12 million."}', encoding="utf-8")
    for fmt in ("rich", "html", "json", "sarif", "markdown", "github"):
        status, out, err = run(["check", "a.json", "--format", fmt], capsys)
        assert status in (0, 1) and err == "", (fmt, err)
        out.encode("utf-8")  # no lone surrogate left: it would not encode
    status, _, err = run(["report", "a.json", "-o", "out"], capsys)
    assert status == 0, err
    pages = sorted((proj / "out").iterdir())
    assert [p.name for p in pages] == ["a.html", "index.html", "seeds.json", "seeds.md", "terminal.html"]
    assert all(p.stat().st_size > 0 for p in pages)
    assert "T \ufffd" in (proj / "out" / "a.html").read_text(encoding="utf-8")


# --- case 12: `check -o FILE` ----------------------------------------------------------------------


def test_12_a_failed_render_leaves_the_output_file_as_it_was(
    proj: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import validator.cli as cli

    (proj / "report.json").write_text("the old report\n", encoding="utf-8")

    def failing(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(cli, "render_check", failing)
    status, _, err = run(["check", "good.txt", "--format", "json", "-o", "report.json"], capsys)
    assert status == 2 and "internal error: RuntimeError: renderer broke" in err
    assert (proj / "report.json").read_text(encoding="utf-8") == "the old report\n"


def test_12_check_refuses_to_write_over_its_own_input(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["check", "good.txt", "-o", "good.txt"], capsys)
    assert status == 2
    assert err == "claimcheck: good.txt: is an input of this run: refusing to write over it\n"
    assert (proj / "good.txt").read_text(encoding="utf-8") == GOOD
    (proj / "seeds.json").write_text("{}", encoding="utf-8")
    status, _, err = run(["report", "good.txt", "seeds.json", "-o", "."], capsys)
    assert status == 2 and "seeds.json: is an input of this run" in err
    assert (proj / "seeds.json").read_text(encoding="utf-8") == "{}"
    assert not (proj / "good.html").exists()  # refused before any page was written


def test_12_a_run_killed_while_writing_leaves_the_old_file_intact(proj: Path) -> None:
    (proj / "out.json").write_text("the old report\n", encoding="utf-8")
    marker = proj / "writing"
    script = (
        "import os, sys, time\n"
        "import validator.atomic as atomic\n"
        "def stalled(fd):\n"
        f"    open({str(marker)!r}, 'w').close()\n"
        "    time.sleep(60)\n"
        "atomic.os.fsync = stalled\n"  # the temporary file is written; the rename is still to come
        "from validator.cli import main\n"
        "sys.exit(main(['check', 'good.txt', '--format', 'json', '-o', 'out.json']))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=proj, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the run ended before it wrote"
            assert time.monotonic() < deadline, "the run never started writing"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert (proj / "out.json").read_text(encoding="utf-8") == "the old report\n"
    leftovers = [p.name for p in proj.iterdir() if p.name.endswith(".tmp")]
    assert all(name.startswith(".out.json.") for name in leftovers)  # hidden, beside it, never the file itself
    # and without the kill, the same run replaces it whole
    assert main(["check", "good.txt", "--format", "json", "-o", "out.json"]) == 0
    assert json.loads((proj / "out.json").read_text(encoding="utf-8"))["documents"][0]["path"] == "good.txt"


# --- case 13: edits during `extract --update` ------------------------------------------------------


def test_13_update_refuses_when_the_claim_file_changed_meanwhile(
    seed_copy: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import validator.claimfiles.merge as merge

    article, claim_file = seed_copy
    real = merge.merge_claim_files

    def slow_merge(*args, **kwargs):  # type: ignore[no-untyped-def]
        with open(claim_file, "a", encoding="utf-8") as handle:  # a reviewer saves while the merge runs
            handle.write("# reviewer's note\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "merge_claim_files", slow_merge)
    status, _, err = run(["extract", str(article), "--update", str(claim_file)], capsys)
    assert status == 2
    assert f"{claim_file}: changed since it was read (someone saved it meanwhile): not written" in err
    assert claim_file.read_text(encoding="utf-8").endswith("# reviewer's note\n")
    assert not [p for p in claim_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_13_the_stamp_sees_an_edit_that_keeps_size_and_time(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("value: 1\n", encoding="utf-8")
    before = file_stamp(path)
    info = path.stat()
    path.write_text("value: 2\n", encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    with pytest.raises(InputError, match="changed since it was read"):
        write_atomic(path, "value: 3\n", expect=before)
    assert path.read_text(encoding="utf-8") == "value: 2\n"


# --- case 14: special files ------------------------------------------------------------------------


def test_14_a_symlink_is_written_through(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "real.yaml").write_text("old\n", encoding="utf-8")
    (proj / "link.yaml").symlink_to("real.yaml")
    status, _, err = run(["extract", "good.txt", "-o", "link.yaml", "--force"], capsys)
    assert status == 0, err
    assert (proj / "link.yaml").is_symlink()
    assert (proj / "real.yaml").read_text(encoding="utf-8").startswith("# Draft claim file for good.txt")


def test_14_fifos_are_refused_and_left_alone(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(proj / "pipe.yaml")
    status, _, err = run(["extract", "good.txt", "-o", "pipe.yaml", "--force"], capsys)
    assert status == 2
    assert err == ("claimcheck: pipe.yaml: is not a regular file (a FIFO, device or socket): "
                   "refusing to replace it\n")
    assert stat.S_ISFIFO((proj / "pipe.yaml").stat().st_mode)
    status, _, err = run(["check", "pipe.yaml"], capsys)  # reading one would block for ever: refused too
    assert status == 2 and "pipe.yaml: cannot read claim file: not a regular file" in err


def test_14_the_file_mode_is_kept_and_a_new_file_gets_the_umask(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "private.yaml").write_text("old\n", encoding="utf-8")
    os.chmod(proj / "private.yaml", 0o600)
    assert run(["extract", "good.txt", "-o", "private.yaml", "--force"], capsys)[0] == 0
    assert stat.S_IMODE((proj / "private.yaml").stat().st_mode) == 0o600
    mask = os.umask(0o022)
    os.umask(mask)
    assert run(["extract", "good.txt", "-o", "new/fresh.yaml"], capsys)[0] == 0
    assert stat.S_IMODE((proj / "new" / "fresh.yaml").stat().st_mode) == 0o666 & ~mask


def test_14_a_folder_is_never_replaced(proj: Path) -> None:
    (proj / "dir.yaml").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_atomic(proj / "dir.yaml", "x")
