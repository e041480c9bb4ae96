"""Bodies, persons and posts in the ways round U's unseen notices wrote them (home affairs and organisation;
elected bodies and their oversight; investment, industrial parks and enterprises).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. A unit's field written with its first word capitalised only runs on over words that are a verb or no name's
# syllables elsewhere, and over a comma inside it: a Sở KH&ĐT's and a Sở Nội vụ's units, an archive, a school of
# politics, an election committee's sub-committees.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Phòng Kinh tế đối ngoại tổng hợp danh mục dự án FDI.", "Phòng Kinh tế đối ngoại"),
        ("Giao Phòng Đăng ký kinh doanh hướng dẫn hồ sơ.", "Phòng Đăng ký kinh doanh"),
        (
            "Phòng Đấu thầu, thẩm định và giám sát đầu tư rà soát các gói thầu.",
            "Phòng Đấu thầu, thẩm định và giám sát đầu tư",
        ),
        ("Vắng: Phòng Công chức, viên chức (có lý do).", "Phòng Công chức, viên chức"),
        (
            "2. Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: thẩm định đề án vị trí việc làm.",
            "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
        ),
        ("Trung tâm Lưu trữ lịch sử tỉnh tiếp nhận hồ sơ nộp lưu.", "Trung tâm Lưu trữ lịch sử tỉnh"),
        (
            "Trung tâm Bồi dưỡng chính trị huyện mở lớp cho cán bộ mới.",
            "Trung tâm Bồi dưỡng chính trị huyện",
        ),
        ("c) Tiểu ban An ninh, trật tự: bảo vệ các điểm bỏ phiếu.", "Tiểu ban An ninh, trật tự"),
        (
            "Tiểu ban Giải quyết khiếu nại, tố cáo tiếp nhận đơn của cử tri.",
            "Tiểu ban Giải quyết khiếu nại, tố cáo",
        ),
    ],
)
def test_field_written_in_lower_case_goes_on(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the same words after a body written whole are its predicate
        ("UBND huyện giải quyết khiếu nại, tố cáo đúng hạn.", "UBND huyện"),
        ("Sở Kế hoạch và Đầu tư đăng ký kinh doanh cho hộ.", "Sở Kế hoạch và Đầu tư"),
    ],
)
def test_field_words_after_a_whole_name_are_its_predicate(sentence: str, surface: str) -> None:
    assert _surfaces(sentence)[0] == surface


_NOTICE_HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 21/TB-VP
Hà Tĩnh, ngày 12 tháng 4 năm 2011

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra

"""


# 2. A market's name after "chợ" is a place, though it opens with a family name's syllable.
@pytest.mark.parametrize(
    "sentence",
    [
        "Sau khi kiểm tra chợ Kỳ Anh và chợ Thạch Hà, Phó Chủ tịch UBND tỉnh kết luận như sau:\n",
        "Đoàn đã đến chợ Vũ Quang, Giám đốc Sở Công Thương báo cáo tình hình.\n",
    ],
)
def test_market_name_is_no_person(sentence: str) -> None:
    assert not parse_notice(_NOTICE_HEAD + sentence, "x.txt").persons
