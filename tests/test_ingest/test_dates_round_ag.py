"""Deadlines in the ways round AG's unseen notices wrote them (citizens' reception and complaints; housing;
labour relations, unions and youth).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.dates import find_deadline


# "nhất là trong thời gian diễn ra <event> <period>": a standing task ("thường xuyên theo dõi …") with a time of
# extra care, the period dating the event it names (a council's session, a holiday, a congress), not a day by
# which the task is done.
@pytest.mark.parametrize(
    "sentence",
    [
        "Công an tỉnh thường xuyên nắm tình hình, bảo đảm an ninh trật tự tại trụ sở tiếp công dân, nhất là trong "
        "thời gian diễn ra kỳ họp HĐND tỉnh cuối năm 2019.",
        "Ban Tiếp công dân tỉnh theo dõi chặt chẽ các đoàn đông người, đặc biệt trong thời gian tổ chức Đại hội "
        "Đảng bộ tỉnh quý IV/2020.",
    ],
)
def test_a_period_dating_the_event_of_extra_care_is_no_deadline(sentence: str) -> None:
    assert find_deadline(sentence, 2019 if "2019" in sentence else 2020) is None


def test_a_cued_deadline_after_the_event_of_extra_care_is_the_task_s_own() -> None:
    # the task's own deadline, cued, after the event's time: only the event's period is set aside
    care = "Sở Xây dựng rà soát các dự án, nhất là trong thời gian diễn ra kỳ họp HĐND tỉnh cuối năm 2021"
    assert find_deadline(care + ".", 2021) is None
    d = find_deadline(care + "; báo cáo UBND tỉnh trước ngày 15/11/2021.", 2021)
    assert d is not None and d.value == "2021-11-15"
