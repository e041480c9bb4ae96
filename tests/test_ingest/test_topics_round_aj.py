"""Round AJ (blind notices on taxes, customs and anti-smuggling; on cooperatives, OCOP and markets; on social evils, drug
rehabilitation, children and gender equality): people in rehab and their vocational lessons, review conferences and
launch ceremonies, data kept up to date, OCOP rating, a period plan issued, secondment, and the words of an
anti-smuggling notice that name whom or what a task concerns, not what it is. Each case is a variant written here, not
a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- people in rehab are no trainees


def test_the_people_in_a_rehab_centre_are_no_trainees() -> None:
    # a rehab centre's residents ("học viên") named as those a room or a meal is for
    assert "training" not in topics(
        "Cơ sở cai nghiện ma túy số 2 bố trí phòng ở riêng cho học viên nữ và học viên dưới 18 tuổi trong tháng 10/2023."
    )
    assert "training" not in topics(
        "Sở Tài chính bổ sung kinh phí tiền thuốc cắt cơn, giải độc cho học viên cai nghiện bắt buộc năm 2023."
    )


def test_vocational_lessons_in_rehab_are_part_of_the_treatment() -> None:
    # "dạy nghề" beside the labour therapy of the rehab regime (Luật Phòng, chống ma túy 2021)
    assert "training" not in topics(
        "Trung tâm tổ chức dạy nghề, lao động trị liệu cho người cai nghiện tại Trung tâm."
    )
    assert "training" not in topics(
        "Cơ sở tổ chức dạy nghề mộc cho học viên đã qua giai đoạn cắt cơn, giải độc."
    )


def test_a_trade_taught_after_rehab_stays_training() -> None:
    # a guard: after rehabilitation the trade is learnt for a job (round 16's gold)
    assert "training" in topics(
        "Tổ chức dạy nghề may, mộc cho người sau cai nghiện tại cộng đồng trong năm 2024."
    )


def test_vocational_training_of_workers_stays_training() -> None:
    # a guard: the same words for rural workers or a course for officials are training
    assert "training" in topics(
        "Phòng Lao động - Thương binh và Xã hội tổ chức dạy nghề cho 300 lao động nông thôn trong năm 2015."
    )
    assert "training" in topics(
        "Trường Chính trị tỉnh mở lớp bồi dưỡng cho 60 học viên là cán bộ, công chức cấp xã trong quý III/2022."
    )


# --------------------------------------------------------------------------- events


def test_holding_a_review_conference_is_an_event_not_the_plan_reviewed() -> None:
    # "tổ chức tổng kết" a plan, a programme or a law: the plan's name says what is reviewed
    found = topics(
        "Sở Y tế tham mưu UBND tỉnh tổ chức tổng kết Kế hoạch phòng, chống HIV/AIDS giai đoạn 2016 - 2020 trong tháng 12/2020."
    )
    assert "events" in found and "planning" not in found
    assert "events" in topics(
        "Ban Dân tộc chuẩn bị tổ chức sơ kết 3 năm thực hiện Chương trình 135 trong quý II/2019."
    )


def test_a_launch_ceremony_is_an_event() -> None:
    # "Lễ phát động" of a campaign or an action month
    assert "events" in topics(
        "Sở Y tế chủ trì tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm năm 2019 tại quảng trường tỉnh."
    )


def test_the_activities_of_an_action_month_are_events() -> None:
    # the national action months ("Tháng hành động vì trẻ em", "… vì bình đẳng giới") held with nothing else said
    assert "events" in topics(
        "tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em năm 2021 tại các xã, phường (từ 01/6 đến 30/6/2021)."
    )


# --------------------------------------------------------------------------- statistics


def test_data_kept_up_to_date_is_statistics() -> None:
    # the definition's own wording "cập nhật số liệu", beside the subject the data are about
    assert {"finance", "statistics"} <= topics(
        "Phòng Tài chính - Kế hoạch đôn đốc các nguồn thu ngân sách; cập nhật số liệu thu thuế hằng tuần."
    )


# --------------------------------------------------------------------------- standards and quality, planning


def test_ocop_rating_is_quality_assessment() -> None:
    # the rating council's work (Quyết định 148/QĐ-TTg: "đánh giá, phân hạng sản phẩm OCOP") and its re-rating
    assert "standards-quality" in topics(
        "Chi cục Phát triển nông thôn kiểm tra việc sử dụng tem OCOP của các chủ thể; tổ chức đánh giá lại các sản phẩm "
        "OCOP 3 sao đã hết hạn công nhận."
    )
    assert "standards-quality" in topics(
        "Phòng Kinh tế bố trí kinh phí và tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 1 năm 2023."
    )


def test_a_period_plan_issued_is_planning_beside_its_subject() -> None:
    # a plan for a period ("giai đoạn 2026 - 2030") that the body drafts for the province to issue
    found = topics(
        "Sở Công Thương tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình khuyến công giai đoạn 2026 - 2030 "
        "trong quý I/2026; kiểm tra việc niêm yết giá tại các chợ."
    )
    assert "planning" in found


def test_a_fair_named_for_ocop_goods_is_no_quality_work() -> None:
    # the star rank and the OCOP name of a fair say which goods are shown, not that their quality is assessed
    assert "standards-quality" not in topics(
        "Trung tâm Khuyến công đưa các sản phẩm 5 sao tham gia Hội chợ OCOP Hà Tĩnh năm 2022 tại thành phố Hà Tĩnh."
    )


# --------------------------------------------------------------------------- personnel


def test_a_secondment_is_personnel_work() -> None:
    # "biệt phái" (Luật Viên chức, Điều 36), a form of posting staff
    assert "personnel" in topics(
        "Sở Y tế biệt phái 03 y sĩ về Trạm Y tế xã Mường Lạn trong thời gian 12 tháng."
    )


def test_an_official_put_in_charge_of_each_case_is_no_staffing() -> None:
    # sharing out the cases among a unit's own officials ("từng doanh nghiệp", "từng hộ"), not staffing a field
    assert "personnel" not in topics(
        "Chi cục Thuế khu vực Đông Hải phân công công chức phụ trách từng hộ kinh doanh chưa kê khai thuế; đôn đốc nộp hồ sơ."
    )
    # a guard: an official put in charge of a field stays personnel (round H)
    assert "personnel" in topics(
        "UBND các xã phân công công chức phụ trách lĩnh vực khoa học và công nghệ trong tháng 5."
    )


# --------------------------------------------------------------------------- anti-smuggling: the subject is not the work


def test_funds_for_the_anti_smuggling_forces_are_finance_alone() -> None:
    # what the money supports ("kinh phí hỗ trợ hoạt động của … lực lượng chống buôn lậu") is its beneficiary
    assert topics(
        "Sở Tài chính bố trí kinh phí hỗ trợ hoạt động của Ban Chỉ đạo 389 và các đội kiểm soát chống buôn lậu năm 2021, "
        "trình UBND tỉnh trong quý I/2021."
    ) == {"finance"}


def test_the_impact_of_smuggled_goods_assessed_is_no_enforcement() -> None:
    # "đánh giá tác động của …": what has the impact is the object assessed
    assert "inspection" not in topics(
        "Sở Nông nghiệp và Phát triển nông thôn đánh giá tác động của thuốc lá nhập lậu đối với vùng trồng thuốc lá của tỉnh."
    )


def test_a_pledge_not_to_carry_smuggled_goods_is_outreach() -> None:
    # people sign a pledge "không tiếp tay, vận chuyển hàng lậu": the offence is what the pledge is about
    found = topics(
        "UBND các xã biên giới vận động các hộ dân ký cam kết không vận chuyển, tàng trữ hàng lậu qua biên giới."
    )
    assert "inspection" not in found and "communication" in found


def test_land_already_cleared_is_a_state_not_site_clearance() -> None:
    # "các khu đất đã giải phóng mặt bằng": what land is auctioned, no clearance to do
    assert "investment" not in topics(
        "UBND các phường đẩy nhanh đấu giá quyền sử dụng đất đối với các thửa đất đã giải phóng mặt bằng trong năm 2025."
    )


def test_border_checkpoints_and_patrols_are_enforcement() -> None:
    # the border guard's anti-smuggling work, worded without "buôn lậu": checkpoint teams on trails, tight control
    assert "inspection" in topics(
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh duy trì các tổ chốt chặn tại các đường mòn, lối mở; kiểm soát chặt người và "
        "phương tiện qua lại khu vực biên giới."
    )


def test_one_official_put_in_charge_of_a_field_is_staffing() -> None:
    # a commune told to put a counted official in charge of a field ("phân công ngay 01 công chức … theo dõi"), as round H's
    # "phân công công chức phụ trách" is
    assert "personnel" in topics(
        "UBND các xã phân công ngay 01 công chức văn hóa - xã hội theo dõi công tác gia đình; báo cáo trong tháng 3/2026."
    )


# --------------------------------------------------------------------------- social models


def test_a_social_model_spread_is_no_technology_transfer() -> None:
    # a model of community work against domestic violence ("nhân rộng mô hình") is no science result transferred
    assert "technology-transfer" not in topics(
        "Hội Liên hiệp Phụ nữ huyện nhân rộng mô hình phòng, chống bạo lực gia đình tại các thôn, bản trong năm 2018."
    )
    # a guard: a farming model with its technique stays technology transfer (round 2)
    assert "technology-transfer" in topics(
        "Trung tâm Khuyến nông nhân rộng mô hình nuôi cá rô đồng thâm canh ra các xã vùng trũng trong vụ nuôi năm 2014."
    )
