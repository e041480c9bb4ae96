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


# --------------------------------------------------------------- a period's report on the whole work


@pytest.mark.parametrize(
    "text",
    [
        "Tổng hợp báo cáo kết quả thực hiện nhiệm vụ năm 2024, kế hoạch năm 2025 trình UBND tỉnh.",
        "Văn phòng hoàn thiện báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm, kế hoạch năm 2025.",
    ],
)
def test_a_periods_report_beside_a_plan_is_reporting_too(text):
    assert topics(text) == {"reporting", "planning"}


def test_a_report_on_one_task_after_a_subject_is_reporting_beside_it():
    # the older gold (rounds 3-4) left a trailing report on the task's result out; every set since has it (rule 13)
    assert topics(
        "Kiểm tra các cơ sở kinh doanh xăng dầu; báo cáo kết quả thực hiện nhiệm vụ được giao về Sở."
    ) == {"inspection", "reporting"}


# --------------------------------------------------------------- subject words


def test_free_verification_of_packing_scales_is_metrology():
    got = topics(
        "Chi cục hướng dẫn các cơ sở công bố tiêu chuẩn cơ sở, ghi nhãn hàng hóa; đồng thời kiểm tra, kiểm định miễn "
        "phí cân đóng gói cho các cơ sở sản xuất."
    )
    assert got == {"metrology", "standards-quality"}


@pytest.mark.parametrize(
    "text",
    [
        "Hướng dẫn tiểu thương ghi nhãn hàng hóa; kiểm định miễn phí cân cho tiểu thương tại các chợ truyền thống.",
        "Hướng dẫn truy xuất nguồn gốc hải sản; kiểm định miễn phí các loại cân dùng trong mua bán hải sản.",
    ],
)
def test_a_free_verification_campaign_is_of_scales(text):
    # beside a subject of its own ("ghi nhãn hàng hóa"): not a weak word that only the fallback gives
    assert topics(text) == {"metrology", "standards-quality"}


def test_handling_use_of_unverified_instruments_is_enforcement():
    got = topics(
        "Chỉ đạo Chi cục kiểm tra đo lường, kiểm định cân ô tô tại các bến bãi; xử lý các trường hợp sử dụng phương "
        "tiện đo chưa kiểm định."
    )
    assert got == {"metrology", "inspection"}


def test_a_market_board_settling_short_weight_is_not_enforcement():
    assert "inspection" not in topics(
        "Ban quản lý chợ xử lý các trường hợp cân thiếu tại trạm cân đối chứng."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kiểm tra nhà nước về đo lường, chất lượng đối với cột đo xăng dầu tại các cửa hàng trên địa bàn huyện",
        "Phối hợp Sở Công Thương kiểm tra đo lường, chất lượng tại các cửa hàng xăng dầu dọc quốc lộ.",
    ],
)
def test_a_check_of_measurement_and_quality_covers_both(text):
    assert {"metrology", "standards-quality"} <= topics(text)


def test_applying_a_business_management_system_is_standards():
    assert "standards-quality" in topics(
        "Rà soát, tổng hợp nhu cầu đổi mới công nghệ, áp dụng hệ thống quản lý của doanh nghiệp, gửi Sở trước ngày 30/11."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị Ngân hàng Nhà nước chi nhánh tỉnh nghiên cứu, hướng dẫn Quỹ phương án ủy thác cho vay qua các ngân "
        "hàng thương mại.",
        "Hướng dẫn các doanh nghiệp nhà nước thực hiện trích lập quỹ phát triển khoa học và công nghệ của doanh nghiệp.",
    ],
)
def test_lending_through_banks_and_a_funds_appropriation_are_finance(text):
    assert topics(text) == {"finance"}


def test_propaganda_about_loans_stays_communication():
    assert topics("Tổ chức tuyên truyền trên báo, đài tỉnh về các hình thức tài trợ, cho vay của Quỹ.") == {
        "communication"
    }


def test_a_discounted_price_is_not_finance():
    assert topics(
        "Hỗ trợ phân tích, kiểm nghiệm mẫu sản phẩm với chi phí ưu đãi, hoàn thành trong tháng 6."
    ) == {"standards-quality"}


@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm thực hiện việc đăng ký, lưu giữ kết quả thực hiện nhiệm vụ theo quy định.",
        "Đề nghị Trường cử 02 cán bộ tham gia tổ chuyên gia thẩm định nội dung và kinh phí các nhiệm vụ năm 2026.",
    ],
)
def test_steps_of_managing_st_tasks_are_research_projects(text):
    assert "research-projects" in topics(text)


def test_a_plan_to_invest_in_upgrading_a_facility_is_investment():
    assert "investment" in topics(
        "Trung tâm xây dựng phương án đầu tư nâng cấp phòng nuôi cấy mô, mở rộng quy mô sản xuất cây giống; chuyển "
        "giao quy trình cho các hợp tác xã."
    )


def test_a_site_survey_before_installing_is_not_statistics():
    assert "statistics" not in topics(
        "Đề nghị Viễn thông tỉnh khảo sát, lắp đặt trạm phát sóng tại các thôn lõm sóng trong năm 2025."
    )


# --------------------------------------------------------------- telling people


def test_telling_owners_a_verification_schedule_is_communication():
    # the schedule is of someone else's work: the port board does no calibration
    assert topics(
        "Ban Quản lý cảng cá thông báo lịch kiểm định đến chủ tàu, chủ cửa hàng; bố trí địa điểm cho đoàn công tác."
    ) == {"communication"}


def test_the_calibrating_body_announcing_its_own_schedule_keeps_its_subject():
    assert "metrology" in topics(
        "Chi cục thông báo lịch kiểm định cột đo xăng dầu cho các cửa hàng; thực hiện kiểm định, niêm phong cột đo."
    )


def test_people_reporting_fraud_is_not_inspection():
    # fishermen told of their right to check the fuel they buy, and to report fraud: outreach, not enforcement
    assert topics(
        "UBND phường tuyên truyền cho ngư dân về quyền kiểm tra lượng xăng dầu khi mua; phản ánh kịp thời các trường "
        "hợp gian lận về Sở Khoa học và Công nghệ."
    ) == {"communication"}
