"""The HTML report in a real headless Chromium: the seed 000 page loads, the 70,5% share is marked as
an error with its card, nothing overflows horizontally, and a screenshot can be taken.

Skipped (with the reason) where no Chromium is installed. The committed screenshot reports/seed000.png
is refreshed when missing or when CLAIMCHECK_UPDATE_SCREENSHOT=1, so a test run leaves the tree clean.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from _reports import ROOT

from validator.cli import main

SEED = "000_14163ac49786d80a"
SCREENSHOT = ROOT / "reports" / "seed000.png"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]

# Appended to a copy of the page only (the pages themselves carry no script): layout facts into the DOM.
PROBE = """<script>
addEventListener("load", () => {
  const mark = document.getElementById("claim-2311-2316");
  const doc = document.documentElement;
  document.body.dataset.overflow = String(doc.scrollWidth > innerWidth);
  document.body.dataset.markBackground = getComputedStyle(mark).backgroundColor;
  document.body.dataset.markVisible = String(mark.getBoundingClientRect().width > 10);
});
</script>"""


def find_chromium() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome",
                 "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (chromium, chromium-browser, "
                                "google-chrome): `apt-get install chromium` to run the browser test")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=90, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["report", "claims/", "-o", str(out)]) == 0
    finally:
        os.chdir(cwd)
    return out / f"{SEED}.html"


def test_share_error_is_marked_with_its_card(page: Path, tmp_path: Path) -> None:
    from test_report_html import Elements

    result = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = Elements(result.stdout)
    marks = dom.marks()
    assert "verdict-error" in marks["claim-2311-2316"][0].split()
    assert marks["claim-2311-2316"][1].startswith("70,5%")
    cards = [text for cls, text in dom.cards() if "verdict-error" in cls.split()]
    assert any("75.7%" in text and "NR101 share-mismatch" in text for text in cards)
    assert "verdict-pass" in marks["claim-340-357"][0]  # "gần một nghìn lần": 1005×, verified


@pytest.mark.parametrize("width", [1280, 600])
def test_layout_has_no_horizontal_overflow(page: Path, tmp_path: Path, width: int) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = chromium(tmp_path, f"--window-size={width},900", "--dump-dom", probe.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert 'data-overflow="false"' in result.stdout
    assert 'data-mark-visible="true"' in result.stdout
    assert 'data-mark-background="rgba(0, 0, 0, 0)"' not in result.stdout


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "seed000.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert png_size(shot) == (1280, 1600)
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one
    if not SCREENSHOT.exists() or os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, SCREENSHOT)
