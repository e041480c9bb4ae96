"""Dates and deadlines in the ways round AB's unseen notices wrote them (exams and festivals held over a few
days, a month of commemorations).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import task_of

from ketluan.ingest.dates import find_dates, find_deadline
from ketluan.ingest.extract import parse_notice

# 1. A task done over a few days of one month, written as a span of days ("Các ngày 12 - 14/7/2023" in a task
# table's time column, "trong các ngày 05, 06 và 07/8/2022", "ngày 10 đến 12/6/2021"): its deadline is the span's
# last day, as a span of months ("tháng 5-6/2019") is read through its last month.

EXAM_TABLE = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN                        Độc lập - Tự do - Hạnh phúc
Số: 215/TB-UBND               Nghệ An, ngày 05 tháng 6 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo thi tốt nghiệp THPT năm 2023
Ngày 02/6/2023, đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Sau khi
nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Bảo đảm an ninh, an toàn tại các điểm thi | Công an tỉnh | Sở Giáo dục và Đào tạo | {span} |
| 2 | Rà soát danh sách thí sinh | Sở Giáo dục và Đào tạo | | Trước ngày 20/6/2023 |
"""


@pytest.mark.parametrize(
    "span",
    ["Các ngày 12 - 14/7/2023", "Các ngày 12-14/7/2023", "Ngày 12, 13 và 14/7/2023"],
)
def test_a_task_done_over_a_span_of_days_is_due_on_its_last_day(span: str) -> None:
    n = parse_notice(EXAM_TABLE.format(span=span), "x.md")
    assert task_of(n, "Bảo đảm an ninh")[2] == "2023-07-14", task_of(n, "Bảo đảm an ninh")


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("tổ chức Hội diễn văn nghệ quần chúng trong các ngày 05, 06 và 07/8/2022.", "2022-08-07"),
        ("tổ chức giải đua thuyền truyền thống trong các ngày 10 - 12/6/2022.", "2022-06-12"),
        ("hoàn thành việc coi thi trong các ngày 26–28/6/2022.", "2022-06-28"),
    ],
)
def test_a_span_of_days_in_a_sentence_is_due_on_its_last_day(written: str, due: str) -> None:
    d = find_deadline(written, 2022)
    assert d is not None and d.value == due, d
    # a whole date written with dashes is one day, no span
    assert [m.iso_date for m in find_dates("ngày 15-10-2022")] == ["2022-10-15"]


# 2. "trong suốt tháng 7/2009", "suốt năm 2022": a task carried on throughout a period is done by its end, as "trong
# tháng 7/2009" is.


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("đưa tin, tuyên truyền về các hoạt động kỷ niệm trong suốt tháng 7/2022.", "2022-07"),
        ("duy trì lực lượng thường trực trong suốt năm 2022.", "2022"),
        ("treo băng rôn, khẩu hiệu suốt tháng 9/2022.", "2022-09"),
    ],
)
def test_a_task_throughout_a_period_is_due_at_its_end(written: str, due: str) -> None:
    d = find_deadline(written, 2022)
    assert d is not None and d.value == due, d
    # "trong suốt thời gian diễn ra lễ hội" names no calendar period
    assert find_deadline("bảo đảm cấp điện trong suốt thời gian diễn ra lễ hội.", 2022) is None
