"""Topic keywords and rules added after the round-I notices (ketluan.ingest.topics, ontology/topics.ttl).

Each sentence is written for these tests in the wording of ministry, department and district notices; the
bodies, places and figures differ from the round-I notices that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.topics import classify_topics


def topics_of(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------------------- studying a text is no research


def test_studying_a_meetings_content_is_no_research():
    text = (
        "Chi cục Thuế khu vực Cẩm Phả nghiên cứu nội dung giao ban, báo cáo Cục trưởng kết quả thực hiện "
        "tháng 5 bằng văn bản."
    )
    assert topics_of(text) == {"reporting"}


def test_studying_a_notice_is_no_research():
    text = "Các phòng chuyên môn nghiên cứu, quán triệt thông báo này, báo cáo Giám đốc Sở kết quả trong tháng 7."
    assert "research-projects" not in topics_of(text)


def test_research_still_research():
    text = "Phòng Quản lý khoa học nghiên cứu, đánh giá kết quả nghiên cứu của đề tài cấp tỉnh năm 2024."
    assert "research-projects" in topics_of(text)


# --------------------------------------------------------------------------- ISO/IEC 17025 of a testing lab


def test_internal_audit_of_a_testing_lab_is_standards_quality():
    text = (
        "Phòng Thử nghiệm Vi sinh: khắc phục các điểm không phù hợp phát hiện trong đợt đánh giá nội bộ theo "
        "ISO/IEC 17025, báo cáo Giám đốc trước ngày 15/7/2025."
    )
    assert topics_of(text) == {"standards-quality"}


def test_testing_lab_management_system_is_not_metrology():
    text = (
        "Phòng Thử nghiệm Hóa lý lấy mẫu thử nghiệm chất lượng xăng dầu, phân bón theo kế hoạch; duy trì hệ "
        "thống quản lý phòng thử nghiệm theo TCVN ISO/IEC 17025:2017."
    )
    assert topics_of(text) == {"standards-quality"}


def test_calibration_lab_accreditation_stays_metrology():
    text = "Mở rộng phạm vi công nhận ISO/IEC 17025 của phòng hiệu chuẩn áp suất; kiểm định đồng hồ nước."
    assert topics_of(text) == {"metrology"}
