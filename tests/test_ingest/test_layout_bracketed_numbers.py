"""Items numbered in brackets ("(1) …", "(10) …") are items as "1." is; "Trường học: …" heading an item, and
"Trường hợp …", are no school. Variants written here, not copies of a test notice."""

from __future__ import annotations

from notice_checks import names_of, task_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 112/TB-VPUBND

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần

Ngày 09/3/2026, Chủ tịch UBND tỉnh Hồ Văn Mừng chủ trì cuộc họp giao ban. Chủ tịch UBND tỉnh kết luận:
(1) Sở Tài chính tham mưu bố trí kinh phí, báo cáo UBND tỉnh trước ngày 20/3/2026.
(2) Trường học: Sở Giáo dục và Đào tạo rà soát nhu cầu phòng học.
(10) Sở Y tế có báo cáo giải trình việc vắng họp, gửi Văn phòng UBND tỉnh trong tuần.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Thị Thu
"""


def test_items_numbered_in_brackets_are_items() -> None:
    n = parse_notice(_NOTICE, "brackets.txt")
    assert task_of(n, "Sở Tài chính")[0] == ["Sở Tài chính tỉnh An Giang"]
    assert task_of(n, "Trường học")[0] == ["Sở Giáo dục và Đào tạo tỉnh An Giang"]
    assert task_of(n, "Sở Y tế có báo cáo")[0] == ["Sở Y tế tỉnh An Giang"]
    assert "Trường học" not in names_of(n).values()


def test_generic_words_after_truong_are_no_school() -> None:
    for sentence in ("Trường hợp vi phạm thì xử lý nghiêm.", "Trường học: Sở Giáo dục và Đào tạo rà soát."):
        assert not [m for m in find_agencies(sentence, tokenize(sentence)) if m.surface.startswith("Trường")]
    sentence = "Trường Tiểu học Kim Đồng tổ chức lễ khai giảng."
    assert [m.surface for m in find_agencies(sentence, tokenize(sentence))] == ["Trường Tiểu học Kim Đồng"]
