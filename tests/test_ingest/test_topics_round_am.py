"""Round AM (blind notices on epidemics, vaccination and food safety; on schools, exams and vocational training; on ethnic
affairs, mass mobilisation and the Fatherland Front): an outbreak investigated and dealt with, a classroom disinfected, a
site surveyed before a work, a dispute mediated, a Party cell consolidated, teachers drawn and school staff hired, workers
described by their training, and the Front's watch over a beneficiaries' review. Each case is a variant written here, not a
copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- an outbreak investigated is no survey


def test_a_poisoning_investigated_is_no_statistics() -> None:
    # the file of the investigation completed and sent up, after a wedding's poisoning
    assert "statistics" not in topics(
        "Trung tâm Y tế thị xã lấy mẫu thức ăn lưu, hoàn thiện hồ sơ điều tra vụ ngộ độc tại đám cưới ở thôn Đông, gửi Sở Y tế "
        "trước ngày 10/9."
    )


def test_an_outbreak_investigated_is_no_statistics() -> None:
    # the epidemiological investigation of cases, written with either tone placement of the cue ("ổ dịch")
    assert "statistics" not in topics(
        "Trạm Y tế các xã, thị trấn điều tra dịch tễ từng ca bệnh sốt xuất huyết trong vòng 24 giờ kể từ khi nhận thông báo."
    )
    assert "statistics" not in topics(
        "Đội Y tế dự phòng huyện điều tra, khoanh vùng ổ dịch sởi tại thôn Nà Chang."
    )


def test_a_statistical_survey_stands_beside_a_disease() -> None:
    # a guard against over-reach (passes before too): a survey of the population's data is statistics, whatever it counts
    assert "statistics" in topics(
        "Chi cục Dân số tổ chức điều tra thống kê dân số và nhà ở giữa kỳ, thu thập số liệu đúng tiến độ."
    )


# --------------------------------------------------------------------------- an outbreak's focus dealt with is no enforcement


def test_an_outbreak_checked_and_dealt_with_is_no_inspection() -> None:
    assert "inspection" not in topics(
        "UBND các phường, xã tổ chức phun hóa chất diệt muỗi; kiểm tra, xử lý các ổ dịch sốt xuất huyết trên địa bàn."
    )


def test_a_leader_checking_how_outbreaks_are_handled_stays_inspection() -> None:
    # a guard against over-reach (passes before too): a check of how the bodies do the work is a compliance check
    assert "inspection" in topics(
        "Giao đồng chí Phó Chủ tịch UBND huyện trực tiếp kiểm tra công tác xử lý ổ dịch tại các xã."
    )


# --------------------------------------------------------------------------- a classroom cleaned is no class


def test_a_classroom_disinfected_is_no_training() -> None:
    assert "training" not in topics(
        "Phòng Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu học khử trùng lớp học, nhà vệ sinh bằng Cloramin B hai "
        "lần mỗi tuần."
    )
    assert "training" not in topics(
        "Các trường học tổ chức tổng vệ sinh lớp học, khuôn viên trường trước ngày học sinh trở lại trường."
    )


# --------------------------------------------------------------------------- a site surveyed before a work is no survey


def test_a_site_surveyed_before_an_investment_is_no_statistics() -> None:
    assert "statistics" not in topics(
        "Đề nghị Công ty Điện lực huyện khảo sát, xem xét đầu tư kéo lưới điện cho 20 hộ dân ở thôn Khuổi Phầy trong năm 2025."
    )
    assert "statistics" not in topics(
        "Phòng Kinh tế - Hạ tầng khảo sát hiện trạng, đề xuất phương án sửa chữa cầu treo bản Mường trước mùa mưa."
    )


def test_a_survey_of_households_stays_statistics() -> None:
    # a guard against over-reach (passes before too): a survey with a population as its object is statistics
    assert "statistics" in topics(
        "Phòng Dân tộc huyện khảo sát, thống kê số hộ đồng bào dân tộc thiểu số thiếu đất sản xuất, hoàn thành trong quý III."
    )


# --------------------------------------------------------------------------- a dispute mediated is no complaint settled


def test_cases_mediated_at_the_grassroots_are_no_inspection() -> None:
    assert "inspection" not in topics(
        "Hội Phụ nữ xã phát huy vai trò các tổ hòa giải, giải quyết các vụ việc mâu thuẫn trong gia đình, không để phát sinh "
        "điểm nóng."
    )
    # the other tone placement
    assert "inspection" not in topics(
        "Ban Công tác Mặt trận các khu dân cư tham gia hoà giải các vụ việc tranh chấp đất đai nhỏ ngay tại cơ sở."
    )


# --------------------------------------------------------------------------- a Party cell consolidated is Party work


def test_a_party_cell_consolidated_is_party_work_not_staffing() -> None:
    found = topics(
        "Ban Tổ chức Huyện ủy hướng dẫn kiện toàn các chi bộ trực thuộc Đảng bộ xã sau khi sáp nhập thôn, hoàn thành trong "
        "quý IV."
    )
    assert "personnel" not in found
    assert "party-affairs" in found


def test_a_steering_board_consolidated_stays_personnel() -> None:
    # a guard against over-reach (passes before too): a state body consolidated is staffing and organisation work
    assert "personnel" in topics(
        "UBND các xã kiện toàn Ban Chỉ đạo phòng, chống dịch cấp xã xong trước ngày 30/6."
    )


# --------------------------------------------------------------------------- teachers drawn, school staff hired


def test_teachers_drawn_and_school_staff_hired_are_personnel() -> None:
    assert "personnel" in topics(
        "UBND huyện nghiên cứu ban hành chính sách thu hút giáo viên về công tác tại các xã vùng cao."
    )
    assert "personnel" in topics(
        "Các trường phổ thông dân tộc bán trú tổ chức hợp đồng nhân viên bảo vệ, cấp dưỡng theo quy định trước ngày 15/9."
    )


# --------------------------------------------------------------------------- workers described by their training


def test_workers_described_by_their_training_are_no_course() -> None:
    assert "training" not in topics(
        "Trung tâm Dịch vụ việc làm kết nối, giới thiệu việc làm tại các khu công nghiệp cho người lao động đã qua học nghề."
    )


def test_a_vocational_course_stays_training() -> None:
    # a guard against over-reach (passes before too)
    assert "training" in topics(
        "Trường Trung cấp nghề tỉnh mở lớp dạy nghề may công nghiệp cho lao động nông thôn trong quý III."
    )


# --------------------------------------------------------------------------- the Front's watch over a review


def test_the_fronts_watch_over_a_beneficiaries_review_is_inspection() -> None:
    assert "inspection" in topics(
        "Đề nghị Ủy ban MTTQ Việt Nam xã giám sát việc bình xét hộ nghèo, hộ cận nghèo năm 2025, bảo đảm dân chủ, công khai."
    )
