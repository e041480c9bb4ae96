"""Topics on the round-Q notices (natural resources and mining; transport; inspectorates, culture, sports and tourism):
the general causes, on variants.

Each case is a small task written the way provincial notices write them, not a sentence of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context, masked=masked)}


# --------------------------------------------------------------------------- events: festivals, sports, spring fairs


@pytest.mark.parametrize(
    "text",
    [
        "Hoàn chỉnh kịch bản chi tiết phần lễ, phần hội của Lễ hội đền Hùng; trình Ban Tổ chức phê duyệt trước ngày 10/3.",
        "Phòng Văn hóa huyện xây dựng kịch bản chương trình nghệ thuật đêm khai mạc, trình UBND huyện trước ngày 20/4.",
        "Ban Quản lý di tích chuẩn bị đồ tế lễ, đội tế và lễ rước kiệu; hoàn thành trước ngày 01/02.",
        "UBND thị trấn tổ chức các điểm vui xuân, đường hoa, chợ hoa Tết tại quảng trường trung tâm.",
        "Trung tâm Văn hóa - Thể thao huyện tổ chức Giải Việt dã truyền thống mừng Đảng, mừng Xuân; ban hành điều lệ giải.",
        "UBND xã chủ trì tổ chức các trò chơi dân gian, thi đấu thể thao trong dịp Tết Nguyên đán.",
        "Sở Văn hóa, Thể thao và Du lịch tổ chức Giải đua thuyền truyền thống trên sông Hương dịp Quốc khánh 2/9.",
    ],
)
def test_festivals_sports_and_spring_fairs_are_events(text):
    assert "events" in topics(text)


def test_a_festival_named_like_a_body_is_still_the_event():
    # the agency finder may take "Hội Xuân" (head "Hội" + a capital) for a body; a name that is nothing but an event's
    # strong keyword is the event
    text = "Hoàn chỉnh Kế hoạch tổ chức Hội Xuân Núi Cấm, trình UBND tỉnh trước ngày 20/01."
    s = text.index("Hội Xuân")
    assert "events" in topics(text, masked=[(s, s + len("Hội Xuân"))])


def test_a_dressed_up_town_for_an_event_is_events_when_nothing_else_is_said():
    assert topics(
        "UBND thành phố hoàn thành việc chỉnh trang đô thị, trang trí các tuyến phố chính trước ngày 5/3."
    ) == {"events"}


def test_a_weak_mention_in_another_clause_does_not_take_that_clause():
    # the strong events hit is in the first clause; "Đại hội" in the second is a mention, the plan there is a task
    text = (
        "Phòng Quản lý TDTT chuẩn bị tổ chức lễ khai mạc Hội khỏe Phù Đổng cấp tỉnh; "
        "xây dựng kế hoạch tham dự Đại hội Thể dục thể thao toàn quốc năm 2026."
    )
    assert topics(text) == {"events", "planning"}


# --------------------------------------------------------------------------- investment and finance: what they are not


@pytest.mark.parametrize(
    "text",
    [
        "Rà soát việc khai thác nước dưới đất của các doanh nghiệp trong Khu công nghiệp Nam Cấm và Khu công nghiệp Đông "
        "Hồi.",
        "Hướng dẫn các doanh nghiệp tại Khu công nghiệp Phố Nối A và Khu công nghiệp Thăng Long II đăng ký khai thác nước.",
    ],
)
def test_a_named_zone_is_a_place_not_investment(text):
    assert "investment" not in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanh tra huyện tham mưu Chủ tịch UBND huyện giải quyết dứt điểm vụ khiếu nại của ông Nguyễn Văn A liên quan bồi "
        "thường khi thu hồi đất thực hiện dự án đường huyện ĐH.12.",
        "Phòng Tiếp công dân xác minh nội dung đơn khiếu nại của các hộ dân về giá bồi thường, tái định cư của dự án Khu "
        "dân cư phía Bắc.",
    ],
)
def test_what_a_complaint_is_about_is_not_the_task(text):
    assert topics(text) == {"inspection"}


@pytest.mark.parametrize(
    "text",
    [
        "Xây dựng Kế hoạch xác minh tài sản, thu nhập năm 2026 đối với người có nghĩa vụ kê khai, trình Chánh Thanh tra.",
        "Các cơ quan, đơn vị tổ chức kê khai tài sản, thu nhập hằng năm đúng thời hạn theo quy định.",
    ],
)
def test_asset_declarations_are_anti_corruption_not_finance(text):
    got = topics(text)
    assert "inspection" in got and "finance" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tài chính cân đối, tham mưu UBND tỉnh bố trí kinh phí cho lực lượng kiểm tra liên ngành năm 2026.",
        "Phòng Tài chính - Kế hoạch bố trí kinh phí cho các lực lượng kiểm tra trong đợt cao điểm.",
    ],
)
def test_funding_a_checking_force_is_finance_only(text):
    assert topics(text) == {"finance"}


def test_price_declarations_are_finance():
    assert "finance" in topics(
        "Sở Tài chính hướng dẫn các doanh nghiệp vận tải đăng ký, kê khai lại giá cước theo quy định."
    )
    assert "finance" in topics("Các đơn vị kinh doanh thực hiện kê khai giá vé trước khi điều chỉnh.")


def test_a_contractors_standby_crew_is_no_personnel():
    assert "personnel" not in topics(
        "Bố trí vật tư, nhân lực thường trực tại các điểm xung yếu trong mùa mưa bão."
    )


# --------------------------------------------------------------------------- what was missed


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị Khu Quản lý đường bộ sửa chữa lan can, gia cố mố cầu Suối Cát; hoàn thành trong quý IV.",
        "Cảng vụ khẩn trương hoàn thiện hồ sơ sửa chữa cầu cảng Bến Đầm, trình thẩm định trong quý III.",
    ],
)
def test_repair_works_on_a_structure_are_investment(text):
    assert "investment" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị Cục Đăng kiểm Việt Nam sớm cấp lại chứng chỉ đăng kiểm viên cho các Trung tâm trên địa bàn.",
        "Công an tỉnh cử cán bộ có chuyên môn phù hợp hỗ trợ Trung tâm Đăng kiểm trong thời gian cao điểm.",
    ],
)
def test_staff_sent_or_certified_are_personnel(text):
    assert "personnel" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phê bình UBND xã Tân Lập không cử cán bộ tham dự hội nghị; yêu cầu báo cáo giải trình.",
        "Đề nghị UBND huyện cử cán bộ làm việc với Sở trong tháng 12 để triển khai tương tự tại các xã.",
    ],
)
def test_someone_sent_to_a_meeting_is_no_personnel(text):
    assert "personnel" not in topics(text)


def test_a_check_of_price_declarations_is_inspection_only():
    text = "Sở Tài chính kiểm tra việc chấp hành pháp luật về giá, kê khai giá, niêm yết giá tại các doanh nghiệp."
    assert topics(text) == {"inspection"}


def test_sites_without_a_permit_cleared_are_inspection():
    assert "inspection" in topics(
        "UBND huyện khẩn trương giải tỏa các bến bãi tập kết cát, sỏi không phép tại xã Đại Hưng."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Khu Quản lý đường bộ hoàn chỉnh phương án tổ chức giao thông nút giao Quốc lộ 1 trước cổng Bến xe phía Nam.",
        "Sở Kế hoạch và Đầu tư đề xuất bổ sung danh mục dự án vào kế hoạch đầu tư công trung hạn 2026 - 2030.",
    ],
)
def test_traffic_schemes_and_the_medium_term_investment_plan_are_planning(text):
    assert "planning" in topics(text)


# --------------------------------------------------------------------------- metrology, standards, statistics


def test_the_meters_of_a_checking_force_calibrated_are_metrology_only():
    text = (
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm định, hiệu chuẩn máy đo độ ồn của lực lượng kiểm "
        "tra liên ngành tỉnh trong quý IV."
    )
    assert topics(text) == {"metrology"}


def test_an_inspectors_meter_is_the_tool_of_the_check():
    text = (
        "Thanh tra Sở kiểm tra hoạt động karaoke; sử dụng máy đo độ ồn kiểm tra mức âm thanh tại các cơ sở."
    )
    assert topics(text) == {"inspection"}


def test_a_national_limit_exceeded_is_the_rule_enforced():
    text = "Công an tỉnh xử lý nghiêm các cơ sở gây tiếng ồn vượt Quy chuẩn kỹ thuật quốc gia QCVN 26:2010/BTNMT."
    assert topics(text) == {"inspection"}


def test_a_survey_to_propose_sites_is_no_statistics():
    assert "statistics" not in topics(
        "UBND huyện khảo sát, đề xuất các khu vực đưa ra đấu giá quyền khai thác cát."
    )
