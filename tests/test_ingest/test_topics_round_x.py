"""Topics in the ways round X's unseen notices wrote them (inspection conclusions and working records; documents that
pass conclusions down; provincial giao ban).

Each case is a task written here in the wording of such notices, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def _topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# 1. Following up a Kết luận (the document an inspection ends with, capitalised) is inspection work; a meeting notice's
# own "kết luận này", in lower case, is not.


@pytest.mark.parametrize(
    "text",
    [
        "Thanh tra Sở có trách nhiệm theo dõi, đôn đốc việc thực hiện Kết luận này.",
        "Giao Chánh Thanh tra huyện đôn đốc, kiểm tra việc thực hiện Kết luận này; hết thời hạn chưa khắc phục thì đề xuất.",
        "Phòng Thanh tra - Pháp chế theo dõi và đôn đốc thực hiện Kết luận số 12/KL-STNMT ngày 05/3/2020.",
    ],
)
def test_follow_up_of_a_conclusion_is_inspection(text: str) -> None:
    assert "inspection" in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện kết luận này.",
        "Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện kết luận giao ban.",
    ],
)
def test_follow_up_of_a_meetings_conclusions_is_no_inspection(text: str) -> None:
    assert "inspection" not in _topics(text)


# 2. The remedies and sanctions an inspection orders: a fine paid, money recovered into the inspectorate's holding
# account, what was granted against the rules undone, an activity halted; the insurer's review of claims.


@pytest.mark.parametrize(
    "text",
    [
        "Nộp phạt số tiền 15.000.000 đồng vào Kho bạc Nhà nước trong thời hạn 10 ngày.",
        "Thu hồi số tiền 412.000.000 đồng nộp vào tài khoản tạm giữ của Thanh tra huyện trước ngày 30/9/2019.",
        "Rà soát, thu hồi 12 Giấy phép xây dựng đã cấp không đúng quy định; hoàn thành trong quý III.",
        "Dừng ngay việc khai thác cát tại bãi bồi thôn Đông, thực hiện ngay sau khi nhận được văn bản này.",
        "Chỉ đạo Bảo hiểm xã hội huyện tăng cường giám định chi phí khám, chữa bệnh tại Trung tâm Y tế huyện.",
    ],
)
def test_remedies_ordered_by_an_inspection_are_inspection(text: str) -> None:
    assert "inspection" in _topics(text)


def test_money_paid_back_to_a_fund_is_finance() -> None:
    assert "finance" in _topics("Hoàn trả quỹ bảo hiểm y tế số tiền 96.300.000 đồng trong thời hạn 30 ngày.")


# 3. Answering for a fault is discipline, personnel work: "xem xét, xử lý trách nhiệm", "kiểm điểm trách nhiệm".


@pytest.mark.parametrize(
    "text",
    [
        "Sở Nội vụ tham mưu Chủ tịch UBND tỉnh xem xét, xử lý trách nhiệm đối với tập thể, cá nhân có sai phạm.",
        "Tổ chức kiểm điểm trách nhiệm tập thể lãnh đạo Phòng Tài nguyên và Môi trường và cá nhân có liên quan.",
    ],
)
def test_answering_for_a_fault_is_personnel(text: str) -> None:
    assert "personnel" in _topics(text)
