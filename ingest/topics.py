"""Tag a directive (one assigned task) with the topics of ``klt:scheme``.

The topics and their Vietnamese keywords are data, in ``ontology/topics.ttl``; this module
only reads them (once, cached) and applies a few explainable rules. Every returned
`TopicHit` names the keyword that fired and where it is.

Rules, in order:

1. **Matching.** Case-insensitive and tone-placement-insensitive ("hoà" = "hòa",
   "thuỷ" = "thủy"); keywords match whole syllables only ("đo lường" does not match in
   "đo lườngx"); inside a keyword a space also matches a dash ("Tiêu chuẩn – Đo lường"),
   a comma is optional ("phòng chống tham nhũng" = "phòng, chống tham nhũng"); an old spelling of a syllable is read as
   today's ("qui hoạch" = "quy hoạch", "kĩ thuật" = "kỹ thuật"; ``OLD_SPELLING_SYLLABLES``).
2. **Agency names are masked.** A keyword that starts inside an agency name never counts:
   "phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tuyên truyền" is about
   communication, not metrology. Names are found here (an agency head such as "Chi cục",
   "Trung tâm", "Sở", "Phòng", "Viện", "Bộ" followed by a capitalised word, continued over
   capitalised words and lower-case name syllables until a verb; "và" or "các" before a capitalised
   word links it in: "Công đoàn các KCN"; a head's syllable that ends another word opens none: "phục vụ Kỳ họp",
   "các cơ sở X-quang", ``HEAD_COMPOUNDS``) and can also be passed in (``masked``), e.g. the spans of
   agencies the agency extractor found, but not a passed name whose last syllable begins a word that runs on past it
   (``MASK_COMPOUND_TAILS``: "các hội" read in "tổ chức các hội nghị"). A keyword that runs into a name its capital opens
   counts only when the name's head is what the keyword gives to (``NAME_HEADS_GIVEN_TO``): "ủng hộ Quỹ \"Đền ơn đáp
   nghĩa\"" is a donation, "Giao Ban Kinh tế - Ngân sách …" no briefing. The field named after "thủ tục hành chính lĩnh vực …" or
   "cơ quan thanh tra chuyên ngành về …" (``DOMAIN_OPENERS``) is masked the same way: it says which
   procedures or which body, not what the task is about; so is the occasion after "trong dịp", "nhân dịp"
   (``OCCASION_OPENERS``): "bảo đảm an ninh, trật tự trong dịp lễ Quốc khánh và các sự kiện văn hóa" is no
   event. So is the title of a legal document cited as the task's basis ("xử phạt theo Nghị định số
   54/2009/NĐ-CP … quy định xử phạt … trong lĩnh vực đo lường và chất lượng sản phẩm, hàng hóa",
   ``LEGAL_REFERENCE_OPENERS``); a document that is the task's object ("triển khai Luật Đo lường") keeps its
   subject.
3. **Exclusions.** A keyword match overlapping one of the concept's ``kl:excludePhrase``
   matches is dropped ("kiểm định chất lượng giáo dục" is not metrology) unless the keyword
   itself contains the whole exclude phrase ("trạm cân đối chứng" contains "cân đối"). A dash written
   between spaces in an exclude phrase must be in the text ("kế hoạch - đầu tư" is an office's name,
   "kế hoạch đầu tư công" is not). A concept's ``kl:otherSenseCue`` anywhere in the text drops all its
   weak keywords: "kiểm định" beside "xe cơ giới" or "đăng kiểm" is a vehicle's roadworthiness test, not
   calibration work; strong keywords ("hiệu chuẩn", "thiết bị đo") stand, but not in the clause the cue opens: "vận động
   nhân dân không tiếp tay cho các đối tượng buôn lậu" is outreach, the offence its message. A keyword of
   ``KEYWORD_OTHER_SENSES_IN_CLAUSE`` with one of its cue words in its own clause is read in that other sense:
   "cân, đo, theo dõi sức khỏe trẻ bằng biểu đồ tăng trưởng" weighs children, it measures no instrument.
4. **Purpose clauses are weak.** A keyword inside a purpose clause ("nhằm ...", "để ...",
   "phục vụ ...", "bảo đảm ...") counts as a weak keyword: it says why, not what. "bảo đảm đủ …",
   "bảo đảm đúng …" open no purpose clause: they state what the task must achieve (also with a few words
   between: "bảo đảm vải xuất khẩu đúng chỉ dẫn địa lý"); nor does "bảo đảm" after "và" or opening a clause:
   "kiểm định, hiệu chuẩn thiết bị y tế và bảo đảm an toàn bức xạ" is a second task; nor after a negation: "xử lý trường
   hợp không bảo đảm điều kiện PCCC" names the cases dealt with.
5. **Strong and weak.** A topic fires on one ``kl:keyword``. A
   ``kl:weakKeyword`` fires only with support: a second, different weak keyword of the same topic (not one that
   merely contains the first, as "kết quả nghiên cứu" contains "nghiên cứu"), or the
   heading (``context``) having that topic.
6. **Procedural topics yield.** The topics of the ``klt:procedural`` collection (planning,
   reporting, communication, events) fire on weak keywords only when the task has no
   subject-matter topic: "tuyên truyền về áp dụng ISO" is about standards; but two different weak keywords of one (no
   purpose) in ";"-clauses of their own, where no fired topic has a hit, are a task of their own: "tăng cường tuyên
   truyền, vận động nhân dân không đổ rác …; kiểm tra, xử lý các trường hợp lấn chiếm" is communication too.
7. **Fallback.** When no subject-matter topic fired, every subject-matter topic with a weak keyword
   fires: "Phòng Kinh tế bổ sung thủ tục làm cơ sở điều chỉnh kinh phí" is about finance; the
   procedural ones only when there is no weak subject either (a weak "kiểm định" beside "báo cáo"
   is metrology, not reporting as well) and no strong procedural topic fired in their ";"-clause ("chuẩn bị nội
   dung Hội nghị …; cập nhật tin, bài trên Cổng thông tin điện tử" is events and communication). When every weak subject
   keyword is inside a purpose clause, a procedural keyword named before that clause says what the task is:
   "Hội Nghề cá tuyên truyền để ngư dân … phát hiện cân thiếu" is communication.
8. **Context.** The heading the task sits under (``context``: "2. Về xây dựng Trạm kiểm định
   phương tiện đo:", "6. Chi cục Tiêu chuẩn Đo lường Chất lượng") is classified by the same
   rules, agency names masked as everywhere. Its topics support weak keywords of the task
   (rule 5), and are given to the task only when the task itself has no topic at all. An
   agency heading never adds a topic: its name is masked. A lead-in that opens with the occasion it prepares ("Để tổ chức
   các hoạt động kỷ niệm …, yêu cầu:"; ``LEAD_IN_PURPOSE_*``) gives no procedural topic of that occasion: the items are its
   preparations, each what its own words say.
9. **The field of a body worked with.** When neither the task nor its heading has a topic, and the task
   is to work with a body named right after "làm việc với", "liên hệ" (``NAME_FIELD_LINKS``), or to send a dossier to it
   ("hồ sơ" … "gửi"; ``DOSSIER_*``), the subject-matter keywords of that body's name give the topic, weakly ("làm việc với Cục Sở hữu trí
   tuệ để được hướng dẫn …" is intellectual property, "hoàn chỉnh hồ sơ, tờ trình … gửi Ban Thi đua - Khen thưởng Trung
   ương" a reward); bodies of several fields give none.
10. **Work and its object.** A phrase of ``WORK_OBJECT_MARKERS`` names a kind of work and opens its object,
   to the end of the clause ("tuyên truyền về … cách sử dụng cân đối chứng", "bố trí kinh phí cho việc kiểm
   định …", "nghị quyết chuyên đề về ứng dụng khoa học …"). When the task is that work, the other topics'
   keywords inside the object say what the work is about, not what the task is: they are dropped (a line
   break that a lower-case word continues does not end the object: it is a wrapped line). The task
   is that work when its topic fired, or, for a procedural topic, when two different weak keywords of it
   are there and no subject-matter topic fired on evidence of its own ("tuyên truyền, quảng bá sản phẩm
   OCOP trên Trang thông tin điện tử" is communication), or when no subject-matter topic fired on evidence of its
   own and every subject keyword is inside the object ("tuyên truyền về tác hại của xe quá tải đối với kết cấu hạ
   tầng giao thông" is communication), or when every subject keyword is weak and inside the object, even two of them
   ("tuyên truyền về tác hại của khai thác cát trái phép, vận động nhân dân tố giác hành vi vi phạm": the offence is
   the message).
11. **Drafts submitted.** A `SUBMITTED_DRAFTS` phrase ("xây dựng phương án", "lập phương án") followed in its clause
   by a submission to a body ("…, trình Ủy ban nhân dân tỉnh") is a weak keyword of its topic (planning), a strong one when it
   names the period it covers ("Phương án PCCCR mùa khô 2025 - 2026"; ``SUBMITTED_DRAFT_PERIODS``); without
   the submission the "phương án" is how a job will be done, not a plan.
12. **Periodic reports.** A report named with its period (``REPORT_PERIODS``: "tổng hợp báo cáo CCHC quý I", "hoàn thành
   báo cáo hoạt động chuyên môn 9 tháng đầu năm", "… định kỳ hằng tuần") is a strong keyword of reporting, beside the
   task's subject; so is a report whose period is written first, as a reporting regime is set up ("định kỳ hằng tuần báo
   cáo UBND Thành phố tiến độ GPMB", "định kỳ ngày 20 hằng tháng báo cáo kết quả về Sở"; ``REPORT_RECURRENCE_*``).
13. **Closing reports.** So is a report that closes the task, sent to a body or due at a time ("…; tổng hợp báo cáo
   Ban Thường vụ trước ngày …", "…, báo cáo kết quả trong quý IV/2013"; ``CLOSING_REPORT_*``): what must be reported,
   and by when, is what an analyst asks of it. A report that is the object of other work ("hoàn thiện báo cáo tự
   đánh giá") is not one. A closing report does not say what the task is: the task's own weak procedural words still
   count beside it, as when nothing fired (rule 7): "phê duyệt Đề án của các huyện …, báo cáo kết quả về Bộ" is planning too.
14. **Follow-up of a conclusion.** Following up a Kết luận, the document an inspection ends with, named with its capital
   ("Thanh tra Sở theo dõi, đôn đốc việc thực hiện Kết luận này"; ``CONCLUSION_FOLLOW_UP_*``), is a strong keyword of
   inspection; a meeting notice's "kết luận này" in lower case is not.
15. **Money allotted.** A sum allotted ("bố trí 150 triệu đồng sửa chữa nhà lồng chợ", "cân đối, bố trí 1,2 tỷ đồng";
   ``MONEY_ALLOTTING_VERBS``, ``MONEY_UNITS``) is a strong keyword of finance, beside what it is spent on.
16. **Plans submitted.** A plan drafted and then, in its clause, submitted or sent to a body ("xây dựng kế hoạch kiểm
   định, hiệu chuẩn năm 2019, trình Giám đốc Sở", "…, gửi về Sở"; ``SUBMITTED_PLANS``, ``PLAN_SUBMISSION_VERBS``) is a
   strong keyword of planning, whatever the plan is of, but a plan of checks (``SUBMITTED_PLAN_NOT_OF``: the
   inspectorate's programme, excluded as ever); a plan of one piece of work the unit keeps ("lập kế hoạch hiệu chuẩn
   các thiết bị đo"; excluded as "kế hoạch kiểm tra" is) is that work.
17. **Published in a medium.** Something posted on a website, a portal, the radio or in the press ("cập nhật danh mục dự án …
   trên Cổng thông tin điện tử thành phố", "thông báo cấp dự báo cháy rừng trên Đài Phát thanh - Truyền hình tỉnh";
   ``PUBLISHING_*``) is a strong keyword of communication: a job of its own beside what is published; named as the means of
   the task ("thông qua cập nhật tin, bài … lên Trang thông tin điện tử") it is weak.
18. **Programmes for a period.** A programme of work drawn up for a year or a period ("xây dựng Chương trình kích cầu du
   lịch năm 2026"; ``PROGRAMME_*``), not a curriculum nor an event's running order, is a strong keyword of planning; so is
   a plan for a period of years drafted or issued ("ban hành Kế hoạch thực hiện Chương trình OCOP giai đoạn 2026 - 2030";
   ``PERIOD_PLAN_*``), not a plan of checks nor of an event.
19. **Named programmes held.** A programme or a market with a name in quotes that a body holds ("tổ chức \"Chợ Tết công
   đoàn\"", "chủ trì tổ chức Chương trình \"Tết Sum vầy\" năm 2026"; ``NAMED_EVENT_*``) is a strong keyword of events, beside
   the gifts it hands out; a slogan in quotes is none.
20. **Made known to the public.** Something made public so that the people it concerns know it ("công bố công khai danh mục
   các dự án nhà ở xã hội để người lao động biết"; ``MADE_KNOWN_*``) is a strong keyword of communication, with no medium
   named (rule 17 needs one).
21. **Breaches dealt with.** "xử lý", then in its clause who or what is dealt with and a breach ("kiên quyết xử lý các tàu cá
   xuất bến không đủ thủ tục", "Quy chế phối hợp xử lý thông tin sai sự thật"; ``BREACH_*``) is a strong keyword of inspection,
   though "vi phạm" does not follow the verb; waste or an incident treated is none.
22. **A document propagated.** A subject keyword that is a document's number ("57-NQ/TW") inside the object of a procedural
   work (rule 10: "tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW") names what is propagated: it is weak there, and the work is
   the task; implementing the document ("Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW") keeps its subject.

>>> sorted({h.topic for h in classify_topics("Hỗ trợ đào tạo nghiệp vụ đo lường cho cán bộ cấp huyện")})
['metrology', 'training']
>>> [h.topic for h in classify_topics("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tuyên truyền")]
['communication']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from itertools import compress, count
from operator import attrgetter

from ketluan.ingest.lang.vi.agencies import AGENCY_HEADS, LOCALITY_TYPES, NAME_STOP_PHRASES, NAME_SYLLABLES
from ketluan.ingest.lang.vi.topic_cues import (
    BREACH_HANDLED_NOT_OF,
    BREACH_HANDLING_VERBS,
    BREACH_MARKERS,
    BREACH_WINDOW,
    CLAUSE_END,
    CLOSING_REPORT_LEADS,
    CLOSING_REPORT_OBJECTS,
    CLOSING_REPORT_TO,
    CLOSING_REPORT_WHEN,
    CLOSING_REPORT_WINDOW,
    CONCLUSION_DOCUMENT,
    CONCLUSION_FOLLOW_UP_LINKS,
    CONCLUSION_FOLLOW_UP_VERBS,
    DOMAIN_MAX_WORDS,
    DOMAIN_OPENERS,
    DOMAIN_STOPS,
    DOSSIER_FIELD_LINKS,
    DOSSIER_WORDS,
    HEAD_ALONE_MIN_SYLLABLES,
    HEAD_COMPOUNDS,
    KEYWORD_OTHER_SENSES_IN_CLAUSE,
    LEAD_IN_PURPOSE_OPENERS,
    LEAD_IN_REQUESTS,
    LEGAL_DOCUMENT_HEADS,
    LEGAL_REFERENCE_OPENERS,
    LEGAL_TITLE_STOPS,
    MADE_KNOWN_AUDIENCES,
    MADE_KNOWN_ENDS,
    MADE_KNOWN_VERBS,
    MADE_KNOWN_WINDOW,
    MASK_COMPOUND_TAILS,
    MONEY_ALLOTTING_GAP,
    MONEY_ALLOTTING_VERBS,
    MONEY_UNITS,
    NAME_FIELD_LINKS,
    NAME_HEADS_GIVEN_TO,
    NAME_LINKERS,
    NAME_OF_CREATED,
    NAMED_EVENT_NOUNS,
    NAMED_EVENT_QUOTES,
    NAMED_EVENT_VERBS,
    NOT_SUBMISSION_AFTER,
    OCCASION_LINKERS,
    OCCASION_MAX_WORDS,
    OCCASION_OPENERS,
    OLD_SPELLING_SYLLABLES,
    PERIOD_PLAN_DRAFTS,
    PERIOD_PLAN_PERIODS,
    PLAN_SUBMISSION_VERBS,
    PROGRAMME_DRAFTS,
    PROGRAMME_NOT_OF,
    PROGRAMME_PERIOD_WINDOW,
    PROGRAMME_PERIODS,
    PUBLISHING_LINKS,
    PUBLISHING_MEANS,
    PUBLISHING_MEDIA,
    PUBLISHING_NOT_OF,
    PUBLISHING_VERBS,
    PUBLISHING_WINDOW,
    PURPOSE_MARKERS,
    PURPOSE_MARKERS_OF_REQUIREMENT,
    PURPOSE_NOT_AFTER,
    PURPOSE_NOT_BEFORE,
    PURPOSE_REQUIREMENT_WINDOW,
    REFRAIN_WORDS,
    REPORT_GAP_STOPS,
    REPORT_NOUNS,
    REPORT_PERIOD_WINDOW,
    REPORT_PERIODS,
    REPORT_RECIPIENT_ACRONYMS,
    REPORT_RECURRENCE_EVERY,
    REPORT_RECURRENCE_LEAD,
    REPORT_RECURRENCE_UNITS,
    REPORT_RECURRENCE_WINDOW,
    SUBMISSION_VERBS,
    SUBMITTED_DRAFT_NOT_PERIODIC,
    SUBMITTED_DRAFT_PERIODS,
    SUBMITTED_DRAFTS,
    SUBMITTED_PLAN_NOT_OF,
    SUBMITTED_PLANS,
    TOPIC_ACTIVITY_NAME_HEADS,
    TOPIC_EXTRA_HEADS,
    TOPIC_NAME_BREAKERS,
    TOPIC_UNMASKED_HEADS,
    WORK_OBJECT_MARKERS,
)
from ketluan.ingest.records import Span
from ketluan.ingest.text import fold_tones, longest_first

__all__ = ["TopicConcept", "TopicHit", "TopicScheme", "classify_topics", "load_topic_scheme"]

KL = "https://w3id.org/ketluan/ontology#"
KLT = "https://w3id.org/ketluan/topic/"
SKOS = "http://www.w3.org/2004/02/skos/core#"


# --------------------------------------------------------------------------- scheme


@dataclass(frozen=True, slots=True)
class TopicConcept:
    """One concept of ``klt:scheme`` with the language data the classifier uses."""

    name: str  # local name, e.g. "metrology"
    iri: str
    labels: dict[str, str]  # skos:prefLabel by language tag
    definitions: dict[str, str]  # skos:definition by language tag
    keywords: tuple[str, ...]
    weak_keywords: tuple[str, ...]
    exclude_phrases: tuple[str, ...]
    procedural: bool = False
    other_sense_cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Pattern:
    keyword: str
    weak: bool
    first: str | None = None  # the keyword's first syllable, folded: a text without it is not scanned
    required: frozenset[str] = frozenset()  # syllables any match must contain (`_required_syllables`)

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.keyword, False)


@dataclass(frozen=True, slots=True)
class _Exclude:
    phrase: str
    required: frozenset[str] = frozenset()  # syllables any match must contain (`_required_syllables`)

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.phrase, True)


@cache
def _compiled(keyword: str, exclude: bool) -> re.Pattern[str]:
    """A keyword's pattern, compiled the first time a text passes its syllable check (`_Pattern.first`,
    ``required``): the scheme's ~2,000 patterns took over a second to compile in every process that loaded it
    (each CLI run, each parsing process), most of them for words a small folder never holds."""
    return _compile(keyword, exclude)


@dataclass(slots=True)
class TopicScheme:
    """The parsed topic scheme: concepts by local name, with compiled keyword patterns."""

    iri: str
    concepts: dict[str, TopicConcept]
    _patterns: dict[str, tuple[_Pattern, ...]] = field(default_factory=dict, repr=False)
    _excludes: dict[str, tuple[_Exclude, ...]] = field(default_factory=dict, repr=False)
    # kl:otherSenseCue, compiled like exclude phrases
    _other_sense: dict[str, tuple[_Exclude, ...]] = field(default_factory=dict, repr=False)
    # first syllable ("" for none) -> (concept, indexes into its _patterns) of the keywords starting so
    _by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = field(default_factory=dict, repr=False)

    @property
    def names(self) -> list[str]:
        return list(self.concepts)

    def iri_of(self, name: str) -> str:
        return self.concepts[name].iri

    def is_procedural(self, name: str) -> bool:
        return self.concepts[name].procedural


@cache
def load_topic_scheme() -> TopicScheme:
    """Parse ``ontology/topics.ttl`` (through importlib.resources) once and compile its keywords."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF

    skos = Namespace(SKOS)
    kl = Namespace(KL)
    text = files("ketluan.ontology").joinpath("topics.ttl").read_text(encoding="utf-8")
    g = Graph()
    g.parse(data=text, format="turtle")
    scheme = URIRef(KLT + "scheme")
    procedural = set(g.objects(URIRef(KLT + "procedural"), skos.member))

    def by_lang(s: URIRef, p: URIRef) -> dict[str, str]:
        return {o.language or "": str(o) for o in g.objects(s, p) if isinstance(o, Literal)}

    def strings(s: URIRef, p: URIRef, more: tuple[str, ...] = ()) -> tuple[str, ...]:
        return tuple(sorted({str(o) for o in g.objects(s, p)} | set(more), key=lambda k: (-len(k), k)))

    concepts: dict[str, TopicConcept] = {}
    for c in sorted(g.subjects(skos.inScheme, scheme), key=str):
        if (c, RDF.type, skos.Concept) not in g or not isinstance(c, URIRef):
            continue
        name = str(c).removeprefix(KLT)
        concepts[name] = TopicConcept(
            name=name,
            iri=str(c),
            labels=by_lang(c, skos.prefLabel),
            definitions=by_lang(c, skos.definition),
            keywords=strings(c, kl.keyword),
            weak_keywords=strings(c, kl.weakKeyword),
            exclude_phrases=strings(c, kl.excludePhrase),
            procedural=c in procedural,
            other_sense_cues=strings(c, kl.otherSenseCue),
        )
    out = TopicScheme(iri=str(scheme), concepts=concepts)
    for name, concept in concepts.items():
        out._patterns[name] = tuple(
            [_Pattern(k, False, _first_syllable(k), _required_syllables(k)) for k in concept.keywords]
            + [_Pattern(k, True, _first_syllable(k), _required_syllables(k)) for k in concept.weak_keywords]
        )
        out._excludes[name] = tuple(_Exclude(k, _required_syllables(k)) for k in concept.exclude_phrases)
        out._other_sense[name] = tuple(_Exclude(k, _required_syllables(k)) for k in concept.other_sense_cues)
        by_first: dict[str, list[int]] = {}
        for i, pat in enumerate(out._patterns[name]):
            by_first.setdefault(pat.first or "", []).append(i)
        for first, ix in by_first.items():
            out._by_first.setdefault(first, []).append((name, tuple(ix)))
    return out


# --------------------------------------------------------------------------- matching


#: a syllable of `OLD_SPELLING_SYLLABLES` ("qui", "kĩ", "lí"), whole, in lower-case text
_OLD_SPELLING_RE = re.compile(r"(?<![^\W_])(?:" + longest_first(OLD_SPELLING_SYLLABLES) + r")(?![^\W_])")
_OLD_SPELLING_FIRST = frozenset(k[0] for k in OLD_SPELLING_SYLLABLES)
assert all(len(k) == len(v) for k, v in OLD_SPELLING_SYLLABLES.items()), (
    "an old spelling must keep the length"
)


def _modern_spelling(low: str) -> str:
    """``low`` with its old spellings of syllables written as today ("qui hoạch" -> "quy hoạch"); same length."""
    if not _OLD_SPELLING_FIRST.intersection(low):
        return low
    return _OLD_SPELLING_RE.sub(lambda m: OLD_SPELLING_SYLLABLES[m.group()], low)


def _fold(text: str) -> str:
    """Lower-case, tone-placement-folded copy of ``text`` in today's spelling ("Qui hoạch" -> "quy hoạch"), with the
    same length (offsets stay valid)."""
    folded = fold_tones(text)
    if len(folded) != len(text):  # input was not NFC: fold_tones normalised it; skip folding
        folded = text
    if "Σ" not in folded:
        # the whole string at once is the same as character by character when no character grows
        # ("İ" -> "i̇") and there is no capital sigma (str.lower writes a final sigma by context)
        low = folded.lower()
        if len(low) == len(folded):
            return _modern_spelling(low)
    return _modern_spelling("".join(ch if len(low := ch.lower()) != 1 else low for ch in folded))


_PIECE = re.compile(r"[^\W_]+|[^\w\s]")
_WORD_SEP = r"(?:\s*[-–—]\s*|\s+)"  # "tiêu chuẩn đo lường" also matches "Tiêu chuẩn – Đo lường"
_PUNCT_SEP = {"-": r"\s*[-–—]?\s*", "–": r"\s*[-–—]?\s*", ",": r"\s*,?\s*"}
_DASHES = frozenset("-–—")
_REQUIRED_DASH = r"\s*[-–—]\s*"


def _compile(keyword: str, exclude: bool = False) -> re.Pattern[str]:
    """Regex for one keyword over folded text: whole syllables, flexible spaces and dashes.

    In an exclude phrase (``exclude``) a dash written between spaces must be in the text: "kế hoạch -
    đầu tư" names the office "Kế hoạch - Đầu tư", while "kế hoạch đầu tư công" is investment itself.
    A dash written without spaces ("vắc-xin") stays optional there too, as in keywords.
    """
    folded = _fold(keyword)
    out: list[str] = []
    prev_word = False
    for m in _PIECE.finditer(folded):
        piece = m.group()
        is_word = piece[0].isalnum()
        if is_word and prev_word:
            out.append(_WORD_SEP)
        if is_word:
            out.append(re.escape(piece))
        elif (
            exclude
            and piece in _DASHES
            and folded[m.start() - 1 : m.start()].isspace()
            and folded[m.end() : m.end() + 1].isspace()
        ):
            out.append(_REQUIRED_DASH)
        else:
            out.append(_PUNCT_SEP.get(piece, r"\s*" + re.escape(piece) + r"\s*"))
        prev_word = is_word
    return re.compile(r"(?<![^\W_])" + "".join(out) + r"(?![^\W_])")


def _required_syllables(keyword: str) -> frozenset[str]:
    r"""Syllables of the keyword that any match of `_compile`'s regex has as whole syllables of the text.

    A word piece whose neighbours in the keyword are words (joined by `_WORD_SEP`, which has a space
    or a dash) or the ends of the keyword (`(?<![^\W_])`, `(?![^\W_])`) or punctuation that must be
    written is matched as a whole syllable. Next to "-", "–" or "," (which may be left out: "KH-CN"
    matches "KHCN") it may be part of a longer one, so it is not required. A text whose syllables lack a
    required one cannot match: its regex is not run. This only skips work; what matches is unchanged.
    """
    pieces = _PIECE.findall(_fold(keyword))

    def joins_whole(piece: str | None) -> bool:
        return piece is None or piece[0].isalnum() or piece not in _PUNCT_SEP

    return frozenset(
        piece
        for i, piece in enumerate(pieces)
        if piece[0].isalnum()
        and joins_whole(pieces[i - 1] if i else None)
        and joins_whole(pieces[i + 1] if i + 1 < len(pieces) else None)
    )


def _first_syllable(keyword: str) -> str | None:
    """The keyword's first syllable when every match has it as a whole syllable of the text, else None
    (the keyword is then tried on every text): "x-quang" also matches "xquang", which has no syllable "x"."""
    pieces = _PIECE.findall(_fold(keyword))
    first = pieces[0] if pieces and pieces[0][0].isalnum() else None
    return first if first is not None and first in _required_syllables(keyword) else None


_SYLLABLE = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"[^\W_]+(?:[&'][^\W_]+)*|[^\w\s]")


@dataclass(slots=True)
class _Tok:
    """A token of the topic scanner (not frozen: see `ketluan.ingest.tokens.Tok`; never changed)."""

    text: str
    key: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def _tokens(text: str, folded: str) -> list[_Tok]:
    # map() over the matches: no Python loop step per token (every directive is tokenised here)
    matches = list(_TOKEN.finditer(text))
    starts = list(map(re.Match.start, matches))
    ends = list(map(re.Match.end, matches))
    pieces = list(map(slice, starts, ends))
    return list(map(_Tok, map(text.__getitem__, pieces), map(folded.__getitem__, pieces), starts, ends))


def _phrase_table(phrases) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        keys = tuple(_fold(t) for t in _TOKEN.findall(p))
        if keys:
            table.setdefault(keys[0], []).append(keys)
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


_HEADS = _phrase_table([*(h for h in AGENCY_HEADS if h not in TOPIC_UNMASKED_HEADS), *TOPIC_EXTRA_HEADS])
#: heads whose names describe an activity, each with the space after it ("hội ", "trạm ")
_ACTIVITY_HEADS: tuple[str, ...] = tuple(sorted(h + " " for h in TOPIC_UNMASKED_HEADS))
#: heads masked as ever whose names, passed whole, may be the activity (`TOPIC_ACTIVITY_NAME_HEADS`), each with the space after it
_DESK_HEADS: tuple[str, ...] = tuple(sorted(h + " " for h in TOPIC_ACTIVITY_NAME_HEADS))
_BREAKERS = _phrase_table(set(NAME_STOP_PHRASES) | TOPIC_NAME_BREAKERS)
_PURPOSE = _phrase_table(PURPOSE_MARKERS)
_REQUIREMENT = _phrase_table(PURPOSE_MARKERS_OF_REQUIREMENT)
_DOMAIN_OPENERS = _phrase_table(DOMAIN_OPENERS | OCCASION_OPENERS)
_OCCASION_OPENERS = _phrase_table(OCCASION_OPENERS)
_DOMAIN_STOPS = _phrase_table(DOMAIN_STOPS)
_WORK_MARKERS = _phrase_table(WORK_OBJECT_MARKERS)
_LEGAL_OPENERS = _phrase_table(LEGAL_REFERENCE_OPENERS)
_LEGAL_HEADS = _phrase_table(LEGAL_DOCUMENT_HEADS)
_LEGAL_STOPS = _phrase_table(set(LEGAL_TITLE_STOPS) | DOMAIN_STOPS | TOPIC_NAME_BREAKERS)
#: the marker's folded tokens -> the topic of the work it names
_WORK_TOPIC = {tuple(_fold(t) for t in _TOKEN.findall(p)): topic for p, topic in WORK_OBJECT_MARKERS.items()}
_NAME_WORDS = frozenset(NAME_SYLLABLES) | frozenset(w for t in LOCALITY_TYPES for w in t.split())
_NAME_JOINERS = frozenset({"-", "–", "—", "&", "/"})
_NAME_LINKERS = frozenset(_fold(w) for w in NAME_LINKERS)
_FIELD_LINKS = frozenset(tuple(_fold(t) for t in _TOKEN.findall(p)) for p in NAME_FIELD_LINKS)
_DOSSIER_LINKS = frozenset(tuple(_fold(t) for t in _TOKEN.findall(p)) for p in DOSSIER_FIELD_LINKS)
_DOSSIER_WORDS = frozenset(tuple(_fold(t) for t in _TOKEN.findall(p)) for p in DOSSIER_WORDS)
_CREATED = frozenset(tuple(_fold(t) for t in _TOKEN.findall(p)) for p in NAME_OF_CREATED)
_CREATED_LAST = frozenset(k[-1] for k in _CREATED)
_HEAD_COMPOUNDS = frozenset((_fold(a), _fold(b)) for a, b in HEAD_COMPOUNDS)
_PURPOSE_NOT_AFTER = _phrase_table(PURPOSE_NOT_AFTER)
_NOT_AFTER_LAST = {keys[-1] for entries in _PURPOSE_NOT_AFTER.values() for keys in entries}
_PURPOSE_NOT_BEFORE = frozenset(_fold(w) for w in PURPOSE_NOT_BEFORE)
_CLAUSE_OPENERS = frozenset(";:")
#: a `SUBMITTED_DRAFTS` phrase (folded text), and a submission verb with the syllable before it and the first character
#: of the word after it
_DRAFTS = {_fold(k): v for k, v in SUBMITTED_DRAFTS.items()}
_DRAFT_RE = re.compile(
    "|".join(sorted((_compile(k).pattern for k in SUBMITTED_DRAFTS), key=len, reverse=True))
)
_SUBMIT_RE = re.compile(
    r"(?:([^\W_]+)\s+)?(?<![^\W_])(?:"
    + "|".join(re.escape(_fold(v)) for v in sorted(SUBMISSION_VERBS))
    + r")\s+([^\W\d_])"
)
_NOT_SUBMISSION_AFTER = frozenset(_fold(w) for w in NOT_SUBMISSION_AFTER)
_DRAFT_PERIOD_RE = re.compile(
    r"(?<![^\W_])(?:"
    + longest_first(_fold(p) for p in SUBMITTED_DRAFT_PERIODS).replace(r"\ ", r"\s+")
    + r")(?![^\W_])"
)


def _words_alternation(phrases: tuple[str, ...]) -> str:
    """`longest_first` over the phrases folded as the text is, any run of spaces between their words."""
    return longest_first(_fold(p) for p in phrases).replace(r"\ ", r"\s+")


#: rule 12: a report noun, up to `REPORT_PERIOD_WINDOW` words with no punctuation between (group 1), and a period
_REPORT_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(REPORT_NOUNS)
    + r")((?:\s+[^\W_][^\s,;:.()]*){0,"
    + str(REPORT_PERIOD_WINDOW)
    + r"}?)\s+(?:"
    + "|".join(
        re.escape(_fold(p)).replace(r"\ ", r"\s+").replace("\\#", r"\d+").replace("#", r"\d+")
        for p in sorted(REPORT_PERIODS, key=len, reverse=True)
    )
    + r")(?![^\W_])"
)
_RECURRENCE = (
    r"(?:"
    + _words_alternation(REPORT_RECURRENCE_EVERY)
    + r")\s+(?:"
    + _words_alternation(REPORT_RECURRENCE_UNITS)
    + ")"
)
#: rule 12, the period written first: "định kỳ hằng tuần báo cáo", "định kỳ ngày 20 hằng tháng báo cáo", "hằng quý báo cáo"
#: (the words after "định kỳ" have no punctuation between them)
_RECURRING_REPORT_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation((REPORT_RECURRENCE_LEAD,))
    + r"(?:\s+[^\W_]+){0,"
    + str(REPORT_RECURRENCE_WINDOW)
    + r"}?|"
    + _RECURRENCE
    + r")\s+(?:"
    + _words_alternation(REPORT_NOUNS)
    + r")(?![^\W_])"
)
_REPORT_GAP_STOPS = frozenset(_fold(w) for w in REPORT_GAP_STOPS) | frozenset(
    _fold(w) for w in REPORT_RECIPIENT_ACRONYMS
)
#: rule 16: a plan drafted (`SUBMITTED_PLANS`), and a submission verb with the syllable before it and the first character of
#: the word after it
_PLAN_DRAFT_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(SUBMITTED_PLANS)
    + r")(?![^\W_])(?!\s+(?:"
    + _words_alternation(SUBMITTED_PLAN_NOT_OF)
    + r")(?![^\W_]))"
)
_PLAN_SUBMIT_RE = re.compile(
    r"(?:([^\W_]+)\s+)?(?<![^\W_])(?:" + _words_alternation(PLAN_SUBMISSION_VERBS) + r")\s+([^\W\d_])"
)


def _match_at(table: dict[str, list[tuple[str, ...]]], toks: list[_Tok], i: int) -> int:
    """Number of tokens of the longest phrase of ``table`` starting at ``toks[i]`` (0 if none)."""
    entries = table.get(toks[i].key)
    if entries is None:
        return 0  # most tokens
    size = len(toks)
    for keys in entries:
        n = len(keys)
        if i + n <= size:
            for k in range(1, n):  # the first key is the one looked up
                if toks[i + k].key != keys[k]:
                    break
            else:
                return n
    return 0


def _agency_masks(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Character ranges of agency names: head + capitalised name, continued until a verb."""
    masks: list[tuple[int, int]] = []
    i = 0
    # only a token whose key starts a head can open a name: those are sifted by C-level maps, not a
    # Python loop step per token (every directive comes here)
    for h in compress(count(), map(_HEADS.__contains__, map(_KEY, toks))):
        if h < i:
            continue  # inside the last name
        i = h
        n = _match_at(_HEADS, toks, i) if toks[i].is_word else 0
        if not n or (h and toks[h - 1].is_word and (toks[h - 1].key, toks[h].key) in _HEAD_COMPOUNDS):
            continue  # "phục vụ Kỳ họp", "các cơ sở X-quang": the head's syllable ends another word
        j = i + n
        # "Công đoàn các KCN": a linking word between the head and a capitalised word is part of the name
        cap_at = j + 1 if j + 1 < len(toks) and toks[j].key in _NAME_LINKERS and toks[j].is_word else j
        named = cap_at < len(toks) and toks[cap_at].is_word and toks[cap_at].is_cap
        if not named and n > 1 and all(t.is_cap for t in toks[i:j]):
            # a head that holds its own name, written as one: "Cục Thuế tỉnh", "Cục Hải quan tỉnh" ("cục thuế" is a head)
            named = True
        if not named and not (n >= HEAD_ALONE_MIN_SYLLABLES and toks[i].is_cap):
            continue
        end = j  # exclusive token index of the name
        k = j
        while named and k < len(toks) and k - i < 18:
            t = toks[k]
            if t.is_word and t.is_cap:
                k += 1
                end = k
            elif (t.is_word and t.key in _NAME_LINKERS) or t.text in _NAME_JOINERS:
                k += 1  # tentative: kept only if a name word follows
            elif t.is_word and not _match_at(_BREAKERS, toks, k) and t.key in _NAME_WORDS:
                k += 1
                end = k
            else:
                break
            # a coordinated name without its own head: "các phòng Kinh tế, Kinh tế và Hạ tầng"
            if (
                k == end
                and k + 1 < len(toks)
                and (toks[k].text == "," or toks[k].key == "và")
                and toks[k + 1].is_word
                and toks[k + 1].is_cap
                and not _match_at(_HEADS, toks, k + 1)
            ):
                k += 1
        masks.append((toks[i].start, toks[end - 1].end))
        i = end
    return masks


def _purpose_ranges(
    text: str, toks: list[_Tok], masks: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Character ranges of purpose clauses: from a purpose connective to the end of the clause. A connective
    inside a body's name ("Trung tâm Phục vụ hành chính công") opens none."""
    out: list[tuple[int, int]] = []
    first_word = next((i for i, t in enumerate(toks) if t.is_word), None)
    for i in compress(count(), map(_PURPOSE.__contains__, map(_KEY, toks))):  # the tokens a marker starts
        t = toks[i]
        if (
            i == first_word
            or not t.is_word
            or not (n := _match_at(_PURPOSE, toks, i))
            or _inside(t.start, masks or [])
        ):
            continue
        if _match_at(_REQUIREMENT, toks, i) == n and (
            _states_requirement(toks, i + n) or _joins_task(toks, i)
        ):
            # "bảo đảm đủ số lượng, đúng vị trí việc làm", "bảo đảm vải xuất khẩu đúng chỉ dẫn địa lý": what the task
            # must achieve; "… hiệu chuẩn trang thiết bị y tế và bảo đảm an toàn bức xạ": a second task
            continue
        m = _CLAUSE_END_AT.search(text, t.end)
        out.append((t.start, m.start() if m else len(text)))
    return out


def _states_requirement(toks: list[_Tok], j: int) -> bool:
    """A `PURPOSE_NOT_BEFORE` word ("đủ", "đúng") within `PURPOSE_REQUIREMENT_WINDOW` words from ``toks[j]``,
    before any punctuation."""
    for t in toks[j : j + PURPOSE_REQUIREMENT_WINDOW + 1]:
        if not t.is_word:
            return False
        if t.key in _PURPOSE_NOT_BEFORE:
            return True
    return False


def _joins_task(toks: list[_Tok], i: int) -> bool:
    """The connective at ``toks[i]`` follows a `PURPOSE_NOT_AFTER` word or opens a clause (after ";" or ":")."""
    if not i:
        return False
    prev = toks[i - 1]
    if prev.text in _CLAUSE_OPENERS:
        return True
    if prev.key not in _NOT_AFTER_LAST:
        return False
    return any(
        k + 1 == i and _match_at(_PURPOSE_NOT_AFTER, toks, k) == i - k for k in range(max(0, i - 3), i)
    )


def _work_objects(text: str, toks: list[_Tok], masks: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Rule 10: (start, end, topic) of the object of each `WORK_OBJECT_MARKERS` phrase, from the phrase to the
    end of its clause. A phrase inside a body's name opens none."""
    out: list[tuple[int, int, str]] = []
    for i in compress(count(), map(_WORK_MARKERS.__contains__, map(_KEY, toks))):
        t = toks[i]
        if not t.is_word or not (n := _match_at(_WORK_MARKERS, toks, i)) or _inside(t.start, masks):
            continue
        out.append((t.start, _clause_end(text, t.end), _WORK_TOPIC[tuple(x.key for x in toks[i : i + n])]))
    return out


def _clause_end(text: str, pos: int) -> int:
    """Where the clause running at ``pos`` ends: at a `CLAUSE_END` character, but not at a line break that a
    lower-case word continues (a line wrapped in a PDF's text: "tuyên truyền trên hệ thống⏎truyền thanh"), nor at one
    between a word (or a comma, a dash) and a word or a number: a sentence wrapped before a name or a date ("tuyên
    truyền bằng tiếng Việt và tiếng⏎Khmer về …", "vụ Đông Xuân 2009 -⏎2010, trình UBND tỉnh", "loa truyền thanh,⏎Trang
    thông tin điện tử"). A directive's own line that ends with no punctuation is such a wrap: the extractor splits tasks
    at the ends of items."""
    while m := _CLAUSE_END_AT.search(text, pos):
        if m.group() != "\n" or not (nxt := _NON_SPACE.search(text, m.end())):
            return m.start()
        first = nxt.group()
        if not first.islower():
            prev = text[max(0, m.start() - 4) : m.start()].rstrip()[-1:]
            if not (prev == "," or (first.isalnum() and prev and (prev.isalnum() or prev in _WRAP_AFTER))):
                return m.start()
        pos = m.end()
    return len(text)


def _domain_ranges(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Character ranges of the field named after a `DOMAIN_OPENERS` phrase ("thủ tục hành chính lĩnh vực
    tiêu chuẩn đo lường chất lượng"): it says which procedures or which body, not what the task is about."""
    out: list[tuple[int, int]] = []
    for i in compress(count(), map(_DOMAIN_OPENERS.__contains__, map(_KEY, toks))):
        n = _match_at(_DOMAIN_OPENERS, toks, i)
        if not n:
            continue
        # an occasion runs on over "và" to the next one: "trong dịp lễ Quốc khánh 2/9 và các sự kiện văn hóa"
        occasion = _match_at(_OCCASION_OPENERS, toks, i) == n
        most, linkers = (
            (OCCASION_MAX_WORDS, OCCASION_LINKERS) if occasion else (DOMAIN_MAX_WORDS, frozenset())
        )
        k = end = i + n
        words = 0
        while k < len(toks) and words < most:
            t = toks[k]
            if t.is_word:
                # a verb that ends a body's name ends the field too, but not as its first word: "phụ trách
                # chuyển đổi số" names the field "chuyển đổi số"
                if t.key not in linkers and (
                    _match_at(_DOMAIN_STOPS, toks, k) or (words and _match_at(_BREAKERS, toks, k))
                ):
                    break
                words += 1
                k += 1
                end = k
            elif t.text in _NAME_JOINERS or t.text == ",":
                k += 1  # "đo lường, chất lượng", "Tiêu chuẩn - Đo lường": kept only if a field word follows
            else:
                break
        if end > i + n:
            out.append((toks[i + n].start, toks[end - 1].end))
    return out


def _legal_ranges(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Character ranges of the titles of legal documents cited as the task's basis ("theo Nghị định số 54/2009/NĐ-CP
    … quy định xử phạt … trong lĩnh vực đo lường"): they say by which rules, not what the task is about (rule 2)."""
    out: list[tuple[int, int]] = []
    size = len(toks)
    for i in compress(count(), map(_LEGAL_OPENERS.__contains__, map(_KEY, toks))):
        if out and toks[i].start < out[-1][1]:
            continue  # inside the last title
        n = _match_at(_LEGAL_OPENERS, toks, i)
        h = i + n
        if not n or h >= size or not toks[h].is_cap or not (m := _match_at(_LEGAL_HEADS, toks, h)):
            continue
        j = h + m
        if j >= size:
            continue
        nxt = toks[j]
        if not (nxt.key == "số" or nxt.text[0].isdigit() or (nxt.is_word and nxt.is_cap)):
            continue  # "theo quyết định của cấp có thẩm quyền": no document named
        end = _clause_end(text, nxt.start)
        k = j
        while k + 1 < size and toks[k + 1].start < end:
            k += 1
            if toks[k].text == "," and k + 1 < size and _match_at(_LEGAL_STOPS, toks, k + 1):
                end = toks[k].start  # ", trình UBND tỉnh …": the task goes on
                break
        out.append((toks[h].start, end))
    return out


#: keyword -> a regex of the words that, in its clause, show the keyword's other sense (`KEYWORD_OTHER_SENSES_IN_CLAUSE`)
_CLAUSE_SENSE: dict[str, re.Pattern[str]] = {
    k: re.compile(r"(?<![^\W_])(?:" + _words_alternation(cues) + r")(?![^\W_])")
    for k, cues in KEYWORD_OTHER_SENSES_IN_CLAUSE.items()
}


def _other_sense_clauses(
    scheme: TopicScheme, name: str, text: str, folded: str, syllables: set[str]
) -> list[tuple[int, int]]:
    """Rule 3: the clauses a ``kl:otherSenseCue`` of the concept opens, from the cue to the clause's end. A strong keyword there
    is what the cue says it is in the other sense, when the cue ends in a word of refraining (`REFRAIN_WORDS`): "tuyên truyền, vận động nhân dân không tiếp tay cho các đối tượng buôn lậu"
    asks for outreach, the smuggling is what people are told to stay away from; nobody is checked (round AE W2)."""
    return [
        (m.start(), _clause_end(text, m.end()))
        for x in scheme._other_sense[name]
        if x.required <= syllables and _fold(x.phrase).rsplit(None, 1)[-1] in _REFRAIN_WORDS
        for m in x.regex.finditer(folded)
    ]


def _other_sense_in_clause(keyword: str, folded: str, start: int, end: int) -> bool:
    """A word of `KEYWORD_OTHER_SENSES_IN_CLAUSE` for ``keyword`` in the clause of its match ``start``-``end``: the clause
    says in which sense the keyword is used ("cân, đo" beside "trẻ", "sức khỏe", "biểu đồ tăng trưởng" weighs children). A
    point between digits groups a number, it ends no clause: "luân chuyển 2.000 bản sách" rotates books (round AN W1)."""
    begin = 0
    for m in _CLAUSE_END_OUTSIDE_NUMBERS.finditer(folded, 0, start):
        begin = m.end()
    stop = _CLAUSE_END_OUTSIDE_NUMBERS.search(folded, end)
    clause = folded[begin : stop.start() if stop else len(folded)]
    return _CLAUSE_SENSE[keyword].search(clause) is not None


#: the first character of `CLAUSE_END` at or after a position (one regex search, not a loop per character)
_CLAUSE_END_AT = re.compile("[" + "".join(re.escape(c) for c in sorted(CLAUSE_END)) + "]")
#: a `CLAUSE_END` character but a point between two digits ("2.000", "1.5"), which groups or splits a number
_CLAUSE_END_OUTSIDE_NUMBERS = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(CLAUSE_END - {"."})) + r"]|\.(?!\d)|(?<!\d)\."
)
_KEY = attrgetter("key")
_NON_SPACE = re.compile(r"\S")
#: a line ending with a dash (or a word) goes on in the next line when that opens with a word or a number
_WRAP_AFTER = frozenset("-–")


# --------------------------------------------------------------------------- classification


@dataclass(frozen=True, slots=True)
class TopicHit:
    """One reason a directive has a topic.

    ``topic`` is the klt: local name, ``keyword`` the keyword (as written in topics.ttl) that
    fired, ``span`` where it is, in the caller's coordinates (``offset`` added). A topic taken
    from the heading has ``source == "context"`` and spans the whole directive text.
    """

    topic: str
    keyword: str
    span: Span
    source: str = "text"  # "text" | "context" | "name" (rule 9)
    weak: bool = False


@dataclass(slots=True)
class _Hit:
    topic: str
    keyword: str
    start: int
    end: int
    weak: bool
    purpose: bool = False  # inside a purpose clause (rule 4)
    closing: bool = False  # a report closing the task (rule 13): it does not say what the task is


def _names_an_activity(text: str, start: int, end: int) -> bool:
    """The caller's name ``text[start:end]`` opens with a head that names an activity ("Hội Xuân", `TOPIC_UNMASKED_HEADS`), or
    with a unit's head that may (`TOPIC_ACTIVITY_NAME_HEADS`: "tại bộ phận tiếp nhận và trả kết quả") when it is not in
    brackets after the body it is part of: "Văn phòng HĐND và UBND phường (bộ phận Một cửa) kiểm tra …" names who acts."""
    name = _fold(text[start:end])
    if name.startswith(_ACTIVITY_HEADS):
        return True
    return name.startswith(_DESK_HEADS) and not text[:start].rstrip().endswith("(")


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


_NAME_HEADS_GIVEN_TO = frozenset(_fold(w) for w in NAME_HEADS_GIVEN_TO)


def _runs_into_a_name(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> bool:
    """Does the match ``start``-``end`` run into a body's name its capital opens ("Giao Ban Kinh tế - Ngân sách …": no
    briefing)? Not a name whose head says what the keyword gives it (`NAME_HEADS_GIVEN_TO`): "ủng hộ Quỹ \"Đền ơn đáp
    nghĩa\"" gives money to a fund (round AK W3)."""
    for ms, _ in masks:
        if start < ms < end and text[ms : ms + 2].istitle():
            head = _SYLLABLE.match(text, ms)
            if head is None or _fold(head.group(0)) not in _NAME_HEADS_GIVEN_TO:
                return True
    return False


def _scan(
    scheme: TopicScheme,
    text: str,
    masked: list[tuple[int, int]],
    mask_names: bool = True,
    objects: list[tuple[int, int, str]] | None = None,
) -> dict[str, list[_Hit]]:
    """Keyword hits by concept. ``mask_names=False`` reads the words of a body's name itself (rule 9).
    ``objects``, when given, receives the objects of the work the task names (rule 10)."""
    folded = _fold(text)
    toks = _tokens(text, folded)
    masks = (
        _not_created(masked + _agency_masks(toks), toks) + _domain_ranges(toks) + _legal_ranges(text, toks)
        if mask_names
        else masked
    )
    # the caller's names that open with a head of `TOPIC_UNMASKED_HEADS` ("Hội Xuân", "Hội thi …") or, outside brackets, of
    # `TOPIC_ACTIVITY_NAME_HEADS` ("bộ phận tiếp nhận và trả kết quả"): an activity's name
    activities = {(a, b) for a, b in masked if mask_names and _names_an_activity(text, a, b)}
    purpose = _purpose_ranges(text, toks, masks)
    if objects is not None:
        objects.extend(_work_objects(text, toks, masks))
    found: dict[str, list[_Hit]] = {}
    syllables = set(_SYLLABLE.findall(folded))
    # the keywords whose first syllable is in the text, by concept; of those, only the ones whose every
    # required syllable is there are run (the others cannot match: this skips work, not matches)
    starting: dict[str, list[tuple[int, ...]]] = {}
    for first in (*syllables, ""):
        for name, ix in scheme._by_first.get(first, ()):
            starting.setdefault(name, []).append(ix)
    for name in scheme.concepts:
        starts = starting.get(name)
        if not starts:
            continue
        every = scheme._patterns[name]
        candidates = sorted(i for ix in starts for i in ix) if len(starts) > 1 else starts[0]
        patterns = [every[i] for i in candidates if every[i].required <= syllables]
        if not patterns:
            continue
        excludes: list[tuple[int, int]] | None = None  # found when a hit needs them
        other_sense: bool | None = None  # a kl:otherSenseCue of the concept is in the text (rule 3)
        appeals: list[tuple[int, int]] | None = None  # the clauses a kl:otherSenseCue opens (rule 3)
        hits: list[_Hit] = []
        for pat in patterns:
            if pat.weak and scheme._other_sense[name]:
                if other_sense is None:
                    other_sense = any(
                        x.required <= syllables and x.regex.search(folded) for x in scheme._other_sense[name]
                    )
                if other_sense:
                    continue  # "kiểm định" beside "xe cơ giới": a roadworthiness test, not calibration work
            for m in pat.regex.finditer(folded):
                s, e = m.span()
                if (_inside(s, masks) or _runs_into_a_name(text, s, e, masks)) and (
                    pat.weak or (s, e) not in activities
                ):
                    # in a body's name, or running into a name its capital opens ("Giao Ban Kinh tế - Ngân
                    # sách …"); an abbreviation is a keyword's word ("nhiệm vụ KH&CN"). A "name" found by the
                    # caller under a head that names an activity, and nothing but a strong keyword, is the activity
                    # itself: "tổ chức Hội Xuân" (not "trình Kho bạc": a body)
                    continue
                if excludes is None:
                    excludes = [
                        xm.span()
                        for x in scheme._excludes[name]
                        if x.required <= syllables
                        for xm in x.regex.finditer(folded)
                    ]
                if any(s < xe and xs < e and not (s <= xs and xe <= e) for xs, xe in excludes):
                    continue
                if not pat.weak and scheme._other_sense[name]:
                    if appeals is None:
                        appeals = _other_sense_clauses(scheme, name, text, folded, syllables)
                    if _inside(s, appeals):
                        continue  # "vận động nhân dân không tiếp tay cho buôn lậu": the offence is the appeal's message
                if pat.keyword in _CLAUSE_SENSE and _other_sense_in_clause(pat.keyword, folded, s, e):
                    continue  # "cân, đo, theo dõi sức khỏe trẻ": children weighed, not instruments
                why = _inside(s, purpose)
                hits.append(_Hit(name, pat.keyword, s, e, pat.weak or why, why))
        # inside one topic keep the longest match of overlapping ones ("kế hoạch 5 năm" over "kế hoạch")
        hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.weak))
        kept: list[_Hit] = []
        for h in hits:
            if kept and h.start < kept[-1].end:
                if h.end > kept[-1].end and not h.weak:  # a longer strong match further on
                    kept[-1] = h
                continue
            kept.append(h)
        if kept:
            found[name] = kept
    # the phrase rules (rules 11-16), each when its topic is in the scheme
    phrased = _submitted_drafts(text, folded, masks, purpose)
    if "planning" in scheme.concepts:
        phrased += _submitted_plans(text, folded, masks, purpose)
        phrased += _programmes_for_period(folded, masks, purpose)
    if "reporting" in scheme.concepts:
        phrased += _periodic_reports(scheme, text, folded, masks, purpose)
        phrased += _closing_reports(text, folded, purpose)
    if "inspection" in scheme.concepts:
        phrased += _conclusion_follow_ups(text, folded, purpose)
        phrased += _breaches_handled(folded, masks, purpose)
    if "finance" in scheme.concepts:
        phrased += _money_allotted(folded, masks, purpose)
    if "communication" in scheme.concepts:
        phrased += _published(folded, masks, purpose)
        phrased += _made_known(folded, masks)
    if "events" in scheme.concepts:
        phrased += _named_events(folded, masks, purpose)
    for hit in phrased:
        found.setdefault(hit.topic, []).append(hit)
    return found


#: rule 15: a verb of allotting, a few words, then a sum (a number, maybe with "." or "," inside, and a unit)
_MONEY_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(MONEY_ALLOTTING_VERBS)
    + r")(?:\s*,)?(?:\s+[^\W\d_]+){0,"
    + str(MONEY_ALLOTTING_GAP)
    + r"}\s+\d[\d.,]*\s*(?:"
    + _words_alternation(MONEY_UNITS)
    + r")(?![^\W_])"
)


#: rule 17: a verb of publishing, up to `PUBLISHING_WINDOW` words of its clause (what is published), "trên"/"lên" and a medium
#: ("báo" not as the first syllable of "báo cáo")
_PUBLISHED_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(PUBLISHING_VERBS)
    + r")(?!\s+(?:"
    + _words_alternation(PUBLISHING_NOT_OF)
    + r")(?![^\W_]))(?:\s+[^\s;.!?]+){0,"
    + str(PUBLISHING_WINDOW)
    + r"}?\s+(?:"
    + _words_alternation(PUBLISHING_LINKS)
    + r")\s+(?:"
    + _words_alternation(PUBLISHING_MEDIA)
    + r")(?![^\W_])(?!\s+cáo)"
)


def _verb_then_words_re(
    verbs: tuple[str, ...],
    not_of: tuple[str, ...],
    window: int,
    markers: tuple[str, ...],
    tail: str,
    commas: bool = False,
) -> re.Pattern[str]:
    """A phrase rule's pattern: one of ``verbs`` (not followed by one of ``not_of``), up to ``window`` words with no
    punctuation between (a comma too when ``commas``: a list of who or what), then one of ``markers`` and ``tail``."""
    gap = r"(?:,?\s+[^\s,;:.!?()]+)" if commas else r"(?:\s+[^\s,;.:!?()]+)"
    return re.compile(
        r"(?<![^\W_])(?:"
        + _words_alternation(verbs)
        + r")(?![^\W_])(?!\s+(?:"
        + _words_alternation(not_of)
        + r")(?![^\W_]))"
        + gap
        + "{0,"
        + str(window)
        + r"}?\s+(?:"
        + _words_alternation(markers)
        + r")"
        + tail
    )


#: rule 18: a programme drafted (not one of `PROGRAMME_NOT_OF`), its subject, then "năm"/"giai đoạn" and a year
_PROGRAMME_RE = _verb_then_words_re(
    PROGRAMME_DRAFTS, PROGRAMME_NOT_OF, PROGRAMME_PERIOD_WINDOW, PROGRAMME_PERIODS, r"\s+\d{4}(?!\d)"
)


#: rule 18: a plan drafted or issued (not one of `SUBMITTED_PLAN_NOT_OF`), its subject, then "giai đoạn" and a year
_PERIOD_PLAN_RE = _verb_then_words_re(
    PERIOD_PLAN_DRAFTS, SUBMITTED_PLAN_NOT_OF, PROGRAMME_PERIOD_WINDOW, PERIOD_PLAN_PERIODS, r"\s+\d{4}(?!\d)"
)


def _programmes_for_period(
    folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Rule 18: strong planning hits of a programme of work drawn up for a year or a period ("xây dựng Chương trình kích cầu
    du lịch năm 2026"), or of a plan for a period of years ("ban hành Kế hoạch thực hiện Chương trình OCOP giai đoạn 2026 -
    2030"); in a purpose clause the hit is weak."""
    hits = []
    if "chương trình" in folded:
        hits += _phrase_hits("planning", _PROGRAMME_RE, folded, masks, purpose)
    if "kế hoạch" in folded and "giai đoạn" in folded:
        hits += _phrase_hits("planning", _PERIOD_PLAN_RE, folded, masks, purpose)
    return hits


_QUOTE = "[" + re.escape(NAMED_EVENT_QUOTES) + "]"
_EVENT_NOUN = "(?:" + _words_alternation(NAMED_EVENT_NOUNS) + r")(?![^\W_])"

#: rule 19: "tổ chức", then a programme noun and a name in quotes, or a name in quotes that opens with such a noun
_NAMED_EVENT_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(NAMED_EVENT_VERBS)
    + r")\s+(?:"
    + _EVENT_NOUN
    + r"\s*"
    + _QUOTE
    + "|"
    + _QUOTE
    + r"\s*"
    + _EVENT_NOUN
    + ")"
)


def _named_events(folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 19: strong events hits of a named programme or market held ("tổ chức \"Chợ Tết công đoàn\"", "chủ trì tổ chức
    Chương trình \"Tết Sum vầy\" năm 2026"): the event is the task, beside the gifts it hands out; in a purpose clause the
    hit is weak."""
    if "tổ chức" not in folded:
        return []
    return _phrase_hits("events", _NAMED_EVENT_RE, folded, masks, purpose)


#: rule 20: a verb of making public, up to `MADE_KNOWN_WINDOW` words of its clause, then "để" + the public + "biết"
_MADE_KNOWN_RE = re.compile(
    r"(?<![^\W_])(?:"
    + _words_alternation(MADE_KNOWN_VERBS)
    + r")(?![^\W_])(?:\s+[^\s;.!?]+){0,"
    + str(MADE_KNOWN_WINDOW)
    + r"}?\s+để\s+(?:"
    + _words_alternation(MADE_KNOWN_AUDIENCES)
    + r")\s+(?:"
    + _words_alternation(MADE_KNOWN_ENDS)
    + r")(?![^\W_])"
)


def _made_known(folded: str, masks: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 20: strong communication hits of something made public so that the people it concerns know it ("công bố công
    khai danh mục các dự án nhà ở xã hội để người lao động biết, đăng ký"): outreach with no medium named. The audience
    named is what makes it outreach, so the purpose clause it sits in does not weaken it."""
    if "để" not in folded:
        return []
    return [
        _Hit("communication", m.group(), m.start(), m.end(), False)
        for m in _MADE_KNOWN_RE.finditer(folded)
        if not _inside(m.start(), masks)
    ]


#: rule 17: a publication named as the means of the task ("thông qua cập nhật tin, bài … lên Trang thông tin điện tử"), just
#: before the verb
_PUBLISHING_MEANS_RE = re.compile(r"(?<![^\W_])(?:" + _words_alternation(PUBLISHING_MEANS) + r")\s+\Z")


def _published(folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 17: strong communication hits of something made public in a medium ("công khai danh sách … trên trang thông tin
    điện tử", "cập nhật danh mục dự án … trên Cổng thông tin điện tử thành phố"): a job of its own beside what is published.
    The medium may be a body's name ("trên Đài Phát thanh - Truyền hình tỉnh"); the verb may not; in a purpose clause, or
    named as the means of the task (`PUBLISHING_MEANS`), the hit is weak."""
    out: list[_Hit] = []
    if "trên" not in folded and "lên" not in folded:
        return out
    for m in _PUBLISHED_RE.finditer(folded):
        s, e = m.span()
        if _inside(s, masks):
            continue
        why = _inside(s, purpose) or _PUBLISHING_MEANS_RE.search(folded, 0, s) is not None
        out.append(_Hit("communication", m.group(), s, e, why, why))
    return out


#: rule 21: a verb of dealing with (not with waste or an incident right after it), up to `BREACH_WINDOW` words with no
#: punctuation but commas between (who or what is dealt with: "các tàu cá, thuyền viên"), then a breach
_BREACH_HANDLED_RE = _verb_then_words_re(
    BREACH_HANDLING_VERBS, BREACH_HANDLED_NOT_OF, BREACH_WINDOW, BREACH_MARKERS, r"(?![^\W_])", commas=True
)


def _breaches_handled(
    folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Rule 21: strong inspection hits of a breach dealt with, the breach named after who or what is dealt with ("xử lý các
    tàu cá xuất bến không đủ thủ tục", "xử lý thông tin sai sự thật"): the definition's "xử lý vi phạm" in other words; in a
    purpose clause the hit is weak."""
    if "xử lý" not in folded:
        return []
    return _phrase_hits("inspection", _BREACH_HANDLED_RE, folded, masks, purpose)


def _money_allotted(folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 15: strong finance hits of a sum of money allotted ("bố trí 150 triệu đồng", "cân đối, bố trí 1,2 tỷ
    đồng"); in a purpose clause the hit is weak, as every keyword there is."""
    if "đồng" not in folded:
        return []
    return _phrase_hits("finance", _MONEY_RE, folded, masks, purpose)


def _phrase_hits(
    topic: str,
    pattern: re.Pattern[str],
    folded: str,
    masks: list[tuple[int, int]],
    purpose: list[tuple[int, int]],
) -> list[_Hit]:
    """The hits of a phrase rule's pattern for ``topic``: none inside a masked span (a body's name, a citation),
    weak inside a purpose clause, as every keyword there is."""
    out: list[_Hit] = []
    for m in pattern.finditer(folded):
        s, e = m.span()
        if _inside(s, masks):
            continue
        why = _inside(s, purpose)
        out.append(_Hit(topic, m.group(), s, e, why, why))
    return out


#: rule 13: a report noun opening a clause, what is reported, then the body it goes to (group 1 or 2: a capital) or
#: when (no group; tried before a word straight after, which is a body only when capitalised)
_CLOSING_REPORT_RE = re.compile(
    r"(?:^|[;,]\s*|\s+và\s+)(?:(?:"
    + _words_alternation(CLOSING_REPORT_LEADS)
    + r")\s*,?\s+)?(?:"
    + _words_alternation(REPORT_NOUNS)
    + r")(?:\s+(?:"
    + _words_alternation(CLOSING_REPORT_OBJECTS)
    + r"))*(?:(?:\s+[^\W\d_]+){0,"
    + str(CLOSING_REPORT_WINDOW)
    + r"}?\s+(?:"
    + _words_alternation(CLOSING_REPORT_TO)
    + r")\s+(\w)|\s+(?:"
    + _words_alternation(CLOSING_REPORT_WHEN)
    + r")(?![^\W_])|\s+(\w))"
)
_REPORT_NOUN_RE = re.compile(_words_alternation(REPORT_NOUNS))


_FOLLOW_UP_VERB = "(?:" + _words_alternation(CONCLUSION_FOLLOW_UP_VERBS) + ")"
#: rule 14: verbs of follow-up joined by commas or "và", a link, then the document's name (its case checked in the text)
_CONCLUSION_FOLLOW_UP_RE = re.compile(
    _FOLLOW_UP_VERB
    + r"(?:\s*,\s*"
    + _FOLLOW_UP_VERB
    + r"|\s+và\s+"
    + _FOLLOW_UP_VERB
    + r")*\s+(?:"
    + _words_alternation(CONCLUSION_FOLLOW_UP_LINKS)
    + r")\s+("
    + _words_alternation((CONCLUSION_DOCUMENT,))
    + r")(?![^\W_])"
)


def _conclusion_follow_ups(text: str, folded: str, purpose: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 14: strong inspection hits of a follow-up of a Kết luận, the document an inspection ends with, named with
    its capital ("theo dõi, đôn đốc việc thực hiện Kết luận này"); a meeting's "kết luận" in lower case is none."""
    out: list[_Hit] = []
    if "kết luận" not in folded:
        return out
    for m in _CONCLUSION_FOLLOW_UP_RE.finditer(folded):
        if not text[m.start(1)].isupper() or _inside(m.start(), purpose):
            continue
        out.append(_Hit("inspection", m.group(), m.start(), m.end(), False))
    return out


def _closing_reports(text: str, folded: str, purpose: list[tuple[int, int]]) -> list[_Hit]:
    """Rule 13: strong reporting hits of a report that closes the task, sent to a body or due at a time ("…; báo cáo
    Giám đốc Sở trước ngày 15/6/2016"). The body is a capitalised word of the text (``folded`` is lower case)."""
    out: list[_Hit] = []
    if "báo" not in folded:
        return out
    for m in _CLOSING_REPORT_RE.finditer(folded):
        body = m.start(1) if m.start(1) >= 0 else m.start(2)
        if body >= 0 and not text[body].isupper():
            continue
        noun = _REPORT_NOUN_RE.search(folded, m.start(), m.end())
        if noun is None or _inside(noun.start(), purpose):
            continue
        out.append(_Hit("reporting", noun.group(), noun.start(), noun.end(), False, closing=True))
    return out


def _not_created(names: list[tuple[int, int]], toks: list[_Tok]) -> list[tuple[int, int]]:
    """The body names of ``names`` except those right after a `NAME_OF_CREATED` phrase: the body the task sets up,
    consolidates or runs is what the task is about ("hoàn thiện Đề án thành lập Trung tâm Đổi mới sáng tạo" is innovation
    work, so is "kiện toàn Tổ công nghệ số cộng đồng")."""
    if not names or not _CREATED_LAST.intersection(t.key for t in toks):
        return names
    after = {toks[i + 1].start: i for i in range(len(toks) - 1) if toks[i].key in _CREATED_LAST}
    out = []
    for s, e in names:
        i = after.get(s)
        if i is not None and any(
            i + 1 >= len(k) and tuple(t.key for t in toks[i + 1 - len(k) : i + 1]) == k for k in _CREATED
        ):
            continue
        out.append((s, e))
    return out


def _submitted(
    text: str, folded: str, masks: list[tuple[int, int]], drafted: re.Pattern[str], submitted: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The drafts (``drafted``'s matches outside ``masks``) that a submission (``submitted``: the syllable before
    the verb, then the first letter of the word after it) follows in their clause: to a body, written with a
    capital ("trình Ủy ban nhân dân tỉnh", "gửi về Sở") or "cấp …" ("trình cấp có thẩm quyền"); "trình" in
    "chương trình", "quy trình" is no submission."""
    for m in drafted.finditer(folded):
        if _inside(m.start(), masks):
            continue
        end = _clause_end(text, m.end())
        for v in submitted.finditer(folded, m.end(), end):
            if v.group(1) in _NOT_SUBMISSION_AFTER:
                continue
            if text[v.start(2)].isupper() or folded.startswith("cấp", v.start(2)):
                yield m
                break


def _submitted_drafts(
    text: str, folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Hits of the `SUBMITTED_DRAFTS` phrases followed, in their clause, by a submission to a body ("xây dựng
    phương án …, trình Ủy ban nhân dân tỉnh"): weak, but strong when the draft names the period it covers before the
    submission (`SUBMITTED_DRAFT_PERIODS`: "hoàn chỉnh Phương án PCCCR mùa khô 2025 - 2026, trình UBND tỉnh"), a plan for
    that period; in a purpose clause every hit is weak."""
    if "trình" not in folded:
        return []
    out: list[_Hit] = []
    for m in _submitted(text, folded, masks, _DRAFT_RE, _SUBMIT_RE):
        why = _inside(m.start(), purpose)
        topic = _DRAFTS.get(re.sub(r"\s+", " ", m.group()), next(iter(_DRAFTS.values())))
        out.append(_Hit(topic, m.group(), m.start(), m.end(), why or not _names_period(folded, m.end()), why))
    return out


_DRAFT_NOT_PERIODIC_RE = re.compile(
    r"\s+(?:" + _words_alternation(SUBMITTED_DRAFT_NOT_PERIODIC) + r")(?![^\W_])"
)


def _names_period(folded: str, pos: int) -> bool:
    """A `SUBMITTED_DRAFT_PERIODS` word between ``pos`` and the next "trình" (the submission `_submitted` found), the draft
    not one of `SUBMITTED_DRAFT_NOT_PERIODIC` (the words right after ``pos``)."""
    if _DRAFT_NOT_PERIODIC_RE.match(folded, pos):
        return False
    submission = folded.find("trình", pos)
    return _DRAFT_PERIOD_RE.search(folded, pos, submission if submission >= 0 else len(folded)) is not None


def _submitted_plans(
    text: str, folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Rule 16: strong planning hits of a plan drafted and then submitted or sent to a body, in its clause ("xây dựng kế
    hoạch kiểm định, hiệu chuẩn năm 2019, trình Giám đốc Sở"; "gửi về Sở"); in a purpose clause the hit is weak."""
    if "kế hoạch" not in folded:
        return []
    out: list[_Hit] = []
    for m in _submitted(text, folded, masks, _PLAN_DRAFT_RE, _PLAN_SUBMIT_RE):
        why = _inside(m.start(), purpose)
        out.append(_Hit("planning", m.group(), m.start(), m.end(), why, why))
    return out


def _periodic_reports(
    scheme: TopicScheme, text: str, folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Rule 12: strong reporting hits of a report named with its period ("tổng hợp báo cáo CCHC quý I", "hoàn thành
    báo cáo hoạt động chuyên môn 9 tháng đầu năm"); the words between name what is reported, not a body it goes to
    (a capitalised word, `REPORT_RECIPIENT_ACRONYMS`) nor the date (`REPORT_GAP_STOPS`)."""
    out: list[_Hit] = []
    if "báo" not in folded:
        return out
    for m in _REPORT_RE.finditer(folded):
        s, e = m.span()
        if _inside(s, masks) or _inside(s, purpose):
            continue
        gap = m.group(1).split()
        if any(w in _REPORT_GAP_STOPS for w in gap):
            continue
        g0 = m.start(1)
        if any(
            text[g0 + k.start()].isupper() and not text[g0 + k.start() : g0 + k.end()].isupper()
            for k in re.finditer(r"\S+", m.group(1))
        ):
            continue  # "báo cáo Giám đốc Sở …": a body, the report closes the task
        if any(x.regex.search(folded, max(0, s - 8), e) for x in scheme._excludes["reporting"]):
            continue  # "nghe báo cáo …"
        out.append(_Hit("reporting", m.group(), s, e, False))
    out.extend(_recurring_reports(folded, masks, purpose))
    return out


def _recurring_reports(
    folded: str, masks: list[tuple[int, int]], purpose: list[tuple[int, int]]
) -> list[_Hit]:
    """Rule 12, the period written before the report noun: a reporting regime set up ("định kỳ hằng tuần báo cáo UBND
    Thành phố tiến độ GPMB", "định kỳ ngày 20 hằng tháng báo cáo kết quả về Sở"), strong beside the task's subject."""
    return [
        _Hit("reporting", m.group(), m.start(), m.end(), False)
        for m in _RECURRING_REPORT_RE.finditer(folded)
        if not _inside(m.start(), masks) and not _inside(m.start(), purpose)
    ]


def _ends_with(keys: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the folded words ``keys`` end with one of ``phrases``."""
    return any(tuple(keys[-len(p) :]) == p for p in phrases)


def _dossier_sent(before: list[str]) -> bool:
    """Rule 9: the words before a body's name send a dossier to it ("hoàn chỉnh hồ sơ, tờ trình, … ký gửi Ban Thi đua -
    Khen thưởng Trung ương"): a `DOSSIER_FIELD_LINKS` verb right before, a `DOSSIER_WORDS` noun earlier. Other papers
    sent ("lập danh sách …, gửi Ban Quản lý các khu công nghiệp") say nothing of what they are about."""
    if not _ends_with(before, _DOSSIER_LINKS):
        return False
    return any(tuple(before[i : i + len(w)]) == w for w in _DOSSIER_WORDS for i in range(len(before)))


def _name_fields(scheme: TopicScheme, text: str, masked: list[tuple[int, int]]) -> dict[str, list[_Hit]]:
    """Rule 9: the subject-matter keywords inside the names of bodies the task works with ("làm việc với
    Cục Sở hữu trí tuệ") or send a dossier to, as weak hits: a name right after a `NAME_FIELD_LINKS` phrase, or after a
    dossier's `DOSSIER_FIELD_LINKS` verb."""
    folded = _fold(text)
    toks = _tokens(text, folded)
    ranges = sorted(set(masked) | set(_agency_masks(toks)))
    names = [r for r in ranges if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in ranges)]
    out: dict[str, list[_Hit]] = {}
    for start, end in names:
        before = [t.key for t in toks if t.end <= start]
        if not (_ends_with(before, _FIELD_LINKS) or _dossier_sent(before)):
            continue
        for name, hits in _scan(scheme, text[start:end], [], mask_names=False).items():
            if not scheme.is_procedural(name):
                out.setdefault(name, []).extend(
                    _Hit(name, h.keyword, h.start + start, h.end + start, True) for h in hits
                )
    return out


def _distinct_weak(hits: list[_Hit]) -> set[str]:
    """The different weak keywords among ``hits``: "nghiên cứu" and "kết quả nghiên cứu" are one piece of
    evidence, not two."""
    weak_kws = {h.keyword for h in hits if h.weak}
    return {k for k in weak_kws if not any(k != o and _fold(k) in _fold(o) for o in weak_kws)}


def _fired_on_evidence(scheme: TopicScheme, found: dict[str, list[_Hit]], support: set[str]) -> set[str]:
    """Rules 5 and 6: the topics whose evidence is enough on its own, before the fallback of rule 7."""
    fired: set[str] = set()
    for name, hits in found.items():
        strong = any(not h.weak for h in hits)
        weak_kws = _distinct_weak(hits)
        if scheme.is_procedural(name):
            if strong:
                fired.add(name)
        elif strong or len(weak_kws) >= 2 or (weak_kws and name in support):
            fired.add(name)
    return fired


def _decide(scheme: TopicScheme, found: dict[str, list[_Hit]], support: set[str], text: str = "") -> set[str]:
    fired = _fired_on_evidence(scheme, found, support)
    if not any(not scheme.is_procedural(t) for t in fired):
        # rule 7: no subject-matter topic fired, so weak evidence is all there is — of a subject if any
        # ("kiểm định" weak beside "báo cáo": metrology, not reporting too), else the procedural ones
        subjects = {t for t in found if not scheme.is_procedural(t)}
        if subjects and all(h.purpose for t in subjects for h in found[t]):
            # the subjects are only why the task is done ("tuyên truyền để ngư dân … phản ánh khi phát hiện cân
            # thiếu"): a procedural work named before the purpose clause is what it is (not a report asked after it:
            # "chọn 01 chợ để xây dựng mô hình … đo lường; báo cáo kết quả" is about metrology)
            first = min(h.start for t in subjects for h in found[t])
            work = {
                t
                for t, hits in found.items()
                if scheme.is_procedural(t) and any(not h.purpose and h.start < first for h in hits)
            }
            if work:
                return fired | work
        # the procedural ones only when nothing fired: a weak "kỳ họp" adds nothing to a strong "họp báo" … but a report
        # that closes the task says nothing of what the task is: "phê duyệt Đề án của các huyện, báo cáo kết quả về Bộ"
        closing_only = fired and all(all(h.closing for h in found[t] if not h.weak) for t in fired)
        fired.update(subjects or (() if fired and not closing_only else found))
        if fired and not subjects and ";" in text:
            # … in its clause; a clause of its own is a task of its own: "chuẩn bị nội dung Hội nghị tổng kết …; cập
            # nhật tin, bài trên Cổng thông tin điện tử" is communication too
            fired.update(_in_clauses_of_their_own(found, fired, text))
    elif ";" in text:
        fired.update(_procedural_tasks_of_their_own(scheme, found, fired, text))
    return fired


def _procedural_tasks_of_their_own(
    scheme: TopicScheme, found: dict[str, list[_Hit]], fired: set[str], text: str
) -> set[str]:
    """Rule 6's exception: a procedural topic with two different weak keywords (none a purpose), all in ";"-clauses where no
    fired topic has a hit, is a task of its own beside the subject: "tăng cường tuyên truyền, vận động nhân dân không đổ rác
    thải ra bờ sông; kiểm tra, xử lý các trường hợp lấn chiếm" is communication and inspection (round AC W3)."""
    own = _in_clauses_of_their_own(found, fired, text)
    return {
        t
        for t in own
        if scheme.is_procedural(t)
        and not any(h.purpose for h in found[t])
        and len(_distinct_weak(found[t])) >= 2
    }


def _in_clauses_of_their_own(found: dict[str, list[_Hit]], fired: set[str], text: str) -> set[str]:
    """The topics of ``found`` not in ``fired`` whose hits are all in ";"-clauses where no fired topic has a hit; of a topic
    that fired on a strong keyword only the strong hits take a clause: a weak mention of the same kind of thing in another
    clause ("chuẩn bị tổ chức Giải Việt dã …; xây dựng kế hoạch tham dự Đại hội TDTT toàn quốc") is no task of that topic."""
    taken: set[int] = set()
    for t in fired:
        hits = found.get(t, [])
        strong = [h for h in hits if not h.weak]
        taken.update(text.count(";", 0, h.start) for h in strong or hits)
    return {
        t
        for t, hits in found.items()
        if t not in fired and all(text.count(";", 0, h.start) not in taken for h in hits)
    }


#: a keyword that is a document's number ("57-nq/tw"): digits, a dash, then letters split by "/"
_DOCUMENT_NUMBER = re.compile(r"\d+-[^\W\d_]+(?:/[^\W\d_]+)+")


def _weaken_documents_propagated(
    scheme: TopicScheme, found: dict[str, list[_Hit]], objects: list[tuple[int, int, str]]
) -> None:
    """Rule 22: a subject's hit on a document's number inside the object of a procedural work ("tuyên truyền sâu rộng Nghị
    quyết số 57-NQ/TW") is weak: the document is what is propagated, its field is not the task's (round AH W3)."""
    works = [(s, e) for s, e, topic in objects if scheme.is_procedural(topic)]
    if not works:
        return
    for name, hits in found.items():
        if scheme.is_procedural(name):
            continue
        for h in hits:
            if not h.weak and _DOCUMENT_NUMBER.fullmatch(_fold(h.keyword)) and _inside(h.start, works):
                h.weak = True


def _classify(scheme: TopicScheme, text: str, masked: list[tuple[int, int]], support: set[str]):
    objects: list[tuple[int, int, str]] = []
    found = _scan(scheme, text, masked, objects=objects)
    if objects:
        _weaken_documents_propagated(scheme, found, objects)
    fired = _decide(scheme, found, support, text)
    if objects:
        found, fired = _drop_work_objects(scheme, found, fired, support, objects)
    return found, fired


def _drop_work_objects(
    scheme: TopicScheme,
    found: dict[str, list[_Hit]],
    fired: set[str],
    support: set[str],
    objects: list[tuple[int, int, str]],
) -> tuple[dict[str, list[_Hit]], set[str]]:
    """Rule 10: when the task is the work a marker names, the other topics' hits in its object are dropped."""
    subject_on_own = None  # a subject-matter topic fired on its own evidence (computed when needed)
    forced: set[str] = set()
    working: list[tuple[int, int, str]] = []
    for start, end, topic in objects:
        if topic in fired:
            working.append((start, end, topic))
        elif scheme.is_procedural(topic) and topic in found:
            if subject_on_own is None:
                on_own = _fired_on_evidence(scheme, found, support)
                subject_on_own = any(not scheme.is_procedural(t) for t in on_own)
            subject_hits = [h for t, hits in found.items() if not scheme.is_procedural(t) for h in hits]
            in_object = all(start <= h.start < end for h in subject_hits)
            if (
                not subject_on_own or (in_object and all(h.weak and not h.purpose for h in subject_hits))
            ) and (len(_distinct_weak(found[topic])) >= 2 or in_object):
                # two kinds of evidence of the work, or every subject word (all weak) is what the work is about:
                # "tuyên truyền về tác hại của xe quá tải đối với kết cấu hạ tầng giao thông"; so are two weak words of one
                # subject, both in the object: "tuyên truyền về tác hại của khai thác cát trái phép, vận động nhân dân tố giác
                # hành vi vi phạm" is outreach, the offence is its message (round AC W3)
                working.append((start, end, topic))
                forced.add(topic)
    if not working:
        return found, fired
    kept: dict[str, list[_Hit]] = {}
    dropped = False
    for name, hits in found.items():
        keep = [h for h in hits if not any(s <= h.start < e and t != name for s, e, t in working)]
        dropped = dropped or len(keep) < len(hits)
        if keep:
            kept[name] = keep
    if not dropped:
        return found, fired
    return kept, _decide(scheme, kept, support) | forced


@lru_cache(maxsize=256)
def _context_topics(context: str) -> tuple[dict[str, list[_Hit]], set[str]]:
    """`_classify` of a heading: every directive under one heading asks for it (callers only read it)."""
    return _classify(load_topic_scheme(), context, [], set())


_LEAD_IN_PURPOSE_RE = re.compile(r"\W*(?:" + _words_alternation(LEAD_IN_PURPOSE_OPENERS) + r")(?![^\W_])")
_LEAD_IN_REQUEST_RE = re.compile(r"(?<![^\W_])(?:" + _words_alternation(LEAD_IN_REQUESTS) + r")(?![^\W_])")


def _heading_says(context: str, ctx_found: dict[str, list[_Hit]], ctx_topics: set[str]) -> set[str]:
    """Rule 8: the heading's topics a neutral task inherits. A lead-in that opens with the occasion it prepares
    (`LEAD_IN_PURPOSE_OPENERS`: "Để tổ chức các hoạt động kỷ niệm 62 năm Ngày Thương binh - Liệt sỹ …, yêu cầu các sở, ngành
    …:") says, up to its request (`LEAD_IN_REQUESTS`), why every item below is done: its form of work (events, a plan, …) is not
    each item's, whose own words say what it is; gifts handed out for the anniversary hold no event (round AK W3, round 21).
    The field it names stays: "Để đẩy nhanh tiến độ dự án, … chỉ đạo:" gives investment (round 7)."""
    folded = _fold(context)
    opener = _LEAD_IN_PURPOSE_RE.match(folded)
    if opener is None:
        return ctx_topics
    request = _LEAD_IN_REQUEST_RE.search(folded, opener.end())
    why_ends = request.start() if request else len(folded)
    scheme = load_topic_scheme()
    return {
        name
        for name in ctx_topics
        if not scheme.is_procedural(name) or any(h.start >= why_ends for h in ctx_found.get(name, ()))
    }


_REFRAIN_WORDS = frozenset(_fold(w) for w in REFRAIN_WORDS)
_MASK_TAILS = frozenset((_fold(a), _fold(b)) for a, b in MASK_COMPOUND_TAILS)
_MASK_TAIL_HEADS = frozenset(a for a, _ in _MASK_TAILS)
_LAST_SYLLABLE = re.compile(r"([^\W_]+)\W*$")
_NEXT_SYLLABLE = re.compile(r"\s+([^\W_]+)")


def _names_not_words(text: str, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The caller's body names but those whose last syllable, in lower case, begins a word that runs on past the name
    (`MASK_COMPOUND_TAILS`): "các hội" read in "tổ chức các hội nghị tiếp xúc cử tri" is a meeting, not associations."""
    out = []
    for s, e in masked:
        last = _LAST_SYLLABLE.search(text, s, e)
        if last and last.group(1).islower() and _fold(last.group(1)) in _MASK_TAIL_HEADS:
            nxt = _NEXT_SYLLABLE.match(text, e)
            if nxt and (_fold(last.group(1)), _fold(nxt.group(1))) in _MASK_TAILS:
                continue
        out.append((s, e))
    return out


def classify_topics(
    text: str,
    context: str | None = None,
    offset: int = 0,
    masked: list[tuple[int, int]] | None = None,
) -> list[TopicHit]:
    """Topics of one directive, with the keyword behind each.

    ``text`` is the directive's words; ``context`` the heading it sits under (unit or section
    heading), or None; ``offset`` is added to every span (the directive's start in the
    notice); ``masked`` are character ranges to ignore (typically agency names found by the
    agency extractor), in the same coordinates as the returned spans, i.e. offset included.
    Returns hits sorted by position; ``{h.topic for h in hits}`` is the topic set.
    """
    scheme = load_topic_scheme()
    local_masks = _names_not_words(text, [(s - offset, e - offset) for s, e in (masked or [])])
    ctx_found: dict[str, list[_Hit]] = {}
    ctx_topics: set[str] = set()
    if context and context.strip():
        ctx_found, ctx_topics = _context_topics(context)
    found, topics = _classify(scheme, text, local_masks, ctx_topics)

    hits = [
        TopicHit(h.topic, h.keyword, Span(h.start + offset, h.end + offset), "text", h.weak)
        for name in topics
        for h in found[name]
    ]
    if not topics:  # rule 8: a neutral task inherits the heading's topics, but not the heading's purpose
        whole = Span(offset, offset + len(text))
        hits = [
            TopicHit(name, ctx_found[name][0].keyword, whole, "context", ctx_found[name][0].weak)
            for name in sorted(_heading_says(context or "", ctx_found, ctx_topics))
        ]
    if not hits:  # rule 9: nothing else says what the task is about but the field of a body it works with
        in_names = _name_fields(scheme, text, local_masks)
        if len(in_names) == 1:  # bodies of several fields leave the subject open
            hits = [
                TopicHit(h.topic, h.keyword, Span(h.start + offset, h.end + offset), "name", True)
                for found in in_names.values()
                for h in found
            ]
    hits.sort(key=lambda h: (h.span.start, h.span.end, h.topic))
    return hits
