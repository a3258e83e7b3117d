"""The HTML reports in a real headless Chromium (marked `browser`: a few seconds per page, run in parallel).

At 400 px (a phone) and 1400 px (a desktop), the seed 000 page and the index: nothing overflows
horizontally, the problems list comes first (within the first screen) and each of its links reaches a
mark, and the 70,5% share is marked as an error with its card. The committed screenshots
(reports/index-400.png, index-1400.png, seed000-400.png, seed000-1400.png, and terminal.png of
reports/terminal.html) are taken when missing or when CLAIMCHECK_UPDATE_SCREENSHOT=1, so that a test run
leaves the tree clean; the README shows them.

Skipped (with the reason) where no Chromium is installed: Debian's `apt-get install chromium`, as .ci/run
does, with fonts-noto-cjk for the Chinese and Vietnamese text.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _reports import ROOT

from validator.cli import main

SEED = "000_14163ac49786d80a"
REPORTS = ROOT / "reports"
WIDTHS = (400, 1400)
HEIGHT = {400: 900, 1400: 1000}
SHOTS = {f"{name}-{width}.png": (page, width) for name, page in (("index", "index.html"), ("seed000", f"{SEED}.html"))
         for width in WIDTHS} | {"terminal.png": ("terminal.html", 1000)}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-device-scale-factor=1"]

# Appended to a copy of a page only (the pages themselves carry no script): layout facts into the DOM.
PROBE = """<script>
addEventListener("load", () => {
  const doc = document.documentElement, body = document.body, nav = document.querySelector("nav.problems");
  body.dataset.overflow = String(doc.scrollWidth > innerWidth);
  body.dataset.navTop = nav ? String(Math.round(nav.getBoundingClientRect().top)) : "none";
  const links = nav ? [...nav.querySelectorAll("a")].map(a => a.getAttribute("href")) : [];
  body.dataset.links = String(links.length);
  body.dataset.broken = links.filter(h => h.startsWith("#") && !document.getElementById(h.slice(1))).join(" ");
  const mark = document.getElementById("claim-2311-2316");
  if (mark) {
    body.dataset.markBackground = getComputedStyle(mark).backgroundColor;
    body.dataset.markVisible = String(mark.getBoundingClientRect().width > 10);
  }
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
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (chromium, chromium-browser, "
                                 "google-chrome): `apt-get install chromium` to run the browser test")]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["report", "claims/", "-o", str(out)]) == 0
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="module")
def probed(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], str]:
    """(page, width) -> the probed DOM, for both pages at both widths, in parallel."""
    work = tmp_path_factory.mktemp("probe")
    jobs = {}
    for page in ("index.html", f"{SEED}.html"):
        probe = pages / f"probe-{page}"
        probe.write_text((pages / page).read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                         encoding="utf-8")
        for width in WIDTHS:
            jobs[(page, width)] = (work / f"profile-{page}-{width}", f"--window-size={width},{HEIGHT[width]}",
                                   "--dump-dom", probe.as_uri())
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(jobs, pool.map(lambda args: chromium(*args), jobs.values()), strict=True))
    for key, result in results.items():
        assert result.returncode == 0, (key, result.stderr[-2000:])
    return {key: result.stdout for key, result in results.items()}


def test_share_error_is_marked_with_its_card(probed: dict[tuple[str, int], str]) -> None:
    from test_report_html import Elements

    dom = Elements(probed[(f"{SEED}.html", 1400)])
    marks = dom.marks()
    assert "verdict-error" in marks["claim-2311-2316"][0].split()
    assert marks["claim-2311-2316"][1].startswith("70,5%")
    cards = [text for cls, text in dom.cards() if "verdict-error" in cls.split()]
    assert any("75.7%" in text and "NR101 share-mismatch" in text for text in cards)
    assert "verdict-pass" in marks["claim-340-357"][0]  # "gần một nghìn lần": 1005×, verified


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", ["index.html", f"{SEED}.html"])
def test_no_overflow_and_problems_first(probed: dict[tuple[str, int], str], page: str, width: int) -> None:
    dom = probed[(page, width)]
    assert 'data-overflow="false"' in dom
    top = int(dom.split('data-nav-top="')[1].split('"')[0])
    assert 0 <= top < HEIGHT[width] // 2  # the list of problems is on the first screen, near its top
    assert 'data-links="0"' not in dom and 'data-broken=""' in dom  # every problem links to a mark here
    if page != "index.html":
        assert 'data-mark-visible="true"' in dom
        assert 'data-mark-background="rgba(0, 0, 0, 0)"' not in dom


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshots(pages: Path, tmp_path: Path) -> None:
    update = os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT") == "1"
    wanted = {name: spec for name, spec in SHOTS.items() if update or not (REPORTS / name).exists()}

    def shoot(item: tuple[str, tuple[str, int]]) -> tuple[str, subprocess.CompletedProcess[str]]:
        name, (page, width) = item
        height = HEIGHT.get(width, 1100)
        return name, chromium(tmp_path / f"profile-{name}", f"--screenshot={tmp_path / name}",
                              f"--window-size={width},{height}", (pages / page).as_uri())

    with ThreadPoolExecutor(max_workers=3) as pool:
        for name, result in pool.map(shoot, wanted.items()):
            assert result.returncode == 0, result.stderr[-2000:]
            assert (tmp_path / name).stat().st_size > 20_000  # a rendered page, not a blank one
            shutil.copyfile(tmp_path / name, REPORTS / name)
    for name, (_, width) in SHOTS.items():
        assert png_size(REPORTS / name) == (width, HEIGHT.get(width, 1100)), name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"(reports/{name})" in readme for name in SHOTS)
