"""Topic rules of round L (ketluan.ingest.topics, lang/vi/topic_cues.py, ontology/topics.ttl).

Each case is a short task written the way provincial notices word it, not copied from a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------- a sentence wrapped before a name or a number


@pytest.mark.parametrize(
    "text",
    [
        # the object of the propaganda goes on after the wrap before a capitalised name
        "Đài Truyền thanh huyện phối hợp với Phòng Kinh tế tuyên truyền bằng tiếng Việt và tiếng\n"
        "Khmer về quyền lợi của người bán nông sản, cách nhận biết cân gian lận.",
        "Báo Sóc Trăng tuyên truyền trên các chuyên mục dành cho đồng bào dân tộc\n"
        "Khmer về cách phát hiện hành vi gian lận khi cân lúa.",
    ],
)
def test_wrapped_propaganda_object_keeps_going_after_a_capitalised_line(text):
    assert topics(text) == {"communication"}


@pytest.mark.parametrize(
    "text",
    [
        "Sở Nông nghiệp chủ trì lập phương án hỗ trợ giống cây trồng cho vụ Đông Xuân 2024 -\n"
        "2025, trình UBND tỉnh trước ngày 15/11/2024.",
        "Chi cục Thủy lợi xây dựng phương án tiêu úng cho vùng trũng của huyện\n"
        "Phú Tân, trình Ủy ban nhân dân tỉnh phê duyệt.",
    ],
)
def test_wrapped_draft_is_still_submitted(text):
    # "trình UBND tỉnh" after the wrap still submits the draft plan
    assert topics(text) == {"planning"}


def test_a_new_line_after_a_full_stop_still_ends_the_clause():
    # the wrap rule does not join a finished sentence with the next one
    assert "planning" not in topics(
        "Chi cục Thủy lợi xây dựng phương án tiêu úng cho vùng trũng.\nTrình bày tại cuộc họp tới."
    )


# --------------------------------------------------------------- preparing an event


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng Sở chuẩn bị nội dung Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
        "Phòng Văn hóa chuẩn bị tổ chức Ngày hội văn hóa các dân tộc, kết hợp thống kê số hộ tham gia.",
        "Chuẩn bị nội dung Hội thảo đánh giá kết quả chuyển giao công nghệ trong tháng 9/2023.",
    ],
)
def test_preparing_an_event_is_events_whatever_it_is_about(text):
    # the event's subject stays a topic; preparing it is the organisers' work
    assert "events" in topics(text)
    assert len(topics(text)) == 2


def test_preparing_an_event_beside_a_subject_keeps_both():
    # the event is the organisers' work: a subject task in another clause does not hide it
    got = topics(
        "Rà soát, cập nhật bộ thủ tục hành chính thực hiện theo cơ chế một cửa; chuẩn bị nội dung Hội nghị đối "
        "thoại với doanh nghiệp quý IV."
    )
    assert {"events", "administrative-reform"} <= got


def test_a_weak_procedural_clause_of_its_own_beside_a_strong_one():
    # "cập nhật tin, bài … trên Cổng thông tin điện tử" is a second task, communication, next to the event
    got = topics(
        "Văn phòng chuẩn bị tổ chức lễ kỷ niệm 20 năm thành lập Sở; cập nhật tin, bài về hoạt động của Sở "
        "trên Cổng thông tin điện tử."
    )
    assert got == {"events", "communication"}


def test_a_weak_procedural_word_in_the_same_clause_still_adds_nothing():
    # "kỳ họp" in the clause of a strong "họp báo" is the occasion of the press conference
    assert topics("Tổ chức họp báo sau kỳ họp thứ năm HĐND tỉnh.") == {"communication"}
