"""Boards named by their purpose and the place they serve ("Ban Chỉ đạo giảm nghèo bền vững tỉnh", "Hội đồng
nghĩa vụ quân sự huyện Tiên Yên"): the purpose is part of the name when it runs, unbroken, to the place keyword;
otherwise the words after the board are its predicate. Variants written here, both ways."""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Trưởng Ban Chỉ đạo thi tốt nghiệp THPT tỉnh chủ trì cuộc họp.",
            "Ban Chỉ đạo thi tốt nghiệp THPT tỉnh",
        ),
        ("Ban Chỉ đạo giảm nghèo bền vững tỉnh họp phiên thường kỳ.", "Ban Chỉ đạo giảm nghèo bền vững tỉnh"),
        (
            "Giao Ban Chỉ đạo cải cách hành chính tỉnh Vĩnh Long rà soát.",
            "Ban Chỉ đạo cải cách hành chính tỉnh Vĩnh Long",
        ),
        (
            "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổng kết.",
            "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh",
        ),
        (
            "Ban Chỉ đạo kỳ thi tốt nghiệp trung học phổ thông năm 2024 tỉnh họp.",
            "Ban Chỉ đạo kỳ thi tốt nghiệp trung học phổ thông năm 2024 tỉnh",
        ),
        ("Hội đồng nghĩa vụ quân sự huyện Tiên Yên họp.", "Hội đồng nghĩa vụ quân sự huyện Tiên Yên"),
        ("Hội đồng thẩm định dự án cấp tỉnh đã họp.", "Hội đồng thẩm định dự án cấp tỉnh"),
        (
            "Ban Chỉ đạo công tác an toàn, vệ sinh lao động tỉnh chủ trì.",
            "Ban Chỉ đạo công tác an toàn, vệ sinh lao động tỉnh",
        ),
        (
            "Ban Chỉ đạo phòng, chống dịch cúm gia cầm tỉnh Nghệ An họp.",
            "Ban Chỉ đạo phòng, chống dịch cúm gia cầm tỉnh Nghệ An",
        ),
    ],
)
def test_a_board_named_by_its_purpose_and_place(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # the board's predicate, not its purpose: a directing verb, a body, a place after a preposition
        ("Ban Chỉ đạo đề nghị các xã rà soát.", ["Ban Chỉ đạo", "các xã"]),
        ("Ban Chỉ đạo yêu cầu UBND huyện báo cáo.", ["Ban Chỉ đạo", "UBND huyện"]),
        ("Ban Chỉ đạo giao cho huyện Tân Phú rà soát.", ["Ban Chỉ đạo", "huyện Tân Phú"]),
        ("Ban Chỉ đạo tổ chức kiểm tra tại huyện Tân Phú.", ["Ban Chỉ đạo", "huyện Tân Phú"]),
        ("Ban Chỉ đạo phân công thành viên phụ trách huyện Tân Phú.", ["Ban Chỉ đạo", "huyện Tân Phú"]),
        # a place keyword right after the name read so far: that name and its place
        ("Ban Chỉ đạo xây dựng nông thôn mới huyện báo cáo kết quả thực hiện Chương trình.", None),
    ],
)
def test_a_board_and_its_predicate(sentence: str, bodies: list[str] | None) -> None:
    found = _surfaces(sentence)
    if bodies is not None:
        assert found == bodies
    else:
        assert found == ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]
