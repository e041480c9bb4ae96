"""Round AB (blind notices of the central government, of security and public order, and of education, culture and
labour): words of a topic used in another sense (children weighed, programmes accredited, a pledge not to offend, a
debtor's property, staff and equipment made ready, bodies already merged), the criminal justice chain, ceremonies and
exhibitions, the plan of a contest or of a recruitment, an enterprise's staffing, receivables collected, a loan's
purpose, a database's content and the report of a judicial work year."""

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


def test_children_weighed_and_measured_are_no_metrology() -> None:
    # a kindergarten's growth monitoring: "cân, đo" with the children's health and growth chart in its clause
    assert "metrology" not in topics(
        "Trường Mầm non Hoa Sen tổ chức cân, đo, theo dõi sức khỏe học sinh bằng biểu đồ tăng trưởng mỗi quý."
    )
    assert "metrology" not in topics(
        "Trạm Y tế xã phối hợp các điểm trường cân, đo và đánh giá tình trạng suy dinh dưỡng của trẻ dưới 5 tuổi."
    )
    # scales at a market still are
    assert "metrology" in topics("Ban Quản lý chợ Đông Ba kiểm tra việc cân, đo của tiểu thương trong chợ.")


def test_programme_accreditation_is_no_metrology() -> None:
    # a university's self-assessment sent to an accreditation body (Luật Giáo dục đại học, Điều 49-52)
    assert (
        topics(
            "Phòng Đảm bảo chất lượng hoàn thiện báo cáo tự đánh giá 02 chương trình đào tạo ngành Sư phạm Tiếng Anh, Luật, gửi tổ "
            "chức kiểm định trước ngày 30/9/2023."
        )
        == set()
    )
    # an external evaluation by an accreditation centre
    assert "metrology" not in topics(
        "Trường Cao đẳng Y tế chuẩn bị hồ sơ đánh giá ngoài, làm việc với Trung tâm kiểm định trong tháng 10."
    )
    # scales verified still are
    assert "metrology" in topics(
        "Trung tâm Kỹ thuật tổ chức kiểm định cân tại các chợ đầu mối trong quý III."
    )


def test_outreach_with_a_pledge_not_to_offend_is_outreach() -> None:
    # a coastal district tells fishermen the law and has them sign a pledge not to offend: no violation is handled
    assert topics(
        "Tuyên truyền Luật Thủy sản đến từng ngư dân, chủ tàu; tổ chức ký cam kết không vi phạm vùng biển nước ngoài."
    ) == {"communication"}
    # violations handled still are enforcement
    assert "inspection" in topics("Đồn Biên phòng xử lý nghiêm các tàu cá vi phạm vùng biển nước ngoài.")


def test_prosecution_is_enforcement_not_a_survey() -> None:
    # the procuracy supervising investigation and prosecution: "điều tra" of a criminal case is no statistical survey
    assert topics(
        "Viện Kiểm sát nhân dân huyện phối hợp với Cơ quan Cảnh sát điều tra đẩy nhanh kiểm sát điều tra, truy tố các vụ "
        "án trộm cắp tài sản."
    ) == {"inspection"}
    # a case file sent for prosecution
    assert "inspection" in topics(
        "Công an tỉnh xác minh, lập hồ sơ các tàu cá bị bắt giữ; chuyển cơ quan điều tra khởi tố nếu có dấu hiệu tội phạm."
    )
    # a survey still is statistics
    assert "statistics" in topics(
        "Cục Thống kê tổ chức điều tra lao động, việc làm quý IV trên địa bàn tỉnh."
    )


def test_ceremonies_and_exhibitions_held_are_events() -> None:
    # a commemoration, a send-off of recruits and a museum's themed display
    assert "events" in topics(
        "Văn phòng Ban An toàn giao thông tham mưu tổ chức Lễ tưởng niệm nạn nhân tử vong do tai nạn giao thông."
    )
    assert "events" in topics("Huyện đoàn tổ chức gặp mặt, tặng quà thanh niên lên đường nhập ngũ năm 2025.")
    assert "events" in topics(
        'Bảo tàng tỉnh tổ chức trưng bày chuyên đề "Áo dài xưa và nay" tại nhà trưng bày trong tháng 3.'
    )


def test_plan_of_a_contest_is_the_contest() -> None:
    # the plan of a teachers' contest submitted: the contest, not planning
    assert topics(
        "Tổ Trung học cơ sở xây dựng Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp huyện, trình Trưởng phòng "
        "trước ngày 10/11/2023."
    ) == {"events"}
    # the unit's own year plan submitted still is planning
    assert "planning" in topics(
        "Văn phòng Sở xây dựng kế hoạch công tác năm 2024, trình Giám đốc Sở trước ngày 20/12."
    )


def test_enterprise_staffing_is_personnel() -> None:
    # a corporation's head count and the rearrangement of its indirect labour
    assert "personnel" in topics(
        "Ban Lao động rà soát định biên lao động các công ty con, xây dựng phương án sắp xếp lại lao động gián tiếp, "
        "trình Tổng Giám đốc."
    )


def test_receivables_collected_are_finance() -> None:
    # a company collecting what its customers owe
    assert "finance" in topics(
        "Công ty Than Cọc Sáu thu hồi dứt điểm công nợ của các khách hàng trong quý IV/2015."
    )


def test_words_of_staff_and_money_in_other_senses() -> None:
    # the staff and equipment of a health check are its means
    assert "personnel" not in topics(
        "Trung tâm Y tế huyện chuẩn bị nhân lực, trang thiết bị phục vụ khám sức khỏe tuyển quân."
    )
    # a judgment debtor's land and what is built on it
    assert "finance" not in topics(
        "Văn phòng Đăng ký đất đai cung cấp thông tin về tài sản gắn liền với đất của người phải thi hành án."
    )
    # records of bodies already dissolved or merged are digitised, nobody is reorganised
    assert "personnel" not in topics(
        "Trung tâm Lưu trữ lịch sử số hóa tài liệu của các cơ quan đã giải thể, sáp nhập trong năm 2025."
    )
    # exam cheating is exam security, not trade fraud
    assert "inspection" not in topics(
        "Công an tỉnh bảo đảm an toàn nơi in sao đề thi; phòng, chống gian lận thi cử bằng thiết bị công nghệ cao."
    )


def test_a_loan_purpose_and_a_database_content_are_not_the_task() -> None:
    # the bank's work is credit; what the loans are for is the borrowers' field
    assert topics(
        "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng ưu tiên cho vay phát triển nông nghiệp ứng dụng "
        "công nghệ cao."
    ) == {"finance"}
    # what a database holds is its content, not the unit's work
    assert topics(
        "Trung tâm Công nghệ thông tin nâng cấp cơ sở dữ liệu về giải ngân vốn đầu tư công của tỉnh."
    ) == {"statistics"}


def test_report_of_a_judicial_work_year_is_reporting() -> None:
    # justice and enforcement bodies count their year from 1 October: the year's report is named by its period
    # — beside the enforcement work it closes
    assert {"inspection", "reporting"} <= topics(
        "Chi cục Thi hành án dân sự huyện giải quyết dứt điểm các đơn khiếu nại về thi hành án; tổng hợp báo cáo kết quả "
        "năm công tác 2023 gửi Cục Thi hành án dân sự tỉnh trước ngày 05/10/2023."
    )


def test_a_closing_report_leaves_the_task_its_own_topic() -> None:
    # a province approving its districts' schemes and reporting the result: the report closes the task, the scheme is it
    assert {"planning", "reporting"} <= topics(
        "UBND tỉnh Điện Biên khẩn trương phê duyệt Đề án giảm nghèo của các huyện Mường Nhé, Nậm Pồ, báo cáo kết quả về "
        "Bộ Nông nghiệp và Môi trường trước ngày 30/9/2025."
    )
    # communes drafting their scheme and sending it up
    assert {"planning", "reporting"} <= topics(
        "Các xã Phú Mỹ, Tân Hòa xây dựng Đề án phát triển sản xuất của xã, báo cáo UBND huyện trước ngày 15/5/2024."
    )
    # the briefing a report is given at is its time, no meeting is organised ("vào cuộc giao ban")
    assert "events" not in topics(
        "Giao Phó Giám đốc Lê Văn Tâm đôn đốc các phòng thực hiện và tổng hợp báo cáo Giám đốc kết quả vào cuộc giao ban "
        "tháng 10/2024."
    )


def test_firms_short_of_money_are_where_a_check_goes() -> None:
    # the labour inspectorate checks wages at firms "khó khăn về tài chính": a description of the firms, no money work
    assert topics(
        "Thanh tra Sở Nội vụ kiểm tra việc trả lương, thưởng Tết tại các doanh nghiệp gặp khó khăn về tài chính trên địa "
        "bàn thành phố."
    ) == {"inspection"}
