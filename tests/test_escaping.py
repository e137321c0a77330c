"""Hostile text in every field of every record kind ends up inert in the built site.

A small synthetic dataset (``thiduua synth``) plus the real plan is extended with the
optional fields synth leaves out (photo, named recipients, short names…). Then *every* free
text field of one record per kind — found by walking the records, not listed by hand —
gets a unique marker followed by the payloads: ``<script>``, an ``onerror`` breakout, a
``javascript:`` Markdown link and ``<a href>``, attr_list ``{: onclick=…}``, raw HTML that
loads a third-party image or frame, and Jinja syntax ``{{ 7*7 }}``. Fields that only take
ids, dates or choices are left alone (the validator refuses payloads there).

The built HTML (and the feed) is then scanned once; every script, event-handler attribute,
``javascript:`` URL, dangerous element and remote image is traced back to the field whose
marker it carries, so a failure names the field. Each payload names its marker, so a
violation in a page that shows several fields is still attributed correctly.
"""

from __future__ import annotations

import html
import html.parser
import json
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from conftest import run_thiduua

from generator.load.yaml_source import dotted, parse_yaml
from generator.validate.records import load_and_validate

pytestmark = pytest.mark.slow

JINJA = "{{ 7*7 }}"
EVIL_HOST = "evil.example"
# Fields that are references, letters matched across records, or never free text.
KEY_LIKE = {"id", "letter", "clause", "award", "person", "unit", "plan", "parent", "successor", "revoked_by",
            "milestones", "file", "attachment", "date", "start", "end", "valid_from", "valid_to", "category",
            "kind", "status", "rating", "measure", "comparator", "applies_to", "ratings", "recipients", "include"}
DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "style", "form", "svg", "math", "base", "link", "meta", "frame", "frameset"}
SITE_SCRIPT = re.compile(r"^(/|(\.\./)*)(assets/javascripts/|search/)[\w./-]+\.js$")


def payload(marker: str) -> str:
    """One line of text carrying every attack, each naming ``marker`` (so violations name the field)."""
    return (
        f"{marker} {JINJA} <script>alert('{marker}')</script> \"><img src=x onerror=alert('{marker}')> "
        f"[lien ket](javascript:alert('{marker}')) <a href=\"javascript:alert('{marker}')\">a</a> "
        f"<img src=\"https://{EVIL_HOST}/{marker}.png\"> <iframe src=\"https://{EVIL_HOST}/{marker}\"></iframe> "
        f"**dam**{{: onclick=alert('{marker}') }} {{: onmouseover=alert('{marker}') }}"
    )


def markdown_payload(marker: str) -> str:
    """The same attacks as Markdown blocks: raw HTML blocks, a heading with attr_list, a link."""
    return (
        f"{marker} {JINJA}\n\n"
        f"<script>alert('{marker}')</script>\n\n"
        f"<div onclick=\"alert('{marker}')\"><img src=x onerror=\"alert('{marker}')\"></div>\n\n"
        f"## Tiêu đề {marker} {{: onclick=alert('{marker}') }}\n\n"
        f"[lien ket {marker}](javascript:alert('{marker}')) và [khác](JaVaScRiPt:alert('{marker}'))\n\n"
        f"<a href=\"javascript:alert('{marker}')\">a</a> <svg onload=\"alert('{marker}')\"></svg>\n\n"
        f"![anh](https://{EVIL_HOST}/{marker}.png) <iframe src=\"https://{EVIL_HOST}/{marker}\"></iframe>\n\n"
        f"<style>body{{display:none}} /* {marker} */</style>\n"
    )


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00\xff\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def _read(path: Path) -> tuple[dict[str, Any], str | None]:
    """A record's data; for announcements the front matter, with the body returned apart."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        _, front, body = text.split("---\n", 2)
        return parse_yaml(front, str(path)).data, body
    return parse_yaml(text, str(path)).data, None


def _write(path: Path, data: dict[str, Any], body: str | None) -> None:
    if path.suffix == ".md":
        path.write_text(f"---\n{_dump(data)}---\n\n{body}\n", encoding="utf-8")
    else:
        path.write_text(_dump(data), encoding="utf-8")


def _text_leaves(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in KEY_LIKE and key != "sample":
                yield from _text_leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _text_leaves(item, (*path, i))
    elif isinstance(value, str):
        yield path, value


def _set(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


MARKDOWN_FIELDS = {"achievements", "body", "preamble", "closing"}


@dataclass
class Field:
    marker: str
    file: str
    path: tuple[str | int, ...]

    @property
    def name(self) -> str:
        return f"{self.file}:{dotted(self.path)}"


@dataclass
class HostileSite:
    site: Path
    fields: list[Field]
    refused: list[str]


def _augment(data: Path) -> dict[str, Path]:
    """Add the optional fields synth leaves out; return the record file chosen for each kind."""
    (data / "photos").mkdir()
    (data / "photos" / "anh.png").write_bytes(tiny_png())
    chosen: dict[str, Path] = {}

    person_path = next(p for p in sorted((data / "people").glob("*.yaml")) if "exemplary" in p.read_text(encoding="utf-8"))
    person, _ = _read(person_path)
    person["photo"] = {"file": "photos/anh.png", "consent": True, "consent_ref": "Biên bản", "alt": "Ảnh"}
    person["name_parts"] = {"family": person["name"].split()[0], "middle": "", "given": person["name"].split()[-1]}
    _write(person_path, person, None)
    chosen["people"] = person_path
    plain_person = next(p for p in sorted((data / "people").glob("*.yaml")) if "exemplary" not in p.read_text(encoding="utf-8"))
    chosen["people-plain"] = plain_person

    decision_path = sorted((data / "decisions").glob("*.yaml"))[0]
    decision, _ = _read(decision_path)
    grant = decision["awards"][0]
    grant["recipients"][0]["position"] = "Chuyên viên"
    if "ca-nhan" in yaml.safe_load((data / "awards" / f"{grant['award']}.yaml").read_text(encoding="utf-8")).get("recipients", ["ca-nhan"]):
        grant["recipients"].append({"name": "Bà Nguyễn Thị Ngoài", "kind": "ca-nhan", "position": "Nguyên cán bộ"})
    _write(decision_path, decision, None)
    chosen["decisions"] = decision_path

    unit_path = next(p for p in sorted((data / "units").glob("*.yaml")) if "sample: true" in p.read_text(encoding="utf-8"))
    unit, _ = _read(unit_path)
    unit["short_name"] = "Viết tắt"
    _write(unit_path, unit, None)
    chosen["units"] = unit_path
    chosen["awards"] = sorted((data / "awards").glob("*.yaml"))[0]
    chosen["evaluations"] = sorted((data / "evaluations").glob("*.yaml"))[0]
    chosen["announcements"] = sorted((data / "announcements").glob("*.md"))[0]
    chosen["plans"] = sorted((data / "plans").glob("*.yaml"))[0]
    return chosen


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    base = tmp_path_factory.mktemp("hostile")
    data = base / "data"
    result = run_thiduua("synth", "--people", "30", "--out", data)
    assert result.returncode == 0, result.stderr
    chosen = _augment(data)

    fields: list[Field] = []
    originals: dict[tuple[Path, tuple[str | int, ...]], str] = {}
    docs: dict[Path, tuple[dict[str, Any], str | None]] = {}
    for path in chosen.values():
        record, body = _read(path)
        docs[path] = (record, body)
        if body is not None:
            record["body"] = body
        for leaf, value in _text_leaves(record):
            marker = f"XSSQ{len(fields):03d}Z"
            originals[(path, leaf)] = value
            hostile_text = markdown_payload(marker) if leaf[-1] in MARKDOWN_FIELDS else payload(marker)
            _set(record, leaf, hostile_text)
            fields.append(Field(marker, str(path.relative_to(data)), leaf))

    def write_all() -> None:
        for path, (original, _) in docs.items():
            record = dict(original)
            body = record.pop("body", None)
            _write(path, record, body)

    # Fields whose values are checked against other records (or shapes) refuse the payload:
    # put their original text back until the data validates. Those fields are reported.
    refused: list[str] = []
    for _ in range(10):
        write_all()
        _, report = load_and_validate(data)
        bad = {(d.file, d.field) for d in report.errors}
        if not bad:
            break
        for f in list(fields):
            if any(file.endswith(f.file) and (fld == dotted(f.path) or fld.startswith(dotted(f.path) + ".")) for file, fld in bad):
                record = docs[data / f.file][0]
                _set(record, f.path, originals[(data / f.file, f.path)])
                fields.remove(f)
                refused.append(f"{f.name}: {[d.code for d in report.errors if d.field == dotted(f.path)]}")
    else:
        pytest.fail("hostile data does not validate:\n" + report.text("en"))

    site = base / "site"
    result = run_thiduua("build", "--data", data, "--out", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return HostileSite(site, fields, refused)


@dataclass
class Finding:
    page: str
    what: str
    detail: str


class _Scanner(html.parser.HTMLParser):
    """Collects everything that could run script or load a third party, plus all text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.findings: list[Finding] = []
        self.texts: list[str] = []
        self._script: list[str] | None = None
        self._script_attrs: dict[str, str] = {}
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        blob = " ".join(f"{k}={v}" for k, v in values.items())
        self.texts.extend(values.values())
        for name, value in values.items():
            if name.startswith("on"):
                self.findings.append(Finding(self.page, f"event handler {name}", f"<{tag} {blob}>"))
            squashed = re.sub(r"[\s\x00-\x1f]+", "", html.unescape(value)).lower()
            if name in ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset") and squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.findings.append(Finding(self.page, f"script URL in {name}", f"<{tag} {blob}>"))
            if name in ("src", "srcset", "data", "poster") and EVIL_HOST in value:
                self.findings.append(Finding(self.page, "third-party resource", f"<{tag} {blob}>"))
        if tag == "script":
            self._script = []
            self._script_attrs = values
        elif tag in DANGEROUS_TAGS - {"script", "meta", "link", "form", "svg", "style"}:
            self.findings.append(Finding(self.page, f"<{tag}> element", f"<{tag} {blob}>"))
        elif tag in ("meta", "link"):
            # Data may fill a description *attribute*; a meta refresh or a link element is injected.
            if "XSSQ" in values.get("http-equiv", "") + values.get("href", "") + values.get("rel", ""):
                self.findings.append(Finding(self.page, f"<{tag}> element with data", f"<{tag} {blob}>"))
        elif tag in ("svg", "math", "style", "form", "base"):
            # Material itself uses svg icons and a search form: only ones carrying data text
            # (a marker) are injected.
            if "XSSQ" in blob:
                self.findings.append(Finding(self.page, f"<{tag}> element with data", f"<{tag} {blob}>"))
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self._check_script("".join(self._script))
            self._script = None
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
            return
        if self._stack and self._stack[-1] in ("style", "svg", "math") and "XSSQ" in data:
            self.findings.append(Finding(self.page, f"data inside <{self._stack[-1]}>", data[:200]))
        self.texts.append(data)

    def _check_script(self, body: str) -> None:
        kind = self._script_attrs.get("type", "")
        src = self._script_attrs.get("src", "")
        if src:
            if not SITE_SCRIPT.match(src):
                self.findings.append(Finding(self.page, "script from elsewhere", src))
            return
        if kind in ("application/ld+json", "application/json"):
            try:
                json.loads(body)
            except ValueError:
                self.findings.append(Finding(self.page, f"broken {kind} script", body[:300]))
            if "<" in body:  # a data value closing the script element early
                self.findings.append(Finding(self.page, f"'<' inside {kind} script", body[:300]))
            self.texts.append(body)
            return
        if "XSSQ" in body or "alert(" in body:
            self.findings.append(Finding(self.page, "inline script with data", body[:300]))


@dataclass
class Scan:
    findings: list[Finding] = field(default_factory=list)
    texts_by_page: dict[str, str] = field(default_factory=dict)
    search_docs: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def scan(hostile: HostileSite) -> Scan:
    result = Scan()
    for path in sorted(hostile.site.rglob("*")):
        if path.suffix not in (".html", ".xml") or not path.is_file():
            continue
        page = str(path.relative_to(hostile.site))
        if path.suffix == ".xml":
            # Feed readers render elements of type="html" as HTML: scan their text as a page.
            root = ElementTree.parse(path).getroot()
            chunks = ["".join(el.itertext()) for el in root.iter() if el.get("type") in ("html", "xhtml")]
            texts = ["".join(el.itertext()) for el in root.iter() if el.get("type") not in ("html", "xhtml")]
            text = "\n".join(chunks)
        else:
            text, texts = path.read_text(encoding="utf-8"), []
        scanner = _Scanner(page)
        scanner.feed(text)
        scanner.close()
        result.findings.extend(scanner.findings)
        result.texts_by_page[page] = "\n".join(scanner.texts + texts)
    index = hostile.site / "search" / "search_index.json"
    result.search_docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    return result


def test_the_hostile_dataset_covers_every_kind(hostile: HostileSite) -> None:
    files = {f.file.split("/")[0] for f in hostile.fields}
    assert files >= {"people", "decisions", "units", "awards", "evaluations", "announcements", "plans"}
    names = {f"{f.file.split('/')[0]}:{dotted(f.path)}" for f in hostile.fields}
    for expected in ("people:name", "people:position", "people:exemplary.citation", "people:exemplary.achievements",
                     "people:photo.alt", "decisions:title", "decisions:number", "decisions:symbol", "decisions:signer.name",
                     "decisions:awards[0].citation", "announcements:title", "announcements:summary", "announcements:body",
                     "units:name", "units:short_name", "units:description", "awards:name", "evaluations:source",
                     "plans:title", "plans:short_title"):
        assert expected in names, (expected, sorted(names))
    assert len(hostile.fields) > 100  # the plan alone has about eighty text fields


def test_visible_fields_do_reach_the_site(hostile: HostileSite, scan: Scan) -> None:
    """Otherwise the inertness checks below would pass vacuously."""
    all_text = "\n".join(scan.texts_by_page.values())
    shown = [f for f in hostile.fields if f.marker in all_text]
    assert len(shown) > 0.7 * len(hostile.fields), [f.name for f in hostile.fields if f not in shown]
    must_show = {"people:name", "people:position", "people:exemplary.citation", "people:exemplary.achievements",
                 "decisions:title", "decisions:signer.name", "decisions:awards[0].citation", "announcements:title",
                 "announcements:body", "units:name", "units:description", "awards:name", "plans:title", "plans:short_title"}
    for f in hostile.fields:
        if f"{f.file.split('/')[0]}:{dotted(f.path)}" in must_show:
            assert f.marker in all_text, f"{f.name} is not shown anywhere"


def test_no_field_is_displayed_when_it_is_internal(hostile: HostileSite, scan: Scan) -> None:
    leaked = [f.name for f in hostile.fields if f.path in (("note",), ("photo", "consent_ref")) and any(f.marker in t for t in scan.texts_by_page.values())]
    assert leaked == []


def test_no_script_handler_url_or_foreign_resource_from_any_field(hostile: HostileSite, scan: Scan) -> None:
    """One assertion over all fields, with every finding traced to the field that caused it."""
    by_marker = {f.marker: f.name for f in hostile.fields}
    problems = []
    for finding in scan.findings:
        markers = sorted(set(re.findall(r"XSSQ\d{3}Z", finding.detail)))
        names = [by_marker.get(m, m) for m in markers] or ["(no field marker: the site itself)"]
        problems.append(f"{', '.join(names)}: {finding.what} in {finding.page}: {finding.detail[:160]}")
    assert not problems, f"{len(problems)} findings:\n" + "\n".join(sorted(set(problems))[:80])


def test_jinja_syntax_in_data_is_never_evaluated(hostile: HostileSite, scan: Scan) -> None:
    evaluated, literal = [], set()
    for page, text in scan.texts_by_page.items():
        for f in hostile.fields:
            if f.marker not in text:
                continue
            if re.search(re.escape(f.marker) + r"\W{0,3}49\b", text):
                evaluated.append(f"{f.name} in {page}")
            if f.marker + " " + JINJA in text or f.marker + "\n" + JINJA in text:
                literal.add(f.marker)
    assert evaluated == []
    shown = {f.marker for f in hostile.fields if any(f.marker in t for t in scan.texts_by_page.values())}
    # Every displayed field shows the braces literally somewhere (truncated teasers aside).
    missing = [f.name for f in hostile.fields if f.marker in shown and f.marker not in literal]
    assert missing == []


def test_markup_in_plain_fields_is_shown_as_text(hostile: HostileSite, scan: Scan) -> None:
    """Plain fields are text: the reader sees '<script>' written out, not a swallowed tag."""
    all_text = "\n".join(scan.texts_by_page.values())
    for f in hostile.fields:
        if f.path[-1] in MARKDOWN_FIELDS or f.marker not in all_text:
            continue
        assert f"<script>alert('{f.marker}')</script>" in all_text, f.name


def test_search_index_holds_escaped_text_only(hostile: HostileSite, scan: Scan) -> None:
    by_marker = {f.marker: f.name for f in hostile.fields}
    bad = []
    for doc in scan.search_docs:
        for key in ("title", "text"):
            value = doc.get(key, "")
            for marker in set(re.findall(r"XSSQ\d{3}Z", value)):
                if re.search(r"<(script|img|iframe|svg|style|a\s)", value, re.I):
                    bad.append(f"{by_marker.get(marker, marker)}: search {key} of {doc['location']}: {value[:160]}")
    assert bad == []


def test_fields_refused_by_the_validator_are_only_reference_like(hostile: HostileSite) -> None:
    """The loop that restores refused fields must not hide real text fields from the test."""
    for line in hostile.refused:
        assert re.search(r"(number|code|symbol|letter|source|form|appendix)", line) or "pattern" in line or "unknown_ref" in line, line
