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
