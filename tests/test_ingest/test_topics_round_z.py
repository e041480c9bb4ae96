"""Round Z (international cooperation, internal notices of public service units, review conferences): plans of a piece
of work and plans submitted, checks of how work is done and of safety, laboratory and hospital quality, foreign-invested
firms served, open days, and words that name equipment, staff or a meeting's conclusions rather than the work."""

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


def test_plan_of_one_piece_of_work_is_that_work() -> None:
    # the unit's own plan of calibration, verification or recruitment is that work, as "kế hoạch kiểm tra" is
    assert "planning" not in topics(
        "Phòng Thí nghiệm lập kế hoạch hiệu chuẩn các thiết bị đo (cân phân tích, máy đo pH); hoàn thành trong quý III."
    )
    assert "planning" not in topics(
        "Trung tâm phối hợp với Công ty xây dựng kế hoạch kiểm định các đồng hồ đo lưu lượng tại kho cảng trước khi vận "
        "hành."
    )
    assert topics("Phòng Tổ chức cán bộ xây dựng kế hoạch tuyển dụng viên chức năm 2024.") == {"personnel"}
    assert "planning" not in topics(
        "Phòng Hành chính xây dựng kế hoạch cử viên chức tham dự lớp bồi dưỡng kiểm định viên đo lường."
    )


def test_plan_submitted_to_a_body_is_planning() -> None:
    # drafted and then submitted or sent: planning beside what the plan is of
    assert {"planning", "metrology"} <= topics(
        "Phòng Nghiệp vụ xây dựng kế hoạch kiểm định, hiệu chuẩn trang thiết bị y tế năm 2025, trình Giám đốc Sở trước "
        "ngày 30/5/2025."
    )
    assert "planning" in topics(
        "Công ty Điện lực lập kế hoạch thay thế công tơ quá chu kỳ kiểm định, gửi về Sở Khoa học và Công nghệ trước ngày "
        "15/8."
    )
    # a plan of checks submitted is the inspectorate's programme: left to inspection as before
    assert "planning" not in topics(
        "Phòng Quản lý Đo lường lập kế hoạch kiểm tra đo lường đối với cân tại các chợ, trình Chi cục trưởng phê duyệt."
    )
    # nor is an emergency response plan submitted: the field's own safety instrument
    assert topics(
        "Phòng Quản lý chuyên ngành xây dựng Kế hoạch ứng phó sự cố bức xạ cấp tỉnh, trình UBND tỉnh trong quý III."
    ) == {"radiation-safety"}
    # "chương trình" holds no submission
    assert "planning" not in topics(
        "Khoa Xét nghiệm lập kế hoạch hiệu chuẩn theo chương trình ngoại kiểm của Bộ Y tế."
    )


def test_results_of_a_plan_reported_are_no_planning() -> None:
    found = topics(
        "UBND huyện Mỹ Xuyên báo cáo bằng văn bản kết quả thực hiện kế hoạch năm 2024 về Sở (qua Văn phòng Sở) trước "
        "ngày 20/01/2025."
    )
    assert "planning" not in found
    assert "reporting" in found


def test_checks_of_how_work_is_done_and_of_safety_are_inspection() -> None:
    assert "inspection" in topics(
        "Phòng Quản lý điện năng kiểm tra công tác bảo đảm an toàn đập, hồ chứa thủy điện trước mùa mưa lũ năm 2026."
    )
    assert "inspection" in topics(
        "Công ty Khai thác thủy lợi kiểm tra an toàn đập các hồ chứa trước mùa mưa bão."
    )
    assert "inspection" in topics(
        "Tổ chức huấn luyện an toàn lao động cho công nhân; kiểm tra an toàn tại công trường."
    )
    # a radiation check measures the room's shielding
    assert "inspection" not in topics(
        "Trung tâm thực hiện đo kiểm tra an toàn bức xạ phòng chụp X-quang theo chu kỳ."
    )


def test_technical_checks_and_market_requirements_are_no_inspection() -> None:
    found = topics(
        "Sở Thông tin và Truyền thông phối hợp với Viễn thông tỉnh kiểm tra, khắc phục sự cố hệ thống hội nghị truyền "
        "hình trực tuyến tại các điểm cầu cấp huyện; đẩy mạnh thông tin, tuyên truyền kết quả phát triển kinh tế - xã hội."
    )
    assert "inspection" not in found
    assert "events" not in found
    assert "communication" in found
    assert "inspection" not in topics(
        "Sở Nông nghiệp cung cấp thông tin về sản lượng thanh long và các yêu cầu kiểm dịch của thị trường Hàn Quốc."
    )
    assert topics(
        "Khoa Hồi sức xây dựng lịch luân phiên để kiểm tra, hiệu chuẩn các máy thở trong tháng 12."
    ) == {"metrology"}


def test_quality_of_goods_hospitals_and_laboratories() -> None:
    assert "standards-quality" in topics(
        "Thanh tra Sở tập trung thanh tra chất lượng mũ bảo hiểm, phân bón trong năm 2010."
    )
    found = topics(
        "Phòng Quản lý chất lượng khảo sát sự hài lòng của người bệnh; tự đánh giá chất lượng bệnh viện theo Bộ tiêu "
        "chí chất lượng bệnh viện Việt Nam."
    )
    assert "standards-quality" in found
    assert "administrative-reform" not in found
    assert "standards-quality" in topics(
        "Khoa Xét nghiệm duy trì nội kiểm hằng ngày và tham gia chương trình ngoại kiểm năm 2026."
    )


def test_foreign_invested_firms_served_are_no_investment() -> None:
    assert "investment" not in topics(
        "Cục Thuế tỉnh giải quyết hồ sơ hoàn thuế giá trị gia tăng cho các doanh nghiệp FDI đủ điều kiện."
    )
    assert "investment" not in topics(
        "Ban Quản lý khảo sát nhu cầu hiệu chuẩn phương tiện đo của các doanh nghiệp có vốn đầu tư nước ngoài."
    )


def test_feasibility_study_is_investment_not_research() -> None:
    found = topics("Sở Y tế hoàn thiện Báo cáo nghiên cứu khả thi, trình UBND tỉnh phê duyệt trong quý II.")
    assert "research-projects" not in found
    assert "investment" in found


def test_open_day_held_is_an_event() -> None:
    assert {"events", "innovation"} <= topics(
        "Trung tâm Hỗ trợ khởi nghiệp tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2025."
    )
    # its plan drafted stays the plan's subject's work (seeds)
    assert "events" not in topics("Xây dựng hoàn chỉnh dự thảo kế hoạch tổ chức Ngày hội đổi mới sáng tạo.")


def test_words_that_name_staff_or_conclusions() -> None:
    assert "events" not in topics(
        "Văn phòng theo dõi, đôn đốc các đơn vị thực hiện kết luận giao ban hằng tuần."
    )
    assert "training" not in topics("Phòng Tổ chức hoàn thiện hồ sơ xét tuyển viên chức giảng dạy năm 2024.")
    assert "personnel" in topics("Phòng Tổ chức hoàn thiện hồ sơ xét tuyển viên chức giảng dạy năm 2024.")


def test_advanced_machinery_applied_is_technology_transfer() -> None:
    assert "technology-transfer" in topics(
        "Trung tâm Khuyến công hỗ trợ 30 cơ sở công nghiệp nông thôn ứng dụng máy móc, thiết bị tiên tiến; mở 05 lớp "
        "đào tạo nghề cho lao động."
    )


def test_workshop_held_is_an_event() -> None:
    assert "events" in topics(
        "Phòng Hợp tác Quốc tế tổ chức Hội thảo khoa học quốc tế về quản lý tài nguyên nước trong tháng 11/2024."
    )
    assert "events" not in topics("Văn phòng xây dựng kế hoạch tổ chức hội thảo về chuyển đổi số.")
