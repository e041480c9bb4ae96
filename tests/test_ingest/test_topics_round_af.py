"""Round AF (blind notices on national defence and the call-up, on forests and forest fire, and on investment, business
dialogue and trade promotion): the criteria a recruit must meet, citizens selected, a master plan or a plan named as the basis
of other work or made public, targets allotted, received or met, forces sent to an incident, officials disciplined, the
send-off of recruits, a meeting with investors, the zones a service goes to, a presentation leaflet, businesses checked by kind,
forest-service money, a forest owner's management plan, a fire plan for a season, land encroached counted, land taken back,
goods shown at a fair, something posted in a medium, a programme of work for a year. Each case is a variant written here, not
a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


def test_the_criteria_a_recruit_must_meet_are_no_standards() -> None:
    # a medical board examines recruits "đúng tiêu chuẩn"; the old tone placement "khoẻ" too
    assert "standards-quality" not in topics(
        "Trung tâm Y tế huyện Hương Khê chỉ đạo Hội đồng khám sức khỏe khám tuyển đúng tiêu chuẩn, không để lọt công dân "
        "không đủ tiêu chuẩn sức khoẻ vào danh sách gọi nhập ngũ."
    )
    # the standards of goods stay
    assert "standards-quality" in topics(
        "Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn doanh nghiệp xây dựng, công bố tiêu chuẩn cơ sở cho sản phẩm."
    )


def test_citizens_selected_for_service_are_recruited_not_a_research_call() -> None:
    # the police's share of the call-up
    assert "research-projects" not in topics(
        "Công an huyện Đức Trọng thẩm tra lý lịch, tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm 2024."
    )
    # young athletes selected
    assert "research-projects" not in topics(
        "Trung tâm Huấn luyện thể thao tỉnh tuyển chọn vận động viên năng khiếu cho các đội tuyển trẻ."
    )


def test_building_by_the_master_plan_is_no_planning() -> None:
    # the plan is the basis of the building, as "theo kế hoạch" is
    assert "planning" not in topics(
        "UBND huyện Hòa Vang tiếp tục đầu tư xây dựng trụ sở Ban Chỉ huy Quân sự các xã theo đúng quy hoạch được duyệt."
    )


def test_a_plan_made_public_is_not_drawn_up() -> None:
    assert "planning" not in topics(
        "Sở Xây dựng công khai quy hoạch chi tiết các khu dân cư mới; rút ngắn thời gian cấp giấy phép xây dựng cho người dân."
    )


def test_targets_allotted_are_planning_targets_received_are_not() -> None:
    # the quotas of the call-up shared out among the districts
    assert "planning" in topics(
        "Bộ Chỉ huy Quân sự tỉnh tham mưu UBND tỉnh giao chỉ tiêu tuyển quân năm 2025 cho các huyện, thị xã, thành phố."
    )
    # the quota the province received, read as the heading of the tasks under it, sets none
    assert "planning" not in topics(
        "Công an huyện phối hợp Ban Chỉ huy Quân sự huyện thẩm tra, xác minh lý lịch công dân trong diện gọi nhập ngũ.",
        context="Năm 2024, huyện được giao chỉ tiêu 180 công dân nhập ngũ. Để hoàn thành chỉ tiêu, yêu cầu các cơ quan:",
    )


def test_forces_sent_to_an_incident_are_no_staffing() -> None:
    assert "personnel" not in topics(
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh sẵn sàng điều động lực lượng, phương tiện tham gia ứng cứu sự cố tràn dầu."
    )
    # officials moved between posts stay staffing
    assert "personnel" in topics("Sở Nội vụ tham mưu điều động cán bộ có năng lực về các xã còn thiếu.")


def test_officials_dealt_with_for_misconduct_are_disciplined() -> None:
    assert topics(
        "Thanh tra tỉnh tăng cường thanh tra công vụ, xử lý nghiêm cán bộ, công chức gây khó khăn, phiền hà cho người dân."
    ) == {"inspection", "personnel"}


def test_the_send_off_of_recruits_is_an_event() -> None:
    # a programme named in quotation marks
    assert "events" in topics(
        "Huyện đoàn Lạc Dương tổ chức chương trình \u201cTiễn tân binh lên đường nhập ngũ\u201d tại Quảng trường huyện."
    )


def test_a_meeting_with_investors_is_an_event_beside_investment() -> None:
    assert topics(
        "Trung tâm Xúc tiến Đầu tư tỉnh tổ chức Hội nghị gặp gỡ các nhà đầu tư Hàn Quốc trong quý III/2024."
    ) == {"investment", "events"}


def test_the_zones_a_service_goes_to_are_no_investment() -> None:
    assert "investment" not in topics(
        "Công ty Cổ phần Nước - Môi trường Bình Dương bảo đảm cung cấp nước sạch ổn định cho các khu công nghiệp trong mùa khô."
    )


def test_a_presentation_leaflet_is_communication_beside_investment() -> None:
    # a second job after a comma, with its own object
    assert topics(
        "Ban Quản lý các khu kinh tế hoàn thiện danh mục dự án kêu gọi đầu tư, ấn phẩm giới thiệu môi trường đầu tư của tỉnh."
    ) == {"investment", "communication"}


def test_businesses_checked_by_kind_are_inspected() -> None:
    # restaurants first in the list, beside a count of farms
    assert topics(
        "Chi cục Kiểm lâm kiểm tra các nhà hàng, quán ăn trên địa bàn thành phố Hạ Long; cập nhật số liệu các cơ sở gây nuôi "
        "vào cơ sở dữ liệu."
    ) == {"inspection", "statistics"}


def test_forest_service_money_is_finance() -> None:
    assert "finance" in topics(
        "Hạt Kiểm lâm kiểm tra việc quản lý, sử dụng tiền dịch vụ môi trường rừng của các cộng đồng nhận khoán bảo vệ rừng."
    )


def test_a_forest_owners_management_plan_is_planning() -> None:
    assert "planning" in topics(
        "Công ty TNHH MTV Lâm nghiệp Kon Plông hoàn thành phương án quản lý rừng bền vững giai đoạn 2021 - 2030."
    )


def test_a_fire_plan_for_the_season_submitted_is_planning_beside_staffing() -> None:
    # the plan drafted first, a second job after ";" has a subject of its own
    assert topics(
        "Chi cục Kiểm lâm xây dựng Phương án phòng cháy, chữa cháy rừng mùa khô 2024 - 2025, trình UBND tỉnh phê duyệt; "
        "tham mưu kiện toàn Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng."
    ) == {"planning", "personnel"}
    # a scheme of how a job is done, submitted to nobody, stays none
    assert "planning" not in topics(
        "Công an tỉnh hoàn chỉnh phương án phối hợp với lực lượng quân sự trong tháng 8/2024."
    )
    # a unit's financial-autonomy scheme for its stable period is the finance instrument, no plan beside it
    assert topics(
        "Trung tâm Dịch vụ nông nghiệp xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030, trình Sở phê duyệt; tham mưu "
        "kiện toàn bộ máy của Trung tâm."
    ) == {"finance", "personnel"}


def test_the_area_encroached_counted_is_no_enforcement() -> None:
    # the area is a measure of land listed; dealing with encroachment stays enforcement
    assert "inspection" not in topics(
        "Ban Quản lý rừng phòng hộ Đa Nhim rà soát, thống kê diện tích rừng bị lấn chiếm trên các tiểu khu được giao."
    )
    assert "inspection" in topics("UBND xã Đạ Sar xử lý dứt điểm các trường hợp lấn chiếm đất rừng phòng hộ.")


def test_forestry_land_taken_back_is_no_investment() -> None:
    assert "investment" not in topics(
        "Sở Tài nguyên và Môi trường đề xuất thu hồi đất lâm nghiệp của Công ty Lâm nghiệp Lộc Bắc để giao địa phương quản lý."
    )


def test_goods_shown_at_a_fair_are_the_fair() -> None:
    assert topics(
        "Sở Công Thương tổ chức Hội chợ sản phẩm OCOP và đặc sản vùng miền năm 2024 tại Công viên Văn Lang."
    ) == {"events"}


def test_something_made_public_in_a_medium_is_communication() -> None:
    # on a portal, a second job after "đồng thời" beside the task's subject
    assert topics(
        "Trung tâm Xúc tiến Đầu tư tỉnh rà soát danh mục dự án kêu gọi đầu tư, đồng thời cập nhật danh mục bằng tiếng Anh, "
        "tiếng Hàn trên Cổng thông tin điện tử của tỉnh."
    ) == {"investment", "communication"}
    # named as the means of the task it is how the task is done
    assert "communication" not in topics(
        "Văn phòng Sở nâng cao chất lượng tuyên truyền cải cách hành chính thông qua cập nhật tin, bài về cải cách hành chính "
        "lên Trang thông tin điện tử của Sở."
    )
    # on the radio, whose name is a body's
    assert "communication" in topics(
        "Hạt Kiểm lâm thông báo cấp dự báo cháy rừng hằng ngày trên Đài Phát thanh - Truyền hình tỉnh; kiểm tra, xử lý các "
        "trường hợp đốt thực bì trái phép."
    )
    # a report is no medium
    assert "communication" not in topics("Phòng Kinh tế cập nhật số liệu trên báo cáo tháng gửi UBND huyện.")


def test_a_programme_of_work_for_a_year_is_planning() -> None:
    assert "planning" in topics(
        "Sở Văn hóa, Thể thao và Du lịch xây dựng Chương trình phát triển du lịch cộng đồng năm 2025, tăng cường quảng bá "
        "trên mạng xã hội."
    )
    # a curriculum is a course
    assert "planning" not in topics(
        "Trường Chính trị tỉnh xây dựng chương trình bồi dưỡng lý luận chính trị cho cán bộ cấp xã năm 2025."
    )


def test_a_call_for_selection_posted_is_the_selection() -> None:
    # the law makes the call public; posting it is a step of the research call, not news
    assert "communication" not in topics(
        "Phòng Quản lý khoa học thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học cấp tỉnh năm 2025 trên Báo "
        "Lào Cai và trang thông tin điện tử của Sở."
    )
    # news of the results posted on the same page stays communication
    assert "communication" in topics(
        "Phòng Quản lý khoa học cập nhật tin, kết quả nghiệm thu các nhiệm vụ năm 2024 trên trang thông tin điện tử của Sở."
    )
