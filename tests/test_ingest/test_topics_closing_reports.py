"""Topics rule 13: a report that closes a task is reporting work beside the task's subject.

"…; báo cáo Giám đốc Sở trước ngày 15/6/2016" tells an analyst what must be reported, to whom and by when. The
gold of rounds 3-4 left it out; every set written since, and all three of round W's blind sets, have it.
Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # sent to a body, written straight after the noun or after what is reported
        (
            "Chủ trì rà soát dư nợ Quỹ Hỗ trợ nông dân; tổng hợp báo cáo Ban Thường vụ trước ngày 15/8/2024.",
            "finance",
        ),
        ("Kiểm tra việc kinh doanh xăng dầu tại các cửa hàng; báo cáo UBND tỉnh quý IV.", "inspection"),
        (
            "Rà soát các dự án chậm tiến độ, đề xuất thu hồi chủ trương đầu tư; báo cáo Trưởng ban trước ngày 15/6/2016.",
            "investment",
        ),
        # after a few words of what is reported, "về / lên / gửi" and the body
        (
            "Tổ chức thí điểm vận hành cân điện tử tại cửa khẩu; báo cáo kết quả thí điểm về Tổng cục trước ngày "
            "31/5/2024.",
            "metrology",
        ),
        ("Kiểm tra đột xuất việc chỉ định cận lâm sàng; báo cáo bằng văn bản về BHXH tỉnh.", "inspection"),
        # due at a time, no body named
        ("Kiểm định, hiệu chuẩn các cân tại chợ, báo cáo kết quả trong quý IV/2013.", "metrology"),
        ("Tăng cường kiểm tra trật tự xây dựng, báo cáo định kỳ hằng tháng về Sở Xây dựng.", "inspection"),
        # after "và", and after "tổng hợp"
        ("Cập nhật, tổng hợp và báo cáo số liệu ca mắc về Ban Chỉ đạo trước 17 giờ hằng ngày.", "statistics"),
    ],
)
def test_a_closing_report_is_reporting_beside_the_subject(text: str, subject: str) -> None:
    assert {subject, "reporting"} <= topics(text)


@pytest.mark.parametrize(
    "text",
    [
        # a report that is the object of other work: no clause opens with it
        "Phòng Kế hoạch - Tài chính lập báo cáo quyết toán 6 tháng của đơn vị.",
        "Kiểm tra các cơ sở kinh doanh xăng dầu, nghe báo cáo của Chi cục Quản lý thị trường.",
        # a report for a purpose is no task
        "Kiểm định cân tại các chợ để báo cáo UBND tỉnh.",
        # a report on a lower-case matter, with no body and no time
        "Kiểm định cân, báo cáo kết quả kiểm tra cho các hộ kinh doanh.",
        # a meeting's name is not a body
        "Tổ chức tập huấn an toàn lao động cho viên chức; tổng hợp báo cáo giao ban tháng 6.",
    ],
)
def test_a_report_that_is_not_a_closing_report_adds_no_reporting(text: str) -> None:
    assert "reporting" not in topics(text)


def test_a_closing_report_alone_is_the_task() -> None:
    assert topics("Báo cáo kết quả thực hiện về Sở trước ngày 30/6.") == {"reporting"}
