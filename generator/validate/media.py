"""Files from data/ that the site publishes: photos and decision PDFs, verified by their contents.

A photo's name and first bytes prove nothing (``photos/poly.md`` starting with ``RIFFabcdWEBP``
then ``<script>`` passed a magic-number check and became a page). Here the image library
decides: Pillow decodes the whole image (a truncated file fails), the size is bounded before
decoding (bytes, then pixels, so a small file that inflates to gigapixels is refused), and the
published copy is re-encoded from the decoded pixels in the same format without any metadata
(EXIF with GPS position, comments, ICC text), under an extension taken from the real type.

An attachment is published only when pypdf reads it as a PDF with at least one page and no
active content (JavaScript, launch actions, embedded files), which a portal's scanned
decision never needs.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_IMAGE_BYTES = 10 * 1024 * 1024
"""A portrait photo for the web is well under 1 MB; 10 MB leaves room for a camera original."""
MAX_IMAGE_PIXELS = 40_000_000
"""40 megapixels (about 7700 × 5200): more than any camera of the agency, far less than a
decompression bomb (a few KB of PNG can declare 100,000 × 100,000 pixels)."""
MAX_PDF_BYTES = 20 * 1024 * 1024

IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
"""Formats published, with the one extension each is published under."""
PUBLISHED_EXTENSIONS = frozenset({*IMAGE_FORMATS.values(), ".pdf"})
"""The only extensions a file copied from data/ may have on the site."""

_ACTIVE_PDF = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA|OpenAction|AA)\b")


class MediaProblem(Exception):
    """The file cannot be published; ``code`` is a messages.py code, ``params`` its values."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


@dataclass(frozen=True)
class VerifiedImage:
    extension: str
    """``.jpg``, ``.png`` or ``.webp``, from the decoded format, never from the file name."""
    content: bytes
    """The re-encoded image, without metadata."""


def verify_image(path: Path) -> VerifiedImage:
    """Decode ``path`` fully and re-encode it; raise :class:`MediaProblem` when it is not a safe image."""
    stat = path.stat()
    return _verify_image(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)  # serve rebuilds: the same photo is decoded once while unchanged
def _verify_image(path: Path, size: int, _mtime: int) -> VerifiedImage:
    from PIL import Image

    if size > MAX_IMAGE_BYTES:
        raise MediaProblem("image_too_many_bytes", size=size, limit=MAX_IMAGE_BYTES)
    raw = path.read_bytes()
    Image.MAX_IMAGE_PIXELS = None  # our own bound below, checked right after the header is read, names the size
    try:
        image = Image.open(io.BytesIO(raw), formats=list(IMAGE_FORMATS))
    except (OSError, SyntaxError, ValueError, KeyError, EOFError):
        raise MediaProblem("file_not_image") from None
    with image:
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise MediaProblem("image_too_many_pixels", width=width, height=height, limit=MAX_IMAGE_PIXELS)
        fmt = image.format or ""
        try:
            image.load()  # decodes every pixel: a truncated or damaged file fails here
            return VerifiedImage(IMAGE_FORMATS[fmt], _reencode(image, fmt))
        except (OSError, SyntaxError, ValueError, KeyError, EOFError, MemoryError):
            raise MediaProblem("image_truncated") from None


def _reencode(image: object, fmt: str) -> bytes:
    """The decoded pixels only, saved again in their format (deterministic, no metadata)."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    pixels = image
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        pixels = image.convert("RGB")
    elif fmt != "JPEG" and image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        pixels = image.convert("RGBA")
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    if pixels.mode == "P":
        palette = pixels.getpalette()
        if palette is not None:
            clean.putpalette(palette)
        if "transparency" in pixels.info:
            clean.info["transparency"] = pixels.info["transparency"]
    out = io.BytesIO()
    if fmt == "JPEG":
        clean.save(out, "JPEG", quality=90, optimize=True)
    elif fmt == "PNG":
        clean.save(out, "PNG", optimize=True, **({"transparency": clean.info["transparency"]} if "transparency" in clean.info else {}))
    else:
        clean.save(out, "WEBP", quality=90, method=4)
    return out.getvalue()


def verify_pdf(path: Path) -> None:
    """Raise :class:`MediaProblem` unless ``path`` is a readable PDF without active content."""
    size = path.stat().st_size
    if size > MAX_PDF_BYTES:
        raise MediaProblem("pdf_too_large", size=size, limit=MAX_PDF_BYTES)
    raw = path.read_bytes()
    if not raw.startswith(b"%PDF-"):
        raise MediaProblem("file_not_pdf")
    if _ACTIVE_PDF.search(raw):
        raise MediaProblem("pdf_active_content")
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    from pypdf.generic import DictionaryObject

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about repaired files are not ours to print
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        pages = len(reader.pages)
        catalog = reader.trailer["/Root"].get_object()
        if not isinstance(catalog, DictionaryObject):
            raise MediaProblem("file_not_pdf")
        names = catalog.get("/Names")
        names = names.get_object() if names is not None else None
        active = "/OpenAction" in catalog or "/AA" in catalog or (isinstance(names, DictionaryObject) and "/JavaScript" in names)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise MediaProblem("file_not_pdf") from None
    if pages < 1:
        raise MediaProblem("file_not_pdf")
    if active:
        raise MediaProblem("pdf_active_content")


def case_collisions(paths: list[str]) -> list[tuple[str, str]]:
    """Pairs of paths that differ only by letter case (one file on Windows and macOS checkouts)."""
    first: dict[str, str] = {}
    found: list[tuple[str, str]] = []
    for path in sorted(set(paths)):
        key = path.casefold()
        if key in first:
            found.append((first[key], path))
        else:
            first[key] = path
    return found
