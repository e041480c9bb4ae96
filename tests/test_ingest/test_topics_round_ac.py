"""Round AC (blind notices on land and public investment, on public finance and markets, and on the environment): a
reporting regime set up with its period written first, a weekly report, the closing steps and the words of public
investment (a project's progress, the Land Law's supports), an auction's
starting price, the tax office's check at the premises, compliance watched, rules made known, the fair days of a
campaign; and words of a topic used in another sense (records handed over, the head who must act, a patrol of landslide
sites, a discharge limit, waste treated, disbursement as a yardstick, a bank's lending procedure, goods seized, an
offence as the message of outreach). Each case is a variant written here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


def test_period_written_before_the_report_sets_up_a_regime() -> None:
    # "định kỳ hằng tuần báo cáo …": the period first, then the report and its addressee
    assert "reporting" in topics(
        "Ban Chỉ đạo bồi thường, hỗ trợ, tái định cư huyện theo dõi, đôn đốc các xã, định kỳ hằng tuần báo cáo UBND "
        "huyện tiến độ bàn giao mặt bằng."
    )
    # the day of the month written inside the period: "định kỳ ngày 15 hằng tháng báo cáo"
    assert "reporting" in topics(
        "Ban Quản lý dự án khu vực Cần Giờ làm việc với nhà thầu về tiến độ thi công; định kỳ ngày 15 hằng tháng báo cáo "
        "kết quả về Sở Xây dựng."
    )
    # a period named with a plan after a comma is the plan's, no reporting regime
    assert "reporting" not in topics(
        "Phòng Kinh tế rà soát danh mục dự án theo kế hoạch hằng năm, đề xuất điều chuyển vốn."
    )


def test_weekly_report_after_what_is_reported_is_a_periodic_report() -> None:
    # "báo cáo … định kỳ hằng tuần": weekly, as "hằng tháng" already was
    assert topics("Tổng hợp báo cáo tình hình thu ngân sách định kỳ hàng tuần.") == {"finance", "reporting"}


def test_a_projects_progress_is_investment() -> None:
    # "đẩy nhanh tiến độ dự án" beside money disbursed
    assert topics(
        "Ban Quản lý dự án Nông nghiệp tỉnh đẩy nhanh tiến độ dự án đê biển Gò Công, giải ngân hết vốn được giao."
    ) == {"finance", "investment"}


def test_the_land_laws_supports_are_site_clearance() -> None:
    # "hỗ trợ ổn định đời sống, chuyển đổi nghề" for households whose land is taken (Luật Đất đai 2013, Điều 83-84)
    assert topics(
        "Sở Lao động - Thương binh và Xã hội thẩm định mức hỗ trợ ổn định đời sống, chuyển đổi nghề cho các hộ bị thu hồi "
        "đất sản xuất."
    ) == {"investment"}
    # compensation beside the land taken: "bồi thường" and "đất bị thu hồi"
    assert "investment" in topics(
        "Sở Tài chính thẩm định giá bồi thường nhà, vật kiến trúc trên đất bị thu hồi của dự án đường ven biển."
    )


def test_an_auctions_starting_price_is_finance() -> None:
    # the starting price of State land sold at auction sets the budget's revenue
    assert topics(
        "Giao Phòng Tài chính - Kế hoạch thị xã xác định giá khởi điểm 12 lô đất, trình UBND thị xã phê duyệt."
    ) == {"finance"}


def test_tax_check_at_the_premises_is_inspection() -> None:
    # "kiểm tra tại trụ sở người nộp thuế" (Luật Quản lý thuế 2019)
    assert "inspection" in topics(
        "Cục Thuế tỉnh rà soát hồ sơ khai thuế; tổ chức kiểm tra tại trụ sở người nộp thuế đối với các doanh nghiệp có "
        "rủi ro cao."
    )


def test_compliance_watched_is_inspection_not_a_report() -> None:
    # the commune watches a remedy and passes on what it finds: no reporting regime
    assert topics(
        "UBND phường Tân Hiệp giám sát việc khắc phục của cơ sở chăn nuôi, kịp thời phát hiện, báo cáo các trường hợp xả "
        "thải ra kênh."
    ) == {"inspection"}


def test_rules_made_known_to_members_are_communication() -> None:
    # an association tells its members the new tax rules: the tax is what is told
    assert "communication" in topics(
        "Hội Doanh nhân trẻ tỉnh phổ biến đến hội viên các quy định mới về hóa đơn điện tử theo Nghị định số 123/2020/NĐ-CP."
    )


def test_fair_days_of_the_campaign_are_events() -> None:
    # "phiên chợ đưa hàng Việt về nông thôn" is a fair, as "hội chợ" is
    assert "events" in topics(
        "Phòng Kinh tế phối hợp Trung tâm Xúc tiến thương mại tổ chức 03 phiên chợ đưa hàng Việt về nông thôn tại các xã "
        "vùng biên giới."
    )


def test_records_handed_over_are_no_technology_transfer() -> None:
    # after the 2025 reorganisation: the old districts hand their records over to the new communes
    assert "technology-transfer" not in topics(
        "UBND xã Tân Phước tiếp nhận, số hóa hồ sơ đất đai do huyện (cũ) chuyển giao, hoàn thành trong tháng 8/2025."
    )
    # a model transferred still is
    assert "technology-transfer" in topics(
        "Trung tâm Khuyến nông chuyển giao mô hình nuôi tôm càng xanh cho nông dân."
    )


def test_the_head_who_must_act_is_no_staffing_work() -> None:
    # "người đứng đầu … phải trực tiếp …": who is accountable
    assert "personnel" not in topics(
        "Các xã Hòa Tiến, Hòa Phong xem đây là nhiệm vụ trọng tâm, người đứng đầu chính quyền phải trực tiếp vận động "
        "từng hộ dân di dời."
    )


def test_a_patrol_of_landslide_sites_is_no_enforcement() -> None:
    # a disaster watch at the river bank
    assert (
        topics(
            "UBND xã Long Thuận cắm biển cảnh báo, khoanh vùng sạt lở; bố trí lực lượng tuần tra tại các đoạn bờ sông xung yếu."
        )
        == set()
    )
    # a patrol against sand mined without leave still is
    assert "inspection" in topics(
        "Công an huyện tuần tra, xử lý các phương tiện khai thác cát trái phép trên sông."
    )


def test_a_discharge_limit_is_no_standards_work() -> None:
    # the waste water must meet QCVN before it is discharged
    assert "standards-quality" not in topics(
        "Dừng ngay việc xả nước thải chưa đạt quy chuẩn kỹ thuật ra kênh Thầy Cai; vận hành hệ thống xử lý thường xuyên."
    )
    # a product's conformity still is
    assert "standards-quality" in topics(
        "Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn doanh nghiệp công bố hợp quy theo quy chuẩn."
    )


def test_waste_treated_is_no_violation_handled() -> None:
    # "xử lý dứt điểm" of leachate is its treatment
    assert "inspection" not in topics(
        "Công ty Môi trường đô thị vận hành trạm xử lý, xử lý dứt điểm nước rỉ rác tồn đọng tại bãi chôn lấp Đa Phước."
    )


def test_disbursement_as_a_yardstick_is_staff_appraisal() -> None:
    # "đưa kết quả giải ngân vào tiêu chí đánh giá": the disbursement is the criterion
    assert topics(
        "Sở Nội vụ tham mưu đưa kết quả giải ngân vào tiêu chí đánh giá, xếp loại người đứng đầu các "
        "đơn vị năm 2024."
    ) == {"personnel"}


def test_a_banks_lending_procedure_is_no_administrative_reform() -> None:
    # credit institutions simplify their own loan procedure
    assert "administrative-reform" not in topics(
        "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các ngân hàng thương mại đơn giản hóa thủ tục cho vay đối với hộ kinh doanh."
    )


def test_goods_seized_in_market_enforcement_are_no_quality_work() -> None:
    # "hàng giả, hàng kém chất lượng" are what market control seizes
    assert topics(
        "Đội Quản lý thị trường số 3 tăng cường kiểm tra, xử lý các hành vi kinh doanh hàng giả, hàng kém chất lượng dịp "
        "Trung thu."
    ) == {"inspection"}


def test_an_offence_as_the_message_of_outreach_is_communication() -> None:
    # a broadcaster's campaign about illegal logging, asking people to denounce it: the offence is the message
    assert topics(
        "Đài Phát thanh - Truyền hình tỉnh tăng cường tuyên truyền về tác hại của khai thác rừng trái phép, vận động người "
        "dân tố giác các hành vi vi phạm."
    ) == {"communication"}


def test_a_plans_information_made_public_is_no_planning() -> None:
    # what the plan says, published for investors and banks
    assert "planning" not in topics(
        "Sở Kế hoạch và Đầu tư công khai danh mục dự án mời gọi đầu tư, thông tin quy hoạch để nhà đầu tư tiếp cận."
    )
    # a plan adjusted still is
    assert "planning" in topics("Sở Xây dựng rà soát, điều chỉnh quy hoạch chung đô thị Phú Mỹ.")


def test_outreach_in_a_clause_of_its_own_is_a_task_beside_the_check() -> None:
    # two words of outreach in one clause, a check in the next: both are tasks
    assert topics(
        "UBND phường Thống Nhất tăng cường tuyên truyền, vận động nhân dân không đổ rác xuống kênh; kiểm tra, xử lý các "
        "trường hợp xây dựng trái phép."
    ) == {"communication", "inspection"}
