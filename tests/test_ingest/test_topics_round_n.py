"""Topic rules of round N (social sectors, site clearance, hard layouts): each case is a variant written for the
rule, not a line of a test notice."""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Điện lực tỉnh hoàn thành di dời 35 trụ điện hạ thế trước ngày 30/6/2024.",
        "Điện lực huyện khẩn trương di dời các cột điện trung thế nằm trong phạm vi giải phóng mặt bằng.",
        "Đề nghị Công ty Điện lực di dời lưới điện chiếu sáng trên tuyến trong tháng 8/2023.",
    ],
)
def test_a_power_company_moving_its_lines_is_site_clearance(text: str) -> None:
    assert "investment" in topics(text)


def test_moving_households_out_of_a_landslide_zone_is_not_investment() -> None:
    assert "investment" not in topics("Ủy ban nhân dân xã khẩn cấp di dời 12 hộ dân ra khỏi vùng sạt lở.")


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Giáo dục và Đào tạo xây dựng kế hoạch tổ chức năm học mới theo hình thức trực tuyến.",
        "Sở Giáo dục và Đào tạo lập kế hoạch tổ chức Kỳ thi tuyển sinh lớp 10 năm 2025.",
    ],
)
def test_drawing_up_the_plan_of_a_school_year_or_an_exam_is_planning(text: str) -> None:
    assert "planning" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng xây dựng kế hoạch tổ chức hội nghị tổng kết năm.",
        "Thanh tra Sở lập kế hoạch tổ chức kiểm tra các cửa hàng xăng dầu trong quý III.",
        "Dự thảo kế hoạch tổ chức hội nghị sơ kết 6 tháng.",
    ],
)
def test_the_plan_of_one_meeting_or_one_check_is_not_planning(text: str) -> None:
    assert "planning" not in topics(text)


def test_staffing_a_unit_is_personnel_beside_training() -> None:
    text = "Cử 02 điều dưỡng đi đào tạo kỹ thuật lọc máu; tham mưu bổ sung nhân lực cho Khoa Cấp cứu trong quý IV."
    assert {"personnel", "training"} <= topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ban Quản lý dự án đôn đốc nhà thầu tăng cường nhân lực, thiết bị thi công nền đường.",
        "Phòng Lao động - Việc làm tổng hợp nhu cầu tuyển dụng của doanh nghiệp trên địa bàn.",
    ],
)
def test_a_contractors_crews_and_firms_hiring_are_not_personnel(text: str) -> None:
    assert "personnel" not in topics(text)


def test_a_job_fair_is_an_event() -> None:
    text = "Trung tâm Dịch vụ việc làm tổ chức 03 phiên giao dịch việc làm lưu động tại các huyện."
    assert "events" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tài nguyên và Môi trường xác định giá đất cụ thể để tính tiền bồi thường cho các hộ.",
        "Phối hợp với UBND huyện chi trả dứt điểm tiền bồi thường cho 18 hộ còn lại.",
    ],
)
def test_land_prices_and_compensation_paid_are_money_and_clearance(text: str) -> None:
    assert {"finance", "investment"} <= topics(text)


def test_households_persuaded_to_take_compensation_is_not_money_work() -> None:
    assert "finance" not in topics(
        "Trung tâm Phát triển quỹ đất vận động các hộ còn lại nhận tiền bồi thường."
    )


def test_the_source_of_a_works_money_as_a_qualifier_is_not_finance() -> None:
    text = "Sở Xây dựng kiểm tra chất lượng các công trình sử dụng vốn ngân sách nhà nước."
    assert "finance" not in topics(text)


@pytest.mark.parametrize("text", ["Ban Quản lý chợ phát động phong trào “Cân đúng, đo đủ” tại các chợ."])
def test_the_honest_weighing_campaign_is_metrology(text: str) -> None:
    assert "metrology" in topics(text)


def test_an_apology_for_a_late_dossier_is_administrative_reform() -> None:
    text = (
        "Bộ phận tiếp nhận của phường khẩn trương giải quyết 7 hồ sơ trễ hạn, có văn bản xin lỗi người dân."
    )
    assert "administrative-reform" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng tổng hợp báo cáo công tác dân vận quý III của huyện, gửi Ban Dân vận Tỉnh ủy.",
        "Tổng hợp số liệu thống kê, hoàn thành báo cáo hoạt động khám chữa bệnh 6 tháng đầu năm gửi Sở Y tế.",
        "Phòng Nội vụ rà soát hồ sơ một cửa; tổng hợp báo cáo CCHC quý 2 của huyện.",
    ],
)
def test_a_report_named_with_its_period_is_reporting_beside_the_subject(text: str) -> None:
    assert "reporting" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức tập huấn an toàn lao động cho viên chức; tổng hợp báo cáo giao ban tháng 6.",
        "Phòng Kế hoạch - Tài chính lập báo cáo quyết toán 6 tháng của đơn vị.",
    ],
)
def test_a_report_of_a_meeting_or_the_accounts_is_not_reporting(text: str) -> None:
    assert "reporting" not in topics(text)
