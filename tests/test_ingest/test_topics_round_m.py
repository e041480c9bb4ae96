"""Topic rules of round M (ketluan.ingest.topics, lang/vi/topic_cues.py, ontology/topics.ttl).

Each case is a short task written the way provincial notices word it, not copied from a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context, masked=masked)}


# --------------------------------------------------------------- customs formalities are administrative procedures


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục Hải quan cửa khẩu Chi Ma triển khai thủ tục hải quan điện tử đối với hàng hóa xuất khẩu.",
        "Đẩy mạnh thực hiện thủ tục hải quan điện tử, giảm thời gian thông quan hàng hóa tại cửa khẩu.",
        "Tạo thuận lợi tối đa cho thủ tục thông quan hàng nông sản qua cửa khẩu Ma Lù Thàng.",
        "Cải tiến thủ tục hải quan đối với phương tiện xuất nhập cảnh qua cửa khẩu phụ.",
    ],
)
def test_customs_procedures_are_administrative_reform(text):
    assert "administrative-reform" in topics(text)


# --------------------------------------------------------------- events: a promotion week, an event's logistics


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương tổ chức Tuần lễ vải thiều và nông sản an toàn Bắc Giang tại Thành phố Hồ Chí Minh.",
        "Chủ trì tổ chức tuần lễ giới thiệu sản phẩm OCOP của huyện trong tháng 9/2024.",
        "Giao đồng chí Phó Giám đốc chỉ đạo chuẩn bị nội dung, hậu cần tổ chức Chợ công nghệ và thiết bị vùng.",
    ],
)
def test_promotion_weeks_and_event_logistics_are_events(text):
    assert "events" in topics(text)


# --------------------------------------------------------------- sharing data is not statistical work


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục Hải quan cửa khẩu chia sẻ dữ liệu cân điện tử với Chi cục Tiêu chuẩn Đo lường Chất lượng.",
        "Các xã, phường rà soát, chuẩn hóa dữ liệu dùng chung trên hệ thống của tỉnh.",
    ],
)
def test_sharing_data_is_not_statistics(text):
    assert "statistics" not in topics(text)


def test_collecting_data_is_still_statistics():
    assert "statistics" in topics("Phòng Kinh tế thu thập số liệu sản lượng lúa, giá thu mua tại các xã.")


def test_counting_the_scales_in_use_is_metrology():
    got = topics("Rà soát, thống kê số cân đang sử dụng tại các chợ trên địa bàn phường.")
    assert "metrology" in got


# --------------------------------------------------------------- a body the task sets up: its field is the subject


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Sở Khoa học và Công nghệ hoàn thiện Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh, trình UBND tỉnh "
            "trong quý I/2026.",
            "innovation",
        ),
        (
            "Sở Khoa học và Công nghệ tham mưu thành lập Trung tâm Kiểm định phương tiện đo của tỉnh.",
            "metrology",
        ),
    ],
)
def test_the_name_of_a_body_being_set_up_says_what_the_task_is(text, want):
    start = text.index("Trung tâm")
    end = text.index(" tỉnh", start) if "tỉnh," in text[start:] else text.index(" của tỉnh", start)
    assert want in topics(text, masked=[(start, end)])


def test_a_body_worked_with_is_still_masked():
    assert "innovation" not in topics(
        "Phối hợp với Trung tâm Đổi mới sáng tạo tổ chức tập huấn cho doanh nghiệp."
    )


# --------------------------------------------------------------- smaller rules


def test_full_time_officials_field_is_not_the_subject():
    got = topics("Ban Tổ chức tham mưu bố trí, đào tạo đội ngũ công chức chuyên trách chuyển đổi số cấp xã.")
    assert "innovation" not in got
    assert "training" in got


def test_digital_platforms_as_the_channel_of_outreach_are_communication():
    got = topics("Đẩy mạnh tuyên truyền phong trào thi đua yêu nước trên các nền tảng số của Hội.")
    assert got == {"communication"}


def test_handing_over_a_crop_variety_is_technology_transfer():
    got = topics(
        "Trung tâm Khuyến nông tổ chức tập huấn, chuyển giao giống lúa chất lượng cao cho các hợp tác xã."
    )
    assert "technology-transfer" in got


@pytest.mark.parametrize("verb", ["hoàn chỉnh", "hoàn thiện"])
def test_finishing_a_plan_of_action_for_approval_is_planning(verb):
    text = f"Chi cục Thủy lợi {verb} phương án phòng, chống lụt bão năm 2024, trình UBND tỉnh trước ngày 30/5/2024."
    assert "planning" in topics(text)


def test_grading_party_organisations_is_party_work_not_personnel():
    got = topics(
        "Lãnh đạo các chi bộ kiểm điểm, đánh giá xếp loại tổ chức đảng gắn với kết quả thực hiện Nghị quyết."
    )
    assert "personnel" not in got
    assert "party-affairs" in got


def test_the_tax_office_as_a_recipient_is_not_finance():
    got = topics(
        "Điện lực tỉnh cung cấp chỉ số công tơ tổng của các cửa hàng xăng dầu cho cơ quan thuế hằng tháng."
    )
    assert "finance" not in got


def test_verifying_a_suspected_tampering_is_inspection():
    got = topics("Công an tỉnh xác minh, làm rõ 02 cửa hàng có dấu hiệu can thiệp vào bo mạch cột đo.")
    assert "inspection" in got


def test_the_work_a_full_time_official_does_is_the_subject():
    got = topics("Bổ sung cán bộ chuyên trách làm công tác đảng tại các khu công nghiệp.")
    assert "party-affairs" in got
