"""Round AE (blind notices on energy, water supply and dam safety, on foreign affairs and border gates, and on elections and
censuses): bilateral talks organised, a meeting held with "các" before its noun, outreach against an offence, an offence
named as background, telling the public, registers of voters, duplicates cleared, nouns that only qualify an operating task
(a plant powered, budget-funded units, rotating supply, an outage schedule, a plan's systems), the census as a campaign's
message or what money pays for, a place phrase over coordinated nouns, a security plan for one day. Each case is a variant
written here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, masked=masked)}


def masked_name(text: str, name: str) -> list[tuple[int, int]]:
    """The span of ``name`` in ``text``, as the extractor passes the bodies it found."""
    start = text.index(name)
    return [(start, start + len(name))]


def test_bilateral_talks_organised_are_an_event() -> None:
    # foreign-affairs notices name the meeting they organise "hội đàm"
    assert topics(
        "Sở Ngoại vụ chuẩn bị nội dung, tổ chức buổi hội đàm với lãnh đạo tỉnh Hủa Phăn (Lào) trong quý II/2019."
    ) == {"events"}
    # "tham mưu" before it, and talks between leaders
    assert "events" in topics(
        "Văn phòng UBND tỉnh tham mưu tổ chức hội đàm giữa lãnh đạo tỉnh với lãnh đạo tỉnh Svay Rieng về quản lý biên giới."
    )


def test_a_meeting_held_with_a_plural_before_its_noun_is_an_event() -> None:
    # the agency finder reads a collective "các hội" (associations) inside "các hội nghị"; the meeting is still held
    text = "Ủy ban MTTQ huyện phối hợp UBND các xã tổ chức các hội nghị tiếp xúc cử tri trước ngày 10/5/2021."
    assert "events" in topics(text, masked_name(text, "các hội"))
    # a real association's name stays masked: "Hội Nông dân tỉnh" holds no meeting
    text = "Hội Nông dân tỉnh vận động hội viên tham gia bảo hiểm xã hội tự nguyện."
    assert "events" not in topics(text, masked_name(text, "Hội Nông dân tỉnh"))


def test_outreach_against_smuggling_is_communication() -> None:
    # the offence is what people are urged to stay away from; nobody is checked
    assert topics(
        "UBND xã Tân Thanh tuyên truyền, vận động nhân dân không tham gia buôn lậu, vận chuyển hàng cấm qua biên giới."
    ) == {"communication"}
    # the enforcement in a clause of its own still is inspection
    assert "inspection" in topics(
        "UBND xã tuyên truyền, vận động nhân dân không tiếp tay cho buôn lậu; phối hợp Đồn Biên phòng bắt giữ các đối tượng "
        "buôn lậu."
    )


def test_an_offence_named_as_background_is_no_enforcement() -> None:
    # families urged to declare a relative who crossed the border illegally
    assert "inspection" not in topics(
        "UBND xã Vĩnh Xương vận động gia đình có con em xuất cảnh trái phép khai báo với Công an xã."
    )


def test_telling_the_public_is_communication() -> None:
    # "thông tin" as a verb toward the people
    assert topics(
        "Công ty Thủy điện Đăk Mi thông tin rộng rãi đến người dân vùng hạ du trước khi vận hành xả lũ."
    ) == {"communication"}
    # the adverb first
    assert topics(
        "Đài Phát thanh - Truyền hình tỉnh thường xuyên thông tin về tình hình hạn hán, hướng dẫn người dân tiết kiệm nước."
    ) == {"communication"}
    # a list made public on the company's website, in a clause of its own beside enforcement; investors are its audience
    assert topics(
        "Công ty Điện lực kiểm tra, xử lý nghiêm các trường hợp đấu nối sai quy định; công khai trên trang thông tin điện tử "
        "của Công ty danh sách các trạm biến áp đã đầy tải để nhà đầu tư biết."
    ) == {"inspection", "communication"}
    # a list posted at the commune office alone is no outreach through the media
    assert "communication" not in topics(
        "UBND các xã công khai danh sách hộ được hỗ trợ xóa nhà tạm tại trụ sở UBND xã."
    )


def test_the_voter_register_is_no_statistical_list() -> None:
    # a register with a legal function
    assert "statistics" not in topics(
        "Ủy ban bầu cử các phường rà soát danh sách cử tri là sinh viên tạm trú; báo cáo kết quả về Ủy ban bầu cử thành phố "
        "trước ngày 05/5/2021."
    )
    # a list of poor households still is statistics
    assert "statistics" in topics("UBND các xã rà soát danh sách hộ nghèo, hộ cận nghèo năm 2021.")


def test_duplicates_cleared_from_a_register_are_no_violation() -> None:
    assert "inspection" not in topics(
        "UBND các xã rà soát, chỉnh lý danh sách cử tri, xử lý dứt điểm các trường hợp trùng lặp trước ngày 10/5/2016."
    )


def test_nouns_that_only_qualify_an_operating_task() -> None:
    # the plant that gets power is a beneficiary, not a construction project
    assert "investment" not in topics(
        "Công ty Điện lực ưu tiên cấp điện cho bệnh viện, trạm bơm tiêu úng và công trình thủy điện Hòa Bình."
    )
    # budget-funded units say which bodies are checked
    assert "finance" not in topics(
        "Sở Công Thương kiểm tra việc thực hiện tiết kiệm điện tại các đơn vị sử dụng ngân sách nhà nước trên địa bàn huyện."
    )
    # rotating water supply is a schedule, not staff rotation
    assert "personnel" not in topics(
        "Công ty Cấp nước thông báo lịch cấp nước luân phiên cho khách hàng tại phường 3."
    )
    # an outage schedule is no activity plan
    assert "planning" not in topics(
        "Khi có kế hoạch tạm ngừng cung cấp điện, Điện lực huyện phải báo trước cho các trạm bơm để chạy máy phát."
    )
    # the systems an operating plan covers
    assert "investment" not in topics(
        "Công ty Thủy lợi xây dựng kế hoạch tưới vụ Hè Thu cho từng hệ thống công trình, trình Sở phê duyệt."
    )


def test_the_census_as_a_message_or_paid_for_is_no_statistical_work() -> None:
    # propaganda about the census is communication
    assert topics(
        "Đài Phát thanh - Truyền hình tỉnh tăng cường tuyên truyền về ý nghĩa của Tổng điều tra dân số và nhà ở."
    ) == {"communication"}
    # funding it is finance
    assert topics("Sở Tài chính bảo đảm kinh phí hỗ trợ Tổng điều tra kinh tế năm 2021.") == {"finance"}
    # running it still is statistics
    assert "statistics" in topics("Cục Thống kê tổ chức Tổng điều tra dân số trên địa bàn tỉnh.")


def test_a_place_phrase_runs_on_over_coordinated_nouns() -> None:
    # "trong các khu công nghiệp, cụm công nghiệp" says where the firms are
    assert "investment" not in topics(
        "Ban Quản lý Khu kinh tế tỉnh cung cấp danh sách doanh nghiệp trong các khu công nghiệp, cụm công nghiệp cho Cục "
        "Thống kê."
    )


def test_a_security_plan_for_one_day_is_no_planning() -> None:
    assert "planning" not in topics(
        "Công an huyện xây dựng kế hoạch bảo đảm an ninh, trật tự trong ngày bầu cử, nhất là tại các xã vùng cao."
    )


def test_a_standard_the_cases_fail_is_the_yardstick_of_enforcement() -> None:
    # "xử lý các trường hợp không bảo đảm quy chuẩn …": the cases dealt with
    assert topics(
        "Sở Y tế kiểm tra các trạm cấp nước nông thôn, kịp thời xử lý các trường hợp không bảo đảm quy chuẩn kỹ thuật về "
        "nước sạch."
    ) == {"inspection"}
    # applying a standard still is standards work
    assert "standards-quality" in topics(
        "Chi cục hướng dẫn doanh nghiệp áp dụng quy chuẩn kỹ thuật quốc gia về nước sạch."
    )
