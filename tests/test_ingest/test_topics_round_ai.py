"""Round AI (blind notices on emulation and rewards, archives and religious affairs; on minerals, sand mining and
quarries; on banking, credit and the social policy bank): the vocabulary of emulation (its titles, blocs, scoring
criteria and movements), the model examples it cultivates, a revetment surveyed and designed, a vocational school named
as the kind of school, and a loan officer named as a job. Each case is a variant written here, not a copy of a round's
notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


def test_emulation_scoring_criteria_are_emulation_work() -> None:
    # a district's home-affairs office drafting how the emulation clusters are scored
    assert "personnel" in topics(
        "Phòng Nội vụ huyện Kim Thành tham mưu UBND huyện ban hành tiêu chí chấm điểm thi đua đối với các xã, thị trấn năm 2016."
    )


def test_an_emulation_bloc_and_its_pledge_are_emulation_work() -> None:
    # the blocs of communes ("Cụm thi đua") sign their yearly pledge
    assert "personnel" in topics(
        "Sở Nội vụ hướng dẫn các Cụm thi đua tổ chức ký kết giao ước thi đua năm 2024 trước ngày 15/3/2024."
    )


def test_a_state_order_proposed_is_a_reward() -> None:
    # the dossier of an order (Huân chương) handled by the emulation board, its own name masked as the agency finder
    # gives it
    text = (
        "Giao Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh hoàn thiện hồ sơ đề nghị tặng Huân chương Lao động hạng Ba cho 02 "
        "tập thể, trình UBND tỉnh trước ngày 20/10/2018."
    )
    start = text.index("Ban Thi đua")
    board = (start, start + len("Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh"))
    assert "personnel" in {h.topic for h in classify_topics(text, masked=[board])}


def test_the_title_of_emulation_fighter_is_a_reward() -> None:
    # "danh hiệu Chiến sĩ thi đua cấp tỉnh": the title's name comes between "danh hiệu" and "thi đua"
    assert "personnel" in topics(
        "Sở Nội vụ trình Chủ tịch UBND tỉnh Bình Phước quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 15 cá nhân."
    )


def test_certificates_of_merit_and_emulation_flags_are_rewards() -> None:
    # the lower forms of reward: a Bằng khen, a Giấy khen, a Cờ thi đua
    assert "personnel" in topics(
        "UBND huyện Yên Thành tặng Giấy khen cho 12 tập thể có thành tích xuất sắc năm 2019."
    )
    assert "personnel" in topics("Đề nghị UBND tỉnh tặng Cờ thi đua cho xã dẫn đầu Cụm 3 năm 2019.")
    assert "personnel" in topics(
        "Văn phòng Sở lập hồ sơ đề nghị Bằng khen của Bộ trưởng cho 03 cá nhân, gửi Vụ Thi đua - Khen thưởng trong tháng 11."
    )


def test_an_emulation_movement_reported_is_emulation_work_too() -> None:
    # the results of a yearly movement reported to the board: reporting, and the movement says what it is about
    assert {"personnel", "reporting"} <= topics(
        "UBND các xã sơ kết phong trào thi đua năm 2022, báo cáo kết quả về Phòng Nội vụ huyện trước ngày 10/12/2022."
    )


def test_model_examples_cultivated_are_no_course() -> None:
    # "phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến": the set phrase of emulation, nobody trained
    assert "training" not in topics(
        "Các xã trong Cụm tiếp tục phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến trong sản xuất, kinh doanh giỏi."
    )


def test_a_revetment_surveyed_and_designed_is_construction() -> None:
    # a field survey before a revetment is built: the works, not statistics
    assert topics(
        "UBND huyện Đại Lộc khảo sát, lập phương án xây dựng kè chống sạt lở bờ sông Thu Bồn đoạn qua xã Đại An."
    ) == {"investment"}


def test_a_vocational_school_named_is_no_training() -> None:
    # "trường dạy nghề" says which schools confirm their students for a loan
    found = topics(
        "Sở Lao động - Thương binh và Xã hội chỉ đạo các trường trung cấp, trường dạy nghề xác nhận kịp thời cho học sinh "
        "đang theo học để hoàn thiện hồ sơ vay vốn."
    )
    assert "training" not in found and "finance" in found


def test_a_loan_officer_is_a_job_not_credit_work() -> None:
    # "cán bộ tín dụng" is whose conduct is reviewed: discipline, not lending
    assert topics(
        "Ban Giám đốc Phòng giao dịch huyện Tiên Du tổ chức kiểm điểm trách nhiệm các cán bộ tín dụng, nhân viên tín dụng "
        "có liên quan trong tháng 10/2020."
    ) == {"personnel"}


def _with_names(text: str, *names: str) -> set[str]:
    """The topics of ``text`` with ``names`` masked, as the agency finder passes the bodies it found."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {h.topic for h in classify_topics(text, masked=spans)}


def test_a_dossier_sent_to_the_emulation_board_is_emulation_work() -> None:
    # nothing but the body the dossier goes to says what it is for ("ký gửi Ban Thi đua - Khen thưởng tỉnh")
    text = (
        "Phòng Nội vụ huyện Can Lộc hoàn thiện hồ sơ, tờ trình, trình UBND huyện ký gửi Ban Thi đua - Khen thưởng tỉnh "
        "Hà Tĩnh trước ngày 25/11/2017."
    )
    assert _with_names(text, "Phòng Nội vụ huyện Can Lộc", "Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh") == {
        "personnel"
    }


def test_a_file_sent_back_to_the_ip_office_is_intellectual_property() -> None:
    # "gửi về" a body of one field: the field is what the papers are for
    text = "Công ty bổ sung hồ sơ theo yêu cầu của Đoàn thẩm định, gửi về Cục Sở hữu trí tuệ trước ngày 30/6/2021."
    assert "intellectual-property" in _with_names(text, "Cục Sở hữu trí tuệ")


def test_a_revetment_of_any_kind_as_the_means_is_construction() -> None:
    # "bằng kè rọ đá": the works named by their means, beside a plan drafted and submitted
    assert "investment" in topics(
        "Phòng Kinh tế huyện Quế Sơn khảo sát, lập phương án gia cố đoạn bờ sông bị sạt lở bằng kè rọ đá, trình UBND "
        "huyện trước ngày 20/9/2020."
    )


def test_a_list_sent_to_a_body_says_nothing_of_its_field() -> None:
    # papers that are no dossier: the industrial zones' board only receives the list (passes before the rule too: a guard)
    text = "Phòng Thu lập danh sách các đơn vị nợ đọng, gửi Ban Quản lý các khu công nghiệp tỉnh trước ngày 25/6/2016."
    assert "investment" not in _with_names(text, "Phòng Thu", "Ban Quản lý các khu công nghiệp tỉnh")
