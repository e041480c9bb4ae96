"""Topic rules of round K (ketluan.ingest.topics, lang/vi/topic_cues.py, ontology/topics.ttl).

Each case is a short task written the way provincial notices word it, not copied from a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# --------------------------------------------------------------- a head's syllable that ends another word


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng HĐND tỉnh chuẩn bị các điều kiện phục vụ Kỳ họp thứ năm",
        "Chuẩn bị chu đáo các điều kiện phục vụ Kỳ họp chuyên đề của HĐND huyện.",
    ],
)
def test_phuc_vu_before_a_capital_opens_no_body_name(text):
    # "vụ" is a head ("Vụ Kế hoạch") but here ends "phục vụ": the session is what the task serves
    assert topics(text) == {"events"}


def test_co_so_before_a_capital_opens_no_body_name():
    assert "radiation-safety" in topics(
        "Thanh tra việc chấp hành quy định tại các cơ sở X-quang trên địa bàn."
    )


def test_a_real_department_is_still_masked():
    # "Vụ Thị trường trong nước" is a body: its name says nothing of the task
    assert topics("Phối hợp với Vụ Thị trường trong nước tổ chức hội nghị giao ban quý III.") == {"events"}


# --------------------------------------------------------------- "bảo đảm" that states the task


def test_bao_dam_after_va_is_a_second_task():
    got = topics(
        "Chỉ đạo công tác kiểm định, hiệu chuẩn thiết bị y tế và bảo đảm an toàn bức xạ tại các bệnh viện."
    )
    assert {"metrology", "radiation-safety"} <= got


def test_bao_dam_opening_a_clause_is_a_task():
    got = topics(
        "Kiểm định, hiệu chuẩn định kỳ phương tiện đo; đảm bảo an toàn bức xạ tại các khoa chẩn đoán hình ảnh."
    )
    assert {"metrology", "radiation-safety"} <= got


def test_bao_dam_a_thing_dung_something_is_a_requirement():
    got = topics("Duy trì mã số vùng trồng, bảo đảm nhãn xuất khẩu đúng chỉ dẫn địa lý của tỉnh.")
    assert {"standards-quality", "intellectual-property"} <= got


def test_bao_dam_as_a_purpose_is_still_weak():
    # the radiation words only say why the calibration is done
    assert topics("Hiệu chuẩn máy đo liều để bảo đảm an toàn bức xạ cho nhân viên.") == {"metrology"}
    assert topics("Kiểm định cân tại chợ, bảo đảm quyền lợi người tiêu dùng, chống hàng giả.") == {
        "metrology"
    }


# --------------------------------------------------------------- plans drafted and submitted


@pytest.mark.parametrize(
    "text",
    [
        "Rà soát, xây dựng Phương án phòng, chống hạn hán mùa khô 2024 - 2025, trình UBND tỉnh trước ngày 15/12/2024.",
        "Chuẩn bị phương án cấp nước dự phòng mùa khô, trình Ban Giám đốc trước ngày 31/10.",
        "Xây dựng phương án tổ chức kỳ thi năm học 2024 - 2025, trình cấp có thẩm quyền phê duyệt.",
    ],
)
def test_a_plan_drafted_for_approval_is_planning(text):
    assert "planning" in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lập phương án xử lý dứt điểm các điểm sạt lở trên tuyến đường tỉnh.",
        "Xây dựng phương án sơ tán dân ở vùng trũng thấp theo chương trình Nông thôn mới.",
        "Xây dựng phương án giảm tổn thất điện năng, báo cáo Tổng công ty trong quý II.",
    ],
)
def test_a_phuong_an_not_submitted_is_not_planning(text):
    # how a job will be done, or "trình" inside "chương trình": no plan submitted for approval
    assert "planning" not in topics(text)


def test_a_subject_keeps_the_plan_weak():
    assert topics(
        "Xây dựng phương án kiểm định công tơ điện tại các xã, trình Giám đốc Sở trước ngày 30/6."
    ) == {"metrology"}


# --------------------------------------------------------------- communication


def test_air_time_is_communication():
    assert topics("Đài Phát thanh huyện tăng thời lượng phát sóng về tình hình hạn hán, xâm nhập mặn.") == {
        "communication"
    }
    assert topics("Báo tỉnh tăng thời lượng thông tin về diễn biến dịch bệnh trên đàn gia cầm.") == {
        "communication"
    }


def test_timely_information_is_communication_when_nothing_else_is_there():
    assert "communication" in topics("Thông tin kịp thời diễn biến độ mặn để người dân chủ động lấy nước.")


def test_policy_and_law_dissemination_is_communication_beside_a_subject():
    got = topics(
        "Kiểm tra việc niêm yết giá tại các đại lý; tuyên truyền, phổ biến chính sách, pháp luật về thương mại "
        "đến các cơ sở thu mua."
    )
    assert got == {"inspection", "communication"}


def test_propaganda_whose_object_holds_all_the_weak_subject_words_is_communication():
    got = topics(
        "Phối hợp với các đài, báo tuyên truyền về tác hại của xe quá tải đối với kết cấu hạ tầng giao thông."
    )
    assert got == {"communication"}


def test_propaganda_about_a_strong_subject_keeps_the_subject():
    # the older gold: "tuyên truyền … cân đã được kiểm định" is metrology
    assert topics("Tuyên truyền, vận động tiểu thương sử dụng cân đã được kiểm định.") == {"metrology"}


def test_party_organisation_is_party_affairs():
    got = topics(
        "Biên soạn tài liệu, tổ chức tuyên truyền về vai trò của tổ chức đảng trong doanh nghiệp tư nhân."
    )
    assert got == {"party-affairs"}


# --------------------------------------------------------------- inspection


def test_a_patrol_is_inspection():
    assert topics("Tổ chức tuần tra chung 02 lần/tháng dọc tuyến biên giới, bảo vệ rừng.") == {"inspection"}


def test_a_patrol_boat_is_not_the_task():
    assert topics("Bảo đảm đủ xăng dầu cho tàu tuần tra trong mùa mưa bão.") <= {"metrology", "finance"}
    assert "inspection" not in topics("Lập dự toán kinh phí tuần tra chung, trình Trưởng ban phê duyệt.")


def test_a_council_survey_of_implementation_is_oversight_not_statistics():
    got = topics(
        "Khảo sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tại các huyện vùng cao."
    )
    assert got == {"inspection"}
    assert "statistics" in topics("Tổ chức điều tra, khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp.")


# --------------------------------------------------------------- finance


def test_costs_provided_for_calibration_are_finance():
    got = topics(
        "Bố trí đủ chi phí kiểm định, thay thế đồng hồ nước trong kế hoạch sản xuất kinh doanh năm 2025."
    )
    assert got == {"finance"}


def test_support_for_losses_is_finance():
    got = topics(
        "Hướng dẫn các địa phương thực hiện chính sách hỗ trợ thiệt hại do thiên tai theo Nghị định số 02/2017/NĐ-CP."
    )
    assert got == {"finance"}


# --------------------------------------------------------------- standards


def test_a_vaccine_trial_is_not_product_testing():
    got = topics(
        "Đẩy nhanh tiến độ nghiên cứu, thử nghiệm vắc-xin cúm gia cầm; báo cáo kết quả thử nghiệm thực địa."
    )
    assert "standards-quality" not in got
    assert "standards-quality" in topics(
        "Lấy mẫu phân bón gửi phòng thử nghiệm, thử nghiệm chỉ tiêu chất lượng."
    )


# --------------------------------------------------------------- tone placement


def test_tone_placement_does_not_matter():
    assert topics("Khảo sát việc thực hiện chính sách hỗ trợ thủy lợi phí tại các xã.") == topics(
        "Khảo sát việc thực hiện chính sách hỗ trợ thuỷ lợi phí tại các xã."
    )
