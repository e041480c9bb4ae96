"""Round AD (blind notices on administrative reform and the reorganisation of the apparatus, on transport, construction and
urban order, and on social policy): the one-stop phrase written with its object, a shared data warehouse, the inventory of
procedures and the satisfaction survey as procedure reform, the seat of a province as a place, public houses and land, a
body consolidated or run as the task's object, a self-review of a failing, the enforcement words of street order, works
built against the rules, a building's fire-safety acceptance, traffic directed at a festival, the quality of building
work checked, paying electronically, a grant's houses started, informing the public. Each case is a variant written
here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, masked=masked)}


def masked_name(text: str, name: str) -> list[tuple[int, int]]:
    """The span of ``name`` in ``text``, as the extractor passes the bodies it found."""
    start = text.index(name)
    return [(start, start + len(name))]


def test_one_stop_phrase_with_its_object_is_administrative_reform() -> None:
    # "tiếp nhận hồ sơ, trả kết quả" through the public postal service (Quyết định 45/2016/QĐ-TTg)
    assert topics(
        "Bưu điện tỉnh Hà Tĩnh triển khai tiếp nhận hồ sơ, trả kết quả tại nhà cho người cao tuổi ở 12 xã miền núi."
    ) == {"administrative-reform"}
    # written with "và"
    assert "administrative-reform" in topics(
        "UBND các xã bố trí công chức tiếp nhận hồ sơ và trả kết quả đúng giờ hành chính."
    )


def test_a_shared_data_warehouse_is_database_work() -> None:
    # "kho dữ liệu dùng chung" is a database, though shared data alone is not statistics; beside digital work it is a second
    # topic
    assert topics(
        "Trung tâm Chuyển đổi số tích hợp camera giao thông vào hệ thống điều hành thông minh; cập nhật dữ liệu hộ tịch về kho "
        "dữ liệu dùng chung của tỉnh."
    ) == {"innovation", "statistics"}


def test_the_inventory_of_procedures_is_procedure_reform() -> None:
    # Đề án 30 (2007-2010): "thống kê thủ tục hành chính" is the first step of their simplification
    assert topics(
        "Phòng Nội vụ hoàn thành thống kê thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện trước ngày 20/8/2009."
    ) == {"administrative-reform"}
    # a statistical yearbook still is statistics
    assert "statistics" in topics("Chi cục Thống kê huyện hoàn thành niên giám thống kê năm 2009.")


def test_a_satisfaction_survey_is_administrative_reform() -> None:
    # the SIPAS survey, under a heading that names the index
    assert topics(
        "Về Chỉ số SIPAS: Văn phòng UBND huyện tổ chức khảo sát mức độ hài lòng của người dân tại Bộ phận một cửa bằng phiếu "
        "điện tử."
    ) == {"administrative-reform"}


def test_the_provincial_seat_is_a_place_and_public_houses_are_assets() -> None:
    # after the 2025 merger officials move to the new provincial seat; the houses and land are public assets
    assert topics(
        "Sở Xây dựng phối hợp Sở Tài chính rà soát quỹ nhà, đất công để bố trí chỗ ở cho công chức chuyển về trung tâm hành "
        "chính tỉnh mới."
    ) == {"finance"}
    # public-administration service ("hành chính công") is still reform
    assert "administrative-reform" in topics(
        "UBND huyện nâng cao chất lượng phục vụ hành chính công tại trung tâm hành chính công huyện."
    )


def test_a_body_consolidated_or_run_is_the_tasks_object() -> None:
    # the extractor masks the body's name; "kiện toàn" makes the body what the task is about
    text = "Sở Thông tin và Truyền thông kiện toàn Tổ công nghệ số cộng đồng tại các thôn, bản trong quý III/2023."
    assert "innovation" in topics(text, masked_name(text, "Tổ công nghệ số cộng đồng"))
    # running the provincial operations centre (IOC) is digital-transformation work
    text = "Trung tâm Chuyển đổi số vận hành Trung tâm Điều hành thông minh tỉnh, bảo đảm hoạt động 24/7."
    assert "innovation" in topics(text, masked_name(text, "Trung tâm Điều hành thông minh tỉnh"))
    # a partner named with "phối hợp" stays masked
    text = "Sở Y tế phối hợp Trung tâm Điều hành thông minh tỉnh kiểm tra số liệu tiêm chủng."
    assert "innovation" not in topics(text, masked_name(text, "Trung tâm Điều hành thông minh tỉnh"))


def test_a_bodys_self_review_of_a_failing_is_personnel() -> None:
    # "kiểm điểm" right after a Phòng's name: "kiểm" is also a syllable of names ("Viện Kiểm sát")
    assert "personnel" in topics("Phòng Kinh tế và Hạ tầng kiểm điểm việc không dự họp, báo cáo Trưởng Ban.")


def test_the_enforcement_words_of_street_order_are_inspection() -> None:
    # the offence named by where it spills onto the pavement
    assert topics(
        "Đội Trật tự đô thị phường Bến Thành thu dọn ngay bàn ghế, bảng hiệu lấn ra vỉa hè trên đường Lê Lợi."
    ) == {"inspection"}
    # cases that fail a requirement dealt with; the report after it closes the task
    assert topics(
        "UBND huyện Hóc Môn rà soát các nhà trọ, kiên quyết xử lý các trường hợp không đảm bảo an toàn phòng cháy, báo cáo về "
        "Sở trước ngày 30/11/2021."
    ) == {"inspection", "reporting"}


def test_works_built_against_the_rules_are_no_investment() -> None:
    # the unlicensed building in a railway's protected corridor is what is enforced against
    assert topics(
        "Xử lý các trường hợp lấn chiếm, xây dựng công trình trái phép trong phạm vi bảo vệ kết cấu hạ tầng đường sắt tại xã "
        "Đức Hòa."
    ) == {"inspection"}
    # a project's works still are investment
    assert "investment" in topics("Ban Quản lý dự án đẩy nhanh thi công công trình Trường THCS Tân Lập.")


def test_a_buildings_fire_safety_acceptance_is_no_research() -> None:
    # "nghiệm thu về phòng cháy" of an apartment block (Nghị định 136/2020/NĐ-CP)
    assert "research-projects" not in topics(
        "Văn phòng Sở công bố danh sách các chung cư chưa được nghiệm thu về phòng cháy lên Trang thông tin điện tử."
    )


def test_traffic_directed_at_a_festival_is_no_event() -> None:
    # the festival is where the police work
    assert "events" not in topics(
        "Công an thành phố bố trí lực lượng phân luồng, chống ùn tắc tại các lễ hội Xuân Bính Ngọ."
    )
    # a festival held still is an event
    assert "events" in topics("UBND huyện tổ chức Hội Xuân Bính Ngọ tại Quảng trường trung tâm.")


def test_the_quality_of_building_work_checked_is_no_standards_work() -> None:
    # houses built with a grant, checked afterwards
    assert topics("Sở Xây dựng kiểm tra chất lượng xây dựng nhà ở cho hộ nghèo tại 5 huyện.") == {
        "inspection"
    }
    # the quality management of works under construction checked
    assert "standards-quality" not in topics(
        "Phòng Quản lý xây dựng kiểm tra công tác quản lý chất lượng tại 8 công trình nhà ở xã hội đang thi công."
    )
    # a quality management system (ISO) still is standards work
    assert "standards-quality" in topics(
        "Văn phòng UBND huyện duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."
    )


def test_paying_electronically_is_no_budget_work() -> None:
    # cashless payment for patients beside online public services
    assert "finance" not in topics(
        "Bệnh viện đa khoa tỉnh triển khai thanh toán điện tử viện phí, kết nối dịch vụ công trực tuyến."
    )


def test_a_grants_houses_started_are_no_public_works() -> None:
    # the poor households' own houses (Chương trình xóa nhà tạm, nhà dột nát)
    assert topics(
        "UBND huyện Mỹ Tú khởi công 120 căn nhà cho hộ nghèo trong tháng 6/2025, giải ngân hết kinh phí hỗ trợ."
    ) == {"finance"}
    # a public building started still is investment
    assert "investment" in topics("Ban Quản lý dự án khởi công Trạm y tế xã Long Hưng trong quý II/2025.")


def test_informing_the_public_is_communication() -> None:
    # a broadcaster told to inform people more, no "tuyên truyền"
    assert topics(
        "Đài Phát thanh và Truyền hình tỉnh tăng cường thông tin để người dân biết lịch cắt điện, chủ động sắp xếp sản xuất."
    ) == {"communication"}
    # what it informs about is its object: "chỉ số công tơ" there is no metrology
    assert topics(
        "Phòng Kinh doanh tăng cường thông tin cho khách hàng về cách đọc chỉ số công tơ điện tử."
    ) == {"communication"}
