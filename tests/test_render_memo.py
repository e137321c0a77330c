"""``thiduua serve`` reuses the pages of the previous rebuild whose inputs did not change.

Every test compares with a generation that renders everything: the memo may only save
time, never change a byte.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

from conftest import ROOT

from generator.dates import PartialDate
from generator.models import Person
from generator.options import Options
from generator.pipeline import Reuse, generate
from generator.render import environment
from generator.render.memo import same


def _pages_as_without_memo(options: Options, reuse: Reuse, rendered: list[str] | None = None) -> dict[str, object]:
    """Generate with the memo and check the pages equal a full generation's; ``rendered`` is
    left holding the pages that the generation with the memo actually rendered."""
    seen = rendered if rendered is not None else []
    seen.clear()
    with_memo = generate(options, reuse)
    by_memo_generation = list(seen)
    assert with_memo.ok, with_memo.report.text("en")
    assert with_memo.pages == generate(options).pages
    seen[:] = by_memo_generation
    return with_memo.pages


def test_same_tells_values_apart_that_python_calls_equal_but_print_differently() -> None:
    assert same({"a": [1, (2, "x")]}, {"a": [1, (2, "x")]})
    assert 1 == True and not same(1, True)
    assert Decimal("1.0") == Decimal("1.00") and not same(Decimal("1.0"), Decimal("1.00"))
    assert 0.0 == -0.0 and not same(0.0, -0.0)
    assert not same({"a": 1, "b": 2}, {"b": 2, "a": 1})  # templates iterate in order
    assert not same({1, 2}, {1, 2})  # a type it does not know: changed
    assert same(PartialDate(2025, 3), PartialDate(2025, 3)) and not same(PartialDate(2025, 3), PartialDate(2025))
    assert same(dt.date(2025, 1, 2), dt.date(2025, 1, 2))
    utc, plus_one = dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC), dt.datetime(2025, 1, 1, 13, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert utc == plus_one and not same(utc, plus_one)
    one, other = Person(name="Lê Văn A", position="Chuyên viên"), Person(name="Lê Văn A", position="Chuyên viên")
    assert one is not other and same(one, other)
    assert not same(one, Person(name="Lê Văn A", position="Trưởng phòng"))


def test_unchanged_data_renders_only_pages_whose_template_reads_the_whole_site(data_copy: Path, rendered: list[str]) -> None:
    options = Options(data_dir=data_copy, site_src=ROOT / "site_src")
    reuse = Reuse()
    first = _pages_as_without_memo(options, reuse)
    rendered.clear()
    assert generate(options, reuse).pages == first
    assert rendered == ["tien-do/index.md"]  # progress.md.j2 reads `data`


def test_an_edit_renders_the_pages_that_show_it_and_nothing_stale(data_copy: Path, rendered: list[str]) -> None:
    options = Options(data_dir=data_copy, site_src=ROOT / "site_src")
    reuse = Reuse()
    _pages_as_without_memo(options, reuse)
    person = data_copy / "people" / "chau-thi-ha.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("Lưu trữ viên", "Lưu trữ viên chính"), encoding="utf-8")
    pages = _pages_as_without_memo(options, reuse, rendered)
    assert "ca-nhan/chau-thi-ha/index.md" in rendered and "Lưu trữ viên chính" in str(pages["ca-nhan/chau-thi-ha/index.md"])
    assert 1 < len(rendered) < 15  # the person, their unit, decisions naming them, lists…
    unit = data_copy / "units" / "chi-cuc-van-thu-luu-tru.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace("name: ", "name: Đổi tên ", 1), encoding="utf-8")
    pages = _pages_as_without_memo(options, reuse)  # the person page names the unit: rendered again
    assert "Đổi tên " in str(pages["ca-nhan/chau-thi-ha/index.md"])
    (data_copy / "people" / "du-hoang-long.yaml").unlink()  # named in no decision
    redirects = data_copy / "redirects.yaml"  # a published address taken down on purpose
    redirects.write_text(redirects.read_text(encoding="utf-8").replace("withdrawn: []", "withdrawn: [/ca-nhan/du-hoang-long/]"), encoding="utf-8")
    pages = _pages_as_without_memo(options, reuse)
    assert "ca-nhan/du-hoang-long/index.md" not in pages


def test_template_overrides_are_followed(tmp_path: Path, data_copy: Path, rendered: list[str]) -> None:
    """An edited template (or one it imports) renders again; one that reads `site` always does."""
    site_src = tmp_path / "site_src"
    shutil.copytree(ROOT / "site_src", site_src)
    templates = site_src / "templates"
    templates.mkdir(exist_ok=True)
    options = Options(data_dir=data_copy, site_src=site_src)
    reuse = Reuse()
    _pages_as_without_memo(options, reuse)
    macros = (environment.BUILTIN_TEMPLATES / "_records.md.j2").read_text(encoding="utf-8")
    (templates / "_records.md.j2").write_text(macros.replace('<ul class="award-list">', '<ul class="award-list doi">'), encoding="utf-8")
    pages = _pages_as_without_memo(options, reuse)
    assert 'class="award-list doi"' in str(pages["ca-nhan/chau-thi-ha/index.md"])
    (templates / "plans.md.j2").write_text("# {{ site.last_updated }}: {{ plans|length }}\n", encoding="utf-8")
    _pages_as_without_memo(options, reuse)
    rendered.clear()
    generate(options, reuse)
    assert sorted(rendered) == ["ke-hoach/index.md", "tien-do/index.md"]
