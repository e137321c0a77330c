"""Write the bundled sample decision's PDF, data/files/qd-125-snv-2025-mau.pdf (committed).

The decision is fictional, and so is its "scan": one A4 page saying so in large letters
("TÀI LIỆU MẪU – HƯ CẤU"), so that the bundled site shows the attachment path (list column,
detail page link) without publishing anything that looks like a real signed document.
Chromium prints it (Vietnamese text needs an embedded font; Chromium embeds a subset).

    .venv/bin/python tools/make_sample_pdf.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "files" / "qd-125-snv-2025-mau.pdf"

HTML = """<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tài liệu mẫu – hư cấu</title>
<style>
  @page { size: A4; margin: 25mm 20mm 25mm 30mm; }
  body { font-family: "DejaVu Sans", sans-serif; font-size: 12pt; }
  .stamp { border: 3px solid #a31515; color: #a31515; text-align: center; font: 700 28pt "DejaVu Sans", sans-serif; padding: 8mm; margin: 20mm 0; }
  p { text-align: justify; }
</style>
<div class="stamp">TÀI LIỆU MẪU – HƯ CẤU</div>
<p>Tệp này là <b>tài liệu mẫu</b> của phần mềm trang thi đua, khen thưởng, đứng thay cho bản chụp
của “Quyết định số 125/QĐ-SNV” trong bộ dữ liệu mẫu. Quyết định đó là hư cấu; tệp này không phải
văn bản của cơ quan nào, không có chữ ký, không có giá trị pháp lý.</p>
<p>Khi công bố thật, biên tập viên thay tệp này bằng bản PDF của văn bản đã ký (trường
<b>attachment</b> của tệp quyết định trong data/decisions/).</p>
</html>"""


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content(HTML)
        page.pdf(path=str(OUT), format="A4", prefer_css_page_size=True, tagged=True)
        browser.close()
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size} byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
