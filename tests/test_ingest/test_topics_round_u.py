"""Topics on the round-U notices (home affairs and organisation; elected bodies and their oversight; investment,
industrial parks and enterprises): the general causes, on variants.

Each case is a small task written the way provincial and district notices write them, not a sentence of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- personnel: reorganisation, awards, candidates


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Nội vụ hoàn thiện Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, trình UBND huyện.",
        "UBND thị xã lập phương án bố trí, sắp xếp cán bộ, công chức cấp xã dôi dư, báo cáo Sở Nội vụ trong quý III.",
        "Phòng Nội vụ chấn chỉnh việc bình xét thi đua cuối năm ở các trường học, tránh cào bằng.",
        "Bảo hiểm xã hội huyện giải quyết kịp thời chế độ hưu trí cho người lao động dôi dư.",
        "Ủy ban bầu cử huyện thẩm tra hồ sơ người ứng cử đại biểu HĐND huyện, hoàn thành trước ngày 20/4.",
        "Ban Thường trực Ủy ban MTTQ huyện chuẩn bị Hội nghị hiệp thương lần thứ ba, lập danh sách chính thức.",
    ],
)
def test_reorganisation_emulation_pensions_and_candidates_are_personnel(text: str) -> None:
    assert "personnel" in topics(text)


def test_a_reorganisation_is_no_plan_and_a_settling_timeline_is_no_plan() -> None:
    assert topics("Sở Nội vụ hoàn chỉnh Đề án sắp xếp các đơn vị hành chính cấp xã, trình UBND tỉnh.") == {
        "personnel"
    }
    assert "planning" not in topics(
        "UBND các huyện bố trí, sắp xếp cán bộ dôi dư, có lộ trình giải quyết cụ thể cho từng trường hợp."
    )


def test_outreach_about_a_reorganisation_is_communication_not_personnel() -> None:
    assert topics("Đài Truyền thanh huyện tuyên truyền về chủ trương sắp xếp đơn vị hành chính cấp xã.") == {
        "communication"
    }


def test_complaints_about_candidates_are_complaint_work() -> None:
    assert topics(
        "Tổ giúp việc tiếp nhận, giải quyết đơn thư liên quan đến người ứng cử theo thẩm quyền."
    ) == {"inspection"}


# --------------------------------------------------------------------------- inspection: wrongdoing, oversight follow-up


@pytest.mark.parametrize(
    "text",
    [
        "Thanh tra Sở theo dõi kỳ xét tuyển viên chức, phát hiện và xử lý các sai phạm nếu có.",
        "Ban Pháp chế HĐND huyện theo dõi việc thực hiện kiến nghị sau giám sát của các cơ quan.",
        "Phòng Kinh tế kiểm tra tình hình thực hiện các dự án ngoài ngân sách chậm tiến độ.",
    ],
)
def test_wrongdoing_oversight_follow_up_and_status_checks_are_inspection(text: str) -> None:
    assert "inspection" in topics(text)


def test_complaints_kept_from_arising_are_no_complaint_work() -> None:
    assert "inspection" not in topics(
        "UBND xã chi trả kịp thời chế độ cho các hộ, không để phát sinh đơn thư kéo dài."
    )


# --------------------------------------------------------------------------- events: ceremonies, business dialogues


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng UBND huyện chuẩn bị Lễ trao tặng Huân chương Lao động cho các tập thể trong tháng 9.",
        "Sở Công Thương tổ chức Hội nghị đối thoại doanh nghiệp ngành gỗ trong quý III.",
        "Hiệp hội Doanh nghiệp phối hợp tổ chức chương trình cà phê doanh nhân hằng tháng.",
    ],
)
def test_ceremonies_and_business_dialogues_are_events(text: str) -> None:
    assert "events" in topics(text)


# --------------------------------------------------------------------------- investment and its neighbours


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Phát triển hạ tầng khu công nghiệp nạo vét hệ thống thoát nước trước mùa mưa.",
        "Về hạ tầng KCN Phú Thái: Ban Quản lý phối hợp với nhà đầu tư khắc phục các tuyến đường nội bộ hư hỏng.",
        "UBND huyện sửa chữa, nâng cấp tuyến đường vào cụm tiểu thủ công nghiệp trong năm 2025.",
    ],
)
def test_an_industrial_parks_infrastructure_and_road_works_are_investment(text: str) -> None:
    assert "investment" in topics(text)


def test_an_infrastructure_developer_named_is_no_investment_beside_a_subject() -> None:
    assert "investment" not in topics(
        "Yêu cầu chủ đầu tư hạ tầng KCN Điềm Thụy lắp đặt thiết bị đo lưu lượng nước thải, đưa đi kiểm định."
    )


def test_a_hall_repaired_for_a_games_is_no_investment_and_a_firms_dialogue_on_wages_no_event() -> None:
    assert "investment" not in topics(
        "Đôn đốc nhà thầu hoàn thành sửa chữa, nâng cấp Nhà thi đấu trước ngày khai mạc."
    )
    assert "events" not in topics("Công đoàn tổ chức đối thoại với doanh nghiệp về tiền lương, thưởng Tết.")
    assert "inspection" not in topics(
        "Các sở trả lời đầy đủ các kiến nghị sau giám sát của HĐND tỉnh trước ngày 15/10."
    )


def test_an_investment_certificate_stays_investment_beside_a_faster_procedure() -> None:
    assert topics(
        "Rút ngắn thời gian giải quyết hồ sơ cấp Giấy chứng nhận đăng ký đầu tư còn 7 ngày làm việc."
    ) == {
        "administrative-reform",
        "investment",
    }


def test_investment_promotion_programme_drafted_is_planning() -> None:
    assert "planning" in topics(
        "Trung tâm Xúc tiến lập Chương trình xúc tiến đầu tư năm 2026, gửi Sở Tài chính."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Lao động tổng hợp nhu cầu học nghề của lao động bị thu hồi đất tại dự án.",
        "Công an xã xây dựng phương án bảo vệ thi công tuyến đường vành đai.",
        "Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật, kết nối phần mềm quản lý văn bản cho các xã mới.",
    ],
)
def test_landless_workers_a_guarded_site_and_it_infrastructure_are_no_investment(text: str) -> None:
    assert "investment" not in topics(text)


def test_job_courses_for_workers_are_training() -> None:
    assert "training" in topics(
        "Phòng Lao động tổng hợp nhu cầu học nghề của lao động bị thu hồi đất tại dự án."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sở Giao thông vận tải rút ngắn thời gian giải quyết cấp phù hiệu xe tải xuống 3 ngày.",
        "Sở Giao thông vận tải công khai các quy trình tại Bộ phận một cửa của Sở.",
        "Ban Quản lý tiếp nhận hồ sơ điều chỉnh trực tuyến, không yêu cầu nộp bản hồ sơ giấy.",
    ],
)
def test_faster_settlement_one_stop_desk_and_paperless_filing_are_administrative_reform(text: str) -> None:
    assert "administrative-reform" in topics(text)


# --------------------------------------------------------------------------- metrology and training: other senses


def test_a_fuel_depot_is_no_metrology() -> None:
    assert "metrology" not in topics("Sở Công Thương thẩm định hồ sơ an toàn của các kho xăng dầu, hóa chất.")


def test_a_fuel_dispenser_stays_metrology() -> None:
    assert "metrology" in topics("Chi cục kiểm định các cột đo xăng dầu tại các cửa hàng trên địa bàn.")


def test_a_course_already_held_only_dates_the_task() -> None:
    assert "training" not in topics(
        "Sau đợt tập huấn, Phòng Tôn giáo báo cáo Giám đốc Sở tình hình các cơ sở."
    )
