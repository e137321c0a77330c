"""``/thong-bao/feed.xml``: the announcements as an Atom feed (RFC 4287).

Deterministic: ``updated`` comes from the announcements' dates (midnight, Vietnam time), never
from the build clock. Ids are ``tag:`` URIs (RFC 4151) made from record ids, so they do not
change when the site moves or when ``site_url`` is set later (feed readers would otherwise
show every entry again). Links are absolute when ``site_url`` is configured, otherwise
relative to the feed's own address, which feed readers resolve.

Material for MkDocs treats every ``<link rel="alternate">`` in a page head as a language
alternate and fetches ``sitemap.xml`` next to its target (``setupAlternate``; reported as
zensical/zensical#908). For the feed's autodiscovery link that is ``thong-bao/sitemap.xml``:
an empty, valid sitemap there turns a 404 on every page load into a harmless empty answer.
Nothing links to it, so search engines do not read it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from generator import urls
from generator.dates import PartialDate
from generator.derive import SiteData
from generator.models.vocab import ANNOUNCEMENT_CATEGORY_LABELS
from generator.render.page import Page
from generator.render.sanitize import markdown_to_html

ATOM = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "thiduua"
FEED_ID = f"tag:{TAG_AUTHORITY},2024:thong-bao"
MAX_ENTRIES = 50
VN_TZ = dt.timezone(dt.timedelta(hours=7))


def timestamp(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(), VN_TZ).isoformat()


def entry_id(announcement_id: str, date: PartialDate) -> str:
    return f"tag:{TAG_AUTHORITY},{date.earliest.isoformat()}:thong-bao/{announcement_id}"


def href(site: SiteData, src: str) -> str:
    """Absolute with ``site_url``; otherwise relative to the feed (``han-nop-ho-so/``)."""
    if site.options.site_url:
        return site.options.site_url.rstrip("/") + "/" + urls.served_url(src)
    return urls.relative(urls.FEED, src)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def atom_feed(site: SiteData) -> bytes:
    ET.register_namespace("", ATOM)
    entries = site.announcements.newest[:MAX_ENTRIES]
    plans = site.plans_newest_first
    author = site.dataset.plans[plans[0]].issuer.name if plans else "Ban biên tập"
    updated = max((a.date.earliest for _, a in entries), default=site.last_updated)

    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "vi"})
    _sub(feed, "id", FEED_ID)
    _sub(feed, "title", f"Thông báo thi đua, khen thưởng – {author}")
    _sub(feed, "subtitle", "Thông báo, tin tức, hướng dẫn và kết quả của phong trào thi đua, khen thưởng.")
    _sub(feed, "updated", timestamp(updated))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=href(site, urls.FEED))
    _sub(feed, "link", rel="alternate", type="text/html", href=href(site, urls.ANNOUNCEMENTS))
    _sub(_sub(feed, "author"), "name", author)
    _sub(feed, "generator", "thiduua")
    for announcement_id, a in entries:
        entry = _sub(feed, "entry")
        _sub(entry, "id", entry_id(announcement_id, a.date))
        _sub(entry, "title", ("[Dữ liệu mẫu] " if a.sample else "") + a.title)
        _sub(entry, "link", rel="alternate", type="text/html", href=href(site, urls.announcement(announcement_id)))
        _sub(entry, "published", timestamp(a.date.earliest))
        _sub(entry, "updated", timestamp(a.date.earliest))
        _sub(entry, "category", term=a.category, label=ANNOUNCEMENT_CATEGORY_LABELS[a.category])
        _sub(entry, "summary", a.summary)
        _sub(entry, "content", str(markdown_to_html(a.body)), type="html")
    ET.indent(feed)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


EMPTY_SITEMAP = b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'


def pages(site: SiteData) -> Iterator[Page]:
    yield Page(urls.FEED, content=atom_feed(site))
    yield Page(urls.FEED_SITEMAP_SHIM, content=EMPTY_SITEMAP)
