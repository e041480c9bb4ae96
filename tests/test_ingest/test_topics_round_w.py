"""Topics in the ways round W's unseen notices wrote them (health and food safety; public order and safety committees;
construction, housing and urban utilities).

Each case is a task written here in the wording of such notices, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def _topics(text: str, context: str | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context)}


# 1. A plan drafted, updated or issued is planning work beside the task's subject; a plan of a kind the scheme excludes
# ("kế hoạch kiểm tra") stays that work only.


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Công an tỉnh tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm nồng độ cồn; xây dựng kế hoạch cao điểm "
            "bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán, hoàn thành trước ngày 20/12/2015.",
            "inspection",
        ),
        (
            "Phòng Nghiệp vụ Y rà soát danh mục trang thiết bị; lập kế hoạch kiểm định, hiệu chuẩn máy đo huyết áp, "
            "nhiệt kế năm 2020, trình Giám đốc Sở trước ngày 15/01/2020.",
            "metrology",
        ),
        (
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn rà soát, cập nhật Kế hoạch cấp nước an toàn giai đoạn "
            "2021 - 2025 và bố trí kinh phí duy tu các trạm cấp nước.",
            "finance",
        ),
    ],
)
def test_a_plan_drafted_is_planning_beside_the_subject(text: str, subject: str) -> None:
    assert {"planning", subject} <= _topics(text)


def test_a_plan_of_an_excluded_kind_stays_that_work() -> None:
    topics = _topics(
        "Chi cục Quản lý thị trường xây dựng kế hoạch kiểm tra các cơ sở kinh doanh thực phẩm dịp Tết."
    )
    assert "inspection" in topics
    assert "planning" not in topics


# 2. A festival or a ceremony named as the time or the place of other work is no event to organise; organising it is.


@pytest.mark.parametrize(
    "text",
    [
        "Công an huyện tăng cường tuần tra, kiểm soát, xử lý vi phạm trong đợt cao điểm Tết và Lễ hội Xuân 2024.",
        "Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh bảo đảm an toàn các khu vực tổ chức lễ hội đầu xuân.",
        "Công an huyện bố trí lực lượng giữ gìn an ninh, trật tự tại Lễ giao nhận quân năm 2024.",
        "Công an thị xã phân luồng giao thông, chống ùn tắc trong dịp lễ hội chùa Hương.",
    ],
)
def test_a_festival_as_time_or_place_is_no_event(text: str) -> None:
    assert "events" not in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ban Chỉ huy Quân sự huyện chủ trì tổ chức Lễ giao nhận quân an toàn, trang trọng, tiết kiệm.",
        "Phòng Văn hóa và Thông tin tổ chức lễ dâng hương tại Lễ hội Đền Hùng năm 2024.",
    ],
)
def test_organising_a_ceremony_is_an_event(text: str) -> None:
    assert "events" in _topics(text)


# 3. Testing a building or its materials is construction quality (standards-quality), not calibration work; instruments
# calibrated by a construction-testing centre still are.


@pytest.mark.parametrize(
    "text",
    [
        "Đơn vị tư vấn giám sát thí nghiệm kiểm định cường độ bê tông dầm, sàn tầng 5 trước khi tháo ván khuôn.",
        "Trung tâm Kiểm định xây dựng Thanh Hóa kiểm định, đánh giá chất lượng 08 nhà chung cư cũ trong quý II/2024.",
        "Trung tâm Kiểm định chất lượng xây dựng tỉnh kiểm định chất lượng các công trình trường học xuống cấp.",
    ],
)
def test_testing_a_building_is_quality_not_metrology(text: str) -> None:
    topics = _topics(text)
    assert "standards-quality" in topics
    assert "metrology" not in topics


def test_calibration_at_a_construction_lab_is_metrology() -> None:
    assert "metrology" in _topics(
        "Các phòng thí nghiệm chuyên ngành xây dựng hoàn thành hiệu chuẩn, kiểm định thiết bị thí nghiệm trước ngày 30/6."
    )


# 4. Reading a time, a vetting or a broadcast for what it is.


def test_a_political_background_check_is_no_party_work() -> None:
    assert "party-affairs" not in _topics(
        "Công an xã hoàn thành thẩm tra lý lịch chính trị của công dân trong diện gọi nhập ngũ trước ngày 15/01/2025."
    )


def test_a_reorganisation_named_as_a_time_is_no_staffing() -> None:
    assert "personnel" not in _topics(
        "Phòng Quản lý đô thị cập nhật danh sách các tuyến phố cần chỉnh trang sau sắp xếp đơn vị hành chính cấp xã."
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Công an tỉnh mở các đợt cao điểm tấn công, trấn áp tội phạm ma túy, cờ bạc trên tuyến biên giới.",
            "inspection",
        ),
        (
            "Trung tâm Y tế huyện phối hợp xét nghiệm chất ma túy cho thanh niên trúng tuyển nghĩa vụ quân sự.",
            "inspection",
        ),
        (
            "Bảo hiểm xã hội huyện đẩy mạnh thu, cấp thẻ bảo hiểm y tế qua giao dịch điện tử.",
            "administrative-reform",
        ),
        (
            "Đài Truyền thanh huyện duy trì chuyên mục \u201cAn toàn giao thông\u201d; tăng thời lượng phản ánh các vi phạm "
            "về nồng độ cồn.",
            "communication",
        ),
    ],
)
def test_the_work_named(text: str, topic: str) -> None:
    assert topic in _topics(text)


def test_airtime_on_offences_is_no_enforcement() -> None:
    assert "inspection" not in _topics(
        "Đài Phát thanh - Truyền hình tỉnh tăng thời lượng phản ánh các vi phạm trật tự an toàn giao thông."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục Tiêu chuẩn Đo lường Chất lượng xây dựng kế hoạch và tổ chức kiểm tra đo lường hàng đóng gói sẵn dịp Tết.",
        "Phòng Nông nghiệp huyện xây dựng kế hoạch nhân rộng mô hình trồng nấm cho các hộ dân năm 2025.",
    ],
)
def test_a_plan_of_checks_or_of_replication_is_that_work(text: str) -> None:
    assert "planning" not in _topics(text)


def test_a_project_named_as_the_place_is_no_investment() -> None:
    # under a heading about the project's investment, where the lending is done says nothing of what it is
    text = (
        "Ngân hàng Chính sách xã hội tỉnh tạo điều kiện giải ngân vốn cho vay ưu đãi đối với hộ gia đình mua nhà ở xã "
        "hội tại Dự án."
    )
    assert "investment" not in _topics(text, "Kết luận về tiến độ dự án đầu tư xây dựng nhà ở xã hội")
