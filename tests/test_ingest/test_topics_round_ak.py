"""Round AK (blind notices on traffic safety and road order; on fire prevention, rescue and civil protection; on people with
merit, war martyrs and veterans): vehicles counted at the roadworthiness test, offences named as what is published, a
station named for the checks it holds, donations to a named fund, a purpose lead-in's occasion, a fire guard post, a
proposal studied and a procedure named. Each case is a variant written here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context, masked=masked)}


def name_span(text: str, name: str) -> list[tuple[int, int]]:
    """The span of a body's name in ``text``, as the agency extractor passes it (``masked``)."""
    start = text.index(name)
    return [(start, start + len(name))]


# --------------------------------------------------------------------------- vehicles at the roadworthiness test


def test_vehicles_counted_at_the_roadworthiness_test_are_no_metrology() -> None:
    # a test centre's count of vehicles tested or waiting, with no "đăng kiểm" or "xe cơ giới" in the task's own cell
    found = topics(
        "Tổng hợp số phương tiện đã được kiểm định và số phương tiện chưa kiểm định, gửi Sở Xây dựng trước ngày 10 hằng tháng."
    )
    assert "metrology" not in found
    assert "metrology" not in topics(
        "Báo cáo số lượng phương tiện đã kiểm định trong tuần về Sở Giao thông vận tải."
    )


def test_a_report_of_vehicles_tested_is_reporting() -> None:
    # with the false sense gone, the report the task opens with is what it is
    assert topics("Báo cáo số lượng phương tiện đã kiểm định trong tuần về Sở Giao thông vận tải.") == {
        "reporting"
    }


def test_measuring_instruments_tested_stay_metrology() -> None:
    # a guard: "phương tiện đo" is a measuring instrument, tested or not
    assert "metrology" in topics(
        "Tổ chức kiểm định các phương tiện đo đã hết hạn kiểm định tại các chợ trong quý II/2024."
    )
    assert "metrology" in topics(
        "Rà soát số phương tiện đo chưa kiểm định tại các cơ sở y tế, báo cáo Sở trước ngày 30/6."
    )


# --------------------------------------------------------------------------- offences as what is published


def test_offences_reported_on_air_are_no_enforcement() -> None:
    # a broadcaster "phản ánh" offences in its programme: it tells of them, it deals with none
    found = topics(
        "Đài Truyền thanh huyện mở chuyên mục an toàn giao thông, thường xuyên phản ánh những hành vi vi phạm trên các tuyến đường."
    )
    assert "inspection" not in found
    assert "communication" in found


def test_a_list_of_offenders_posted_is_no_enforcement() -> None:
    # the offenders named as what a website or the press carries
    found = topics(
        "Văn phòng Sở đăng tải danh sách các chủ phương tiện vi phạm lên Cổng thông tin điện tử của Sở hằng tháng."
    )
    assert "inspection" not in found
    assert "communication" in found


def test_offences_dealt_with_stay_enforcement() -> None:
    # a guard: offences dealt with, with a report of them beside it, are enforcement
    assert "inspection" in topics(
        "Công an huyện tuần tra, xử lý các hành vi vi phạm về nồng độ cồn, phản ánh kết quả về Ban."
    )
    assert "inspection" in topics(
        "Thanh tra Sở kiểm tra, xử lý các doanh nghiệp vận tải vi phạm trong tháng 12/2015."
    )


# --------------------------------------------------------------------------- a station named for its checks


def test_building_a_weigh_station_is_investment_not_a_check() -> None:
    # "trạm kiểm tra tải trọng xe" names a facility to be built, under a heading about overloaded trucks
    found = topics(
        "Sở Giao thông vận tải lập dự án đầu tư xây dựng trạm kiểm tra tải trọng xe cố định trên Quốc lộ 14, trình UBND tỉnh.",
        context="Tình trạng xe chở quá tải trọng trên các tuyến quốc lộ vẫn diễn ra, yêu cầu:",
    )
    assert "inspection" not in found
    assert "investment" in found


# --------------------------------------------------------------------------- donations to a named fund


def test_a_donation_to_a_named_fund_is_finance() -> None:
    # the fund's name is a body's name (masked), the gift to it is money work (topics.ttl: "ủng hộ quỹ")
    text = 'Ủy ban MTTQ huyện vận động cán bộ, nhân dân ủng hộ Quỹ "Vì người nghèo" huyện đạt chỉ tiêu trên giao.'
    assert "finance" in topics(text, masked=name_span(text, 'Quỹ "Vì người nghèo" huyện'))
    text = 'Hội Cựu chiến binh tỉnh vận động hội viên đóng góp Quỹ "Nghĩa tình đồng đội" để hỗ trợ hội viên khó khăn.'
    assert "finance" in topics(text, masked=name_span(text, 'Quỹ "Nghĩa tình đồng đội"'))


def test_a_meeting_that_runs_into_a_name_stays_masked() -> None:
    # a guard: a keyword that runs into another body's name ("giao Ban …") still does not count
    text = "Giao Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh thẩm tra tờ trình trong tháng 11/2020."
    assert "events" not in topics(
        text, masked=name_span(text, "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh")
    )


# --------------------------------------------------------------------------- a purpose lead-in's occasion


def test_a_purpose_lead_ins_occasion_is_not_given_to_the_items() -> None:
    # "Để tổ chức các hoạt động kỷ niệm …, yêu cầu:" says why the items are done; gifts handed out are no event
    lead = "Để tổ chức các hoạt động kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ chu đáo, yêu cầu các đơn vị thực hiện:"
    assert "events" not in topics(
        "Sở Nội vụ tiếp nhận và chuyển quà của Chủ tịch nước đến người có công trước ngày 20/7/2022.",
        context=lead,
    )


def test_a_heading_that_names_the_event_is_still_given() -> None:
    # a guard: a heading that is itself the event ("Về tổ chức Lễ kỷ niệm …:") still gives its topic to a neutral item
    assert "events" in topics(
        "Sở Nội vụ chủ trì, phối hợp các đơn vị liên quan thực hiện trước ngày 20/7/2022.",
        context="Về tổ chức Lễ kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ:",
    )


def test_a_candle_vigil_is_an_event() -> None:
    # "thắp nến tri ân" at the martyrs' cemeteries on the eve of 27/7 is a ceremony held
    assert "events" in topics(
        "UBND các xã tổ chức thắp nến tri ân các anh hùng liệt sĩ tại nghĩa trang vào tối 26/7/2022."
    )


# --------------------------------------------------------------------------- a forest fire guard post


def test_a_guard_post_at_the_forest_edge_is_fire_watch_not_enforcement() -> None:
    # "chốt chặn" at the forest's entrances in the dry season keeps fire out, it catches no smugglers
    assert "inspection" not in topics(
        "Các Ban quản lý rừng phòng hộ bố trí người trực chốt chặn tại các cửa rừng, phát dọn thực bì trước ngày 31/3/2021."
    )


def test_a_guard_post_at_the_border_stays_enforcement() -> None:
    # a guard: the border guard's posts on the trails (round AJ) are anti-smuggling control
    assert "inspection" in topics(
        "Đồn Biên phòng duy trì các tổ chốt chặn tại đường mòn, lối mở, kiểm soát chặt người và phương tiện qua lại."
    )


# --------------------------------------------------------------------------- a proposal studied, a procedure named


def test_a_proposal_studied_for_the_superior_is_no_research() -> None:
    # "nghiên cứu, báo cáo sau", "nghiên cứu, tham mưu": a matter studied and answered, no research project
    assert "research-projects" not in topics(
        "Chủ tịch ghi nhận ý kiến của Sở Công Thương, giao Sở nghiên cứu, báo cáo sau."
    )


def test_a_research_project_stays_research() -> None:
    # a guard: research named with its project
    assert "research-projects" in topics(
        "Trường Đại học Tây Nguyên nghiên cứu khoa học về giống cà phê, nghiệm thu đề tài trong năm 2022."
    )


def test_the_steps_of_a_licence_are_an_administrative_procedure() -> None:
    # "trình tự, thủ tục cấp …" names an administrative procedure, here handed down to the communes
    # beside a training course in a later part, which the procedure must not be lost to
    found = topics(
        "Phòng Kinh tế hướng dẫn các xã trình tự, thủ tục cấp phép khai thác bến thủy nội địa; tổ chức tập huấn cho cán bộ xã."
    )
    assert "administrative-reform" in found
    assert "training" in found
