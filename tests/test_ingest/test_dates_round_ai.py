"""Deadlines in the ways round AI's unseen notices wrote them (emulation, archives and religious affairs; minerals
and quarries; banking and credit).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.dates import event_days, find_deadline


# "vừa" before a weak cue is the past ("các vi phạm vừa phát hiện trong quý I") only as an adverb before its verb;
# in a firm's size ("doanh nghiệp nhỏ và vừa", "vừa và nhỏ", "quy mô vừa") it is an adjective, and the period at
# the end of a long object phrase is the task's deadline.
@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Sở Kế hoạch và Đầu tư trình UBND tỉnh đề án hỗ trợ doanh nghiệp nhỏ và vừa tỉnh trong quý III/2022.",
            "2022-09-30",
        ),
        (
            "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng tháo gỡ khó khăn cho doanh nghiệp "
            "vừa và nhỏ trong quý IV/2021.",
            "2021-12-31",
        ),
        (
            "Sở Công Thương bố trí mặt bằng trong cụm công nghiệp cho các cơ sở sản xuất quy mô vừa và nhỏ trong"
            " tháng 8/2020.",
            "2020-08",
        ),
        (
            "Hiệp hội Doanh nghiệp tỉnh tổ chức đối thoại với các doanh nghiệp siêu nhỏ, nhỏ và vừa của tỉnh trong"
            " quý II/2024.",
            "2024-06-30",
        ),
    ],
)
def test_medium_in_a_firm_s_size_is_no_past_marker(sentence: str, due: str) -> None:
    d = find_deadline(sentence, int(due[:4]))
    assert d is not None and d.value == due


def test_vua_before_its_verb_still_marks_the_past() -> None:
    # a guard: "vừa phát hiện trong quý I" says when the breaches were found
    assert find_deadline("Xử lý dứt điểm các vi phạm vừa phát hiện trong quý I/2022.", 2022) is None


# An inspection record ("BIÊN BẢN KIỂM TRA", "BIÊN BẢN THANH TRA") opens with the day it is made on the spot ("hôm
# nay, hồi 9 giờ ngày …"): that is the inspection's day, so a period its conclusions count "kể từ ngày kiểm tra"
# ends N days after it (Bộ luật Dân sự, Điều 147). A notice that only mentions an inspection, held on a day it
# does not give, still has no such day.

_RECORD = (
    "SỞ XÂY DỰNG TỈNH NINH BÌNH\nĐOÀN KIỂM TRA\n\nBIÊN BẢN KIỂM TRA\nCông tác quản lý chất lượng công trình"
    " trường tiểu học xã Gia Lâm\n\nThực hiện Quyết định số 45/QĐ-SXD ngày 02/3/2021 của Giám đốc Sở Xây dựng,"
    " hôm nay, vào hồi 9 giờ 00 ngày 09 tháng 3 năm 2021, tại công trường, chúng tôi gồm:\n"
    "I. ĐOÀN KIỂM TRA\n1. Ông Đinh Văn Lực - Phó Giám đốc Sở Xây dựng - Trưởng đoàn;\n"
    "III. KẾT LUẬN\n1. Phòng Quản lý xây dựng hoàn thiện hồ sơ, báo cáo Giám đốc Sở trong thời hạn 15 ngày kể"
    " từ ngày kiểm tra.\n"
)


def test_an_inspection_record_dates_its_own_inspection() -> None:
    counted = event_days(_RECORD, 2021)
    task = "Phòng Quản lý xây dựng hoàn thiện hồ sơ, báo cáo Giám đốc Sở trong thời hạn 15 ngày kể từ ngày kiểm tra."
    d = find_deadline(task, 2021, 0, counted)
    assert d is not None and d.value == "2021-03-24"


def test_a_period_counted_from_an_inspection_record_s_day_in_working_days() -> None:
    # the same record, "thanh tra" and working days: 10 working days after Tuesday 09/3/2021
    counted = event_days(_RECORD.replace("KIỂM TRA\nCông tác", "THANH TRA\nCông tác"), 2021)
    d = find_deadline(
        "gửi báo cáo giải trình trong vòng 10 ngày làm việc kể từ ngày thanh tra.", 2021, 0, counted
    )
    assert d is not None and d.value == "2021-03-23"


def test_an_inspection_a_notice_does_not_date_sets_no_deadline() -> None:
    # a guard: a meeting's notice on an inspection to come; the inspection's day is not known
    notice = (
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 10/5/2021\n"
        "Giao Sở Xây dựng kiểm tra công trình; chủ đầu tư khắc phục trong thời hạn 15 ngày kể từ ngày kiểm tra.\n"
    )
    counted = event_days(notice, 2021)
    d = find_deadline("chủ đầu tư khắc phục trong thời hạn 15 ngày kể từ ngày kiểm tra.", 2021, 0, counted)
    assert d is None
