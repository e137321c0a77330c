"""Synthetic data at province scale, for benchmarks and scale tests (``thiduua synth``).

Writes a complete, *valid* ``data/`` tree: the real plans, units and award forms are copied
from a base data folder, then fictional staff (Vietnamese names with every tone mark and
letter), extra units, yearly evaluations, award decisions with hundreds of recipients,
announcements and a few exemplary people are generated around them. Everything comes from
one seeded :class:`random.Random`, so the same ``--people`` and ``--seed`` give byte-identical
files. Every generated record carries ``sample: true``: the site labels it as sample data.

Volumes grow linearly with the number of people (about one unit per 50 people, one
announcement per 100), so per-person output size can be compared across scales.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.dates import PartialDate
from generator.load.yaml_source import parse_yaml
from generator.vietnamese import slugify

# Họ with rough frequencies (Nguyễn dominates); Khmer family names are common in Sóc Trăng.
FAMILY_NAMES: tuple[tuple[str, int], ...] = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Huỳnh", 5), ("Hoàng", 3), ("Phan", 4),
    ("Võ", 4), ("Vũ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
    ("Lý", 2), ("Lâm", 2), ("Thạch", 3), ("Sơn", 2), ("Danh", 1), ("Kim", 1), ("Triệu", 1),
    ("Châu", 1), ("Trương", 1), ("Quách", 1), ("Tạ", 1), ("Đoàn", 1), ("Lữ", 1), ("Mã", 1), ("Ưng", 1),
)
MIDDLE_MALE = ("Văn", "Hữu", "Minh", "Quốc", "Đức", "Thành", "Hoàng", "Công", "Tấn", "Phước", "Bảo", "Gia", "Trọng", "Việt", "Duy")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thanh", "Thu", "Mỹ", "Kim", "Bích", "Diễm", "Hồng", "Phương", "Thùy", "Tuyết", "Xuân", "Quỳnh", "Ánh")
GIVEN_MALE = (
    "An", "Ân", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Điền", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang",
    "Khải", "Khoa", "Lộc", "Long", "Lợi", "Luân", "Mạnh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Quang",
    "Quân", "Sĩ", "Sơn", "Tài", "Tâm", "Thắng", "Thiện", "Thịnh", "Tiến", "Trí", "Trung", "Tú", "Tuấn",
    "Tùng", "Vĩnh", "Vinh", "Vũ", "Kỷ", "Sang", "Sóc", "Rinh", "Ẩn", "Ơn",
)
GIVEN_FEMALE = (
    "Anh", "Ánh", "Châu", "Chi", "Diễm", "Dung", "Điệp", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
    "Huyền", "Hương", "Khánh", "Lan", "Liễu", "Linh", "Loan", "Mai", "My", "Mỹ", "Nga", "Ngân", "Ngọc",
    "Nhung", "Nữ", "Oanh", "Phương", "Quỳnh", "Thảo", "Thắm", "Thư", "Thủy", "Trang", "Trinh", "Uyên",
    "Vân", "Xuân", "Yến", "Lụa", "Phượng", "Đào", "Hậu",
)
POSITIONS: tuple[tuple[str, int], ...] = (
    ("Chuyên viên", 40), ("Chuyên viên chính", 12), ("Cán sự", 10), ("Nhân viên", 8), ("Kế toán", 4),
    ("Văn thư", 4), ("Phó Trưởng phòng", 6), ("Trưởng phòng", 4), ("Phó Giám đốc", 1),
    ("Công chức Văn phòng – Thống kê", 3), ("Công chức Tư pháp – Hộ tịch", 3),
)
POSITIONS_BY_UNIT: dict[str, tuple[tuple[str, int], ...]] = {
    "Trường": (("Giáo viên", 30), ("Tổ trưởng chuyên môn", 4), ("Phó Hiệu trưởng", 1), ("Hiệu trưởng", 1), ("Kế toán", 1)),
    "Trạm Y tế": (("Y sĩ", 6), ("Điều dưỡng", 6), ("Nữ hộ sinh", 3), ("Dược sĩ", 2), ("Trưởng trạm", 1)),
}
COMMUNES = (
    "Đại Tâm", "Thạnh Phú", "Phú Mỹ", "Mỹ Hương", "Long Hưng", "Hưng Phú", "An Ninh", "Châu Khánh",
    "Lịch Hội Thượng", "Trung Bình", "Tài Văn", "Viên An", "Liêu Tú", "Ngọc Tố", "Gia Hòa", "Hòa Tú",
    "Ngọc Đông", "Tham Đôn", "Kế An", "Kế Thành", "Đại Hải", "Ba Trinh", "Phong Nẫm", "An Lạc Tây",
    "Nhơn Mỹ", "Trinh Phú", "Xuân Hòa", "Thới An Hội", "An Mỹ", "Vĩnh Hải", "Lạc Hòa", "Vĩnh Hiệp",
    "Hòa Đông", "Lai Hòa", "Vĩnh Tân", "Vĩnh Phước", "Mỹ Quới", "Tân Long", "Long Bình", "Vĩnh Quới",
    "Thạnh Tân", "Châu Hưng", "Lâm Tân", "Tuân Tức", "Thuận Hòa", "An Hiệp", "Phú Tâm", "Phú Tân",
    "Thiện Mỹ", "Hồ Đắc Kiện", "Song Phụng", "Đại Ân 2", "Long Đức", "Trường Khánh", "Tân Thạnh", "Hậu Thạnh",
)
UNIT_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("Ủy ban nhân dân xã {}", "co-quan-khac"),
    ("Trường Tiểu học {}", "co-quan-khac"),
    ("Trạm Y tế xã {}", "co-quan-khac"),
    ("Trường Trung học cơ sở {}", "co-quan-khac"),
)
RATING_WEIGHTS = (("HTXSNV", 20), ("HTTNV", 60), ("HTNV", 17), ("KHTNV", 3))
ANNOUNCEMENT_TOPICS = (
    ("thong-bao", "Thông báo về việc đăng ký thi đua năm {year}", "Các đơn vị đăng ký danh hiệu thi đua năm {year} trước ngày {day}."),
    ("tin-tuc", "Tuyên dương gương điển hình tiên tiến đợt {k} năm {year}", "Biểu dương các tập thể, cá nhân có thành tích tiêu biểu đợt {k}."),
    ("huong-dan", "Hướng dẫn hồ sơ đề nghị khen thưởng đợt {k} năm {year}", "Thành phần hồ sơ, thời hạn gửi và đầu mối tiếp nhận."),
    ("ket-qua", "Kết quả bình xét thi đua năm {year}", "Tổng hợp kết quả bình xét danh hiệu thi đua năm {year} của các đơn vị."),
)
YEARS = (2020, 2021, 2022, 2023, 2024)
FALLBACK_AWARDS: dict[str, dict[str, Any]] = {
    "lao-dong-tien-tien": {"name": "Lao động tiên tiến", "category": "danh-hieu", "rank": 60, "recipients": ["ca-nhan"]},
    "chien-si-thi-dua-co-so": {"name": "Chiến sĩ thi đua cơ sở", "category": "danh-hieu", "rank": 55, "recipients": ["ca-nhan"]},
    "tap-the-lao-dong-xuat-sac": {"name": "Tập thể lao động xuất sắc", "category": "danh-hieu", "rank": 50, "recipients": ["tap-the"]},
    "giay-khen-giam-doc-so-noi-vu": {"name": "Giấy khen của Giám đốc Sở Nội vụ", "category": "hinh-thuc", "rank": 40},
    "bang-khen-chu-tich-ubnd-tinh": {"name": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "category": "hinh-thuc", "rank": 30},
}
# Share of staff (or of units) honoured each year by the n-th most common award.
INDIVIDUAL_SHARES = (0.45, 0.10, 0.04, 0.01, 0.003, 0.001)
COLLECTIVE_SHARES = (0.30, 0.08, 0.03, 0.01)
MAX_RECIPIENTS = 400
PEOPLE_PER_UNIT = 50


@dataclass(frozen=True)
class SynthUnit:
    id: str
    name: str
    valid_from: PartialDate | None
    valid_to: PartialDate | None

    def valid_on(self, day: PartialDate) -> bool:
        if self.valid_from and day.latest < self.valid_from.earliest:
            return False
        return not (self.valid_to and day.earliest > self.valid_to.latest)


@dataclass(frozen=True)
class SynthPerson:
    id: str
    name: str
    unit: str


class _Writer:
    """Writes records as YAML that reads back exactly (Unicode kept, key order as given)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0

    def record(self, kind: str, record_id: str, data: dict[str, Any]) -> None:
        path = self.out / kind / f"{record_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(data), encoding="utf-8", newline="\n")
        self.count += 1

    def markdown(self, kind: str, record_id: str, front: dict[str, Any], body: str) -> None:
        path = self.out / kind / f"{record_id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{_dump(front)}---\n\n{body}\n", encoding="utf-8", newline="\n")
        self.count += 1


class _Dumper(yaml.SafeDumper):
    """Multi-line text as ``|`` blocks, as editors write Markdown fields."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _str)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def _read_records(folder: Path) -> dict[str, dict[str, Any]]:
    """Parse every YAML record of a base folder (ids are file stems), skipping unreadable ones."""
    records: dict[str, dict[str, Any]] = {}
    if not folder.is_dir():
        return records
    for path in sorted(folder.glob("*.y*ml")):
        doc = parse_yaml(path.read_text(encoding="utf-8"), str(path))
        if isinstance(doc.data, dict) and not doc.problems:
            records[path.stem] = doc.data
    return records


def _date(value: Any) -> PartialDate | None:
    return PartialDate.parse(value) if value not in (None, "") else None


def _unique(base: str, taken: set[str]) -> str:
    candidate, k = base, 2
    while candidate in taken:
        candidate, k = f"{base}-{k}", k + 1
    taken.add(candidate)
    return candidate


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _position(rng: random.Random, unit: SynthUnit) -> str:
    for prefix, table in POSITIONS_BY_UNIT.items():
        if unit.name.startswith(prefix):
            return _weighted(rng, table)
    return _weighted(rng, POSITIONS)


def person_name(rng: random.Random) -> str:
    """A Vietnamese full name: họ, one or two đệm, tên (matching gender)."""
    female = rng.random() < 0.5
    middle_pool, given_pool = (MIDDLE_FEMALE, GIVEN_FEMALE) if female else (MIDDLE_MALE, GIVEN_MALE)
    family = _weighted(rng, FAMILY_NAMES)
    middles = [rng.choice(middle_pool)]
    if rng.random() < 0.25:
        middles.append(rng.choice(("Hoàng", "Ngọc", "Minh", "Thanh", "Bảo", "Kim")))
    return " ".join([family, *dict.fromkeys(middles), rng.choice(given_pool)])


def synthesize(people: int, out: Path, base: Path | None = None, seed: int = 2025) -> int:
    """Write a complete data tree for ``people`` fictional staff into ``out``; return the record count.

    ``out`` must not exist or be empty. Plans, units and award forms are copied from ``base``
    when it has them (so the real plan and organisation appear); award forms fall back to a
    built-in list.
    """
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} đã có nội dung; hãy chọn một thư mục trống")
    rng = random.Random(seed)
    writer = _Writer(out)

    plans = _read_records(base / "plans") if base else {}
    base_units = _read_records(base / "units") if base else {}
    awards = (_read_records(base / "awards") if base else {}) or FALLBACK_AWARDS
    for kind, records in (("plans", plans), ("units", base_units)):
        for record_id in records:
            (out / kind).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(base / kind / _source_name(base / kind, record_id), out / kind / f"{record_id}.yaml")  # type: ignore[operator]
            writer.count += 1
    for award_id, award in sorted(awards.items()):
        writer.record("awards", award_id, award)
    plan_id = sorted(plans)[0] if plans else None

    taken_units = set(base_units)
    units = [
        SynthUnit(uid, str(u["name"]), _date(u.get("valid_from")), _date(u.get("valid_to")))
        for uid, u in sorted(base_units.items())
    ]
    for k in range(max(1, people // PEOPLE_PER_UNIT)):
        template, kind = UNIT_TEMPLATES[k % len(UNIT_TEMPLATES)]
        commune = COMMUNES[(k // len(UNIT_TEMPLATES)) % len(COMMUNES)]
        series = k // (len(UNIT_TEMPLATES) * len(COMMUNES))
        name = template.format(commune + (f" {series + 1}" if series else ""))
        unit_id = _unique(slugify(name), taken_units)
        writer.record("units", unit_id, {"sample": True, "name": name, "kind": kind, "description": f"Đơn vị hư cấu số {k + 1} của bộ dữ liệu tổng hợp."})
        units.append(SynthUnit(unit_id, name, None, None))

    end_2024 = PartialDate(2024, 12, 31)
    staffed = [u for u in units if u.valid_on(end_2024)] or units
    taken_people: set[str] = set()
    staff: list[SynthPerson] = []
    for k in range(people):
        name = person_name(rng)
        unit = staffed[k % len(staffed)] if k < len(staffed) else rng.choice(staffed)
        person_id = _unique(slugify(name), taken_people)
        record: dict[str, Any] = {"sample": True, "name": name, "position": _position(rng, unit), "unit": unit.id}
        if rng.random() < 0.01:
            year = rng.choice(YEARS)
            record["exemplary"] = {
                "year": year,
                "citation": f"Gương điển hình tiên tiến năm {year} trong phong trào thi đua của {unit.name}.",
                "achievements": _achievements(rng, year),
            }
        writer.record("people", person_id, record)
        staff.append(SynthPerson(person_id, name, unit.id))

    by_unit: dict[str, list[SynthPerson]] = {}
    for person in staff:
        by_unit.setdefault(person.unit, []).append(person)
    for unit in units:
        members = by_unit.get(unit.id, [])
        for year in YEARS:
            if not members or not unit.valid_on(PartialDate(year)):
                continue
            counts = dict.fromkeys(("HTXSNV", "HTTNV", "HTNV", "KHTNV"), 0)
            for _ in members:
                counts[_weighted(rng, RATING_WEIGHTS)] += 1
            writer.record(
                "evaluations",
                f"{unit.id}-{year}",
                {
                    "sample": True,
                    "unit": unit.id,
                    "year": year,
                    "rating": _weighted(rng, RATING_WEIGHTS),
                    "staff": counts,
                    "violations": rng.choice((0, 0, 0, 0, 1)),
                    "source": f"Quyết định số {rng.randint(10, 999)}/QĐ-SNV ngày 20/01/{year + 1}",
                },
            )

    _decisions(rng, writer, awards, staff, units, plan_id)
    _announcements(rng, writer, max(1, people // 100), plan_id)
    return writer.count


def _source_name(folder: Path, record_id: str) -> str:
    for suffix in (".yaml", ".yml"):
        if (folder / f"{record_id}{suffix}").is_file():
            return f"{record_id}{suffix}"
    raise FileNotFoundError(folder / record_id)


def _achievements(rng: random.Random, year: int) -> str:
    items = rng.sample(
        [
            "Hoàn thành xuất sắc nhiệm vụ được giao, không để tồn đọng hồ sơ.",
            "Chủ trì rà soát, đơn giản hóa **12 thủ tục hành chính** thuộc lĩnh vực nội vụ.",
            "Tham mưu ứng dụng chữ ký số, tỷ lệ văn bản điện tử đạt 98,5 %.",
            "Tích cực tham gia phong trào “Thi đua thực hiện văn hóa công sở”.",
            "Hướng dẫn đồng nghiệp mới, được đơn vị biểu dương.",
            "Đạt giải Nhì Hội thi cải cách hành chính cấp tỉnh.",
        ],
        3,
    )
    return f"Năm {year}:\n\n" + "\n".join(f"- {item}" for item in items)


def _decisions(
    rng: random.Random,
    writer: _Writer,
    awards: dict[str, dict[str, Any]],
    staff: list[SynthPerson],
    units: list[SynthUnit],
    plan_id: str | None,
) -> None:
    """Yearly award decisions; large awards are split into decisions of at most MAX_RECIPIENTS."""
    def kinds(award: dict[str, Any]) -> list[str]:
        return list(award.get("recipients") or ["ca-nhan", "tap-the"])

    by_rank = sorted(awards.items(), key=lambda item: (-int(item[1].get("rank", 0)), item[0]))
    individual = [a for a in by_rank if "ca-nhan" in kinds(a[1])]
    collective = [a for a in by_rank if "tap-the" in kinds(a[1])]
    for year in YEARS:
        number = 0
        day = PartialDate(year + 1, rng.randint(1, 3), rng.randint(1, 28))
        grants: list[tuple[str, dict[str, Any], list[dict[str, str]]]] = []
        for (award_id, award), share in zip(individual, INDIVIDUAL_SHARES, strict=False):  # the top-ranked awards only
            chosen = rng.sample(staff, max(1, round(len(staff) * share)))
            chosen.sort(key=lambda p: p.id)
            grants.append((award_id, award, [{"person": p.id} for p in chosen]))
        valid_units = [u for u in units if u.valid_on(day)]
        for (award_id, award), share in zip(collective, COLLECTIVE_SHARES, strict=False):
            chosen_units = sorted(rng.sample(valid_units, max(1, round(len(valid_units) * share))), key=lambda u: u.id)
            grants.append((award_id, award, [{"unit": u.id} for u in chosen_units]))
        for award_id, award, recipients in grants:
            for part, chunk in enumerate(_chunks(recipients, MAX_RECIPIENTS), start=1):
                number += 1
                writer.record(
                    "decisions",
                    f"qd-{number}-{year + 1}",
                    {
                        "sample": True,
                        "number": str(number),
                        "symbol": "QĐ-SNV",
                        "date": str(day),
                        "place": "Sóc Trăng",
                        "issuer": {"name": "Sở Nội vụ tỉnh Sóc Trăng", "header": "SỞ NỘI VỤ", "superior": "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"},
                        "signer": {"levels": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "name": "Trần Văn Mẫu"},
                        **({"plan": plan_id} if plan_id and year == YEARS[-1] else {}),
                        "batch": f"Đợt {part}",
                        "title": f"Về việc tặng {award['name']} năm {year} (đợt {part})",
                        "awards": [
                            {
                                "award": award_id,
                                "citation": f"Đã có thành tích trong phong trào thi đua năm {year}",
                                "recipients": chunk,
                            }
                        ],
                    },
                )


def _announcements(rng: random.Random, writer: _Writer, count: int, plan_id: str | None) -> None:
    for k in range(count):
        category, title, summary = ANNOUNCEMENT_TOPICS[k % len(ANNOUNCEMENT_TOPICS)]
        year = YEARS[k % len(YEARS)]
        batch = k // (len(ANNOUNCEMENT_TOPICS) * len(YEARS)) + 1
        day = PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))
        front: dict[str, Any] = {
            "sample": True,
            "title": title.format(year=year, k=batch),
            "date": str(day),
            "category": category,
            "summary": summary.format(year=year, k=batch, day=f"{day.day:02d}/{day.month:02d}/{year}"),
        }
        if plan_id and year == YEARS[-1]:
            front["plan"] = plan_id
        body = (
            f"Thực hiện kế hoạch thi đua năm {year}, Sở Nội vụ đề nghị các đơn vị:\n\n"
            "1. Tổ chức quán triệt nội dung đến toàn thể cán bộ, công chức;\n"
            "2. Gửi báo cáo về **Văn phòng Sở** đúng thời hạn;\n"
            "3. Phản ánh vướng mắc qua bộ phận Thi đua – Khen thưởng.\n\n"
            "| Nội dung | Thời hạn |\n|---|---|\n"
            f"| Đăng ký thi đua | {day.day:02d}/{day.month:02d}/{year} |\n"
        )
        writer.markdown("announcements", f"tb-{year}-{k + 1:04d}", front, body)
