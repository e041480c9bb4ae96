"""Topics on the round-S notices (urban order, construction and flooding; forests, livestock disease and fisheries;
metrology and quality): the general causes, on variants.

Each case is a small task written the way district and provincial notices write them, not a sentence of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.topics import classify_topics


def topics(text: str, context: str | None = None, masked: list[tuple[int, int]] | None = None) -> set[str]:
    return {h.topic for h in classify_topics(text, context=context, masked=masked)}


# --------------------------------------------------------------------------- enforcement of street and building order


@pytest.mark.parametrize(
    "text",
    [
        "Đội Trật tự đô thị phối hợp UBND các xã tổ chức cưỡng chế tháo dỡ nhà tạm trên đất nông nghiệp.",
        "UBND phường tổ chức cưỡng chế tháo dỡ các công trình đã có quyết định cưỡng chế, xong trong quý III.",
        "Đề nghị Công an huyện phối hợp bảo vệ các đợt cưỡng chế, ngăn chặn các trường hợp chống người thi hành công vụ.",
        "UBND phường Nghĩa Tân xóa bỏ điểm chợ cóc tại ngõ 12 đường Tô Hiệu trước ngày 30/4.",
        "UBND các xã xóa bỏ các điểm tập kết phế liệu tự phát dọc quốc lộ 1A.",
        "UBND thị trấn phối hợp Đội Quản lý trật tự giải tỏa dứt điểm các ki-ốt dọc tuyến đường tránh.",
    ],
)
def test_clearing_and_coercion_of_what_stands_without_leave_is_enforcement(text):
    assert "inspection" in topics(text)


def test_demolition_under_coercion_is_not_investment():
    assert topics("Tổ chức cưỡng chế tháo dỡ các công trình vi phạm đã có quyết định cưỡng chế.") == {
        "inspection"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Sở Giao thông vận tải phối hợp các địa phương xóa bỏ các điểm đen về tai nạn giao thông trên quốc lộ 14.",
        "Ban Quản lý dự án đẩy nhanh tiến độ thi công, xóa bỏ điểm nghẽn giao thông tại nút giao phía Bắc.",
    ],
)
def test_a_black_spot_or_a_bottleneck_removed_is_no_enforcement(text):
    assert "inspection" not in topics(text)


# --------------------------------------------------------------------------- fisheries control


@pytest.mark.parametrize(
    "text",
    [
        "Phối hợp với Đồn Biên phòng kiểm tra tàu cá neo đậu tại cảng cá Cà Mau; thống kê sản lượng khai thác hằng tháng.",
        "Đồn Biên phòng Cửa Việt kiểm soát chặt chẽ 100% tàu cá ra, vào cửa biển; không cho xuất bến đối với tàu cá chưa "
        "lắp thiết bị giám sát hành trình.",
        "Ban Quản lý cảng cá phối hợp Trạm Kiểm soát Biên phòng kiểm soát tàu cá cập cảng, đối chiếu nhật ký khai thác.",
    ],
)
def test_checking_fishing_vessels_is_fisheries_enforcement(text):
    assert "inspection" in topics(text)


# --------------------------------------------------------------------------- a meeting told to the absent is no event


@pytest.mark.parametrize(
    "text",
    [
        "Giao Văn phòng Sở có văn bản thông báo nội dung cuộc họp đến các đơn vị vắng mặt và đôn đốc thực hiện.",
        "Phòng Nông nghiệp truyền đạt nội dung hội nghị tới UBND các xã không dự họp.",
    ],
)
def test_telling_a_meetings_content_is_no_event(text):
    assert "events" not in topics(text)


def test_preparing_a_meeting_is_still_an_event():
    assert "events" in topics("Văn phòng chuẩn bị nội dung hội nghị sơ kết 6 tháng đầu năm.")


# --------------------------------------------------------------------------- prices, gold, traffic schemes


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Tài chính - Kế hoạch thẩm định phương án giá dịch vụ trông giữ xe tại các chợ, báo cáo UBND huyện trong tháng 5.",
        "Sở Tài chính hoàn thành thẩm định phương án giá nước sạch sinh hoạt năm 2017.",
    ],
)
def test_a_price_plan_is_finance(text):
    assert "finance" in topics(text)


def test_gold_content_testing_is_quality_work():
    assert topics(
        "Trung tâm Kỹ thuật kiểm định cân đối chứng tại các chợ; bố trí thiết bị thử nghiệm hàm lượng vàng tại cửa hàng "
        "vàng bạc thị xã."
    ) == {"metrology", "standards-quality"}


def test_a_traffic_reorganisation_scheme_is_planning():
    assert topics("Lập phương án tổ chức lại giao thông, phân luồng tại nút giao Tân Phong.") == {"planning"}


# --------------------------------------------------------------------------- a team set up at once is what the task makes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sở Nông nghiệp chủ trì, phối hợp với các địa phương thành lập ngay các đoàn kiểm tra công tác phòng, chống dịch.",
            "các đoàn kiểm tra công tác phòng",
        ),
        (
            "Đề nghị UBND huyện thành lập ngay Đoàn kiểm tra liên ngành về an toàn thực phẩm tại các chợ đầu mối.",
            "Đoàn kiểm tra liên ngành",
        ),
    ],
)
def test_a_team_set_up_at_once_is_not_masked_as_a_partner(text, name):
    start = text.index(name)
    assert "inspection" in topics(text, masked=[(start, start + len(name))])


# --------------------------------------------------------------------------- a permit procedure


def test_guiding_citizens_through_a_permit_procedure_is_administrative_reform():
    assert "administrative-reform" in topics(
        "Phòng Kinh tế và Hạ tầng hướng dẫn các hộ dân thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ đúng quy định."
    )
