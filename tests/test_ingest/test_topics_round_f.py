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
