"""Topic keywords and rules added after the round-I notices (ketluan.ingest.topics, ontology/topics.ttl).

Each sentence is written for these tests in the wording of ministry, department and district notices; the
bodies, places and figures differ from the round-I notices that showed the error.
"""

from __future__ import annotations

import pytest

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
    assert topics_of(text) == {"standards-quality", "reporting"}  # and the closing report (topics rule 13)


def test_testing_lab_management_system_is_not_metrology():
    text = (
        "Phòng Thử nghiệm Hóa lý lấy mẫu thử nghiệm chất lượng xăng dầu, phân bón theo kế hoạch; duy trì hệ "
        "thống quản lý phòng thử nghiệm theo TCVN ISO/IEC 17025:2017."
    )
    assert topics_of(text) == {"standards-quality"}


def test_calibration_lab_accreditation_stays_metrology():
    text = "Mở rộng phạm vi công nhận ISO/IEC 17025 của phòng hiệu chuẩn áp suất; kiểm định đồng hồ nước."
    assert topics_of(text) == {"metrology"}


# --------------------------------------------------------------------------- metrology and inspection phrases


@pytest.mark.parametrize(
    "text",
    [
        # a dispenser checked or verified again (a bare 'cột đo' named by an enforcement task is not enough)
        "Tăng cường kiểm tra giá cả hàng hóa thiết yếu, xử lý nghiêm việc găm hàng; kiểm tra các cửa hàng bị "
        "ngập, yêu cầu kiểm tra lại cột đo trước khi bán hàng trở lại.",
        # weighing and measuring as trade practice
        "Kiểm tra hoạt động thu mua cà phê, xử lý các trường hợp gian lận về cân, đo tại các đại lý.",
        "Đội Quản lý thị trường số 3 phối hợp Ban Quản lý chợ Tân Hiệp kiểm tra thường xuyên hoạt động mua "
        "bán, cân đo tại chợ, xử lý nghiêm các trường hợp gian lận.",
    ],
)
def test_dispensers_and_weighing_are_metrology(text):
    assert {"inspection", "metrology"} <= topics_of(text)


def test_tampering_with_a_dispenser_is_enforcement_only():
    text = (
        "Công an huyện Đức Linh khẩn trương điều tra, xử lý nghiêm vụ lắp thiết bị can thiệp cột đo tại cửa hàng "
        "trên quốc lộ 55 theo quy định của pháp luật."
    )
    assert topics_of(text) == {"inspection"}


def test_weighing_and_measuring_children_is_not_metrology():
    text = "Trạm Y tế xã tổ chức cân, đo trẻ em dưới 5 tuổi trong đợt uống vitamin A tháng 6."
    assert "metrology" not in topics_of(text)


def test_training_verification_officers_is_metrology():
    text = (
        "Trung tâm Kỹ thuật 2 tổ chức các lớp đào tạo nghiệp vụ kiểm định viên cho các tỉnh Nam Trung Bộ theo "
        "hình thức trực tuyến trong quý IV."
    )
    assert topics_of(text) == {"metrology", "training"}


def test_safety_inspectors_training_is_not_metrology():
    text = "Tổ chức lớp đào tạo kiểm định viên kỹ thuật an toàn lao động cho các doanh nghiệp trong tháng 9."
    assert "metrology" not in topics_of(text)


def test_checking_labels_is_inspection():
    text = (
        "Phòng Kinh tế phối hợp Đội Quản lý thị trường số 1 kiểm tra việc ghi nhãn hàng hóa mật ong lưu thông "
        "trên địa bàn, xử lý các trường hợp ghi nhãn sai."
    )
    assert topics_of(text) == {"inspection", "standards-quality"}


# --------------------------------------------------------------------------- rule 10: work and its object


def test_source_of_funds_is_no_subject():
    text = (
        "Phòng Tài chính - Kế hoạch lập dự toán kinh phí in tài liệu từ nguồn kinh phí khuyến nông năm 2025, "
        "trình UBND huyện trong tháng 4."
    )
    assert topics_of(text) == {"finance"}


def test_equipment_bought_is_no_subject():
    text = (
        "Phòng Tài chính - Kế hoạch cân đối, bố trí kinh phí mua sắm máy tính, chữ ký số, cân đối chứng cho các "
        "xã miền núi trong dự toán năm 2025."
    )
    assert topics_of(text) == {"finance"}


def test_funding_a_verification_keeps_its_subject():
    # not every funded object drops: 'bố trí kinh phí kiểm định …' names the work funded (gold of tests/data)
    text = "Phòng Kế hoạch - Tài chính bố trí kinh phí kiểm định, hiệu chuẩn thiết bị trong dự toán năm 2026."
    assert topics_of(text) == {"finance", "metrology"}


def test_communicating_about_metrology_is_communication():
    text = (
        "Văn phòng Sở phối hợp với Đài Phát thanh tỉnh đẩy mạnh truyền thông về đo lường tại các chợ đầu mối."
    )
    assert topics_of(text) == {"communication"}


def test_standards_on_a_subject_are_standards_work():
    text = (
        "Phòng Kế hoạch tổng hợp đề xuất danh mục xây dựng TCVN năm 2027, ưu tiên các tiêu chuẩn về đo lường, "
        "thiết bị đo điện; trình Viện trưởng trong tháng 11."
    )
    assert "metrology" not in topics_of(text)
    assert "standards-quality" in topics_of(text)


# --------------------------------------------------------------------------- digital markets, models, market works


def test_cashless_market_is_innovation_not_finance():
    text = (
        "Phòng Kinh tế triển khai mô hình chợ 4.0, thanh toán không dùng tiền mặt tại chợ Đông Hà, chợ Cam Lộ; "
        "gắn với tiêu chí chợ văn minh."
    )
    assert topics_of(text) == {"innovation"}


def test_payment_of_funds_stays_finance():
    text = (
        "Phòng Tài chính - Kế hoạch hướng dẫn các xã thanh toán, quyết toán kinh phí hỗ trợ trước ngày 31/12."
    )
    assert topics_of(text) == {"finance"}


@pytest.mark.parametrize(
    "text",
    [
        "Trạm Khuyến ngư huyện xây dựng mô hình bảo quản cá sau khai thác cho ngư dân xã Nhơn Lý; tập huấn "
        "kỹ thuật sơ chế hải sản cho các tổ hợp tác trong quý III.",
        "Trung tâm Dịch vụ nông nghiệp nhân rộng mô hình trồng nấm rơm; tổ chức 02 lớp tập huấn kỹ thuật cho "
        "nông dân xã Phước Sơn.",
    ],
)
def test_demonstration_models_are_technology_transfer(text):
    assert topics_of(text) == {"technology-transfer", "training"}


def test_upgrading_a_market_is_investment():
    text = "Giao đồng chí Phó Chủ tịch UBND huyện trực tiếp chỉ đạo, đôn đốc việc nâng cấp chợ Phú Hòa."
    assert topics_of(text) == {"investment"}


def test_designing_a_market_renovation_is_investment():
    text = (
        "Phòng Kinh tế và Hạ tầng kiểm định cân tại chợ Phú Hòa; lập hồ sơ thiết kế cải tạo chợ Phú Hòa đạt "
        "chuẩn chợ nông thôn, trình UBND huyện trong tháng 8."
    )
    assert topics_of(text) == {"investment", "metrology"}


def test_scaling_up_after_a_bodys_name_is_not_masked():
    # 'nhân' is a name syllable ('Trung tâm Nhân đạo …'): 'nhân rộng' after a name is the verb, not the name
    text = (
        "Trung tâm Dịch vụ nông nghiệp nhân rộng mô hình chăn nuôi gà thả vườn tại các xã vùng cao; tập huấn "
        "kỹ thuật phòng bệnh cho các hộ tham gia."
    )
    assert topics_of(text) == {"technology-transfer", "training"}


def test_checking_and_controlling_a_market_is_inspection():
    # market surveillance's pair of verbs: gold of r3, g2, h1, e2, f3 is inspection wherever it stands
    text = (
        "Tăng cường kiểm tra, kiểm soát đo lường, chất lượng phân bón, thức ăn chăn nuôi trên địa bàn tỉnh;"
    )
    assert topics_of(text) == {"inspection", "metrology", "standards-quality"}
