"""An honour row shows the position and unit written on its decision (issue 17.2).

A person's *current* position is on the person's own page (and on the pages about them now:
their unit's member list, the look-up's summary of them); decision pages, their attached list
and the honor roll keep the decision's wording. So editing a person's position changes only the
pages that show the person now, which is also what lets ``thiduua serve`` rebuild few pages.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, run_thiduua
from htmltext import normalise, page_text

from generator.options import Options
from generator.pipeline import Reuse, generate

PERSON = "chau-thi-ha"
"""Named by qd-245-snv-2025 with ``position: Lưu trữ viên`` (the same as her record says)."""
UNIT = "chi-cuc-van-thu-luu-tru"
DECISION = "qd-245-snv-2025"


def _promote(data: Path) -> None:
    person = data / "people" / f"{PERSON}.yaml"
    text = person.read_text(encoding="utf-8")
    assert "position: Lưu trữ viên\n" in text
    person.write_text(text.replace("position: Lưu trữ viên\n", "position: Trưởng phòng Lưu trữ\n"), encoding="utf-8")


def test_a_position_edit_changes_only_the_pages_that_show_the_person_now(data_copy: Path, rendered: list[str]) -> None:
    options = Options(data_dir=data_copy, site_src=ROOT / "site_src")
    reuse = Reuse()
    before = generate(options, reuse).pages
    _promote(data_copy)
    rendered.clear()
    after = generate(options, reuse)
    again = list(rendered)
    assert after.ok, after.report.text("en")
    assert after.pages == generate(options).pages  # what serve reuses equals a full generation

    changed = {src for src in after.pages.keys() | before.keys() if before.get(src) != after.pages.get(src)}
    lookup = {src for src in changed if src.startswith("tra-cuu/")}  # the look-up summarises a person as they are now
    assert changed - lookup == {f"ca-nhan/{PERSON}/index.md", f"don-vi/{UNIT}/index.md", "du-lieu/people.csv", "du-lieu/people.json"}
    assert "Trưởng phòng Lưu trữ" in str(after.pages[f"ca-nhan/{PERSON}/index.md"])
    assert "Trưởng phòng Lưu trữ" in str(after.pages[f"don-vi/{UNIT}/index.md"])  # the member list: who works there now
    shards = [after.pages[src] for src in lookup if src.endswith(".json")]
    assert any("Trưởng phòng Lưu trữ" in shard.decode("utf-8") for shard in shards if isinstance(shard, bytes))

    # not even rendered again: no decision page, honor roll page or open-data file of another kind
    assert not [src for src in again if src.startswith(("quyet-dinh/", "vinh-danh/"))], again
    assert f"ca-nhan/{PERSON}/index.md" in again


def test_built_honour_rows_keep_the_decision_wording_after_the_person_record_changes(data_copy: Path, tmp_path: Path) -> None:
    _promote(data_copy)
    # A recipient whose decision writes no position: none is shown, not the record's silently.
    decision = data_copy / "decisions" / "qd-2135-bnv-2025.yaml"
    text = decision.read_text(encoding="utf-8")
    written = "      - person: nguyen-van-an\n        position: Trưởng phòng\n        workplace: Phòng Cải cách hành chính\n"
    assert written in text
    decision.write_text(text.replace(written, "      - person: nguyen-van-an\n"), encoding="utf-8")
    assert "position: Trưởng phòng" in (data_copy / "people" / "nguyen-van-an.yaml").read_text(encoding="utf-8")
    site = tmp_path / "site"
    result = run_thiduua("build", "--data", data_copy, "--out", site)
    assert result.returncode == 0, result.stdout + result.stderr

    person_page = normalise(page_text(site / "ca-nhan" / PERSON / "index.html"))
    assert "chức vụ trưởng phòng lưu trữ" in person_page  # her page: the position she holds now
    decision_page = (site / "quyet-dinh" / DECISION / "index.html").read_text(encoding="utf-8")
    row = _row(decision_page, f"ca-nhan/{PERSON}/")
    assert "<td>Lưu trữ viên</td>" in row and "Trưởng phòng Lưu trữ" not in row  # the decision's list, as signed
    roll = (site / "vinh-danh" / "2025" / "index.html").read_text(encoding="utf-8")
    assert "Trưởng phòng Lưu trữ" not in roll
    assert _item(roll, f"ca-nhan/{PERSON}/", DECISION).count(", Lưu trữ viên") == 1

    an_row = _row((site / "quyet-dinh" / "qd-2135-bnv-2025" / "index.html").read_text(encoding="utf-8"), "ca-nhan/nguyen-van-an/")
    assert "Trưởng phòng" not in an_row and an_row.count("<td></td>") == 2  # position and unit cells left empty
    assert "honor-position" not in _item(roll, "ca-nhan/nguyen-van-an/", "qd-2135-bnv-2025")
    assert ", Trưởng phòng" in _item(roll, "ca-nhan/nguyen-van-an/", "qd-0124-snv-2025")  # where his decision writes it


def _row(page: str, href: str) -> str:
    """The attached list's table row linking to ``href``."""
    at = page.index(f'href="../../{href}"')
    return page[page.rindex("<tr", 0, at) : page.index("</tr>", at)]


def _item(page: str, href: str, decision: str) -> str:
    """The honor roll's list item linking to ``href`` and to ``decision``."""
    items = [part.split("</li>")[0] for part in page.split("<li")[1:]]
    (item,) = [i for i in items if f'href="../../{href}"' in i and f"quyet-dinh/{decision}/" in i]
    return item
