"""Round AA (the two-tier local government of July 2025, emergencies and steering committees, elected bodies, the Front
and mass organisations): words of a topic used in another sense (a stamp sealed, a quota met, a radiation meter carried,
people's property protected, false news punished, works operated), the members of a union or an association, the
Party's rating of its cells, staff entitlements and discipline, and the outreach of the Front and of broadcasters."""

from ketluan.ingest.topics import classify_topics


def topics(text: str) -> set[str]:
    return {h.topic for h in classify_topics(text)}


def test_stamp_sealed_in_a_handover_is_no_metrology() -> None:
    # a reorganised commune seals its old stamps and hands them over: nothing measured
    assert "metrology" not in topics(
        "UBND các xã Hòa Bình, Tân Lập niêm phong, bàn giao con dấu cũ cho Công an tỉnh; bảo quản hồ sơ, tài sản chờ "
        "bàn giao."
    )
    # the records or the ballot boxes sealed are no measuring instruments either
    assert "metrology" not in topics("Tổ bầu cử số 3 niêm phong hòm phiếu sau khi kết thúc bỏ phiếu.")
    # a fuel dispenser sealed still is
    assert "metrology" in topics(
        "Đội Quản lý thị trường số 2 niêm phong cột đo xăng dầu có dấu hiệu can thiệp."
    )


def test_radiation_meter_and_gauge_source_are_no_metrology() -> None:
    # a meter carried in a search for a lost source is a tool of radiation safety
    assert topics(
        "Bộ Chỉ huy Quân sự tỉnh cử lực lượng phòng hóa mang máy đo phóng xạ cầm tay phối hợp tìm kiếm nguồn bị mất."
    ) == {"radiation-safety"}
    # a level gauge that holds a radioactive source is the source's housing
    assert "metrology" not in topics(
        "Nhà máy xi măng tạm dừng vận hành thiết bị đo mức dùng nguồn phóng xạ Cs-137 cho đến khi được kiểm tra."
    )


def test_union_and_association_members_are_no_party_members() -> None:
    # a trade union's members named with the workers
    assert "party-affairs" not in topics(
        "Ban Nữ công Liên đoàn Lao động tỉnh rà soát danh sách đoàn viên, người lao động bị mất việc làm do thiên tai."
    )
    # the Front's outreach to union and association members
    assert "party-affairs" not in topics(
        "Ủy ban MTTQ huyện vận động đoàn viên, hội viên tham gia vệ sinh môi trường khu dân cư."
    )
    # a Youth Union member put forward to join the Party still is Party work
    assert "party-affairs" in topics(
        "Huyện đoàn giới thiệu đoàn viên ưu tú để chi bộ xem xét kết nạp đảng viên mới."
    )


def test_rating_of_party_cells_and_members_is_party_work() -> None:
    # the yearly review of the Party's cells and members, with "chất lượng" between
    assert "personnel" not in topics(
        "Ban Tổ chức Huyện ủy hướng dẫn các chi bộ trực thuộc đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên "
        "năm 2024."
    )


def test_conscription_quota_met_is_no_planning() -> None:
    # the quota handed down to a commune is met, not drawn up
    assert "planning" not in topics(
        "Ban Chỉ huy Quân sự xã Tân Phú phối hợp Công an xã tổ chức khám tuyển, gọi công dân nhập ngũ, bảo đảm đủ chỉ "
        "tiêu được giao."
    )
    # a development target still is planning
    assert "planning" in topics("Phòng Kinh tế đề xuất chỉ tiêu phát triển kinh tế - xã hội năm 2026 của xã.")


def test_staff_entitlements_in_either_wording_are_personnel() -> None:
    # "chế độ, chính sách cho cán bộ" as much as "… đối với cán bộ"
    assert "personnel" in topics(
        "Phòng Nội vụ giải quyết dứt điểm chế độ, chính sách cho cán bộ, công chức cấp xã nghỉ việc theo Nghị định."
    )
    assert "personnel" in topics(
        "UBND huyện thực hiện đầy đủ chính sách, chế độ đối với cán bộ thôi việc trước ngày 31/12."
    )


def test_discipline_misspelt_with_the_wrong_tone_is_still_personnel() -> None:
    # "kỹ luật" for "kỷ luật" is a common slip of typing and of OCR; the task is still discipline beside its subject
    assert {"personnel", "metrology"} <= topics(
        "Giám đốc Trung tâm Y tế huyện chỉ đạo hiệu chuẩn định kỳ các huyết áp kế; xử lý kỹ luật viên chức vi phạm quy "
        "tắc ứng xử."
    )


def test_works_operated_are_no_investment() -> None:
    # a reservoir operated and kept safe in a flood is operation of built works
    assert "investment" not in topics(
        "Công ty TNHH MTV Thủy lợi theo dõi mực nước các hồ chứa, vận hành công trình xả lũ đúng quy trình, bảo đảm an "
        "toàn công trình và vùng hạ du."
    )
    # boats counted before a storm are no site survey
    assert "investment" not in topics(
        "Đồn Biên phòng cửa khẩu cảng kiểm đếm tàu thuyền neo đậu tại khu tránh trú bão, báo cáo trước 17 giờ hằng ngày."
    )


def test_property_protected_is_no_finance() -> None:
    # the police protect people's property in an evacuation; no money is handled
    assert "finance" not in topics(
        "Công an huyện bố trí lực lượng giữ gìn an ninh, trật tự tại nơi sơ tán, chống trộm cắp tài sản của người dân."
    )


def test_donations_received_and_handed_out_are_finance() -> None:
    # money and goods donated after a flood, written with a comma as "tiền ủng hộ" is without
    assert "finance" in topics(
        "Ủy ban MTTQ tỉnh tiếp nhận, phân phối kịp thời, đúng đối tượng tiền, hàng ủng hộ đồng bào vùng lũ."
    )


def test_false_news_punished_and_information_shared_are_no_outreach() -> None:
    # the offence the police punish is posting false news
    assert "communication" not in topics(
        "Công an thành phố điều tra, xử lý các đối tượng đăng tải thông tin sai sự thật về tình hình dịch bệnh."
    )
    # information passed on to another body is no outreach
    assert "communication" not in topics(
        "Cục Y tế dự phòng giám sát các ca viêm phổi nặng, chia sẻ thông tin kịp thời với Cục Chăn nuôi."
    )


def test_members_persuaded_by_their_organisation_is_outreach() -> None:
    # the Farmers' Union reaches its members: communication even with no word of the press
    assert topics(
        "Đề nghị Hội Nông dân huyện vận động hội viên không sử dụng chất cấm trong chăn nuôi, khai báo kịp thời khi gia "
        "súc ốm chết."
    ) == {"communication"}


def test_broadcaster_informing_day_by_day_is_outreach() -> None:
    # a radio station informing the public every day about a drought
    assert topics(
        "Đài Truyền thanh huyện thông tin hằng ngày về mực nước, lịch lấy nước tưới cho người dân biết, chủ động sản xuất."
    ) == {"communication"}


def test_skills_told_to_the_public_are_no_course() -> None:
    # the public told how to protect themselves: outreach beside airtime, not training
    assert "training" not in topics(
        "Trung tâm Văn hóa - Thông tin huyện tăng thời lượng phát sóng, phổ biến kỹ năng phòng tránh sạt lở đất cho "
        "người dân."
    )


def test_cases_reported_up_are_no_inspection() -> None:
    # a union reports wage-arrears cases to the provincial union: reporting, not the state's checks
    assert topics(
        "Công đoàn ngành Y tế kịp thời báo cáo các vụ việc chậm trả lương về Liên đoàn Lao động tỉnh."
    ) == {"reporting"}


def test_official_information_given_to_the_press_is_outreach() -> None:
    # giving the press the official line, though "cung cấp thông tin" alone is no outreach
    assert "communication" in topics(
        "Văn phòng UBND tỉnh chủ động cung cấp thông tin chính thống về công tác cứu hộ cho phóng viên thường trú."
    )


def test_money_named_with_what_it_pays_for_is_budget_work() -> None:
    # the budget for staff entitlements is finance alone (seed 001: the money of a programme is finance)
    assert topics(
        "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí giải quyết chế độ, chính sách cho cán bộ, công chức dôi dư."
    ) == {"finance"}
    # and the money of a training programme settled
    assert topics(
        "Sở Tài chính hướng dẫn các huyện thanh toán, quyết toán kinh phí đào tạo nghề cho lao động nông thôn năm 2024."
    ) == {"finance"}


def test_meeting_or_anniversary_named_as_a_time_is_no_event() -> None:
    # "ngay sau cuộc họp" says when the work starts; what the union must then do is report
    assert topics(
        "Công đoàn Viên chức tỉnh ngay sau cuộc họp rà soát tình hình nợ lương; kịp thời báo cáo về Liên đoàn Lao động "
        "tỉnh."
    ) == {"reporting"}
    # an anniversary as the occasion of a visit is no event to organise
    assert "events" not in topics(
        "Hội Cựu chiến binh phường thăm hỏi, tặng quà các gia đình chính sách nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ."
    )


def test_occasion_of_the_task_is_its_time() -> None:
    # "trong dịp …" names when the security work is done, over "và" to a second occasion
    assert "events" not in topics(
        "Công an xã giữ gìn an ninh, trật tự trong dịp Tết Nguyên đán và các sự kiện văn hóa, thể thao trên địa bàn."
    )
    # an event organised on an occasion still is one
    assert "events" in topics(
        "Trung tâm Văn hóa tổ chức Hội thi văn nghệ quần chúng nhân dịp kỷ niệm ngày giải phóng."
    )


def test_broadcaster_named_in_full_then_informing_is_outreach() -> None:
    # "thông tin" right after the broadcaster's name is the verb, not a word of its name
    assert topics(
        "Đài Phát thanh - Truyền hình Cà Mau thông tin thường xuyên về lịch triều cường, hướng dẫn người dân gia cố nhà "
        "cửa."
    ) == {"communication"}


def test_field_an_official_is_trained_in_is_who_is_sent() -> None:
    # officials with a finance background sent to the communes: staffing, not finance
    assert topics(
        "Sở Nội vụ tham mưu điều động công chức có chuyên môn kế toán, tài chính về các xã còn thiếu người."
    ) == {"personnel"}


def test_community_team_made_up_again_is_no_staffing() -> None:
    # a mediation team of residents is no state apparatus
    assert "personnel" not in topics(
        "UBND xã kiện toàn các tổ hòa giải ở cơ sở, tập huấn nghiệp vụ cho hòa giải viên."
    )


def test_building_site_as_the_place_of_storm_safety_is_no_investment() -> None:
    # the works under construction are where cranes are lowered, nothing is invested
    assert "investment" not in topics(
        "Phòng Kinh tế - Hạ tầng hướng dẫn nhà thầu hạ cần cẩu, chằng chống lán trại tại các công trình đang thi công trước "
        "khi bão vào."
    )


def test_allowance_paid_to_trainees_is_money() -> None:
    # the meals and travel allowance of trainees is money support, not the course
    assert topics(
        "Về đề nghị tăng mức hỗ trợ tiền ăn, tiền đi lại cho học viên khuyết tật: UBND huyện xem xét, quyết định trong "
        "tháng 9."
    ) == {"finance"}
