"""Round AL (blind notices on seaports, waterways and border gates; on medicines, hospitals and the elderly; on courts,
procuracy, judgment enforcement and audits): a crime investigated, assets seized, a channel surveyed, a procedure's time cut
and goods of unknown origin controlled. Each case is a variant written here, not a copy of a round's notice."""

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context)}


# --------------------------------------------------------------------------- a crime investigated is no survey


def test_a_case_investigated_is_no_statistics() -> None:
    # the police's and the procuracy's work on criminal cases, written with "các" between the verb and the case
    assert "statistics" not in topics(
        "Công an thị xã tập trung đẩy nhanh tiến độ điều tra các vụ án hình sự còn tồn đọng từ năm 2023."
    )


def test_assets_traced_from_the_investigation_are_no_money_work() -> None:
    # assets traced or seized in a criminal case belong to the case: no statistics from "điều tra", no finance from "tài sản"
    found = topics(
        "Chủ động xác minh, truy tìm tài sản của các đối tượng phạm tội ngay từ giai đoạn điều tra."
    )
    assert "statistics" not in found
    assert "finance" not in found
    assert "finance" not in topics(
        "Cơ quan Cảnh sát điều tra kịp thời áp dụng biện pháp kê biên, phong tỏa tài sản của các bị can."
    )


def test_a_seized_asset_registered_is_no_money_work() -> None:
    # a land office registers the seized asset for the judgment's enforcement: the asset is the case's
    assert "finance" not in topics(
        "Văn phòng Đăng ký đất đai ưu tiên giải quyết hồ sơ đăng ký biến động đối với tài sản kê biên để thi hành án."
    )


def test_statistical_surveys_and_recovered_money_stand() -> None:
    # a guard against over-reach (passes before too): a survey of firms is statistics, money recovered for the State finance
    assert "statistics" in topics(
        "Chi cục Thống kê tổ chức điều tra doanh nghiệp năm 2025, thu thập thông tin đúng tiến độ."
    )
    assert "finance" in topics(
        "Quyết liệt thu hồi tiền, tài sản cho Nhà nước trong các vụ án tham nhũng, kinh tế."
    )


# --------------------------------------------------------------------------- a channel surveyed


def test_a_channel_surveyed_and_sounded_is_no_statistics() -> None:
    assert "statistics" not in topics(
        "Tổng công ty Bảo đảm an toàn hàng hải miền Bắc khảo sát, đo sâu luồng tàu biển Hải Phòng, công bố thông báo hàng hải."
    )
    assert "statistics" not in topics(
        "Chi cục Đường thủy nội địa khu vực khảo sát, đo đạc lòng sông đoạn cửa Đại bị bồi lắng, đề xuất phương án nạo vét."
    )


def test_a_survey_of_households_stays_statistics() -> None:
    # a guard against over-reach (passes before too): a survey of people with a second data word is statistics
    assert "statistics" in topics("Phòng Y tế khảo sát, cập nhật dữ liệu người khuyết tật trên địa bàn xã.")


# --------------------------------------------------------------------------- a procedure's time cut


def test_a_procedures_time_cut_is_administrative_reform() -> None:
    assert "administrative-reform" in topics(
        "Chi cục Hải quan cửa khẩu quốc tế Lào Cai bố trí đủ công chức làm việc ngoài giờ, rút ngắn thời gian làm thủ tục cho "
        "xe hàng nông sản xuất khẩu."
    )
    assert "administrative-reform" in topics(
        "Cảng vụ Hàng hải tăng cường ứng dụng phần mềm, rút ngắn thời gian thông quan tàu thuyền ra, vào cảng."
    )


# --------------------------------------------------------------------------- goods of unknown origin


def test_sites_of_unknown_origin_dealt_with_are_enforcement() -> None:
    # "xử lý" + what is dealt with + no known origin: a breach dealt with (rule 21); the origin only controlled is no breach
    # (a market board "kiểm soát chặt chẽ nguồn gốc thực phẩm nhập chợ" is market management in round 3's gold)
    assert "inspection" in topics(
        "UBND các xã ven sông xử lý các điểm tập kết đá, sỏi không rõ nguồn gốc dọc bờ sông Lô."
    )


def test_outreach_against_goods_of_unknown_origin_stays_outreach() -> None:
    # a guard against over-reach (passes before too): people asked not to buy such goods are told, nobody is checked
    assert topics("Hội Liên hiệp Phụ nữ vận động nhân dân không mua bán hàng hóa không rõ nguồn gốc.") == {
        "communication"
    }
    assert "inspection" not in topics(
        "Khuyến cáo người tiêu dùng không mua hàng không rõ nguồn gốc trên mạng xã hội."
    )


def test_traceability_stays_standards() -> None:
    # a guard against over-reach (passes before too): "truy xuất nguồn gốc" is traceability, standards work
    assert "standards-quality" in topics(
        "Hướng dẫn các hợp tác xã áp dụng hệ thống truy xuất nguồn gốc sản phẩm chè."
    )


# --------------------------------------------------------------------------- the remedies of a check followed up


def test_remedies_of_a_check_followed_up_are_inspection() -> None:
    # the inspectorate follows up what its check found, with no "Kết luận" named (rule 14's follow-up)
    assert "inspection" in topics(
        "Thanh tra Sở Y tế theo dõi, đôn đốc việc khắc phục các thiếu sót tại Bệnh viện, báo cáo Giám đốc Sở trước ngày 15/11."
    )


def test_other_remedies_followed_up_are_no_inspection() -> None:
    # a guard against over-reach (passes before too): the damage of a flood repaired, an index's lost points made up
    assert "inspection" not in topics(
        "Phòng Kinh tế theo dõi việc khắc phục hậu quả mưa lũ tại các xã, báo cáo UBND huyện trước ngày 30/10."
    )
    assert "inspection" not in topics(
        "Phó Giám đốc Sở trực tiếp đôn đốc việc khắc phục các tiêu chí chỉ số cải cách hành chính bị trừ điểm năm 2024."
    )


# --------------------------------------------------------------------------- an event prepared


def test_the_conditions_of_a_conference_prepared_are_an_event() -> None:
    # preparing "the conditions" of a review conference is organising it, beside the unit's other task
    found = topics(
        "Văn phòng Sở chủ trì chuẩn bị các điều kiện tổ chức Hội nghị sơ kết 6 tháng đầu năm 2025; phối hợp Phòng Tổ chức "
        "cán bộ hoàn thiện hồ sơ bổ nhiệm lại viên chức quản lý."
    )
    assert {"events", "personnel"} <= found
