"""Round AG (blind notices on citizens' reception, complaints and anti-corruption, on housing and real estate, and on labour
relations, trade unions, youth and sport): a compensation plan made or its prices checked, a violator taken to court or a crime's signs
checked, a list kept up to date, a union's outreach to workers beside another task, a named programme or market held, the
statutory housing programme for a period, something made public so that the people it concerns know it. Each case is a variant
written here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


def test_a_compensation_plan_drawn_up_is_site_clearance_work() -> None:
    # the answer to a complaint is a supplementary compensation plan; the payment named after it is no budget work
    assert topics(
        "Giao UBND huyện Krông Pắc lập phương án bồi thường, hỗ trợ bổ sung cho 12 hộ đủ điều kiện, hoàn thành chi trả "
        "trong tháng 9/2022."
    ) == {"investment"}


def test_unit_prices_of_compensation_checked_are_site_clearance_work() -> None:
    # the prices applied, reviewed in answer to a complaint: the complaint does not hide them; the old tone placement "hoà"
    assert {"finance", "inspection", "investment"} <= topics(
        "Sở Tài nguyên và Môi trường tham mưu giải quyết khiếu nại của các hộ ở xã Hoà Phong, kiểm tra lại đơn giá bồi "
        "thường cây trồng đã áp dụng."
    )


def test_suing_a_firm_that_owes_social_insurance_is_enforcement() -> None:
    # the union's right to sue (Bộ luật Lao động, Điều 179)
    assert "inspection" in topics(
        "Liên đoàn Lao động tỉnh hướng dẫn công đoàn cơ sở khởi kiện ra Tòa án các doanh nghiệp chây ỳ nợ bảo hiểm xã hội."
    )


def test_checking_the_signs_of_a_crime_is_enforcement() -> None:
    # beside the debt collected, in a ";"-clause of its own
    assert {"finance", "inspection"} <= topics(
        "Bảo hiểm xã hội tỉnh đôn đốc thu nợ đóng bảo hiểm xã hội; phối hợp Công an tỉnh làm rõ dấu hiệu tội trốn đóng "
        "bảo hiểm xã hội tại 03 doanh nghiệp."
    )


def test_a_list_kept_up_to_date_is_data_collection() -> None:
    # no "thống kê" written
    assert "statistics" in topics(
        "Ban Quản lý các khu công nghiệp rà soát, cập nhật danh sách doanh nghiệp chậm trả lương, gửi Sở Lao động - "
        "Thương binh và Xã hội trước ngày 15/12/2023."
    )


def test_a_unions_outreach_to_workers_is_a_task_beside_its_organising() -> None:
    # "tuyên truyền, vận động công nhân" in a clause of its own, the union's strengthening in the next
    assert {"communication", "personnel"} <= topics(
        "Liên đoàn Lao động thành phố tuyên truyền, vận động công nhân yên tâm làm việc; củng cố, kiện toàn Ban Chấp hành "
        "công đoàn cơ sở Công ty."
    )


def test_persuading_workers_back_to_work_is_outreach() -> None:
    # the only thing the union is asked to do
    assert "communication" in topics(
        "Công đoàn cơ sở Công ty vận động công nhân trở lại làm việc từ ca sáng ngày 20/5/2019."
    )


def test_a_named_market_held_for_workers_is_an_event() -> None:
    # the market's noun opens the name in quotes
    assert "events" in topics(
        "Công đoàn Khu kinh tế tỉnh tổ chức “Phiên chợ nghĩa tình” cho đoàn viên có hoàn cảnh khó khăn trước Tết."
    )


def test_a_named_programme_held_is_an_event_beside_its_gifts() -> None:
    # the gifts and the money are named in the same clause
    assert {"events", "finance"} <= topics(
        'Liên đoàn Lao động tỉnh bố trí kinh phí hỗ trợ đoàn viên; phối hợp tổ chức chương trình "Xuân yêu thương" năm '
        "2024, trao 2.000 suất quà cho công nhân."
    )
    # a slogan in quotes is no event
    assert "events" not in topics(
        'UBND các xã tổ chức "ra quân làm sạch đồng ruộng" theo kế hoạch của huyện.'
    )


def test_the_housing_programme_for_a_period_is_planning() -> None:
    # the programme's subject runs long before its period
    assert "planning" in topics(
        "Sở Xây dựng hoàn thiện Chương trình phát triển nhà ở cho người có thu nhập thấp và công nhân làm việc tại các khu "
        "công nghiệp trên địa bàn tỉnh giai đoạn 2021 - 2025, trình UBND tỉnh trong tháng 10/2021."
    )


def test_something_made_public_so_that_people_know_it_is_outreach() -> None:
    # no medium named; the list is of housing projects
    assert "communication" in topics(
        "Sở Xây dựng công khai danh sách các dự án đủ điều kiện bán nhà ở xã hội để người dân biết, nộp hồ sơ."
    )
    # the body's own results made public, no audience: transparency, as before
    assert "communication" not in topics(
        "Thanh tra Sở công khai kết quả kiểm tra các cơ sở kinh doanh xăng dầu."
    )


def test_a_reception_missed_is_no_reception_to_hold() -> None:
    # the absence answered for names the reception; the compensation plan is the task
    assert "inspection" not in topics(
        "UBND xã Tân Hưng lập phương án bồi thường bổ sung cho 05 hộ; Chủ tịch UBND xã kiểm điểm việc vắng mặt tại buổi "
        "tiếp công dân của Chủ tịch UBND huyện."
    )


def test_a_citizens_request_resolved_is_complaint_work() -> None:
    # the request a citizen brought to the reception, resolved by the district: no complaint named
    assert "inspection" in topics(
        "Giao UBND huyện Vũ Thư tiếp nhận đơn, xem xét giải quyết cho công dân theo thẩm quyền, trả lời bằng văn bản trước "
        "ngày 30/6/2010."
    )
    # and beside the absence from the reception, which names no reception to hold
    assert "inspection" in topics(
        "Giao UBND huyện Vũ Thư xem xét giải quyết cho công dân theo thẩm quyền; kiểm điểm việc không cử đại diện dự buổi "
        "tiếp công dân."
    )


def test_dossiers_left_late_at_the_one_stop_desk_are_procedure_work() -> None:
    # land dossiers, checked by the office; the old tone placement "hoà" in the ward's name
    assert "administrative-reform" in topics(
        "Văn phòng UBND phường Hoà Thuận kiểm tra, làm rõ nguyên nhân chậm trễ; rà soát các hồ sơ đất đai còn tồn, không "
        "để trễ hạn."
    )


def test_a_project_owner_guided_is_whom_the_task_addresses() -> None:
    # what the owner is guided to do is the task: a detailed plan amended
    assert topics(
        "Sở Xây dựng hướng dẫn các chủ đầu tư hoàn chỉnh hồ sơ điều chỉnh quy hoạch chi tiết tỷ lệ 1/500 khu nhà ở xã hội, "
        "trình UBND tỉnh phê duyệt."
    ) == {"planning"}


def test_project_owners_chased_for_a_fee_is_the_fee() -> None:
    # the tax office's reminder under a heading on stalled projects; the owners are whom it goes to
    assert topics(
        "Chi cục Thuế khu vực đôn đốc các chủ đầu tư nộp tiền sử dụng đất đúng hạn; tính tiền chậm nộp theo quy định.",
        context="3. Về các dự án nhà ở thương mại chậm triển khai:",
    ) == {"finance"}
    # building work pushed stays investment
    assert "investment" in topics("Sở Xây dựng đôn đốc chủ đầu tư đẩy nhanh tiến độ thi công khối nhà CT2.")
