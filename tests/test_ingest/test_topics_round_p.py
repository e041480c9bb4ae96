"""Topics on the round-P notices (public security, state finance, agriculture): the general causes, on variants.

Each case is a small task written the way provincial notices write them, not a sentence of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


@pytest.mark.parametrize(
    "text",
    [
        # tax arrears collected by compulsion: money work, not inspection
        "Chi cục Thuế huyện đôn đốc thu nợ thuế, áp dụng biện pháp cưỡng chế đối với các doanh nghiệp chây ỳ.",
        "Cục Thuế tỉnh quyết liệt thu hồi nợ đọng, áp dụng đầy đủ các biện pháp cưỡng chế nợ thuế trong quý IV.",
        # preparing a court judgment's enforcement
        "Chấp hành viên lập dự trù kinh phí cưỡng chế, gửi Cục Thi hành án dân sự tỉnh.",
        "Công an huyện bố trí lực lượng bảo vệ cưỡng chế thi hành án tại xã Long Điền.",
    ],
)
def test_compulsion_alone_is_not_inspection(text):
    assert "inspection" not in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị Viện Kiểm sát nhân dân huyện cử Kiểm sát viên kiểm sát việc kê biên, bán đấu giá tài sản.",
        "Phòng Cảnh sát PCCC và CNCH kiểm tra an toàn PCCC tại các nhà trọ; tổ chức huấn luyện nghiệp vụ cho dân phòng.",
        "Công an xã kiểm tra an toàn phòng cháy tại các chợ; bố trí kinh phí mua bình chữa cháy cho các tổ dân phố.",
        "Ngân hàng Nhà nước chi nhánh tỉnh phối hợp kiểm tra, giám sát hoạt động ủy thác cho vay tại các phòng giao dịch.",
        # the penalty enforced keeps its own words
        "Thanh tra Sở cưỡng chế thi hành quyết định xử phạt vi phạm hành chính đối với cơ sở.",
    ],
)
def test_inspection_cues(text):
    assert "inspection" in topics(text)


def test_vetting_of_conscripts_is_neither_standards_nor_party_work():
    got = topics(
        "Công an xã thẩm tra, xác minh tiêu chuẩn chính trị của thanh niên đủ điều kiện nhập ngũ năm 2021."
    )
    assert not got & {"standards-quality", "party-affairs"}


def test_selection_of_conscripts_is_not_a_research_call():
    got = topics(
        "UBND các xã quán triệt thực hiện nghiêm quy trình tuyển chọn công dân nhập ngũ, công khai danh sách."
    )
    assert not got & {"research-projects", "party-affairs"}
    # a call for S&T tasks still is
    assert "research-projects" in topics(
        "Sở Khoa học và Công nghệ tuyển chọn tổ chức chủ trì nhiệm vụ, xác định nhiệm vụ năm 2022."
    )


def test_black_credit_is_crime_not_finance():
    assert "finance" not in topics(
        "Công an tỉnh tấn công, trấn áp tội phạm cờ bạc, tín dụng đen dịp cuối năm."
    )
    assert "finance" in topics(
        "Ngân hàng Chính sách xã hội nâng cao chất lượng tín dụng chính sách, giảm nợ quá hạn."
    )


def test_duty_allowance_is_not_training():
    got = topics(
        "Sở Tài chính bố trí kinh phí bồi dưỡng lực lượng trực bảo đảm an ninh dịp lễ, chậm nhất ngày 20/4."
    )
    assert got == {"finance"}
    assert "training" in topics("Sở Nội vụ mở lớp bồi dưỡng nghiệp vụ cho công chức cấp xã trong quý III.")


def test_data_link_is_not_statistics():
    assert "statistics" not in topics(
        "Các cửa hàng xăng dầu khẩn trương hoàn thành kết nối dữ liệu hóa đơn với cơ quan thuế."
    )


def test_a_press_column_is_communication():
    assert "communication" in topics(
        "Báo tỉnh, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục phản ánh các vi phạm tải trọng xe."
    )


def test_recovering_money_for_the_state_is_finance():
    assert "finance" in topics(
        "Cơ quan thi hành án tập trung thu hồi tiền, tài sản cho Nhà nước trong các vụ án tham nhũng."
    )


def test_loan_money_is_finance():
    assert "finance" in topics(
        "Hội Phụ nữ tỉnh chỉ đạo các cấp hội kiểm tra việc sử dụng vốn vay của hội viên."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương tổ chức các hội chợ, phiên chợ giới thiệu sản phẩm OCOP tại các huyện trong tháng 12.",
        "Trung tâm Xúc tiến thương mại tổ chức hội chợ giới thiệu sản phẩm OCOP và đặc sản vùng miền năm 2024.",
    ],
)
def test_a_fair_showing_products_is_an_event(text):
    assert topics(text) == {"events"}


def test_rating_products_is_still_standards():
    got = topics("Chi cục Phát triển nông thôn tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2.")
    assert "standards-quality" in got


def test_fireworks_are_an_event():
    assert "events" in topics(
        "Bộ Chỉ huy Quân sự tỉnh chủ trì tổ chức bắn pháo hoa tầm thấp đêm Giao thừa tại công viên."
    )


def test_grant_contract_of_a_science_fund_is_research_projects():
    got = topics(
        "Cơ quan điều hành Quỹ ký hợp đồng tài trợ, tạm ứng kinh phí cho các tổ chức chủ trì trước ngày 30/5."
    )
    assert {"finance", "research-projects"} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Tài chính - Kế hoạch tham mưu UBND huyện điều chuyển vốn từ các công trình chậm giải ngân sang công trình có khối lượng.",
        "Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh điều chuyển kế hoạch vốn của các dự án giải ngân dưới 40%.",
        "Kho bạc Nhà nước huyện thanh toán kịp thời khối lượng hoàn thành cho các nhà thầu.",
        "Quỹ Đầu tư phát triển tỉnh đẩy nhanh giải ngân vốn cho vay các dự án hạ tầng kinh tế - xã hội.",
    ],
)
def test_capital_of_projects_is_investment(text):
    assert "investment" in topics(text)


def test_owner_of_a_named_project_alone_is_not_investment():
    got = topics(
        "Chi cục Thuế đôn đốc chủ đầu tư dự án Khu đô thị mới Nam Sông nộp tiền sử dụng đất trong tháng 10."
    )
    assert got == {"finance"}
    # the owner with works of its own still is
    assert "investment" in topics(
        "UBND các xã rà soát các công trình do xã làm chủ đầu tư, hoàn thành quyết toán trong năm."
    )


def test_monthly_report_of_results_is_reporting():
    got = topics(
        "Công an huyện tăng cường tuần tra, xử lý vi phạm tải trọng xe; định kỳ hằng tháng báo cáo kết quả về UBND huyện."
    )
    assert {"inspection", "reporting"} <= got


def test_a_tax_office_named_in_full_is_masked():
    got = topics(
        "Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định cột đo xăng dầu, thông báo kết quả cho Cục Thuế tỉnh."
    )
    assert got == {"metrology"}


def test_political_security_is_no_party_work() -> None:
    """ "an ninh chính trị" is the police's and the army's field (political security), not Party work."""
    text = "Công an tỉnh xây dựng phương án bảo đảm an ninh chính trị, trật tự an toàn xã hội trong thời gian diễn tập."
    assert "party-affairs" not in {h.topic for h in classify_topics(text)}
    assert "party-affairs" in {
        h.topic for h in classify_topics("Quán triệt nhiệm vụ chính trị, tư tưởng cho đảng viên.")
    }
