"""Topics of directives, round J: how market, metrology and urban-order notices word their tasks.

Each snippet is written for these tests (not copied from a test notice) in the way district and provincial
notices word such tasks; each checks one rule of `ketluan.ingest.topics` or one phrase of ``ontology/topics.ttl``.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- food safety is checked, not a standard


@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm Y tế huyện phối hợp kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu chế xuất.",
        "Trạm Y tế xã phối hợp kiểm tra vệ sinh an toàn thực phẩm tại các quán ăn dọc quốc lộ.",
    ],
)
def test_food_safety_check_is_inspection_not_standards(text):
    assert topics(text) == {"inspection"}


def test_food_safety_report_is_reporting():
    text = (
        "Phòng Tổng hợp tổng hợp báo cáo Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm kết quả sau Tết."
    )
    assert topics(text) == {"reporting"}


# --------------------------------------------------------------------------- a cited legal document's title


def test_title_of_a_decree_cited_as_basis_is_masked():
    text = (
        "Thanh tra Sở xử phạt các cơ sở vi phạm theo Nghị định số 119/2017/NĐ-CP ngày 01/11/2017 của Chính phủ quy "
        "định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường và chất lượng sản phẩm, hàng hóa."
    )
    assert topics(text) == {"inspection"}


def test_title_masking_stops_where_the_task_goes_on():
    text = (
        "Chi cục xây dựng kế hoạch kiểm tra theo Thông tư số 22/2013/TT-BKHCN của Bộ Khoa học và Công nghệ, "
        "kiểm định cân tại các tiệm vàng trong quý II."
    )
    assert "metrology" in topics(text)


def test_a_law_that_is_the_task_object_keeps_its_subject():
    assert "standards-quality" in topics(
        "Triển khai Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) tới doanh nghiệp."
    )
    assert "metrology" in topics("Quán triệt và thực hiện nghiêm Luật Đo lường năm 2011 tại các chợ.")


# --------------------------------------------------------------------------- news, websites and the media


def test_news_coverage_is_communication_not_what_it_covers():
    text = "Đài Truyền thanh huyện thường xuyên đưa tin về kết quả xử lý các xe vi phạm tải trọng trên tuyến."
    assert topics(text) == {"communication"}


def test_posting_on_the_website_is_communication():
    text = "Văn phòng Sở đăng tải danh sách các cơ sở vi phạm lên Cổng thông tin điện tử của Sở."
    assert "communication" in topics(text)


def test_mass_media_is_communication():
    text = "Báo tỉnh tuyên truyền kết quả kiểm tra, công khai các cơ sở vi phạm trên các phương tiện thông tin đại chúng."
    assert topics(text) == {"communication"}


def test_a_list_wrapped_after_a_comma_stays_one_clause():
    # the object of "tuyên truyền" runs on over a line break that follows a comma
    text = "Đài Truyền thanh xã tuyên truyền trên loa truyền thanh,\nTrang thông tin điện tử của xã về các trường hợp vi phạm"
    assert topics(text) == {"communication"}


@pytest.mark.parametrize(
    "text",
    [
        "Hội Nông dân xã tuyên truyền để bà con biết quyền lợi, mạnh dạn phản ánh khi phát hiện cân thiếu.",
        "Hội Nghề cá tuyên truyền để ngư dân đưa cân đi kiểm định trước mùa vụ.",
    ],
)
def test_propaganda_whose_subject_is_only_its_purpose_is_communication(text):
    assert topics(text) == {"communication"}


def test_a_report_after_the_purpose_does_not_take_the_task():
    """The closing report stands beside the subject (topics rule 13), it does not take the task's place."""
    text = 'Chọn 01 chợ để xây dựng mô hình "Chợ văn minh đo lường"; báo cáo kết quả trước ngày 30/11/2025.'
    assert topics(text) == {"metrology", "reporting"}


# --------------------------------------------------------------------------- what is not an inspection


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Cấp nước kiểm tra, thay thế đồng hồ nước hết hạn kiểm định; kiểm định đồng hồ khi khách hàng có "
        "khiếu nại.",
        "Phối hợp kiểm tra đối chứng đồng hồ nước tại các hộ có khiếu nại về sai số.",
        "Hội Phụ nữ tuyên truyền, hướng dẫn hội viên tự kiểm tra cân, phản ánh hành vi gian lận qua đường dây nóng.",
        "Hướng dẫn người dân kiểm tra chỉ số đồng hồ nước, niêm phong đồng hồ.",
    ],
)
def test_meter_checks_and_citizens_reports_are_not_inspection(text):
    got = topics(text)
    assert "inspection" not in got
    assert "statistics" not in got


def test_compiling_check_results_is_reporting():
    assert topics("Tổng hợp kết quả kiểm tra cả đợt, dự thảo báo cáo trình Trưởng đoàn.") == {"reporting"}


def test_food_poisoning_response_is_not_enforcement():
    text = "Chi cục chủ động điều tra, xử lý kịp thời các vụ ngộ độc thực phẩm đông người."
    assert "inspection" not in topics(text)


def test_checking_office_discipline_is_not_inspection():
    assert "inspection" not in topics(
        "Phòng Nội vụ kiểm tra việc chấp hành giờ giấc làm việc của công chức các xã."
    )


# --------------------------------------------------------------------------- what is an inspection


@pytest.mark.parametrize(
    "text",
    [
        "Công an xã xử lý tình trạng lấn chiếm hành lang an toàn giao thông trên tuyến tỉnh lộ.",
        "Công an tỉnh điều tra, xử lý các hành vi làm sai lệch dữ liệu quan trắc môi trường.",
        "Phòng Tài nguyên và Môi trường tăng cường giám sát các cơ sở ngoài khu công nghiệp có nguồn thải lớn.",
        "Ngân hàng Nhà nước kiểm tra việc chấp hành quy định về mua bán vàng miếng của các tổ chức tín dụng.",
    ],
)
def test_enforcement_tasks_are_inspection_only(text):
    assert topics(text) == {"inspection"}


def test_checking_tax_declarations_is_inspection_and_finance():
    assert topics("Cục Thuế phối hợp kiểm tra việc kê khai, nộp thuế của các cơ sở kinh doanh vàng.") == {
        "inspection",
        "finance",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Đội Quản lý thị trường kiểm tra hóa đơn, chứng từ, nguồn gốc hàng hóa tại các điểm thu mua nông sản.",
        "Đội Quản lý thị trường kiểm tra hoá đơn chứng từ, nguồn gốc vàng trang sức tại các cửa hàng.",
        "Tăng cường kiểm tra, xử lý nghiêm hành vi không xuất hóa đơn, không niêm yết giá.",
    ],
)
def test_invoices_in_a_market_inspection_are_not_finance(text):
    assert topics(text) == {"inspection"}


def test_an_invoice_task_alone_is_still_finance():
    assert topics(
        "Chi cục Thuế đôn đốc các cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng."
    ) == {"finance"}


# --------------------------------------------------------------------------- metrology


def test_short_weight_is_metrology():
    assert "metrology" in topics("Ban Quản lý chợ chịu trách nhiệm chấm dứt tình trạng cân thiếu tại chợ.")


def test_meter_tampering_is_metrology():
    text = "Kiểm tra đột xuất xe taxi tại bến xe; xử lý nghiêm các trường hợp can thiệp đồng hồ tính tiền."
    assert topics(text) == {"inspection", "metrology"}


# --------------------------------------------------------------------------- false friends


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Trung tâm bố trí kiểm định đồng hồ taxi ngoài giờ hành chính tại bãi xe.", "administrative-reform"),
        ("Thanh tra các cơ sở có số liệu quan trắc vượt quy chuẩn kỹ thuật nhiều lần.", "standards-quality"),
        ("Đôn đốc doanh nghiệp hoàn thành lắp đặt, kết nối truyền dữ liệu quan trắc về Sở.", "statistics"),
        ("Tổng hợp, báo cáo Chủ tịch UBND huyện vào cuộc họp giao ban tháng 12.", "events"),
        ("Xây dựng mô hình chợ văn minh thương mại tại chợ trung tâm xã.", "technology-transfer"),
        ('Xây dựng mô hình "Chợ an toàn thực phẩm" tại chợ trung tâm xã.', "technology-transfer"),
        ("Xây dựng phương án tổ chức kỳ thi tuyển sinh vào lớp 10 năm học tới.", "personnel"),
        ("Kiện toàn lực lượng xung kích phòng, chống thiên tai ở các xã ven biển.", "personnel"),
        ("Rà soát cửa hàng hết hạn giấy chứng nhận đủ điều kiện, làm thủ tục cấp lại.", "standards-quality"),
    ],
)
def test_false_friends(text, wrong):
    assert wrong not in topics(text)


def test_report_at_the_briefing_is_reporting_only():
    assert topics("Tổng hợp, báo cáo Chủ tịch UBND huyện vào cuộc họp giao ban tháng 12.") == {"reporting"}
