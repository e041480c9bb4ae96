"""Topic rules and keywords added after the round-E notices (ketluan.ingest.topics, ontology/topics.ttl).

Each sentence is written for these tests in the wording of provincial and district notices; the bodies,
places and figures differ from the round-E notices that showed the error.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics_of(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------------------- rules (ingest/topics.py)


def test_field_of_administrative_procedures_is_not_the_topic():
    # the procedures of a field are administrative reform, not the field's own work
    text = (
        "Văn phòng Sở rà soát, công bố 18 thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng "
        "trên Cổng Dịch vụ công quốc gia trước ngày 20/11/2023."
    )
    assert topics_of(text) == {"administrative-reform"}
    # "thuộc lĩnh vực", a field with a comma, and the field's own work after the procedures
    text = "Rà soát thủ tục hành chính thuộc lĩnh vực sở hữu trí tuệ, an toàn bức xạ để đề xuất cắt giảm."
    assert topics_of(text) == {"administrative-reform"}
    text = "Cập nhật thủ tục hành chính lĩnh vực đất đai; tổ chức kiểm định 120 công tơ điện tại các xã."
    assert topics_of(text) == {"administrative-reform", "metrology"}


def test_field_of_a_partner_body_is_not_the_topic():
    text = (
        "Lực lượng Quản lý thị trường phối hợp với cơ quan thanh tra chuyên ngành về tiêu chuẩn đo lường "
        "chất lượng kiểm tra, xử lý nghiêm các hành vi gian lận thương mại."
    )
    assert topics_of(text) == {"inspection"}


def test_spaced_dash_of_an_exclude_phrase_must_be_written():
    # "kế hoạch - đầu tư" excludes the office's name, not the public-investment plan
    assert topics_of("Ban Kinh tế thẩm tra kế hoạch đầu tư công trung hạn giai đoạn 2021-2025.") == {
        "investment"
    }
    assert "investment" not in topics_of("Giao phòng kế hoạch - đầu tư tổng hợp ý kiến các đơn vị.")
    # the financial plan is finance; the office "Kế hoạch - Tài chính" still is not
    assert topics_of("Lập kế hoạch tài chính 5 năm của đơn vị sự nghiệp.") >= {"finance"}
    assert "finance" not in topics_of("Xin ý kiến bộ phận kế hoạch - tài chính về nội dung này.")


def test_requirement_after_bao_dam_is_not_a_purpose():
    text = "Sở Nội vụ hướng dẫn các phường sắp xếp công chức bảo đảm đủ số lượng, đúng vị trí việc làm."
    assert topics_of(text) == {"personnel"}
    # a real purpose stays weak: "bảo đảm" before anything but "đủ"/"đúng"
    assert topics_of("Bố trí kinh phí năm 2024, bảo đảm vị trí việc làm cho viên chức dôi dư.") == {"finance"}


def test_purpose_word_inside_a_name_opens_no_purpose_clause():
    # "phục vụ" in "Trung tâm phục vụ hành chính công" is the body's name, not "in order to serve"
    text = (
        "Hướng dẫn các phường bố trí công chức làm việc tại Trung tâm phục vụ hành chính công phường "
        "theo đúng vị trí việc làm được phê duyệt."
    )
    assert topics_of(text) == {"personnel"}


def test_linking_word_before_a_capitalised_name():
    # "Công đoàn các KCN" is a body: its head word says nothing about the task
    assert topics_of("Hướng dẫn Công đoàn các KCN Bình Dương tổ chức đối thoại tại nơi làm việc.") == set()
    assert (
        topics_of("Phối hợp với Ban Quản lý các Khu công nghiệp rà soát quỹ đất xây nhà ở công nhân.")
        == set()
    )


def test_weak_procedural_topic_adds_nothing_to_a_strong_one():
    assert topics_of("Tổ chức họp báo công bố kết quả kỳ họp thứ 7 Hội đồng nhân dân tỉnh.") == {
        "communication"
    }


# --------------------------------------------------------------------------- keyword data (ontology/topics.ttl)


# meetings mentioned, enforcement, party work, surveys (events, inspection, party-affairs, statistics)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a meeting mentioned is not a meeting organised
        ("UBND xã Phú Lộc báo cáo bằng văn bản lý do vắng hội nghị trước ngày 10/5/2024.", {"reporting"}),
        ("UBND phường An Lạc giải trình việc không tham dự cuộc họp ngày 02/3.", set()),
        ("Phát biểu kết luận hội nghị, đồng chí Chủ tịch đề nghị Sở Tài chính bố trí kinh phí.", {"finance"}),
        ("Văn phòng tổng hợp kết quả, báo cáo Giám đốc tại cuộc họp giao ban tháng.", {"reporting"}),
        ("Gửi văn bản trả lời kiến nghị cử tri về Thường trực HĐND trước kỳ họp cuối năm.", set()),
        ("Chuẩn bị tài liệu, hội trường phục vụ kỳ họp thứ 12 HĐND huyện.", {"events"}),
        # a festival as the setting of another task; opening ceremonies are events (a food-safety check is
        # inspection, not product quality: four gold notices to one, and round J's, say so)
        (
            "Sở Y tế kiểm tra an toàn thực phẩm tại các điểm diễn ra lễ hội đền Hùng.",
            {"inspection"},
        ),
        ("Phòng Văn hóa xây dựng kịch bản Lễ khai mạc Tuần Văn hóa - Du lịch.", {"events"}),
        ("Các trường chuẩn bị chu đáo Lễ khai giảng năm học mới.", {"events"}),
        # party inspection is party work
        (
            "Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra, giám sát việc lãnh đạo thực hiện nghị quyết.",
            {"party-affairs"},
        ),
        # engineering surveys are not statistics; a post title is not the statistics topic
        ("Sở Xây dựng khảo sát, lập hồ sơ công trình kè chống sạt lở bờ sông Hậu.", {"investment"}),
        (
            "Phòng Nội vụ tham mưu tuyển dụng công chức Văn phòng - Thống kê cho 3 xã còn thiếu.",
            {"personnel"},
        ),
        # enforcement cues
        ("Công an huyện phát hiện, xử lý các hành vi khai thác cát trái phép trên sông Lô.", {"inspection"}),
        ("Điều tra, làm rõ hành vi can thiệp vào taximet để gian lận cước.", {"inspection", "metrology"}),
        ("Xử lý các xe chở hàng quá tải, dừng đỗ sai quy định trên quốc lộ 14.", {"inspection"}),
        ("Đề nghị UBND huyện xử lý dứt điểm 4 cơ sở kinh doanh thuốc thú y không phép.", {"inspection"}),
        ("Lập phương án xử lý dứt điểm các điểm sạt lở trên tỉnh lộ 8, báo cáo UBND tỉnh.", {"reporting"}),
        ("Phối hợp kiểm tra việc chấp hành pháp luật lao động tại 30 doanh nghiệp.", {"inspection"}),
        (
            "Kiểm tra việc chấp hành giờ giấc làm việc, kỷ cương hành chính của công chức.",
            {"administrative-reform"},
        ),
        ("Kiểm tra, sửa chữa các trạm bơm bị hư hỏng sau lũ.", set()),
        (
            "Ban Văn hóa - Xã hội tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế học sinh.",
            {"inspection"},
        ),
        # union fees are finance, not party work
        ("Hướng dẫn quyết toán kinh phí công đoàn năm 2023 của các công đoàn cơ sở.", {"finance"}),
    ],
)
def test_round_e_mentions_and_enforcement(text, expected):
    """Procedural and enforcement keywords and their excludes."""
    assert topics_of(text) == expected


# subject keywords (innovation, administrative reform, standards, metrology, finance, investment, training, personnel)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body mentioned by its domain
        (
            "Chỉ đạo thực hiện Nghị quyết 57-NQ/TW trong các cơ quan hành chính nhà nước của huyện.",
            {"innovation"},
        ),
        # industrial zones and project owners as places and parties
        (
            "Đôn đốc các doanh nghiệp trong khu công nghiệp báo cáo tình hình lao động hằng tháng.",
            {"reporting"},
        ),
        ("Yêu cầu chủ đầu tư hạ tầng KCN lắp đặt thiết bị đo lưu lượng nước thải.", {"metrology"}),
        ("Thẩm định dự án lắp đặt hệ thống đọc chỉ số công tơ từ xa.", {"investment", "metrology"}),
        ("Đẩy nhanh tiến độ Đề án kiên cố hóa trường, lớp học giai đoạn 2021-2025.", {"investment"}),
        # technical safety inspection of equipment is conformity assessment, not calibration work
        (
            "Trung tâm bố trí kiểm định viên thực hiện kiểm định kỹ thuật an toàn 20 nồi hơi.",
            {"standards-quality"},
        ),
        ("Kiểm định viên đo lường kiểm định 50 đồng hồ nước tại khu dân cư.", {"metrology"}),
        # missing subject keywords
        ("Trung tâm mở 12 lớp dạy nghề ngắn hạn cho lao động nông thôn.", {"training"}),
        ("Rà soát dư nợ, đôn đốc thu hồi nợ quá hạn của Quỹ hỗ trợ phụ nữ.", {"finance"}),
        ("Hướng dẫn sắp xếp lại, xử lý nhà, đất dôi dư của các cơ quan sau hợp nhất.", {"finance"}),
        ("Cục Quản lý công sản hướng dẫn xử lý tài sản dôi dư.", {"finance"}),
        ("Kiểm tra việc thu, chi các khoản thu đầu năm học tại các trường.", {"finance"}),
        ("Hướng dẫn nông dân lập hồ sơ cấp mã số vùng trồng thanh long xuất khẩu.", {"standards-quality"}),
        ("Hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2.", {"administrative-reform"}),
        (
            "Hoàn thiện Bộ tiêu chí đánh giá chất lượng phục vụ của bộ phận một cửa cấp xã.",
            {"administrative-reform"},
        ),
        (
            "Theo dõi việc tiếp nhận, giải quyết hồ sơ của người dân, tổng hợp báo cáo hằng tuần.",
            {"administrative-reform", "reporting"},  # a closing report, due weekly (topics rule 13)
        ),
        ("Rà soát, sắp xếp, điều chuyển đội ngũ giáo viên giữa các trường.", {"personnel"}),
        ("Đề xuất điều chuyển vốn của các dự án chậm giải ngân.", {"finance"}),
        ("Chủ tịch UBND xã kiểm điểm việc vắng họp không lý do.", {"personnel"}),
        # digital transformation
        ("Phủ sóng di động, phát triển hạ tầng số tại các xã vùng cao.", {"innovation"}),
        (
            "Triển khai phong trào Bình dân học vụ số, tập huấn kỹ năng số cho hội viên.",
            {"innovation", "training"},
        ),
        ("Hướng dẫn hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.", {"innovation"}),
        ("Duy trì văn bản ký số, gửi nhận trên môi trường mạng.", {"innovation"}),
    ],
)
def test_round_e_subject_keywords(text, expected):
    """Subject keywords missing or too broad on the round-E notices."""
    assert topics_of(text) == expected
