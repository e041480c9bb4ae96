"""Topic rules and keywords added after the round-F notices (ketluan.ingest.topics, ontology/topics.ttl).

Each sentence is written for these tests in the wording of provincial, district and commune notices; the
bodies, places and figures differ from the round-F notices that showed the error.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics, load_topic_scheme


def topics_of(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------------------- other senses (kl:otherSenseCue)


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle's roadworthiness test is no calibration work
        "Trung tâm Đăng kiểm 7301D bố trí thêm dây chuyền kiểm định, ưu tiên xe cơ giới chở khách.",
        "Sở Giao thông vận tải đề xuất địa điểm kiểm định lưu động cho ô tô con tại huyện Tân Kỳ.",
        "Hướng dẫn chủ phương tiện thực hiện chu kỳ kiểm định mới đối với xe máy chuyên dùng và tàu cá.",
    ],
)
def test_vehicle_inspection_is_not_metrology(text):
    assert "metrology" not in topics_of(text)


def test_booking_an_inspection_slot_is_not_metrology():
    text = "Công khai lịch hẹn kiểm định của từng trung tâm trên trang thông tin điện tử."
    assert topics_of(text) == {"communication"}


def test_strong_metrology_keywords_stand_beside_vehicles():
    # calibrating the measuring equipment of an inspection line is calibration work
    text = "Kiểm tra việc hiệu chuẩn thiết bị đo khí thải tại các đơn vị đăng kiểm xe cơ giới."
    assert "metrology" in topics_of(text)
    # without a vehicle, "kiểm định" is still calibration work
    assert topics_of("Đưa cân bàn của hợp tác xã đi kiểm định trước vụ thu mua.") == {"metrology"}
    assert topics_of("Trung tâm 3 triển khai kiểm định lưu động tại các huyện miền núi.") == {"metrology"}


def test_other_sense_cues_are_declared():
    scheme = load_topic_scheme()
    assert "xe cơ giới" in scheme.concepts["metrology"].other_sense_cues
    # strong keywords are not vetoed: the cue only reads weak ones
    assert "kiểm định" in scheme.concepts["metrology"].weak_keywords


def test_inspected_e_commerce_is_not_innovation():
    text = "Đội Quản lý thị trường số 2 phối hợp Công an huyện kiểm tra kho hàng bán qua thương mại điện tử."
    assert topics_of(text) == {"inspection"}
    # developing e-commerce still is
    text = "Hỗ trợ hợp tác xã đưa nông sản lên sàn thương mại điện tử, hướng dẫn bán hàng qua ứng dụng số."
    assert topics_of(text) == {"innovation"}


# --------------------------------------------------------------------------- the field of a body worked with (rule 9)


def test_field_of_the_body_worked_with_when_nothing_else_says():
    text = (
        "Giao Phó Giám đốc Sở Nguyễn Văn Hòa trực tiếp làm việc với Cục Sở hữu trí tuệ để rút ngắn "
        "thời gian xử lý hồ sơ của tỉnh."
    )
    hits = classify_topics(text)
    assert {h.topic for h in hits} == {"intellectual-property"}
    assert all(h.source == "name" and h.weak for h in hits)
    assert topics_of("Liên hệ Chi cục Thuế khu vực Cẩm Giàng để hoàn tất hồ sơ.") == {"finance"}


def test_field_of_a_body_never_outranks_the_task():
    # the task says what it is: the body's field adds nothing
    text = "Làm việc với Cục Sở hữu trí tuệ về kế hoạch tập huấn cho cán bộ cấp huyện."
    assert topics_of(text) == {"training"}
    # a partner's field is not the work ("phối hợp với" is no link)
    assert topics_of("Phối hợp với Sở Tài chính rà soát hồ sơ di dời trụ sở.") == set()
    # bodies of several fields leave the subject open
    assert topics_of("Làm việc với Cục An toàn bức xạ và hạt nhân và Cục Sở hữu trí tuệ.") == set()
    # the subject's own name is not the field of a body worked with
    assert topics_of("Chi cục Thuế huyện khẩn trương triển khai các nội dung trên.") == set()


def test_periodical_title_is_masked():
    text = "Tuyên truyền hoạt động của ngành trên Tạp chí Tài chính doanh nghiệp và Cổng thông tin điện tử."
    assert topics_of(text) == {"communication"}


# --------------------------------------------------------------------------- keywords: metrology


@pytest.mark.parametrize(
    "text",
    [
        "Đội Quản lý thị trường số 1 kiểm tra, xử lý các hộ dùng cân sai, cân bị can thiệp tại chợ Bến Thành.",
        "Ban Quản lý chợ kiểm tra cân tại các điểm thu mua cà phê, yêu cầu thay cân hỏng.",
        "Công ty tổ chức huấn luyện an toàn cho công nhân, đưa 03 cân định lượng đi kiểm định trước ngày 15/5.",
        "Viện tham gia so sánh liên phòng chuẩn khối lượng 20 kg với các phòng thí nghiệm khu vực.",
    ],
)
def test_scales_are_metrology(text):
    assert "metrology" in topics_of(text)


def test_weighing_children_is_not_metrology():
    assert "metrology" not in topics_of("Trạm Y tế kiểm tra cân nặng, chiều cao của trẻ dưới 5 tuổi.")


# --------------------------------------------------------------------------- keywords: inspection


@pytest.mark.parametrize(
    "text,topic",
    [
        (
            "Chi cục Quản lý thị trường tăng cường kiểm soát hàng nhập lậu qua đường mòn biên giới.",
            "inspection",
        ),
        ("Giải quyết dứt điểm đơn thư của công dân xã Nghĩa Đàn trước ngày 30/9.", "inspection"),
        ("Ban hành kế hoạch kiểm tra chuyên đề về đo lường, chất lượng xăng dầu quý IV.", "inspection"),
        ("Đội 4 hoàn thành xử lý 05 vụ việc tồn đọng, báo cáo Chi cục trưởng.", "inspection"),
        (
            "Tập huấn kỹ năng cho điều dưỡng viên; kiểm tra việc thực hiện quy chế trực tại các khoa.",
            "inspection",
        ),
    ],
)
def test_enforcement_keywords(text, topic):
    assert topic in topics_of(text)


def test_checking_the_quality_of_goods_is_also_inspection():
    text = "Chi cục kiểm tra chất lượng phân bón lưu thông tại các đại lý huyện Đức Trọng."
    assert topics_of(text) == {"inspection", "standards-quality"}


def test_overloaded_hospital_is_not_enforcement():
    text = "Phòng Kế hoạch tổng hợp tổng hợp tình trạng quá tải tại các khoa, báo cáo Sở Y tế."
    assert "inspection" not in topics_of(text)
    assert "inspection" in topics_of(
        "Phối hợp Cảnh sát giao thông xử lý xe chở quá tải trọng trên Quốc lộ 14."
    )


def test_technical_check_of_a_dyke_is_not_inspection():
    assert "inspection" not in topics_of("Kiểm tra toàn tuyến đê sông Lam trước mùa mưa bão.")


# --------------------------------------------------------------------------- keywords: personnel, events, party


def test_admissions_and_new_recruits_are_not_staffing():
    text = "Ban Thanh tra giải quyết đơn thư liên quan đến xét tuyển đại học chính quy năm 2024."
    assert topics_of(text) == {"inspection"}
    text = "Tổ chức tập huấn kỹ năng giao tiếp cho 20 hộ lý mới tuyển dụng."
    assert topics_of(text) == {"training"}
    assert "personnel" in topics_of("Hoàn thiện hồ sơ xét tuyển viên chức y tế năm 2024.")
    assert topics_of("Bố trí bác sĩ luân phiên về Trạm Y tế xã Yên Lập 03 ngày mỗi tuần.") == {"personnel"}


def test_a_working_delegation_is_not_an_event():
    text = "Tổ chức các đoàn công tác xuống các huyện chỉ đạo chống dịch theo Kế hoạch của tỉnh."
    assert topics_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ X.",
        "Trung tâm Văn hóa tổ chức Giải bóng đá thiếu niên huyện năm 2024.",
        "Văn phòng chuẩn bị hội trường, khánh tiết phục vụ Đại hội.",
        "Ban Chỉ huy Quân sự huyện tổ chức lễ giao nhận quân năm 2025 an toàn.",
    ],
)
def test_events_keywords(text):
    assert "events" in topics_of(text)


def test_excused_absence_from_a_briefing_is_no_event():
    assert "events" not in topics_of("Trưởng khoa giải trình bằng văn bản lý do vắng giao ban tuần.")


def test_party_congress_documents():
    text = "Mặt trận và các đoàn thể lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội Đảng bộ phường."
    assert topics_of(text) == {"party-affairs"}
    text = "Tiểu ban hoàn chỉnh dự thảo Báo cáo chính trị trình Ban Chấp hành cho ý kiến."
    assert topics_of(text) == {"party-affairs"}
    text = "Tiểu ban Nhân sự hoàn thiện đề án nhân sự Ban Chấp hành khóa mới."
    assert topics_of(text) == {"party-affairs", "personnel"}
    assert "party-affairs" in topics_of("Hướng dẫn đảng viên học tập, quán triệt Chỉ thị của Ban Bí thư.")


# --------------------------------------------------------------------------- keywords: finance, investment


@pytest.mark.parametrize(
    "text",
    [
        "Hoàn thiện quy trình kiểm soát chi điện tử, trình Bộ trước ngày 30/6.",
        "Đối chiếu, xác nhận số dư tài khoản tiền gửi của các đơn vị.",
        "Đôn đốc các doanh nghiệp nợ đóng bảo hiểm xã hội trên 3 tháng.",
        "Hướng dẫn các cửa hàng xuất hóa đơn điện tử cho từng lần bán.",
        "Kiểm tra việc thu, nộp hội phí tại các chi hội.",
    ],
)
def test_finance_keywords(text):
    assert "finance" in topics_of(text)


def test_expenditure_control_model_is_finance_not_technology_transfer():
    text = "KBNN Đà Nẵng thí điểm mô hình kiểm soát chi tập trung, sơ kết trong quý III."
    assert topics_of(text) == {"finance"}


def test_building_a_headquarters_is_investment():
    text = "Đẩy nhanh tiến độ xây dựng trụ sở làm việc của Chi cục, quyết toán công trình hoàn thành."
    assert topics_of(text) >= {"investment", "finance"}


# --------------------------------------------------------------------------- keywords: S&T, communication, statistics


def test_research_task_vocabulary():
    text = "Phòng Quản lý khoa học hoàn chỉnh tên, mục tiêu, sản phẩm dự kiến của từng nhiệm vụ."
    assert topics_of(text) == {"research-projects"}
    text = "Phòng Kế hoạch - Tài chính thẩm định kinh phí, ký hợp đồng thực hiện nhiệm vụ trong quý II."
    assert topics_of(text) == {"finance", "research-projects"}
    text = "Cung cấp số liệu quan trắc cho tổ chức chủ trì trong quá trình thực hiện."
    assert topics_of(text) == {"research-projects", "statistics"}


def test_transferring_a_procedure_is_technology_transfer():
    text = (
        "Ban Khoa học tổ chức hội đồng xét chọn đề tài; phối hợp với Viện Lúa chuyển giao quy trình "
        "nhân giống lúa cho hợp tác xã."
    )
    assert topics_of(text) == {"research-projects", "technology-transfer"}


def test_laboratory_accreditation_is_standards():
    text = "Hoàn thiện hồ sơ đề nghị công nhận phòng thí nghiệm đạt chuẩn VILAS trong năm 2025."
    assert topics_of(text) == {"standards-quality"}


def test_broadcasting_is_communication():
    text = "Đài Truyền thanh xã phát trên hệ thống truyền thanh các quy định về cân đối chứng."
    assert topics_of(text) == {"communication", "metrology"}
    assert topics_of("Xây dựng và phát sóng các thông điệp phòng chống đuối nước.") == {"communication"}


def test_application_software_and_data_centre_are_not_subjects():
    text = "Bảo đảm an toàn hệ thống và các ứng dụng nghiệp vụ; dự phòng cho Trung tâm dữ liệu."
    assert not topics_of(text) & {"technology-transfer", "training", "statistics"}


def test_citing_a_plan_is_not_planning():
    assert "planning" not in topics_of("Hướng dẫn các xã phòng dịch theo Kế hoạch số 12 của UBND tỉnh.")
    assert topics_of("Xây dựng lịch thời vụ vụ Đông năm 2024.") == {"planning"}
    assert "planning" not in topics_of("Hướng dẫn nông dân gieo cấy đúng lịch thời vụ.")
