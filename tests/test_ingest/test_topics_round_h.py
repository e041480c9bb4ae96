"""Topic rules and keywords added after the round-H notices (ketluan.ingest.topics, ontology/topics.ttl).

Each sentence is written for these tests in the wording of provincial, district and commune notices; the
bodies, places and figures differ from the round-H notices that showed the error.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics_of(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------------------- rule 10: work and its object


@pytest.mark.parametrize(
    "text",
    [
        # a radio station broadcasting about scales does no calibration work
        "Đài Truyền thanh huyện Yên Mô tuyên truyền về quyền của người mua hàng, vị trí đặt cân đối chứng tại "
        "chợ trên hệ thống truyền thanh huyện, xã.",
        "Phòng Văn hóa và Thông tin phát thanh 3 buổi/tuần trên loa phát thanh, tuyên truyền pháp luật về đo "
        "lường, chất lượng cho tiểu thương.",
        # the line is wrapped (PDF text): the object goes on after the line break
        "Đài Truyền thanh thị xã tuyên truyền trên hệ thống\ntruyền thanh về việc sử dụng cân đã được kiểm "
        "định, công khai các hộ\nvi phạm về đo lường.",
    ],
)
def test_propaganda_about_metrology_is_communication(text):
    assert topics_of(text) == {"communication"}


def test_funding_for_calibration_work_is_finance():
    text = (
        "Phòng Tài chính - Kế hoạch bố trí kinh phí năm 2025 cho việc thay thế chuẩn đo lường và nâng cấp "
        "thiết bị kiểm định của Trung tâm."
    )
    assert topics_of(text) == {"finance"}


def test_funding_for_tasks_is_finance():
    text = (
        "Phòng Kế hoạch - Tài chính đề xuất bố trí kinh phí sự nghiệp năm 2026 cho các nhiệm vụ hỗ trợ "
        "doanh nghiệp áp dụng hệ thống quản lý chất lượng, chuyển đổi số."
    )
    assert topics_of(text) == {"finance"}


def test_party_resolution_on_a_subject_is_party_affairs():
    text = (
        "Đảng ủy các xã Yên Lâm, Yên Thái ban hành nghị quyết chuyên đề về ứng dụng tiến bộ khoa học kỹ "
        "thuật trong sản xuất lúa chất lượng cao, hoàn thành trong quý III."
    )
    assert topics_of(text) == {"party-affairs"}


def test_promotion_with_two_channels_is_communication():
    # two weak cues of the work (propaganda, promotion, a web page, social networks) and the product only in
    # its object: communication, beside the separate reporting duty
    text = (
        "Trung tâm Văn hóa huyện đẩy mạnh tuyên truyền, quảng bá các sản phẩm OCOP của huyện trên trang "
        "thông tin điện tử và mạng xã hội; báo cáo giải trình việc chậm tiến độ."
    )
    assert topics_of(text) == {"communication", "reporting"}


def test_a_broadcast_about_the_crop_calendar_is_not_planning():
    text = "Báo Ninh Bình tăng thời lượng tuyên truyền về lịch thời vụ vụ Đông Xuân."
    assert topics_of(text) == {"communication"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a market board's own campaign for verified scales: propaganda is weak evidence and does not fire
        (
            "Ban quản lý chợ Rạng Đông tuyên truyền, vận động tiểu thương sử dụng cân đã được kiểm định.",
            {"metrology"},
        ),
        # promoting a product with a geographical indication is intellectual property (round 3 convention)
        (
            "Sở Công Thương xây dựng kế hoạch tuyên truyền, quảng bá sản phẩm bưởi mang chỉ dẫn địa lý tại các "
            "hội chợ năm 2026.",
            {"intellectual-property"},
        ),
        # funding named with the work itself keeps it ("kinh phí hiệu chuẩn", no "cho việc")
        (
            "Phòng Kế hoạch - Tài chính hướng dẫn các đơn vị bố trí kinh phí kiểm định, hiệu chuẩn trong dự "
            "toán năm 2026.",
            {"finance", "metrology"},
        ),
        # the metrology before the propaganda is the task's own
        (
            "Chi cục kiểm định cân đối chứng tại các chợ; tuyên truyền trên loa truyền thanh về quyền của "
            "người tiêu dùng.",
            {"metrology", "communication"},
        ),
    ],
)
def test_work_object_leaves_the_task_its_own_subject(text, want):
    assert topics_of(text) == want


# --------------------------------------------------------------------------- keywords (ontology/topics.ttl)


@pytest.mark.parametrize(
    "text",
    [
        # scales named by their use, place or state, and moisture meters
        "Ban quản lý chợ Hòa Bình xử lý các hộ dùng cân không đạt yêu cầu, niêm yết nội quy sử dụng cân.",
        "UBND xã Tân Phú theo dõi việc sử dụng cân của các điểm thu mua cà phê trên địa bàn.",
        "Phòng Kinh tế lập danh sách cân tại chợ Vĩnh Thạnh, chợ Long Phú gửi Chi cục trước ngày 20/5.",
        "Trung tâm Kỹ thuật kiểm định lưu động ẩm kế tại các đại lý thu mua lúa huyện Thoại Sơn.",
    ],
)
def test_scales_and_moisture_meters_are_metrology(text):
    assert "metrology" in topics_of(text)


def test_site_clearance_is_investment_not_enforcement():
    text = (
        "Trung tâm Phát triển quỹ đất huyện vận động các hộ còn lại nhận tiền bồi thường, bàn giao mặt bằng "
        "trước ngày 31/8; trường hợp không chấp hành, tham mưu cưỡng chế thu hồi đất theo quy định."
    )
    assert topics_of(text) == {"investment"}


def test_allocating_capital_to_a_project_is_investment_too():
    text = "Sở Tài chính ưu tiên bố trí vốn cho dự án đường vào Khu du lịch hồ Ba Bể trong năm 2024."
    assert topics_of(text) == {"finance", "investment"}
    # paying out capital is the treasury's finance work
    text = "Kho bạc Nhà nước huyện rút ngắn thời gian thanh toán vốn cho các dự án."
    assert "investment" not in topics_of(text)


def test_fertiliser_quality_is_standards_quality():
    text = "Thanh tra Sở thanh tra chất lượng phân bón tại các đại lý cấp 1 huyện Châu Thành; xử lý nghiêm vi phạm."
    assert topics_of(text) == {"inspection", "standards-quality"}


def test_checking_business_conditions_is_inspection():
    text = "Chi cục Quản lý chất lượng kiểm tra điều kiện bảo đảm an toàn thực phẩm đối với các cơ sở sơ chế rau."
    assert "inspection" in topics_of(text)


# --------------------------------------------------------------------------- fields that are masked


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Nội vụ tham mưu phân công công chức phụ trách khoa học và công nghệ, tiêu chuẩn đo lường chất "
        "lượng tại các xã; trình UBND huyện trước ngày 30/4.",
        "Đề nghị các Phòng Kinh tế phân công một cán bộ theo dõi công tác tiêu chuẩn đo lường chất lượng, gửi "
        "danh sách về Chi cục.",
        "Sở Nội vụ hướng dẫn các xã bố trí công chức phụ trách chuyển đổi số.",
    ],
)
def test_staffing_a_field_is_personnel(text):
    assert topics_of(text) == {"personnel"}


def test_a_platform_that_manages_instruments_is_digital_work():
    text = (
        "Phòng Chuyển đổi số hoàn thiện Nền tảng số quản lý phương tiện đo, đưa vào vận hành trong tháng 6."
    )
    assert topics_of(text) == {"innovation"}


# --------------------------------------------------------------------------- over-firing


def test_a_plea_not_to_break_the_law_is_no_enforcement():
    text = (
        "Đồn Biên phòng Pha Long phối hợp với UBND xã nắm chắc tình hình, vận động đồng bào không nghe theo kẻ "
        "xấu vượt biên trái phép."
    )
    assert topics_of(text) == {"communication"}
    # enforcement against illegal mining still is
    text = (
        "Phòng Tài nguyên và Môi trường kiểm tra, xử lý các trường hợp khai thác cát trái phép trên sông Mã."
    )
    assert topics_of(text) == {"inspection"}
    text = "Phòng Phòng chống ma túy triệt phá các đường dây mua bán trái phép chất ma túy qua biên giới."
    assert topics_of(text) == {"inspection"}


def test_how_a_party_body_leads_is_not_its_subject():
    text = (
        "Huyện ủy Ia Grai lãnh đạo cấp ủy, chính quyền cơ sở hoàn thành kiểm đếm, phê duyệt phương án bồi "
        "thường, hỗ trợ, tái định cư dự án đường vành đai trong tháng 11."
    )
    assert topics_of(text) == {"investment"}


def test_party_inspection_of_leadership_is_party_affairs():
    text = (
        "Ủy ban Kiểm tra Huyện ủy kiểm tra việc lãnh đạo, chỉ đạo thực hiện Đề án phát triển cây quế của Đảng "
        "ủy các xã Nậm Có, Khau Phạ trong năm 2026."
    )
    assert topics_of(text) == {"party-affairs"}


def test_an_anniversary_beside_a_party_subject_is_party_affairs():
    text = (
        "Phòng Chính trị hướng dẫn các chi bộ tổ chức sinh hoạt chính trị kỷ niệm 95 năm Ngày thành lập Đảng."
    )
    assert topics_of(text) == {"party-affairs"}
    # an anniversary on its own is an event
    assert topics_of("Văn phòng chuẩn bị tổ chức kỷ niệm 20 năm ngày thành lập Trung tâm.") == {"events"}


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng Sở đăng tải tài liệu hội nghị trên Cổng thông tin điện tử của Sở.",
        "Văn phòng đăng tải kết quả cuộc họp trên trang thông tin điện tử của Ban.",
    ],
)
def test_the_papers_of_a_meeting_held_are_no_event(text):
    assert topics_of(text) == {"communication"}


def test_checking_how_a_rule_is_kept_is_inspection():
    text = "Phòng Quản lý thương mại kiểm tra việc niêm yết giá tại các cửa hàng xăng dầu trong tháng 12."
    assert "inspection" in topics_of(text)
    text = "Đội Quản lý thị trường số 3 kiểm tra việc kinh doanh phân bón tại các đại lý huyện Tri Tôn."
    assert "inspection" in topics_of(text)
    # office hours and discipline are administrative discipline, not enforcement
    text = "Phòng Nội vụ kiểm tra việc chấp hành giờ giấc làm việc, kỷ cương hành chính tại các cơ quan."
    assert topics_of(text) == {"administrative-reform"}


def test_a_meter_running_wrong_is_metrology():
    text = "Phòng Kinh doanh rà soát khách hàng có đồng hồ chạy sai, đồng hồ chạy nhanh; thay thế ngay."
    assert topics_of(text) == {"metrology"}


def test_the_fuel_market_is_not_metrology():
    text = (
        "Phòng Quản lý Thương mại theo dõi sát diễn biến thị trường xăng dầu, cung ứng xăng dầu cho các cửa "
        "hàng bán lẻ xăng dầu dịp Tết."
    )
    assert "metrology" not in topics_of(text)
    # the fuel dispensers still are
    assert "metrology" in topics_of(
        "Kiểm tra cột đo xăng dầu tại các cửa hàng bán lẻ xăng dầu trên Quốc lộ 1."
    )


def test_verifying_medical_equipment_is_metrology():
    text = "Thanh tra Sở kiểm tra việc quản lý, sử dụng, kiểm định trang thiết bị y tế tại các phòng khám tư nhân."
    assert topics_of(text) == {"inspection", "metrology"}
    # funding for that work is the finance office's
    text = (
        "Phòng Kế hoạch - Tài chính bố trí kinh phí năm 2026 cho công tác kiểm định trang thiết bị y tế tại các "
        "bệnh viện tuyến huyện."
    )
    assert topics_of(text) == {"finance"}


def test_studying_and_answering_a_request_is_no_research():
    text = "Văn phòng UBND tỉnh tổng hợp, phân công các sở, ngành nghiên cứu, trả lời bằng văn bản."
    assert "research-projects" not in topics_of(text)
