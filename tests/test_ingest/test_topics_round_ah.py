"""Round AH (blind notices on fisheries and the sea, on the press, post and telecoms, and on science, innovation and
intellectual property): citizens protected abroad, fishermen's own teams consolidated, books circulated, offenders
prosecuted, the one-stop desk, a geographical indication's specification, a research proposal's grounds, a contest led, a
smart operations centre run well, a resolution propagated, a cell network built. Each case is a variant written here, not a
copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


def test_fishermen_protected_abroad_are_no_intellectual_property() -> None:
    # consular protection of fishermen held abroad, the lead-in "Về bảo hộ ngư dân:" naming it
    assert "intellectual-property" not in topics(
        "Về bảo hộ ngư dân: Sở Ngoại vụ tỉnh Bình Thuận phối hợp với cơ quan đại diện Việt Nam ở nước ngoài làm thủ tục "
        "đưa 14 thuyền viên bị bắt giữ về nước."
    )


def test_fishermens_solidarity_teams_consolidated_are_no_staffing() -> None:
    # the fishermen's own teams at sea are no state body: the outreach before it is the task
    assert topics(
        "UBND xã Nhơn Lý tuyên truyền cho bà con ngư dân về phòng, chống thiên tai; củng cố, kiện toàn các Tổ đoàn kết "
        "khai thác hải sản trên biển, hoàn thành trong quý I/2024."
    ) == {"communication"}


def test_a_cooperative_group_consolidated_is_no_staffing() -> None:
    # "tổ hợp tác" of farmers, consolidated by the district's office
    assert "personnel" not in topics(
        "Phòng Nông nghiệp và PTNT huyện hướng dẫn kiện toàn các tổ hợp tác nuôi tôm ở các xã ven biển."
    )


def test_books_circulated_between_libraries_are_no_staff_rotation() -> None:
    # "luân chuyển" with books as its object: circulation, and reading promoted to the people is outreach
    assert topics(
        "Phòng Văn hóa và Thông tin huyện Mường Khương luân chuyển sách, báo giữa thư viện huyện và các tủ sách xã; vận "
        "động nhân dân đến đọc sách tại điểm."
    ) == {"communication"}


def test_offenders_prosecuted_are_enforcement() -> None:
    # the police's criminal procedure against brokers, no "vi phạm" written
    assert "inspection" in topics(
        "Công an tỉnh khẩn trương điều tra, truy tố các đối tượng môi giới đưa ngư dân đi làm thuê cho tàu nước ngoài."
    )


def test_staff_placed_at_the_one_stop_desk_are_administrative_reform() -> None:
    # the desk's name passed as a unit's name, as the agency finder gives it
    text = "Bưu điện tỉnh cử nhân viên bưu chính làm việc tại bộ phận tiếp nhận và trả kết quả của UBND cấp huyện."
    start = text.index("bộ phận")
    desk = (start, start + len("bộ phận tiếp nhận và trả kết quả"))
    assert "administrative-reform" in {h.topic for h in classify_topics(text, masked=[desk])}


def test_a_geographical_indications_specification_is_intellectual_property() -> None:
    # "tính chất, chất lượng đặc thù" is what a GI dossier describes, not quality management
    assert topics(
        "Giao Phòng Quản lý công nghệ hoàn thiện bản mô tả tính chất, chất lượng đặc thù của sản phẩm bưởi Phúc Trạch, "
        "trình Sở trước ngày 15/12/2014."
    ) == {"intellectual-property"}


def test_a_research_proposals_scientific_grounds_are_research_work() -> None:
    # a proposal for a provincial research task completed with its grounds, "đề tài" not written
    assert "research-projects" in topics(
        "Sở Y tế rà soát lại 03 đề xuất chưa được chọn, bổ sung luận cứ khoa học, gửi Sở Khoa học và Công nghệ trước "
        "ngày 20/6/2010."
    )


def test_a_contest_a_body_leads_is_an_event() -> None:
    # "chủ trì Cuộc thi …" beside the start-up subject of the contest
    assert "events" in topics(
        "Hội Liên hiệp Thanh niên tỉnh chủ trì Cuộc thi ý tưởng khởi nghiệp sinh viên năm 2020, tổ chức vòng chung kết "
        "trong tháng 9/2020."
    )


def test_a_smart_operations_centre_run_well_is_digital_transformation() -> None:
    # the centre's name is what the task runs, "hiệu quả" between the verb and the name
    text = "Sở Thông tin và Truyền thông vận hành hiệu quả Trung tâm Giám sát, điều hành đô thị thông minh thành phố."
    start = text.index("Trung tâm")
    centre = (start, len(text) - 1)
    assert "innovation" in {h.topic for h in classify_topics(text, masked=[centre])}


def test_a_resolution_propagated_is_communication() -> None:
    # the resolution's number names what is propagated, not the work: the press told to spread it
    assert topics(
        "Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan thông tấn tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW đến các tầng "
        "lớp nhân dân."
    ) == {"communication"}


def test_a_cell_site_put_on_air_is_no_broadcasting() -> None:
    # "phát sóng" of a base station built: the network, not the media
    assert topics(
        "MobiFone Hà Giang đầu tư xây dựng 05 trạm BTS tại các thôn vùng lõm sóng của huyện Mèo Vạc; phát sóng trong quý "
        "IV/2015."
    ) == {"investment"}


def test_base_stations_installed_are_construction() -> None:
    # "lắp đặt trạm BTS", no "đầu tư" written
    assert "investment" in topics(
        "Viettel Lai Châu lắp đặt 03 trạm BTS dùng năng lượng mặt trời tại các bản vùng cao, hoàn thành trong quý I/2016."
    )


def test_vessels_leaving_port_without_papers_dealt_with_is_enforcement() -> None:
    # "xử lý" with the breach named after its object ("không đủ giấy tờ"), no "vi phạm" written
    assert "inspection" in topics(
        "Đồn Biên phòng Cửa Việt kiên quyết xử lý các phương tiện ra khơi không đủ giấy tờ theo quy định."
    )


def test_a_procedure_for_handling_false_news_is_enforcement() -> None:
    # the rules drafted are for handling the breach ("xử lý … thông tin sai sự thật")
    assert "inspection" in topics(
        "Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng Quy trình phối hợp xử lý tin giả, thông tin sai sự thật trên "
        "mạng xã hội, trình UBND tỉnh trong quý III/2023."
    )


def test_what_false_news_is_about_is_not_the_task() -> None:
    # the reorganisation is what the false posts say, the police deal with the posts
    assert topics(
        "Công an thành phố tiếp tục xác minh, xử lý các tài khoản đăng tải thông tin sai sự thật về việc sắp xếp, tinh "
        "gọn tổ chức bộ máy."
    ) == {"inspection"}


def test_a_steering_boards_list_of_tasks_and_projects_is_its_plan() -> None:
    # "danh mục nhiệm vụ, dự án trọng điểm" beside the board's plan: its work items, no research nor public investment
    assert topics(
        "Sở Khoa học và Công nghệ tham mưu Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo và danh mục nhiệm vụ, dự án "
        "trọng điểm, trình Trưởng Ban Chỉ đạo trước ngày 15/3/2026."
    ) == {"planning"}


def test_a_check_and_oversight_is_inspection_beside_another_subject() -> None:
    # a table cell: "Kiểm tra, giám sát …" in the first clause, certification of the farms in the second
    assert topics(
        "Kiểm tra, giám sát số lượng tàu cá neo đậu tại cảng; hướng dẫn các cơ sở nuôi tôm đăng ký chứng nhận VietGAP"
    ) == {"inspection", "standards-quality"}


def test_a_plan_implementing_a_resolution_keeps_its_subject() -> None:
    # a guard: the resolution implemented, not propagated, still says what the plan is about
    assert "innovation" in topics(
        "Sở Khoa học và Công nghệ tham mưu ban hành Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2026 - "
        "2030, trình UBND tỉnh trong tháng 3/2026."
    )


def test_the_desk_in_brackets_after_its_office_is_who_acts() -> None:
    # a guard: "(bộ phận Một cửa)" names the unit of the office that checks, the check stays the task
    text = "Giao Văn phòng HĐND và UBND xã (bộ phận Một cửa) kiểm tra, làm rõ nguyên nhân hồ sơ đất đai chậm trễ."
    start = text.index("bộ phận")
    unit = (start, start + len("bộ phận Một cửa"))
    assert "inspection" in {h.topic for h in classify_topics(text, masked=[unit])}
