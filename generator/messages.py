"""The one table of validation messages, in Vietnamese and English.

Every finding names a code from this table; wording is changed here only, never at the
place that detects the problem (the approach rendercv takes with its error dictionary).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # files and YAML syntax
    "file_not_utf8": {
        "vi": "tệp không phải UTF-8 (byte lỗi ở vị trí {offset}); hãy lưu lại tệp với bảng mã UTF-8",
        "en": "file is not UTF-8 (bad byte at offset {offset}); save it again as UTF-8",
    },
    "file_too_large": {
        "vi": "tệp quá lớn ({size} byte, tối đa {limit} byte)",
        "en": "file too large ({size} bytes, at most {limit})",
    },
    "file_outside_data": {
        "vi": "liên kết tượng trưng trỏ ra ngoài thư mục dữ liệu ({target}); không được phép",
        "en": "symbolic link points outside the data folder ({target}); refused",
    },
    "file_not_regular": {
        "vi": "không phải tệp thông thường (thư mục đặc biệt, ống, socket…); bị bỏ qua",
        "en": "not a regular file (pipe, socket…); skipped",
    },
    "file_empty": {
        "vi": "tệp rỗng; hãy điền các trường của bản ghi (lệnh 'thiduua new' tạo sẵn tệp mẫu)",
        "en": "empty file; fill in the record's fields ('thiduua new' writes a template)",
    },
    "template_unfinished": {
        "vi": "tệp vừa tạo bằng 'thiduua new' chưa được hoàn thiện: thay mọi giá trị ví dụ bằng giá trị thật, rồi xóa dòng '{marker}' này",
        "en": "file made by 'thiduua new' is not finished: replace every example value with the real one, then delete this '{marker}' line",
    },
    "new_next_step": {
        "vi": "Sửa các giá trị ví dụ trong tệp, xóa dòng '{marker}', rồi chạy: thiduua validate",
        "en": "Edit the example values in the file, delete the '{marker}' line, then run: thiduua validate",
    },
    "file_bad_id": {
        "vi": "tên tệp '{id}' không dùng được làm mã bản ghi: chỉ chữ thường không dấu, số và dấu gạch ngang (ví dụ '{suggestion}')",
        "en": "file name '{id}' is not a valid record id: lower-case ASCII letters, digits and hyphens only (e.g. '{suggestion}')",
    },
    "file_reserved_id": {
        "vi": "tên tệp '{id}' là tên dành riêng cho trang mục lục của trang web; hãy đặt tên khác",
        "en": "file name '{id}' is reserved for the section's own page; choose another name",
    },
    "file_unknown_kind": {
        "vi": "thư mục '{name}' không phải loại dữ liệu đã biết ({choices})",
        "en": "folder '{name}' is not a known record kind ({choices})",
    },
    "file_unknown_extension": {
        "vi": "tệp '{name}' bị bỏ qua: loại này chỉ nhận tệp {expected}",
        "en": "file '{name}' ignored: this kind only takes {expected} files",
    },
    "yaml_syntax": {
        "vi": "lỗi cú pháp YAML: {problem}",
        "en": "YAML syntax error: {problem}",
    },
    "yaml_syntax_colon": {
        "vi": "lỗi cú pháp YAML: dấu ':' không đặt được ở đây; nếu giá trị có chứa ': ' hãy đặt cả giá trị trong ngoặc kép \"…\", nếu là trường mới hãy kiểm tra thụt lề",
        "en": "YAML syntax error: ':' is not allowed here; quote the whole value if it contains ': ', or check the indentation if it starts a new field",
    },
    "yaml_syntax_unclosed": {
        "vi": "lỗi cú pháp YAML: dấu ngoặc mở ở đây chưa được đóng",
        "en": "YAML syntax error: the quote opened here is never closed",
    },
    "yaml_syntax_missing_colon": {
        "vi": "lỗi cú pháp YAML: dòng này thiếu dấu ':' sau tên trường (hoặc dòng tiếp theo của văn bản chưa được thụt lề)",
        "en": "YAML syntax error: this line lacks ':' after the field name (or a continuation line is not indented)",
    },
    "yaml_syntax_indent": {
        "vi": "lỗi cú pháp YAML: thụt lề không khớp; các trường cùng cấp phải thẳng cột và mục danh sách bắt đầu bằng '- '",
        "en": "YAML syntax error: indentation does not match; fields of one level must line up and list items start with '- '",
    },
    "yaml_syntax_start_char": {
        "vi": "lỗi cú pháp YAML: giá trị không được bắt đầu bằng ký tự '{char}'; hãy đặt cả giá trị trong ngoặc kép \"…\"",
        "en": "YAML syntax error: a value cannot start with '{char}'; put the whole value in double quotes",
    },
    "yaml_syntax_escape": {
        "vi": "lỗi cú pháp YAML: trong ngoặc kép, dấu '\\' phải viết thành '\\\\'; hoặc dùng ngoặc đơn '…'",
        "en": "YAML syntax error: inside double quotes write '\\' as '\\\\', or use single quotes",
    },
    "yaml_syntax_flow": {
        "vi": "lỗi cú pháp YAML: dấu '[' hoặc '{{' mở ở đây chưa được đóng bằng ']' hoặc '}}'",
        "en": "YAML syntax error: the '[' or '{{' opened here is not closed with ']' or '}}'",
    },
    "yaml_tab": {
        "vi": "dùng ký tự Tab để thụt lề; YAML chỉ cho phép dấu cách",
        "en": "tab used for indentation; YAML allows spaces only",
    },
    "yaml_duplicate_key": {
        "vi": "khóa '{key}' bị lặp (đã có ở dòng {first_line}); YAML sẽ âm thầm bỏ giá trị trước",
        "en": "duplicate key '{key}' (first at line {first_line}); YAML would silently drop the earlier value",
    },
    "yaml_alias": {
        "vi": "không dùng neo/bí danh YAML (& và *); hãy viết đầy đủ giá trị",
        "en": "YAML anchors/aliases (& and *) are not allowed; write the value out",
    },
    "yaml_tag": {
        "vi": "thẻ YAML '{tag}' không được phép",
        "en": "YAML tag '{tag}' is not allowed",
    },
    "yaml_complex_key": {
        "vi": "khóa phải là chữ đơn giản",
        "en": "keys must be plain text",
    },
    "yaml_root_not_mapping": {
        "vi": "nội dung tệp phải gồm các trường dạng 'tên: giá trị' (nhận {got})",
        "en": "the file must consist of 'name: value' fields (got {got})",
    },
    "yaml_multiple_documents": {
        "vi": "mỗi tệp chỉ chứa một bản ghi (tìm thấy dấu '---' thứ hai)",
        "en": "one record per file (found a second '---' document)",
    },
    "yaml_too_deep": {
        "vi": "cấu trúc lồng nhau quá sâu (hơn {limit} cấp)",
        "en": "structure nested too deeply (over {limit} levels)",
    },
    "frontmatter_body": {
        "vi": "nội dung thông báo viết sau dòng '---' thứ hai, không đặt trong trường body",
        "en": "write the announcement's text after the second '---' line, not in a body field",
    },
    "frontmatter_missing": {
        "vi": "thông báo phải bắt đầu bằng phần đầu YAML giữa hai dòng '---'",
        "en": "announcement must start with YAML front matter between two '---' lines",
    },
    # schema
    "missing": {"vi": "thiếu trường bắt buộc", "en": "required field is missing"},
    "unknown_field": {"vi": "trường không được hỗ trợ", "en": "unknown field"},
    "personal_field": {
        "vi": "trường '{name}' là dữ liệu cá nhân không được công bố (Nghị định 13/2023/NĐ-CP); hãy xóa trường này",
        "en": "field '{name}' is personal data that must not be published (Decree 13/2023/ND-CP); remove it",
    },
    "type_string": {"vi": "phải là chuỗi văn bản (nhận {got})", "en": "must be text (got {got})"},
    "type_int": {"vi": "phải là số nguyên (nhận {got})", "en": "must be a whole number (got {got})"},
    "type_number": {"vi": "phải là số (nhận {got})", "en": "must be a number (got {got})"},
    "type_bool": {"vi": "phải là true hoặc false (nhận {got})", "en": "must be true or false (got {got})"},
    "type_list": {
        "vi": "phải là danh sách, mỗi mục một dòng bắt đầu bằng '- ' (nhận {got})",
        "en": "must be a list, one item per line starting with '- ' (got {got})",
    },
    "type_mapping": {
        "vi": "phải là nhóm trường dạng 'tên: giá trị' (nhận {got})",
        "en": "must be a group of 'name: value' fields (got {got})",
    },
    "type_date": {
        "vi": "phải là một ngày như 2025-02-05 hoặc 05/02/2025 (nhận {got})",
        "en": "must be a date such as 2025-02-05 or 05/02/2025 (got {got})",
    },
    "too_short": {"vi": "cần ít nhất {min} phần tử", "en": "needs at least {min} item(s)"},
    "number_too_small": {"vi": "phải lớn hơn hoặc bằng {min}", "en": "must be at least {min}"},
    "number_too_large": {"vi": "phải nhỏ hơn hoặc bằng {max}", "en": "must be at most {max}"},
    "empty_text": {"vi": "không được để trống", "en": "must not be empty"},
    "invalid_choice": {
        "vi": "giá trị '{value}' không hợp lệ; chọn một trong: {choices}",
        "en": "invalid value '{value}'; choose one of: {choices}",
    },
    "pattern": {"vi": "giá trị '{value}' sai định dạng ({expected})", "en": "value '{value}' has the wrong form ({expected})"},
    "pattern_id": {
        "vi": "mã '{value}' sai định dạng: chỉ chữ thường không dấu, số và dấu gạch ngang",
        "en": "id '{value}' has the wrong form: lower-case ASCII letters, digits and hyphens only",
    },
    "empty_value": {"vi": "chưa có giá trị (để trống)", "en": "has no value (left empty)"},
    "date_format": {
        "vi": "ngày '{value}' sai định dạng; viết 2025-02-05, 2025-02, 2025 hoặc 05/02/2025",
        "en": "date '{value}' has the wrong form; write 2025-02-05, 2025-02, 2025 or 05/02/2025",
    },
    "date_impossible": {"vi": "ngày '{value}' không tồn tại", "en": "date '{value}' does not exist"},
    "other": {"vi": "{detail}", "en": "{detail}"},
    # cross-record checks
    "duplicate_id": {
        "vi": "mã '{id}' trùng với {other}",
        "en": "id '{id}' duplicates {other}",
    },
    "unknown_ref": {
        "vi": "không tìm thấy {kind} có mã '{id}'",
        "en": "no {kind} with id '{id}'",
    },
    "date_order": {
        "vi": "{later} ({later_value}) phải sau {earlier} ({earlier_value})",
        "en": "{later} ({later_value}) must come after {earlier} ({earlier_value})",
    },
    "date_in_future": {
        "vi": "ngày {value} ở tương lai so với ngày xây dựng ({today}); nếu là dự kiến hãy đặt provisional: true",
        "en": "date {value} is in the future relative to the build date ({today}); mark it provisional: true if planned",
    },
    "decision_outside_unit": {
        "vi": "quyết định ngày {date} khen thưởng đơn vị '{unit}' nhưng đơn vị chỉ tồn tại từ {valid_from} đến {valid_to}",
        "en": "decision dated {date} honours unit '{unit}', which only existed from {valid_from} to {valid_to}",
    },
    "evaluation_outside_unit": {
        "vi": "đánh giá năm {year} cho đơn vị '{unit}' nhưng đơn vị chỉ tồn tại từ {valid_from} đến {valid_to}",
        "en": "evaluation for {year} of unit '{unit}', which only existed from {valid_from} to {valid_to}",
    },
    "revoked_before_issued": {
        "vi": "quyết định thu hồi {code} ký ngày {revoked}, trước ngày của quyết định này ({date})",
        "en": "the revoking decision {code} is dated {revoked}, before this decision ({date})",
    },
    "internal_error": {
        "vi": "lỗi nội bộ của chương trình khi kiểm tra tệp này ({detail}); hãy báo cho người quản trị kỹ thuật",
        "en": "internal error while checking this file ({detail}); please report it to the maintainers",
    },
    "revoked_needs_ref": {
        "vi": "quyết định bị thu hồi phải có revoked_by (mã quyết định thu hồi)",
        "en": "a revoked decision needs revoked_by (the id of the revoking decision)",
    },
    "revoked_by_not_revoked": {
        "vi": "revoked_by chỉ dùng khi status là revoked",
        "en": "revoked_by only applies when status is revoked",
    },
    "self_reference": {"vi": "bản ghi không được trỏ tới chính nó", "en": "a record must not refer to itself"},
    "reference_cycle": {"vi": "chuỗi đơn vị cấp trên bị vòng lặp: {chain}", "en": "parent units form a cycle: {chain}"},
    "announcement_year_id": {
        "vi": "tên tệp thông báo '{id}' trùng địa chỉ trang lưu trữ năm /thong-bao/{id}/; hãy thêm chữ, ví dụ '{id}-tong-ket'",
        "en": "announcement file name '{id}' clashes with the year archive /thong-bao/{id}/; add words, e.g. '{id}-tong-ket'",
    },
    "evaluation_mismatch": {
        "vi": "tệp '{id}' phải đặt tên theo đơn vị và năm: '{expected}'",
        "en": "file '{id}' must be named after its unit and year: '{expected}'",
    },
    "legal_basis_text": {
        "vi": "văn bản căn cứ không nhắc tới số hiệu '{number}'",
        "en": "legal basis text does not mention its number '{number}'",
    },
    "clause_unknown": {
        "vi": "không có điểm '{clause}' trong chỉ tiêu thi đua (có: {choices})",
        "en": "no clause '{clause}' among the plan's targets (have: {choices})",
    },
    "verbatim_not_found": {
        "vi": "không thấy đoạn '{value}' trong văn bản của kế hoạch; ghi đúng từng chữ như trong văn bản",
        "en": "'{value}' does not occur in the plan's text; write it exactly as the text has it",
    },
    "milestones_without_plan": {
        "vi": "'milestones' cần trường 'plan': mốc thời gian thuộc về một kế hoạch",
        "en": "'milestones' needs 'plan': milestones belong to a plan",
    },
    "duplicate_entry": {"vi": "'{value}' bị lặp trong danh sách", "en": "'{value}' appears twice in the list"},
    "photo_without_consent": {
        "vi": "chỉ đăng ảnh khi có sự đồng ý (photo.consent: true)",
        "en": "a photo is published only with consent (photo.consent: true)",
    },
    # files referenced from records
    "path_outside_data": {
        "vi": "đường dẫn '{value}' phải nằm trong thư mục dữ liệu",
        "en": "path '{value}' must stay inside the data folder",
    },
    "file_missing": {"vi": "không tìm thấy tệp '{value}'", "en": "file '{value}' not found"},
    "file_not_image": {
        "vi": "tệp '{value}' không phải ảnh JPEG, PNG hoặc WebP",
        "en": "file '{value}' is not a JPEG, PNG or WebP image",
    },
    "file_not_pdf": {"vi": "tệp '{value}' không phải PDF", "en": "file '{value}' is not a PDF"},
    # hostile files (issue 18): photos and attachments verified by their contents
    "image_too_many_bytes": {
        "vi": "ảnh '{value}' quá lớn ({size} byte, tối đa {limit} byte); hãy thu nhỏ ảnh trước khi đưa lên",
        "en": "photo '{value}' is too large ({size} bytes, at most {limit}); shrink it before adding it",
    },
    "image_too_many_pixels": {
        "vi": "ảnh '{value}' có quá nhiều điểm ảnh ({width} × {height}, tối đa {limit} điểm ảnh); hãy thu nhỏ ảnh",
        "en": "photo '{value}' has too many pixels ({width} × {height}, at most {limit}); shrink it",
    },
    "image_truncated": {
        "vi": "ảnh '{value}' bị hỏng hoặc thiếu phần cuối (tải lên chưa hết?); hãy lưu lại ảnh từ bản gốc",
        "en": "photo '{value}' is damaged or cut short (incomplete upload?); save it again from the original",
    },
    "pdf_too_large": {
        "vi": "tệp PDF '{value}' quá lớn ({size} byte, tối đa {limit} byte)",
        "en": "PDF '{value}' is too large ({size} bytes, at most {limit})",
    },
    "pdf_active_content": {
        "vi": "tệp PDF '{value}' chứa nội dung chạy được (JavaScript, lệnh mở tự động, tệp đính kèm); hãy xuất lại bản quét PDF thông thường",
        "en": "PDF '{value}' holds active content (JavaScript, automatic actions, embedded files); export a plain scanned PDF again",
    },
    "file_case_collision": {
        "vi": "hai tệp '{first}' và '{second}' chỉ khác nhau chữ hoa/chữ thường: trên Windows và macOS chúng là một tệp; hãy đổi tên một tệp",
        "en": "files '{first}' and '{second}' differ only by letter case: on Windows and macOS they are one file; rename one",
    },
    # text quality
    "not_nfc": {
        "vi": "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã tự chuẩn hóa, nên lưu lại tệp ở dạng NFC",
        "en": "text is not in Unicode NFC; normalised automatically, save the file as NFC",
    },
    "mojibake": {
        "vi": "văn bản có vẻ là mã cũ TCVN3/VNI bị lỗi phông ('{sample}'); hãy chuyển sang Unicode",
        "en": "text looks like legacy TCVN3/VNI mojibake ('{sample}'); convert it to Unicode",
    },
    "mojibake_convertible": {
        "vi": "văn bản gõ bằng phông {encoding} bị lỗi phông ('{sample}'); bản Unicode: '{unicode}'",
        "en": "text typed in a {encoding} font shows as mojibake ('{sample}'); in Unicode: '{unicode}'",
    },
    "control_character": {
        "vi": "văn bản chứa ký tự điều khiển không in được (U+{codepoint})",
        "en": "text contains a non-printing control character (U+{codepoint})",
    },
    # permanent addresses (generator/addresses.py) and the builder (issue 13)
    "address_not_absolute": {
        "vi": "địa chỉ '{address}' phải bắt đầu bằng '/', ví dụ /ca-nhan/nguyen-van-an/",
        "en": "address '{address}' must start with '/', e.g. /ca-nhan/nguyen-van-an/",
    },
    "redirects_shape": {
        "vi": "tệp chuyển hướng chỉ có hai mục: 'moved' (địa chỉ cũ: địa chỉ mới) và 'withdrawn' (danh sách địa chỉ đã gỡ)",
        "en": "the redirects file has two entries only: 'moved' (old address: new address) and 'withdrawn' (a list of withdrawn addresses)",
    },
    "redirect_shadows_page": {
        "vi": "địa chỉ {address} vẫn có trang; không thể vừa là trang vừa chuyển hướng",
        "en": "address {address} still has a page; it cannot also redirect",
    },
    "redirect_target_missing": {
        "vi": "địa chỉ {address} chuyển đến {target}, nhưng trang {target} không có trong lần xây dựng này",
        "en": "address {address} redirects to {target}, which this build does not have",
    },
    "redirect_not_page": {
        "vi": "chỉ chuyển hướng được địa chỉ của trang (kết thúc bằng '/'), không phải tệp như {address}",
        "en": "only page addresses (ending in '/') can redirect, not a file such as {address}",
    },
    "published_address_gone": {
        "vi": "địa chỉ đã công bố {address} không còn trang nào; địa chỉ không được đổi: thêm chuyển hướng vào mục 'moved' của {redirects}, hoặc ghi vào 'withdrawn' nếu cố ý gỡ",
        "en": "published address {address} has no page any more; addresses must not change: add a redirect under 'moved' in {redirects}, or list it under 'withdrawn' if it was taken down on purpose",
    },
    "published_list_behind": {
        "vi": "{count} địa chỉ mới chưa có trong danh sách đã công bố (đầu tiên: {first}); chạy 'thiduua addresses --write' rồi commit tệp này",
        "en": "{count} new address(es) not yet in the published list (first: {first}); run 'thiduua addresses --write' and commit the file",
    },
    "addresses_written": {
        "vi": "Đã ghi {count} địa chỉ vào {file} ({added} địa chỉ mới)",
        "en": "Wrote {count} addresses to {file} ({added} new)",
    },
    "linkcheck_no_site": {
        "vi": "{site} không phải trang đã xây dựng (thiếu index.html)",
        "en": "{site} is not a built site (no index.html)",
    },
    "cli_help_zensical": {
        "vi": "ghi cả dự án Zensical: OUT/docs, OUT/overrides, OUT/mkdocs.yml (xem README: Chuyển sang Zensical)",
        "en": "write a whole Zensical project: OUT/docs, OUT/overrides, OUT/mkdocs.yml (see the README's migration section)",
    },
    "cli_help_serve_site_url": {
        "vi": "địa chỉ công bố, thay site_url của mkdocs.yml; bản xem trước dùng đường dẫn con của nó (/thi-dua/)",
        "en": "public address, replacing mkdocs.yml's site_url; the preview is served under its path (/thi-dua/)",
    },
    "cli_help_linkcheck": {
        "vi": "kiểm tra liên kết nội bộ của một trang đã xây dựng (MkDocs hay Zensical)",
        "en": "check the internal links of a built site (MkDocs or Zensical)",
    },
    "cli_help_linkcheck_site": {"vi": "thư mục trang đã xây dựng, ví dụ site/", "en": "folder of the built site, e.g. site/"},
    "cli_help_addresses": {
        "vi": "in mọi địa chỉ trang mà dữ liệu công bố (danh sách: data/published.txt)",
        "en": "print every address the data publishes (the list: data/published.txt)",
    },
    "cli_help_addresses_write": {
        "vi": "thêm các địa chỉ mới vào data/published.txt (không bao giờ xóa dòng nào)",
        "en": "add the new addresses to data/published.txt (never drops one)",
    },
    "material_end_of_life": {
        "vi": "Lưu ý: Material for MkDocs {version} ngừng được bảo trì từ ngày 05 tháng 5 năm 2027; xem mục \"Chuyển sang Zensical\" trong README.md",
        "en": "Note: Material for MkDocs {version} is no longer maintained from 5 May 2027; see the migration section (moving off Material) in README.md",
    },
}

# Invisible characters and length limits (generator/validate/textchecks.py, generator/models/limits.py).
MESSAGES.update(
    {
        "invisible_in_name": {
            "vi": "tên, tiêu đề có ký tự vô hình U+{codepoint} {char_name}: chữ hiện ra khác chữ đã gõ, "
            "hoặc không tìm kiếm được; xóa ký tự này (gõ lại cả giá trị nếu không thấy nó)",
            "en": "a name or title holds the invisible character U+{codepoint} {char_name}: what is shown differs "
            "from what was typed, or cannot be searched; delete it (retype the whole value if it cannot be seen)",
        },
        "invisible_character": {
            "vi": "có ký tự vô hình U+{codepoint} {char_name}; đã bỏ khi xây dựng trang, nên xóa khỏi tệp",
            "en": "holds the invisible character U+{codepoint} {char_name}; removed from the site, delete it from the file",
        },
        "text_too_long": {
            "vi": "quá dài: {length} ký tự, tối đa {max} (xem giới hạn độ dài trong hướng dẫn biên tập)",
            "en": "too long: {length} characters, at most {max} (see the length limits in the editors' guide)",
        },
    }
)

SUGGESTION = {"vi": " (có phải ý bạn là '{suggestion}'?)", "en": " (did you mean '{suggestion}'?)"}
CANDIDATE = {"vi": " (có phải '{suggestion}' — {candidate}?)", "en": " (did you mean '{suggestion}' — {candidate}?)"}
"""A suggested record shown with what tells it apart (``candidate``: name and unit of a person…)."""

# A missing record: how to add it (the ``fix`` parameter of a finding names one of these).
FIXES: dict[str, dict[str, str]] = {
    "ref_fix_person": {
        "vi": "; nếu là người chưa có trong dữ liệu: tạo hồ sơ bằng `thiduua new person {id}`, "
        "hoặc thay `person: {id}` bằng `name: <họ và tên>` và `kind: ca-nhan`",
        "en": "; for someone not in the data yet: create the record with `thiduua new person {id}`, "
        "or replace `person: {id}` with `name: <full name>` and `kind: ca-nhan`",
    },
    "ref_fix_collective": {
        "vi": "; nếu là tập thể chưa có trong dữ liệu: tạo bằng `thiduua new unit {id}`, "
        "hoặc thay `unit: {id}` bằng `name: <tên tập thể>` và `kind: tap-the`",
        "en": "; for a collective not in the data yet: create it with `thiduua new unit {id}`, "
        "or replace `unit: {id}` with `name: <its name>` and `kind: tap-the`",
    },
    "ref_fix_new": {
        "vi": "; nếu {kind} này chưa có trong dữ liệu: tạo bằng `thiduua new {new_kind} {id}`",
        "en": "; if this {kind} is not in the data yet: create it with `thiduua new {new_kind} {id}`",
    },
}


# Words that findings carry as codes (record kinds, recipient kinds, open ends of a
# validity period) and that the message shows in the reader's language.
TERMS: dict[str, dict[str, str]] = {
    "plans": {"vi": "kế hoạch", "en": "plan"},
    "units": {"vi": "đơn vị", "en": "unit"},
    "people": {"vi": "cá nhân", "en": "person"},
    "awards": {"vi": "hình thức khen thưởng", "en": "award"},
    "decisions": {"vi": "quyết định", "en": "decision"},
    "evaluations": {"vi": "kết quả đánh giá", "en": "evaluation"},
    "announcements": {"vi": "thông báo", "en": "announcement"},
    "milestones": {"vi": "mốc thời gian", "en": "milestone"},
    "ca-nhan": {"vi": "cá nhân", "en": "individuals"},
    "list": {"vi": "một danh sách", "en": "a list"},
    "mapping": {"vi": "một nhóm trường", "en": "a group of fields"},
    "text": {"vi": "một đoạn chữ", "en": "text"},
    "null": {"vi": "giá trị trống", "en": "an empty value"},
    "tap-the": {"vi": "tập thể", "en": "collectives"},
    "open": {"vi": "…", "en": "…"},
    "present": {"vi": "nay", "en": "present"},
}
TERM_PARAMS = frozenset({"kind", "valid_from", "valid_to", "got"})


def format_message(code: str, params: dict[str, str], lang: str = "vi") -> str:
    """Fill the message for ``code``; a ``suggestion`` parameter adds a did-you-mean."""
    lang = lang if lang in ("vi", "en") else "vi"
    template = MESSAGES.get(code, MESSAGES["other"])[lang]
    terms = {k: TERMS[v][lang] for k, v in params.items() if k in TERM_PARAMS and v in TERMS}
    values = {"detail": code, **params, **terms}
    text = template.format_map(_Default(values))
    if params.get("suggestion") and "{suggestion}" not in template:
        text += (CANDIDATE if params.get("candidate") else SUGGESTION)[lang].format_map(_Default(values))
    if params.get("fix") in FIXES:
        text += FIXES[params["fix"]][lang].format_map(_Default(values))
    return text


class _Default(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"

MESSAGES.update(
    {
        "recipient_target": {
            "vi": "mỗi người nhận ghi đúng một trong: person, unit hoặc name (name đi kèm person/unit là tên như trên quyết định)",
            "en": "each recipient names exactly one of: person, unit or name (a name beside person/unit is the decision's wording)",
        },
        "recipient_kind": {
            "vi": "người nhận ghi bằng name phải có kind: ca-nhan hoặc tap-the",
            "en": "a recipient given by name needs kind: ca-nhan or tap-the",
        },
        # ---- decision as a document (issue 11 items 4-6)
        "grant_recipients": {
            "vi": "ghi danh sách được khen bằng recipients hoặc bằng groups (chia nhóm), đúng một trong hai",
            "en": "list the recipients either as recipients or as groups, exactly one of them",
        },
        "group_empty": {
            "vi": "nhóm phải có recipients hoặc groups (nhóm con)",
            "en": "a group needs recipients or groups (subgroups)",
        },
        "too_long": {"vi": "tối đa {max} phần tử", "en": "at most {max} item(s)"},
        "award_recipient_kind": {
            "vi": "'{award}' không trao cho {kind}",
            "en": "'{award}' is not conferred on {kind}",
        },
        "evaluation_staff_missing": {
            "vi": "chỉ tiêu '{target}' cần số liệu staff nhưng bản đánh giá không có",
            "en": "target '{target}' needs staff counts but this evaluation has none",
        },
    }
)

# publishing checks: `thiduua check` (generator/qa/check.py) and the link checker (generator/qa/linkcheck.py)
MESSAGES.update(
    {
        "link_missing": {
            "vi": "liên kết hỏng '{url}': không có trang hoặc tệp {target} trong trang web",
            "en": "broken link '{url}': no page or file {target} in the site",
        },
        "link_fragment_missing": {
            "vi": "liên kết '{url}' trỏ tới mục không tồn tại ({target})",
            "en": "link '{url}' points to a missing anchor ({target})",
        },
        "link_escapes_site": {
            "vi": "liên kết '{url}' trỏ ra ngoài thư mục trang web",
            "en": "link '{url}' points outside the site folder",
        },
        "link_root_absolute": {
            "vi": "liên kết '{url}' bắt đầu bằng '/': sẽ hỏng khi trang đặt dưới thư mục con; hãy dùng liên kết tương đối",
            "en": "link '{url}' starts with '/': it breaks when the site is served under a sub-path; use a relative link",
        },
        "link_outside_prefix": {
            "vi": "liên kết '{url}' nằm ngoài đường dẫn công bố {target}; hãy xây dựng với --site-url đúng địa chỉ",
            "en": "link '{url}' is outside the published path {target}; build with the right --site-url",
        },
        "link_bad_scheme": {
            "vi": "liên kết '{url}' dùng giao thức '{target}' không được phép",
            "en": "link '{url}' uses the disallowed scheme '{target}'",
        },
        "resource_third_party": {
            "vi": "tài nguyên '{url}' được tải từ máy chủ khác ({target}); trang không được tải gì từ bên thứ ba",
            "en": "resource '{url}' loads from another host ({target}); the site must load nothing from third parties",
        },
        "canonical_outside_site": {
            "vi": "địa chỉ chính tắc '{url}' không nằm dưới địa chỉ công bố {target}",
            "en": "canonical URL '{url}' is not under the published address {target}",
        },
        "sitemap_outside_site": {
            "vi": "sơ đồ trang có địa chỉ '{url}' không nằm dưới địa chỉ công bố {target}",
            "en": "sitemap URL '{url}' is not under the published address {target}",
        },
        "sitemap_invalid": {"vi": "sitemap.xml không đọc được: {url}", "en": "sitemap.xml is unreadable: {url}"},
        "search_index_invalid": {"vi": "chỉ mục tìm kiếm {url} không đọc được", "en": "search index {url} is unreadable"},
        "html_invalid": {"vi": "HTML không hợp lệ [{rule}]: {detail}", "en": "invalid HTML [{rule}]: {detail}"},
        "html_known_unused": {
            "vi": "lưu ý: ngoại lệ [{rule}] {what} trong .htmlvalidate-known.json không còn khớp lỗi nào; hãy xóa",
            "en": "note: exception [{rule}] {what} in .htmlvalidate-known.json no longer matches anything; remove it",
        },
        # `thiduua check` summary
        "check_title": {"vi": "Kết quả kiểm tra:", "en": "Check results:"},
        "check_more": {"vi": "… và {count} lỗi khác (chỉ in {shown} lỗi đầu)", "en": "… and {count} more (only the first {shown} printed)"},
        "check_status_ok": {"vi": "ĐẠT", "en": "OK"},
        "check_status_failed": {"vi": "LỖI", "en": "FAILED"},
        "check_status_skipped": {"vi": "BỎ QUA", "en": "SKIPPED"},
        "check_step_validate": {"vi": "Kiểm tra dữ liệu", "en": "Data validation"},
        "check_step_build": {"vi": "Xây dựng nghiêm ngặt", "en": "Strict build"},
        "check_step_links": {"vi": "Liên kết nội bộ", "en": "Internal links"},
        "check_step_html": {"vi": "HTML hợp lệ (html-validate)", "en": "HTML validity (html-validate)"},
        "check_skip_data": {"vi": "dữ liệu có lỗi", "en": "the data has errors"},
        "check_skip_no_site": {"vi": "không có trang để kiểm tra", "en": "no site to check"},
        "check_build_failed": {"vi": "MkDocs báo lỗi (xem ở trên)", "en": "MkDocs reported errors (see above)"},
        "check_build_ok": {"vi": "{files} tệp", "en": "{files} files"},
        "check_links_failed": {"vi": "{count} lỗi", "en": "{count} problem(s)"},
        "check_links_ok": {"vi": "mọi liên kết đều dẫn tới trang, tệp có thật", "en": "every link resolves"},
        "check_html_flag": {"vi": "theo yêu cầu (--no-html)", "en": "as asked (--no-html)"},
        "check_status_not_run": {"vi": "KHÔNG CHẠY", "en": "NOT RUN"},
        "check_html_no_node": {
            "vi": "không có Node.js (lệnh node); cài Node.js ≥ 20.19 rồi chạy `npm ci` ở thư mục dự án, "
            "hoặc bỏ qua bước này với --no-html",
            "en": "Node.js (the node command) not found; install Node.js ≥ 20.19 and run `npm ci` in the project "
            "folder, or skip this step with --no-html",
        },
        "check_html_no_lock": {
            "vi": "thiếu {file} (phiên bản html-validate được khóa) ở thư mục dự án",
            "en": "{file} (the locked html-validate version) is missing from the project folder",
        },
        "check_html_not_installed": {
            "vi": "html-validate {version} chưa được cài; chạy `npm ci` ở thư mục dự án (cài đúng bản trong package-lock.json)",
            "en": "html-validate {version} is not installed; run `npm ci` in the project folder (installs what package-lock.json locks)",
        },
        "check_html_stale": {
            "vi": "node_modules có html-validate {found}, package-lock.json khóa bản {version}; chạy lại `npm ci`",
            "en": "node_modules holds html-validate {found}, package-lock.json locks {version}; run `npm ci` again",
        },
        "check_html_no_pages": {"vi": "trang đã xây dựng không có tệp HTML nào", "en": "the built site has no HTML file"},
        "check_html_timeout": {"vi": "html-validate chạy quá {seconds} giây, đã dừng", "en": "html-validate ran over {seconds} s and was stopped"},
        "check_html_crashed": {
            "vi": "html-validate không trả về kết quả kiểm tra (mã thoát {exit}): {detail}",
            "en": "html-validate returned no report (exit status {exit}): {detail}",
        },
        "check_html_ok": {
            "vi": "{pages} trang; {known} lỗi đã biết của giao diện Material (.htmlvalidate-known.json)",
            "en": "{pages} pages; {known} known Material theme findings (.htmlvalidate-known.json)",
        },
        "check_html_failed": {
            "vi": "{count} lỗi; {pages} trang; {known} lỗi đã biết của giao diện Material",
            "en": "{count} finding(s); {pages} pages; {known} known Material theme findings",
        },
    }
)

# thiduua new KIND ID (generator/editor/scaffold.py)
MESSAGES.update(
    {
        "scaffold_unknown_kind": {
            "vi": "không có loại bản ghi '{kind_given}'; chọn một trong: {choices}",
            "en": "no record kind '{kind_given}'; choose one of: {choices}",
        },
        "scaffold_bad_id": {
            "vi": "mã '{id}' không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch ngang; dùng: {slug}",
            "en": "id '{id}' is not valid: lower-case ASCII letters, digits and hyphens only; use: {slug}",
        },
        "scaffold_no_data_dir": {
            "vi": "không có thư mục dữ liệu {path}",
            "en": "no data folder {path}",
        },
        "scaffold_exists": {
            "vi": "đã có tệp {path}; chọn mã khác hoặc sửa tệp đó",
            "en": "{path} already exists; choose another id or edit that file",
        },
        "scaffold_no_award": {
            "vi": "chưa có hình thức khen thưởng phù hợp trong data/awards; tạo trước bằng: thiduua new award ma-hinh-thuc",
            "en": "no suitable award in data/awards; create one first: thiduua new award award-id",
        },
        "scaffold_evaluation_id": {
            "vi": "mã kết quả đánh giá phải có dạng <mã đơn vị>-<năm>, ví dụ {example}",
            "en": "an evaluation id is <unit id>-<year>, e.g. {example}",
        },
        "scaffold_unknown_unit": {
            "vi": "không có đơn vị '{unit}' trong data/units",
            "en": "no unit '{unit}' in data/units",
        },
        "scaffold_unit_inactive": {
            "vi": "đơn vị '{unit}' không hoạt động trong năm {year} (thời gian tồn tại: {valid_from} – {valid_to})",
            "en": "unit '{unit}' did not exist in {year} (valid {valid_from} – {valid_to})",
        },
    }
)

# thiduua import / thiduua template (generator/editor/intake/)
MESSAGES.update(
    {
        "import_help": {
            "vi": "nhập danh sách từ tệp .xlsx, .csv, .docx (kèm theo quyết định, kết quả xếp loại, danh sách cá nhân)",
            "en": "import a list from an .xlsx, .csv or .docx file (decision list, evaluations, people)",
        },
        "import_help_kind": {"vi": "decision, evaluation hoặc people", "en": "decision, evaluation or people"},
        "import_help_source": {"vi": "tệp danh sách (.xlsx, .csv, .docx)", "en": "the list file (.xlsx, .csv, .docx)"},
        "import_help_decision": {
            "vi": "mã quyết định (tên tệp trong data/decisions); chưa có tệp thì tạo mới, cần --number và --date",
            "en": "decision id (file name in data/decisions); a new file needs --number and --date",
        },
        "import_help_number": {"vi": "số quyết định, ví dụ 245", "en": "decision number, e.g. 245"},
        "import_help_symbol": {"vi": "ký hiệu, ví dụ QĐ-SNV", "en": "symbol, e.g. QĐ-SNV"},
        "import_help_date": {"vi": "ngày ký, ví dụ 2025-08-26", "en": "date signed, e.g. 2025-08-26"},
        "import_help_title": {"vi": "trích yếu (không bắt buộc)", "en": "title (optional)"},
        "import_help_award": {
            "vi": "mã hình thức khen thưởng cho các dòng không ghi hình thức",
            "en": "award id for rows that name none",
        },
        "import_help_year": {"vi": "năm đánh giá (khi bảng không có cột Năm)", "en": "evaluation year (when the table has no year column)"},
        "import_help_source_note": {
            "vi": "văn bản công bố kết quả xếp loại, ghi vào trường source",
            "en": "the document that published the ratings, written to the source field",
        },
        "import_help_sheet": {"vi": "tên sheet cần đọc (mặc định: sheet đầu tiên có dòng tiêu đề)", "en": "sheet to read (default: the first with a header row)"},
        "import_help_dry_run": {"vi": "không ghi gì: in phần thay đổi (diff) và kết quả kiểm tra", "en": "write nothing: print the diff and the validation"},
        "import_help_force": {"vi": "cho phép ghi đè tệp đã có", "en": "allow replacing existing files"},
        "template_help": {
            "vi": "ghi mẫu .xlsx có tiêu đề tiếng Việt và danh sách chọn mã đơn vị, hình thức khen thưởng",
            "en": "write an .xlsx form with Vietnamese headers and drop-down lists of unit and award ids",
        },
        "template_help_out": {"vi": "tệp .xlsx cần ghi", "en": "the .xlsx file to write"},
        "import_metavar_symbol": {"vi": "KÝ_HIỆU", "en": "SYMBOL"},
        "import_metavar_date": {"vi": "NGÀY", "en": "DATE"},
        "import_metavar_text": {"vi": "VĂN_BẢN", "en": "TEXT"},
        "import_metavar_sheet": {"vi": "SHEET", "en": "SHEET"},
        "template_help_kind": {"vi": "decision (danh sách khen thưởng) hoặc evaluation (kết quả xếp loại)", "en": "decision (award list) or evaluation (ratings)"},
        "import_help_format": {"vi": "json: kết quả cho máy đọc (kèm diff khi --dry-run)", "en": "json: machine-readable result (with the diffs under --dry-run)"},
        "template_needs_xlsx": {"vi": "tệp mẫu phải có đuôi .xlsx: {path}", "en": "the form must be an .xlsx file: {path}"},
        "import_needs_decision": {
            "vi": "cần --decision MÃ (tệp trong data/decisions; chưa có thì thêm --number và --date để tạo mới)",
            "en": "--decision ID is required (a file in data/decisions; add --number and --date to create it)",
        },
        "import_exists_path": {"vi": "đã có tệp {path}; thêm --force để ghi đè", "en": "{path} already exists; add --force to replace it"},
        # reading the file
        "import_file_missing": {"vi": "không tìm thấy tệp", "en": "file not found"},
        "import_file_empty": {"vi": "tệp rỗng, không có dòng nào để nhập", "en": "the file is empty: nothing to import"},
        "import_file_too_large": {"vi": "tệp quá lớn ({size} byte, tối đa {limit} byte)", "en": "file too large ({size} bytes, at most {limit})"},
        "import_unknown_format": {
            "vi": "không đọc được tệp '{suffix}': chỉ nhận .xlsx, .csv hoặc .docx (tệp .xls, .doc: mở bằng Excel/Word rồi lưu lại dạng .xlsx/.docx)",
            "en": "cannot read '{suffix}' files: only .xlsx, .csv or .docx (.xls/.doc: open and save again as .xlsx/.docx)",
        },
        "import_file_corrupt": {
            "vi": "tệp bị hỏng hoặc không đúng định dạng, không đọc được ({detail}); hãy mở bằng Excel/Word và lưu lại",
            "en": "the file is damaged or not in its format ({detail}); open it in Excel/Word and save it again",
        },
        "import_file_encrypted": {
            "vi": "tệp có mật khẩu; hãy mở bằng Excel/Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ) rồi lưu lại",
            "en": "the file is password-protected; open it, remove the password and save it again",
        },
        "import_file_legacy_office": {
            "vi": "tệp là định dạng Office cũ (.xls/.doc) dù có đuôi '{suffix}'; hãy mở và lưu lại dạng .xlsx/.docx",
            "en": "this is an old Office (.xls/.doc) file despite its '{suffix}' name; save it again as .xlsx/.docx",
        },
        "import_docx_no_table": {
            "vi": "tệp Word không có bảng nào; danh sách phải là một bảng (Chèn > Bảng)",
            "en": "the Word file has no table; the list must be a table",
        },
        "import_sheet_too_large": {
            "vi": "sheet '{sheet}' dùng tới {rows} dòng × {columns} cột (tối đa {limit} dòng); xóa các dòng, cột trống có định dạng ở cuối rồi lưu lại",
            "en": "sheet '{sheet}' spans {rows} rows × {columns} columns (at most {limit} rows); delete the formatted empty rows and columns at its end",
        },
        "import_no_sheet": {"vi": "không có sheet '{sheet}'; các sheet: {choices}", "en": "no sheet '{sheet}'; sheets: {choices}"},
        "import_no_header": {
            "vi": "không tìm thấy dòng tiêu đề của danh sách; cần các cột: {needed}",
            "en": "no header row found; the list needs the columns: {needed}",
        },
        "import_converted": {
            "vi": "{count} ô của cột {column} được gõ bằng phông {encoding}, đã chuyển sang Unicode (dòng {rows}); ví dụ '{before}' → '{after}'",
            "en": "{count} cell(s) of column {column} were typed in a {encoding} font and converted to Unicode (rows {rows}); e.g. '{before}' → '{after}'",
        },
        # matching
        "import_unit_unknown": {
            "vi": "không có đơn vị '{unit}' trong data/units (so khớp đúng tên, mã hoặc tên ngắn)",
            "en": "no unit '{unit}' in data/units (exact name, id or short name)",
        },
        "import_people_collective": {
            "vi": "'{name}' là tên tập thể, không phải cá nhân; bỏ qua (tập thể được khen ghi trong quyết định)",
            "en": "'{name}' names a collective, not a person; skipped (collectives are written in decisions)",
        },
        "import_unit_inactive": {
            "vi": "đơn vị '{unit}' không còn hoạt động vào ngày của quyết định; tập thể được ghi bằng tên như trong danh sách",
            "en": "unit '{unit}' no longer existed on the decision's date; the collective is written by name as listed",
        },
        "import_unit_ambiguous": {"vi": "'{unit}' khớp nhiều đơn vị: {candidates}", "en": "'{unit}' matches several units: {candidates}"},
        "import_person_ambiguous": {
            "vi": "'{name}' khớp nhiều cá nhân hoặc khác đơn vị: {candidates}; đã ghi bằng tên (name), hãy chọn mã person",
            "en": "'{name}' matches several people or another unit: {candidates}; written by name, choose the person id",
        },
        "import_person_new": {
            "vi": "không có cá nhân '{name}'; tạo bản ghi mới {path} (CHƯA HOÀN THIỆN: kiểm tra rồi xóa dòng đó)",
            "en": "no person '{name}'; new record {path} (CHƯA HOÀN THIỆN: check it, then delete that line)",
        },
        "import_unknown_award_option": {"vi": "không có hình thức '{award}'; chọn: {choices}", "en": "no award '{award}'; choose: {choices}"},
        "import_unknown_award": {
            "vi": "không có hình thức khen thưởng '{award}' (ghi đúng tên hoặc mã trong data/awards: {choices})",
            "en": "no award '{award}' (write its exact name or id from data/awards: {choices})",
        },
        "import_no_award": {
            "vi": "dòng không ghi hình thức khen thưởng; thêm cột Hình thức khen thưởng, một dòng nhóm, hoặc --award MÃ",
            "en": "the row names no award; add an award column, a group row, or --award ID",
        },
        "import_row_no_name": {"vi": "dòng có số liệu nhưng không có họ tên; bị bỏ qua", "en": "row without a name; skipped"},
        "import_duplicate_row": {"vi": "'{name}' đã có ở dòng {first} cùng hình thức; bỏ qua dòng lặp", "en": "'{name}' already on row {first} for the same award; skipped"},
        "import_no_rows": {"vi": "danh sách không có dòng nào để nhập", "en": "the list has no rows to import"},
        "import_decision_needs": {
            "vi": "chưa có quyết định '{decision}': để tạo mới cần {flags}",
            "en": "no decision '{decision}' yet: creating it needs {flags}",
        },
        "import_bad_date": {"vi": "ngày '{value}' không hợp lệ (ví dụ 2025-08-26 hoặc 26/8/2025)", "en": "invalid date '{value}' (e.g. 2025-08-26)"},
        "import_evaluation_needs_year": {
            "vi": "bảng không có cột Năm; thêm --year NĂM",
            "en": "the table has no year column; add --year YEAR",
        },
        "import_bad_rating": {
            "vi": "xếp loại '{value}' không hợp lệ (HTXSNV, HTTNV, HTNV, KHTNV hoặc tên đầy đủ)",
            "en": "invalid rating '{value}' (HTXSNV, HTTNV, HTNV, KHTNV or the full label)",
        },
        "import_duplicate_unit": {"vi": "đơn vị '{unit}' năm {year} đã có ở dòng trên", "en": "unit '{unit}' for {year} already on a row above"},
        "import_not_a_count": {"vi": "'{value}' không phải số người (số nguyên)", "en": "'{value}' is not a count (whole number)"},
        "import_total_mismatch": {
            "vi": "tổng số {total} khác tổng các mức xếp loại {parts} = {sum}",
            "en": "total {total} differs from the sum of the ratings {parts} = {sum}",
        },
        "import_grand_total_mismatch": {
            "vi": "dòng tổng cộng ghi {total} nhưng cộng các dòng trên được {sum}",
            "en": "the totals row says {total} but the rows above add up to {sum}",
        },
        # writing
        "import_exists": {
            "vi": "tệp đã có; thêm --force để ghi đè (chạy --dry-run trước để xem thay đổi)",
            "en": "file exists; add --force to replace it (run --dry-run first to see the change)",
        },
        "import_same_file_twice": {"vi": "hai dòng cùng ghi vào tệp này", "en": "two rows would write this file"},
        "import_would_create": {"vi": "sẽ tạo: {path}", "en": "would create: {path}"},
        "import_would_change": {"vi": "sẽ sửa: {path}", "en": "would change: {path}"},
        "import_created": {"vi": "đã tạo: {path}", "en": "created: {path}"},
        "import_changed": {"vi": "đã sửa: {path}", "en": "changed: {path}"},
        "import_nothing_written": {
            "vi": "không ghi tệp nào: sửa {count} lỗi ở trên trong tệp danh sách rồi chạy lại",
            "en": "nothing written: fix the {count} error(s) above in the list, then run again",
        },
        "import_validation_title": {"vi": "Kiểm tra dữ liệu sau khi nhập:", "en": "Validation of the data with the import applied:"},
        "import_counts_decision": {
            "vi": "{rows} dòng: {recipients} người nhận, {new} cá nhân mới, {review} dòng cần biên tập viên chọn",
            "en": "{rows} rows: {recipients} recipients, {new} new people, {review} rows for the editor to decide",
        },
        "import_counts_people": {
            "vi": "{rows} dòng: {found} đã có, {new} cá nhân mới, {ambiguous} trùng tên cần xem",
            "en": "{rows} rows: {found} already known, {new} new people, {ambiguous} ambiguous",
        },
        "import_counts_evaluation": {"vi": "{rows} dòng: {evaluations} kết quả đánh giá", "en": "{rows} rows: {evaluations} evaluations"},
        # text written into the files (always Vietnamese, like the scaffolds)
        "import_person_origin": {"vi": "Tạo bằng \"thiduua import\" từ {file}, dòng {row}.", "en": "Made by \"thiduua import\" from {file}, row {row}."},
        "import_person_unfinished": {
            "vi": "đối chiếu họ tên, chức vụ, đơn vị với danh sách gốc, rồi xóa dòng này.",
            "en": "check name, position and unit against the original list, then delete this line.",
        },
        "import_person_unit_unknown": {
            "vi": "unit: đơn vị trong danh sách là '{unit}', chưa khớp mã nào trong data/units",
            "en": "unit: the list says '{unit}', which matches no id in data/units",
        },
        "import_recipients_origin": {"vi": "Nhập bằng \"thiduua import\" từ {file}, dòng {rows}.", "en": "Imported by \"thiduua import\" from {file}, rows {rows}."},
        "import_row_ref": {"vi": "dòng {row}", "en": "row {row}"},
        "import_recipient_choose": {
            "vi": "dòng {row}: trùng tên, thay name/kind bằng person: một trong {candidates}",
            "en": "row {row}: ambiguous, replace name/kind by person: one of {candidates}",
        },
        "import_decision_review": {
            "vi": "dòng {rows} của {file} trùng tên người khác; chọn mã person cho chúng (xem ghi chú 'trùng tên'), rồi xóa dòng này.",
            "en": "rows {rows} of {file} match several people; choose their person ids (see the notes), then delete this line.",
        },
        "import_evaluation_origin": {"vi": "Nhập bằng \"thiduua import\" từ {file}, dòng {row}.", "en": "Imported by \"thiduua import\" from {file}, row {row}."},
    }
)

# Issue 18 (hostile files, faults) and serve (issue 14.3): one block of its own
MESSAGES.update(
    {
        # personal data inside free text (generator/validate/personal_data.py)
        "pd_phone": {"vi": "số điện thoại '{sample}' không được công bố (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân); hãy xóa, hoặc nếu là liên hệ công vụ của cơ quan thì khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml", "en": "phone number '{sample}' must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law); remove it, or if it is an official contact of the agency declare it in data/site.yaml (contact) or data/public_contacts.yaml"},
        "pd_email": {"vi": "thư điện tử '{sample}' không được công bố (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân); hãy xóa, hoặc nếu là liên hệ công vụ của cơ quan thì khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml", "en": "e-mail address '{sample}' must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law); remove it, or if it is an official contact of the agency declare it in data/site.yaml (contact) or data/public_contacts.yaml"},
        "pd_id_number": {"vi": "số giấy tờ tùy thân (9 hoặc 12 chữ số: CMND, CCCD) '{sample}' không được công bố (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân); hãy xóa, hoặc nếu là liên hệ công vụ của cơ quan thì khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml", "en": "ID number (9 or 12 digits: CMND, CCCD) '{sample}' must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law); remove it, or if it is an official contact of the agency declare it in data/site.yaml (contact) or data/public_contacts.yaml"},
        "pd_birth_date": {"vi": "ngày, năm sinh '{sample}' không được công bố (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân); hãy xóa, hoặc nếu là liên hệ công vụ của cơ quan thì khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml", "en": "date or year of birth '{sample}' must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law); remove it, or if it is an official contact of the agency declare it in data/site.yaml (contact) or data/public_contacts.yaml"},
        "pd_address": {"vi": "địa chỉ nhà '{sample}' không được công bố (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân); hãy xóa, hoặc nếu là liên hệ công vụ của cơ quan thì khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml", "en": "home address '{sample}' must not be published (Decree 13/2023/NĐ-CP, Personal Data Protection Law); remove it, or if it is an official contact of the agency declare it in data/site.yaml (contact) or data/public_contacts.yaml"},
        "pd_contact_link": {
            "vi": "liên kết gọi điện/gửi thư '{sample}' chỉ dùng cho liên hệ công vụ đã khai báo trong data/site.yaml (contact) hoặc data/public_contacts.yaml",
            "en": "call/mail link '{sample}' is only for official contacts declared in data/site.yaml (contact) or data/public_contacts.yaml",
        },
        "public_contacts_shape": {
            "vi": "data/public_contacts.yaml phải là một danh sách, mỗi mục có value, owner, approved",
            "en": "data/public_contacts.yaml must be a list of entries with value, owner, approved",
        },
        "public_contacts_entry": {
            "vi": "mục liên hệ công vụ thiếu trường: cần đủ {fields} (giá trị, thuộc cơ quan nào, ai đã duyệt)",
            "en": "official contact entry incomplete: it needs {fields} (value, whose it is, who approved it)",
        },
        # Markdown limits (generator/validate/markdown_limits.py)
        "markdown_too_long": {
            "vi": "văn bản Markdown quá dài ({length} ký tự, tối đa {limit}); hãy chia thành nhiều thông báo hoặc đính kèm tệp PDF",
            "en": "Markdown text too long ({length} characters, at most {limit}); split it or attach a PDF",
        },
        "markdown_line_too_long": {
            "vi": "một dòng Markdown quá dài ({length} ký tự, tối đa {limit}); hãy xuống dòng",
            "en": "one Markdown line is too long ({length} characters, at most {limit}); break it",
        },
        "markdown_too_many_brackets": {
            "vi": "từ đoạn văn ở dòng này, văn bản có quá nhiều dấu '[' (liên kết, ảnh) so với độ dài đoạn (số dấu '[' × độ dài mỗi đoạn, cộng lại, tối đa {limit}); hãy chia thành các đoạn ngắn bằng dòng trống hoặc bớt liên kết",
            "en": "from the paragraph starting here, the text has too many '[' (links, images) for its paragraphs' length ('[' count × paragraph length, summed, at most {limit}); split into short paragraphs with blank lines or use fewer links",
        },
        "markdown_too_deep": {
            "vi": "danh sách hoặc trích dẫn lồng nhau quá sâu ({depth} cấp, tối đa {limit}); hãy bớt thụt lề",
            "en": "lists or quotes nested too deep ({depth} levels, at most {limit}); indent less",
        },
        # faults while building (generator/write/build.py, generator/cli.py)
        "run_interrupted": {
            "vi": "thiduua: đã dừng theo yêu cầu ({signal}); không có tệp nào bị ghi dở, trang web cũ giữ nguyên",
            "en": "thiduua: stopped on request ({signal}); nothing was left half-written, the previous site is unchanged",
        },
        "output_disk_full": {
            "vi": "thiduua: hết chỗ trống trên đĩa khi ghi vào thư mục {folder}; trang web cũ giữ nguyên. Hãy giải phóng chỗ trống rồi chạy lại",
            "en": "thiduua: the disk is full while writing into {folder}; the previous site is unchanged. Free some space and run again",
        },
        "output_unwritable": {
            "vi": "thiduua: không ghi được vào thư mục {folder} ({reason}); trang web cũ giữ nguyên",
            "en": "thiduua: cannot write into {folder} ({reason}); the previous site is unchanged",
        },
        "build_waiting": {
            "vi": "thiduua: một lần xây dựng khác đang ghi vào cùng thư mục (khóa {lock}); đang chờ nó xong…",
            "en": "thiduua: another build is writing into the same folder (lock {lock}); waiting for it to finish…",
        },
        # thiduua serve (generator/write/serve_support.py)
        "serve_error_title": {"vi": "Dữ liệu có lỗi: trang chưa được cập nhật", "en": "The data has errors: the site was not updated"},
        "serve_error_intro": {
            "vi": "Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại. ({count} dòng, giống lệnh thiduua validate)",
            "en": "Fix the problems below and save; this page reloads by itself. ({count} lines, as thiduua validate prints them)",
        },
        "serve_error_log": {
            "vi": "thiduua serve: dữ liệu có lỗi, trình duyệt đang hiện danh sách lỗi ({count} dòng); sửa rồi lưu tệp",
            "en": "thiduua serve: the data has errors, the browser shows them ({count} lines); fix and save",
        },
        "serve_recovered": {"vi": "thiduua serve: đã sửa xong lỗi, trang đã được xây dựng lại", "en": "thiduua serve: errors fixed, the site was rebuilt"},
        "serve_data_missing": {
            "vi": "thiduua serve: thư mục dữ liệu {path} không còn (bị đổi tên hoặc xóa?); trang sẽ báo lỗi cho tới khi thư mục trở lại",
            "en": "thiduua serve: the data folder {path} is gone (renamed or deleted?); the site shows an error until it is back",
        },
        "serve_data_back": {
            "vi": "thiduua serve: thư mục dữ liệu {path} đã trở lại; tiếp tục theo dõi thay đổi",
            "en": "thiduua serve: the data folder {path} is back; watching it again",
        },
        # `thiduua check`: the script gate (generator/qa/scriptcheck.py)
        "check_step_scripts": {"vi": "Không có mã chạy được, không tải từ bên thứ ba", "en": "No script, no third-party loads"},
        "check_scripts_ok": {"vi": "chỉ có tài nguyên của dự án ({files} tệp đã quét)", "en": "only the project's own assets ({files} files scanned)"},
        "check_scripts_failed": {"vi": "{count} lỗi", "en": "{count} problem(s)"},
        "script_gate_handler": {"vi": "thuộc tính xử lý sự kiện (mã chạy được): {detail}", "en": "event-handler attribute (script): {detail}"},
        "script_gate_url": {"vi": "địa chỉ chạy mã: {detail}", "en": "script URL: {detail}"},
        "script_gate_element": {"vi": "phần tử nhúng không được phép: {detail}", "en": "embedding element not allowed: {detail}"},
        "script_gate_remote": {"vi": "tải tài nguyên từ máy chủ khác: {detail}", "en": "loads a resource from another host: {detail}"},
        "script_gate_script": {"vi": "mã JavaScript không phải tài nguyên của dự án: {detail}", "en": "script that is not one of the project's assets: {detail}"},
        "script_gate_inline": {"vi": "mã JavaScript nội tuyến lạ (không phải của giao diện): {detail}", "en": "unknown inline script (not the theme's): {detail}"},
        "script_gate_script_file": {"vi": "tệp JavaScript không phải tài nguyên của dự án", "en": "JavaScript file that is not one of the project's assets"},
        "script_gate_type": {"vi": "loại tệp không được công bố: {detail}", "en": "file type that is never published: {detail}"},
        "script_gate_magic": {"vi": "nội dung không đúng loại tệp {detail}", "en": "content does not match the {detail} file type"},
        "script_gate_embedded": {"vi": "tệp dữ liệu/ảnh chứa thẻ {detail}", "en": "data or image file contains {detail}"},
    }
)


# The command line (generator/cli.py): help texts, metavars, its own messages.
MESSAGES.update(
    {
        "cli_description": {
            "vi": "Xuất bản trang thi đua, khen thưởng từ dữ liệu YAML.",
            "en": "Publish the emulation and commendation site from YAML data.",
        },
        "cli_help_data": {"vi": "thư mục dữ liệu (mặc định: data)", "en": "data folder (default: data)"},
        "cli_help_lang": {
            "vi": "ngôn ngữ của thông báo: vi (mặc định) hoặc en",
            "en": "language of the messages: vi (default) or en",
        },
        "cli_help_config": {"vi": "tệp cấu hình MkDocs", "en": "MkDocs configuration file"},
        "cli_help_validate": {"vi": "kiểm tra dữ liệu, báo mọi lỗi kèm tệp:dòng", "en": "check the data, report every problem with file:line"},
        "cli_help_validate_dir": {"vi": "thư mục dữ liệu (như --data)", "en": "data folder (as --data)"},
        "cli_help_validate_format": {
            "vi": "text: từng dòng; json: cho chương trình khác; github: chú thích cho GitHub Actions",
            "en": "text: one line each; json: for other programs; github: GitHub Actions annotations",
        },
        "cli_help_build": {
            "vi": "kiểm tra dữ liệu và xây dựng trang web (chế độ nghiêm ngặt)",
            "en": "check the data and build the site (strict mode)",
        },
        "cli_help_build_out": {"vi": "thư mục kết quả (mặc định: site)", "en": "output folder (default: site)"},
        "cli_help_site_url": {
            "vi": "địa chỉ công bố, ví dụ https://example.gov.vn/thi-dua/",
            "en": "published address, e.g. https://example.gov.vn/thi-dua/",
        },
        "cli_help_check": {
            "vi": "mọi bước kiểm tra của CI: dữ liệu, xây dựng nghiêm ngặt, liên kết, HTML",
            "en": "every CI gate: data, strict build, links, HTML",
        },
        "cli_help_check_out": {
            "vi": "giữ trang đã kiểm tra tại đây (mặc định: thư mục tạm)",
            "en": "keep the checked site here (default: a temporary folder)",
        },
        "cli_help_no_html": {
            "vi": "bỏ qua bước kiểm tra HTML (cần Node.js và `npm ci`)",
            "en": "skip the HTML check (needs Node.js and `npm ci`)",
        },
        "cli_help_check_format": {
            "vi": "github: chú thích lỗi dữ liệu cho GitHub Actions",
            "en": "github: data findings as GitHub Actions annotations",
        },
        "cli_help_generate": {
            "vi": "chỉ sinh các trang Markdown (cho MkDocs, Zensical…)",
            "en": "only generate the Markdown pages (for MkDocs, Zensical…)",
        },
        "cli_help_generate_out": {"vi": "thư mục nhận các trang Markdown", "en": "folder receiving the Markdown pages"},
        "cli_help_serve": {
            "vi": "xem trước, tự xây dựng lại khi sửa dữ liệu",
            "en": "preview, rebuilt whenever the data changes",
        },
        "cli_help_dev_addr": {
            "vi": "địa chỉ và cổng của trang xem trước (mặc định: 127.0.0.1:8000)",
            "en": "address and port of the preview (default: 127.0.0.1:8000)",
        },
        "cli_help_schema": {"vi": "ghi JSON Schema của các loại dữ liệu", "en": "write the JSON Schemas of the record kinds"},
        "cli_help_schema_out": {
            "vi": "thư mục (mặc định: site_src/docs/du-lieu/schema)",
            "en": "folder (default: site_src/docs/du-lieu/schema)",
        },
        "cli_help_synth": {
            "vi": "sinh bộ dữ liệu mẫu tổng hợp (đo hiệu năng, thử quy mô)",
            "en": "generate a synthetic sample dataset (benchmarks, scale tests)",
        },
        "cli_help_people": {"vi": "số cá nhân, ví dụ 10000", "en": "number of people, e.g. 10000"},
        "cli_help_synth_out": {"vi": "thư mục dữ liệu mới (phải trống)", "en": "new data folder (must be empty)"},
        "cli_help_seed": {
            "vi": "hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)",
            "en": "random seed (same seed, same data)",
        },
        "cli_help_base": {
            "vi": "lấy kế hoạch, đơn vị, hình thức khen thưởng từ đây",
            "en": "take the plans, units and awards from here",
        },
        "cli_help_new": {"vi": "tạo tệp bản ghi mới có chú thích", "en": "create a new, commented record file"},
        "cli_help_new_kind": {
            "vi": "loại bản ghi: person, decision, announcement, unit, evaluation, award, plan",
            "en": "record kind: person, decision, announcement, unit, evaluation, award, plan",
        },
        "cli_help_new_id": {"vi": "mã bản ghi, ví dụ nguyen-van-an", "en": "record id, e.g. nguyen-van-an"},
        "cli_metavar_command": {"vi": "LỆNH", "en": "COMMAND"},
        "cli_metavar_folder": {"vi": "THƯ_MỤC", "en": "FOLDER"},
        "cli_metavar_file": {"vi": "TỆP", "en": "FILE"},
        "cli_metavar_url": {"vi": "ĐỊA_CHỈ", "en": "URL"},
        "cli_metavar_address": {"vi": "MÁY:CỔNG", "en": "HOST:PORT"},
        "cli_metavar_number": {"vi": "SỐ", "en": "NUMBER"},
        "cli_metavar_kind": {"vi": "LOẠI", "en": "KIND"},
        "cli_metavar_id": {"vi": "MÃ", "en": "ID"},
        "cli_no_plugin": {"vi": "thiếu plugin 'thiduua'", "en": "the 'thiduua' plugin is missing"},
        "cli_config_unreadable": {
            "vi": "thiduua: không đọc được cấu hình {file}: {detail}",
            "en": "thiduua: cannot read the configuration {file}: {detail}",
        },
        "cli_build_failed": {
            "vi": "thiduua: MkDocs không xây dựng được trang (chế độ nghiêm ngặt):\n{detail}",
            "en": "thiduua: MkDocs could not build the site (strict mode):\n{detail}",
        },
        "cli_built": {
            "vi": "Đã xây dựng {count} trang sinh tự động vào {out}/",
            "en": "Built {count} generated pages into {out}/",
        },
        "cli_serve_unavailable": {
            "vi": "thiduua serve: không mở được {address}: {reason}",
            "en": "thiduua serve: cannot open {address}: {reason}",
        },
        "cli_address_in_use": {
            "vi": "địa chỉ đang được dùng (có thể một `thiduua serve` khác đang chạy); chọn cổng khác bằng --dev-addr",
            "en": "the address is already in use (another `thiduua serve` may be running); choose another port with --dev-addr",
        },
        "cli_address_forbidden": {
            "vi": "không có quyền mở cổng này (cổng dưới 1024 cần quyền quản trị)",
            "en": "no permission to open this port (ports below 1024 need administrator rights)",
        },
        "cli_address_not_here": {
            "vi": "địa chỉ không thuộc máy này",
            "en": "the address does not belong to this machine",
        },
        "cli_address_other": {"vi": "lỗi hệ thống {error}", "en": "system error {error}"},
        "cli_synth_people": {"vi": "thiduua synth: --people phải lớn hơn 0", "en": "thiduua synth: --people must be above 0"},
        "cli_synth_not_empty": {
            "vi": "thiduua synth: {out} đã có nội dung; hãy chọn một thư mục trống",
            "en": "thiduua synth: {out} is not empty; choose an empty folder",
        },
        "cli_synth_done": {"vi": "Đã sinh {count} bản ghi vào {out}/", "en": "Generated {count} records into {out}/"},
        "cli_new_failed": {"vi": "thiduua new: {detail}", "en": "thiduua new: {detail}"},
        "report_summary": {"vi": "{errors} lỗi, {warnings} cảnh báo", "en": "{errors} error(s), {warnings} warning(s)"},
    }
)

# argparse's own texts (usage, options, errors), by argparse's message id; "en" is argparse's text.
# generator/cli_lang.py hands them to argparse while the command line is parsed.
ARGPARSE: dict[str, dict[str, str]] = {
    "usage: ": {"vi": "cách dùng: ", "en": "usage: "},
    "positional arguments": {"vi": "tham số", "en": "positional arguments"},
    "options": {"vi": "tùy chọn", "en": "options"},
    "show this help message and exit": {"vi": "hiện phần trợ giúp này rồi thoát", "en": "show this help message and exit"},
    "%(prog)s: error: %(message)s\n": {"vi": "%(prog)s: lỗi: %(message)s\n", "en": "%(prog)s: error: %(message)s\n"},
    "argument %(argument_name)s: %(message)s": {
        "vi": "tham số %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "the following arguments are required: %s": {
        "vi": "thiếu tham số bắt buộc: %s",
        "en": "the following arguments are required: %s",
    },
    "one of the arguments %s is required": {"vi": "cần một trong các tham số %s", "en": "one of the arguments %s is required"},
    "unrecognized arguments: %s": {"vi": "tham số không nhận ra: %s", "en": "unrecognized arguments: %s"},
    "expected one argument": {"vi": "cần một giá trị", "en": "expected one argument"},
    "expected at most one argument": {"vi": "cần nhiều nhất một giá trị", "en": "expected at most one argument"},
    "expected at least one argument": {"vi": "cần ít nhất một giá trị", "en": "expected at least one argument"},
    "expected %s argument": {"vi": "cần %s giá trị", "en": "expected %s argument"},
    "expected %s arguments": {"vi": "cần %s giá trị", "en": "expected %s arguments"},
    "ambiguous option: %(option)s could match %(matches)s": {
        "vi": "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "unexpected option string: %s": {"vi": "tùy chọn không đúng chỗ: %s", "en": "unexpected option string: %s"},
    "invalid %(type)s value: %(value)r": {
        "vi": "giá trị không hợp lệ: %(value)r (cần kiểu %(type)s)",
        "en": "invalid %(type)s value: %(value)r",
    },
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "vi": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "not allowed with argument %s": {"vi": "không dùng cùng tham số %s", "en": "not allowed with argument %s"},
    "ignored explicit argument %r": {"vi": "giá trị %r bị bỏ qua", "en": "ignored explicit argument %r"},
    "unknown parser %(parser_name)r (choices: %(choices)s)": {
        "vi": "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
    },
    "can't open '%(filename)s': %(error)s": {
        "vi": "không mở được '%(filename)s': %(error)s",
        "en": "can't open '%(filename)s': %(error)s",
    },
}

# Log lines of MkDocs that `thiduua serve` prints (generator/cli_lang.py): a regular expression on
# the English line, and the message in each language (named groups are its parameters).
SERVE_LOG: tuple[tuple[str, dict[str, str]], ...] = (
    (r"Building documentation\.\.\.", {"vi": "Đang xây dựng trang…", "en": "Building documentation..."}),
    (r"Building documentation to directory: (?P<dir>.+)", {"vi": "Đang xây dựng trang vào {dir}", "en": "Building documentation to directory: {dir}"}),
    (r"Cleaning site directory", {"vi": "Dọn thư mục trang", "en": "Cleaning site directory"}),
    (r"Documentation built in (?P<seconds>[\d.]+) seconds", {
        "vi": "Đã xây dựng xong trong {seconds} giây",
        "en": "Documentation built in {seconds} seconds",
    }),
    (r"Watching paths for changes: (?P<paths>.+)", {"vi": "Theo dõi thay đổi ở: {paths}", "en": "Watching paths for changes: {paths}"}),
    (r"Serving on (?P<url>\S+) and opening it in a browser", {
        "vi": "Trang xem trước: {url} (đang mở trình duyệt)",
        "en": "Serving on {url} and opening it in a browser",
    }),
    (r"Serving on (?P<url>\S+)", {"vi": "Trang xem trước: {url}", "en": "Serving on {url}"}),
    (r"Detected file changes", {"vi": "Có tệp vừa thay đổi", "en": "Detected file changes"}),
    (r"Reloading browsers", {"vi": "Tải lại trình duyệt", "en": "Reloading browsers"}),
    (r"Browser connected: (?P<url>\S+)", {"vi": "Trình duyệt đã kết nối: {url}", "en": "Browser connected: {url}"}),
    (r"Shutting down\.\.\.", {"vi": "Đang dừng…", "en": "Shutting down..."}),
    (r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration:(?P<pages>.*)", {
        "vi": "Các trang sau có trong thư mục trang nhưng không có trong mục lục (nav):{pages}",
        "en": "The following pages exist in the docs directory, but are not included in the \"nav\" configuration:{pages}",
    }),
    (r"Aborted with a BuildError!", {"vi": "Dừng xây dựng vì có lỗi", "en": "Aborted with a BuildError!"}),
    (r"Aborted with (?P<count>\d+) warnings? in strict mode!", {
        "vi": "Dừng xây dựng: {count} cảnh báo trong chế độ nghiêm ngặt",
        "en": "Aborted with {count} warnings in strict mode!",
    }),
)
LOG_LEVELS: dict[str, dict[str, str]] = {
    "DEBUG": {"vi": "GỠ LỖI", "en": "DEBUG"},
    "INFO": {"vi": "THÔNG TIN", "en": "INFO"},
    "WARNING": {"vi": "CẢNH BÁO", "en": "WARNING"},
    "ERROR": {"vi": "LỖI", "en": "ERROR"},
    "CRITICAL": {"vi": "NGHIÊM TRỌNG", "en": "CRITICAL"},
}
# plans: periods, sections, rounds, targets, award caps, legal validity (issue 11 part A)
MESSAGES.update(
    {
        "period_start": {
            "vi": "thời gian thực hiện ghi đúng một trong: start (ngày bắt đầu) hoặc from_issue: true (từ ngày ban hành kế hoạch)",
            "en": "the period gives exactly one of: start (a date) or from_issue: true (from the plan's date)",
        },
        "date_range": {
            "vi": "'{value}' là một khoảng thời gian, không phải một ngày: ghi ngày đầu ở trường này (date hoặc start) và ngày cuối ở trường end, ví dụ date: 2025-12-08 và end: 2025-12-10",
            "en": "'{value}' is a span, not a date: put its first day here (date or start) and its last day in end, e.g. date: 2025-12-08 and end: 2025-12-10",
        },
        "target_reported_threshold": {
            "vi": "chỉ tiêu measure: reported phải có comparator, threshold và unit (ví dụ at_least, 85, percent)",
            "en": "a measure: reported target needs comparator, threshold and unit (e.g. at_least, 85, percent)",
        },
        "target_reported_only": {
            "vi": "số liệu reported chỉ dùng cho chỉ tiêu measure: reported; chỉ tiêu này được tính từ data/evaluations",
            "en": "reported figures belong to measure: reported targets; this one is computed from data/evaluations",
        },
        "target_applies_to": {
            "vi": "chỉ tiêu tính từ kết quả đánh giá phải có applies_to (loại đơn vị); chỉ tiêu về hộ gia đình, cử tri… dùng measure: reported",
            "en": "a target computed from evaluations needs applies_to (unit kinds); targets on households, voters… use measure: reported",
        },
        "award_cap_limit": {
            "vi": "giới hạn khen thưởng ghi đúng một trong: max_count (số lượng) hoặc max_percent (tỷ lệ %)",
            "en": "an award cap gives exactly one of: max_count (a number) or max_percent (a share)",
        },
        "award_cap_base": {
            "vi": "max_percent cần base: tổng số tập thể/cá nhân mà tỷ lệ tính trên",
            "en": "max_percent needs base: the number of collectives/people the share is reckoned on",
        },
        "award_cap_exceeded": {
            "vi": "quyết định này nâng số {kind} được tặng '{award}' theo kế hoạch '{plan}' lên {used}, vượt giới hạn {limit} ({text})",
            "en": "this decision brings the {kind} given '{award}' under plan '{plan}' to {used}, over the cap of {limit} ({text})",
        },
        "award_not_in_force": {
            "vi": "'{award}' không còn (hoặc chưa) được áp dụng vào ngày của kế hoạch ({date}): xem valid_from, valid_to, legal_basis của hình thức này trong data/awards",
            "en": "'{award}' is not in force on the plan's date ({date}): see its valid_from, valid_to, legal_basis in data/awards",
        },
        "template_not_in_force": {
            "vi": "{form} của văn bản {document} không còn (hoặc chưa) được dùng vào ngày của kế hoạch ({date}); dùng mẫu của văn bản đang có hiệu lực",
            "en": "{form} of {document} is not in force on the plan's date ({date}); use the template of the rules in force",
        },
        "section_empty": {
            "vi": "mục phải có title (tên mục) hoặc text (câu viết liền sau số mục)",
            "en": "a section needs a title or a text (the words after its number)",
        },
    }
)
