"""Topic classification of single directives (ketluan.ingest.topics) and the topic scheme (ontology/topics.ttl).

The sentences below are written for these tests in the wording of many kinds of notices
(S&T departments, agriculture, health, education, finance, party committees, provincial
People's Committee conclusions); none is copied from the evaluation seeds.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from ketluan.ingest.records import Span
from ketluan.ingest.topics import TopicHit, classify_topics, load_topic_scheme

KL = Namespace("https://w3id.org/ketluan/ontology#")
KLT = Namespace("https://w3id.org/ketluan/topic/")

CONTRACT_TOPICS = [
    "metrology", "standards-quality", "intellectual-property", "radiation-safety", "inspection",
    "research-projects", "technology-transfer", "innovation", "finance", "planning", "reporting",
    "communication", "training", "administrative-reform", "personnel", "statistics", "events",
    "party-affairs", "investment",
]  # fmt: skip


def topics_of(text: str, context: str | None = None, **kw) -> set[str]:
    return {h.topic for h in classify_topics(text, context, **kw)}


# --------------------------------------------------------------------------- positives and negatives

# fmt: off
DIRECTIVES = [
    # metrology
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện kiểm định, hiệu chuẩn phương tiện đo nhóm 2 cho các chợ trên địa bàn.", {"metrology"}),
    ("Hướng dẫn Ban quản lý các chợ duy trì hoạt động của trạm cân đối chứng, xử lý các trường hợp cân thiếu.", {"metrology"}),
    ("Kiểm tra nhà nước về đo lường đối với cột đo xăng dầu tại các cửa hàng trên quốc lộ.", {"metrology"}),
    ("Tổ chức kiểm định định kỳ huyết áp kế, nhiệt kế y học tại các trạm y tế xã.", {"metrology"}),
    ("Xây dựng phòng hiệu chuẩn đạt chuẩn để mở rộng dịch vụ.", {"metrology"}),
    ("Phối hợp kiểm tra đo lường đối với hàng đóng gói sẵn lưu thông trên thị trường dịp Tết.", {"metrology"}),
    # metrology negatives: same words, different meaning
    ("Sở Giáo dục và Đào tạo hoàn thành kiểm định chất lượng giáo dục đối với 15 trường mầm non.", set()),
    ("Triển khai đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.", {"administrative-reform"}),
    ("Cân đối nguồn ngân sách để bố trí cho các công trình chuyển tiếp.", {"finance"}),
    ("Hoàn thành kiểm định kỹ thuật an toàn các thiết bị nâng tại khu công nghiệp.", {"standards-quality"}),
    # standards and quality
    ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính.", {"standards-quality"}),
    ("Hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng và công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2.", {"standards-quality"}),
    ("Hỗ trợ các hợp tác xã đăng ký mã số mã vạch và truy xuất nguồn gốc sản phẩm nông sản.", {"standards-quality"}),
    ("Triển khai Chương trình năng suất chất lượng, hướng dẫn áp dụng công cụ 5S, Kaizen tại doanh nghiệp nhỏ.", {"standards-quality"}),
    ("Rà soát cán bộ đủ tiêu chuẩn, điều kiện để đề nghị bổ nhiệm lại.", {"personnel"}),
    # intellectual property
    ("Hỗ trợ các cơ sở sản xuất đăng ký bảo hộ nhãn hiệu tập thể cho sản phẩm bưởi.", {"intellectual-property"}),
    ("Xây dựng hồ sơ đăng ký chỉ dẫn địa lý cho sản phẩm cà phê của tỉnh.", {"intellectual-property"}),
    ("Hướng dẫn doanh nghiệp xác lập quyền sở hữu công nghiệp, phát triển thương hiệu sản phẩm OCOP.", {"intellectual-property"}),
    ("Rà soát đất đai thuộc sở hữu nhà nước tại các xã.", set()),
    # radiation safety
    ("Hướng dẫn các cơ sở y tế tư nhân làm thủ tục cấp giấy phép tiến hành công việc bức xạ đối với thiết bị X-quang.", {"radiation-safety"}),
    ("Xây dựng kế hoạch ứng phó sự cố bức xạ và hạt nhân cấp tỉnh, tổ chức diễn tập trong quý III.", {"radiation-safety"}),
    ("Phát huy vai trò hạt nhân chính trị của chi bộ ở cơ sở.", {"party-affairs"}),
    # inspection
    ("Thanh tra Sở phối hợp Đội Quản lý thị trường thanh tra chuyên ngành về nhãn hàng hóa, xử lý nghiêm các vi phạm.", {"inspection", "standards-quality"}),
    ("Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo đúng thời hạn.", {"inspection"}),
    ("Tăng cường phòng, chống tham nhũng, lãng phí trong quản lý tài sản công.", {"inspection", "finance"}),
    # research projects
    ("Phòng Quản lý khoa học tổ chức hội đồng tuyển chọn, giao trực tiếp các nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2022.", {"research-projects"}),
    ("Đôn đốc chủ nhiệm đề tài hoàn thiện hồ sơ nghiệm thu đúng hạn.", {"research-projects"}),
    ("Đề xuất đặt hàng các nhiệm vụ KH&CN phục vụ tái cơ cấu ngành nông nghiệp.", {"research-projects"}),
    ("Sở Tài chính nghiên cứu, đề xuất phương án xử lý.", set()),
    ("Ban quản lý dự án khẩn trương nghiệm thu, bàn giao công trình đưa vào sử dụng.", {"investment"}),
    # technology transfer
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chuyển giao quy trình nhân giống nấm cho nông dân.", {"technology-transfer"}),
    ("Nhân rộng mô hình ứng dụng tiến bộ kỹ thuật trong nuôi tôm công nghệ cao.", {"technology-transfer"}),
    ("Tổ chức kết nối cung cầu công nghệ, thúc đẩy thị trường khoa học và công nghệ, thương mại hóa kết quả nghiên cứu.", {"technology-transfer"}),
    ("Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý văn bản và điều hành.", {"administrative-reform"}),
    # innovation
    ("Xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh, hỗ trợ 10 dự án khởi nghiệp.", {"innovation"}),
    ("Phát động phong trào sáng kiến, cải tiến kỹ thuật trong đoàn viên công đoàn.", {"innovation", "party-affairs"}),
    ("Cán bộ phải năng động, sáng tạo trong thực thi công vụ.", set()),
    # finance
    ("Khẩn trương giải ngân vốn đầu tư công, không để tồn đọng cuối năm.", {"finance", "investment"}),
    ("Sở Tài chính thẩm định dự toán kinh phí sự nghiệp khoa học năm 2023.", {"finance"}),
    ("Hoàn thành quyết toán các nhiệm vụ đã kết thúc trước ngày 31/12.", {"finance"}),
    ("Phối hợp với Sở Tài chính tổ chức tập huấn cho kế toán các xã.", {"training"}),
    # planning
    ("Xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 của huyện.", {"planning"}),
    ("Rà soát quy hoạch vùng sản xuất lúa chất lượng cao.", {"planning"}),
    ("Hoàn thiện quy hoạch cán bộ lãnh đạo, quản lý nhiệm kỳ 2025-2030.", {"personnel"}),
    # reporting
    ("Thực hiện nghiêm chế độ báo cáo định kỳ tháng, quý gửi Văn phòng UBND tỉnh.", {"reporting"}),
    ("Tiếp thu ý kiến, hoàn chỉnh dự thảo báo cáo tổng kết năm trình Ban Giám đốc.", {"reporting"}),
    # communication
    ("Đẩy mạnh công tác tuyên truyền trên báo chí, trang thông tin điện tử về hoạt động của ngành.", {"communication"}),
    ("Viết tin, bài cập nhật lên cổng thông tin điện tử của huyện.", {"communication"}),
    ("Tổ chức họp báo cung cấp thông tin về kết quả kỳ họp.", {"communication"}),
    ("Tuyên truyền về lợi ích của việc áp dụng tiêu chuẩn cơ sở cho doanh nghiệp.", {"standards-quality"}),
    # training
    ("Mở các lớp tập huấn nghiệp vụ quản lý khoa học cho cán bộ cấp xã.", {"training"}),
    ("Cử cán bộ tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh.", {"training"}),
    ("Xây dựng đề án phát triển giáo dục và đào tạo vùng đồng bào dân tộc.", {"planning"}),
    # administrative reform
    ("Rà soát, đơn giản hóa thủ tục hành chính, nâng tỷ lệ hồ sơ trực tuyến toàn trình.", {"administrative-reform"}),
    ("Vận hành bộ phận một cửa điện tử, bảo đảm giải quyết hồ sơ đúng hạn.", {"administrative-reform"}),
    ("Nâng cao chỉ số cải cách hành chính (PAR INDEX) và chỉ số SIPAS của tỉnh.", {"administrative-reform"}),
    # personnel
    ("Kiện toàn tổ chức bộ máy, sắp xếp vị trí việc làm theo Nghị định 62.", {"personnel"}),
    ("Thực hiện quy trình bổ nhiệm Phó Giám đốc Trung tâm theo quy định.", {"personnel"}),
    ("Tổ chức thi tuyển viên chức năm 2024.", {"personnel"}),
    # statistics
    ("Thực hiện điều tra thống kê khoa học và công nghệ, cập nhật cơ sở dữ liệu nhà khoa học.", {"statistics", "research-projects"}),
    ("Thu thập số liệu về diện tích, năng suất các loại cây trồng chính.", {"statistics"}),
    # events
    ("Chuẩn bị tổ chức lễ kỷ niệm 30 năm thành lập ngành.", {"events"}),
    ("Tham gia hội chợ triển lãm hàng nông sản tại Thành phố Hồ Chí Minh.", {"events"}),
    ("Chuẩn bị nội dung, tài liệu phục vụ hội nghị giao ban quý II.", {"events"}),
    # party affairs
    ("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với xây dựng, chỉnh đốn Đảng.", {"party-affairs"}),
    ("Chi bộ tổ chức sinh hoạt chuyên đề, kết nạp đảng viên mới.", {"party-affairs"}),
    ("Hoàn thành tốt nhiệm vụ chính trị được giao.", set()),
    # investment
    ("Đẩy nhanh tiến độ giải phóng mặt bằng, bồi thường, hỗ trợ, tái định cư dự án đường ven biển.", {"investment"}),
    ("Tăng cường xúc tiến đầu tư, thu hút nhà đầu tư vào khu công nghiệp.", {"investment"}),
    # several topics at once
    ("Hỗ trợ đào tạo nghiệp vụ đo lường cho cán bộ phụ trách khoa học cấp huyện.", {"metrology", "training"}),
    ("Thực hiện tốt công tác quản lý tiêu chuẩn, đo lường, chất lượng, sở hữu trí tuệ và an toàn bức xạ.",
     {"standards-quality", "metrology", "intellectual-property", "radiation-safety"}),
    ("Hoàn chỉnh kế hoạch hoạt động và dự toán kinh phí năm sau trình phê duyệt.", {"planning", "finance"}),
    # public services of a field are that field's work; online public services are administrative reform
    ("Nâng cao chất lượng hoạt động dịch vụ công về khoa học và công nghệ.", set()),
    ("Đẩy mạnh cung cấp dịch vụ công trực tuyến về thủ tục đăng ký.", {"administrative-reform"}),
    # neutral tasks
    ("Khẩn trương triển khai thực hiện các nội dung trên, bảo đảm tiến độ.", set()),
    ("Các phòng, đơn vị chủ động phối hợp thực hiện.", set()),
]
# fmt: on


@pytest.mark.parametrize("text,expected", DIRECTIVES)
def test_topics_classify_directive(text, expected):
    assert topics_of(text) == expected


# --------------------------------------------------------------------------- agency names do not tag

# fmt: off
AGENCY_MASKING = [
    ("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tuyên truyền cho người dân.", {"communication"}),
    ("Gửi kết quả về Trung tâm Thông tin và Thống kê KH&CN.", set()),
    ("Phối hợp với Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng khảo sát nhu cầu của địa phương.", {"statistics"}),
    ("Giao Phòng Quản lý chuyên ngành chủ trì, phối hợp Phòng Kế hoạch - Tài chính triển khai.", set()),
    ("Làm việc với Cục Sở hữu trí tuệ và Viện Năng lượng nguyên tử Việt Nam.", set()),
    ("Đề nghị Sở Kế hoạch và Đầu tư hướng dẫn.", set()),
    ("Lãnh đạo các phòng Kinh tế, Kinh tế và Hạ tầng quan tâm chỉ đạo.", set()),
    # a lower-case "phòng"/"trạm" that is not an agency name keeps its keywords
    ("Nâng cấp phòng hiệu chuẩn và trạm kiểm định phương tiện đo.", {"metrology"}),
    ("Thực hiện tốt công tác phòng, chống tham nhũng.", {"inspection"}),
    # the agency name is masked, the task's own keywords still count
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn doanh nghiệp công bố hợp quy.", {"standards-quality"}),
    ("Trung tâm Kiểm định và Kiểm nghiệm tổ chức hiệu chuẩn thiết bị đo cho bệnh viện.", {"metrology"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", AGENCY_MASKING)
def test_topics_agency_names_do_not_tag(text, expected):
    assert topics_of(text) == expected


def test_topics_masked_argument_uses_caller_coordinates():
    text = "Phối hợp với Ban Đo lường tổ chức tập huấn."
    offset = 100
    start = text.index("Ban Đo lường")
    assert "metrology" not in topics_of(text, offset=offset)  # masked by the head rule anyway
    text2 = "Phối hợp với nhóm đo lường tổ chức tập huấn."
    s = text2.index("nhóm đo lường")
    assert topics_of(text2) == {"metrology", "training"}
    masked = [(offset + s, offset + s + len("nhóm đo lường"))]
    assert topics_of(text2, offset=offset, masked=masked) == {"training"}
    assert start  # the example sentence has the name where we expect it


# --------------------------------------------------------------------------- tone placement, case, word boundaries

# fmt: off
SPELLINGS = [
    ("Hoàn thiện hồ sơ đăng ký nhãn hiệu hàng hóa.", "Hoàn thiện hồ sơ đăng ký nhãn hiệu hàng hoá.", {"intellectual-property"}),
    ("Tiếp tục chuyển đổi số trong cơ quan.", "TIẾP TỤC CHUYỂN ĐỔI SỐ TRONG CƠ QUAN.", {"innovation"}),
    ("Đơn giản hóa thủ tục cấp phép.", "Đơn giản hoá thủ tục cấp phép.", {"administrative-reform"}),
    ("Tổ chức hội nghị quán triệt nghị quyết của cấp ủy.", "Tổ chức hội nghị quán triệt nghị quyết của cấp uỷ.", {"party-affairs"}),
    ("Triển khai kế hoạch ứng phó sự cố bức xạ.", "Triển khai kế hoạch ứng phó sự cố bức  xạ.", {"radiation-safety"}),
]
# fmt: on


@pytest.mark.parametrize("new_style,old_style,expected", SPELLINGS)
def test_topics_tone_placement_and_case_insensitive(new_style, old_style, expected):
    assert topics_of(new_style) == expected
    assert topics_of(old_style) == expected


# fmt: off
BOUNDARIES = [
    ("Triển khai đo lườngx tại chợ.", set()),
    ("Thống kêx số lượng.", set()),
    ("Thực hiện Tiêu chuẩn – Đo lường – Chất lượng trên địa bàn.", {"standards-quality", "metrology"}),
    ("Thực hiện Tiêu chuẩn-Đo lường-Chất lượng trên địa bàn.", {"standards-quality", "metrology"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", BOUNDARIES)
def test_topics_syllable_boundaries(text, expected):
    assert topics_of(text) == expected


# --------------------------------------------------------------------------- context (unit or section heading)

# fmt: off
CONTEXTS = [
    # a neutral task inherits the section heading's topic
    ("Viện Lúa giúp triển khai thực hiện ở hai huyện.", "1. Về xây dựng nhiệm vụ khoa học và công nghệ cấp huyện:", {"research-projects"}),
    ("Hoàn thành trước ngày 30/6/2024.", "2. Về xây dựng và vận hành các Trạm kiểm định phương tiện đo:", {"metrology"}),
    # the heading supports a weak keyword of the task
    ("Liên hiệp Hội sớm hoàn thành và nghiệm thu ở quận Ô Môn.", "1. Về nhiệm vụ KH&CN cấp quận:", {"research-projects"}),
    # a task with its own topic keeps it; the heading does not add another one
    ("Các huyện chú ý hoạt động sở hữu trí tuệ ở địa phương.", "3. Về bổ sung kinh phí và kế hoạch hoạt động 2024:", {"intellectual-property"}),
    # an agency heading adds nothing: its name is masked
    ("Rà soát, xem xét lại đối tượng hỗ trợ xây dựng tiêu chuẩn cơ sở.", "6. Chi cục Tiêu chuẩn Đo lường Chất lượng", {"standards-quality"}),
    ("Khẩn trương hoàn thành các nội dung được giao.", "6. Chi cục Tiêu chuẩn Đo lường Chất lượng", set()),
    ("Tham mưu thực hiện đúng tiến độ.", "5. Phòng Kế hoạch - Tài chính", set()),
]
# fmt: on


@pytest.mark.parametrize("text,context,expected", CONTEXTS)
def test_topics_context_rules(text, context, expected):
    assert topics_of(text, context) == expected


def test_topics_context_hit_spans_whole_directive():
    text = "Hoàn thành trước ngày 30/6/2024."
    hits = classify_topics(text, "Về kiểm định phương tiện đo:", offset=40)
    assert hits == [
        TopicHit("metrology", "kiểm định phương tiện đo", Span(40, 40 + len(text)), "context", False)
    ]


# --------------------------------------------------------------------------- explainability and offsets


def test_topics_hits_name_keyword_and_span():
    notice = "Nội dung khác. Hỗ trợ đào tạo nghiệp vụ đo lường cho cán bộ."
    start = notice.index("Hỗ trợ")
    directive = notice[start:]
    hits = classify_topics(directive, offset=start)
    assert [(h.topic, h.keyword, h.span.text(notice)) for h in hits] == [
        ("training", "đào tạo nghiệp vụ", "đào tạo nghiệp vụ"),
        ("metrology", "đo lường", "đo lường"),
    ]


def test_topics_old_style_tones_keep_offsets():
    text = "Tuyên truyền, hỗ trợ đăng ký nhãn hiệu hàng hoá cho hợp tác xã."
    (hit,) = [h for h in classify_topics(text) if h.topic == "intellectual-property"]
    assert hit.span.text(text) == "nhãn hiệu"


def test_topics_purpose_clause_is_weak():
    # the metrology keyword sits in the purpose clause; the task is about training
    text = "Mở lớp tập huấn cho cán bộ xã nhằm nâng cao hiệu quả quản lý đo lường."
    assert topics_of(text) == {"training"}
    # alone, a purpose clause still gives the task its topic (fallback)
    assert topics_of("Phòng Kinh tế bổ sung thủ tục làm cơ sở điều chỉnh kinh phí.") == {"finance"}


def test_topics_empty_text():
    assert classify_topics("") == []
    assert classify_topics("   ", context="   ") == []


# --------------------------------------------------------------------------- the scheme itself


@pytest.fixture(scope="session")
def topic_graph() -> Graph:
    from importlib.resources import files

    g = Graph()
    g.parse(
        data=files("ketluan.ontology").joinpath("topics.ttl").read_text(encoding="utf-8"), format="turtle"
    )
    return g


def _concepts(g: Graph) -> list[URIRef]:
    return sorted(c for c in g.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))


def test_topics_scheme_has_every_contract_topic(topic_graph):
    names = {str(c).removeprefix(str(KLT)) for c in _concepts(topic_graph)}
    assert set(CONTRACT_TOPICS) <= names
    assert set(load_topic_scheme().names) == names


@pytest.mark.parametrize("name", CONTRACT_TOPICS)
def test_topics_concept_is_complete(topic_graph, name):
    g, c = topic_graph, KLT[name]
    assert (c, SKOS.inScheme, KLT.scheme) in g
    assert (c, SKOS.topConceptOf, KLT.scheme) in g
    assert (KLT.scheme, SKOS.hasTopConcept, c) in g
    assert str(g.value(c, SKOS.notation)) == name
    for prop in (SKOS.prefLabel, SKOS.definition):
        langs = {o.language for o in g.objects(c, prop) if isinstance(o, Literal)}
        assert {"vi", "en"} <= langs, f"{name}: {prop} needs @vi and @en"
    keywords = list(g.objects(c, KL.keyword))
    assert len(keywords) >= 5


def test_topics_keywords_are_vietnamese_lower_case_and_new_style(topic_graph):
    old_style = ("oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ")
    for prop in (KL.keyword, KL.weakKeyword, KL.excludePhrase):
        for c, o in topic_graph.subject_objects(prop):
            word = str(o)
            assert word == word.lower() == word.strip(), f"{c}: {word!r}"
            for syllable in word.split():
                old = any(syllable.endswith(t) for t in old_style) and not syllable.startswith("q")
                assert not old, f"{c}: {word!r} old-style tone"


def test_topics_every_keyword_tags_its_own_topic():
    # each keyword, said alone, must yield its topic: catches an exclude phrase that swallows a keyword
    scheme = load_topic_scheme()
    failures = []
    for name, concept in scheme.concepts.items():
        for kw in concept.keywords:
            if name not in topics_of(f"Thực hiện {kw} trong năm."):
                failures.append((name, kw))
    assert failures == []


def test_topics_scheme_is_cached():
    assert load_topic_scheme() is load_topic_scheme()


def _joined_variants(keyword: str) -> list[str]:
    """The keyword with one droppable "-" or "," left out and its neighbours joined ("x-quang" -> "xquang")."""
    out = []
    for sep in ("-", "–", ","):
        i = keyword.find(sep)
        if i > 0:
            out.append(keyword[:i].rstrip() + keyword[i + 1 :].lstrip())
    return out


def test_topics_keywords_written_without_their_dash_or_comma_still_match():
    """The scan skips keywords whose first syllable the text lacks; a first word joined to the next
    ("xquang", "KHCN") is no syllable of its own, so such keywords must still be tried."""
    assert {h.topic for h in classify_topics("Đầu tư máy xquang cho bệnh viện huyện.")} == {
        "radiation-safety"
    }
    scheme = load_topic_scheme()
    checked = 0
    for name in scheme.concepts:
        for pattern in scheme._patterns[name]:
            for variant in _joined_variants(pattern.keyword):
                assert pattern.regex.search(variant.lower()), (pattern.keyword, variant)
                hits = classify_topics(f"Giao nhiệm vụ {variant} cho các đơn vị.")
                assert any(h.keyword == pattern.keyword for h in hits), (name, pattern.keyword, variant, hits)
                checked += 1
    assert checked >= 3


# --------------------------------------------------------------------------- the scanner's shortcuts


def _reference_purpose_ranges(text: str, toks: list) -> list[tuple[int, int]]:
    """`_purpose_ranges` as it was written first: every token tried, the clause's end found by a loop."""
    from ketluan.ingest.lang.vi.topic_cues import CLAUSE_END
    from ketluan.ingest.topics import _PURPOSE, _match_at

    out = []
    first_word = next((i for i, t in enumerate(toks) if t.is_word), None)
    for i, t in enumerate(toks):
        if i == first_word or not t.is_word or not _match_at(_PURPOSE, toks, i):
            continue
        end = t.end
        while end < len(text) and text[end] not in CLAUSE_END:
            end += 1
        out.append((t.start, end))
    return out


PURPOSE_TEXTS = [
    "Giao Sở Khoa học và Công nghệ tham mưu UBND tỉnh để triển khai ứng dụng công nghệ; báo cáo trước 30/6",
    "Để đảm bảo an toàn bức xạ, Sở Y tế kiểm tra các cơ sở X-quang nhằm phục vụ công tác quản lý",
    "Nhằm nâng cao chất lượng, các phòng chuyên môn rà soát quy trình ISO",
    "Phòng Kinh tế và Hạ tầng huyện Long Hồ phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng",
]


@pytest.mark.parametrize("text", PURPOSE_TEXTS)
def test_topics_purpose_ranges_equal_the_token_by_token_reference(text):
    """Only tokens a purpose marker starts with are tried, and the clause end is one regex search."""
    from ketluan.ingest.topics import _fold, _purpose_ranges, _tokens

    toks = _tokens(text, _fold(text))
    assert _purpose_ranges(text, toks) == _reference_purpose_ranges(text, toks)


def test_topics_purpose_range_runs_to_the_clause_end_or_the_text_end():
    from ketluan.ingest.topics import _fold, _purpose_ranges, _tokens

    text = "Tăng cường kiểm tra để an toàn; báo cáo kết quả nhằm quản lý tốt"
    got = _purpose_ranges(text, _tokens(text, _fold(text)))
    assert [text[s:e] for s, e in got] == ["để an toàn", "nhằm quản lý tốt"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # weak evidence of a subject is the subject: the report on it adds nothing
        ("tổng hợp số liệu, báo cáo kết quả xây dựng mô hình", {"statistics", "technology-transfer"}),
        # with no subject at all, the procedural ones are what the task is about
        ("báo cáo kết quả thực hiện về Sở trước ngày 30/6", {"reporting"}),
    ],
)
def test_fallback_prefers_weak_subjects_to_procedure(text, topics):
    assert {h.topic for h in classify_topics(text)} == topics


@pytest.mark.parametrize(
    "text",
    [
        "tăng cường tuần tra, kiểm soát, xử lý nghiêm các trường hợp vi phạm nồng độ cồn",
        "tổ chức giám sát chuyên đề việc thực hiện Chương trình mục tiêu quốc gia",
    ],
)
def test_enforcement_and_oversight_are_inspection(text):
    assert "inspection" in {h.topic for h in classify_topics(text)}
