"""Deadlines in the ways round AE's unseen notices wrote them (elections and censuses fix days, not windows).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.dates import find_deadline


# "đúng ngày X": election and census law fixes a day ("niêm yết danh sách cử tri đúng ngày 12/4"), and the task
# is due that day, as "vào ngày X" is.
@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "UBND các phường niêm yết danh sách cử tri đúng ngày 23/4/2021 tại nhà văn hóa khu phố.",
            "2021-04-23",
        ),
        ("Điều tra viên bắt đầu thu thập thông tin đúng ngày 01 tháng 4 năm 2019.", "2019-04-01"),
    ],
)
def test_a_day_the_law_fixes_written_dung_ngay_is_the_deadline(sentence: str, due: str) -> None:
    d = find_deadline(sentence, int(due[:4]))
    assert d is not None and d.value == due


def test_dung_before_a_cited_text_is_no_deadline() -> None:
    # "thực hiện đúng Kế hoạch số 12/KH-UBND ngày 15/3/2021": the date is the plan's, "đúng" qualifies the plan
    assert (
        find_deadline("Các xã thực hiện đúng Kế hoạch số 12/KH-UBND ngày 15/3/2021 của UBND huyện.", 2021)
        is None
    )
