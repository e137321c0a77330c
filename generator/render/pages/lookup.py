"""``/tra-cuu/``: the honours look-up page and its sharded index (see :mod:`generator.derive.lookup`).

The index files are versioned by content: the page names the manifest as ``khoa.json?v=<hash>``
and the manifest names each shard's hash, so a server may let browsers cache ``tra-cuu/chi-muc/``
for a long time (README, "Own web server") and a rebuilt index is still fetched anew.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import partial

from generator.derive import SiteData
from generator.derive.lookup import LookupIndex, Recipient, build_lookup, key_file
from generator.derive.same_inputs import SameInputs
from generator.render.page import Page

PAGE = "tra-cuu/index.md"
FOLDER = "tra-cuu/chi-muc"
MANIFEST = f"{FOLDER}/khoa.json"
SCRIPT = "assets/javascripts/lookup.js"
DEFER_SEARCH = "assets/javascripts/lookup-defer-search.js"
"""Run before Material's bundle: holds its site-wide index until the reader opens the site search."""
FORMAT = 2
"""Bumped when the files' layout changes (the script checks it)."""


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:10]


def shard_bytes(recipients: tuple[Recipient, ...]) -> bytes:
    """``{"d": [[decision href, code, year], …], "p": [position, …], "u": [unit, …],
    "r": [[name, position, unit, href, [[award, decision], …]], …]}``: a decision, a position and a
    unit are written once per shard and referred to by their place in its list (a third less to
    download and parse than repeating "Chuyên viên · Ủy ban nhân dân xã …" on every row)."""
    decisions: dict[tuple[str, str, int], int] = {}
    positions: dict[str, int] = {}
    units: dict[str, int] = {}
    rows = []
    for r in recipients:
        honours = []
        for h in r.honours:
            key = (h.decision_href, h.decision_code, h.decision_year)
            honours.append([h.award, decisions.setdefault(key, len(decisions))])
        rows.append([r.name, positions.setdefault(r.position, len(positions)), units.setdefault(r.unit, len(units)), r.href, honours])
    return _json({"v": FORMAT, "d": [list(k) for k in decisions], "p": list(positions), "u": list(units), "r": rows})


def _encoded(members: tuple[Recipient, ...]) -> tuple[bytes, str]:
    data = shard_bytes(members)
    return data, _version(data)


_SHARDS: SameInputs[tuple[bytes, str]] = SameInputs()
"""A shard's bytes and version, kept while its recipients are the very same objects: in ``serve``
an edit to one person encodes and hashes the shards of their name words, not all of them
(recipients are kept by :func:`generator.derive.lookup.build_lookup` the same way)."""


def files(index: LookupIndex) -> dict[str, bytes]:
    """Docs path -> bytes of the manifest and every shard.

    Manifest: ``{"awards": [...], "keys": {word: [recipients, file stem, [shard version, …],
    [where shard 2, 3, … begins (folded name), …]]}}``."""
    out: dict[str, bytes] = {}
    keys: dict[str, list[object]] = {}
    for key, shards in index.shards.items():
        versions = []
        for number, members in enumerate(shards, start=1):
            data, version = _SHARDS.get((key, number), members, partial(_encoded, members))
            out[f"{FOLDER}/{key_file(key, number)}"] = data
            versions.append(version)
        keys[key] = [sum(len(s) for s in shards), key_file(key, 1).rsplit(".", 2)[0], versions, list(index.starts[key])]
    out[MANIFEST] = _json({"v": FORMAT, "awards": list(index.awards), "keys": keys})
    return out


def pages(site: SiteData) -> Iterator[Page]:
    index = build_lookup(site.dataset, site.honours)
    data = files(index)
    for src, content in data.items():
        yield Page(src, content=content)
    page = Page(PAGE, "lookup.md.j2")
    recipients = {id(r) for shards in index.shards.values() for shard in shards for r in shard}
    yield Page(
        PAGE,
        "lookup.md.j2",
        {
            "manifest": page.link(MANIFEST) + "?v=" + _version(data[MANIFEST]),
            "script": page.link(SCRIPT),
            "defer_search": page.link(DEFER_SEARCH),
            "recipients": len(recipients),
            "honours": sum(1 for h in site.honours if not h.revoked),
            "sample": any(h.decision.sample for h in site.honours if not h.revoked),
        },
    )
