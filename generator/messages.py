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
    # text quality
    "not_nfc": {
        "vi": "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã tự chuẩn hóa, nên lưu lại tệp ở dạng NFC",
        "en": "text is not in Unicode NFC; normalised automatically, save the file as NFC",
    },
    "mojibake": {
        "vi": "văn bản có vẻ là mã cũ TCVN3/VNI bị lỗi phông ('{sample}'); hãy chuyển sang Unicode",
        "en": "text looks like legacy TCVN3/VNI mojibake ('{sample}'); convert it to Unicode",
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
    "material_end_of_life": {
        "vi": "Lưu ý: Material for MkDocs {version} ngừng được bảo trì từ ngày 05 tháng 5 năm 2027; xem mục \"Chuyển sang Zensical\" trong README.md",
        "en": "Note: Material for MkDocs {version} is no longer maintained from 5 May 2027; see \"Moving to Zensical\" in README.md",
    },
}

SUGGESTION = {"vi": " (có phải ý bạn là '{suggestion}'?)", "en": " (did you mean '{suggestion}'?)"}


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
        text += SUGGESTION[lang].format(suggestion=params["suggestion"])
    return text


class _Default(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"

MESSAGES.update(
    {
        "recipient_target": {
            "vi": "mỗi người nhận ghi đúng một trong: person, unit hoặc name",
            "en": "each recipient names exactly one of: person, unit or name",
        },
        "recipient_kind": {
            "vi": "người nhận ghi bằng name phải có kind: ca-nhan hoặc tap-the",
            "en": "a recipient given by name needs kind: ca-nhan or tap-the",
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
        "check_html_no_npx": {
            "vi": "không có npx (Node.js); cài Node.js ≥ 20 để chạy bước này (CI luôn chạy)",
            "en": "npx (Node.js) not found; install Node.js ≥ 20 to run this step (CI always runs it)",
        },
        "check_html_unavailable": {
            "vi": "không chạy được html-validate (xem ở trên)",
            "en": "html-validate could not run (see above)",
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
