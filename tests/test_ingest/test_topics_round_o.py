"""Topic rules of round O (emergencies, trade and market control, councils and mass organisations): each case is a
variant written for the rule, not a line of a test notice."""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hợp tác xã dịch vụ nông nghiệp kiểm tra, hiệu chỉnh máy đo độ mặn trước mỗi lần lấy nước vào kênh.",
        "Trạm Khuyến nông huyện kiểm tra các máy đo pH đất trước vụ gieo cấy.",
    ],
)
def test_a_measuring_instrument_named_by_its_kind_is_metrology(text: str) -> None:
    assert "metrology" in topics(text)


def test_checking_fuel_dispensers_again_is_metrology() -> None:
    got = topics(
        "Chi cục TĐC tổ chức kiểm tra lại các cột đo tại 05 cửa hàng đã bị đình chỉ trong tháng 10/2024."
    )
    assert "metrology" in got


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương xây dựng phương án bình ổn giá các mặt hàng thiết yếu (gạo, thịt lợn, đường, xăng dầu) dịp Tết.",
        "Theo dõi sát giá cả, nguồn cung hàng hóa thiết yếu như lương thực, thực phẩm, xăng dầu trong mùa mưa bão.",
    ],
)
def test_fuel_among_essential_goods_is_a_commodity_not_metrology(text: str) -> None:
    assert "metrology" not in topics(text)


def test_consumers_told_to_report_short_weighing_is_communication() -> None:
    got = topics(
        "Hội Bảo vệ quyền lợi người tiêu dùng huyện tuyên truyền, hướng dẫn người tiêu dùng mua hàng an toàn, "
        "kịp thời phản ánh các hành vi gian lận cân đo tại chợ."
    )
    assert "metrology" not in got
    assert "communication" in got


@pytest.mark.parametrize(
    "text",
    [
        "Cục Hải quan tăng cường kiểm soát hải quan tại các cửa khẩu phụ, lối mở trên tuyến biên giới.",
        "Chi cục Hải quan cửa khẩu kiểm soát chặt hàng hóa tạm nhập tái xuất, hàng quá cảnh.",
        "Trạm Chăn nuôi và Thú y huyện tăng cường kiểm dịch động vật vận chuyển ra, vào địa bàn.",
        "Chi cục Chăn nuôi và Thú y kiểm soát giết mổ lợn tại các điểm giết mổ nhỏ lẻ.",
    ],
)
def test_control_of_goods_border_crossings_and_slaughter_is_inspection(text: str) -> None:
    assert "inspection" in topics(text)


def test_checking_traders_premises_beside_measurement_is_inspection_too() -> None:
    got = topics(
        "Đội Quản lý thị trường số 2 kiểm tra các cơ sở kinh doanh khí dầu mỏ hóa lỏng, phối hợp kiểm tra đo lường "
        "cột đo xăng dầu tại các cửa hàng trên quốc lộ."
    )
    assert {"inspection", "metrology"} <= got


def test_leading_an_inspection_team_is_inspection() -> None:
    got = topics("Phòng Y tế chủ trì Đoàn kiểm tra liên ngành về an toàn thực phẩm trong dịp Tết Trung thu.")
    assert "inspection" in got


def test_a_sector_plan_of_the_planning_law_is_planning() -> None:
    assert "planning" in topics(
        "Sở Công Thương tham mưu lập phương án phát triển cụm công nghiệp huyện đến năm 2030."
    )


def test_the_succession_list_of_a_party_committee_is_staffing_not_planning() -> None:
    got = topics("Ban Tổ chức Huyện ủy hướng dẫn rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030.")
    assert "planning" not in got
    assert "personnel" in got


def test_a_station_sending_its_readings_is_not_statistics() -> None:
    got = topics(
        "Trạm Thủy văn khôi phục trạm đo mực nước tự động, bảo đảm truyền số liệu liên tục về Ban Chỉ huy."
    )
    assert "statistics" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Đài Truyền thanh huyện tăng thời lượng tuyên truyền về chống buôn lậu, hàng giả dịp cuối năm.",
        "Ban Tuyên giáo Huyện ủy định hướng thông tin, dư luận xã hội về việc sắp xếp đơn vị hành chính cấp xã.",
        "Ban Tuyên giáo Thị ủy định hướng công tác tuyên truyền về bầu cử đại biểu Quốc hội.",
    ],
)
def test_steering_the_press_and_the_public_is_communication(text: str) -> None:
    got = topics(text)
    assert "communication" in got
    assert "planning" not in got


def test_a_childrens_festival_is_an_event() -> None:
    assert "events" in topics("Huyện đoàn tổ chức Liên hoan thiếu nhi huyện nhân dịp Tết Trung thu năm 2024.")


def test_holding_a_drill_is_training_a_drill_plan_another_task_is_about_is_not() -> None:
    assert "training" in topics(
        "Ban Chỉ huy Quân sự xã tổ chức diễn tập phòng thủ dân sự trong quý III/2025."
    )
    got = topics(
        "Tham mưu Giám đốc Sở báo cáo UBND tỉnh về việc triển khai Kế hoạch diễn tập ứng phó sự cố hóa chất."
    )
    assert "training" not in got


def test_donations_received_and_handed_out_are_finance_and_a_periodic_report_of_results_is_reporting() -> (
    None
):
    got = topics(
        "Ủy ban MTTQ huyện tiếp nhận, phân bổ nguồn ủng hộ đồng bào bị lũ lụt đúng đối tượng; "
        "định kỳ báo cáo kết quả với Thường trực Huyện ủy."
    )
    assert {"finance", "reporting"} <= got


def test_a_food_safety_check_is_inspection_beside_the_market_scales() -> None:
    got = topics(
        "Phòng Kinh tế xã kiểm tra an toàn thực phẩm tại chợ phiên; bố trí cân đối chứng cho người mua tự kiểm tra."
    )
    assert {"inspection", "metrology"} <= got


def test_a_monitoring_team_a_report_is_sent_to_is_no_inspection() -> None:
    got = topics(
        "Sở Xây dựng báo cáo tình hình cấp phép xây dựng nhà ở riêng lẻ gửi Đoàn giám sát trước ngày 15/10."
    )
    assert "inspection" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban MTTQ huyện tổng hợp ý kiến cử tri, báo cáo Thường trực HĐND huyện để phục vụ kỳ họp thứ 8.",
        "UBND xã trả lời dứt điểm các kiến nghị cử tri còn tồn đọng từ kỳ họp thứ 5, gửi báo cáo về Thường trực HĐND.",
    ],
)
def test_a_council_session_a_report_serves_or_left_behind_is_no_event(text: str) -> None:
    assert "events" not in topics(text)


def test_staff_outside_the_payroll_whom_a_policy_is_for_is_not_personnel() -> None:
    got = topics(
        "Ban Văn hóa - Xã hội HĐND huyện khảo sát tình hình thực hiện chính sách đối với nhân viên y tế thôn bản "
        "hợp đồng ngoài biên chế."
    )
    assert "personnel" not in got


def test_vital_facilities_kept_powered_are_not_investment() -> None:
    got = topics(
        "Điện lực huyện bảo đảm cấp điện ổn định cho các công trình trọng yếu trong thời gian mưa lũ."
    )
    assert "investment" not in got


def test_preparing_papers_for_a_council_session_stays_an_event() -> None:
    assert "events" in topics(
        "Văn phòng HĐND huyện chuẩn bị nội dung, tài liệu phục vụ kỳ họp thứ 8 HĐND huyện."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự; tuyên truyền nhân dân không đốt pháo nổ dịp Tết.",
        "Các Hạt Kiểm lâm tăng cường tuần tra, canh gác lửa tại các vùng rừng thông trọng điểm.",
    ],
)
def test_a_fire_watch_or_a_patrol_for_public_order_is_no_inspection(text: str) -> None:
    assert "inspection" not in topics(text)


def test_a_joint_border_patrol_stays_inspection() -> None:
    assert "inspection" in topics(
        "Đồn Biên phòng phối hợp với Ban quản lý rừng tổ chức tuần tra chung 02 đợt."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hội Cựu chiến binh huyện vận động hội viên đóng góp ủng hộ Quỹ Đền ơn đáp nghĩa.",
        'Ủy ban MTTQ xã vận động Quỹ "Vì người nghèo" năm 2024 đạt chỉ tiêu huyện giao.',
    ],
)
def test_raising_donations_for_a_fund_is_finance(text: str) -> None:
    assert "finance" in topics(text)


def test_oversight_of_how_petitions_are_settled_is_inspection() -> None:
    got = topics(
        "Ủy ban MTTQ huyện giám sát việc giải quyết kiến nghị của cử tri về bồi thường, hỗ trợ tái định cư dự án "
        "đường tránh thị trấn."
    )
    assert "inspection" in got
