"""Topics on the round-T notices (national target programmes; the other sectors of a Sở KH&CN; tourism, sport,
festivals and foreign visits): the general causes, on variants.

Each case is a small task written the way provincial and district notices write them, not a sentence of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- events: visits, sports and festival services


@pytest.mark.parametrize(
    "text",
    [
        "Công an tỉnh bố trí xe dẫn đoàn, bảo vệ an toàn cho Đoàn đại biểu tỉnh Chăm-pa-sắc trong thời gian thăm tỉnh.",
        "Sở Văn hóa, Thể thao và Du lịch chuẩn bị chương trình văn nghệ chào đón Đoàn tại Nhà văn hóa trung tâm tỉnh.",
        "Sở Ngoại vụ chủ trì xây dựng chương trình chi tiết, bố trí phiên dịch cho Đoàn công tác tỉnh Hủa Phăn.",
        "Sở Giao thông vận tải bố trí xe đưa đón các đoàn vận động viên từ ga Đồng Hới về khách sạn.",
        "Công ty Điện lực bảo đảm cấp điện ổn định cho Nhà thi đấu trong suốt thời gian diễn ra giải.",
        "Công an thành phố bảo đảm an ninh trật tự khu vực khán đài bờ sông Hàn trong các đêm thi.",
        "Công an huyện xây dựng phương án bảo đảm trật tự, an toàn giao thông tại khu vực tổ chức Lễ khai trương mùa du lịch.",
        "Sở Văn hóa và Thể thao tổ chức các hoạt động văn hóa, thể thao chào mừng năm mới, mừng Đảng, mừng Xuân tại quảng trường.",
    ],
)
def test_the_services_and_programme_of_an_event_are_events(text: str) -> None:
    assert "events" in topics(text)


def test_mung_dang_mung_xuan_is_no_party_work() -> None:
    assert "party-affairs" not in topics(
        "Phòng Văn hóa tổ chức các hoạt động vui chơi mừng Đảng, mừng Xuân tại các phường."
    )


def test_the_cost_of_an_event_is_finance_alone() -> None:
    assert topics(
        "Sở Tài chính thẩm định dự toán kinh phí tổ chức Lễ khai mạc Năm Du lịch, trình UBND tỉnh."
    ) == {"finance"}


# --------------------------------------------------------------------------- planning


def test_following_a_plan_is_not_planning() -> None:
    assert "planning" not in topics("Tổ chức tổng duyệt chương trình theo đúng kế hoạch trước ngày khai mạc.")


def test_a_master_plan_submitted_is_planning() -> None:
    assert "planning" in topics(
        "Sở Du lịch hoàn chỉnh Kế hoạch tổng thể và kịch bản chi tiết các sự kiện năm 2025."
    )


# --------------------------------------------------------------------------- public investment capital and funds


@pytest.mark.parametrize(
    "text",
    [
        "Quỹ Phát triển khoa học và công nghệ sửa đổi quy chế tài trợ, cho vay đối với dự án khởi nghiệp.",
        "Quỹ xây dựng quy định cho vay ưu đãi đối với dự án khởi nghiệp sáng tạo.",
    ],
)
def test_a_funds_grants_and_loans_are_finance(text: str) -> None:
    assert "finance" in topics(text)


def test_a_budget_share_for_a_field_is_finance_alone() -> None:
    text = "Sở Tài chính bố trí 2% tổng chi ngân sách tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."
    assert topics(text) == {"finance"}


def test_thuan_dinh_muc_do_is_no_cost_norm() -> None:
    assert "finance" not in topics(
        "Sở Xây dựng kiểm tra thực tế, xác định mức độ đạt tiêu chí nhà ở dân cư của các xã."
    )


# --------------------------------------------------------------------------- statistics of poor households


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Lao động - Thương binh và Xã hội hướng dẫn các xã rà soát hộ nghèo, hộ cận nghèo cuối năm 2024.",
        "UBND các xã cung cấp danh sách hộ nghèo được hỗ trợ xóa nhà tạm.",
        "Phòng Dân tộc rà soát, thẩm định danh sách hộ đề nghị hỗ trợ nhà ở, trình UBND huyện phê duyệt.",
    ],
)
def test_reviews_of_households_are_statistics(text: str) -> None:
    assert "statistics" in topics(text)


def test_data_processing_support_is_not_training() -> None:
    assert "training" not in topics("Chi cục Thống kê hỗ trợ nghiệp vụ xử lý số liệu rà soát của các xã.")


# --------------------------------------------------------------------------- radiation, marks and labels


def test_a_radiation_licence_for_a_gauge_is_no_metrology() -> None:
    text = "Nhà máy hoàn thiện hồ sơ cấp giấy phép tiến hành công việc bức xạ đối với 02 thiết bị đo mức chất lỏng."
    assert topics(text) == {"radiation-safety"}


def test_packaging_and_labels_are_no_trademark() -> None:
    assert "intellectual-property" not in topics(
        "Hợp tác xã chuẩn hóa bao bì, nhãn mác sản phẩm bưởi trước khi đánh giá."
    )


# --------------------------------------------------------------------------- communication and the Youth Union


@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm Thông tin phát hành bản tin khoa học hằng quý; tổng hợp số liệu thống kê KH&CN năm 2024.",
        "Cập nhật tin, bài lên Trang thông tin điện tử; thu thập số liệu thống kê về đổi mới công nghệ.",
    ],
)
def test_newsletters_and_news_items_are_communication(text: str) -> None:
    assert "communication" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xã tuyên truyền, vận động đoàn viên, thanh niên tham gia dọn vệ sinh kênh mương.",
    ],
)
def test_youth_union_members_are_no_party_members(text: str) -> None:
    assert "party-affairs" not in topics(text)


# --------------------------------------------------------------------------- research, inspection


def test_closing_an_accepted_project_is_research_management() -> None:
    text = "Phòng Quản lý khoa học kiểm tra hồ sơ, trình ban hành quyết định công nhận kết quả, thanh lý hợp đồng."
    assert topics(text) == {"research-projects"}


def test_checking_the_progress_of_a_project_is_inspection() -> None:
    assert topics("Ban Dân tộc kiểm tra, giám sát tiến độ thực hiện Dự án 2 tại các huyện.") == {"inspection"}


def test_a_report_at_the_next_briefing_is_no_event() -> None:
    assert "events" not in topics("Văn phòng Điều phối báo cáo kết quả thực hiện vào kỳ giao ban tháng 10.")
