"""Text of one notice → a `records.Notice`: the pure heart of ingest.

`parse_notice` reads the layout (`sections.parse_layout`), then walks it part by
part: the header and title for the issuer, number and date; the opening
paragraph for the meeting's date, place, organiser and chairs; the attendee
list for persons, posts and delegations (and who was absent); the conclusions
for directives; the signature block for the signer. Each step is a small
function of the text and the notice's context (its province, its own Sở).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as _dt
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from ketluan.ingest import dates as vdates
from ketluan.ingest.agencies import (
    HEADS,
    LOCALITIES,
    NOT_AFTER_WORD,
    AgencyBook,
    AgencyMatch,
    Place,
    find_agencies,
    scan_agency,
    whole_name_cut_by_column,
)
from ketluan.ingest.changes import find_change_events
from ketluan.ingest.lang.vi.agencies import (
    ABBREVIATIONS,
    COMMUNE_TYPES,
    DISTRICT_LEVEL_KINDS,
    DISTRICT_TYPES,
    DOCUMENT_CODE_ISSUERS,
    NATIONAL_KINDS,
    PROPER_NAME_WORDS,
)
from ketluan.ingest.lang.vi.change_cues import CHANGE_VERBS
from ketluan.ingest.lang.vi.clauses import (
    ABSENCE_MARKS_INVITED,
    ABSENCE_MARKS_TAKING_PART,
    ABSENCE_NOMINALISERS,
    ABSENT_BACK_REFERENCES,
    ABSENT_DESCRIPTION_LEADS,
    ACTING_PLACE_TYPES,
    ADVISING_VERBS,
    AGREED_PART_HEADINGS,
    AGREEMENT_CUES,
    APPARATUS_WORDS,
    APPROVAL_OPENERS,
    ASKING_AFTER_CRITICISM,
    AWAY_FROM_MEETING_CUES,
    BACK_REFERENCES,
    BARE_VERB_LEADINS,
    BOARD_NAME_HEADS,
    CELL_LEAD_NOTES,
    CELL_SUPPORT_NOTES,
    CHAIR_DELEGATION_OPENERS,
    CHAIR_DELEGATION_PASSIVE,
    CHAIR_DELEGATION_VERBS,
    CHAIR_MARK_FOLLOWERS,
    CITATION_LINE_LEADS,
    CITED_PAPER_OPENERS,
    CITED_PAST_MARKS,
    CITIZEN_ROLE_WORDS,
    CO_ACTOR_LINKS,
    CONCERNING_LEADS,
    CONCLUSION_OF_HONORIFICS,
    CONCLUSION_OF_LEADS,
    CONDITIONAL_ABSENCE_WORDS,
    COUNCIL_MEMBER_ROLES,
    CRITICISM_VERBS,
    DECISION_OPENERS,
    DEPUTY_TITLE_WORDS,
    DIRECTING_ADVERBS,
    DUTY_AFTER_DESCRIPTION,
    EMAIL_HEADER_FIELDS,
    EMPHASIS_ASIDE_WORDS,
    FALLBACK_LEADS,
    FINDING_LEADS,
    FINDING_PREDICATES,
    FINDING_SUBJECTS,
    GROUP_HAVING_MAX_TOKENS,
    GROUP_HAVING_WORDS,
    GROUP_HEAD_WORDS,
    GROUP_HEAD_WORDS_BEFORE_PLURAL,
    GROUP_OWNER_LINKS,
    GROUP_QUALIFIERS,
    GROUP_SUBJECT_NOUNS,
    GUIDING_VERBS,
    HEADING_APPOSITION_MAX_TOKENS,
    HEADING_APPOSITION_NOUNS,
    HEADS_ACCOUNTABLE_PHRASES,
    IDENTIFIED_AS_LEADS,
    IDENTIFIED_DESCRIPTION_MAX_TOKENS,
    INSPECTED_SIGNATURE_HEADS,
    INVESTOR_NAMING_VERBS,
    INVESTOR_NOUN_FOLLOWERS,
    INVESTOR_WORDS,
    INVITED_BUT_WORDS,
    ITEM_TOPIC_LEADS,
    ITEM_TOPIC_MAX_TOKENS,
    LEADER_SPEECH_PARTS,
    LEADING_SIGNATURE_HEADS,
    MANNER_ADVERBS,
    MEETING_WITH_VERBS,
    MORE_ACTION_CUES,
    NOT_A_VERB_AFTER_BODY,
    NOT_HANDING_ON_BEFORE,
    OPENING_REQUEST_VERBS,
    ORDER_TABLE_COLUMNS,
    PARTICIPANT_PROPOSING_VERBS,
    PARTY_LEADING_VERBS,
    PARTY_ROLE_NOUNS,
    PARTY_VIEW_LABELS,
    PASSIVE_AGENT_MARKS,
    PASSIVE_TASK_MARKS,
    PERIODIC_LEADS,
    PERSON_CHARGE_LEADS,
    PERSON_FIELD_LEADS,
    PETITION_VERBS,
    PETITIONER_QUALIFIER_MAX_WORDS,
    PETITIONER_WORDS,
    PLURAL_SUBJECT_WORDS,
    PLURAL_TITLE_MARKS,
    PRESIDING_MARKS,
    PROHIBITION_PHRASES,
    QUOTED_ASIDE_LEADS,
    RECEIVING_TEAM_VERBS,
    RECEPTION_MARKS,
    RECEPTION_WORK_NOUNS,
    RECORD_ACCOUNT_LABELS,
    RECORD_CLOSING_LEADS,
    REFUSAL_PHRASES,
    REFUSING_SUBJECTS,
    REPRESENTATIVE_SIGNATURE_HEAD,
    REQUEST_ADVERBS,
    REQUEST_LEADIN_ENDS,
    SECRETARY_SIGNATURE_HEADS,
    SENTENCE_ADVERBIALS,
    SPEAKING_VERBS,
    STAND_IN_REFUSALS,
    STAND_IN_WORDS,
    STANDING_BOARD_HEADS,
    SUBJECT_ASIDES,
    SUBJECT_LEAD_WORDS,
    SUBJECT_ROLE_PHRASES,
    SUPERVISING_VERBS,
    TASK_HAVE_PHRASES,
    TASK_LEAD_NOUNS,
    TEAM_HEAD_POSTS,
    TEAM_LED_BY,
    TEAM_OWNER_MAX_GAP,
    TEAM_WORDS,
    TIMES_WITHOUT_DATE,
    TIMING_ONLY_WORDS,
    VIEW_VERBS,
    VISIT_COMPANION_WORDS,
    WRITTEN_PROXY_TO,
    WRITTEN_PROXY_WORDS,
)
from ketluan.ingest.lang.vi.committees import COMMITTEE_DISTRICT_TYPES, DIRECTED_PARTY_HEADS
from ketluan.ingest.lang.vi.date_words import DEADLINE_CUES, DOCUMENT_WORDS
from ketluan.ingest.lang.vi.page_layout import RECORD_SIDE_LETTERS, RECORD_SIDE_WORDS
from ketluan.ingest.lang.vi.provinces import FORMER_PROVINCE_NAMES, FORMER_PROVINCES
from ketluan.ingest.lang.vi.structure import (
    ABSENCE_MARKS,
    ABSENCE_REASONS,
    ABSENCE_REFERENCE_CUES,
    ACTION_CUES,
    ADDRESSEE_LABELS,
    ANAPHOR_COUNTS,
    ANAPHOR_DEMONSTRATIVES,
    ANAPHOR_NOUNS,
    APPRAISAL_OPENERS,
    ATTENDANCE_CUES,
    ATTENDEE_HEADINGS,
    BODY_END_MARKS,
    BODY_OPENINGS,
    CHAIR_DUTIES,
    CHAIR_MARKS,
    CLAUSE_CONNECTIVES,
    CLOSING_FORMULAS,
    CLOSING_NOTICE_VERBS,
    CONCLUDING_AFTER_RE,
    CONCLUDING_BEFORE_RE,
    CONCLUSION_HEADINGS,
    CONCLUSION_LEADINS,
    DEADLINE_CELL_CUES,
    DEADLINE_SENTENCE_OPENERS,
    DELEGATION_SIDE_CUES,
    DELEGATION_VERBS,
    DEONTIC_CUES,
    DEONTIC_PLAIN_VERBS,
    DIRECTING_VERBS,
    ISSUERS_OWNING_BARE_UNITS,
    ITEM_REPORT_WORDS,
    LEADER_MARKS,
    LEADING_VERBS,
    MEETING_TIME_LABELS,
    NATIONAL_EVENT_WORDS,
    NEWS_STORY_ENDS,
    PROJECT_LEADERS,
    REMOTE_SITE_WORDS,
    REPORTED_OPENERS,
    REQUEST_DOCUMENT_NOUNS,
    REQUEST_VERBS,
    RESPONSIBILITY_CUES,
    REVIEW_HEADINGS,
    REVIEW_TABLE_COLUMNS,
    SENTENCE_ABBREVIATIONS,
    SIGNER_LABELS,
    SPEECH_OPENERS,
    STANDING_BOARD_LINES,
    SUPPORT_MARKS,
    TABLE_COLUMNS,
    TASK_LIST_LEADINS,
    TASK_TABLE_ANSWER_COLUMNS,
    TASK_TABLE_COLUMNS,
    TASK_TABLE_PETITION_COLUMNS,
    TASK_TABLE_PROBLEM_COLUMNS,
    TASK_TABLE_SUBJECT_COLUMNS,
    TIME_ADVERBIALS,
    UNIT_HEADING_LEADS,
)
from ketluan.ingest.lang.vi.titles import (
    CENTRAL_CITY_COMMITTEE_WORDS,
    COMMUNE_COMMITTEE,
    HEAD_TITLE_BODY_KINDS,
    PROVINCE_COMMITTEE_WORDS,
    STANDINGS_BEFORE_A_NAME,
    TITLE_BRANCH_UNIT,
    TITLE_DEFAULT_BODY,
    TITLE_ISSUER_KIND,
    TITLE_UNIT_HEAD,
    TITLES,
    TITLES_ABOVE_UNITS,
    TITLES_HELD_BY_SEVERAL,
    TITLES_HELD_BY_THE_NAMES_AFTER,
    TITLES_WITHOUT_CONTEXT_BODY,
)
from ketluan.ingest.people import (
    HONORIFIC_TABLE,
    NAME_START_KEYS,
    TITLE_START_KEYS,
    NameMatch,
    match_title,
    scan_name,
)
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.records import Agency, Deadline, Directive, Meeting, Notice, Person, Post, Span
from ketluan.ingest.sections import Block, Layout, Line, is_table_row, parse_layout, record_sides, table_cells
from ketluan.ingest.text import longest_first, match_key, strip_diacritics
from ketluan.ingest.tokens import PhraseTable, Tok, fold, join, tokenize
from ketluan.ingest.topics import classify_topics, load_topic_scheme

_CUES = PhraseTable((c, c) for c in ACTION_CUES + MORE_ACTION_CUES)
_DEONTIC = PhraseTable((c, c) for c in DEONTIC_CUES)
_ITEM_REPORT = PhraseTable((c, c) for c in ITEM_REPORT_WORDS)
# bodies a request goes up to: the one who asks must write it, so the task stays with the asker
_PROJECT_LEADER = PhraseTable((c, c) for c in PROJECT_LEADERS)
_ARCHIVE_LINE = re.compile(r"^[-–+•]?\s*(?i:lưu)\s*:?\s*(?:[A-ZĐ]{2,}(?![a-zà-ỹ])|(?i:hồ sơ|văn thư))")
_RESPONSIBLE = PhraseTable((c, c) for c in RESPONSIBILITY_CUES)
_STRONG_DEADLINE_CUES = tuple(fold(c) for c, (_, strength, _) in DEADLINE_CUES.items() if strength == 2)
_COMMITTEE_DISTRICT_TYPES = sorted(
    ((fold(k), v) for k, v in COMMITTEE_DISTRICT_TYPES.items()), key=lambda kv: -len(kv[0])
)
_COMMITTEE_OF_DISTRICT_TYPE = {t: k for k, t in COMMITTEE_DISTRICT_TYPES.items() if not k.startswith("ban ")}
_ASKED_UP = frozenset({"ministry", "government", "party", "general-department"})
# bodies that speak for a meeting rather than take its tasks: "Hội đồng yêu cầu …", "Đoàn kiểm tra yêu cầu …"
_MEETING_VOICE_KINDS = frozenset({"council", "team", "board", "party", "government", "leadership"})
# boards that run a field day to day ("Ban Quản lý các khu công nghiệp …"): told to act, never the meeting's voice
_STANDING_BOARDS = frozenset(fold(h) for h in STANDING_BOARD_HEADS)
_DELEGATE = PhraseTable((c, c) for c in DELEGATION_VERBS)
_ADVISE = PhraseTable((c, c) for c in ADVISING_VERBS)
# "7. Kiến nghị Sở Xây dựng tổ chức kiểm tra …": asks the body after it, as "đề nghị" does, opening a clause
_OPENING_REQUEST = PhraseTable((c, "đề nghị") for c in OPENING_REQUEST_VERBS)
# "Nhà thầu thi công: Công ty X", "Đối với tư vấn giám sát (Công ty Y)": the part a body plays
_PARTY_ROLE = PhraseTable((c, c) for c in PARTY_ROLE_NOUNS)
_PARTY_ROLE_TEXT = re.compile(rf"(?<!\w)(?:{longest_first(PARTY_ROLE_NOUNS)})(?!\w)", re.IGNORECASE)
_INVESTOR = PhraseTable((c, c) for c in INVESTOR_WORDS)
_INVESTOR_TEXT = re.compile(rf"\b(?:{longest_first(INVESTOR_WORDS)})\b", re.IGNORECASE)
_INVESTOR_FOLLOWER = PhraseTable((c, c) for c in INVESTOR_NOUN_FOLLOWERS)
_INVESTOR_NAMING = frozenset(fold(w) for w in INVESTOR_NAMING_VERBS)
_SUPPORT = PhraseTable((c, c) for c in SUPPORT_MARKS)
_DIRECTING = PhraseTable((c, c) for c in DIRECTING_VERBS)
_PARTY_LEADING = PhraseTable((c, c) for c in PARTY_LEADING_VERBS)
_SUBJECT_ASIDE = PhraseTable((c, c) for c in SUBJECT_ASIDES)
_TEAM_HEADS = frozenset(match_key(w) for w in TEAM_HEAD_POSTS)
_CO_ACTOR = PhraseTable((c, c) for c in CO_ACTOR_LINKS)
# a report's word that opens a task all the same: "có ý kiến …", and a prohibition ("không bố trí …")
_TASK_HAVE = PhraseTable((c, c) for c in TASK_HAVE_PHRASES + PROHIBITION_PHRASES)
_NOT_A_VERB = frozenset(fold(w) for w in NOT_A_VERB_AFTER_BODY)
# a lower-case word's full stop, then a capital: a sentence ends inside the stretch, whatever the tokens say
_SENTENCE_END_INSIDE = re.compile(r"[a-zà-ỹđ]\.\s+[A-ZÀ-ỸĐ]")
_NOT_HANDING_ON_BEFORE = frozenset(fold(w) for w in NOT_HANDING_ON_BEFORE)
# a cited document and its "của" right before a body: the body issued the document, it is not at the meeting
_CITED_ISSUER = re.compile(
    r"(?i)(?:" + longest_first(DOCUMENT_WORDS) + r")\s+(?:số\s+)?\S*\d\S*(?:\s+ngày\s+[\d/.-]+)?\s+của\s*\Z"
)
# a line citing the texts a record rests on, up to a date in the same clause ("Căn cứ Luật X ngày 17 tháng 6 năm 2010")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CITATION_LINE = re.compile(r"(?i)[\s*_•-]*(?:" + longest_first(CITATION_LINE_LEADS) + r")\b[^;\n]*\Z")
_NEWLINE = re.compile(r"\n")
_BODY_OPENING = re.compile(r"(?i)[ \t*_]*(?:" + longest_first(BODY_OPENINGS) + r")\b")
_SPEAKING = PhraseTable((c, c) for c in SPEAKING_VERBS)
_SPEAKING_OR_VIEW = PhraseTable((c, c) for c in SPEAKING_VERBS + VIEW_VERBS)
_CONCERNING = PhraseTable((c, c) for c in CONCERNING_LEADS)
_CHAIR_DUTY = PhraseTable((c, c) for c in CHAIR_DUTIES)
_ADVERBIAL = PhraseTable((c, c) for c in SENTENCE_ADVERBIALS)
_TASK_LEAD_NOUN = PhraseTable((c, c) for c in TASK_LEAD_NOUNS)
_SUBJECT_LEAD = PhraseTable((c, c) for c in SUBJECT_LEAD_WORDS + PERIODIC_LEADS)
_FALLBACK_LEAD = PhraseTable((c, c) for c in FALLBACK_LEADS)
_REQUEST_ADVERBS = frozenset(fold(w) for w in REQUEST_ADVERBS)
_CRITICISE = PhraseTable((c, c) for c in CRITICISM_VERBS)
_GUIDING = frozenset(fold(v) for v in GUIDING_VERBS)
_SUPERVISING = frozenset(fold(v) for v in SUPERVISING_VERBS)
_ASKING = frozenset(fold(v) for v in ASKING_AFTER_CRITICISM)
_AGREED = PhraseTable((c, c) for c in AGREEMENT_CUES)
_DIRECTING_ADVERB = PhraseTable((c, c) for c in DIRECTING_ADVERBS)
_EMPHASIS_ASIDE = PhraseTable((c, c) for c in EMPHASIS_ASIDE_WORDS)
_PASSIVE_TASK = PhraseTable((c, c) for c in PASSIVE_TASK_MARKS)
_BACK_REFERENCE = PhraseTable((c, c) for c in BACK_REFERENCES)
_SUBJECT_ROLE = PhraseTable((c, c) for c in SUBJECT_ROLE_PHRASES)
_IDENTIFIED_AS = PhraseTable((c, c) for c in IDENTIFIED_AS_LEADS + ABSENT_DESCRIPTION_LEADS)
_DUTY_AFTER_DESCRIPTION = PhraseTable((c, c) for c in DUTY_AFTER_DESCRIPTION)
_GROUP_HAVING = PhraseTable((c, c) for c in GROUP_HAVING_WORDS)
_TIMING_ONLY = PhraseTable((c, c) for c in TIMING_ONLY_WORDS + TIMES_WITHOUT_DATE)
_CELL_SUPPORT_NOTES = frozenset(fold(w) for w in CELL_SUPPORT_NOTES)
_CELL_LEAD_NOTES = frozenset(fold(w) for w in CELL_LEAD_NOTES)
_CELL_NOTE = PhraseTable((c, c) for c in CELL_SUPPORT_NOTES + CELL_LEAD_NOTES)
_GROUP_OWNER_LINK_ENDS = frozenset(fold(w.split()[-1]) for w in GROUP_OWNER_LINKS)
_GROUP_QUALIFIER = PhraseTable((c, c) for c in GROUP_QUALIFIERS)
_QUOTED_ASIDE = PhraseTable((c, c) for c in QUOTED_ASIDE_LEADS)
_QUOTES = frozenset('"“”')
_APPARATUS = PhraseTable((c, c) for c in APPARATUS_WORDS)
_PASSIVE_AGENT_WORDS = frozenset(fold(w) for w in PASSIVE_AGENT_MARKS)
_DEADLINE_SENTENCE = PhraseTable((c, c) for c in DEADLINE_SENTENCE_OPENERS)
_CHAIR = PhraseTable((c, c) for c in CHAIR_MARKS)
_CHAIR_FOLLOWER = PhraseTable((c, c) for c in CHAIR_MARK_FOLLOWERS)
_CHAIR_DELEGATION = PhraseTable((c, c) for c in CHAIR_DELEGATION_OPENERS)
_CHAIR_DELEGATION_VERB = PhraseTable((c, c) for c in CHAIR_DELEGATION_VERBS)
_PRESIDING = PhraseTable((c, c) for c in PRESIDING_MARKS)
_RECEPTION = PhraseTable((c, c) for c in RECEPTION_MARKS)
_RECEPTION_WORK = PhraseTable((c, c) for c in RECEPTION_WORK_NOUNS)
_INVITED_BUT = PhraseTable((c, c) for c in INVITED_BUT_WORDS)
_LEADER = PhraseTable((c, c) for c in LEADER_MARKS)
_CONNECTIVE = PhraseTable((c, c) for c in CLAUSE_CONNECTIVES)
_ADDRESSEE_KEYS = tuple(match_key(c) for c in ADDRESSEE_LABELS)
_REQUEST_PAPERS = tuple(tuple(fold(w) for w in noun.split()) for noun in REQUEST_DOCUMENT_NOUNS)
_REMOTE_SITE = PhraseTable((c, c) for c in REMOTE_SITE_WORDS)
_APPRAISAL = PhraseTable((c, c) for c in APPRAISAL_OPENERS)
_REFUSAL = PhraseTable((c, c) for c in REFUSAL_PHRASES)
_REFUSING = PhraseTable((c, c) for c in REFUSING_SUBJECTS)
_PETITION_VERB = PhraseTable((c, c) for c in PETITION_VERBS)
_PETITIONER_WORD = PhraseTable((c, c) for c in PETITIONER_WORDS)
_CITIZEN_ROLE = PhraseTable((c, c) for c in CITIZEN_ROLE_WORDS)
_RECEIVING_TEAM = PhraseTable((c, c) for c in RECEIVING_TEAM_VERBS)
_TEAM_WORDS = frozenset(TEAM_WORDS)
_TEAM_LED_BY = frozenset(TEAM_LED_BY)
_SPEECH = PhraseTable((c, c) for c in SPEECH_OPENERS)
_PARTICIPANT_PROPOSING = PhraseTable((c, c) for c in PARTICIPANT_PROPOSING_VERBS)
_REPORTED = PhraseTable((c, c) for c in REPORTED_OPENERS)
_FINDING_SUBJECT = PhraseTable((c, c) for c in FINDING_SUBJECTS)
_FINDING_LEAD = PhraseTable((c, c) for c in FINDING_LEADS)
_PLURAL_TITLE = frozenset(fold(w) for w in PLURAL_TITLE_MARKS)
_GROUP_SUBJECT = PhraseTable((c, c) for c in GROUP_SUBJECT_NOUNS)
_PARTY_VIEW = PhraseTable((c, c) for c in PARTY_VIEW_LABELS)
_PLURAL_SUBJECT = frozenset(fold(w) for w in PLURAL_SUBJECT_WORDS)
_FINDING_PREDICATE = PhraseTable((c, c) for c in FINDING_PREDICATES)
_TIME_ADVERBIAL = PhraseTable((c, c) for c in TIME_ADVERBIALS)
_NATIONAL_EVENT_KEYS = tuple(match_key(w) for w in NATIONAL_EVENT_WORDS)
# a line opening a numbered item ("2. …", "III. …"): a task after it is in another item than one before
# "…, Đoàn đề nghị:" closing a paragraph; the petitioners' own requests are told apart by their words
_REQUEST_LEADIN = re.compile(rf"(?:^|[\s,;])(?:{longest_first(REQUEST_LEADIN_ENDS)})\s*:\Z")
_PETITIONER = re.compile(rf"(?:^|[\s,;(])(?:{longest_first(PETITIONER_WORDS)})\b")
# "I. Ý KIẾN, KIẾN NGHỊ CỦA DOANH NGHIỆP", "2. Ý kiến, kiến nghị của cử tri:": a part of the petitioners' own words
_PETITIONERS_PART = re.compile(rf"\bcủa (?:các |một số |nhiều )?(?:{longest_first(PETITIONER_WORDS)})\b")
_NEW_ITEM = re.compile(r"\n\s*(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s")
_CONCLUDING_BEFORE = re.compile(CONCLUDING_BEFORE_RE, re.IGNORECASE)
_CONCLUDING_AFTER = re.compile(CONCLUDING_AFTER_RE, re.IGNORECASE)
_ABSENT = PhraseTable(
    (c, c) for c in dict.fromkeys(ABSENCE_MARKS + ABSENCE_MARKS_TAKING_PART + ABSENCE_MARKS_INVITED)
)
_STAND_IN = PhraseTable((c, c) for c in STAND_IN_WORDS)
_DEPUTY_WORDS = frozenset(fold(w) for w in DEPUTY_TITLE_WORDS)
_COUNCIL_MEMBER = PhraseTable((c, c) for c in COUNCIL_MEMBER_ROLES)
_MANNER = PhraseTable((c, c) for c in MANNER_ADVERBS)
_ACTING_PLACE_TYPES = frozenset(fold(w) for w in ACTING_PLACE_TYPES)
_HEADING_APPOSITION = PhraseTable((c, c) for c in HEADING_APPOSITION_NOUNS)
_NO_STAND_IN = PhraseTable((c, c) for c in STAND_IN_REFUSALS)
_WRITTEN_PROXY = PhraseTable((c, c) for c in WRITTEN_PROXY_WORDS)
_WRITTEN_PROXY_TO = frozenset(fold(w) for w in WRITTEN_PROXY_TO)
_ABSENT_BACK = PhraseTable((c, c) for c in ABSENT_BACK_REFERENCES)
_ABSENCE_REFERENCE = PhraseTable((c, c) for c in ABSENCE_REFERENCE_CUES)
_UNIT_HEADING_LEAD = PhraseTable((c, c) for c in UNIT_HEADING_LEADS)
_APPROVAL = PhraseTable((c, c) for c in APPROVAL_OPENERS)
_DECISION = PhraseTable((c, c) for c in DECISION_OPENERS)
# an e-mail wrapper's first line ("From: Văn phòng UBND tỉnh <…>") and the separator closing the wrapper
_EMAIL_FIRST_LINE = re.compile(rf"(?i)\A\s*(?:{longest_first(EMAIL_HEADER_FIELDS)})\s*:")
_EMAIL_SEPARATOR = re.compile(r"(?m)^[ \t]*[-_=*]{5,}[^\n]*$")
_EMAIL_CLOSING = re.compile(r"(?im)^[ \t]*trân trọng[^\n]*$")
_CONCLUSION_OF = re.compile(
    rf"(?i)(?<!\w)(?:{longest_first(CONCLUSION_OF_LEADS)})\s+(?:(?:{longest_first(CONCLUSION_OF_HONORIFICS)})\s+)?\Z"
)
_CITED_PAPER = PhraseTable((c, c) for c in CITED_PAPER_OPENERS)
_CITED_PAST = frozenset(fold(w) for w in CITED_PAST_MARKS)
_PERSON_FIELD = PhraseTable((c, c) for c in PERSON_FIELD_LEADS)
_PERSON_CHARGE = PhraseTable((c, c) for c in PERSON_CHARGE_LEADS)
_CONDITIONAL_ABSENCE = frozenset(fold(w) for w in CONDITIONAL_ABSENCE_WORDS)
_ABSENCE_NOMINALISER = frozenset(fold(w) for w in ABSENCE_NOMINALISERS)
_ABSENT_REASON = PhraseTable((c, c) for c in ABSENCE_REASONS)
_ATTENDING = PhraseTable((c, c) for c in ATTENDANCE_CUES)
_REQUEST = frozenset(fold(v) for v in REQUEST_VERBS)
_SEP = {"-", "–", "—", ",", ":", "(", "/"}
# how far back a body named ahead of its person may open its clause (`_body_before_name`)
_BODY_BEFORE_NAME_REACH = 30
# Markers of the items under a numbered part ("1.1.", "a)", "-", "+", "•"): a numbered line they follow is the
# part's heading, which may then be long (up to this many words) where a heading alone has at most eight.
SUBITEM_MARKERS = frozenset({"digit2", "letter", "star", "dash", "dot", "plus"})
NAMED_HEADING_MAX_WORDS = 16
# a numbered line that opens with the name of a part ("Nhiệm vụ …", "Đánh giá …") and does not end as a sentence
# is that part's heading up to this many words, whatever follows it
PART_HEADING_MAX_WORDS = 12
# the issuer's closing paragraph that tells the notice out is one sentence
CLOSING_MAX_CHARS = 300
# "Giám đốc Sở giao …", "Đề nghị …": a handing-on verb this near a sentence's start puts it in the meeting's voice
MEETING_VOICE_LEAD_TOKENS = 6
# a line labelled with the meeting's time is looked for in this many blocks at the top of the body
MEETING_TIME_SEARCH_BLOCKS = 12
# conclusions that go on in the meeting's own paragraph after "… kết luận:" are at least this long
CONCLUSIONS_INSIDE_MIN_CHARS = 60
# the rest of a post not read as one, between a person's posts and "chủ trì", is at most this many words
POST_REST_MAX_TOKENS = 14
# a member's place in a team after his posts ("- Phó Trưởng đoàn", "- Thành viên"), its dash included, at most
ATTENDANCE_ROLE_MAX_TOKENS = 4
# the longest clause of whose name a chair chairs in ("theo ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh")
DELEGATION_CLAUSE_MAX_TOKENS = 14
# … and, when it runs on from the name of the board the posts cut short (no separator first), this many
POST_NAME_REST_MAX_TOKENS = 24
# a list of absent bodies ("Vắng: A;⏎B;⏎C.") goes on over at most this many lines, each at most this long
ABSENT_LIST_MAX_LINES = 8
ABSENT_LIST_LINE_MAX_CHARS = 160
# a bracket of at most this many words opening with a capital is a name's short form ("(Đề án 06)", "(BCĐ 389)")
SHORT_NAME_MAX_TOKENS = 5
# the rest of a post before "chủ trì", its long names and their brackets included, is never longer than this
POST_REST_SPAN_MAX_TOKENS = 60
# the words of a place's name opening an item of a list of places and their heads: "Mỹ Tho (ông A)", "Long Châu"
PLACE_ITEM_MAX_WORDS = 4
_LEADER_WORDS = ("lãnh đạo", "đại diện", "đại diện lãnh đạo", "tập thể lãnh đạo", "các đồng chí lãnh đạo")
_LEADERS = PhraseTable((w, w) for w in _LEADER_WORDS)
_GROUP_HEAD = PhraseTable((c, c) for c in GROUP_HEAD_WORDS + GROUP_HEAD_WORDS_BEFORE_PLURAL)
_HEAD_BEFORE_PLURAL = frozenset(GROUP_HEAD_WORDS_BEFORE_PLURAL)
_HEADS_ACCOUNTABLE = PhraseTable((c, c) for c in HEADS_ACCOUNTABLE_PHRASES)
_ADDRESS_HONORIFIC = PhraseTable(
    (w, w) for w in CONCLUSION_OF_HONORIFICS
)  # "Đề nghị đồng chí Giám đốc Sở X:"
_SIDE = PhraseTable((c, c) for c in DELEGATION_SIDE_CUES)
_RECORD_SIDE = frozenset(fold(w) for w in RECORD_SIDE_WORDS)
_PART_CONCLUSION_HEADINGS = CONCLUSION_HEADINGS + AGREED_PART_HEADINGS
T = TypeVar("T")
_SIGNER_LABEL = re.compile(
    r"^(?:[(\[]?\s*(?:" + "|".join(re.escape(w) for w in SIGNER_LABELS) + r")\s*[:)\]]?\s*)?(.*)$",
    re.IGNORECASE,
)
_STORY_ENDS = tuple(match_key(e) for e in NEWS_STORY_ENDS)
_TIME_LABELS = tuple(match_key(w) for w in MEETING_TIME_LABELS)
_SPEECH_PARTS = tuple(match_key(w) for w in LEADER_SPEECH_PARTS)
_TASK_COLUMNS = {k: tuple(match_key(w) for w in ws) for k, ws in TASK_TABLE_COLUMNS.items()}
_ORDER_COLUMNS = frozenset(match_key(w) for w in ORDER_TABLE_COLUMNS)
_REVIEW_COLUMNS = tuple(match_key(w) for w in REVIEW_TABLE_COLUMNS)
_SUBJECT_COLUMNS = tuple(match_key(w) for w in TASK_TABLE_SUBJECT_COLUMNS)
_PROBLEM_COLUMNS = tuple(match_key(w) for w in TASK_TABLE_PROBLEM_COLUMNS)
_PETITION_COLUMNS = tuple(match_key(w) for w in TASK_TABLE_PETITION_COLUMNS)
_ANSWER_COLUMNS = tuple(match_key(w) for w in TASK_TABLE_ANSWER_COLUMNS)
_ANAPHOR_COUNT = PhraseTable((w, n) for w, n in ANAPHOR_COUNTS.items())
_ANAPHOR_NOUN = PhraseTable((w, w) for w in ANAPHOR_NOUNS)
_ANAPHOR_THAT = PhraseTable((w, w) for w in ANAPHOR_DEMONSTRATIVES)


@dataclass(slots=True)
class PersonMention:
    name: str
    span: Span
    honorific: str | None
    posts: list[tuple[str, str, Span, Agency | None]] = field(default_factory=list)
    tok_start: int = 0
    tok_end: int = 0  # index after the name and its posts


@dataclass(frozen=True, slots=True)
class AbsenceMark:
    """Where a sentence says someone is away: "Vắng có lý do: …", "UBND xã A vắng mặt", "(vắng mặt)"."""

    start: int  # token index of the mark
    end: int  # index after the mark, its reason ("có lý do") and its colon
    listed: bool  # the absent follow it: "Vắng: A, B", "Vắng có lý do đồng chí A" at a clause's start
    bracketed: bool  # "(vắng mặt)" right after one name


def find_absence_marks(toks: list[Tok]) -> list[AbsenceMark]:
    out: list[AbsenceMark] = []
    after = 0
    for i in _ABSENT.positions(toks):
        m = _ABSENT.match(toks, i) if i >= after else None
        if m is None:
            continue
        end = m[0]
        paren = end < len(toks) and toks[end].text == "("
        reason = _ABSENT_REASON.match(toks, end + paren)
        if reason is not None:
            end = reason[0]
            if paren and end < len(toks) and toks[end].text == ")":
                end += 1
        colon = end < len(toks) and toks[end].text == ":"
        # "…; vắng mặt đồng chí A" opens a list; "Huyện Bình Tân: Vắng" (a table's answer) does not
        opens = (i == 0 or toks[i - 1].text in (".", ";")) and end < len(toks) and toks[end].is_word
        bracketed = i > 0 and toks[i - 1].text == "("
        # "… các huyện (vắng Phòng Kinh tế huyện A và huyện B, có lý do)": the brackets list the absent
        in_brackets = bracketed and end < len(toks) and toks[end].is_word
        out.append(AbsenceMark(i, end + colon, colon or opens or in_brackets, bracketed and not in_brackets))
        after = end
    return out


def _counted_back(
    toks: list[Tok], found: list[AgencyMatch], in_bodies: set[int], am: AgencyMatch, mark: int
) -> bool:
    """``am`` and the bodies joined after it ("điểm cầu huyện A và điểm cầu huyện B") are the subject a count
    right before the absence mark at ``mark`` refers back to ("…, lãnh đạo hai huyện không tham dự")."""
    later = [o for o in found if o.start >= am.end and o.end <= mark]
    if not later:
        return False
    k = am.end
    while k < later[-1].start:
        site = _REMOTE_SITE.match(toks, k)
        if site is not None:
            k = site[0]
        elif k in in_bodies or toks[k].text in (",", "và"):
            k += 1
        else:
            return False
    return any(
        (r := _ABSENT_BACK.match(toks, j)) is not None and r[0] == mark for j in range(later[-1].end, mark)
    )


def _inside_another_word(toks: list[Tok], i: int) -> bool:
    """The handing-on verb at ``toks[i]`` is part of another word or of a past fact ("bàn giao", "được giao", "đạt
    yêu cầu"): the word before it, unless that word ends a proper name that spells the same ("Thứ trưởng Lê Xuân
    Đạt đề nghị …": two capitalised words)."""
    if i == 0 or toks[i - 1].key not in _NOT_HANDING_ON_BEFORE:
        return False
    return not (i >= 2 and toks[i - 1].is_cap and toks[i - 2].is_cap)


def _duty_word_in(toks: list[Tok]) -> bool:
    """A word of duty or a task's hand-over in ``toks`` ("cần", "phải", "giao"), not one inside another word ("bàn
    giao mặt bằng", "chuyển giao": a handover the finding speaks of)."""
    return any(
        not (_inside_another_word(toks, k) and _DELEGATE.match(toks, k) is not None)
        for k in _DEONTIC.positions(toks)
    )


def _heads_conclusions(b: Block) -> bool:
    """An emphasised line (capitals or bold) of a few words, no sentence, that names the conclusions' part ("KẾT
    LUẬN CỦA HỘI ĐỒNG", "**Kết luận**")."""
    key = match_key(b.text.strip(" *_:"))
    return (
        b.emphasised
        and not b.marker
        and 0 < len(key.split()) <= PART_HEADING_MAX_WORDS
        and not re.search(r"[.;,]\s*$", b.text.rstrip(" *_"))
        and any(key.startswith(h) for h in _PART_CONCLUSION_HEADINGS)
    )


def _past_dashes(toks: list[Tok], k: int, hi: int) -> int:
    """Past the commas and dashes at ``toks[k]`` (before ``hi``) that join a name and its posts to what is said of
    them ("đồng chí X - Phó Giám đốc Sở, chủ trì", "Bà Y, Trưởng phòng: …")."""
    while k < hi and toks[k].text in (",", "-", "–"):
        k += 1
    return k


def _past_finding_lead(toks: list[Tok]) -> int:
    """Where a finding's matter starts, past a contrastive lead and its comma ("Tuy nhiên, tiến độ còn chậm …")."""
    m = _FINDING_LEAD.match(toks, 0)
    if m is None:
        return 0
    return m[0] + (m[0] < len(toks) and toks[m[0]].text == ",")


def _only_approves(toks: list[Tok], ms: list[AgencyMatch]) -> bool:
    """The clause approves what was proposed and hands no task: "Thường trực Thành uỷ thống nhất chủ trương.",
    "Về dự án X: thống nhất chủ trương đầu tư …" (the approval opens it, or follows its subject). A council's
    decision ("Hội đồng thống nhất chọn 27 nhiệm vụ …, tập trung vào …") may describe what it chose with a task's
    word; an approval may not."""
    if _hands_on(toks):
        return False
    marks = _DECISION.positions(toks)
    if not marks and not _DEONTIC.occurs(toks):
        marks = _APPROVAL.positions(toks)
    for k in marks:
        lo = next((q + 1 for q in range(k - 1, -1, -1) if toks[q].text in (":", ";")), 0)
        if k == lo or any(m.start == lo and m.end == k for m in ms):
            return True
    return False


def _outside_brackets(toks: list[Tok]) -> tuple[list[Tok], int]:
    """The tokens outside brackets, and how many brackets are still open at the end."""
    out: list[Tok] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out, depth


def _opened_before(toks: list[Tok], lo: int, hi: int) -> int | None:
    """The index of the last "(" of ``toks[lo:hi]`` still open at ``hi``, if any."""
    opened: list[int] = []
    for k in range(lo, hi):
        t = toks[k].text
        if t == "(":
            opened.append(k)
        elif t == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


def _list_goes_on(toks: list[Tok], k: int) -> bool:
    """After the ")" at or right after ``toks[k]``, the list goes on: "(vắng mặt), Công an tỉnh"."""
    if k < len(toks) and toks[k].text == ")":
        k += 1
    return k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và") and toks[k + 1].is_word


def _bracketed_between(toks: list[Tok], lo: int, hi: int) -> frozenset[int]:
    """The tokens of ``toks[lo:hi]`` inside brackets opened there (an aside, a reason), brackets included."""
    out: list[int] = []
    depth = 0
    for k in range(lo, hi):
        t = toks[k].text
        if t == "(":
            depth += 1
        if depth:
            out.append(k)
        if t == ")" and depth:
            depth -= 1
    return frozenset(out)


def _is_request_paper(toks: list[Tok], verb: int) -> bool:
    """ "hồ sơ đề nghị", "tờ trình đề nghị": the request verb at ``verb`` names papers a body sends up."""
    return any(
        verb >= len(words) and tuple(fold(t.text) for t in toks[verb - len(words) : verb]) == words
        for words in _REQUEST_PAPERS
    )


def _deontic_in(toks: list[Tok]) -> bool:
    """A word of instruction stands in the sentence ("cần", "phải", "đề nghị" …), other than one naming papers: in
    "toàn tỉnh còn 1.126 hồ sơ đề nghị xác nhận người có công tồn đọng" the request is the files' name, and the
    sentence only states how many there are (the assessment that opens the conclusions)."""
    return any(not _is_request_paper(toks, k) for k in _DEONTIC.positions(toks))


def _past_short_form(toks: list[Tok], i: int) -> int:
    """Past a bracket at ``i`` that gives the short form of the name before it, a few words opening with a capital
    ("(NHNN Khu vực 5)", "(Sở TN&MT)"); ``i`` itself when there is none."""
    if i >= len(toks) or toks[i].text != "(" or i + 1 >= len(toks) or not toks[i + 1].is_cap:
        return i
    for j in range(i + 1, min(len(toks), i + SHORT_NAME_MAX_TOKENS + 2)):
        if toks[j].text == ")":
            return j + 1
        if toks[j].text in (",", ";", ".", ":", "("):
            return i
    return i


def _short_name_bracket(toks: list[Tok], i: int) -> int | None:
    """Past a bracket at ``i`` that holds only a short name in capitals or numbers ("(QUATEST 3)", "(BCĐ 389)"),
    else None."""
    if i >= len(toks) or toks[i].text != "(":
        return None
    j = i + 1
    while j < len(toks) and j < i + 6 and toks[j].text != ")":
        if not (toks[j].is_upper or toks[j].text.isdigit() or toks[j].text in ("-", "&", ".")):
            return None
        j += 1
    return j + 1 if j < len(toks) and toks[j].text == ")" and j > i + 1 else None


def _name_after_dash(toks: list[Tok], i: int, text: str) -> NameMatch | None:
    """The name after a dash at ``i`` when it closes the clause ("…, Phó Trưởng Ban Thường trực Ban Chỉ đạo - Võ
    Thị Mỹ Dung;"), else None. Closing the clause is what tells a name from a dash that opens a further post or
    a place: a post goes on after its first word, and a name that goes on is not the clause's last word."""
    if i + 1 >= len(toks) or toks[i].text not in _DASHES:
        return None
    nm = scan_name(toks, i + 1, need_surname=True, allow_honorific=False, text=text, after_title=True)
    if nm is None or nm.end - nm.start < 2:
        return None
    if (
        nm.end < len(toks)
        and toks[nm.end].text not in (";", ".", ",")
        and toks[nm.end].key not in ("và", "cùng")
    ):
        return None
    return nm


def _requests(toks: list[Tok]) -> bool:
    """A request verb ("đề nghị", "yêu cầu", …) anywhere in ``toks``."""
    return any(
        (m := _DELEGATE.match(toks, k)) is not None and fold(str(m[1])) in _REQUEST
        for k in _DELEGATE.positions(toks)
    )


def _hands_on(toks: list[Tok]) -> bool:
    """A handing-on verb anywhere in ``toks`` that hands a task on ("giao", "đề nghị", "yêu cầu" …), not one inside
    "chuyển giao", "bàn giao" or "được giao"."""
    return any(
        _DELEGATE.match(toks, i) is not None and not _inside_another_word(toks, i)
        for i in _DELEGATE.positions(toks)
    )


def _hands_out(toks: list[Tok]) -> bool:
    """A handing-on verb near the start ("Giám đốc Sở giao …", "Đề nghị …", "Ngoài ra, Giám đốc Sở giao …"): the
    sentence speaks in the meeting's voice."""
    lead = 0
    if toks and (am := _ADVERBIAL.match(toks, 0)) is not None:
        lead = am[0] + (1 if am[0] < len(toks) and toks[am[0]].text == "," else 0)
    return any(
        _DELEGATE.match(toks, k) is not None
        for k in range(lead, min(len(toks), lead + MEETING_VOICE_LEAD_TOKENS))
    ) or _speaker_hands_out(toks, lead)


SPEAKER_POST_MAX_TOKENS = (
    8  # the body and the name after a speaker's title: "Chủ tịch | UBND Quận 8 Đặng Quốc Hưng"
)


def _speaker_hands_out(toks: list[Tok], lead: int) -> bool:
    """The clause opens with the speaker, by post, and a handing-on verb follows his post: "Đồng chí Chủ tịch UBND
    quận cũng giao Phòng Văn hóa và Thông tin …", "Phó Chủ tịch Thường trực UBND tỉnh Trần Văn A còn yêu cầu …"
    (longer than the few words `_hands_out` looks at). Only the post's body, a name and an adverb ("cũng", "còn")
    may stand between the post and the verb, no other verb and no stop."""
    k = lead
    if (hm := HONORIFIC_TABLE.match(toks, k)) is not None:
        k = hm[0]
    tm = match_title(toks, k) if k < len(toks) else None
    if tm is None:
        return False
    for j in range(tm[0], min(len(toks), tm[0] + SPEAKER_POST_MAX_TOKENS + 1)):
        if _DELEGATE.match(toks, j) is not None:
            return j > tm[0]
        if toks[j].text in (".", ";", ":", ",", "(") or _CUES.match(toks, j) is not None:
            return False
    return False


def _parent_after_partner(toks: list[Tok], g0: int) -> bool:
    """The body at ``toks[g0]`` follows a dash inside the phrase naming a partner: "… phối hợp với Phòng Cảnh sát
    PCTP về môi trường - Công an tỉnh tổ chức kiểm tra …". It is the partner's parent written after it, so it
    supports with it and is no subject of its own (a dash opening a line or a clause is a bullet)."""
    if g0 < 2 or toks[g0 - 1].text not in _DASHES or not toks[g0 - 2].is_word:
        return False
    k = g0 - 2
    while k >= 0 and toks[k].text not in (";", ".", ":"):
        if (sm := _SUPPORT.match(toks, k)) is not None:
            return not any(_CUES.match(toks, q) is not None for q in range(sm[0], g0 - 1))
        k -= 1
    return False


GROUP_QUALIFIER_MAX_TOKENS = 10  # "… có dự án đi qua", "… ven sông Tiền, sông Hậu" before the list's colon


def _place_name_end(toks: list[Tok], j: int) -> int:
    """Past a place's name at ``toks[j]``: its capitalised words ("An Khê", "Ia Pa", "Cù Lao Giêng") or number."""
    q = j
    while (
        q < len(toks)
        and q < j + PLACE_ITEM_MAX_WORDS
        and toks[q].is_word
        and (toks[q].is_cap or (q == j and toks[q].text.isdigit()))
    ):
        q += 1
    return q


def _opens_clause_before(toks: list[Tok], i: int) -> bool:
    """Nothing but marks, or adverbs such as "tăng cường", "tiếp tục", come before token ``i``: "- Chỉ đạo …",
    "Tăng cường chỉ đạo …"."""
    k = 0
    while k < i:
        if not toks[k].is_word:
            k += 1
        elif (m := _DIRECTING_ADVERB.match(toks, k)) is not None and m[0] <= i:
            k = m[0]
        else:
            return False
    return True


def _past_emphasis_aside(toks: list[Tok], k: int) -> int:
    """Where the verb is looked for past an aside singling out some of the subject's bodies at ``toks[k]`` (", nhất
    là UBND huyện A, B, tập trung …": past the comma that closes it, before the first lower-case word); ``k`` when
    there is none."""
    if k + 1 >= len(toks) or toks[k].text != ",":
        return k
    em = _EMPHASIS_ASIDE.match(toks, k + 1)
    if em is None:
        return k
    for q in range(em[0] + 1, min(len(toks) - 1, em[0] + ASIDE_MAX_TOKENS)):
        t = toks[q].text
        if t in (";", ":", ".", "("):
            break
        if t == "," and _lower_word(toks[q + 1]):
            return q + 1
    return k


def _directs_right_after(toks: list[Tok], end: int, i: int, *, adverbs: bool = True) -> bool:
    """Does the directing verb at ``toks[i]`` follow the subject ending at ``toks[end]``: right after it, past an
    aside (`_past_subject_aside`, `_after_subject`, `_past_emphasis_aside`) and, with ``adverbs``, adverbs of
    manner ("tập trung", "tăng cường": "UBND các huyện tập trung chỉ đạo các xã …"). Not past adverbs after a
    leader's post: in "đồng chí A - Phó Giám đốc Sở trực tiếp chỉ đạo …" the leader directs, not the Sở."""
    for k in (_past_subject_aside(toks, end), _after_subject(toks, end)):
        k = _past_emphasis_aside(toks, k)
        while adverbs and (m := _DIRECTING_ADVERB.match(toks, k)) is not None and m[0] <= i:
            if k == i:
                break
            k = m[0]
        if k == i:
            return True
    return False


def _before_emphasis_aside(toks: list[Tok], before: list[AgencyMatch], i: int) -> list[AgencyMatch]:
    """The bodies before an aside singling some of them out, when the aside closes right before the directing verb
    at ``toks[i]`` ("UBND các huyện, thành phố, nhất là UBND huyện A, B, tập trung chỉ đạo …": the group acts, the
    ones singled out are among it); ``before`` itself otherwise."""
    for n, m in enumerate(before):
        if _past_emphasis_aside(toks, m.end) > m.end and _directs_right_after(toks, m.end, i):
            return before[: n + 1]
    return before


def _closing_note(toks: list[Tok]) -> int | None:
    """Where a bracketed note that closes the tokens opens ("Sở Khoa học và Công nghệ (sau hợp nhất)"), or None."""
    if not toks or toks[-1].text != ")":
        return None
    return max((k for k, t in enumerate(toks) if t.text == "("), default=0)


LABEL_MAX_CHARS = 120  # the longest label before a line's colon: two or three bodies' full names


DEPUTY_HEAD_MAX_TOKENS = 30  # how far back in its sentence a deputy's bare title looks for his head's title
# "(phụ trách phòng)", "(phụ trách)": a note on how a post is held, in lower case, not a list of names
LABEL_NOTE_MAX_TOKENS = 6


def _past_label_note(toks: list[Tok], pe: int) -> int:
    """The colon after a bracketed note on a post-first label ("P.TP Kế hoạch - Tài chính (phụ trách phòng): bà
    A"): the note says how the post is held and names no one, so the holder's name is read after the colon; else
    ``pe``. A note read as a post of its own ("(phụ trách phòng"), up to its close, is past too."""
    if pe + 1 < len(toks) and toks[pe].text == ")" and toks[pe + 1].text == ":":
        return pe + 1
    if pe >= len(toks) or toks[pe].text != "(":
        return pe
    q = pe + 1
    while q < len(toks) and q - pe <= LABEL_NOTE_MAX_TOKENS and toks[q].text != ")":
        if not toks[q].is_word or not toks[q].text.islower():
            return pe
        q += 1
    if q > pe + 1 and q + 1 < len(toks) and toks[q].text == ")" and toks[q + 1].text == ":":
        return q + 1
    return pe


def _note_closes_label(label: str) -> bool:
    """A label long only for the note in brackets that closes it: "8. Sở Giao thông vận tải, Sở Nông nghiệp và
    Phát triển nông thôn (cơ quan chuyên môn quản lý công trình xây dựng chuyên ngành):" names its bodies within
    `LABEL_MAX_CHARS`; the gloss says what they are, and the label ends at the colon all the same."""
    text = label.rstrip(" *_")
    opened = text.rfind("(")
    return text.endswith(")") and 0 < opened <= LABEL_MAX_CHARS and "(" not in text[:opened]


def _past_subject_aside(toks: list[Tok], j: int) -> int:
    """Where the verb is looked for after a subject: past an aside such as "theo chức năng, nhiệm vụ" (and a
    comma after it)."""
    m = _SUBJECT_ASIDE.match(toks, j) if j < len(toks) else None
    if m is None:
        # "… theo phương châm "bốn tại chỗ" chỉ đạo …": a motto in quotes
        qm = _QUOTED_ASIDE.match(toks, j) if j < len(toks) else None
        if qm is None or qm[0] >= len(toks) or toks[qm[0]].text not in _QUOTES:
            return j
        close = next(
            (q for q in range(qm[0] + 1, min(len(toks), qm[0] + 12)) if toks[q].text in _QUOTES), None
        )
        if close is None:
            return j
        k = close + 1
    else:
        k = m[0]
    return k + 1 if k < len(toks) and toks[k].text == "," else k


def _past_subject_role(toks: list[Tok], j: int) -> int:
    """Where the verb is looked for after a subject: past what the body is named as ("Chi cục Kiểm lâm là cơ quan
    thường trực, chủ trì …"), what singles it out before its duty (`_past_identifying_description`) and an aside
    ("theo chức năng, nhiệm vụ")."""
    if j < len(toks) and (rm := _SUBJECT_ROLE.match(toks, j)) is not None:
        j = _past_role_owner(toks, rm[0])
        j += 1 if j < len(toks) and toks[j].text == "," else 0
    else:
        j = _past_identifying_description(toks, j)
    return _past_subject_aside(toks, j)


def _past_identifying_description(toks: list[Tok], j: int) -> int:
    """Where the duty word stands after a description that singles the body out ("Chi cục Thuế khu vực A là đơn vị
    có tỷ lệ chuyển đổi thấp nhất (61%) phải báo cáo …": at "phải"), or ``j`` when no duty word closes the
    description within the clause: "Sở X là đơn vị dẫn đầu toàn tỉnh." evaluates, it does not task."""
    if j >= len(toks) or (lm := _IDENTIFIED_AS.match(toks, j)) is None:
        return j
    for q in range(lm[0], min(len(toks), lm[0] + IDENTIFIED_DESCRIPTION_MAX_TOKENS)):
        if toks[q].text in (";", ".", ":"):
            break
        if _DUTY_AFTER_DESCRIPTION.match(toks, q) is not None:
            return q
    return j


def _descriptions_before_duty(toks: list[Tok], ms: list[AgencyMatch]) -> list[tuple[int, int]]:
    """The spans of what singles a body out before its duty (`_past_identifying_description`): "không dự giao ban"
    in "Phòng X không dự giao ban phải có văn bản giải trình …" says why the body is told, not what the task is
    about, so its words give the task no topic (the briefing is no event to organise)."""
    out: list[tuple[int, int]] = []
    for m in ms:
        duty = _past_identifying_description(toks, m.end)
        if duty > m.end:
            out.append((toks[m.end].start, toks[duty - 1].end))
    return out


OWN_TASK_MIN_TOKENS = 4  # "bố trí địa điểm cai nghiện": a task of the body's own before it hands one over
LABEL_MAX_TOKENS = 16  # an item's topic before its colon: "Về cai nghiện tại gia đình, cộng đồng:"
ROLE_OWNER_MAX_TOKENS = 16  # "của Hội đồng Nghĩa vụ quân sự tỉnh", "của Ban Chỉ đạo … cấp tỉnh"


def _past_role_owner(toks: list[Tok], j: int) -> int:
    """Where a subject's role goes on after whose role it is: "Bộ Chỉ huy Quân sự tỉnh là cơ quan thường trực của
    Hội đồng, có trách nhiệm …" (the council's standing body, then its verb after the comma); ``j`` when no owner
    follows or no comma closes it within the clause. The comma is the one a task's verb follows: the owner's name
    may hold one ("của Ban Chỉ đạo phòng, chống dịch tỉnh, chủ trì …")."""
    if j >= len(toks) or toks[j].key != "của":
        return j
    for q in range(j + 1, min(len(toks), j + ROLE_OWNER_MAX_TOKENS)):
        if toks[q].text == "," and _verb_at(toks, q + 1):
            return q
        if toks[q].text in (";", ":", ".", "("):
            break
    return j


def _after_subject(toks: list[Tok], k: int) -> int:
    """Where the verb of the bodies ending at ``toks[k]`` is looked for: past an aside in brackets or between dashes
    (`_past_aside`) and what they are named as (`_past_subject_role`)."""
    return _past_subject_role(toks, _past_aside(toks, k))


def _lead_verb_at(toks: list[Tok], ms: list[AgencyMatch], own: bool = False) -> int | None:
    """Where a verb of the bodies opening ``toks`` stands (`_plain_verb_at`: listed among the cues or not), or None:
    no named body opens the clause, or no verb of theirs follows them.

    ``own``: the sentence may name its own subject under a heading of other bodies: after a lead word ("Riêng
    Phòng Kinh tế thị xã Ba Đồn … gửi báo cáo …"), or a group of bodies of one kind ("UBND các huyện căn cứ …")."""
    if not ms:
        return None
    start = ms[0].start
    if start != 0 and not (own and _led_subject(toks, start) and _SUBJECT_LEAD.match(toks, 0) is not None):
        return None
    if ms[0].collective and not (own and ms[0].kind != "collective"):
        return None
    v = _after_subject(toks, _past_aside(toks, _listed_matches(toks, ms, start)[1]))
    return v if _plain_verb_at(toks, v) else None


def _only_a_time(toks: list[Tok], due: Deadline | None) -> bool:
    """The sentence says only when to finish: a word of completion ("Hoàn thành", "Thực hiện xong") and the deadline
    ``due`` found in it, or a time with no date ("Thực hiện ngay.", "Thực hiện thường xuyên."), and nothing else."""
    k, timed = 0, due is not None
    while k < len(toks):
        t = toks[k]
        if (due is not None and due.span.start <= t.start < due.span.end) or not t.is_word:
            k += 1
            continue
        m = _TIMING_ONLY.match(toks, k)
        if m is None:
            return False
        timed = timed or str(m[1]) in TIMES_WITHOUT_DATE
        k = m[0]
    return timed


def _past_members_having(toks: list[Tok], k: int) -> int:
    """Where the verb is looked for after a group that says which of its members are meant by what they have:
    "UBND xã A và các xã, phường có khu công nghiệp phối hợp …" (a few words from "có" up to a task's verb); ``k``
    when no such words follow the group, or they hold a predicate of their own ("các doanh nghiệp có trạm quan
    trắc chưa được kiểm định phải …": a report's words, `ITEM_REPORT_WORDS`, say what the members lack)."""
    if _GROUP_HAVING.match(toks, k) is None:
        return k
    for q in range(k + 2, min(len(toks), k + GROUP_HAVING_MAX_TOKENS + 2)):
        if not toks[q].is_word or _ITEM_REPORT.match(toks, q) is not None:
            break
        if _CUES.match(toks, q) is not None or _DEONTIC.match(toks, q) is not None:
            return q
    return k


def _past_passive_agent(toks: list[Tok], g0: int) -> bool:
    """The bodies from token ``g0`` are the agent of a passive of what was done: "Công tác PCCCR năm 2019 đã được
    các cấp, các ngành triển khai sớm" (a list of lower-case words and commas back to "đã được")."""
    k = g0 - 1
    while k >= 1 and k >= g0 - 8:
        t = toks[k]
        if t.key in _PASSIVE_AGENT_WORDS:
            return toks[k - 1].key == "đã"
        if t.text != "," and (not t.text[:1].isalpha() or t.is_cap or t.is_upper):
            return False
        k -= 1
    return False


def _verb_before_comma(toks: list[Tok], j: int) -> bool:
    """A verb the cues do not list, then a comma and one they do, right after a subject: "Sở Tài chính cân đối,
    tham mưu UBND tỉnh …" (one or two lower-case words); not one saying what the body said or thinks ("Sở Nội vụ
    đánh giá, đề xuất của Trường là phù hợp", "Sở Tài chính cho biết, …")."""
    if _SPEAKING_OR_VIEW.match(toks, j) is not None:
        return False
    for n in (1, 2):
        c = j + n
        if c + 1 >= len(toks):
            return False
        if not all(t.text[:1].isalpha() and t.text[:1].islower() for t in toks[j:c]):
            return False
        if toks[c].text == "," and _CUES.match(toks, c + 1) is not None and not _CUES.occurs(toks, j, c):
            return True
    return False


def _verb_at(toks: list[Tok], j: int) -> bool:
    """A task's verb (or a directing verb, or a deontic word) at ``toks[j]``, after a body a directing verb points
    at: "chỉ đạo Sở X chủ trì …" (Sở X acts), not "hướng dẫn Quỹ thủ tục …" (a noun: the Quỹ is only guided)."""
    if j >= len(toks):
        return False
    return (
        _CUES.match(toks, j) is not None
        or _DEONTIC.match(toks, j) is not None
        or _DIRECTING.match(toks, j) is not None
        # "có" with a noun of a task: "Đề nghị Giám đốc Sở Y tế có giải pháp căn cơ giảm tải …"
        or _TASK_HAVE.match(toks, j) is not None
        or _verb_before_comma(toks, j)
    )


# what may stand right before a word that opens a clause
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "-", "–", "+", "*", "."})


def _led_subject(toks: list[Tok], i: int) -> bool:
    """Token ``i`` follows a clause's lead word ("Riêng", "Trong đó,", "định kỳ hằng tháng") that opens the
    clause."""
    for k in range(max(0, i - 5), i):
        m = _SUBJECT_LEAD.match(toks, k)
        if m is not None and (m[0] == i or (m[0] + 1 == i and toks[m[0]].text == ",")):
            return k == 0 or toks[k - 1].text in _CLAUSE_OPENERS
    # "…; Cơ quan UBMTTQ huyện tổng hợp …": the body's office, capitalised, opening the clause
    for k in range(max(0, i - 3), i):
        m = _APPARATUS.match(toks, k)
        if m is not None and m[0] == i and toks[k].is_cap:
            return k == 0 or toks[k - 1].text in _CLAUSE_OPENERS
    # "Chủ nhiệm đề tài và Viện X tiếp thu …": a project's leader, by role, and the host body opening it together
    for k in range(max(0, i - 6), i - 1):
        m = _PROJECT_LEADER.match(toks, k)
        if m is not None and m[0] + 1 == i and toks[m[0]].key == "và":
            return k == 0 or toks[k - 1].text in _CLAUSE_OPENERS
    return False


ASIDE_MAX_TOKENS = 48  # the longest aside after a body's name: a programme's full name in brackets


def _acts_at(toks: list[Tok], j: int) -> bool:
    """A task's verb at ``toks[j]``, one the cues list or a plain verb they do not ("chỉnh sửa", "tạm dừng")."""
    return _CUES.match(toks, j) is not None or _plain_verb_at(toks, j)


def _plain_verb_at(toks: list[Tok], j: int) -> bool:
    """A lower-case word at ``toks[j]``, right after the bodies opening a clause, that is their verb though the cues
    do not list it ("UBND huyện A tạm dừng …", "Thanh tra tỉnh có ý kiến …"): not a word of a report
    (ITEM_REPORT_WORDS, unless TASK_HAVE_PHRASES) nor a link to another body (NOT_A_VERB_AFTER_BODY)."""
    if j >= len(toks):
        return False
    t = toks[j]
    if not t.text[:1].isalpha() or t.is_cap or t.is_upper or t.key in _NOT_A_VERB:
        return False
    return _ITEM_REPORT.match(toks, j) is None or _TASK_HAVE.match(toks, j) is not None


_ABSENT_LIST_JOINERS = frozenset({",", "và", "cùng", "với"})


def _invited_but_away(toks: list[Tok], lo: int, hi: int) -> bool:
    """Tokens ``lo:hi`` between a body and its absence mark are an aside in brackets, then "được mời nhưng"."""
    k = _past_aside(toks, lo)
    m = _INVITED_BUT.match(toks, k)
    return m is not None and m[0] == hi


def _address_in_brackets(toks: list[Tok], found: list[AgencyMatch], am: AgencyMatch, mi: int) -> bool:
    """Place ``am`` is in brackets right after a single named body and they close before the mark at ``mi``: the
    body's address ("Phòng khám A (xã B, huyện C) không cử …"), not bodies away. (The members of a group in
    brackets, "UBND các huyện (A, B) vắng mặt", are away.)"""
    if am.kind != "locality":
        return False
    k = am.start - 1
    while k >= 0 and toks[k].text != "(":
        if toks[k].text in (")", ";", ".", ":"):
            return False
        k -= 1
    if k <= 0 or not any(t.text == ")" for t in toks[am.end : mi]):
        return False
    owner = next((m for m in found if m.end == k), None)
    return owner is not None and not owner.collective


def _owner_in_brackets(toks: list[Tok], found: list[AgencyMatch], am: AgencyMatch) -> bool:
    """Body ``am`` stands alone in brackets right after a single named body: the body it belongs to, or the one
    meant ("Tổng cục Hải quan (Bộ Tài chính) được mời nhưng không cử đại diện", "Chi cục Thủy sản (Sở Nông
    nghiệp và Phát triển nông thôn) vắng mặt"), so only the body before the brackets is away."""
    if am.start < 2 or toks[am.start - 1].text != "(" or am.end >= len(toks) or toks[am.end].text != ")":
        return False
    owner = next((m for m in found if m.end == am.start - 1), None)
    return owner is not None and not owner.collective and not am.collective


def _owner_aside_then_mark(toks: list[Tok], found: list[AgencyMatch], am: AgencyMatch, mi: int) -> bool:
    """Only the body ``am`` belongs to, in brackets, and a dash or comma stand between ``am`` and the absence
    mark at ``mi``: "Đội Quản lý thị trường số 1 (Cục Quản lý thị trường Thành phố Hồ Chí Minh) - vắng" names
    the Đội away."""
    if am.end >= mi or toks[am.end].text != "(":
        return False
    inner = next((m for m in found if m.start == am.end + 1), None)
    if inner is None or not _owner_in_brackets(toks, found, inner):
        return False
    return all(t.text in (",", "-", "–", ":") for t in toks[inner.end + 1 : mi])


def _criticised_list_before(toks: list[Tok], in_bodies: set[int], start: int) -> bool:
    """The bodies joined up to token ``start`` follow a verb of criticism: "Phê bình UBND huyện A, UBND huyện B
    (không cử …)"."""
    k = start
    while k > 0 and (k - 1 in in_bodies or toks[k - 1].text in (",", "và")):
        k -= 1
    return any((cm := _CRITICISE.match(toks, c)) is not None and cm[0] == k for c in range(max(0, k - 3), k))


def _joins_another_holder(toks: list[Tok], k: int) -> bool:
    """After "và" in the rest of a post, ``toks[k]`` opens another post, body or person ("… và Giám đốc Sở Y",
    "… và UBND huyện A", "… và đại diện Sở B"), not the rest of a name ("Trưởng Ban Tổ chức Lễ khai trương Du lịch
    biển Sầm Sơn và Lễ hội Du lịch biển năm 2019": the board's two events)."""
    t = toks[k]
    if not (t.is_cap or t.is_upper):
        return False
    return (
        match_title(toks, k) is not None
        or HEADS.match(toks, k) is not None
        or HONORIFIC_TABLE.match(toks, k) is not None
        or _LEADERS.match(toks, k) is not None
        or t.is_upper
    )


def _head_sent_a_stand_in(toks: list[Tok], body: int, mark: AbsenceMark) -> bool:
    """The body at ``toks[body]`` is written as its head's post ("Đồng chí Giám đốc Sở Y tế vắng"), and the rest of
    the mark's sentence says the head sent someone in his place ("(đi công tác, ủy quyền Phó Giám đốc X dự họp)",
    "…, có Phó Giám đốc dự thay"): the head is away, his body is represented, so it is not absent."""
    if not any(end == body for _, end in _titles_ending_near(toks, body)):
        return False
    end = next((k for k in range(mark.end, len(toks)) if toks[k].text in (".", ";")), len(toks))
    stand_in = _STAND_IN.positions(toks, mark.start, end)
    return bool(stand_in) and not any(
        _NO_STAND_IN.occurs(toks, max(mark.start, k - 4), k + 2) or _written_proxy(toks, k) for k in stand_in
    )


def _sits_as_member(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does the absent person's item (tokens ``lo:hi``, past his name) call him a member after his post ("Phó Giám
    đốc Sở Y tế - Ủy viên", "…, Thành viên Hội đồng"): he sits in the council for his body."""
    return any(
        toks[k - 1].text in (",", "-", "–") and _COUNCIL_MEMBER.match(toks, k) is not None
        for k in range(lo + 1, hi)
    )


def _written_proxy(toks: list[Tok], k: int) -> bool:
    """The stand-in words at ``toks[k]`` say the member gave his vote or view in writing ("(có lý do, ủy quyền bằng
    văn bản)"): no one came in his place, unless they go on to the one he sent ("… bằng văn bản cho ông A dự họp")."""
    m = _WRITTEN_PROXY.match(toks, k)
    return m is not None and (m[0] >= len(toks) or toks[m[0]].key not in _WRITTEN_PROXY_TO)


def _sentence_start_near(toks: list[Tok], i: int, reach: int) -> int:
    """Where the words before ``toks[i]`` that belong to its clause start, looking back ``reach`` tokens at most:
    past the last full stop or ";" in that reach ("… vắng (có lý do). Phòng B: vắng", "…; Phòng B: vắng": not the
    reason before)."""
    lo = max(0, i - reach)
    for k in range(i - 1, lo - 1, -1):
        if toks[k].text in (".", ";"):
            return k + 1
    return lo


def _another_clause_between(toks: list[Tok], found: list[AgencyMatch], am: AgencyMatch, mark: int) -> bool:
    """Another body stands between ``am`` and the absence mark at token ``mark``, and words other than a list's
    joiners ("và", ",", "đại diện", "lãnh đạo") or an aside come between the two: ``am`` is in a clause of its
    own."""
    for other in found:
        if other is am or other.start < am.end or other.end > mark:
            continue
        k = am.end
        while k < other.start:
            lm = _LEADERS.match(toks, k)
            if lm is not None:
                k = lm[0]
            elif toks[k].key in _ABSENT_LIST_JOINERS:
                k += 1
            elif (past := _past_aside(toks, k)) > k:
                k = past  # "Phòng Cảnh sát giao thông (PC67), Công an Thành phố … vắng mặt"
            else:
                return True
    return False


def _reported_after_speaking(toks: list[Tok], g0: int) -> bool:
    """A speaking verb ("cho biết", "khẳng định") ends right before ``toks[g0]``: the words after it are reported
    speech."""
    return any(
        (sm := _SPEAKING.match(toks, s)) is not None and sm[0] == g0 for s in range(max(0, g0 - 3), g0)
    )


def _reported_commitment(toks: list[Tok], ms: list[AgencyMatch]) -> bool:
    """A body says what it will do, in reported speech: "Giám đốc Sở cho biết Sở sẽ phối hợp với Sở Nội vụ tham
    mưu …" — a promise made in answer to a petition binds the body as a task does."""
    return any(
        m.end < len(toks) and toks[m.end].key == "sẽ" and _reported_after_speaking(toks, m.start) for m in ms
    )


def _after_item_topic(toks: list[Tok]) -> int:
    """Where an item's topic lead ("Về thi công các hạng mục chính:") ends: the token after its colon, or 0.

    The topic is a noun phrase; a verb of the task before the colon ("Về X, đề nghị: …") is no topic's."""
    if not toks or toks[0].key not in ITEM_TOPIC_LEADS:
        return 0
    for k in range(1, min(len(toks), ITEM_TOPIC_MAX_TOKENS + 1)):
        if toks[k].text == ":":
            return k + 1
        if toks[k].text in ";." or _DELEGATE.match(toks, k) is not None:
            return 0
    return 0


def _past_aside(toks: list[Tok], j: int) -> int:
    """Where a clause goes on after an aside in brackets at ``toks[j]`` ("Công ty A và Công ty B (hai đơn vị có
    nhiều xe vi phạm) thay thế …"): past its ")" within the clause (no ";" or sentence end before it); ``j`` itself
    when there is none. An aside set off by dashes counts as one in brackets when it opens with a lower-case word
    and a lower-case word (the verb) follows its closing dash: "Công an tỉnh - cơ quan thường trực Tổ công tác Đề
    án 06 của tỉnh - hoàn thành cấp căn cước …" (a dash before a capital joins a name: "Sở Lao động - Thương
    binh …")."""
    if j >= len(toks):
        return j
    if toks[j].text == "(":
        for q in range(j + 1, min(len(toks), j + ASIDE_MAX_TOKENS)):
            t = toks[q].text
            if t == ")":
                return q + 1
            if t in (";", "(") or (t == "." and q + 1 < len(toks) and toks[q + 1].text[:1].isupper()):
                break
    elif toks[j].text in _DASHES and j + 1 < len(toks) and _lower_word(toks[j + 1]):
        for q in range(j + 2, min(len(toks) - 1, j + ASIDE_MAX_TOKENS)):
            t = toks[q].text
            if t in _DASHES:
                return q + 1 if _lower_word(toks[q + 1]) else j
            if t in (";", ":", "(") or (t == "." and toks[q + 1].text[:1].isupper()):
                break
    return j


_DASHES = frozenset({"-", "–", "—"})


def _lower_word(t: Tok) -> bool:
    return t.is_word and not t.is_cap and not t.text[0].isdigit()


def _inside_brackets(toks: list[Tok], lo: int, i: int) -> bool:
    """Whether token ``i`` is inside a bracket opened at or after token ``lo`` and not yet closed."""
    return _outside_brackets(toks[lo:i])[1] > 0


def _titles_ending_near(toks: list[Tok], i: int) -> list[tuple[int, int]]:
    """(start, end) of the titles that start in the six tokens before token ``i``: the posts a body or a
    name right at ``i`` may belong to."""
    return [(s, tm[0]) for s in range(max(0, i - 6), i) if (tm := match_title(toks, s)) is not None]


def _group_head_at(toks: list[Tok], k: int) -> tuple[int, object] | None:
    """The words for the head of each body of a group at token ``k`` ("thủ trưởng", "người đứng đầu"; "trưởng" only
    right before "các"/"những": "Trưởng các thôn"), as `PhraseTable.match` gives them; None otherwise."""
    hm = _GROUP_HEAD.match(toks, k)
    if hm is None or (
        str(hm[1]) in _HEAD_BEFORE_PLURAL and not (hm[0] < len(toks) and toks[hm[0]].key in _PLURAL_SUBJECT)
    ):
        return None
    return hm


def _heads_ending_at(toks: list[Tok], i: int, *, group: bool = True) -> list[int]:
    """Where the posts or head words ending right at token ``i`` start: the heads of the body (or the group of bodies)
    named at ``i``, through whom a conclusion addresses it ("Chủ tịch | UBND các huyện", "Thủ trưởng | các sở,
    ban, ngành"). ``group``: the body at ``i`` is a group, which the words for the head of each of its bodies
    ("thủ trưởng", "người đứng đầu") may name; a post alone names the head of one body."""
    out = [s for s, end in _titles_ending_near(toks, i) if end == i]
    if not group:
        return out
    out.extend(
        k for k in range(max(0, i - 3), i) if (hm := _group_head_at(toks, k)) is not None and hm[0] == i
    )
    return out


def _heads_listed_before(toks: list[Tok], s: int) -> bool:
    """Another head's title opens the clause and is listed before the head at token ``s``, its unit written by its
    kind word alone: "Bí thư chi bộ, Trưởng các thôn vận động …" (the villages' heads, with their Party cells')."""
    if s < 3 or toks[s - 1].text != "," and toks[s - 1].key != "và":
        return False
    for p in range(s - 2, -1, -1):
        if toks[p].text in (";", ":"):
            break
        if p > 0 and toks[p - 1].text not in (";", ":"):
            continue
        tm = match_title(toks, p)
        return (
            tm is not None
            and tm[0] <= s - 1
            and s - 1 - tm[0] <= 2
            and all(t.is_word and not t.is_cap for t in toks[tm[0] : s - 1])
        )
    return False


def _before_another_post(toks: list[Tok]) -> int:
    """Where a signature line's second post starts after a dash ("UBND TỈNH - THÀNH VIÊN BAN CHỈ ĐẠO": at the dash),
    else the line's end."""
    for k, t in enumerate(toks):
        if (
            t.text in ("-", "–")
            and k + 1 < len(toks)
            and (match_title(toks, k + 1) is not None or _COUNCIL_MEMBER.match(toks, k + 1) is not None)
        ):
            return k
    return len(toks)


def _joined_by_head(toks: list[Tok], end: int, start: int) -> bool:
    """Between a body ending at token ``end`` and the next starting at ``start``, only "," or "và" and maybe the next
    body's head: "UBND thị trấn A, UBND thị trấn B", "Sở Y tế và Chủ tịch UBND các huyện" (two bodies listed)."""
    if not toks[end:start] or not all(t.text == "," or t.key == "và" for t in toks[end : end + 1]):
        return False
    return all(t.text == "," or t.key == "và" for t in toks[end:start]) or end + 1 in _heads_ending_at(
        toks, start
    )


def _after_title(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` starts the body of a named person's post: "ông A, Giám đốc | Sở Nội vụ" (a title
    right before it, after a comma or dash). "đồng chí Bí thư | Đảng ủy xã Hòa Tâm" names the post-holder by
    the post alone: the body stands for its absent representative."""
    return any(
        # "Phó Chủ tịch Thường trực | HĐND tỉnh", "Phó | Chủ tịch | Thường trực HĐND": any title ending here
        (end == i or _ends_in_body_head(toks, end, i))
        and s > 0
        and toks[s - 1].text in (",", "-", "–")
        and not _post_listed_before(toks, s - 1)
        for s, end in _titles_ending_near(toks, i)
    )


def _noted_as_support(toks: list[Tok], k: int) -> bool:
    """The body ending at token ``k`` of a table's cell is marked by the first note of a role after it (in its
    part, up to ";") as taking part only: "Công an thành phố, UBND phường Tân Phong (phối hợp)", "…; Công an thành
    phố phối hợp" — not "Phòng A (chủ trì), Công an B (phối hợp)" for Phòng A. Other asides are passed over."""
    while k < len(toks) and toks[k].text != ";":
        if toks[k].text == "(":
            close = next((x for x in range(k + 1, len(toks)) if toks[x].text == ")"), len(toks))
            note = " ".join(fold(t.text) for t in toks[k + 1 : close])
            if note in _CELL_SUPPORT_NOTES or note in _CELL_LEAD_NOTES:
                return note in _CELL_SUPPORT_NOTES
            k = close + 1
            continue
        nm = _CELL_NOTE.match(toks, k)
        if nm is not None and (nm[0] >= len(toks) or toks[nm[0]].text in (";", ",", ".", ")")):
            # a note without brackets ends its part ("phối hợp với X" names a partner instead)
            return fold(str(nm[1])) in _CELL_SUPPORT_NOTES
        k += 1
    return False


def _post_holder_speaks(toks: list[Tok], i: int) -> bool:
    """Token ``i`` starts the body of a post that opens the clause and stands for the person holding it: "Phó
    Chủ tịch | UBND tỉnh đề nghị …", "Phát biểu chỉ đạo, Bí thư | Quận ủy đề nghị …", "đồng chí Giám đốc | Sở
    yêu cầu …"."""
    return any(
        (end == i or _ends_in_body_head(toks, end, i))
        and (
            s == 0
            or toks[s - 1].text in _CLAUSE_OPENERS
            or any(
                (hm := HONORIFIC_TABLE.match(toks, k)) is not None and hm[0] == s
                for k in range(max(0, s - 3), s)
            )
        )
        for s, end in _titles_ending_near(toks, i)
    )


def _post_named_by_honorific(toks: list[Tok], i: int) -> bool:
    """Token ``i`` starts the body of a post named alone after an honorific: "đồng chí Trưởng Ban | Pháp chế HĐND
    tỉnh", "đồng chí Bí thư | Đảng ủy xã Hòa Tâm"."""
    return any(
        (end == i or _ends_in_body_head(toks, end, i))
        and any(
            (hm := HONORIFIC_TABLE.match(toks, k)) is not None and hm[0] == s for k in range(max(0, s - 3), s)
        )
        for s, end in _titles_ending_near(toks, i)
    )


def _post_listed_before(toks: list[Tok], comma: int) -> bool:
    """Whether the list item before the comma at ``comma`` is a post without a name ("Vắng: Chủ tịch UBND xã
    A, Chủ tịch UBND xã B"): then the item after it is another post-holder named by the post alone."""
    if toks[comma].text != ",":
        return False
    k = comma - 1
    while k >= 0 and toks[k].text not in (",", ":", ";", "."):
        k -= 1
    return k + 1 < comma and match_title(toks, k + 1) is not None


def _hands_over_a_product(toks: list[Tok], ms: list[AgencyMatch], i: int, j: int) -> bool:
    """ "giao (cho)" at ``toks[i]`` (its object from ``j``) hands over what the clause makes, not the task: "Ban Kế
    hoạch: chủ trì rà soát, điều chỉnh kế hoạch sản xuất quý IV …, giao cho các đơn vị trước ngày 15/9" — after a
    comma, in a clause a task's verb has opened, and the bodies after it do nothing (no verb of theirs follows, as
    in "…, giao Phòng X thực hiện")."""
    if i == 0 or toks[i - 1].text != "," or fold(toks[i].text) != "giao" or not _CUES.occurs(toks, 0, i):
        return False
    listed, end = _listed_matches(toks, ms, j)
    return bool(listed) and not _verb_at(toks, _after_subject(toks, end))


def _apposition_to_the_end(toks: list[Tok], k: int) -> bool:
    """From ``toks[k]`` to the end of a heading, only what its body is named as: ", cơ quan thường trực của Chương
    trình" (a short noun phrase, no second clause)."""
    j = k + 1 if k < len(toks) and toks[k].text == "," else k
    am = _HEADING_APPOSITION.match(toks, j) if j < len(toks) else None
    return (
        am is not None
        and len(toks) - k <= HEADING_APPOSITION_MAX_TOKENS
        and not any(t.text in (",", ";", ".", "(") for t in toks[am[0] :])
    )


def _listed_items(toks: list[Tok], start: int) -> list[tuple[int, int]]:
    """The items of a list that runs from token ``start`` ("Vắng: A (…); B (…)."): (start, end) of each, split at
    ";" and ended by "." — neither inside brackets."""
    items: list[tuple[int, int]] = []
    inside = _bracketed_between(toks, start, len(toks))
    lo = start
    for k in range(start, len(toks) + 1):
        t = toks[k].text if k < len(toks) else "."
        if k not in inside and t in (";", "."):
            if k > lo:
                items.append((lo, k))
            if t == ".":
                break
            lo = k + 1
    return items


def _title_ends_at(toks: list[Tok], i: int) -> bool:
    """Whether a title ends right before token ``i`` ("Trưởng | phòng Quản lý ngân sách")."""
    return any(end == i for _, end in _titles_ending_near(toks, i))


def _ends_in_body_head(toks: list[Tok], title_end: int, body_start: int) -> bool:
    """A title that runs into the body's head ("Phó Chủ tịch Thường trực" + "Thường trực HĐND tỉnh")."""
    return body_start < title_end <= body_start + 3


def absent_mentions(toks: list[Tok], mentions: list[PersonMention]) -> set[int]:
    """Indexes of the mentions named as absent: a name is present unless its own clause says otherwise.

    A listed mark ("Vắng có lý do: đồng chí A, …") covers the names after it to the end of the sentence; a
    bracketed one the name just before it; any other ("đồng chí B, Phó Chủ tịch HĐND tỉnh vắng mặt") the
    names of its clause, back to the last ";", ":" or full stop.
    """
    absent: set[int] = set()
    for mark in find_absence_marks(toks):
        if mark.listed:
            stop = next((j for j in range(mark.end, len(toks)) if toks[j].text == "."), len(toks))
            absent.update(i for i, pm in enumerate(mentions) if mark.end <= pm.tok_start < stop)
        elif mark.bracketed:
            before = [i for i, pm in enumerate(mentions) if pm.tok_start < mark.start - 1]
            if before:
                absent.add(before[-1])
        else:
            clause = max((j + 1 for j in range(mark.start) if toks[j].text in (".", ";", ":")), default=0)
            absent.update(i for i, pm in enumerate(mentions) if clause <= pm.tok_start < mark.start)
    return absent


class PersonBook:
    """The persons of one notice; a one-letter slip of the same post-holder ("Quân"/"Quán") is one person."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}

    def add(self, name: str, surface: str, span: Span, honorific: str | None) -> Person:
        key = match_key(name)
        p = self.by_key.get(key)
        if p is None:
            for other in self.by_key.values():
                if _same_person_slip(other.name, name):
                    p = other
                    break
        if p is None:
            p = Person(key=key, name=name, honorific=honorific)
            self.by_key[key] = p
        elif name != p.name and _marks(name) > _marks(p.name):
            # "Nguyễn Văn Đinh" (a scan that lost a mark) then "Nguyễn Văn Định": the fuller spelling is the name
            if p.name not in p.surfaces:
                p.surfaces.append(p.name)
            p.name = name
        if surface not in p.surfaces and surface != p.name:
            p.surfaces.append(surface)
        if name != p.name and name not in p.surfaces:
            p.surfaces.append(name)
        if span not in p.spans:
            p.spans.append(span)
        return p


def _marks(name: str) -> int:
    """How many tone and vowel marks a name is written with: a scan loses marks far more often than it adds one."""
    return sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))


def _same_person_slip(a: str, b: str) -> bool:
    """Same name up to the tone or vowel mark of one syllable ("Huỳnh Văn Quân" / "Huỳnh Văn Quán")."""
    pa, pb = a.split(), b.split()
    if len(pa) != len(pb) or len(pa) < 3:
        return False
    diff = [(x, y) for x, y in zip(pa, pb, strict=True) if match_key(x) != match_key(y)]
    return len(diff) == 1 and strip_diacritics(diff[0][0]).lower() == strip_diacritics(diff[0][1]).lower()


# ----------------------------------------------------------------------------------------------
# province


def detect_province(text: str, on: str | None = None) -> tuple[str | None, str]:
    """The notice's province: named after tỉnh/thành phố, or the province of a named district. With the notice's
    date ``on`` (ISO), a province merged into another by then (`FORMER_PROVINCES`: Hà Tây after 1 August 2008) is
    a former name the text recalls ("tỉnh Hà Tây (cũ)"): its votes go to the province it joined."""
    gz = load_gazetteer()
    votes: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for m in re.finditer(
        # "ỦY BAN NHÂN DÂN TỈNH X": "ủy" before "ban" is no Party committee, and must not swallow "TỈNH X"
        r"\b(tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\.?|Tp\.?|(?:ủy|Ủy|ỦY|uỷ|Uỷ|UỶ)(?!\s+(?:ban|Ban|BAN)\b))\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*(?:\s?[-–]\s?|\s)?){1,4})",
        text,
    ):
        words = m.group(2).split()  # "Bà Rịa - Vũng Tàu": the dash is a word of its own
        for k in range(min(5, len(words)), 0, -1):
            cand = " ".join(words[:k])
            p = gz.province(cand)
            if p:
                votes[p.name] += 3 if m.group(1).lower().startswith(("tỉnh", "thành")) else 2
                kinds[p.name] = p.kind
                break
    for m in re.finditer(
        r"\b(huyện|Huyện|HUYỆN|quận|Quận|QUẬN|thị xã|Thị xã|THỊ XÃ)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*\s?){1,3})",
        text,
    ):
        words = m.group(2).split()
        for k in range(min(3, len(words)), 0, -1):
            ds = gz.districts_named(" ".join(words[:k]))
            if len({d.province for d in ds}) == 1:
                votes[ds[0].province] += 1
                break
    if not votes:
        # a place-date line "Đồng Tháp, ngày ...", alone or in the right column beside "Số: …"
        for m in re.finditer(r"(?:^|\S[ \t]{2,}|\|[ \t]*)([^\d,\n|]{2,30}),\s*ngày\b", text, re.MULTILINE):
            p = gz.province(m.group(1).strip())
            if p:
                return p.name, p.kind
            ds = gz.districts_named(m.group(1).strip())  # "Phù Cát, ngày …": a district's notice
            if len({d.province for d in ds}) == 1 and (p := gz.province(ds[0].province)):
                return p.name, p.kind
        # a province named without its keyword, most often ("Sở KH&CN Hà Nội", "Công an Đà Nẵng")
        for m in re.finditer(
            r"(?<![\wÀ-ỹ])((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*(?:\s+|\s?-\s?)){1,3}[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*)", text
        ):
            words = m.group(1).split()
            # the first place in the run, its longest spelling ("Sở KH&CN Bà Rịa - Vũng Tàu")
            spans = ((a, b) for a in range(len(words) - 1) for b in range(len(words), a + 1, -1))
            p = next((p for a, b in spans if (p := gz.province(" ".join(words[a:b])))), None)
            if p:
                votes[p.name] += 1
                kinds[p.name] = p.kind
        if not votes:
            return None, "tỉnh"
    if on:
        for former, (_level, joined, until, _units) in FORMER_PROVINCES.items():
            if votes.get(former) and on[:10] >= until:
                votes[joined] += votes.pop(former)
                if (pj := gz.province(joined)) is not None:
                    kinds[joined] = pj.kind
    for current, (former, _kind, _since) in FORMER_PROVINCE_NAMES.items():
        if votes.get(former) and votes.get(current):
            # "tỉnh Thừa Thiên Huế" and "thành phố Huế" in one text: written before the rename, when the city
            # was the province's own (district-level) city
            votes[former] += votes.pop(current)
    name = votes.most_common(1)[0][0]
    p = gz.province(name)
    return name, (p.kind if p else kinds.get(name, "tỉnh"))


# ----------------------------------------------------------------------------------------------
# the notice


class NoticeParser:
    def __init__(self, text: str, source_file: str):
        self.text = text
        self.layout: Layout = parse_layout(text)
        self.notice = Notice(
            source_file=source_file,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
            layout=self.layout.kind,
        )
        pd = self.layout.place_date
        # the place-and-date line, read once (`run` sets the notice's place and date from it)
        self._place_date = vdates.parse_place_and_date(pd.clean, pd.clean_start) if pd is not None else None
        province, kind = detect_province(text, self._layout_date())
        self.notice.province = province
        self.notice.meeting.province = province
        self.agencies = AgencyBook(province, kind)
        self._text_agencies = find_agencies(text, tokenize(text), province)
        self.agencies.note_districts(self._text_agencies)
        self.persons = PersonBook()
        self.home: Agency | None = None
        self.default_place = Place(province, kind)
        self.title_chairs: list[tuple[str, str | None]] = []
        self.concluders: list[str] = []  # persons who gave the conclusions: the chair when none is written
        # the blocks (by id) of minutes' proceedings, read as a review for tasks and as the attendees for people
        self._proceedings: set[int] = set()
        self.addressee: list[str] = []
        self.year: int | None = None
        self.home_district: tuple[str, str] | None = None  # (name, type) when a district body issued it
        self._issuer: Agency | None = None
        # the group of bodies the heading over the block being read names ("UBND các xã, phường:"), if any
        self._collective: Agency | None = None
        # the one body named the project's investor, read when a bare "chủ đầu tư" is first met (False: not yet)
        self._investor_read: Agency | None | bool = False
        # the one body the notice names for each part ("nhà thầu thi công", "cơ quan thường trực"), read once
        self._role_holders: dict[str, Agency | None] | None = None
        # the person the notice names as a project's leader ("Chủ nhiệm đề tài: TS. X"), by the role's words
        self._project_leaders: dict[str, Person | None] = {}
        # the days deadlines may be counted from, kept with the (issue date, meeting date) they were read from
        self._counted_cache: tuple[tuple[str | None, str | None, int | None], dict[str, _dt.date]] | None = (
            None
        )

    # -- helpers ------------------------------------------------------------------------------
    def _layout_date(self) -> str | None:
        """The notice's date as its place-and-date line writes it (ISO), if any."""
        dm = self._place_date[1] if self._place_date is not None else None
        return dm.iso_date if dm is not None and dm.iso_date else None

    def place(self, **kw) -> Place:
        base = Place(
            self.agencies.province,
            self.agencies.province_kind,
            home=self.home,
            collective=self._collective,
        )
        if self._issuer is not None and (
            self._issuer.kind == "so" or self._issuer.kind in ISSUERS_OWNING_BARE_UNITS
        ):
            # "Phòng Quản lý khoa học" in a Sở's own notice is its Phòng; "Phòng Quản lý thu" in a BHXH's
            base.units_of = self._issuer
        if self.home_district is not None:
            # a district body's notice: "UBND huyện", "Phòng Tài chính - Kế hoạch" are that district's
            base.district, base.district_type = self.home_district
        for k, v in kw.items():
            setattr(base, k, v)
        return base

    def resolve(self, m: AgencyMatch, place: Place | None = None) -> Agency | None:
        return self.agencies.resolve(m, place or self.place())

    def agencies_in(
        self, start: int, end: int, place: Place | None = None
    ) -> list[tuple[AgencyMatch, Agency]]:
        toks = tokenize(self.text, start, end)
        out = []
        for m in find_agencies(self.text, toks, self.agencies.province):
            a = self.resolve(m, place)
            if a is not None:
                out.append((m, a))
        return out

    def add_person(self, pm: PersonMention) -> Person:
        surface = self.text[pm.span.start : pm.span.end]
        p = self.persons.add(pm.name, surface, pm.span, pm.honorific)
        for role, role_surface, span, agency in pm.posts:
            if any(
                x.person == p.key
                and x.role == role
                # (the same title at the same place, read again by another reader, is the post already read)
                and (x.agency == (agency.key if agency else None) or agency is None or x.span == span)
                for x in self.notice.posts
            ):
                continue
            self.notice.posts.append(Post(p.key, role, role_surface, agency.key if agency else None, span))
        return p

    # -- posts --------------------------------------------------------------------------------
    def parse_posts(
        self, toks: list[Tok], i: int, place: Place, context_agency: Agency | None
    ) -> tuple[list[tuple[str, str, Span, Agency | None]], int]:
        """Titles and their bodies from toks[i]: "P. Giám đốc Sở", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh"."""
        posts: list[tuple[str, str, Span, Agency | None]] = []
        k = i
        last_agency: Agency | None = None
        last_inferred = False
        while k < len(toks):
            t = toks[k]
            if (
                t.text in ("-", "–", ",", ":", "(")
                and k + 1 < len(toks)
                and (match_title(toks, k + 1) or (posts and scan_agency(toks, k + 1, self.text)))
            ):
                k += 1
                continue
            tm = match_title(toks, k)
            if tm is not None:
                end, role = tm
                surface = self.text[t.start : toks[end - 1].end]
                agency: Agency | None = None
                if (g := _gloss_end(toks, end)) > end and scan_agency(toks, g, self.text) is not None:
                    # "Trưởng đại diện (Chief Representative) Văn phòng JICA": the title's gloss, then its body
                    agency, agency_end = self._post_agency(toks, k, g, role, place)
                if agency is None:
                    agency, agency_end = self._post_agency(toks, k, end, role, place)
                inferred = agency is None  # the body is not written with the title: guessed below, if at all
                if (
                    agency is None
                    and last_agency is not None
                    and role in TITLE_UNIT_HEAD
                    and _unit_kind(TITLE_UNIT_HEAD[role]) == last_agency.kind
                ):
                    # "P.TP Kế hoạch - Tài chính (phụ trách phòng)": the unit's charge, held in the unit just named
                    agency = last_agency
                if agency is None:
                    if role in TITLE_BRANCH_UNIT:
                        agency = self._branch_unit(role, context_agency)
                    if agency is not None:
                        pass
                    elif role in TITLE_DEFAULT_BODY:
                        agency = self._default_body(role, surface)
                    elif (
                        context_agency is not None
                        and _fits_unit(role, context_agency)
                        and context_agency.kind
                        in TITLES_WITHOUT_CONTEXT_BODY.get(role, (context_agency.kind,))
                    ):
                        agency = context_agency
                    elif role in TITLE_UNIT_HEAD:
                        # "Phó Tổng cục trưởng" alone in a Tổng cục's notice: the post is in that body
                        kind = _unit_kind(TITLE_UNIT_HEAD[role])
                        own = self._own_body(kind)
                        if own is not None and not _named_with(own, TITLE_UNIT_HEAD[role]):
                            own = None  # "Tổ trưởng" in a Đội's notice: another team
                        agency = own or self._only_body(kind, TITLE_UNIT_HEAD[role])
                    elif role in TITLE_ISSUER_KIND:
                        # "Đại tá X - Chỉ huy trưởng" in a command's notice: the post is in that command
                        agency = self._own_body(*TITLE_ISSUER_KIND[role])
                span = Span(t.start, toks[max(end, agency_end) - 1].end)
                posts.append((role, surface, span, agency))
                last_agency = agency
                last_inferred = inferred
                k = max(end, agency_end)
                continue
            if not posts and (wp := self._workplace_then_title(toks, k, place)) is not None:
                # "TS. Ngô Thị Hồng Vân, Viện Nghiên cứu khoa học Miền Trung - Phản biện 1": a council member's
                # workplace, then his place in the council
                role, surface, span, agency, k = wp
                posts.append((role, surface, span, agency))
                last_agency, last_inferred = agency, False
                continue
            am = scan_agency(toks, k, self.text) if posts else None
            if (
                am is not None
                and (last_agency is None or last_inferred)
                and not am.collective
                and toks[k - 1].text in (",", "-", "–")
                and (body := self.resolve(am, self._unit_place(toks, am.end, place))) is not None
            ):
                # "Kiểm định viên, Trung tâm Kỹ thuật TĐC Hải Dương": a post with no body of its own, then its body
                role, surface, span, _ = posts[-1]
                posts[-1] = (role, surface, Span(span.start, toks[am.end - 1].end), body)
                last_agency, last_inferred = body, False
                k = am.end
                continue
            if (
                am is not None
                and last_agency is not None
                and not am.collective
                and _bare_unit(last_agency.name)
                and (body := self.resolve(am, self._unit_place(toks, am.end, place))) is not None
            ):
                # "Giám đốc Nhà máy⇥Công ty TNHH Ajinomoto Việt Nam": a unit named by its kind alone is no body of
                # its own; the post is in the body written next to it
                role, surface, span, _ = posts[-1]
                posts[-1] = (role, surface, Span(span.start, toks[am.end - 1].end), body)
                self._forget_bare_unit(last_agency, span.start, span.end)
                last_agency = body
                k = am.end
                continue
            if am is not None and last_agency is not None:
                self._attach_parent(last_agency, am, place)  # "P.TP Tư vấn, Trung tâm UDTB KH&CN"
                k = am.end
                continue
            break
        return posts, k

    def _workplace_then_title(
        self, toks: list[Tok], k: int, place: Place
    ) -> tuple[str, str, Span, Agency | None, int] | None:
        """At ``toks[k]``, a comma after a name: ", <body>[, <its parent>] - <title>" (a council's list:
        "PGS.TS. Trần Đăng Khoa, Trường Đại học Nông Lâm, Đại học Huế - Chủ tịch Hội đồng") gives the title, its
        surface, its span, the first body (the member's workplace; a second is its parent) and where it ends."""
        if toks[k].text == ",":
            k += 1  # the comma, or the token after it (where a name's posts are read from)
        elif k == 0 or toks[k - 1].text != ",":
            return None
        bodies: list[AgencyMatch] = []
        j = k - 1
        while j + 1 < len(toks) and toks[j].text == "," and len(bodies) < 2:
            am = scan_agency(toks, j + 1, self.text)
            if am is None or am.collective:
                return None
            bodies.append(am)
            j = am.end
        if not bodies or j + 1 >= len(toks) or toks[j].text not in ("-", "–"):
            return None
        tm = match_title(toks, j + 1)
        if tm is None:
            return None
        end, role = tm
        agency = self.resolve(bodies[0], place)
        if agency is not None and len(bodies) == 2:
            self._attach_parent(agency, bodies[1], place)
        surface = self.text[toks[j + 1].start : toks[end - 1].end]
        return role, surface, Span(toks[j + 1].start, toks[end - 1].end), agency, end

    def _post_agency(
        self, toks: list[Tok], k: int, end: int, role: str, place: Place
    ) -> tuple[Agency | None, int]:
        unit = TITLE_UNIT_HEAD.get(role)
        after = scan_agency(toks, end, self.text) if unit is not None and end < len(toks) else None
        if unit is not None and end < len(toks):
            # the body written in full after its head's title: "Chi cục trưởng Chi cục TĐC"
            am = after
            if am is not None and not am.collective and _unit_kind(unit) == am.kind:
                return self.resolve(am, self._unit_place(toks, am.end, place)), am.end
        if unit is not None:
            # the title's last words are the unit's head ("Trưởng phòng" ends with "phòng")
            for s in range(k, end):
                am = scan_agency(toks, s, self.text)
                u = fold(unit).split()[-1]
                if (
                    am is not None
                    and am.end > end
                    and (fold(am.head).endswith(u) or fold(am.head).split()[0] == u)
                ):
                    return self.resolve(am, self._unit_place(toks, am.end, place)), am.end
                if am is not None and am.end >= end and am.kind in ("inspectorate", "office"):
                    return self.resolve(am, place), am.end
            # an abbreviated title ("P.TP Tư vấn"): the name follows directly
            if (
                end < len(toks)
                and (toks[end].is_cap or toks[end].is_upper)
                # "Chi cục trưởng Chi cục THADS các huyện": the unit's head written again opens a body of its own
                # (here each district's), no name of the title's unit
                and (after is None or not fold(after.surface).startswith(fold(unit)))
                and not match_title(toks, end)
                and scan_name(
                    toks, end, need_surname=True, allow_honorific=False, text=self.text, after_title=True
                )
                is None
            ):  # "Phó Tổng cục trưởng Hoàng Văn Thịnh": a person, not the unit's name
                from ketluan.ingest.agencies import _scan_name, expand_name

                ne = _scan_name(toks, end, self.text)
                if ne > end:
                    am = AgencyMatch(
                        end,
                        ne,
                        Span(toks[end].start, toks[ne - 1].end),
                        f"{unit} {self.text[toks[end].start : toks[ne - 1].end]}",
                        _unit_kind(unit),
                        unit,
                        expand_name(toks[end:ne], self.text),
                    )
                    return self.resolve(am, place), ne
            if unit in ("Văn phòng", "Thanh tra"):
                am = AgencyMatch(
                    k,
                    end,
                    Span(toks[k].start, toks[end - 1].end),
                    unit,
                    "office" if unit == "Văn phòng" else "inspectorate",
                    unit,
                    "",
                )
                return self.resolve(am, place), end
        if end < len(toks):
            am = scan_agency(toks, end, self.text)
            if am is not None:
                return self.resolve(am, place), am.end
        return None, end

    def _unit_place(self, toks: list[Tok], after: int, place: Place) -> Place:
        """A unit followed by its parent ("Phòng Quản lý ngân sách, Sở Tài chính tỉnh Sóc Trăng") sits there."""
        if after + 1 < len(toks) and toks[after].text in (",", "-", "–"):
            pm = scan_agency(toks, after + 1, self.text)
            if (
                pm is not None
                and not pm.collective
                and pm.kind not in ("phong", "locality", "standalone")
                and (pm.name or pm.locality)
                and not match_title(toks, after + 1)
            ):
                parent = self.resolve(pm, place)
                if parent is not None:
                    return place_of(parent, place)
        return place

    def _branch_unit(self, role: str, context_agency: Agency | None) -> Agency | None:
        """ "Chủ nhiệm Chính trị" written without a body: the Phòng of that branch in the military command the
        post is listed under, or the notice's own command."""
        command = context_agency if context_agency is not None and context_agency.kind == "military" else None
        command = command or self._own_body("military")
        if command is None:
            return None
        unit = TITLE_BRANCH_UNIT[role]
        return self.agencies.add(unit, "phong", unit, Span(0, 0), parent=command)

    def _default_body(self, role: str, surface: str = "") -> Agency | None:
        body = TITLE_DEFAULT_BODY[role]
        prov = self.agencies.province
        if (
            role == "Ủy viên Ban Thường vụ"
            and self.home_district is not None
            and not self._names_province_committee(surface)
        ):
            # the committee of the district's own kind: "Quận ủy Hải Châu", "Thị ủy Sơn Tây"
            word = _COMMITTEE_OF_DISTRICT_TYPE.get(self.home_district[1], "huyện ủy")
            name = f"{word[0].upper()}{word[1:]} {self.home_district[0]}"
        elif body in ("Tỉnh ủy", "Thành ủy") and prov:
            name = f"{'Thành ủy' if self.agencies.province_kind == 'thành phố' else 'Tỉnh ủy'} {prov}"
        elif body in ("Huyện ủy", "Quận ủy", "Thị ủy"):
            # "Huyện ủy viên", "Quận ủy viên" in a district's notice; elsewhere the district is not known
            if self.home_district is None:
                return None
            name = f"{body} {self.home_district[0]}"
        elif body == COMMUNE_COMMITTEE:
            return self._commune_committee()
        elif body == "Bộ":
            # "Thứ trưởng" in a ministry's own notice; in a story without an issuer, the ministry it is about
            own = self._own_body("ministry")
            return own if own is not None or self._issuer is not None else self.most_mentioned(("Bộ",))
        else:
            name = body
        return self.agencies.add(name, "party", body, Span(0, 0)) if name else None

    def _names_province_committee(self, surface: str) -> bool:
        """Whether a title as written ends with the province's Party committee ("Ủy viên Ban Thường vụ Tỉnh ủy";
        "… Thành ủy" in a centrally-run city), which a district's or a city's notice may name too."""
        key = fold(surface)
        words = PROVINCE_COMMITTEE_WORDS + (
            CENTRAL_CITY_COMMITTEE_WORDS if self.agencies.province_kind == "thành phố" else ()
        )
        return any(key.endswith(" " + fold(w)) for w in words)

    def _commune_committee(self) -> Agency | None:
        """The one commune's (ward's, township's) People's Committee the notice has named by its name so far,
        for a commune civil servant written without it ("Bà A - Công chức Văn phòng - Thống kê" in a commune's
        record); None when it has named none or several."""
        found = [
            a
            for a in self.agencies.by_key.values()
            if a.kind == "ubnd"
            and not a.collective
            and any(fold(a.name).startswith(f"ủy ban nhân dân {t} ") for t in COMMUNE_TYPES)
        ]
        return found[0] if len(found) == 1 else None

    def _own_body(self, *kinds: str) -> Agency | None:
        """The issuer, or the nearest body above it, of one of ``kinds``: the notice's own Bộ, Tổng cục, Chi cục."""
        a, seen = self._issuer, set()
        while a is not None and a.key not in seen:
            if a.kind in kinds:
                return a
            seen.add(a.key)
            a = self._owner_of(a)
        return None

    def _only_body(self, kind: str, unit: str = "") -> Agency | None:
        """The one body of ``kind`` named so far, for a post written without it: "ông A, Tổng cục trưởng Tổng
        cục TĐC; bà B, Phó Tổng cục trưởng". Only kinds of which a notice seldom names two (not Phòng)."""
        if kind not in _ONLY_BODY_KINDS:
            return None
        same = [a for a in self.agencies.by_key.values() if a.kind == kind and not a.collective]
        same = [a for a in same if _named_with(a, unit)]
        return same[0] if len(same) == 1 else None

    # -- persons ------------------------------------------------------------------------------
    def people_in(
        self,
        start: int,
        end: int,
        place: Place,
        context_agency: Agency | None = None,
        line_start_names: bool = False,
    ) -> list[PersonMention]:
        """Persons in text[start:end], each with the posts written next to the name."""
        toks = tokenize(self.text, start, end)
        out: list[PersonMention] = []
        scopes = self._mention_scopes(toks)
        k = 0
        while k < len(toks):
            key = toks[k].key
            if (
                key not in TITLE_START_KEYS
                and key not in NAME_START_KEYS
                and not (line_start_names and k == 0)
            ):
                # no title and no name starts here (`match_title`, `scan_name` would say None); a scope's
                # body is still resolved here as before (it may add the body to the notice)
                if scopes:
                    self._scope_at(scopes, k, place, context_agency)
                k += 1
                continue
            pl, cx = self._scope_at(scopes, k, place, context_agency)
            # "Giám đốc Sở X Huỳnh Minh Tuấn", "các Phó Giám đốc Sở (A, B)"
            tm = match_title(toks, k) if key in TITLE_START_KEYS else None
            if tm is not None and (
                toks[k].is_cap
                or toks[k].is_upper
                # "Các đại biểu Lương Thị Kim Oanh (…), Nguyễn Văn Hưởng (…)": delegates named after "các"
                or (tm[1] in TITLES_HELD_BY_THE_NAMES_AFTER and k > 0 and toks[k - 1].key in _PLURAL_TITLE)
                or tm[1] in STANDINGS_BEFORE_A_NAME  # "già làng, người có uy tín Thào Seo Lìn"
            ):
                posts, pe = self.parse_posts(toks, k, pl, cx)
                if posts:
                    nm = scan_name(
                        toks, pe, need_surname=True, allow_honorific=False, text=self.text, after_title=True
                    )
                    if nm is None and (close := _short_name_bracket(toks, pe)) is not None:
                        # "Giám đốc Trung tâm … 3 (QUATEST 3) Huỳnh Thanh Sơn": the body's short name in brackets
                        nm = scan_name(
                            toks,
                            close,
                            need_surname=True,
                            allow_honorific=False,
                            text=self.text,
                            after_title=True,
                        )
                    if nm is None:
                        # "Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo - Võ Thị Mỹ Dung;": the
                        # press writes the posts, a dash, then the name that closes the clause
                        nm = _name_after_dash(toks, pe, self.text)
                    if nm is not None:
                        posts = self._deputy_in_heads_body(toks, k, posts, pl)
                        pm = self._mention(toks, nm, posts)
                        more, e2 = (
                            self.parse_posts(toks, nm.end + 1, pl, cx)
                            if nm.end < len(toks) and toks[nm.end].text in _SEP
                            else ([], nm.end)
                        )
                        if (
                            more
                            and e2 < len(toks)
                            and scan_name(toks, e2, need_surname=True, allow_honorific=False, text=self.text)
                        ):
                            # "Chủ tịch UBND tỉnh A Huỳnh Tấn Lực, Phó Chủ tịch UBND tỉnh B Đinh Thị Xuân": the
                            # post after the comma opens the next person's mention
                            more, e2 = [], nm.end
                        pm.posts.extend(more)
                        pm.tok_end = max(nm.end, e2)
                        if not more and (village := self._village_in_brackets(toks, nm.end, pl)) is not None:
                            # "người có uy tín Thào Seo Lìn (thôn Na Hối)": a standing held in the village
                            pm.posts = [(r, s_, sp, a or village[0]) for r, s_, sp, a in pm.posts]
                            pm.tok_end = village[1]
                        out.append(pm)
                        plural = k > 0 and toks[k - 1].key in _PLURAL_TITLE
                        k = pm.tok_end
                        if plural and not more:
                            # "các Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhàn, Trần Minh Khôi": the names after the
                            # first share the post, as long as none has a post of its own
                            k = max(k, self._names_sharing_posts(toks, nm.end, posts, out))
                        continue
                    pe = _past_label_note(toks, self._past_group_qualifier(toks, k, pe))
                    if pe < len(toks) and toks[pe].text in ("(", ":"):
                        # "các Phó Giám đốc Sở (A, B)", "các đồng chí Phó Giám đốc Sở: A, B, C; …": the names
                        # share the post, up to the bracket's close or the end of the clause
                        ends = (")",) if toks[pe].text == "(" else (";", ".", ":")
                        j = pe + 1
                        found = False
                        while j < len(toks) and toks[j].text not in ends:
                            if toks[pe].text == ":" and (
                                held := self._place_then_holder(toks, j, k, pe, posts, pl)
                            ):
                                # "Chủ tịch UBND các phường: Mỹ Tho (ông A), Cao Lãnh (bà B)": each holds the
                                # post in his own place's body
                                nm, own_posts = held
                                out.append(self._mention(toks, nm, own_posts))
                                found = True
                                j = nm.end + 1
                                continue
                            if toks[pe].text == ":" and (past := self._place_item_end(toks, j, k, pe)) > j:
                                j = past  # "…: phường An Khê, xã Tây Sơn, …": a place whose holder is not named
                                continue
                            nm = scan_name(toks, j, need_surname=True, allow_honorific=True, text=self.text)
                            if nm is None:
                                if (
                                    toks[pe].text == ":"
                                    and toks[j].text not in (",", "và")
                                    and toks[j].key != "và"
                                ):
                                    break  # the list of names is over
                                j += 1
                                continue
                            own: list = []
                            if (
                                toks[pe].text == ":"
                                and nm.end + 1 < len(toks)
                                and toks[nm.end].text in _SEP
                                and match_title(toks, nm.end + 1)
                            ):
                                # "Thư ký: Bà Néang Sa Vy, chuyên viên Văn phòng Sở": the person's own post too
                                own, own_end = self.parse_posts(toks, nm.end + 1, pl, cx)
                            out.append(self._mention(toks, nm, list(posts) + own))
                            found = True
                            j = own_end if own else nm.end
                        if found:
                            k = j + 1 if toks[pe].text == "(" else j
                            continue
                    k = max(pe, k + 1)
                    continue
            nm = scan_name(
                toks, k, need_surname=not (line_start_names and k == 0), allow_honorific=True, text=self.text
            )
            if nm is None:
                k += 1
                continue
            posts = []
            e = nm.end
            if e < len(toks) and toks[e].text in _SEP:
                posts, e2 = self.parse_posts(toks, e + 1, pl, cx)
                if posts:
                    e = e2
            if not posts and e < len(toks) and match_title(toks, e):
                posts, e = self.parse_posts(toks, e, pl, cx)
            if posts and any(x[3] is None for x in posts):
                # "Chủ đầu tư: Công ty Cổ phần X, ông Nguyễn Hoàng Long, Tổng Giám đốc": the body opening the
                # clause, then the person, then his title with no body written: the post is in that body
                posts = self._body_before_name(toks, nm.honorific_start, posts, pl)
            if nm.honorific is None and not posts and not line_start_names:
                k = nm.end
                continue
            if nm.honorific is None and not posts and line_start_names and k != 0:
                k = nm.end
                continue
            if posts and all(_held_by_several(x[0]) for x in posts):
                # "ThS. Lý Thị Hồng Nhung và TS. Phạm Quốc Việt, Phó Hiệu trưởng": the names joined before it,
                # with no post of their own, hold it too
                self._share_back(toks, nm.honorific_start, posts, out)
            pm = self._mention(toks, nm, posts)
            pm.tok_end = e
            out.append(pm)
            k = e
        self._last_toks = toks
        return out

    def _place_then_holder(
        self,
        toks: list[Tok],
        j: int,
        title_start: int,
        title_end: int,
        posts: list[tuple[str, str, Span, Agency | None]],
        place: Place,
    ) -> tuple[NameMatch, list[tuple[str, str, Span, Agency | None]]] | None:
        """An item "Mỹ Tho (ông Châu Văn Hiếu)" at ``toks[j]`` of a list after a title over a group of places
        ("Chủ tịch UBND các phường:", read at ``toks[title_start:title_end]`` as ``posts``): the person in
        brackets and the title in the body of the item's place (UBND phường Mỹ Tho); None otherwise."""
        kind = LOCALITIES.match(toks, j)
        first = kind[0] if kind is not None else j
        q = _place_name_end(toks, first)
        if q == first or q >= len(toks) or toks[q].text != "(":
            return None
        nm = scan_name(toks, q + 1, need_surname=True, allow_honorific=True, text=self.text)
        if nm is None or nm.end >= len(toks) or toks[nm.end].text != ")":
            return None
        # the group the title is over: one kind of place ("UBND các phường"), or several when the item says its
        # own ("Chủ tịch UBND các xã, phường: phường An Khê (đồng chí A), xã Ia Pa (đồng chí B)")
        groups = [
            m
            for m in find_agencies(self.text, toks[title_start:title_end], self.agencies.province)
            if m.collective and (len(m.members) == 1 or kind is not None)
        ]
        if len(groups) != 1 or not groups[0].members:
            return None
        one = dataclasses.replace(
            groups[0],
            name="",
            collective=False,
            members=[],
            locality_type=str(kind[1]) if kind is not None else groups[0].members[0],
            locality=" ".join(t.text for t in toks[first:q]),
        )
        body = self.resolve(one, place)
        if body is None:
            return None
        return nm, [(role, surface, span, body) for role, surface, span, _ in posts]

    def _past_group_qualifier(self, toks: list[Tok], title_start: int, pe: int) -> int:
        """Where the list after a title over a group of places opens: at ``pe``, or at the colon after a qualifier
        of the group ("Chủ tịch UBND các xã, phường có dự án đi qua: …", "… ven sông Tiền, sông Hậu: …"), which
        says which places are meant and holds no one's name."""
        inside = next((q for q in range(title_start, min(pe, len(toks))) if toks[q].text == ":"), None)
        if inside is not None:
            # the title's body read on past the colon into the list's first place ("… ven sông: phường Đông Hà")
            groups = find_agencies(self.text, toks[title_start:inside], self.agencies.province)
            return inside if any(m.collective and m.members for m in groups) else pe
        if pe >= len(toks) or toks[pe].text in ("(", ":"):
            return pe
        for q in range(pe, min(len(toks), pe + GROUP_QUALIFIER_MAX_TOKENS)):
            if toks[q].text == ":":
                break
            if not (toks[q].is_word or toks[q].text == ","):
                return pe
        else:
            return pe
        groups = find_agencies(self.text, toks[title_start:pe], self.agencies.province)
        return q if any(m.collective and m.members for m in groups) else pe

    def _place_item_end(self, toks: list[Tok], j: int, title_start: int, title_end: int) -> int:
        """Past an item of places whose holder goes unnamed in a list after a title over a group of places
        ("Chủ tịch UBND các xã, phường: phường An Khê, xã Tây Sơn, xã Ia Pa (đồng chí A)"): its kind of place
        and name, and the comma after it; ``j`` when the item is anything else."""
        kind = LOCALITIES.match(toks, j)
        if kind is None or toks[j].is_cap:
            return j
        q = _place_name_end(toks, kind[0])
        if q == kind[0] or (q < len(toks) and toks[q].text not in (",", ";", ".")):
            return j
        groups = find_agencies(self.text, toks[title_start:title_end], self.agencies.province)
        if not any(m.collective and m.members for m in groups):
            return j
        return q + 1 if q < len(toks) and toks[q].text == "," else q

    def _forget_bare_unit(self, a: Agency, start: int, end: int) -> None:
        """Drop ``a``, a unit named by its kind word alone ("Nhà máy" of "Giám đốc Nhà máy"), when the text names it
        only between ``start`` and ``end``, where its post was given to the body beside it."""
        if all(start <= x.start and x.end <= end for x in a.spans):
            self.agencies.by_key.pop(a.key, None)

    @staticmethod
    def _share_back(toks: list[Tok], start: int, posts: list, out: list[PersonMention]) -> None:
        """Give ``posts`` to the mentions in ``out`` that end right before ``toks[start]``, one after another,
        joined by "và" or ",", while none has a post of its own."""
        at = start
        for pm in reversed(out):
            if (
                pm.posts
                or pm.tok_end != at - 1
                or at < 1
                or not (toks[at - 1].text == "," or toks[at - 1].key == "và")
            ):
                return
            pm.posts = list(posts)
            at = pm.tok_start

    def _body_before_name(
        self, toks: list[Tok], hs: int, posts: list[tuple[str, str, Span, Agency | None]], place: Place
    ) -> list[tuple[str, str, Span, Agency | None]]:
        """``posts`` (read after a name whose honorific starts at ``toks[hs]``), those written without a body given
        the body whose mention opens the clause or the list's item (after a comma, a colon, a semicolon, a dash, a
        bracket or at the block's start: `_CLAUSE_OPENERS`) and ends at the comma just before the name: "- Chủ đầu tư: Công ty CP X, ông A, Tổng Giám đốc"."""
        c = hs - 1
        if c < 1 or toks[c].text != ",":
            return posts
        q = c - 1
        while q >= 0 and c - q <= _BODY_BEFORE_NAME_REACH and toks[q].text not in _CLAUSE_OPENERS:
            q -= 1
        if q >= 0 and toks[q].text not in _CLAUSE_OPENERS:
            return posts
        am = scan_agency(toks, q + 1, self.text)
        if am is None or am.collective or am.end != c:
            return posts
        body = self.resolve(am, self._unit_place(toks, am.end, place))
        if body is None:
            return posts
        return [
            (role, surface, span, body)
            if agency is None and _fits_unit(role, body)
            else (role, surface, span, agency)
            for role, surface, span, agency in posts
        ]

    def _names_sharing_posts(self, toks: list[Tok], k: int, posts: list, out: list[PersonMention]) -> int:
        """The names joined by "," or "và" from ``toks[k]`` that share ``posts`` (a plural title's), each added to
        ``out``; the index after the last one taken. A bracket right after a name ("Lương Thị Kim Oanh (Tổ đại
        biểu huyện Quỳ Châu), Nguyễn Văn Hưởng (…)") is a note on that person and is stepped over."""
        k = _after_note(toks, k)
        while k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và"):
            nm = scan_name(toks, k + 1, need_surname=True, allow_honorific=False, text=self.text)
            if nm is None:
                break
            e = nm.end
            if e < len(toks) and (
                match_title(toks, e) or (toks[e].text in _SEP and match_title(toks, e + 1))
            ):
                break  # "…, Trần Minh Khôi - Giám đốc Sở": a post of its own, read as its own mention
            pm = self._mention(toks, nm, list(posts))
            pm.tok_end = e
            out.append(pm)
            k = _after_note(toks, e)
        return k

    def _mention_scopes(self, toks: list[Tok]) -> list[list]:
        """Stretches whose persons belong to a body written just before them.

        "Sở Tài chính (bà A, Giám đốc Sở)": inside the brackets "Sở" is Sở Tài chính. "Về phía huyện
        Long Hồ có ông B, Chủ tịch UBND huyện; …": up to the end of the sentence "UBND huyện" and the
        Phòng named are Long Hồ's. Each scope is [first, end, match, resolved-or-None].
        """
        if (
            not any(t.text == "(" for t in toks)
            and not _SIDE.occurs(toks)
            and not any(
                (lm := _LEADERS.match(toks, k)) is not None and HEADS.match(toks, lm[0]) is not None
                for k in _LEADERS.positions(toks)
            )
            and not (
                any(t.key in _TEAM_LED_BY for t in toks)
                and any(t.key in _TEAM_WORDS and t.is_cap for t in toks)
            )
        ):
            return []  # (a leader word counts only when a body's head follows it: "Đại diện Sở Tài chính, bà A …")
        ms = [m for m in find_agencies(self.text, toks, self.agencies.province) if not m.collective]
        by_end = {m.end: m for m in ms}
        by_start = {m.start: m for m in ms}
        scopes: list[list] = []
        m: AgencyMatch | None
        for i, t in enumerate(toks):
            if t.text == "(" and i in by_end:
                close = next((q for q in range(i + 1, len(toks)) if toks[q].text in (")", "(")), len(toks))
                scopes.append([i + 1, close, by_end[i], None])
                continue
            sm = _SIDE.match(toks, i)
            if sm is not None and sm[0] in by_start:
                m = by_start[sm[0]]
                stop = next(
                    (q for q in range(m.end, len(toks)) if toks[q].text in (".", "!", "?")), len(toks)
                )
                scopes.append([m.end, stop, m, None])
                continue
            lm = _LEADERS.match(toks, i)
            if (
                lm is not None
                and (m := by_start.get(lm[0])) is not None
                and m.end + 1 < len(toks)
                and toks[m.end].text == ","
                and scan_name(toks, m.end + 1, need_surname=True, allow_honorific=True, text=self.text)
                is not None
            ):
                # "Đại diện Sở Tài chính, bà A, Phó Giám đốc Sở; …": up to the clause's end "Sở" is Sở Tài chính
                stop = next(
                    (q for q in range(m.end, len(toks)) if toks[q].text in (";", ".", "!", "?")), len(toks)
                )
                scopes.append([m.end, stop, m, None])
                continue
            if (
                t.key in _TEAM_LED_BY
                and (m := by_end.get(i)) is not None
                and m.kind != "locality"  # "Đoàn đại biểu tỉnh Savannakhet do …": a place's delegation
                and any(
                    x.key in _TEAM_WORDS and x.is_cap
                    for x in toks[max(0, m.start - TEAM_OWNER_MAX_GAP) : m.start]
                )
            ):
                # "Đoàn công tác của Kiểm toán Nhà nước khu vực XII do ông A, Kiểm toán trưởng làm trưởng đoàn": the
                # leader's title without a body is in the body the team is of, up to the leader's mark
                stop = next(
                    (
                        q
                        for q in range(i + 1, len(toks))
                        if toks[q].text in (";", ".", "!", "?") or _LEADER.match(toks, q) is not None
                    ),
                    len(toks),
                )
                scopes.append([i + 1, stop, m, None])
        return scopes

    def _scope_at(
        self, scopes: list[list], k: int, place: Place, context: Agency | None
    ) -> tuple[Place, Agency | None]:
        for sc in scopes[::-1]:
            if sc[0] <= k < sc[1]:
                if sc[3] is None:
                    sc[3] = self._delegation(sc[2], attending=False)
                ctx, pl = sc[3]
                if ctx is not None:
                    return pl, ctx
        return place, context

    def _village_in_brackets(self, toks: list[Tok], k: int, place: Place) -> tuple[Agency, int] | None:
        """The village in brackets at ``toks[k]`` after a name ("Thào Seo Lìn (thôn Na Hối)") and the index past
        its close, when nothing else is in the brackets; else None."""
        if k + 2 >= len(toks) or toks[k].text != "(":
            return None
        am = scan_agency(toks, k + 1, self.text)
        if am is None or am.kind != "locality" or am.end >= len(toks) or toks[am.end].text != ")":
            return None
        village = self.resolve(am, place)
        return (village, am.end + 1) if village is not None else None

    def _deputy_in_heads_body(
        self, toks: list[Tok], k: int, posts: list[tuple[str, str, Span, Agency | None]], place: Place
    ) -> list[tuple[str, str, Span, Agency | None]]:
        """A deputy's bare title in the sentence that names his body's head ("Giám đốc Sở Y tế vắng (đi công tác,
        ủy quyền Phó Giám đốc A dự họp)", "Chủ tịch UBND huyện X bận, cử Phó Chủ tịch B dự"): the head stands in
        for the body, and the deputy who stands in for him is that body's deputy (not the notice's own body, which
        a bare title is otherwise given)."""
        out = list(posts)
        for n, (role, surface, span, _body) in enumerate(out):
            head = role.removeprefix("Phó ")
            if head == role or span.end - span.start > len(surface):
                continue  # no deputy's title, or its body written with it
            j = k - 1
            while j >= 0 and k - j <= DEPUTY_HEAD_MAX_TOKENS and toks[j].text not in (".", ";"):
                tm = match_title(toks, j) if toks[j].key in TITLE_START_KEYS else None
                if tm is not None and tm[1] == head and tm[0] < len(toks):
                    am = scan_agency(toks, tm[0], self.text)
                    if am is not None and not am.collective:
                        body = self.resolve(am, place)
                        if body is not None:
                            out[n] = (role, surface, span, body)
                    break
                j -= 1
        return out

    def _mention(self, toks: list[Tok], nm, posts) -> PersonMention:
        span = Span(toks[nm.start].start, toks[nm.end - 1].end)
        return PersonMention(nm.name, span, nm.honorific, list(posts), nm.honorific_start, nm.end)

    # -- the parts ----------------------------------------------------------------------------
    def run(self) -> Notice:
        lay = self.layout
        n = self.notice
        if lay.title:
            n.title = re.sub(r"[*_#\\]+", "", self.text[lay.title.start : lay.title.end])
            n.title = re.sub(r"\s+", " ", n.title).strip()
            n.title_span = lay.title
        if lay.number:
            n.document_number = lay.number.clean.strip()
            n.document_number_span = Span(
                lay.number.clean_start, lay.number.clean_start + len(lay.number.clean)
            )
        if self._place_date is not None:  # the place-and-date line, read in __init__
            place, dm, pspan = self._place_date
            n.place = place
            if dm is not None and dm.iso_date:
                n.issued_on = dm.iso_date
                n.issued_on_span = dm.span
            if dm is not None and dm.year:
                self.year = dm.year
        self.find_issuer()
        blocks = lay.body
        if not blocks:
            return n
        opening = self.opening_blocks(blocks)
        if self._issuer is None and lay.kind == "news" and self._national_story(opening):
            self._drop_province()
        self.read_opening(opening)
        zones = self.zones(blocks, opening)
        # minutes' proceedings are read for their people as the attendees are (who reports or speaks attended)
        self.read_attendees([b for b, z in zones if z == "attendees" or id(b) in self._proceedings])
        news = lay.kind == "news"
        for b, z in zones:
            if z not in ("attendees", "opening") and id(b) not in self._proceedings:
                self.read_people_block(
                    b, self.place(), self.home, prose=True, participant=news or z in ("body", "pre")
                )
                self.read_absent(b, self.place())
        self.read_absent_lists(blocks)
        self.read_directives([(b, z) for b, z in zones if z in ("conclusion", "review", "body", "heading")])
        self.read_changes(blocks)
        self.read_signature()
        self.read_recipients()
        self.finish()
        self._drop_past_deadlines()
        return n

    def _drop_past_deadlines(self) -> None:
        """A period ("quý I/2019", "tháng 3/2019", "năm 2018") that ends before the meeting (or, without one, before
        the notice's date) dates what a task is about, not when it is due: "kiểm tra các văn bản … ban hành trong
        quý I/2019" at an April meeting. A day written out ("trước ngày 15/01/2019") is kept even then: a past day
        is more often a slip of the year than no deadline."""
        for d in self.notice.directives:
            if d.due is not None and not self._kept_deadline(d.due):
                d.due = None

    def _kept_deadline(self, due: Deadline) -> bool:
        """Does `_drop_past_deadlines` keep ``due``: it ends on or after the meeting (or the notice's date), or it is
        a day written out, or the notice has no date to measure it by."""
        n = self.notice
        ref = (n.meeting.held_on if n.meeting is not None and n.meeting.held_on else None) or n.issued_on
        return (
            not ref
            or _last_day(due.value) >= ref[:10]
            or _WRITTEN_DAY.search(self.text, due.span.start, due.span.end) is not None
        )

    def read_changes(self, blocks: list) -> None:
        """Mergers, renames, splits … the body states (`ketluan.ingest.changes`), named like the notice's
        other bodies. Only the body is read: a title "về việc sáp nhập …" names a subject, not a change."""
        start, end = blocks[0].span.start, blocks[-1].span.end
        body = self.text[start:end].lower()
        if not any(verb in body for verb in CHANGE_VERBS):
            return
        masked = _blank(self.text[:start]) + self.text[start:end] + _blank(self.text[end:])
        # the masked text's tokens are the body's: blanks make none, and a token at either edge of the body
        # ends the same way at a blank as at the end of the stretch (`tokens._Whole`)
        toks = tokenize(self.text, start, end)
        self.notice.changes = find_change_events(masked, book=self.agencies, place=self.place(), toks=toks)

    # issuer and home agency
    def find_issuer(self) -> None:
        lay = self.layout
        issuer: Agency | None = None
        header = self._header_agencies()
        # a body named again further down the header: its first line was a banner above the header (a portal's
        # "SỞ Y TẾ X - Cổng thông tin điện tử" over "UBND TỈNH X / SỞ Y TẾ"), read where it stands in the header
        last_line = {a.key: i for i, (_, a) in enumerate(header)}
        header = [(m, a) for i, (m, a) in enumerate(header) if last_line[a.key] == i]
        for i, (m, a) in enumerate(header):
            if issuer is not None and match_key(m.surface).strip(" .") in STANDING_BOARD_LINES:
                continue  # "LIÊN ĐOÀN LAO ĐỘNG TỈNH X / BAN THƯỜNG VỤ": the standing board of the body above
            if not m.name and not m.locality:
                # "BAN CHỈ ĐẠO PHONG TRÀO … TỈNH HÀ TĨNH" / "BAN CHỈ ĐẠO", or "BAN CHỈ ĐẠO" / "BAN CHỈ ĐẠO 389 TỈNH
                # LONG AN": the body's kind alone on a line beside its full name, which it repeats (not a unit of
                # it, nor a body above it); a label of the body named in full
                head = match_key(m.head) + " "
                full = next(
                    (
                        b
                        for b in (issuer, header[i + 1][1] if i + 1 < len(header) else None)
                        if b is not None and b.key.startswith(head)
                    ),
                    None,
                )
                if full is not None:
                    self.agencies.add(full.name, full.kind, m.surface, m.span)
                    continue
            if (
                issuer is not None
                and not m.name
                and not m.locality
                and a.kind in ("office", "inspectorate", "board", "party-board")
            ):
                # "ỦY BAN NHÂN DÂN TỈNH X / VĂN PHÒNG", "TỈNH ỦY LÀO CAI / BAN TỔ CHỨC": the unit of the body above it
                a = self.agencies.add(
                    _unit_of_owner(
                        m.head, issuer.name, board_of_committee=a.kind == "board" and issuer.kind == "ubnd"
                    ),
                    a.kind,
                    m.surface,
                    m.span,
                    parent=issuer,
                )
            elif (
                issuer is not None and a.parent is None and a.key != issuer.key and not self._above(a, issuer)
            ):
                # (not when ``a`` is already above the body before it: a portal's banner "SỞ Y TẾ X - Cổng thông
                # tin điện tử" over "UBND TỈNH X / SỞ Y TẾ" would make each the other's unit)
                a.parent = issuer.key
            issuer = a
        if issuer is None and lay.number:
            cm = re.search(r"/\s*[A-ZĐ]+-([A-ZĐ&]+)", lay.number.clean)
            if cm and cm.group(1) in DOCUMENT_CODE_ISSUERS:
                name = DOCUMENT_CODE_ISSUERS[cm.group(1)]
                loc = (
                    f" {self.agencies.province_kind} {self.agencies.province}"
                    if self.agencies.province
                    else ""
                )
                span = Span(lay.number.clean_start, lay.number.clean_start + len(lay.number.clean))
                issuer = self.agencies.add(
                    name + loc,
                    "so" if name.startswith("Sở") else "body",
                    cm.group(0),
                    span,
                    extra_labels=(name,),
                )
        if issuer is None and lay.title:
            t = self.text[lay.title.start : lay.title.end]
            of = re.search(r"(?i)\bcủa\s+", t)
            if of:
                s = lay.title.start + of.end()
                toks = tokenize(self.text, s, lay.title.end)
                k = 0
                tm = match_title(toks, 0)
                if tm:
                    k = tm[0]
                am = scan_agency(toks, k, self.text) if toks else None
                if am is not None:
                    issuer = self.resolve(am)
                    if issuer is not None:
                        _recase(issuer, am, self.text)
        if issuer is None and lay.signature:
            head_title = None
            for ln in lay.signature:
                line = re.sub(r"^(KT|K/T|TL|T/L|Q|TUQ|TM|T/M|T\.M)[./]?\s*", "", ln.clean.strip())
                if line.lower() in TITLES:
                    head_title = TITLES[line.lower()]
                    break
            if head_title in HEAD_TITLE_BODY_KINDS:
                for kind in HEAD_TITLE_BODY_KINDS[head_title]:
                    issuer = self.most_mentioned((kind,))
                    if issuer is not None:
                        break
        if issuer is None and lay.kind == "notice":
            issuer = self.most_mentioned(("Sở",))
        self.notice.issuer = issuer.key if issuer else None
        self._issuer = issuer
        if (
            issuer is not None
            and not issuer.district
            and (issuer.kind in NATIONAL_KINDS or self._under_a_ministry(issuer))
        ):
            self._drop_province()
        if issuer is not None and issuer.district and issuer.kind in DISTRICT_LEVEL_KINDS:
            self.home_district = (issuer.district, _district_type(issuer))
        elif issuer is not None and not issuer.district and (owner := self._owner_of(issuer)) is not None:
            # "UBND XÃ HÒA AN / BAN QUẢN LÝ XÂY DỰNG NTM": a unit's notice under a commune's or district's
            # committee speaks for that place ("Chủ tịch UBND xã" is Hòa An's)
            if owner.district and owner.kind in DISTRICT_LEVEL_KINDS:
                self.home_district = (owner.district, _district_type(owner))
        self.home = issuer if issuer is not None and issuer.kind == "so" else self.most_mentioned(("Sở",))
        if (
            self.home is not None
            and issuer is not None
            and issuer.parent is None
            and issuer.kind in ("office",)
            and self.home.key != issuer.key
            and fold(self.home.name) in fold(issuer.name)
        ):
            issuer.parent = self.home.key

    def _above(self, a: Agency, b: Agency) -> bool:
        """Is ``a`` one of the bodies ``b`` is a unit of, at any depth?"""
        seen: set[str] = set()
        owner = self._owner_of(b)
        while owner is not None and owner.key not in seen:
            if owner.key == a.key:
                return True
            seen.add(owner.key)
            owner = self._owner_of(owner)
        return False

    def _owner_of(self, a: Agency) -> Agency | None:
        """The body ``a`` is a unit of, when the notice has said."""
        return self.agencies.by_key.get(a.parent) if a.parent else None

    def _attach_parent(self, unit: Agency, am: AgencyMatch, place: Place) -> None:
        """``am``, the body named after ``unit`` with a comma ("P.TP Tư vấn, Trung tâm UDTB KH&CN", "Trường Đại học
        Nông Lâm, Đại học Huế"), is the body ``unit`` belongs to, unless the notice has said another."""
        parent = self.resolve(am, place)
        if parent is not None and unit.parent is None and parent.key != unit.key:
            unit.parent = parent.key

    def _under_a_ministry(self, issuer: Agency) -> bool:
        """A Cục, Viện or centre whose header line sits under a ministry's ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG
        THÔN / CỤC THÚ Y") and names no place: a national body, whose notice speaks for no province."""
        parent = self._owner_of(issuer)
        if parent is None or parent.kind not in NATIONAL_KINDS:
            return False
        return issuer.province is None or fold(issuer.province) not in fold(issuer.name)

    def _drop_province(self) -> None:
        """A ministry's or Tổng cục's notice speaks for no province, even when it names one."""
        old = self.agencies.province
        if old is None:
            return
        for a in self.agencies.by_key.values():
            if a.province == old and old not in a.name:
                a.province = None
        self.agencies.province = None
        self.agencies.named_districts = {}
        self.notice.province = None
        self.notice.meeting.province = None

    def _national_story(self, opening: list[Block]) -> bool:
        """A news story of a meeting of the whole country ("… tổ chức Hội nghị trực tuyến toàn quốc …")."""
        key = f" {match_key(opening[0].text)}" if opening else ""
        return any(f" {w}" in key for w in _NATIONAL_EVENT_KEYS)

    def _header_agencies(self) -> list[tuple[AgencyMatch, Agency]]:
        """The bodies of the header lines, top to bottom.

        A body's name may wrap onto the next line of its column: "BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN
        NÔNG THÔN", "TỔNG CỤC TIÊU CHUẨN" / "ĐO LƯỜNG CHẤT LƯỢNG", or a head alone above its locality,
        "ỦY BAN NHÂN DÂN" / "HUYỆN MỸ TÚ". Such lines name one body, not two.
        """
        prov = self.agencies.province
        groups: list[tuple[list[Tok], list[AgencyMatch], list[int]]] = []  # tokens, matches, line breaks
        wrapper_end, signature = self._email_wrapper()
        for ln in self.layout.header:
            if ln.clean_start < wrapper_end and not signature <= ln.clean_start:
                continue  # "From: …", "Kính gửi: Các đơn vị": the e-mail's own lines
            toks = tokenize(self.text, ln.clean_start, ln.clean_start + len(ln.clean))
            if not toks:
                continue
            if groups and _wraps(groups[-1][0], groups[-1][1], toks, self.text, prov):
                cand = groups[-1][0] + toks
                groups[-1] = (
                    cand,
                    find_agencies(self.text, cand, prov),
                    [*groups[-1][2], len(groups[-1][0])],
                )
                continue
            groups.append((toks, find_agencies(self.text, toks, prov), []))
        out: list[tuple[AgencyMatch, Agency]] = []
        for toks, ms, breaks in groups:
            for m in ms:
                pieces = [m.start, *[b for b in breaks if m.start < b < m.end], m.end]
                if len(pieces) > 2:
                    # quote each line's part; the name is the parts joined by a space
                    parts = [toks[x:y] for x, y in zip(pieces, pieces[1:], strict=False) if y > x]
                    m = AgencyMatch(
                        m.start,
                        m.end,
                        Span(parts[0][0].start, parts[0][-1].end),
                        " ".join(join(self.text, p) for p in parts),
                        m.kind,
                        m.head,
                        m.name,
                        m.locality_type,
                        m.locality,
                        m.collective,
                        m.members,
                    )
                # "ỦY BAN NHÂN DÂN TỈNH X / VĂN PHÒNG": a bare unit is the unit of the body above it (not the unit
                # of an e-mail's signature above the notice: "Nguyễn Thu Trang - Chuyên viên Phòng Nội chính")
                above = [x for x in out if x[0].span.start >= wrapper_end or m.span.start < wrapper_end]
                a = self.resolve(m, self.place(parent=above[-1][1]) if above else None)
                if a is None:
                    continue
                if len(pieces) > 2:
                    for p in parts[1:]:
                        sp = Span(p[0].start, p[-1].end)
                        if sp not in a.spans:
                            a.spans.append(sp)
                if _is_upper(m.surface):
                    _recase(a, m, self.text)
                out.append((m, a))
        return out

    def _email_wrapper(self) -> tuple[int, int]:
        """Where the notice starts after the e-mail that forwards it ("From: …", "To: …", "Subject: …", a greeting and
        a signature, then a line of dashes "---------- Nội dung văn bản ----------"), and where the sender's
        signature starts, after the closing formula ("Trân trọng!" then "Nguyễn Thị Thu - Phòng Tiêu chuẩn Đo
        lường Chất lượng, Sở KH&CN": his unit is kept); (0, 0) when it is no e-mail or has no separator."""
        if _EMAIL_FIRST_LINE.match(self.text) is None:
            return 0, 0
        sep = _EMAIL_SEPARATOR.search(self.text)
        if sep is None:
            return 0, 0
        close = _EMAIL_CLOSING.search(self.text, 0, sep.start())
        return sep.end(), close.end() if close is not None else sep.end()

    def most_mentioned(self, kinds: tuple[str, ...]) -> Agency | None:
        counts: Counter[str] = Counter()
        first: dict[str, AgencyMatch] = {}
        for m in self._text_agencies:
            if any(fold(m.head) == fold(k) for k in kinds) and (m.name or m.locality):
                key = match_key(f"{m.head} {m.name}")
                counts[key] += 1
                # prefer the fullest form as the representative
                if key not in first or len(m.surface) > len(first[key].surface):
                    first[key] = m
        if not counts:
            return None
        key = counts.most_common(1)[0][0]
        return self.resolve(first[key], self.place())

    def opening_blocks(self, blocks: list[Block]) -> list[Block]:
        out: list[Block] = []
        # the part "I. THỜI GIAN, ĐỊA ĐIỂM" of minutes written as lists only, while no paragraph was found
        time_part: list[Block] = []
        for b in blocks:
            if is_table_row(b.text.split("\n", 1)[0]):
                break  # a table (of attendees: read as a table, not as the opening's prose)
            if b.marker and out:
                break
            if not out and b.marker == "roman" and time_part:
                # "I. THỜI GIAN, ĐỊA ĐIỂM" / "- Thời gian: …" / "- Địa điểm: …" then "II. THÀNH PHẦN THAM DỰ": the
                # time part is the opening; a paragraph further on is the meeting's (a leader's speech, the chair's
                # "… kết luận:")
                return time_part
            if not out and b.marker and (time_part or match_key(b.text).startswith(_TIME_LABELS)):
                time_part.append(b)
                continue
            if (b.marker and not out) or match_key(b.text[:20]).startswith(_ADDRESSEE_KEYS):
                continue  # a list before the opening, an addressee line ("Kính gửi: …")
            if (
                not out
                and "\n" not in b.text.strip()
                and _CITATION_LINE.match(b.text.rstrip(" ;.")) is not None
            ):
                continue  # a text the record rests on ("Căn cứ Nghị định số 37/2010/NĐ-CP ngày 07/4/2010 …;")
            if out and (
                _has_conclusion_leadin(match_key(b.text))
                # "KẾT LUẬN CỦA HỘI ĐỒNG" set off in capitals or bold after a record's fields: the conclusions' part
                or _heads_conclusions(b)
                or b.text.rstrip().endswith(":")
                or out[-1].text.rstrip().endswith(":")  # the paragraph before ended "… kết luận như sau:"
            ):
                break  # "… kết luận như sau:" opens the conclusions, not the meeting's description
            out.append(b)
            if len(out) >= 2 or len(" ".join(x.text for x in out)) > 300:
                break
        return out or blocks[:1]

    def _news_dates(self, first: Block, dms: list) -> list:
        """A news report's opening dates, read against its publication date.

        News pages print the publication date above the story ("Thứ Sáu, 28/09/2012", "(03/07/2024)") or
        in brackets at its start, and write the meeting's day without the year ("Sáng ngày 28/9, …"). The
        bracketed publication date is not the meeting's; a day and month without a year take the
        publication's year (the year before when that would put the meeting after the publication).
        """
        before = [
            d
            for d in vdates.find_dates(
                self.text[max(0, first.span.start - 300) : first.span.start], max(0, first.span.start - 300)
            )
            if d.iso_date
        ]
        published = before[-1] if before else None
        lead = re.match(r"\s*\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)", first.text)
        if lead and len(dms) > 1 and dms[0].iso_date and dms[0].span.start < first.span.start + lead.end():
            published = published or dms[0]
            dms = dms[1:]
        written = published.iso_date if published is not None else None
        if written is not None and not any(d.iso_date for d in dms):
            # "Sáng nay, Cục Thuế tỉnh … tổ chức hội nghị": the day told from the publication's
            dms = vdates.find_relative_days(first.text, written, first.span.start) or dms
        if written is None or not dms:
            return dms
        return self._dated_before(dms, written)

    def _labelled_meeting_date(self) -> vdates.DateMention | None:
        """The date on a line labelled with the meeting's time ("Thời gian: 08 giờ 00, ngày 05/7/2019."), in the
        first blocks of the body, or None."""
        body = self.layout.body[:MEETING_TIME_SEARCH_BLOCKS]
        for i, b in enumerate(body):
            text = b.text.lstrip(" *_-–•")
            colon = text.find(":")
            if colon > 0 and match_key(text[:colon]).strip() in MEETING_TIME_LABELS:
                start, end = b.span.end - len(text) + colon + 1, b.span.end
            elif (
                colon <= 0
                and b.marker == "roman"
                and i + 1 < len(body)
                and match_key(text).split(",")[0].strip() in MEETING_TIME_LABELS
            ):
                # a part headed with the label ("A. THỜI GIAN, ĐỊA ĐIỂM") and the day in the paragraph under it
                start, end = body[i + 1].span.start, body[i + 1].span.end
            else:
                continue
            for d in vdates.find_dates(self.text[start:end], start):
                if d.iso_date and not self._is_deadline(d.span):
                    return d
        return None

    def _in_period(self, span: Span) -> bool:
        """The date opens or closes a period ("từ ngày 20/8 đến ngày 12/10/2012", "từ 01/6 - 30/6/2020")."""
        before = fold(self.text[max(0, span.start - 60) : span.start])
        after = fold(self.text[span.end : span.end + 14])
        opens = re.search(r"\btừ(?: ngày)?\s*$", before) and re.match(r"\s*(?:đến|-|–)\s", after)
        closes = re.search(r"\b(?:đến|-|–)(?: ngày)?\s*$", before) and re.search(
            r"\btừ(?: ngày)?\s+\S+", before
        )
        return bool(opens or closes)

    def _dated_before(self, dms: list, written: str) -> list:
        """Days written without a year take the year of the document's date ``written`` (ISO), or the year
        before when the day would fall after it (a meeting comes before its notice or story); citations keep
        none."""
        y, m, d = (int(x) for x in written[:10].split("-"))
        return [
            dataclasses.replace(dm, year=y - 1 if (dm.month, dm.day) > (m, d) else y)
            if dm.year is None and dm.month and dm.day and not self._is_citation(dm.span)
            else dm
            for dm in dms
        ]

    def read_opening(self, opening: list[Block]) -> None:
        meeting: Meeting = self.notice.meeting
        if not opening:
            return
        first = opening[0]
        dms = vdates.find_dates(first.text, first.span.start)
        if (
            not any(d.iso_date and not self._is_citation(d.span) for d in dms)
            and self.layout.kind == "notice"
        ):
            # (dates of documents cited — "Căn cứ Quyết định số 215/QĐ-UBND ngày 20/02/2012" — are none)
            # the meeting's paragraph opens with its date ("Ngày 02/3/2020, tại …"): a line before it
            # (a title's last line read as body) does not hide it
            body = self.layout.body
            at = next((i for i, b in enumerate(body) if b is first), 0)
            for b in body[at + 1 : at + 3]:
                # or at the start of one of its lines that opens the body's first paragraph: "Căn cứ Quyết định số
                # …,⏎Hôm nay, vào lúc 14 giờ ngày …" run into one block
                starts = [b.span.start] + [
                    m.end()
                    for m in _NEWLINE.finditer(self.text, b.span.start, b.span.end)
                    if _BODY_OPENING.match(self.text, m.end()) is not None
                ]
                lead = [
                    d
                    for st in starts
                    for d in vdates.find_dates(self.text[st : min(st + 80, b.span.end)], st)
                ]
                if any(d.iso_date and not self._is_citation(d.span) for d in lead):
                    first = b
                    dms = vdates.find_dates(first.text, first.span.start)
                    break
        meeting.span = first.span
        # date and time: a line labelled with it ("Thời gian: 08 giờ 00, ngày 05/7/2019.") says it outright;
        # else the opening's dates, but for the days of a period ("từ ngày 20/8 đến ngày 12/10/2012, Đoàn đã
        # kiểm tra …": the work before the meeting)
        labelled = self._labelled_meeting_date()
        if labelled is not None:
            first_dms = dms
            dms = [labelled]
        else:
            first_dms = dms
            dms = [d for d in dms if not self._in_period(d.span) and not self._is_citation(d.span)] or dms
        if (
            labelled is None
            and self.layout.kind == "notice"
            and (dated := [d for d in first_dms if d.iso_date and not self._is_citation(d.span)])
            and all(self._in_period(d.span) for d in dated)
        ):
            # only a period in the opening: the meeting's own day follows ("Chiều ngày 18/10/2012, Đoàn … họp")
            body = self.layout.body
            at = next((i for i, b in enumerate(body) if b is first), 0)
            for b in body[at + 1 : at + 3]:
                later = [
                    d
                    for d in vdates.find_dates(b.text, b.span.start)
                    if d.iso_date and not self._in_period(d.span) and not self._is_citation(d.span)
                ]
                if later:
                    dms = later
                    break
        if self.layout.kind == "news":
            dms = self._news_dates(first, dms)
        elif self.notice.issued_on:
            # "Sáng 14-3, …" in a notice dated 18/3/2024
            dms = self._dated_before(dms, self.notice.issued_on)
        if self.layout.kind == "news" and not [d for d in dms if d.iso_date]:
            for b in self.layout.body[:3]:
                dms = self._news_dates(b, vdates.find_dates(b.text, b.span.start))
                if any(d.iso_date for d in dms):
                    break
        for d in dms:
            if d.iso_date and not self._is_citation(d.span) and not self._is_deadline(d.span):
                meeting.held_on = d.iso_datetime or d.iso_date
                meeting.held_on_span = d.span
                self.year = d.year
                break
        if self.year is None:
            for d in vdates.find_dates(self.text[: first.span.end + 2000]):
                if d.year:
                    self.year = d.year
                    break
        # place
        m = re.search(
            r"\btại\s+((?:[A-ZĐ]|[Hh]ội trường|[Pp]hòng họp|[Tt]rụ sở|[Nn]hà)[^,;.\n]{2,120}?)(?=,|;|\.\s|\.$|\s+(?:đã|vừa|đồng chí|diễn ra|tổ chức|long trọng)\b)",
            first.text,
        )
        if m:
            meeting.location = m.group(1).strip()
            s = first.span.start + m.start(1)
            meeting.location_span = Span(s, s + len(meeting.location))
        place = self.place()
        # organisers: the bodies before "tổ chức" in the first sentence
        sent_end = first.text.find(". ")
        head = first.text if sent_end < 0 else first.text[:sent_end]
        org_m = re.search(r"\b(tổ chức|đã tổ chức|vừa tổ chức|phối hợp tổ chức)\b", head)
        found = self.agencies_in(first.span.start, first.span.start + len(head), place)
        loc_span = meeting.location_span
        for am, a in found:
            if loc_span and loc_span.start <= am.span.start < loc_span.end:
                continue
            if _CITED_ISSUER.search(self.text, max(0, am.span.start - 90), am.span.start):
                continue  # "… theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị": who issued a cited text
            if org_m and am.span.start < first.span.start + org_m.start():
                if a.key not in meeting.organizers and a.kind != "leadership":
                    meeting.organizers.append(a.key)
            if a.key not in meeting.participating_agencies and a.kind != "leadership":
                meeting.participating_agencies.append(a.key)
        wm = re.search(r"\blàm việc với\s+", first.text)
        if wm:
            toks = tokenize(self.text, first.span.start + wm.end(), first.span.end)
            host = scan_agency(toks, 0, self.text) if toks else None
            if host is not None:
                guest = self.resolve(host, place)
                if guest is not None:
                    self.addressee = [guest.key]
                    if guest.key not in meeting.participating_agencies:
                        meeting.participating_agencies.append(guest.key)
        # people in the opening paragraphs, chairs among them
        group: tuple[Agency | None, Place] | None = None
        for b in opening:
            heading = self._bare_delegation_heading(b)
            if heading is not None:
                # "1. Đại diện Chi cục TĐC Nam Định" over its people's "- Ông A – Chi cục trưởng" lines
                group = self._delegation(heading, attending=True)
                continue
            if group is not None and not b.marker:
                group = None  # the list under the heading is over
            if b.marker and self._read_inline_delegation(b, people_only=True):
                # "- Lãnh đạo Tổng công ty X: ông A, Chủ tịch HĐQT; ông B, Tổng Giám đốc;" in the opening's list
                group = None
                continue
            if group is not None:
                self.read_people_block(b, group[1], group[0], prose=False, line_item=True)
            else:
                self.read_people_block(b, place, None, prose=True)
            self.read_absent(b, place)
        for b in opening:
            self.read_attending_bodies(b, place)
        for _ag in found:
            pass

    def read_attending_bodies(self, b: Block, place: Place) -> None:
        """Bodies named in an attendance sentence of the opening: "Tham dự có …; đại diện lãnh đạo Sở Tài
        chính, Sở Kế hoạch và Đầu tư". Bodies named as absent, the venue and collectives are left out."""
        meeting = self.notice.meeting
        loc = meeting.location_span
        for s, e in _sentences(self.text, b.span.start, b.span.end):
            toks = tokenize(self.text, s, e)
            if not _ATTENDING.occurs(toks):
                continue
            if find_absence_marks(toks):
                # "Tham dự có A; vắng mặt B": only the clauses before the first mark
                first = find_absence_marks(toks)[0].start
                clause = max((j for j in range(first) if toks[j].text in (";", ".")), default=-1)
                toks = toks[: clause + 1] if clause >= 0 else []
            posts = [p.span for p in self.notice.posts]
            for am in find_agencies(self.text, toks, self.agencies.province):
                if am.collective or (loc is not None and loc.start <= am.span.start < loc.end):
                    continue
                if _title_ends_at(toks, am.start) or any(
                    sp.start <= am.span.start < sp.end or am.span.start <= sp.start < am.span.end
                    for sp in posts
                ):
                    continue  # a post's body ("Phó Trưởng phòng Quản lý ngân sách, Sở Tài chính"): read with it
                a = self.resolve(am, place)
                if (
                    a is not None
                    and a.kind != "leadership"
                    and a.key not in meeting.absent_agencies
                    and a.key not in meeting.participating_agencies
                ):
                    meeting.participating_agencies.append(a.key)

    def read_people_block(
        self,
        b: Block,
        place: Place,
        context: Agency | None,
        prose: bool,
        line_item: bool = False,
        participant: bool = True,
    ) -> list[Person]:
        mentions = self.people_in(b.span.start, b.span.end, place, context, line_start_names=line_item)
        toks = self._last_toks
        persons = []
        chair_toks = [i for i in _CHAIR.positions(toks) if _is_meeting_chair_mark(toks, i)]
        # "X, Chủ tịch Hội đồng điều khiển phiên họp": the council's chair presides, which is chairing
        chair_toks.extend(_PRESIDING.positions(toks))
        chair_toks.extend(_receiving_citizens(toks))
        absent = absent_mentions(toks, mentions) if participant else set()
        for idx, pm in enumerate(mentions):
            p = self.add_person(pm)
            persons.append(p)
            if idx in absent:
                continue  # named, with a post, but not at the meeting
            if participant and p.key not in self.notice.meeting.participants:
                self.notice.meeting.participants.append(p.key)
            for _, _, _, a in pm.posts:
                if (
                    a is not None
                    and a.key not in self.notice.meeting.participating_agencies
                    and not a.collective
                ):
                    self.notice.meeting.participating_agencies.append(a.key)
            if self._is_chair(toks, pm, mentions, idx, chair_toks, line_item) or (
                self._leads_team(toks, pm) and not _received_team(toks, mentions, idx)
            ):
                if p.key not in self.notice.meeting.chairs:
                    self.notice.meeting.chairs.append(p.key)
            elif (
                (participant or self._concluding_words_follow(pm))
                and self._concludes(pm, mentions, idx)
                and p.key not in self.concluders
            ):
                # "Sau khi nghe …, đồng chí Phó Chủ tịch UBND tỉnh X kết luận như sau:": the lead-in to the
                # conclusions names who gave them, though it is no list of those present
                self.concluders.append(p.key)
        # "Giám đốc Sở đã chủ trì" with the name given elsewhere
        for ci in chair_toks:
            if any(self._is_chair(toks, pm, mentions, i, [ci], line_item) for i, pm in enumerate(mentions)):
                continue
            j = ci - 1
            while j >= 0 and toks[j].key in ("đã", "sẽ", "đồng", ",", "cùng"):
                j -= 1
            # walk back to a title
            for s in range(max(0, j - 8), j + 1):
                tm = match_title(toks, s)
                if tm and (toks[s].is_cap or toks[s].is_upper):
                    posts, pe = self.parse_posts(toks, s, place, context)
                    if posts and pe >= j:
                        role, _, _, ag = posts[0]
                        self.title_chairs.append((role, ag.key if ag else None))
                        break
        if prose:
            # "đồng chí X – Bí thư Tỉnh ủy ... đã có buổi làm việc với ...", "… đã đi kiểm tra thực địa …": X
            # leads the meeting or the visit
            for pm in mentions[:1]:
                after = self.text[toks[pm.tok_end - 1].end if pm.tok_end else pm.span.end : b.span.end][:140]
                if _leads_the_meeting().match(after) and not self.notice.meeting.chairs:
                    lead = self.persons.by_key.get(match_key(pm.name))
                    if lead and lead.key not in self.notice.meeting.chairs:
                        self.notice.meeting.chairs.append(lead.key)
        return persons

    def _is_chair(self, toks, pm: PersonMention, mentions, idx, chair_toks, line_item) -> bool:
        if not chair_toks:
            return False
        if line_item:
            # "- Cục X: ông A, Phó Cục trưởng (chủ trì); bà B, Trưởng phòng …": a mark after the first person
            # belongs to the person of its own part of the list only
            return all(ci < mentions[0].tok_start for ci in chair_toks) or self._marked_in_own_part(
                toks, mentions, idx, chair_toks
            )
        name_i = next((i for i, t in enumerate(toks) if t.start == pm.span.start), None)
        if name_i is None:
            return False
        for ci in chair_toks:
            # R3: "X, post, (đã) chủ trì"; "X, post, theo ủy quyền của Giám đốc Sở, chủ trì" (the clause skipped)
            after = _past_chair_delegation(toks, pm.tok_end, ci)
            gap = [t for t in toks[after:ci] if t.key not in ("đã", "đồng", ",", "-", "–", "sẽ")]
            if pm.tok_end <= ci and not gap:
                return True
            # "…, Trưởng Ban Chỉ đạo 389 huyện (BCĐ 389 huyện) chủ trì", "…, Tổ trưởng Tổ công tác Đề án 06 xã chủ
            # trì": the rest of a post the posts did not read, and brackets, before the mark
            if pm.tok_end <= ci and self._post_rest_before(toks, mentions, idx, pm.tok_end, ci):
                return True
            # "A và B đồng chủ trì": persons joined by "và" or commas right before the mark chair together
            if pm.tok_end <= ci and self._joined_before(toks, mentions, idx, ci):
                return True
            # R2: "(đồng) chủ trì (của|bởi) X và Y"; "Chủ trì (buổi làm việc): A - post; B - post"
            if ci < name_i and _PRESIDING.match(toks, ci) is None and _RECEPTION.match(toks, ci) is None:
                between = toks[ci:name_i]
                cm = _CHAIR.match(toks, ci)
                c_end = cm[0] if cm else ci + 1
                label = any(t.text == ":" for t in toks[c_end : min(c_end + 5, name_i)])
                if any(t.text == "." for t in between):
                    continue
                if _away_in_brackets(toks, ci, name_i):
                    continue  # "chủ trì cuộc họp (đồng chí B, Chủ tịch Ủy ban … đi công tác)": B is away
                if not label and any(t.key in ("với", "cùng") for t in between):
                    continue  # "chủ trì cuộc họp giao ban với các đồng chí Phó Cục trưởng (A, B)": they attend
                if any(t.text == ";" for t in between):
                    # a label's list of chairs runs over ";" when each part opens with the person
                    last = max(k for k in range(ci, name_i) if toks[k].text == ";")
                    if not label or name_i - last - 1 > 3:
                        continue
                if not _CHAIR.occurs(toks, c_end, name_i) and len(between) < 60:
                    if label:
                        return True
                    prev = [
                        m
                        for m in mentions
                        if ci < next((i for i, t in enumerate(toks) if t.start == m.span.start), 0) < name_i
                    ]
                    if (
                        c_end < len(toks)
                        and toks[c_end].key
                        in ("của", "bởi", ":", "cuộc", "hội", "là", "có", "gồm", "buổi", "phiên")
                    ) or prev:
                        return True
            # "do đồng chí X, post chủ trì"
        return False

    @staticmethod
    def _marked_in_own_part(
        toks: list[Tok], mentions: list[PersonMention], idx: int, chair_toks: list[int]
    ) -> bool:
        """A chair mark between person ``idx`` and the next person of the line, with no ";" before it."""
        pm = mentions[idx]
        nxt = mentions[idx + 1].tok_start if idx + 1 < len(mentions) else len(toks)
        return any(
            pm.tok_start <= ci < nxt and not any(t.text == ";" for t in toks[pm.tok_end : ci])
            for ci in chair_toks
        )

    @staticmethod
    def _leads_team(toks: list[Tok], pm: PersonMention) -> bool:
        """ "do ông X, Giám đốc Sở làm trưởng đoàn", "do đồng chí X … dẫn đầu": the mark right after the person's
        name and posts."""
        k = pm.tok_end
        k = _past_dashes(toks, k, len(toks))
        if _LEADER.match(toks, k) is None:
            return False
        # "Giao đồng chí X, Phó Chủ tịch UBND phường làm Trưởng đoàn, …": a task handed out (to lead a team
        # later), not the leader of the visit being reported
        return not any(
            _DELEGATE.match(toks, i) is not None for i in range(max(0, pm.tok_start - 4), pm.tok_start)
        )

    def _concluding_words_follow(self, pm: PersonMention) -> bool:
        """ "… kết luận như sau" right after the person's name and posts."""
        end = max([pm.span.end, *(sp.end for _, _, sp, _ in pm.posts)])
        return _CONCLUDING_AFTER.match(self.text, end, min(len(self.text), end + 40)) is not None

    def _concludes(self, pm: PersonMention, mentions: list[PersonMention], idx: int) -> bool:
        """ "Phát biểu kết luận, Chủ tịch UBND tỉnh X …" (the first person of the clause after the words) or
        "X phát biểu kết luận …" (the words right after the person's name and posts)."""
        end = pm.span.end
        if pm.posts:
            end = max(end, max(sp.end for _, _, sp, _ in pm.posts))
        if _CONCLUDING_AFTER.match(self.text, end, min(len(self.text), end + 40)):
            return True
        start = min(pm.span.start, *(sp.start for _, _, sp, _ in pm.posts)) if pm.posts else pm.span.start
        lo = max(self.text.rfind(c, 0, start) for c in ".\n;:!?") + 1
        if idx > 0 and mentions[idx - 1].span.end > lo:
            return False  # another person before it in the clause
        m = _CONCLUDING_BEFORE.match(self.text, lo, start)
        # "… về kết luận của đồng chí Phạm Đức Long, Giám đốc Sở tại cuộc họp …"
        return (m is not None and m.end() == start) or _CONCLUSION_OF.search(self.text, lo, start) is not None

    @staticmethod
    def _post_rest_before(toks: list[Tok], mentions, idx: int, lo: int, hi: int) -> bool:
        """Tokens ``lo:hi`` between a person's read posts and "chủ trì" are only the rest of a post: brackets,
        and at most `POST_REST_MAX_TOKENS` words with no sentence stop, no "và", no "giao/đề nghị/yêu cầu" and no
        other person. A board's name the posts cut short runs on with no separator ("…, Trưởng Ban Chỉ đạo các vấn
        đề cấp bách trong bảo vệ và phòng cháy, chữa cháy rừng (PCCCR) tỉnh chủ trì") and may be longer, up to
        `POST_NAME_REST_MAX_TOKENS`. A bracket the posts opened ("… Tìm kiếm cứu nạn (PCTT và TKCN) huyện", the
        posts ending inside it) closes in the rest: what comes before its ")" is inside it."""
        if hi - lo > POST_REST_SPAN_MAX_TOKENS:
            return False
        rest: list[Tok] = []
        outside: list[int] = []
        counted = 0  # the words of the rest the length limit weighs
        depth = 0
        opened = lo
        for k in range(lo, hi):
            t = toks[k]
            if t.text == "(":
                depth += 1
                opened = k
            elif t.text == ")":
                if depth:
                    depth -= 1
                    if not depth and k - opened - 1 <= SHORT_NAME_MAX_TOKENS and toks[opened + 1].is_cap:
                        # "… tầm nhìn đến năm 2030 (Đề án 06) của tỉnh chủ trì": a name's short form closes the
                        # long name before it, however long; only the words after it count
                        counted = 0
                else:
                    rest.clear()  # the end of a bracket opened inside the posts: all before it was in it
                    outside.clear()
                    counted = 0
            elif not depth:
                rest.append(t)
                outside.append(k)
                counted += 1
        runs_on = lo < hi and toks[lo].text not in (",", "-", "–", "(", ")") and not toks[lo].is_upper
        limit = POST_NAME_REST_MAX_TOKENS if runs_on and not toks[lo].is_cap else POST_REST_MAX_TOKENS
        if depth or counted > limit:
            return False
        # "… Phó Giám đốc Sở phụ trách lĩnh vực đất đai và môi trường đã chủ trì": a portfolio may join fields
        portfolio = len(rest) > 1 and f"{rest[0].key} {rest[1].key}" == "phụ trách"
        # so may a board's name: "…, Trưởng Ban Chỉ đạo thi tốt nghiệp THPT và tuyển sinh tỉnh đã chủ trì" ("và"
        # then a lower-case word); "và" before a capital joins another body or person ("… và Giám đốc Sở Y")
        if any(
            t.text in (".", ";", ":")
            or (
                t.key == "và"
                and not portfolio
                and (n + 1 >= len(rest) or _joins_another_holder(toks, outside[n + 1]))
            )
            or (t.key == "do" and len(rest) > POST_REST_MAX_TOKENS)
            for n, t in enumerate(rest)
        ):
            return False
        if any(lo <= m.tok_start < hi for m in mentions[idx + 1 :]):
            return False
        # a name may hold a verb ("Tổ công tác triển khai Đề án 06"); one that hands work on may not, outside the
        # brackets ("(sau đây gọi tắt là Ban Chỉ đạo)" names the board); a capital starts a word of a name ("…, kiêm
        # Trưởng Ban Chỉ đạo chủ trì")
        return not any(_DELEGATE.match(toks, k) is not None and not toks[k].is_cap for k in outside)

    def _names_absent_list(self, b: Block) -> bool:
        """A heading that names the list of absent bodies after it: "Các đơn vị vắng mặt không có lý do:"."""
        if not b.text.rstrip("*").rstrip().endswith(":"):
            return False
        toks = tokenize(self.text, b.span.start, b.span.end)
        return bool(find_absence_marks(toks)) and not any(
            not m.collective for m in find_agencies(self.text, toks, self.agencies.province)
        )

    def read_absent_lists(self, blocks: list[Block]) -> None:
        """The items under a heading that names them absent ("Vắng mặt:" then "1. Phòng …;" "2. UBND xã …")."""
        place = self.place()
        for i, b in enumerate(blocks):
            if not self._names_absent_list(b):
                continue
            for n, item in enumerate(blocks[i + 1 :]):
                if item.marker:
                    self._read_absent_item(item, place)
                elif is_table_row(item.text):
                    # "Vắng mặt:" over a table "STT | Đơn vị vắng | Lý do" then "1 | Hội Cựu chiến binh xã | …": each
                    # row's body (the header row names none but the group of its column)
                    self._read_absent_item(item, place, skip_groups=n == 0)
                else:
                    break

    def _read_absent_item(self, b: Block, place: Place, skip_groups: bool = False) -> None:
        """One item of a list of absent bodies ("1. Phòng Văn hóa và Thông tin;"): its first body."""
        toks = tokenize(self.text, b.span.start, b.span.end)
        for am in find_agencies(self.text, toks, self.agencies.province):
            if skip_groups and am.collective:
                return  # a table's header row: "STT | Đơn vị vắng | Lý do"
            a = self.resolve(am, place)
            if a is not None and a.kind != "leadership":
                self._mark_absent(a)
                return

    @staticmethod
    def _joined_before(toks: list[Tok], mentions: list[PersonMention], idx: int, ci: int) -> bool:
        """Mention ``idx`` opens a run of mentions joined by "và"/"," that ends right before token ``ci``."""
        k = mentions[idx].tok_end
        for later in mentions[idx + 1 :]:
            # "A, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 5 (NHNN Khu vực 5) và B, …": the short form of A's
            # body closes his post (its ")" alone when the post read the bracket's words)
            k = _past_short_form(toks, k) if k < len(toks) and toks[k].text != ")" else k + 1
            start = next((i for i, t in enumerate(toks) if t.start == later.span.start), None)
            if start is None or start < k:
                return False
            between = toks[k:start]
            if (
                not between
                or (between[0].key != "và" and between[0].text != ",")
                or len(between) > 12
                or any(t.text in (".", ";", ":") for t in between)
                or _CUES.occurs(toks, k + 1, start)
            ):
                return False  # "A và Phó Chủ tịch UBND tỉnh B": B's post between is fine, a clause is not
            k = later.tok_end
            rest = [t for t in toks[k:ci] if t.key not in ("đã", "đồng", ",", "-", "–", "sẽ", "cùng")]
            if not rest or NoticeParser._post_rest_before(toks, mentions, mentions.index(later), k, ci):
                # "A và bà B - Phó Cục trưởng Cục Hàng hải Việt Nam (Bộ Giao thông vận tải) đồng chủ trì": the
                # last one's post, read or not, may stand before the mark
                return True
        return False

    def read_absent(self, b: Block, place: Place) -> None:
        toks = tokenize(self.text, b.span.start, b.span.end)
        marks = find_absence_marks(toks)
        if not marks or self._names_absent_list(b):
            return  # a list's heading: its items are read by `read_absent_lists`
        if any(m.listed for m in marks) and self.text[b.span.start : b.span.end].rstrip(" *_").endswith(";"):
            # "Vắng: Phòng Lao động - Thương binh và Xã hội huyện Đức Hòa;⏎UBND huyện Bến Lức.": the list goes on
            # over the line break to the sentence's end
            end = self._absent_list_end(b.span.end)
            if end > b.span.end:
                toks = tokenize(self.text, b.span.start, end)
                marks = find_absence_marks(toks)
        found = find_agencies(self.text, toks, self.agencies.province)
        in_bodies = {k for other in found for k in range(other.start, other.end)}
        for am in found:
            # the absent body sits in the same clause as the mark (before it, or after "Vắng:")
            for mark in marks:
                mi = mark.start
                lo, hi = (am.end, mi) if am.end <= mi else (mark.end, am.start)
                between = toks[lo:hi]
                listed = am.start >= mark.end and mark.listed
                # "Vắng mặt: A (có lý do); B (không có lý do)": a list goes on over ";" up to a verb
                # (a cue word inside a body's name is none: "Sở Y tế thành phố Cần Thơ; Sở Y tế tỉnh Gia Lai")
                # nor one in a bracketed reason: "Vắng mặt: Ban Chỉ huy Quân sự huyện (đang làm nhiệm vụ tại khu
                # cách ly); Phòng Văn hóa và Thông tin (có lý do)"
                aside = _bracketed_between(toks, lo, hi) if listed else frozenset()
                list_goes_on = listed and not any(
                    k not in in_bodies and k not in aside and _CUES.match(toks, k) is not None
                    for k in range(lo, hi)
                )
                if any(
                    t.text == "." or (t.text == ";" and hi - lo > 1 and not list_goes_on) for t in between
                ) or (between and _SENTENCE_END_INSIDE.search(self.text, between[0].start, between[-1].end)):
                    continue  # ("… Chi cục Thú y. Điểm cầu tỉnh Lai Châu vắng mặt": a token "y." ends a sentence)
                if mark.listed and am.end <= mi:
                    continue  # the absent follow a listing mark
                if am.end < mi and any(fold(t.text) in _CONDITIONAL_ABSENCE for t in between):
                    continue  # "… công việc của UBND huyện khi Chủ tịch đi vắng": a condition, not a fact
                if am.end < mi and fold(toks[mi - 1].text) in _ABSENCE_NOMINALISER:
                    continue  # "… Đảng bộ phường và việc không cử cán bộ dự họp": an absence spoken of
                if am.end <= mi and _opened_before(toks, lo, mi) not in (None, mi - 1):
                    # "… các huyện A, B và thị xã C (UBND huyện D vắng mặt không có lý do)": a mark in brackets
                    # names only what is inside them ("UBND xã A (vắng mặt)" names the body before)
                    continue
                if mark.bracketed and am.end <= mi and am.end != mi - 1 and _list_goes_on(toks, mark.end):
                    # "Sở A, UBND huyện B (vắng mặt), Công an tỉnh": the one body right before it (not "Trung tâm
                    # A, Trung tâm B (vắng mặt)." where the brackets close the list)
                    continue
                if listed and _inside_brackets(toks, lo, am.start):
                    continue  # "Vắng: Ban Dân tộc (bận công tác tại huyện X)": the reason, not another body
                if listed and toks[mi - 1].text == "(" and any(t.text == ")" for t in between):
                    continue  # "(vắng A, B)": the brackets end the list
                # "A và B không cử đại diện": bodies joined before the mark are all away; so is one with an aside
                # and "được mời nhưng" before it ("Công ty X (đang sử dụng 02 nguồn) được mời nhưng không cử …")
                joined = all(k in in_bodies or toks[k].text in (",", "và") for k in range(lo, hi)) or (
                    am.end <= mi and _invited_but_away(toks, am.end, mi)
                )
                if am.end <= mi and not joined:
                    joined = _counted_back(toks, found, in_bodies, am, mi) or _owner_aside_then_mark(
                        toks, found, am, mi
                    )
                if am.end < mi and _owner_in_brackets(toks, found, am):
                    continue  # "Tổng cục Hải quan (Bộ Tài chính) không cử đại diện": the body it belongs to
                if am.end <= mi and _address_in_brackets(toks, found, am, mi):
                    continue  # "Phòng khám A (xã B, huyện C) không cử người tham dự": the clinic's address
                if listed and self._person_item(toks, mark.end, am, in_bodies):
                    # "Vắng mặt: TS. A, Trường Đại học Y Dược - Ủy viên", "Vắng: Phó Giám đốc Sở Nguyễn Văn B (đi
                    # công tác)": the person is away, not the bodies of his posts
                    continue
                if len(between) > 12 and not listed and not joined:  # "Vắng: A (có lý do), B": to its end
                    continue
                if listed and _after_title(toks, am.start):
                    continue  # "Vắng: ông A, Giám đốc Sở Nội vụ": A is away, not his Sở
                if (
                    am.end <= mi
                    # (within the body's own clause: "Phòng A: vắng (có lý do). Phòng B: vắng." chains two)
                    and _ABSENCE_REFERENCE.occurs(toks, _sentence_start_near(toks, am.start, 6), mi)
                    and not (joined and _criticised_list_before(toks, in_bodies, am.start))
                ):
                    # "xử lý đối với các đơn vị vắng họp": absences referred to, not stated (but "Phê bình UBND huyện
                    # A, UBND huyện B không cử lãnh đạo dự họp" names the bodies away)
                    continue
                if am.end < mi - 1 and not joined and _CUES.match(toks, am.end) is not None:
                    # "giao UBND các huyện A, B rà soát, lập danh sách phụ nữ, trẻ em vắng mặt dài ngày": the body's
                    # own task verb follows it; the mark describes the people its task is about
                    continue
                if am.end <= mi and not joined and _another_clause_between(toks, found, am, mi):
                    # "Trung tâm sẽ báo cáo UBND tỉnh việc Sở Giao thông vận tải không cử người tham dự": the body
                    # of the mark's own clause is away, not those that speak of it
                    continue
                if am.end <= mi and _head_sent_a_stand_in(toks, am.start, mark):
                    continue  # "Giám đốc Sở Y tế vắng (đi công tác, ủy quyền Phó Giám đốc X dự họp)": the Sở is there
                if am.end <= mi or listed:
                    a = self.resolve(am, place)
                    if (
                        a is None
                        and am.kind == "locality"
                        and am.locality
                        and self._remote_site_before(toks, am)
                    ):
                        # "Điểm cầu tỉnh Điện Biên … vắng mặt": the province's site stayed away
                        a = self.agencies.add_place(am, province_level=True)
                    if (
                        a is not None
                        and listed
                        and a.key in self.notice.meeting.participating_agencies
                        and _post_named_by_honorific(toks, am.start)
                    ):
                        # "Vắng: đồng chí Trưởng Ban Pháp chế HĐND tỉnh (đi công tác)" while the Ban's deputy
                        # attends: the head is away, his body is there (with no one of it there, it is away)
                        break
                    if a is not None and a.key not in self.notice.meeting.absent_agencies:
                        self.notice.meeting.absent_agencies.append(a.key)
                    break
        self._read_absent_heads(toks, marks)

    def _read_absent_heads(self, toks: list[Tok], marks: list[AbsenceMark]) -> None:
        """The units of the persons a list of the absent names: "Vắng: đồng chí A, Cục trưởng Cục Văn thư và Lưu trữ
        nhà nước (đi công tác)", "Vắng: TS. B, Trưởng khoa Ngoại ngữ (…); …". A unit attends a briefing through its
        head; with him away and no one standing in, the unit is away. The body is that of the first post after the
        name (read with the person's posts): not where he works ("TS. C, Trường Đại học Nha Trang - Ủy viên": a
        member of the council, from the university), nor a later post ("D, Ủy viên Ban Thường vụ, Trưởng Ban Tổ
        chức Tỉnh ủy": a member of the meeting's body first)."""
        for mark in marks:
            if not mark.listed:
                continue
            for lo, hi in _listed_items(toks, mark.end):
                nm = scan_name(toks, lo, need_surname=True, allow_honorific=True, text=self.text)
                if nm is None or nm.end + 1 >= hi or toks[nm.end].text not in (",", "-", "–"):
                    continue
                title_at = toks[nm.end + 1].start
                post = next(
                    (po for po in self.notice.posts if po.span.start == title_at and po.agency is not None),
                    None,
                )
                if post is None or (
                    fold(post.role.split()[0]) in _DEPUTY_WORDS and not _sits_as_member(toks, nm.end + 1, hi)
                ):
                    # "Vắng: đồng chí A, Phó Chủ tịch Thường trực HĐND tỉnh": a deputy away (not a council's member
                    # who sits for his body: "Vắng mặt: ông B, Phó Giám đốc Sở Y tế - Ủy viên")
                    continue
                unit = self.agencies.by_key.get(post.agency) if post.agency else None
                if unit is not None and self._unit_away_with_its_head(unit, toks, lo, hi):
                    self._mark_absent(unit)

    def _unit_away_with_its_head(self, a: Agency, toks: list[Tok], lo: int, hi: int) -> bool:
        """Is body ``a``, of the first post of a person listed absent (in tokens ``lo:hi``), away with him? Not when
        it is the body that holds the meeting or issues the notice, or one above it ("Vắng: đồng chí A, Phó Giám
        đốc Sở": the Sở is there), nor the body of a chair's post, nor when someone stood in for him ("…, có đồng
        chí Phó Giám đốc dự thay"; "không cử người dự thay" says no one did)."""
        if a.kind == "leadership" or a.collective or a.key in self._own_bodies():
            return False
        stand_in = _STAND_IN.positions(toks, lo, hi)
        return not stand_in or all(
            _NO_STAND_IN.occurs(toks, max(lo, k - 4), k) or _written_proxy(toks, k) for k in stand_in
        )

    def _own_bodies(self) -> set[str]:
        """The keys of the bodies whose meeting it is: the issuer and every body above it, the home Sở and the
        bodies of the chairs' posts."""
        own: set[str] = set()
        a = self._issuer
        while a is not None and a.key not in own:
            own.add(a.key)
            a = self._owner_of(a)
        if self.home is not None:
            own.add(self.home.key)
        chairs = set(self.notice.meeting.chairs)
        own.update(po.agency for po in self.notice.posts if po.person in chairs and po.agency)
        return own

    def _mark_absent(self, a: Agency) -> None:
        """Record ``a`` as away (and so not taking part)."""
        meeting = self.notice.meeting
        if a.key not in meeting.absent_agencies:
            meeting.absent_agencies.append(a.key)
        if a.key in meeting.participating_agencies:
            meeting.participating_agencies.remove(a.key)

    def _person_item(self, toks: list[Tok], lo: int, am: AgencyMatch, in_bodies: set[int]) -> bool:
        """The item of a list of the absent (from ``lo`` or the last ";" before ``am``, to the next ";" or ".") that holds
        body ``am`` names a person (outside the bodies' names: "Phòng GD&ĐT huyện Si Ma Cai" names none)."""
        s = am.start
        while s > lo and toks[s - 1].text != ";":
            s -= 1
        e = am.end
        while e < len(toks) and toks[e].text not in (";", "."):
            e += 1
        return any(
            toks[k].is_cap
            and k not in in_bodies
            and (nm := scan_name(toks, k, need_surname=True, allow_honorific=True, text=self.text))
            is not None
            and nm.end <= e
            and not (am.start <= k < am.end)
            for k in range(s, e)
        )

    def _absent_list_end(self, end: int) -> int:
        """Where a list of absent bodies that ends a line with ";" at ``end`` ends: the next lines that each open
        with a body (no marker, no blank line between), up to one that does not end with ";"."""
        for _ in range(ABSENT_LIST_MAX_LINES):
            nl = self.text.find("\n", end)
            if nl < 0:
                break
            line_end = self.text.find("\n", nl + 1)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[nl + 1 : line_end].strip()
            if not line or len(line) > ABSENT_LIST_LINE_MAX_CHARS:
                break
            toks = tokenize(self.text, nl + 1, line_end)
            am = scan_agency(toks, 0, self.text) if toks else None
            if am is None or am.collective:
                break
            end = line_end
            if not line.rstrip(" *_").endswith(";"):
                break
        return end

    @staticmethod
    def _remote_site_before(toks: list[Tok], am: AgencyMatch) -> bool:
        """ "Điểm cầu" earlier in the clause of the place ``am`` ("Điểm cầu tỉnh A và tỉnh B vắng mặt")."""
        k = am.start - 1
        while k >= 0 and toks[k].text not in (".", ";", ":", "(", ")"):
            if _REMOTE_SITE.match(toks, k) is not None:
                return True
            k -= 1
        return False

    def _counted_from(self) -> dict[str, _dt.date]:
        """The days a deadline may be counted from ("15 ngày kể từ ngày ký", "… kể từ ngày họp"): the notice's
        date line and the meeting's day, where the notice gives them (worked out once per pair of dates)."""
        key = (self.notice.issued_on, self.notice.meeting.held_on, self.year)
        if self._counted_cache is not None and self._counted_cache[0] == key:
            return self._counted_cache[1]
        # the days of events the notice dates itself: "trước ngày khai giảng" when it says "Lễ khai giảng … vào
        # ngày 05/9/2019" (`dates.event_days`)
        out: dict[str, _dt.date] = vdates.event_days(self.text, self.year)
        for event, iso in (("issued", self.notice.issued_on), ("meeting", self.notice.meeting.held_on)):
            if iso and len(iso) >= 10:
                try:
                    out[event] = _dt.date.fromisoformat(iso[:10])
                except ValueError:
                    pass
        self._counted_cache = (key, out)
        return out

    def _deadline(self, start: int, end: int) -> Deadline | None:
        """The deadline of the task written at ``start:end`` of the text (`dates.find_deadline`)."""
        return vdates.find_deadline(self.text[start:end], self.year, start, self._counted_from())

    def _deadline_ahead(self, start: int, end: int) -> bool:
        """``start:end`` has a deadline that `_drop_past_deadlines` keeps: not a period ending before the meeting
        ("quyết toán kinh phí 6 tháng đầu năm" at a July meeting dates the work, it is no deadline)."""
        due = self._deadline(start, end)
        return due is not None and self._kept_deadline(due)

    def _is_deadline(self, span: Span) -> bool:
        """The date closes a strong deadline cue ("trước ngày 30/10/2021", "chậm nhất ngày 15/9"): a task's due
        date, never the meeting's (a news story without a year otherwise took it from a later paragraph)."""
        before = fold(self.text[max(0, span.start - 24) : span.start]).rstrip()
        before = re.sub(r"\s*ngày$", "", before)
        return any(before.endswith(cue) for cue in _STRONG_DEADLINE_CUES)

    def _is_citation(self, span: Span) -> bool:
        before = self.text[max(0, span.start - 40) : span.start]
        # only this paragraph: a title ending in a decision's number ("… theo Quyết định số 09/2011/QĐ-TTg"),
        # then a blank line and "Ngày 08/9/2011, …" is the meeting's date, not the decision's
        before = _PARAGRAPH_BREAK.split(before)[-1]
        # "Quyết định số 12/QĐ-UBND ngày …", "… 01/CT-UBND ngày …": the date of a document cited
        if re.search(r"(số|Số)\s+\S*\d\S*\s*,?\s*$|/[A-ZĐ-]+\s*,?\s*$", before):
            return True
        # a line citing the texts the record rests on: "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;"
        line_start = self.text.rfind("\n", 0, span.start) + 1
        return _CITATION_LINE.match(self.text, line_start, span.start) is not None

    # zones of the body
    def zones(self, blocks: list[Block], opening: list[Block]) -> list[tuple[Block, str]]:
        out: list[tuple[Block, str]] = []
        zone = "body"
        seen_conclusion = False
        # the level of the numbered heading that opened the review part ("1. Đánh giá chung": a digit)
        review_level = 0.0
        # the review part is the proceedings of minutes, after their list of attendees
        proceedings = False
        if opening:
            last = opening[-1].text.rstrip(" *_")
            if last.endswith(":") and _has_conclusion_leadin(match_key(last[-120:])):
                # "… Phó Chủ tịch UBND tỉnh kết luận như sau:" closing the opening paragraph
                zone, seen_conclusion = "conclusion", True
        # "… đã chủ trì cuộc họp … . Tham dự cuộc họp có:" closing the opening paragraph: the list under it is of
        # the attendees, up to the first line that is no item of it
        listed_attendees = zone == "body" and self._opening_lists_attendees(opening)
        for i, b in enumerate(blocks):
            if listed_attendees and not any(b is o for o in opening):
                if b.marker and b.marker != "roman" and not _leads_in(b.text):
                    out.append((b, "attendees"))
                    continue
                listed_attendees = False
            if any(b is o for o in opening):
                out.append((b, "opening"))
                tail = self._conclusions_inside(b)
                if tail is not None:
                    # "…; sau khi nghe các đơn vị báo cáo, Cục trưởng kết luận: … giao Phòng X …; Đội Y …" —
                    # one paragraph holds the meeting and its conclusions: the part after the lead-in is read
                    out.append((tail, "conclusion"))
                    zone, seen_conclusion = "conclusion", True
                continue
            key = match_key(b.text)
            head_like = b.marker in ("roman", "digit", "") and len(b.text) < 160
            # "1. Đánh giá chung", "2. Nhiệm vụ thời gian tới": a numbered heading of a few words
            unfinished = b.marker == "digit" and not re.search(r"[.;,]\s*$", b.text.rstrip(" *_"))
            short_heading = unfinished and len(key.split()) <= 8
            # a heading that names its part may run longer when items of a lower level follow it ("2. Nhiệm vụ
            # trọng tâm và phân công thực hiện" over "- Giao Phòng …"); an item of its own is followed by the next
            named_heading = short_heading or (
                unfinished
                and (
                    # "2. Nhiệm vụ trọng tâm 6 tháng cuối năm 2017" over a paragraph: a part named with its period
                    len(key.split()) <= PART_HEADING_MAX_WORDS
                    or (
                        len(key.split()) <= NAMED_HEADING_MAX_WORDS
                        and i + 1 < len(blocks)
                        and (blocks[i + 1].marker in SUBITEM_MARKERS or is_table_row(blocks[i + 1].text))
                    )
                )
            )
            if (
                zone not in ("attendees", "conclusion")
                and is_table_row(b.text)
                and self._attendee_table_header(b)
            ):
                # "STT | Họ và tên | Cấp bậc | Chức vụ, đơn vị" after "… Thành phần dự Hội nghị gồm:" closing the
                # opening paragraph: the attendees, one a row
                zone = "attendees"
                out.append((b, zone))
                continue
            if zone != "conclusion" and is_table_row(b.text) and self._task_table_header(b):
                # "TT | Nội dung | Đơn vị chủ trì | … | Thời gian hoàn thành": a table of tasks, whatever the
                # part before it was (a review, the attendees after "… theo bảng sau:")
                zone, seen_conclusion = "conclusion", True
                out.append((b, zone))
                continue
            if (
                head_like
                and b.marker in ("roman", "digit", "")
                and not re.search(r"[.;,]\s*$", b.text.rstrip(" *_"))
                and len(key.split()) <= PART_HEADING_MAX_WORDS
                and _PETITIONERS_PART.search(key) is not None
                and not _has_conclusion_leadin(key)
                and (b.marker or b.emphasised or key.endswith(":"))
            ):
                # "I. Ý KIẾN, KIẾN NGHỊ CỦA DOANH NGHIỆP" over "3. Công ty X: thủ tục … kéo dài": what businesses or
                # voters asked is reported, as a review is; the answers come under the conclusions after it
                zone = "review"
                review_level = _LEVEL.get(b.marker, 6)
                out.append((b, "heading"))
                continue
            if zone != "conclusion" and b.marker in ("digit", "roman", "") and _labels_an_account(key):
                # "1. Diễn biến: Từ ca sáng …, công nhân … yêu cầu Công ty tăng lương …", "2. Ý kiến các bên:": a
                # record's account of events and of each party's demands, before what was agreed
                zone = "review"
                review_level = _LEVEL.get(b.marker, 6)
                out.append((b, "heading"))
                continue
            if named_heading and any(key.startswith(h) for h in REVIEW_HEADINGS):
                zone = "review"
                review_level = _LEVEL.get(b.marker, 6)
                out.append((b, "heading"))
                continue
            if named_heading and any(key.startswith(h) for h in _PART_CONCLUSION_HEADINGS):
                zone = "conclusion"
                seen_conclusion = True
                out.append((b, "heading"))
                continue
            if short_heading and zone == "review":
                # "1. Đánh giá chung … 2. Về xây dựng dự toán năm 2018": the next numbered part ends the review
                zone = "conclusion" if seen_conclusion else "body"
                out.append((b, "heading"))
                continue
            if (
                zone == "review"
                and b.marker in ("roman", "digit")
                and _LEVEL[b.marker] <= review_level
                and (
                    (
                        not re.search(r"[.;,]\s*$", b.text.rstrip(" *_"))
                        and len(key.split()) <= NAMED_HEADING_MAX_WORDS
                        and self._is_unit_heading(b)
                    )
                    or self._hands_over_at_start(b)
                )
            ):
                # "1. Đánh giá chung … 2. Đối với Công ty Cổ phần Cấp thoát nước Khánh Hòa" over "a) Rà soát …",
                # "3. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng", "III. Giao Văn phòng Sở tổng hợp …": a part as
                # high as the review's, headed by a body or handing it a task, holds that body's tasks (read as a
                # unit heading or a task, not as a part's title)
                zone = "conclusion" if seen_conclusion else "body"
                out.append((b, zone))
                continue
            if (
                head_like
                and any(
                    key.startswith(h)
                    # "2. Đại biểu tham dự:", "II. CÁC ĐẠI BIỂU THAM DỰ"; not an item that tells what they did ("2.
                    # Các đại biểu trao đổi, thống nhất các nội dung của Aide-memoire.")
                    or (f" {h}" in key[:40] and not b.text.rstrip(" *_").endswith("."))
                    for h in ATTENDEE_HEADINGS
                )
                and not seen_conclusion
                and (b.marker in ("roman", "digit") or (not b.marker and b.text.rstrip(" *_").endswith(":")))
                # "Sau khi nghe ý kiến của các đại biểu, ông X, Phó Giám đốc Sở kết luận như sau:": the delegates
                # were heard; the line closes on the conclusions' lead-in and opens them, not a list of attendees
                and not _leads_in(b.text)
                or key.startswith("thành phần")
            ):
                zone = "attendees"
                out.append((b, "heading"))
                continue
            if head_like and b.marker in ("roman", "") and any(key.startswith(h) for h in REVIEW_HEADINGS):
                zone = "review"
                review_level = _LEVEL.get(b.marker, 6)
                out.append((b, "heading"))
                continue
            if (
                head_like
                and b.marker in ("roman", "")
                and any(h in key[:60] for h in _PART_CONCLUSION_HEADINGS)
                and (b.marker == "roman" or b.emphasised or key.endswith(":"))
            ):
                zone = "conclusion"
                seen_conclusion = True
                out.append((b, "heading"))
                continue
            if (
                b.marker in ("digit", "roman")
                and zone != "conclusion"
                and b.text.rstrip(" *_").endswith(":")
                and key.startswith(_SPEECH_PARTS)
            ):
                # "3. Phát biểu chỉ đạo của bà X, Phó Chủ tịch UBND tỉnh:" after "2. Ý kiến thảo luận:" — the
                # leader's speech in minutes directs, as conclusions do
                out.append((b, "leadin"))
                zone = "conclusion"
                seen_conclusion = True
                continue
            if (
                zone in ("body", "attendees", "review")
                and (_has_conclusion_leadin(key) or _asks_for_the_meeting(key))
                and (
                    not b.marker
                    # "- Phát biểu kết luận, Chủ tịch UBND xã đề nghị:" over numbered items: a bulleted lead-in
                    or (b.marker not in ("digit", "roman", "letter") and b.text.rstrip(" *_").endswith(":"))
                )
            ):
                # "… kết luận như sau:" only opens the conclusions; a paragraph that goes on after the phrase
                # ("Phát biểu chỉ đạo, đồng chí X yêu cầu Trung tâm Y …", as news reports write) holds them
                out.append((b, "leadin" if b.text.rstrip().endswith(":") else "conclusion"))
                zone = "conclusion"
                seen_conclusion = True
                continue
            if (
                zone == "attendees"
                and b.marker == "roman"
                and head_like
                and not re.search(r"[.;,]\s*$", b.text)
            ):
                # "II. THÀNH PHẦN" … "III. NỘI DUNG": the next part of the top level ends the list of attendees. In
                # minutes it gives the proceedings (reports, the discussion: what was asked is no task) until the
                # conclusions, a table of tasks or the chair's speech open
                if seen_conclusion:
                    zone = "conclusion"
                else:
                    zone, review_level, proceedings = "review", _LEVEL["roman"], True
                out.append((b, "heading"))
                continue
            if proceedings and zone == "review" and not seen_conclusion:
                self._proceedings.add(id(b))  # those who report or speak there attended
            out.append((b, zone))
        if not seen_conclusion:
            # no explicit conclusions: everything after the opening is a candidate
            out = [(b, "body" if z in ("body",) else z) for b, z in out]
        else:
            out = [(b, "pre" if z == "body" and not seen_conclusion else z) for b, z in out]
        self._seen_conclusion = seen_conclusion
        return out

    def _opening_lists_attendees(self, opening: list[Block]) -> bool:
        """The opening paragraph ends on an attendance cue and a colon ("Tham dự cuộc họp có:", "Thành phần
        gồm:"), with no conclusions' lead-in in that last sentence."""
        if not opening:
            return False
        last = opening[-1].text.rstrip(" *_")
        if not last.endswith(":"):
            return False
        sentence = match_key(re.split(r"[.;]\s", last)[-1])
        # "… chúng tôi gồm:" in a record: its parties, then their members (structure.ATTENDANCE_CUES holds it, and
        # "thành phần" the record's "thành phần làm việc gồm:")
        return any(c in sentence for c in ATTENDANCE_CUES) and not _has_conclusion_leadin(sentence)

    def _cell_keys(self, cells: list[tuple[int, int]]) -> list[str]:
        """A table row's cells as column headings are compared ("Họ và tên:" -> "họ và tên")."""
        return [match_key(self.text[x:y]).strip(" :.") for x, y in cells]

    def _attendee_table_header(self, b: Block) -> bool:
        cells = table_cells(self.text, b.span.start, b.span.end)
        return _is_attendee_header(_table_columns(self._cell_keys(cells)))

    def _task_table_header(self, b: Block) -> bool:
        cells = table_cells(self.text, b.span.start, b.span.end)
        return bool(_task_table_columns(self._cell_keys(cells)))

    def _conclusions_inside(self, b: Block) -> Block | None:
        """The conclusions a paragraph goes on to after its lead-in and a colon ("… Cục trưởng kết luận: giao
        …"), as a block of their own; None when the paragraph ends at the colon or has no such lead-in."""
        key = fold(b.text)
        for li in CONCLUSION_LEADINS:
            at = key.find(fold(li.rstrip(":")))
            if at < 0:
                continue
            colon = b.text.find(":", at, at + len(li) + 12)
            if colon < 0 or len(b.text) - colon < CONCLUSIONS_INSIDE_MIN_CHARS:
                continue
            start = b.span.start + colon + 1
            while start < b.span.end and self.text[start] == " ":
                start += 1
            return Block(
                "", "", Span(start, b.span.end), self.text[start : b.span.end].replace("\n", " "), False
            )
        return None

    def read_attendees(self, blocks: list[Block]) -> None:
        place = self.place()
        context: Agency | None = None
        columns: dict[str, int] = {}
        for b in blocks:
            text = b.text.strip()
            key = match_key(text)
            if is_table_row(text):
                cells = table_cells(self.text, b.span.start, b.span.end)
                heads = _table_columns(self._cell_keys(cells))
                if _is_attendee_header(heads):
                    columns = heads  # "STT | Họ và tên | Chức vụ | Đơn vị"
                elif columns:
                    self.read_table_row(cells, columns, place)
                continue
            heading = self._bare_delegation_heading(b, numbered=True)
            if heading is not None:
                # "**2. Đại diện Công ty TNHH MTV Kinh doanh nước sạch Hải Dương**" over a list of its people; in
                # a record's list of parties, "1. Cảng vụ Hàng hải X" over "- Ông A - Giám đốc, chủ trì;"
                if heading.collective:
                    context, place = None, self.place()  # "2. Các cơ quan, đơn vị": each line names its own
                else:
                    context, place = self._delegation(heading, attending=True)
                continue
            if text.rstrip("*").rstrip().endswith(":"):
                # a delegation heading: "1. Sở KH&CN:", "Huyện Long Hồ:"
                self.read_absent(b, place)
                toks = tokenize(self.text, b.span.start, b.span.end)
                ms = find_agencies(self.text, toks, self.agencies.province)
                ms = [m for m in ms if not m.collective]
                if ms:
                    context, place = self._delegation(ms[0], attending=not re.search(r"vắng", key))
                else:
                    place = self.place()
                    context = None
                continue
            if self._read_inline_delegation(b):
                continue
            self.read_people_block(b, place, context, prose=not b.marker, line_item=bool(b.marker))
            self.read_absent(b, place)

    def read_table_row(self, cells: list[tuple[int, int]], columns: dict[str, int], place: Place) -> None:
        """One attendee row: the name, the post and the body each in their own cell."""

        def cell(kind: str) -> tuple[int, int] | None:
            i = columns.get(kind)
            return cells[i] if i is not None and i < len(cells) and cells[i][1] > cells[i][0] else None

        name_cell, role_cell, unit_cell = cell("name"), cell("role"), cell("unit")
        duty_cell = cell("duty")
        role_in_name = False
        absent = self._table_row_absent(cells, place)
        if name_cell is None or absent == "row":
            return
        toks = tokenize(self.text, *name_cell)
        nm = scan_name(toks, 0, need_surname=False, allow_honorific=True, text=self.text)
        if nm is None:
            return
        if nm.end != len(toks):
            # "Ông Lý Văn Nam, Trưởng phòng": the post written in the name's cell
            if (
                role_cell is not None
                or toks[nm.end].text not in _SEP
                or match_title(toks, nm.end + 1) is None
            ):
                return
            role_cell = (toks[nm.end + 1].start, name_cell[1])
            role_in_name = True
        unit, pl = None, place
        if unit_cell is not None:
            utoks = tokenize(self.text, *unit_cell)
            am = scan_agency(utoks, 0, self.text) if utoks else None
            if am is not None and not am.collective:
                unit_place = self._unit_place(utoks, am.end, place)
                unit = self.resolve(am, unit_place)
                pl = place_of(unit, unit_place) if unit is not None else place
        posts: list[tuple[str, str, Span, Agency | None]] = []
        chair = False
        if role_cell is not None:
            rtoks = tokenize(self.text, *role_cell)
            found, _ = self.parse_posts(rtoks, 0, pl, unit)
            if role_in_name and not found and name_cell is not None:
                # a post the table's reading does not know, written as prose writes it ("Bà Lê Thị A - TP.
                # Kiểm định - Hiệu chuẩn"): the cell is read as prose is
                span = Span(*name_cell)
                cell_text = self.text[span.start : span.end]
                self.read_people_block(Block("", "", span, cell_text), place, unit, prose=False)
                return
            last = role_cell[1] if unit_cell is None else max(role_cell[1], unit_cell[1])
            for role, surface, _span, ag in found:
                if ag is not None and unit is not None and _bare_unit(ag.name):
                    # "| Giám đốc Nhà máy | Công ty TNHH Ajinomoto Việt Nam |": a unit with no name is no body of its
                    # own (and none the notice has, if this cell is all that names it); the post is the row's body's
                    self._forget_bare_unit(ag, role_cell[0], role_cell[1])
                    ag = None
                posts.append((role, surface, Span(role_cell[0], last), ag or unit))
            chair = _CHAIR.occurs(rtoks)  # "Phó Giám đốc Sở, chủ trì"
        if duty_cell is not None and _CHAIR_DUTY.match(tokenize(self.text, *duty_cell), 0) is not None:
            chair = True  # "| TS. Hồ Sỹ Thuận | Phó Giám đốc Sở KH&CN | Chủ tịch HĐ |"
        pm = PersonMention(nm.name, Span(toks[nm.start].start, toks[nm.end - 1].end), nm.honorific, posts)
        p = self.add_person(pm)
        meeting = self.notice.meeting
        if absent == "person":
            self._away_with_the_person(unit, posts)
            return
        if p.key not in meeting.participants:
            meeting.participants.append(p.key)
        if chair and p.key not in meeting.chairs:
            meeting.chairs.append(p.key)
        # the row's body, or the bodies its posts name ("| Chức vụ, đơn vị | Trưởng phòng Kinh tế và Hạ tầng |")
        for body in [unit, *(ag for _, _, _, ag in posts)]:
            if body is not None and not body.collective and body.key not in meeting.participating_agencies:
                meeting.participating_agencies.append(body.key)

    def _away_with_the_person(
        self, unit: Agency | None, posts: list[tuple[str, str, Span, Agency | None]]
    ) -> None:
        """The body of an absent person's row (its own cell, else the bodies of the posts) is away: a person stands
        for the body he was invited for ("Trưởng phòng Giáo dục và Đào tạo … Vắng (đi công tác)")."""
        for body in [unit, *(ag for _, _, _, ag in posts)]:
            if body is None or body.collective or body.kind == "leadership":
                continue
            self._mark_absent(body)

    def _table_row_absent(self, cells: list[tuple[int, int]], place: Place) -> str | None:
        """The absences an attendee table's row states: "row" when the body it names did not come ("| 9 |
        Phòng KT-HT huyện Krông Búk | Vắng |"), "listed" when a cell lists absent bodies of its own ("| Các
        doanh nghiệp taxi | Giám đốc | Vắng: Công ty A; Hợp tác xã B |"), "person" when a cell marks the row's
        person away and no cell opens with a body ("| Ông A | Trưởng phòng Tư pháp | Vắng (đi công tác) |"),
        else None."""
        marked = [(x, y) for x, y in cells if find_absence_marks(tokenize(self.text, x, y))]
        if not marked:
            return None
        meeting = self.notice.meeting
        listed = False
        for x, y in marked:
            ctoks = tokenize(self.text, x, y)
            mark = find_absence_marks(ctoks)[0]
            if not mark.listed or mark.end >= len(ctoks):
                continue
            for am in find_agencies(self.text, ctoks[mark.end :], self.agencies.province):
                a = None if am.collective else self.resolve(am, place)
                if a is not None and a.key not in meeting.absent_agencies:
                    meeting.absent_agencies.append(a.key)
                    listed = True
        if listed:
            return "listed"
        for x, y in cells:
            ctoks = tokenize(self.text, x, y)
            cell = scan_agency(ctoks, 0, self.text) if ctoks else None
            if cell is not None and not cell.collective:
                absent = self.resolve(cell, place)
                if absent is not None and absent.key not in meeting.absent_agencies:
                    meeting.absent_agencies.append(absent.key)
                return "row"
        # "| 7 | Ông Nguyễn Văn A | Chỉ huy trưởng Ban Chỉ huy Quân sự xã | Vắng, có lý do |": the remarks cell
        # says the person named in the row did not come; the body of the post is away with him
        return "person"

    def _delegation(self, m: AgencyMatch, attending: bool) -> tuple[Agency | None, Place]:
        """The body a delegation heading names, and the place of the mentions under it.

        ``attending``: the heading itself says the body took part (not "Huyện Trà Ôn: Vắng").
        """
        if m.kind == "locality":
            # "Huyện Long Hồ:": its people are the district's (UBND huyện, its Phòng)
            ubnd = self.agencies.add(
                f"Ủy ban nhân dân {m.locality_type} {m.locality}",
                "ubnd",
                m.surface,
                m.span,
                district=m.locality,
            )
            place = place_of(ubnd, self.place())
            loc = self.resolve(m, place)
            if loc is not None and attending and loc.key not in self.notice.meeting.participating_agencies:
                self.notice.meeting.participating_agencies.append(loc.key)
            return ubnd, place
        a = self.resolve(m, self.place())
        if a is None:
            return None, self.place()
        if attending and a.key not in self.notice.meeting.participating_agencies:
            self.notice.meeting.participating_agencies.append(a.key)
        return a, place_of(a, self.place())

    def _bare_delegation_heading(self, b: Block, numbered: bool = False) -> AgencyMatch | None:
        """A line that is only a delegation's body, with no colon: "Đại diện Công ty X", "**3. Đại diện Phòng
        Kinh tế thành phố**", or a body alone in bold — the heading of the people listed under it.

        ``numbered``: in a list of attendees, a numbered item that is only a body's name heads its people too
        ("1. Cảng vụ Hàng hải Quảng Ngãi" over "- Ông A - Giám đốc, chủ trì;", a record's parties); a group
        ("2. Các cơ quan, đơn vị") is returned as well, for the caller to end the group above."""
        toks = [t for t in tokenize(self.text, b.span.start, b.span.end) if t.text not in ("*", "_")]
        k = 0
        while k < len(toks) and not toks[k].is_word:
            k += 1
        lead = _LEADERS.match(toks, k) if k < len(toks) else None
        by_number = numbered and b.marker in ("digit", "roman", "letter")
        if lead is None and not b.emphasised and not by_number:
            return None
        start = lead[0] if lead is not None else k
        if start >= len(toks):
            return None
        am = scan_agency(toks, start, self.text)
        if am is None or am.end != len(toks) or (am.collective and not by_number):
            return None
        return am

    def _inline_delegation(self, b: Block) -> tuple[AgencyMatch, int] | None:
        """ "Sở Khoa học và Công nghệ: ông …": a body alone before the colon, people after it."""
        label = self._label_before_colon(b)
        if label is None:
            return None
        toks, colon, start = label
        if not toks or not self.text[colon + 1 : b.span.end].strip():
            return None
        # "Lãnh đạo Tổng công ty X (ACV): ông A, Chủ tịch HĐQT; ông B, Tổng Giám đốc": the body its leaders
        # come from
        lead = _LEADERS.match(toks, 0)
        k = lead[0] if lead is not None else 0
        am = scan_agency(toks, k, self.text) if k < len(toks) else None
        if am is None or am.end < len(toks) or am.collective:
            return None
        return am, start

    def _read_inline_delegation(self, b: Block, *, people_only: bool = False) -> bool:
        """Reads a heading and its people on one line ("- Sở Tài chính: ông A - Giám đốc Sở; bà B …"); False
        when the line is no such thing. ``people_only``: only when a person or a post opens the text after the
        colon (in the opening paragraphs, "- Sở Y tế: báo cáo …" is what a body reported)."""
        inline = self._inline_delegation(b)
        if inline is None:
            return False
        m, start = inline
        if people_only:
            rt = tokenize(self.text, start, b.span.end)
            if not rt or (
                scan_name(rt, 0, need_surname=True, allow_honorific=True, text=self.text) is None
                and match_title(rt, 0) is None
            ):
                return False
        absent = bool(re.search(r"vắng", match_key(self.text[start : b.span.end])[:30]))
        ctx, pl = self._delegation(m, attending=not absent)
        rest = Block(b.marker, b.label, Span(start, b.span.end), self.text[start : b.span.end], b.emphasised)
        self.read_people_block(rest, pl, ctx, prose=not b.marker, line_item=bool(b.marker))
        self.read_absent(b, pl)
        return True

    # directives
    def read_directives(self, items: list[tuple[Block, str]]) -> None:
        stack: list[tuple[float, list[Agency], str]] = []
        news = self.layout.kind == "news"
        default = [self.agencies_by_key(k) for k in self.addressee]
        if news and not default and self.home is not None:
            default = [self.home]
        task_columns: dict[str, int] = {}
        # only plain paragraphs so far under the unit heading on the stack's top
        paragraphs_under_unit = False
        # the block before was a numbered part's bare title ("4. Về nguồn vốn"): a paragraph after it is that item
        after_title = False
        # the paragraph before gave tasks
        gave_tasks = False
        # a leader's heading in a notice sharing out the leadership's work ("1. Ông A - Chủ tịch UBND huyện"), and
        # its level
        person_lead: tuple[float, Person] | None = None
        for b, zone in items:
            opens_item, after_title = after_title and not b.marker, _bare_item_title(b)
            level = _LEVEL.get(b.marker, 6)
            if person_lead is not None and b.marker and level <= person_lead[0]:
                person_lead = None
            if zone in ("body", "conclusion") and b.marker and (lead := self._person_heading(b)) is not None:
                person_lead = (level, lead)
                continue
            if (
                person_lead is not None
                and zone in ("body", "conclusion")
                and self._person_fields(b, person_lead[1])
            ):
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            if zone == "heading":
                # a part's heading ("3. Kiến nghị của tỉnh", "II. KẾT LUẬN") closes the unit headings of the part
                # before it; it is no task
                task_columns = {}
                paragraphs_under_unit = False
                if lead_units := self._lead_in_units(b):
                    # "…; tỉnh Sóc Trăng cần tập trung thực hiện tốt các nhiệm vụ sau:" under a part's title: the
                    # items below are the body's
                    stack.append((level if b.marker else 3.9, lead_units, b.text.strip()))
                    paragraphs_under_unit = True
                continue
            if _bare_topic_title(b):
                # "I. Về giải phóng mặt bằng dự án cao tốc X" over the section's paragraphs: it names what the
                # section is about, no one is told anything by it
                continue
            text = b.text.strip()
            if news and any(match_key(text).startswith(f) for f in _STORY_ENDS):
                break  # "Các tin khác:": links to other stories follow
            if is_table_row(text):
                cells = table_cells(self.text, b.span.start, b.span.end)
                heads = _task_table_columns(self._cell_keys(cells))
                if heads:
                    task_columns = (
                        heads  # "STT | Nội dung công việc | Đơn vị chủ trì | … | Thời gian hoàn thành"
                    )
                elif task_columns and zone != "review":
                    self.read_task_row(b, cells, task_columns)
                continue
            task_columns = {}
            if zone == "review":
                continue
            if (
                any(match_key(text).startswith(f) for f in CLOSING_FORMULAS + RECORD_CLOSING_LEADS)
                or _closes_the_notice(text)
                or self._issuer_closes(b)
            ):
                stack.clear()
                continue
            is_heading = (
                text.rstrip("*_ ").endswith(":")
                or (len(text) < 90 and not re.search(r"[.;]\s*$", text) and self._is_unit_heading(b))
                # "II. Đề nghị các đơn vị thực hiện một số nội dung sau" over "1. Sở Y tế: …": a list's lead-in
                # that lacks its colon
                or match_key(text.rstrip("*_ ")).endswith(TASK_LIST_LEADINS)
            )
            if is_heading:
                units = self._heading_units(b)
                lvl = level if b.marker else 3.9
                while stack and stack[-1][0] >= lvl:
                    stack.pop()
                key = match_key(text)
                if (
                    units
                    and not self._is_unit_heading(b)
                    and not any(li in key for li in TASK_LIST_LEADINS)
                    and not all(u.collective for u in units)  # "đề nghị các đơn vị thực hiện:" opens a list
                ):
                    # "Sở … sẽ chỉ định Trung tâm … mở các lớp tập huấn về:" — one task whose details follow
                    self.read_block_directives(b, units, default, "", strict=False, whole=True)
                    stack.append((lvl, units, "\x00detail"))
                    continue
                stack.append((lvl, units, text))
                paragraphs_under_unit = bool(units) and text.rstrip("*_ ").endswith(":")
                continue
            if stack and stack[-1][2] == "\x00detail" and level > stack[-1][0] and self.notice.directives:
                # details of the task above: extend it, keep its topics
                d = self.notice.directives[-1]
                d.span = Span(d.span.start, b.span.end)
                d.text = re.sub(r"\s+", " ", self.text[d.span.start : d.span.end]).strip()
                # the details say what and by when: "Chi cục X chủ trì, phối hợp với Y:" then "- kiểm tra … trước …"
                if not d.topics:
                    toks = tokenize(self.text, b.span.start, b.span.end)
                    masked = [
                        (m.span.start, m.span.end)
                        for m in find_agencies(self.text, toks, self.agencies.province)
                    ]
                    hits = classify_topics(b.text, offset=b.span.start, masked=masked)
                    d.topics = _unique([h.topic for h in hits])
                if d.due is None:
                    d.due = self._deadline(b.span.start, b.span.end)
                continue
            if (
                not b.marker
                and stack
                and stack[-1][0] < 6
                and not text.rstrip().endswith(":")
                and not (paragraphs_under_unit and stack[-1][1])
            ):
                # a plain paragraph after a list closes the list's headings; not the paragraphs that are a unit
                # heading's own content ("b) Sở Giao thông vận tải:" then "Khẩn trương khắc phục …")
                stack = [x for x in stack if x[0] < 3]
            paragraphs_under_unit = paragraphs_under_unit and not b.marker
            unit: list[Agency] = []
            context_text = ""
            for _, us, htext in reversed(stack):
                if htext == "\x00detail":
                    continue
                if us and not unit:
                    unit = us
                context_text = context_text or htext
            if not unit and stack:
                context_text = stack[-1][2]
            if zone == "pre" and not unit:
                continue
            # a news story's own sentences need a deontic word to be tasks, but the numbered items after
            # "… kết luận như sau:" are the conclusions themselves ("1. Vụ KH&CN chủ trì, …, trình …")
            listed_conclusion = zone == "conclusion" and bool(b.marker)
            if not listed_conclusion and b.marker and zone == "body" and not news:
                # "2. Để đẩy nhanh tiến độ dự án, Phó Chủ tịch UBND tỉnh chỉ đạo:" over "a) …", "b) …": the items
                # under a numbered lead-in are the conclusions, though no part of the notice is headed so
                listed_conclusion = any(_leads_in(h) for lv, _, h in stack if lv < level)
            strict = (zone == "body" and not unit and not listed_conclusion) or (
                news and not listed_conclusion
            )
            if (
                strict
                and news
                and (zone == "conclusion" or gave_tasks)
                and not b.marker
                and self._opens_with_actor(b)
            ):
                # a paragraph after the chair's "… yêu cầu:" that opens with a body and its task ("Phòng Nội vụ
                # hướng dẫn các xã …") goes on with the list of tasks; so does one right after a paragraph of the
                # leader's directions ("Phó Chủ tịch yêu cầu Công an thành phố …" then "Sở Văn hóa và Thể thao
                # hoàn thành các chương trình … trước đêm khai mạc"), unless it reports what was done
                strict = (
                    gave_tasks
                    and zone != "conclusion"
                    and _is_past_report(tokenize(self.text, b.span.start, b.span.end))
                )
            if not b.marker and zone == "conclusion" and not unit and _under_topic_heading(stack):
                # "4. Về thông tin, tuyên truyền:" then "Đài Phát thanh - Truyền hình tỉnh, Báo X tăng thời lượng
                # …": each paragraph under an item's topic is that item's text, opened by its bodies whatever the
                # verb, as a numbered item is
                opens_item = True
            given = len(self.notice.directives)
            self.read_block_directives(
                b,
                unit,
                default,
                context_text,
                strict=strict,
                opens_item=opens_item,
                after_tasks=news and gave_tasks and not b.marker,
            )
            gave_tasks = len(self.notice.directives) > given

    def _issuer_closes(self, b: Block) -> bool:
        """The issuer's own closing, which reports up and informs its units ("Sở Bưu chính, Viễn thông báo cáo UBND
        tỉnh và thông báo đến các phòng, đơn vị để thực hiện./."): the paragraph the end mark closes, opening with
        the issuer's name and telling the notice out. No task: the units' work is in the items above it."""
        text = b.text.rstrip(" *_")
        if self._issuer is None or not text.endswith(BODY_END_MARKS) or len(text) > CLOSING_MAX_CHARS:
            return False
        key = match_key(text)
        if not any(f in key for f in CLOSING_NOTICE_VERBS):
            return False
        toks = tokenize(self.text, b.span.start, b.span.end)
        ms = find_agencies(self.text, toks, self.agencies.province)
        if not ms or ms[0].start != 0:
            return False
        a = self.resolve(ms[0], self.place())
        return a is not None and a.key == self._issuer.key

    def _person_heading(self, b: Block) -> Person | None:
        """The leader a heading names alone, with his post ("1. Ông Nguyễn Huy Lợi - Chủ tịch UBND huyện",
        "2. Đồng chí Phạm Quang Vinh - Phó Giám đốc Sở"): the items under it may share out his fields."""
        text = b.text.strip().rstrip("*_# ")
        if not text or len(text) > 120 or text[-1] in ".;:,":
            return None
        toks = [t for t in tokenize(self.text, b.span.start, b.span.end) if t.text not in ("*", "#", "_")]
        named = self._honoured_person_at(toks, 0) if toks else None
        if named is None or _CUES.occurs(toks, named[2], len(toks)):
            return None
        return self.add_person(self._mention(toks, named[0], named[1]))

    def _person_fields(self, b: Block, person: Person) -> bool:
        """An item under a leader's heading that names the fields in his charge ("Giúp Chủ tịch chỉ đạo các lĩnh
        vực: kế hoạch, tài chính …", "trực tiếp chỉ đạo công tác tổ chức bộ máy, công tác cán bộ"): a task of the
        person, its topics from the fields. One that lists the units he looks after ("Trực tiếp phụ trách: Phòng
        Nội vụ, …") or what he stands in for is read too, and tasks no one. Other items are left to be read as
        usual (False)."""
        toks = tokenize(self.text, b.span.start, b.span.end)
        if not toks:
            return False
        if _PERSON_FIELD.match(toks, 0) is None:
            return _PERSON_CHARGE.match(toks, 0) is not None
        ms = find_agencies(self.text, toks, self.agencies.province)
        masked = [(m.span.start, m.span.end) for m in ms]
        topics = _unique([h.topic for h in classify_topics(b.text, offset=b.span.start, masked=masked)])
        if topics:
            d = Directive(text=re.sub(r"\s+", " ", self.text[b.span.start : b.span.end]).strip(), span=b.span)
            d.assignees = [person.key]
            d.topics = topics
            self.notice.directives.append(d)
        return True

    def _hands_over_at_start(self, b: Block) -> bool:
        """The block opens by handing a body a task ("Giao Văn phòng Sở tổng hợp …", "Đề nghị Sở Tài chính …") or
        with a body and its task verb ("Sở Y tế chủ trì …")."""
        toks = tokenize(self.text, b.span.start, min(b.span.end, b.span.start + 200))
        dm = _DELEGATE.match(toks, 0) if toks else None
        if (
            dm is not None
            and fold(str(dm[1])) != "chỉ đạo"
            and scan_agency(toks, dm[0], self.text) is not None
        ):
            return True
        return self._opens_with_actor(b)

    def _opens_with_actor(self, b: Block) -> bool:
        """The paragraph opens with a body directly followed by a task verb ("Phòng Nông nghiệp và PTNT hướng
        dẫn …", "UBND các xã rà soát …")."""
        return self._stretch_opens_with_actor(b.span.start, b.span.end)

    def _stretch_opens_with_actor(self, start: int, end: int) -> bool:
        """The text ``[start, end)`` (a paragraph, a sentence) opens with a body directly followed by a task verb."""
        toks = tokenize(self.text, start, min(end, start + 200))
        if toks and toks[0].text in _QUOTES:
            # the leader's words quoted: "“Sở Công Thương phối hợp với … tăng cường kiểm tra …”"
            toks = toks[1:]
        ms = find_agencies(self.text, toks, self.agencies.province)
        if not ms or ms[0].start != 0:
            return False
        # the bodies listed first ("Sở Kế hoạch và Đầu tư, Sở Tài chính …"), then maybe an aside ("theo chức năng,
        # nhiệm vụ"), then the verb
        end = _listed_matches(toks, ms, 0)[0][-1].end
        verb = _past_subject_aside(toks, end)
        return (
            # a kind of body of every place ("Sở KH&CN các tỉnh, thành phố tham mưu …") acts as one body does;
            # "Các đơn vị …" alone is no one in particular
            (not ms[0].collective or ms[0].kind != "collective")
            # "Sở Tài chính cân đối, bố trí kinh phí …": a verb the cues do not list, before one they do
            and (_CUES.match(toks, verb) is not None or _verb_before_comma(toks, verb))
        )

    def read_task_row(self, b: Block, cells: list[tuple[int, int]], columns: dict[str, int]) -> None:
        """One row of a table of tasks: the task, who leads it, who supports, by when — each in its cell."""

        def cell(kind: str) -> tuple[int, int] | None:
            i = columns.get(kind)
            if i is None or i >= len(cells) or cells[i][0] >= cells[i][1]:
                return None
            return cells[i]

        order = cell("order")
        if order is not None:
            # the cell is an item of the conclusions: "Phòng Quản lý Quy hoạch - Xây dựng kiểm tra, xử lý …"
            given = len(self.notice.directives)
            item = Block("digit", "", Span(order[0], order[1]), self.text[order[0] : order[1]], False)
            self.read_block_directives(item, [], [], "", strict=False)
            due_cell = cell("due")
            by = _deadline_cell(self.text, due_cell, self.year, self._counted_from()) if due_cell else None
            for given_d in self.notice.directives[given:]:
                if given_d.due is None:
                    given_d.due = by
            return
        task, lead = cell("task"), cell("lead")
        conclusion = cell("conclusion")
        if task is not None and conclusion is not None and columns["conclusion"] == columns["task"] + 1:
            # "Chợ Bến Lức xuống cấp | Giao Sở Công Thương kêu gọi đầu tư …": the matter and what was concluded
            task = (task[0], conclusion[1])
        if task is None and lead is not None and cell("subject") is not None:
            # the task written in the lead cell: "Cục QLĐB III chủ trì lắp đặt đèn tín hiệu; UBND thị xã X giải tỏa …"
            given = len(self.notice.directives)
            item = Block("digit", "", Span(lead[0], lead[1]), self.text[lead[0] : lead[1]], False)
            self.read_block_directives(item, [], [], "", strict=False)
            due_cell = cell("due")
            by = _deadline_cell(self.text, due_cell, self.year, self._counted_from()) if due_cell else None
            if len(self.notice.directives) > given:
                for given_d in self.notice.directives[given:]:
                    if given_d.due is None:
                        given_d.due = by
                return
            # only the bodies: the task is to deal with the row's subject and its problem
            subject = cell("subject")
            problem = cell("problem")
            task = (
                (subject[0], problem[1])
                if subject is not None and problem is not None and problem[0] > subject[0]
                else subject
            )
        if task is None or lead is None:
            return
        task_toks = tokenize(self.text, task[0], task[1])
        refused = _refused_until(task_toks)
        if refused is not None and refused >= len(task_toks) - 2:
            return  # "Không chấp thuận …, do vượt mức quy định": the petition refused, no task
        place = self.place()

        def bodies(span: tuple[int, int], noted: list[Agency] | None = None) -> list[Agency]:
            """The bodies of a cell; with ``noted``, those a bracketed note marks as taking part only ("…, UBND
            phường Tân Phong (phối hợp)") go there instead."""
            toks = tokenize(self.text, span[0], span[1])
            out: list[Agency] = []
            for m in find_agencies(self.text, toks, self.agencies.province):
                a = self.resolve(m, place)
                if a is None or a.kind == "leadership":
                    continue
                if noted is not None and _noted_as_support(toks, m.end):
                    noted.append(a)
                else:
                    out.append(a)
            return _unique_agencies(out)

        noted: list[Agency] = []
        assignees = bodies(lead, noted)
        if assignees:
            # "Phòng Quản lý đô thị chủ trì, phối hợp với Công an thành phố": the partners after a support phrase
            ltoks = tokenize(self.text, lead[0], lead[1])
            partners = self.supports_in(ltoks, find_agencies(self.text, ltoks, self.agencies.province), [])
            if partners and len(partners) < len(assignees):
                noted.extend(a for a in assignees if a in partners)
                assignees = [a for a in assignees if a not in partners]
        else:
            assignees, noted = _unique_agencies(noted), []  # "A, B (phối hợp)" alone: no one leads, they act
        if not assignees:
            return
        support = cell("support")
        supports = _unique_agencies(
            [a for a in (bodies(support) if support else []) + noted if a not in assignees]
        )
        used = [c for c in (task, lead, support, cell("due")) if c is not None]
        start, end = min(c[0] for c in used), max(c[1] for c in used)
        d = Directive(text=re.sub(r"\s+", " ", self.text[task[0] : task[1]]).strip(), span=Span(start, end))
        d.assignees = [a.key for a in assignees]
        d.supports = [a.key for a in supports]
        toks = tokenize(self.text, task[0], task[1])
        tms = find_agencies(self.text, toks, self.agencies.province)
        # "Phối hợp Trạm Khuyến nông huyện mở 02 lớp tập huấn …" in the task's cell: the partner supports
        # (not a group helped: "Hướng dẫn, hỗ trợ các doanh nghiệp …")
        d.supports.extend(
            a.key
            for a in self.supports_in(toks, tms, assignees)
            if not a.collective and a.key not in d.supports
        )
        masked = [(m.span.start, m.span.end) for m in tms]
        hits = classify_topics(self.text[task[0] : task[1]], offset=task[0], masked=masked)
        d.topics = _unique([h.topic for h in hits])
        due = cell("due")
        d.due = _deadline_cell(self.text, due, self.year, self._counted_from()) if due else None
        if d.due is None:
            d.due = self._deadline(task_toks[refused].start if refused is not None else task[0], task[1])
        self.notice.directives.append(d)

    def _inline_unit(self, b: Block) -> tuple[list[Agency], int] | None:
        """ "2.2. Sở Nội vụ: tham mưu …" — a unit heading and its task on one line ("Trung tâm PVHCC xã A,
        phường B: báo cáo …" — or several units)."""
        label = self._label_before_colon(b)
        if label is None:
            return None
        toks, colon, start = label
        if not toks:
            return None
        i = 2 if toks[0].key == "đối" and len(toks) > 2 else (1 if toks[0].key in ("giao", "riêng") else 0)
        am = scan_agency(toks, i, self.text)
        if am is None:
            return None
        if am.collective and am.end >= len(toks):
            # "Cục Hải quan các tỉnh: Lạng Sơn, Quảng Ninh …": a group whose places may follow the colon
            listed = self._places_listed_past(b, colon) or self._members_listed_past(b, colon)
            if listed is not None:
                return listed
        ams = [am] if am.end >= len(toks) else self._listed_bodies(toks, am)
        if not ams:
            return None
        place = self.place()
        units = _unique_agencies([a for m in ams if (a := self.resolve(m, place)) is not None])
        if not units:
            return None
        return units, start

    def _label_before_colon(self, b: Block) -> tuple[list[Tok], int, int] | None:
        """A line's label before its colon ("2.2. Sở Nội vụ: …", "Sở Tài chính: ông A …"), its emphasis dropped:
        the label's tokens, the colon's offset and where the text after it starts. A bracketed note that closes
        the label is left out ("1. Liên minh Hợp tác xã tỉnh (Ban Kế hoạch - Hỗ trợ): chủ trì …", "Chi cục Phát
        triển nông thôn (Sở Nông nghiệp và PTNT): ông A …"): the body before it is the one the line is about.
        None when there is no colon in the line's first `LABEL_MAX_CHARS` characters, unless what runs past them is
        that closing note (`_note_closes_label`)."""
        colon = b.text.find(":")
        if colon <= 0 or (colon > LABEL_MAX_CHARS and not _note_closes_label(b.text[:colon])):
            return None
        toks = [t for t in tokenize(self.text, b.span.start, b.span.start + colon) if t.text not in ("*",)]
        if (note := _closing_note(toks)) is not None:
            toks = toks[:note]
        start = b.span.start + colon + 1
        while start < b.span.end and self.text[start] in " *_":
            start += 1
        return toks, b.span.start + colon, start

    def _places_listed_past(self, b: Block, colon: int) -> tuple[list[Agency], int] | None:
        """ "7. Cục Hải quan các tỉnh: Lạng Sơn, Quảng Ninh, Lào Cai khẩn trương …": a group whose places are
        listed after the colon is one body in each place (`find_agencies` reads the list); the task starts after
        the last place."""
        toks = tokenize(self.text, b.span.start, b.span.end)
        ms = find_agencies(self.text, toks, self.agencies.province)
        # the heading's start in the block's own tokens: bold marks ("**7. Cục …") count there too
        words = [k for k, t in enumerate(toks) if t.text != "*"]
        first = _unit_heading_start([toks[k] for k in words])
        first = words[first] if first < len(words) else len(toks)
        run: list[AgencyMatch] = []
        for m in ms:
            if run and m.start > run[-1].end + 1:
                break
            if not run and (m.start > first + 1 or m.span.start >= colon):
                return None
            run.append(m)
        if len(run) < 2 or run[-1].span.end <= colon or run[0].span.start >= colon:
            return None
        return self._units_of_run(b, run)

    def _members_listed_past(self, b: Block, colon: int) -> tuple[list[Agency], int] | None:
        """ "1. Giao các Sở: Tài chính, Xây dựng, Nội vụ rà soát …", "Giao các sở: TC, XD, NN&MT phối hợp …": the
        group's members are named right after the colon (`find_agencies` reads them under the group's head), and
        the task is each one's; it starts after the last name."""
        toks = tokenize(self.text, b.span.start, b.span.end)
        at = next((k for k, t in enumerate(toks) if t.start >= colon), len(toks))
        if at >= len(toks) or toks[at].text != ":":
            return None
        run: list[AgencyMatch] = []
        for m in find_agencies(self.text, toks, self.agencies.province):
            if m.end <= at:
                continue
            if (not run and (m.start != at + 1 or m.collective)) or (run and m.start > run[-1].end + 1):
                break
            run.append(m)
        if not run:
            return None
        return self._units_of_run(b, run)

    def _units_of_run(self, b: Block, run: list[AgencyMatch]) -> tuple[list[Agency], int] | None:
        """The bodies of a run of names that opens a line's task, and where the task's text starts: after the last
        name and the marks and commas that follow it."""
        place = self.place()
        units = _unique_agencies([a for m in run if (a := self.resolve(m, place)) is not None])
        start = run[-1].span.end
        while start < b.span.end and self.text[start] in " *_,":
            start += 1
        return (units, start) if units else None

    def agencies_by_key(self, key: str) -> Agency:
        return next(a for a in self.agencies.by_key.values() if a.key == key)

    def _heading_bodies(self, b: Block) -> list[AgencyMatch]:
        """The bodies a unit heading names, when it names nothing else: "Sở Tài chính:", "Giao Sở X:",
        "Phòng Kinh tế các xã, Phòng Kinh tế, Hạ tầng và Đô thị các phường:" (the items under it are theirs)."""
        toks = tokenize(self.text, b.span.start, b.span.end)
        if ":" in self.text[b.span.start : b.span.end].rstrip(" *_:\n") and (
            members := self._members_after_colon([t for t in toks if t.text != "*"])
        ):
            return members  # "2. Các Công ty thủy lợi: Sông Chu, Bắc Sông Mã": the items are each one's
        toks = [t for t in toks if t.text not in ("*", ":")]
        toks = toks[_last_sentence_start(toks) :]
        toks = toks[_unit_heading_start(toks) :]
        if not toks:
            return []
        if (side := self._record_side(toks)) is not None:
            return [side]  # "1. Bên B (UBND huyện Yên Phong) có trách nhiệm:", "2. Bên A có trách nhiệm:"
        am = scan_agency(toks, 0, self.text)
        if am is None and (headed := self._body_of_a_head(toks)) is not None:
            return [
                headed
            ]  # "Đề nghị Giám đốc Sở Tài nguyên và Môi trường:": the Sở's tasks, asked of its head
        if am is None:
            # "3. Đối với nhà thầu thi công (Công ty cổ phần X)": the part a body plays, the body in brackets
            held = self._role_bracket(toks, 0)
            return [held[0]] if held is not None and held[1] >= len(toks) else []
        if am.collective and (members := self._bracketed_members(toks, am)):
            return members  # "2. Các Công ty TNHH MTV thủy lợi (Sông Chu, Bắc Sông Mã)": the items are each one's
        if _closing_note(toks) == am.end:
            toks = toks[: am.end]  # "1. Sở Khoa học và Công nghệ (sau hợp nhất):": a note on the body
        if am.end >= len(toks) - 1 or _apposition_to_the_end(toks, am.end):
            return [am]
        if (lm := _PARTY_LEADING.match(toks, am.end)) is not None and (
            (led := scan_agency(toks, lm[0], self.text)) is not None and led.end >= len(toks) - 1
        ):
            # "1. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:": the Party body answers for the items, the body it leads
            # carries them out
            return [am, led]
        if am.collective and am.kind == "collective" and self._describes_the_group(toks, am, others=True):
            return [am]  # "4. Các doanh nghiệp kinh doanh vận tải taxi": the kind of business they are
        if listed := self._listed_bodies(toks, am):
            return listed  # "Trung tâm PVHCC xã A, phường B:": each has the items below
        if am.collective and self._describes_the_group(toks, am):
            # "1. UBND các xã bị ảnh hưởng:", "Phòng Kinh tế các xã vùng lũ:": which of the places' bodies the items
            # below are for (not "UBND các huyện ven biển và thành phố Quảng Ngãi:", two bodies listed)
            return [am]
        return []

    def _describes_the_group(self, toks: list[Tok], am: AgencyMatch, *, others: bool = False) -> bool:
        """Whether the words after the group ``am`` to the heading's end only describe its members: a few words, no
        clause mark, no task verb, and (unless ``others``) no other body's name."""
        return (
            len(toks) - am.end <= COLLECTIVE_HEADING_WORDS
            and not any(t.text in (",", ";", ".", "(") for t in toks[am.end :])
            and not _CUES.occurs(toks, am.end, len(toks))
            and (
                others
                or not any(m.start >= am.end for m in find_agencies(self.text, toks, self.agencies.province))
            )
        )

    def _body_of_a_head(self, toks: list[Tok]) -> AgencyMatch | None:
        """The one body a heading names through its head's title and nothing after it ("Giám đốc Sở Y tế",
        "đồng chí Chủ tịch UBND huyện Nam Đàn"): a question session's or a leader's conclusions address a body by
        its head, and the items below are the body's tasks; None otherwise (a name after the title makes the
        person the addressee)."""
        hm = _ADDRESS_HONORIFIC.match(toks, 0)
        k = hm[0] if hm is not None else 0
        tm = match_title(toks, k)
        if tm is None or not toks[k].is_cap:
            return None
        body = scan_agency(toks, tm[0], self.text)
        if body is None or body.collective or body.end < len(toks):
            return None
        return body

    @functools.cached_property
    def _record_sides(self) -> dict[str, AgencyMatch]:
        """The bodies a record between two parties names as its sides: "BÊN A: SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "BÊN B: CÔNG TY CỔ PHẦN X" (by the side's letter)."""
        sides: dict[str, AgencyMatch] = {}
        for letter, span in record_sides(self.text).items():
            toks = tokenize(self.text, span.start, span.end)
            am = scan_agency(toks, 0, self.text) if toks else None
            if am is not None:
                sides[letter] = am
        return sides

    def _record_side(self, toks: list[Tok]) -> AgencyMatch | None:
        """The body a heading names as a side of the record ("Bên B (UBND huyện Yên Phong) có trách nhiệm", "Bên A
        có trách nhiệm"): the body in brackets, or else the one the record named as that side."""
        if (
            len(toks) < 2
            or fold(toks[0].text) not in _RECORD_SIDE
            or not toks[1].text.isupper()
            or toks[1].text.lower() not in RECORD_SIDE_LETTERS
        ):
            return None
        k = 2
        am: AgencyMatch | None = None
        if k < len(toks) and toks[k].text == "(":
            am = scan_agency(toks, k + 1, self.text)
            close = next((q for q in range(k + 1, len(toks)) if toks[q].text == ")"), None)
            if close is None:
                return None
            k = close + 1
        if k < len(toks) and _RESPONSIBLE.match(toks, k) is None:
            return None  # "Bên B thống nhất với kết quả kiểm tra": no heading of the side's tasks
        return am if am is not None else self._record_sides.get(toks[1].text.lower())

    def _role_bracket(self, toks: list[Tok], k: int) -> tuple[AgencyMatch, int] | None:
        """The body a part written at ``toks[k]`` names in the bracket after it ("nhà thầu thi công (Công ty cổ
        phần X)", "Cơ quan Thường trực Ban Chỉ đạo (Công an tỉnh)": the committee whose part it is may come
        between), and where the bracket ends; None when no part opens there or the bracket holds anything but
        one body."""
        rm = _PARTY_ROLE.match(toks, k)
        if rm is None:
            return None
        j = rm[0]
        if j < len(toks) and toks[j].text != "(" and (owner := scan_agency(toks, j, self.text)) is not None:
            j = owner.end  # "Cơ quan Thường trực Ban Chỉ đạo (Công an tỉnh)"
        if j >= len(toks) or toks[j].text != "(":
            return None
        ms = find_agencies(self.text, toks[j + 1 :], self.agencies.province)
        body = ms[0] if ms and ms[0].start == 0 else None
        if body is None or body.collective:
            return None
        close = j + 1 + body.end
        # a place the name closes on ("(Công ty cổ phần Xây dựng số 6 Nghệ An)"): capitalised words, up to three
        while close < len(toks) and close < j + 1 + body.end + 3 and toks[close].text[:1].isupper():
            close += 1
        if close >= len(toks) or toks[close].text != ")":
            return None
        return dataclasses.replace(body, start=body.start + j + 1, end=body.end + j + 1), close + 1

    def _role_holder(self, role: str) -> Agency | None:
        """The one body the notice names as playing ``role`` (folded: "cơ quan thường trực"), in brackets after
        the part ("Cơ quan Thường trực Ban Chỉ đạo (Công an tỉnh)"), after its colon ("Nhà thầu thi công: Công ty
        X") or before it in brackets ("Công an tỉnh (cơ quan thường trực)"); None when it names none or several."""
        if self._role_holders is None:
            named: dict[str, dict[str, Agency]] = {}
            for hit in _PARTY_ROLE_TEXT.finditer(self.text):
                lo = max(self.text.rfind("\n", 0, hit.start()) + 1, hit.start() - 200)
                hi = self.text.find("\n", hit.end())
                toks = tokenize(self.text, lo, hi if hi >= 0 else len(self.text))
                c = next((k for k, t in enumerate(toks) if t.start == hit.start()), None)
                rm = _PARTY_ROLE.match(toks, c) if c is not None else None
                if c is None or rm is None:
                    continue
                body: AgencyMatch | None = None
                held = self._role_bracket(toks, c)
                if held is not None:
                    body = held[0]
                else:
                    ms = find_agencies(self.text, toks, self.agencies.province)
                    k = rm[0]
                    if k + 1 < len(toks) and toks[k].text == ":":
                        body = next((m for m in ms if m.start == k + 1 and not m.collective), None)
                    elif c > 0 and toks[c - 1].text == "(" and k < len(toks) and toks[k].text == ")":
                        body = next((m for m in ms if m.end == c - 1 and not m.collective), None)
                a = self.resolve(body, self.place()) if body is not None else None
                if a is not None:
                    named.setdefault(fold(str(rm[1])), {})[a.key] = a
            self._role_holders = {
                r: next(iter(v.values())) if len(v) == 1 else None for r, v in named.items()
            }
        return self._role_holders.get(role)

    def _role_subject(self, toks: list[Tok]) -> Agency | None:
        """The body a clause opening with a part names, when a verb follows ("Cơ quan Thường trực Ban Chỉ đạo 138
        tỉnh theo dõi, đôn đốc …", "Nhà thầu thi công (Công ty X) bổ sung nhân lực …"): the body in its brackets,
        else the one the notice named so."""
        lead = _SUBJECT_LEAD.match(toks, 0) if toks else None
        k = lead[0] if lead is not None else 0
        rm = _PARTY_ROLE.match(toks, k)
        if rm is None:
            return None
        held = self._role_bracket(toks, k)
        if held is not None:
            j = held[1]
        else:
            j = rm[0]
            owner = next(
                (m for m in find_agencies(self.text, toks, self.agencies.province) if m.start == j), None
            )
            if owner is not None:
                j = owner.end  # "Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh"
        if not (_CUES.match(toks, j) is not None or _verb_before_comma(toks, j)):
            return None
        if held is not None:
            return self.resolve(held[0], self.place())
        return self._role_holder(fold(str(rm[1])))

    def _listed_bodies(self, toks: list[Tok], am: AgencyMatch) -> list[AgencyMatch]:
        """The bodies from ``am`` to the end of ``toks`` when nothing else stands there but "," ";" "và" between
        them ("Trung tâm Y tế huyện A, Trung tâm Y tế huyện B"); [] otherwise."""
        ms = [m for m in find_agencies(self.text, toks, self.agencies.province) if m.start >= am.start]
        if ms:
            ms[-1] = self._group_to_the_end(toks, ms[-1])
        covered = {k for m in ms for k in range(m.start, m.end)}
        for m, nxt in zip(ms, ms[1:], strict=False):
            # "UBND các xã ven suối và thị trấn Kỳ Sơn:": a few lower-case words after a group, up to the next body's
            # "," or "và", say which of the places' bodies are meant
            k = m.end
            while k < nxt.start and toks[k].is_word and not toks[k].is_cap and toks[k].key != "và":
                k += 1
            if (
                m.collective
                and k > m.end
                and k - m.end <= COLLECTIVE_HEADING_WORDS
                and not _CUES.occurs(toks, m.end, k)
            ):
                covered.update(range(m.end, k))
        if len(ms) > 1 and all(
            k in covered
            or toks[k].text in (",", ";", "và")
            # "UBND thành phố Hạ Long, Cẩm Phả và các huyện Vân Đồn, Cô Tô": "các" before the next places' kind
            or (toks[k].key == "các" and k + 1 in covered)
            for k in range(am.start, len(toks))
        ):
            return ms
        return []

    def _group_to_the_end(self, toks: list[Tok], m: AgencyMatch) -> AgencyMatch:
        """A group that closes a label, with the words after its head up to the label's end: "Vườn quốc gia A,
        Công ty B và các Ban Quản lý rừng phòng hộ:" (the group is "các Ban Quản lý rừng phòng hộ", all of them
        leading the task); ``m`` itself when it is no group or anything but words follows it."""
        if not m.collective or m.end >= len(toks) or not all(t.is_word for t in toks[m.end :]):
            return m
        end = toks[-1].end
        return dataclasses.replace(
            m, end=len(toks), span=Span(m.span.start, end), surface=self.text[m.span.start : end]
        )

    def _bracketed_members(self, toks: list[Tok], am: AgencyMatch) -> list[AgencyMatch]:
        """The bodies a collective heading ``am`` lists in the bracket that closes it ("Các Công ty thủy lợi
        (Sông Chu, Bắc Sông Mã)", "UBND các huyện (Mường Lát, Quan Sơn)"), as `find_agencies` reads them; []
        when the bracket holds anything else ("Các Sở (trừ Sở Tài chính)", "(theo danh sách)")."""
        if not (am.end < len(toks) - 2 and toks[am.end].text == "(" and toks[-1].text == ")"):
            return []
        ms = [m for m in find_agencies(self.text, toks, self.agencies.province) if m.start >= am.start]
        if not ms or any(m.collective for m in ms):
            return []
        covered = {k for m in ms for k in range(m.start, m.end)} | set(range(am.start, am.end + 1))
        if all(k in covered or toks[k].text in (",", ";", "và", ")") for k in range(am.start, len(toks))):
            return [self._known_by_tail(m) for m in ms]
        return []

    def _members_after_colon(self, toks: list[Tok]) -> list[AgencyMatch]:
        """The bodies a collective heading lists after its colon and nothing else ("2. Các Công ty TNHH MTV
        thủy lợi: Sông Chu, Bắc Sông Mã", with or without a closing colon), as `_bracketed_members` reads
        them in a bracket; [] when anything but the names follows the colon ("Các huyện: rà soát …")."""
        toks = toks[_unit_heading_start(toks) :]
        am = scan_agency(toks, 0, self.text) if toks else None
        if am is None or not am.collective or am.end >= len(toks) - 1 or toks[am.end].text != ":":
            return []
        ms = [m for m in find_agencies(self.text, toks, self.agencies.province) if m.start > am.end]
        if not ms or any(m.collective for m in ms):
            return []
        covered = {k for m in ms for k in range(m.start, m.end)}
        last = len(toks) - 1 if toks[-1].text in (":", ".") else len(toks)
        if all(k in covered or toks[k].text in (",", ";", "và") for k in range(am.end + 1, last)):
            return [self._known_by_tail(m) for m in ms]
        return []

    def _known_by_tail(self, m: AgencyMatch) -> AgencyMatch:
        """``m``, a name listed under a shared head ("Sông Chu" under "Các Công ty TNHH MTV thủy lợi"), as the
        one body of that head already named in the notice whose name ends in it ("Công ty TNHH MTV Sông
        Chu"), so the list's items are the bodies named before; ``m`` itself when there is no such one body."""
        if not (m.head and m.name) or m.kind == "locality":
            return m
        head, tail = fold(m.head), " " + fold(m.name)
        known = {
            a.name
            for a in self.agencies.by_key.values()
            if not a.collective and fold(a.name).startswith(head + " ") and fold(a.name).endswith(tail)
        }
        if len(known) != 1:
            return m
        name = known.pop()
        return dataclasses.replace(m, name=name[len(m.head) + 1 :])

    def _is_unit_heading(self, b: Block) -> bool:
        return bool(self._heading_bodies(b))

    def _heading_units(self, b: Block) -> list[Agency]:
        bodies = self._heading_bodies(b)
        if bodies:
            place = self.place()
            return _unique_agencies([a for am in bodies if (a := self.resolve(am, place)) is not None])
        # an intro sentence with an actor: "… các huyện, thị xã, thành phố quan tâm … những nhiệm vụ sau:"
        toks = tokenize(self.text, b.span.start, b.span.end)
        ms = find_agencies(self.text, toks, self.agencies.province)
        found = self._found(ms)
        delegated, _, kept, directed = self.delegated(toks, ms)
        if delegated and not kept:
            return delegated
        acting = _unique_agencies(self.subjects(b.span.start, b.span.end, found) + directed)
        if not acting and (committee := self._place_told_to_act(toks, ms)) is not None:
            return [committee]
        return acting

    def _lead_in_units(self, b: Block) -> list[Agency]:
        """The bodies a part's heading that is a list's lead-in tells to act ("…; tỉnh X cần tập trung thực hiện tốt
        các nhiệm vụ sau:", "UBND huyện Y cần thực hiện các nhiệm vụ sau:"); none for a title or a group."""
        text = b.text.rstrip(" *_")
        if not text.endswith(":") or not match_key(text[:-1]).rstrip().endswith(TASK_LIST_LEADINS):
            return []
        toks = tokenize(self.text, b.span.start, b.span.end)
        start = max((k + 1 for k, t in enumerate(toks) if t.text in (";", ".")), default=0)
        opening = next(
            (m for m in find_agencies(self.text, toks, self.agencies.province) if m.start == start), None
        )
        if opening is None or opening.collective:
            return []  # checked before any body is resolved: a title or a group adds no body to the notice
        units = self._heading_units(b)
        return units if units and not any(u.collective for u in units) else []

    def _place_told_to_act(self, toks: list[Tok], ms: list[AgencyMatch]) -> Agency | None:
        """The people's committee of a place a list's lead-in tells to act: "Thống nhất với các mục tiêu Tỉnh đã đề
        ra; tỉnh Sóc Trăng cần tập trung thực hiện tốt các nhiệm vụ sau:" — the place, opening the last clause and
        followed by a deontic word, stands for its UBND, which carries out the items below."""
        if not match_key(join(self.text, toks).rstrip(" :*_")).endswith(TASK_LIST_LEADINS):
            return None
        start = max((k + 1 for k, t in enumerate(toks) if t.text in (";", ".")), default=0)
        m = next((m for m in ms if m.start == start), None)
        if (
            m is None
            or m.kind != "locality"
            or m.collective
            or not m.locality
            or fold(m.locality_type or "") not in _ACTING_PLACE_TYPES
            or _DEONTIC.match(toks, m.end) is None
        ):
            return None
        province = fold(m.locality_type or "") == "tỉnh"
        return self.agencies.add(
            f"Ủy ban nhân dân {m.locality_type} {m.locality}",
            "ubnd",
            m.surface,
            m.span,
            district=None if province else m.locality,
        )

    def _found(self, ms: list[AgencyMatch]) -> tuple[str | None, list[AgencyMatch]]:
        """`find_agencies`' answer for a stretch, kept for `subjects` of the same stretch: copies taken
        before anything resolves the matches (`AgencyBook.resolve` rewrites a match's locality), with the
        province they were found under."""
        return self.agencies.province, [copy.copy(m) for m in ms]

    def subjects(
        self, start: int, end: int, found: tuple[str | None, list[AgencyMatch]] | None = None
    ) -> list[Agency]:
        """Bodies that act in a clause: a body (or list of bodies) directly followed by an action word.

        ``found`` is `_found` of this very stretch when the caller scanned it already: the scan is not
        run twice (it is the same scan of the same tokens) unless the province has changed since.
        """
        toks = tokenize(self.text, start, end)
        if found is not None and found[0] == self.agencies.province:
            ms = found[1]
        else:
            ms = find_agencies(self.text, toks, self.agencies.province)
        out: list[Agency] = []
        group: list[AgencyMatch] = []
        # the bodies named inside an aside ("(cơ quan thường trực của Hội đồng)") are not subjects
        aside_end = 0
        for idx, m in enumerate(ms):
            if m.start < aside_end:
                continue
            group.append(m)
            j = m.end
            if m.collective and fold(toks[j - 1].text) in _GROUP_OWNER_LINK_ENDS:
                # "Các đơn vị trực thuộc Sở khẩn trương …": the body after the group owns it, and does not act
                owner = next((x for x in ms[idx + 1 :] if x.start == j), None)
                if owner is not None:
                    j = aside_end = owner.end
            # "Riêng UBND huyện Chư Pưh (vắng họp) báo cáo …", "Tổng công ty Điện lực TP Hà Nội (EVNHANOI) và …",
            # "Ban Dân tộc tỉnh (cơ quan thường trực Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng
            # đồng bào dân tộc thiểu số và miền núi) chủ trì …": an aside between the body and what follows it,
            # however long, within the sentence
            if (after_aside := _past_aside(toks, j)) > j:
                j = aside_end = after_aside
            nxt = ms[idx + 1] if idx + 1 < len(ms) else None
            if nxt is not None and nxt.start < j:  # a body inside the aside: the next one after it
                nxt = next((x for x in ms[idx + 1 :] if x.start >= j), None)
            if (
                nxt is not None
                and nxt.start <= j + 1
                and nxt.start >= j
                and (j == nxt.start or toks[j].text in (",", "và") or toks[j].key == "và")
            ):
                continue
            if (
                nxt is not None
                and nxt.start > j + 1
                and (toks[j].text == "," or toks[j].key == "và")
                and j + 1 in _heads_ending_at(toks, nxt.start)
                and _heads_ending_at(toks, group[0].start)
            ):
                continue  # "Thủ trưởng các sở, ngành và Chủ tịch UBND các huyện phải …": both bodies, by their heads
            if (
                nxt is not None
                and nxt.start > j
                and (cm := _CO_ACTOR.match(toks, j)) is not None
                and cm[0] == nxt.start
                and not nxt.collective
            ):
                continue  # "Sở A cùng (với) Trung tâm B tổ chức …": both act
            # "Chi cục TĐC là đơn vị thường trực, chủ trì, phối hợp với …", "Sở Tài chính theo chức năng, nhiệm vụ
            # phối hợp …"
            if m.collective and (qm := _GROUP_QUALIFIER.match(toks, j)) is not None:
                j = qm[0]  # "UBND các huyện, thành phố, thị xã còn lại chủ động …"
            elif m.collective:
                j = _past_members_having(toks, j)  # "… và các xã, phường có khu công nghiệp phối hợp …"
            j = _past_subject_role(toks, j)
            past = False
            will = j < len(toks) and toks[j].key == "sẽ"  # (itself among the cues: "sẽ phối hợp …")
            while j < len(toks) and not _CUES.match(toks, j):
                if (mm := _MANNER.match(toks, j)) is not None:
                    j = mm[0]  # "Trung tâm Thông tin kịp thời đăng tải …": an adverb before the verb
                    continue
                if toks[j].key not in ("đã", "sẽ", "cũng", "cần", "phải"):
                    break
                past = past or toks[j].key == "đã"
                will = will or toks[j].key == "sẽ"
                j += 1
            # "Trung tâm X đã hiệu chuẩn 640 nhiệt kế" reports what was done; it is not a task
            acts = (
                bool(_CUES.match(toks, j))
                or _verb_before_comma(toks, j)
                or _TASK_HAVE.match(toks, j) is not None
            ) and not past
            if not acts and not past and j < len(toks) and _PASSIVE_TASK.match(toks, j) is not None:
                # "Ban Quản lý cảng cá Phan Thiết được đề nghị đưa nội dung …", "Bệnh viện X được chọn làm đơn vị
                # điểm: …": asked, in the passive
                acts = True
            if not acts:
                # "Quận A, B đã được công nhận …, sớm đưa Trạm … vào hoạt động": the task after a comma
                k2 = j
                while k2 < len(toks) and k2 < j + 15 and toks[k2].text not in (".", ";"):
                    if (
                        toks[k2].text == ","
                        and k2 + 1 < len(toks)
                        and (dm := _DEONTIC.match(toks, k2 + 1)) is not None
                        and not (past and str(dm[1]) in DEONTIC_PLAIN_VERBS)
                    ):
                        acts = True
                        break
                    k2 += 1
            g0 = group[0].start
            clause_start = (
                g0 == 0
                or toks[g0 - 1].text in (",", ";", ":", "(", "-", "–", "+", "*")
                # a leader's words quoted in a news story: "“Sở Công Thương phối hợp với … tăng cường kiểm tra …”"
                or (g0 == 1 and toks[0].text in _QUOTES)
                # "Riêng UBND huyện Tân Châu rà soát …", "Trong đó, Sở Y tế chủ trì …"
                or _led_subject(toks, g0)
                # a post opening an item or a clause after ";" names the body it heads, when the body acts
                # itself: "Chủ tịch UBND xã A kiểm điểm, báo cáo …" (not "…, Phó Giám đốc Sở chỉ đạo …" after a
                # name, nor "Phó Chủ tịch UBND tỉnh đề nghị X …": the post-holder speaks)
                or (
                    _DELEGATE.match(toks, j) is None
                    and any(
                        s == 0 or toks[s - 1].text in (";", ":") or _heads_listed_before(toks, s)
                        for s in _heads_ending_at(
                            toks, g0, group=group[0].collective and not _HEADS_ACCOUNTABLE.occurs(toks)
                        )
                    )
                )
                # a body's own commitment in reported speech: "Giám đốc Sở cho biết Sở sẽ phối hợp với Sở Nội vụ
                # tham mưu …", "… khẳng định Công ty sẽ khắc phục …" (what it will do, not what it did or thinks)
                or (will and _reported_after_speaking(toks, g0))
                or (
                    g0 >= 2
                    and fold(self.text[toks[g0 - 2].start : toks[g0 - 1].end]) in ("đề nghị", "yêu cầu")
                    # not the papers' name: "lập hồ sơ đề nghị Tổng cục X …" (the one preparing them acts)
                    and not (g0 >= 3 and _is_request_paper(toks, g0 - 2))
                    # not when a body asks it: "Sở Tài chính sẽ đề nghị Bộ Tài chính bổ sung …" (the Sở acts)
                    and not any(
                        m.end == g0 - 2
                        or (m.end == g0 - 3 and toks[g0 - 3].key in ("sẽ", "cần", "phải", "cũng"))
                        for m in ms
                    )
                )
            )
            if (
                acts
                and clause_start
                and not _past_passive_agent(toks, g0)
                and not _parent_after_partner(toks, g0)
            ):
                for g in group:
                    a = self.resolve(g, self.place())
                    if a is not None and a.kind != "leadership":
                        out.append(a)
            group = []
        if not out and toks and (held := self._role_subject(toks)) is not None:
            out.append(held)  # "Cơ quan Thường trực Ban Chỉ đạo tỉnh theo dõi …": the body named so
        return out

    @staticmethod
    def _asked_above(m: AgencyMatch) -> bool:
        """A request to the province's or a ministry's leadership, which the one asking must write."""
        return m.kind in _ASKED_UP or (
            m.kind == "ubnd" and fold(m.locality_type or "") in ("tỉnh", "thành phố")
        )

    def _asks_down(self, toks: list[Tok], ms: list[AgencyMatch], subject: AgencyMatch, j: int) -> bool:
        """A body that asks, in the meeting's voice, another body or a person that is not above it: the
        council, the inspection team, a Sở speaking to its units or to a project's leader. A request to the
        province's or a ministry's leadership ("đề nghị UBND tỉnh …", "đề nghị Bộ …") is the subject's own
        task — it must write the request. The first thing asked sits right after the verb."""
        if j >= len(toks):
            return False
        nxt = next((m for m in ms if m.start >= j), None)
        if nxt is None or nxt.start > j + 12 or _CUES.occurs(toks, j, nxt.start):
            return False  # "Hội đồng đề nghị bổ sung …": no one else named before the task's verb
        if subject.kind == "party" and fold(nxt.head or "") in DIRECTED_PARTY_HEADS:
            return True  # "Ban Thường vụ Tỉnh ủy đề nghị Ban cán sự đảng UBND tỉnh chỉ đạo …"
        if self._asked_above(nxt):
            return False
        return subject.kind not in ("ubnd", "party", "government", "hdnd") or nxt.kind not in ("ubnd",)

    def _responsible_person(self, toks: list[Tok], opens_item: bool = False) -> list[Person]:
        """A person who opens an item and is made responsible for it: "6. Bà Y Thương chịu trách nhiệm tổng
        hợp …", "Đồng chí Hà Thị Liễu - Phó Giám đốc Sở có trách nhiệm đôn đốc …" (as "Giao bà X …" would).

        ``opens_item``: the sentence opens a numbered or lettered item, where a named person followed by a
        task's verb acts as a body would ("a) Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chỉ
        đạo hoàn chỉnh …"); not a request ("… đề nghị Sở X …" asks another) nor the meeting's chair."""
        if any(t.text in ("*", "_") for t in toks[:12]):
            # "- **Đồng chí Hồ Thị Hạnh**, Phó Trưởng ban: …"
            toks = [t for t in toks if t.text not in ("*", "_")]
        named = self._honoured_person_at(toks, 0)
        if named is None:
            return []
        nm, posts, k = named
        k = _past_dashes(toks, k, len(toks))
        # "Đồng chí Nguyễn Văn Quý, Phó Trưởng ban: xây dựng kế hoạch …": the person labels the item as a body
        # does ("Phòng Tài chính - Kế hoạch: tham mưu …"), the task after the colon is theirs
        labelled = k + 1 < len(toks) and toks[k].text == ":"
        if (
            not labelled
            and _RESPONSIBLE.match(toks, k) is None
            and not (opens_item and self._acts_as_item_subject(toks, k))
        ):
            return []
        person = self._mention(toks, nm, posts)
        if not labelled and match_key(person.name) in set(self.notice.meeting.chairs) | set(self.concluders):
            return []  # "1. Đồng chí X, Chủ tịch UBND tỉnh chỉ đạo …": the chair speaking, not a member's task
        return [self.add_person(person)]

    def _acts_as_item_subject(self, toks: list[Tok], k: int) -> bool:
        """A task's verb at ``toks[k]`` right after a person's name and posts: an action or directing verb, not a
        request to another ("đề nghị", "báo cáo"), in a sentence that is not a past report. An adverb of manner
        may stand before the verb ("d) Ông A trực tiếp theo dõi, đôn đốc …", "Bà B thường xuyên kiểm tra …")."""
        while (mm := _MANNER.match(toks, k)) is not None:
            k = mm[0] + (mm[0] < len(toks) and toks[mm[0]].text == ",")
        vm = _CUES.match(toks, k) or _DIRECTING.match(toks, k)
        if vm is None or fold(str(vm[1])) in _REQUEST or fold(toks[k].text) == "giao":
            return False
        return not _is_past_report(toks)

    def _honoured_person_at(self, toks: list[Tok], j: int) -> tuple[NameMatch, list, int] | None:
        """A person named with an honorific at ``toks[j]`` and the post written after the name ("ông Lê Văn A,
        Trưởng phòng QLKH", "bà X (Phó Giám đốc Sở)"): the name, the posts, and where they end."""
        nm = scan_name(toks, j, need_surname=True, allow_honorific=True, text=self.text)
        if (
            (nm is None or nm.honorific is None)
            and j + 2 < len(toks)
            and (toks[j].key, toks[j + 1].key) == ("đồng", "chí")
        ):
            # "đồng chí Thượng tá Hoàng Văn Lợi": a rank after the honorific
            ranked = scan_name(toks, j + 2, need_surname=True, allow_honorific=True, text=self.text)
            if ranked is not None and ranked.honorific is not None:
                nm = ranked
        if nm is None or nm.honorific is None:
            return self._titled_person_at(toks, j)
        posts: list = []
        k = nm.end
        if k < len(toks) and toks[k].text in (",", "(", "-", "–") and match_title(toks, k + 1):
            posts, k = self.parse_posts(toks, k + 1, self.place(), self.home)
        return nm, posts, k

    def _titled_person_at(self, toks: list[Tok], j: int) -> tuple[NameMatch, list, int] | None:
        """A person named after the post, at ``toks[j]``, with or without an honorific before it ("đồng chí Phó
        Giám đốc Sở Trần Văn Bình", "Phó Giám đốc Sở Trần Văn Bình chịu trách nhiệm …")."""
        hm = HONORIFIC_TABLE.match(toks, j) if j < len(toks) else None
        k = hm[0] if hm is not None else j
        if k >= len(toks) or match_title(toks, k) is None:
            return None
        posts, end = self.parse_posts(toks, k, self.place(), self.home)
        nm = (
            scan_name(toks, end, need_surname=True, allow_honorific=False, text=self.text, after_title=True)
            if posts
            else None
        )
        if nm is None:
            return None
        return nm, posts, nm.end

    def _project_leader_named(self, role: str) -> Person | None:
        """The one person the notice names as the project's leader in the role ``role`` ("chủ nhiệm đề tài"), so
        that a task given to the role alone ("Chủ nhiệm đề tài và Viện X tiếp thu …") is also that person's. A
        research council's record names him once, in a field ("2. Chủ nhiệm đề tài: TS. Phạm Văn A.") or after his
        name ("TS. Phạm Văn A, chủ nhiệm đề tài, trình bày …"). None when no one or several are named so."""
        if role in self._project_leaders:
            return self._project_leaders[role]
        named: dict[str, Person] = {}
        folded = fold(role)
        for b in self.layout.body:
            if folded not in fold(b.text):
                continue
            toks = tokenize(self.text, b.span.start, b.span.end)
            for k in _PROJECT_LEADER.positions(toks):
                lead = _PROJECT_LEADER.match(toks, k)
                if lead is None or fold(str(lead[1])) != folded:
                    continue
                nm = self._leader_at_role(toks, k, lead[0])
                if nm is not None:
                    p = self.add_person(self._mention(toks, nm, []))
                    named[p.key] = p
        holder = next(iter(named.values())) if len(named) == 1 else None
        self._project_leaders[role] = holder
        return holder

    def _leader_at_role(self, toks: list[Tok], k: int, end: int):
        """The name written with a project leader's role at ``toks[k:end]``: after it as a field's value
        ("Chủ nhiệm đề tài: TS. X") or before it in apposition ("TS. X, chủ nhiệm đề tài" / "TS. X (chủ nhiệm
        đề tài)")."""
        if end + 1 < len(toks) and toks[end].text == ":":
            nm = scan_name(toks, end + 1, need_surname=True, allow_honorific=True, text=self.text)
            if nm is not None:
                return nm
        if k >= 2 and toks[k - 1].text in (",", "(", "-", "–"):
            for j in range(max(0, k - 8), k - 1):
                nm = scan_name(toks, j, need_surname=True, allow_honorific=True, text=self.text)
                if nm is not None and nm.end == k - 1:
                    return nm
        return None

    def _project_leader_opening(self, toks: list[Tok]) -> list[Person]:
        """A task opening with a project leader's role and no name, alone or with the host body ("Chủ nhiệm đề
        tài và Viện X tiếp thu …", "Chủ nhiệm nhiệm vụ chỉnh sửa …"): the person the notice names in that role."""
        lead = _PROJECT_LEADER.match(toks, 0)
        if lead is None or lead[0] >= len(toks):
            return []
        nxt = toks[lead[0]]
        if nxt.key != "và" and nxt.text != "," and not _acts_at(toks, lead[0]):
            return []
        holder = self._project_leader_named(fold(str(lead[1])))
        return [holder] if holder is not None else []

    def _addressed_at_start(self, toks: list[Tok]) -> list[Agency]:
        """ "Đối với Sở Kế hoạch và Đầu tư, Phó Chủ tịch yêu cầu tham mưu …": the body a sentence opens by
        addressing (a unit heading's lead, the body, a comma) has the sentence's task; so do several ("Đối với
        Phòng KT-HT huyện Phú Tân và huyện Thới Bình, đề nghị gửi báo cáo …", "Riêng đối với UBND xã X, …")."""
        lead = _UNIT_HEADING_LEAD.match(toks, 0) if toks else None
        if lead is None:
            return []
        k = lead[0]
        if fold(str(lead[1])) == "riêng" and (again := _UNIT_HEADING_LEAD.match(toks, k)) is not None:
            k = again[0]  # "Riêng đối với …"
        ms = [m for m in find_agencies(self.text, toks, self.agencies.province) if m.start >= k]
        chosen: list[AgencyMatch] = []
        for m in ms:
            if m.start != k or m.collective:
                break
            chosen.append(m)
            k = m.end
            if k < len(toks) and (toks[k].key == "và" or toks[k].text == ",") and k + 1 < len(toks):
                nxt = next((x for x in ms if x.start == k + 1), None)
                if nxt is not None and not nxt.collective:
                    k += 1
                    continue
            break
        if not chosen or k >= len(toks) or toks[k].text not in (",", ":"):
            return []  # "Đối với UBND huyện Hưng Hà, Thái Thụy: tổ chức tiêu hủy …" (a colon as well as a comma)
        if toks[k].text == "," and (any(m.start == k + 1 for m in ms) or _level_word_at(toks, k + 1)):
            # "- Chỉ đạo Đội Cảnh sát kinh tế, Công an các xã kiểm tra …": the list goes on with a group, so the
            # comma is no pause after a body addressed; the bodies are the ones directed. So it does with a level
            # of local government alone: "chỉ đạo UBND xã, phường, thị trấn phát hiện …" (the tier below)
            return []
        place = self.place()
        return [a for m in chosen if (a := self.resolve(m, place)) is not None and a.kind != "leadership"]

    def _concerned_acting(self, toks: list[Tok], ms: list[AgencyMatch]) -> list[Agency]:
        """The bodies that act after the bodies a sentence opens to speak of ("Đối với các phòng chuyên môn của Sở,
        Phòng Quản lý Thương mại rà soát …"): after "Đối với X," bodies of their own, then a verb of theirs."""
        cm = _CONCERNING.match(toks, 0)
        if cm is None:
            return []
        spoken_of, k = _listed_matches(toks, ms, cm[0])
        while spoken_of and k + 1 < len(toks) and toks[k].key == "của":
            owner = next((m for m in ms if m.start == k + 1), None)  # "các phòng chuyên môn của Sở"
            if owner is None:
                break
            k = owner.end
        k = _past_aside(toks, k)
        if not spoken_of or k + 1 >= len(toks) or toks[k].text != ",":
            return []
        acting, end = _listed_matches(toks, ms, k + 1)
        if not acting or any(m.collective for m in acting):
            return []
        end = _after_subject(toks, end)
        if not _plain_verb_at(toks, end) or _SPEAKING.match(toks, end) is not None or _is_past_report(toks):
            return []
        found = [self.resolve(m, self.place()) for m in acting]
        return [a for a in found if a is not None and a.kind != "leadership"]

    def _told_acting(self, toks: list[Tok], ms: list[AgencyMatch]) -> list[Agency]:
        """The bodies that open a sentence right after a task, when a verb of theirs follows (`_plain_verb_at`):
        not a report ("… đã …"), nor what they said ("Sở Y tế cho biết …"), nor collectives alone."""
        verb = _lead_verb_at(toks, ms, own=True)
        if verb is None or _is_past_report(toks) or _SPEAKING.match(toks, verb) is not None:
            return []
        if ms[0].start == 0:
            return self._item_subjects(toks, ms)
        # "Riêng Phòng Kinh tế thị xã Ba Đồn và Phòng Kinh tế và Hạ tầng huyện Minh Hóa (vắng mặt) gửi báo cáo …"
        found = [self.resolve(m, self.place()) for m in _listed_matches(toks, ms, ms[0].start)[0]]
        return [a for a in found if a is not None and a.kind != "leadership"]

    def _item_subjects(self, toks: list[Tok], ms: list[AgencyMatch]) -> list[Agency]:
        """The bodies that open an item of the conclusions, when a lower-case word follows them: the item is
        their task whatever its verb ("2. Phòng Kinh tế thành phố gửi báo cáo …", "- Sở Tài chính, Sở Kế hoạch
        và Đầu tư theo chức năng nhiệm vụ hướng dẫn …"), unless the word makes it a report (ITEM_REPORT_WORDS).
        """
        if not ms:
            return []
        first = 0
        if ms[0].start != 0:
            # "a) Về thi công các hạng mục chính: Tổng công ty X huy động …": the item's topic, then its bodies
            first = _after_item_topic(toks)
            ms = [m for m in ms if m.start >= first]
            if not first or not ms or ms[0].start != first:
                return []
        group, j = [ms[0]], ms[0].end
        for m in ms[1:]:
            if m.start < j:
                continue  # a body named inside the aside skipped below
            if j < len(toks) and (toks[j].text == "," or toks[j].key == "và") and m.start == j + 1:
                group.append(m)
                j = m.end
            else:
                break
            j = _past_aside(toks, j)
        j = _past_aside(toks, j)
        if j >= len(toks) or not toks[j].is_word or toks[j].is_cap:
            return []
        if _ITEM_REPORT.match(toks, j) and not _TASK_HAVE.match(toks, j):
            return []
        found = [self.resolve(g, self.place()) for g in group]
        return [a for a in found if a is not None and a.kind != "leadership"]

    def delegated(
        self, toks: list[Tok], ms: list[AgencyMatch], under_unit: bool = False
    ) -> tuple[list[Agency], list[Person], bool, list[Agency]]:
        """Objects of "giao/đề nghị/yêu cầu X …"; the flag says a request verb kept its subject as actor.

        The last list holds bodies a named actor is told to direct, which act as well: "Ban Tuyên giáo
        Tỉnh ủy chỉ đạo các cơ quan báo chí …" keeps its subject (flag set) and "Giao Ban cán sự đảng UBND
        tỉnh lãnh đạo, chỉ đạo Sở Khoa học và Công nghệ chủ trì …" adds the Sở to the Ban. Collective
        objects ("các cơ quan báo chí") are left out: they name no one who could be asked.

        ``under_unit``: the clause sits under a heading that names its actor ("3. Phòng GD&ĐT các huyện: -
        Chỉ đạo các trường … hoàn thành …"); a directing verb opening it has that unit for subject, so the
        unit keeps the task (flag set) and only named bodies it directs act with it.
        """
        agencies: list[Agency] = []
        persons: list[Person] = []
        directed: list[Agency] = []
        kept_subject = False
        # where the bodies opening the clause end ("Huyện ủy, UBND huyện A lãnh đạo, chỉ đạo các xã …": a list)
        lead_end = _listed_matches(toks, ms, 0)[1] if ms and ms[0].start == 0 else -1
        if lead_end > 0:
            # "Ban Chỉ huy Quân sự huyện (cơ quan thường trực của Hội đồng) tham mưu …, chỉ đạo các xã …", "Chi cục X
            # là cơ quan thường trực, chủ trì …"
            lead_end = _after_subject(toks, lead_end)
        advised = _ADVISE.positions(toks)
        starts = _DELEGATE.positions(toks)
        # "Kiến nghị Sở Xây dựng tổ chức kiểm tra …" opening the clause: the meeting asks the Sở
        # (not when the body asked is to hand the task on: "Kiến nghị Sở X giao Trung tâm Y hướng dẫn …" is Y's)
        inside = {
            k for m in ms for k in range(m.start, m.end)
        }  # "giao" of "Sở Giao thông vận tải" hands nothing
        handing = [i for i in starts if i not in inside]
        opening = _OPENING_REQUEST.match(toks, 0) if toks and not handing else None
        opening_at = 0
        if opening is None and not handing and ms and ms[0].start == 0 and ms[0].kind in _MEETING_VOICE_KINDS:
            # "Đoàn kiểm tra kiến nghị Phòng Văn hóa và Thông tin xem xét …": the record's own team asks in the
            # meeting's voice, as "Kiến nghị …" opening the clause does; the body asked acts, not the team
            opening_at = ms[0].end
            opening = _OPENING_REQUEST.match(toks, opening_at)
        if opening is not None:
            starts = [opening_at]
        for i in sorted(starts + advised) if advised else starts:
            dm = _DELEGATE.match(toks, i) or _ADVISE.match(toks, i) or (opening if i == opening_at else None)
            if dm is None:
                continue
            if _inside_another_word(toks, i):
                continue
            if _is_request_paper(toks, i):
                # "Hoàn thiện hồ sơ đề nghị Tổng cục X công nhận …": the papers asking; the one preparing them acts
                continue
            j, verb = dm
            if _hands_over_a_product(toks, ms, i, j):
                kept_subject = (
                    True  # "chủ trì rà soát, điều chỉnh kế hoạch …, giao cho các đơn vị trước ngày …"
                )
                continue
            if i in advised and any(0 <= i - m.end <= 3 and not _titled(toks, m) for m in ms if m.end <= i):
                continue  # "Sở X lưu ý các đơn vị …": the Sở's own task (not "Chủ tịch UBND tỉnh lưu ý các sở …")
            # "đề nghị thời gian tới UBND huyện X …" (not "… thời gian tới các đơn vị tập trung …")
            tm = _TIME_ADVERBIAL.match(toks, j)
            if (
                tm is not None
                and (am := scan_agency(toks, tm[0], self.text)) is not None
                and not am.collective
            ):
                j = tm[0]
            before = [m for m in ms if m.end <= i]
            opened = (
                before
                and before[0].start == 0
                and 0 < lead_end < i
                and (_CUES.match(toks, lead_end) is not None or _plain_verb_at(toks, lead_end))
            )
            if (
                opened
                and fold(str(verb)) in ("yêu cầu", "đề nghị")
                and not any(t.text in (".", ";") for t in toks[before[0].end : i])
            ):
                # "Chi cục BVMT rà soát, yêu cầu các doanh nghiệp … hoàn thành …": the Chi cục acts, and asks;
                # also past a partner: "Trạm Y tế xã lập danh mục …, phối hợp Trung tâm Y tế huyện đề nghị …"
                kept_subject = True
                continue
            if (
                opened
                and _DIRECTING.match(toks, i) is not None
                and fold(toks[i].text) != "giao"
                and toks[i - 1].text in (",", ";")
                and j < len(toks)
                and toks[j].text != ":"
            ):
                # "Sở GTVT chủ trì, phối hợp với Công an tỉnh duy trì …; chỉ đạo Thanh tra Sở bố trí …": the
                # subject goes on acting and directs its own unit, which acts with it
                kept_subject = True
                directed.extend(self._named_bodies_at(toks, ms, j))
                continue
            if (
                fold(str(verb)) == "yêu cầu"
                and before
                and i == before[-1].end
                and (before[-1].start == 0 or toks[before[-1].start - 1].text in (",", ";", ":", "-", "+"))
                and self._acts_for_itself(before[-1])
            ):
                # "e) UBND huyện Ninh Hải yêu cầu các doanh nghiệp khai thác đá lắp đặt cân …": the body is told to
                # require it of those below it, and answers for it; a named body it requires acts as well. (The
                # meeting's own voice — the issuer, a council, a team or a steering board — asks others to act.)
                kept_subject = True
                directed.extend(self._named_bodies_at(toks, ms, j))
                continue
            speaker = (
                scan_name(toks, before[-1].end, need_surname=True, allow_honorific=False, text=self.text)
                if before and before[-1].end < i
                else None
            )
            if speaker is not None and speaker.end == i:
                pass  # "Giám đốc Sở KH&CN Lê Văn Trung đề nghị UBND huyện …": a person asks; the body is his post's
            elif _post_holder_speaks(toks, before[-1].start) if before else False:
                # "Phó Chủ tịch UBND tỉnh đề nghị UBND các huyện …", "Bí thư Quận ủy đề nghị UBND quận chỉ đạo …":
                # the body is the speaker's post, named for a person (as a named speaker is); the ones asked act
                pass
            elif (
                fold(str(verb)) in _REQUEST
                and before
                and i - before[-1].end <= 3
                # not the places a sentence opens on: "Đối với các xã A, B và C, đề nghị UBND xã …" (the meeting asks)
                and not (_CONCERNING.match(toks, 0) is not None and toks[i - 1].text == ",")
            ):
                # "Giám đốc Công an tỉnh cũng đề nghị Ban ATGT tỉnh …": an adverb between asks all the same
                right_after = all(fold(t.text) in _REQUEST_ADVERBS for t in toks[before[-1].end : i])
                if not (right_after and self._asks_down(toks, ms, before[-1], j)):
                    kept_subject = True  # "Sở X sẽ đề nghị UBND tỉnh …": X makes the request
                    continue
                # "Hội đồng đề nghị chủ nhiệm đề tài … và Viện X hoàn thiện …": the ones asked do the work
            if _DIRECTING.match(toks, i) is not None:
                # "UBND các huyện (Trưởng Ban Chỉ đạo cấp huyện) chỉ đạo UBND cấp xã …": the body named in the
                # brackets says in what capacity the subject acts; it is not the subject
                before = _outside_capacity_brackets(toks, before, i)
                # "UBND các huyện, nhất là UBND huyện A, B, tập trung chỉ đạo …": the group before the aside
                before = _before_emphasis_aside(toks, before, i)
            if (
                _DIRECTING.match(toks, i) is not None
                and fold(toks[i].text) != "giao"  # "Sở X giao …" hands the task over: X does not act
                and before
                # "… theo phương châm "…" chỉ đạo", "Sở NN&PTNT (cơ quan thường trực) chỉ đạo Chi cục Thủy lợi …"
                and _directs_right_after(
                    toks,
                    before[-1].end,
                    i,
                    # "Chủ tịch UBND xã A trực tiếp chỉ đạo …" opening the clause: the head of a body told to act
                    adverbs=not _titled(toks, before[-1]) or self._told_head_opens(toks, before[-1]),
                )
                and j < len(toks)
                and toks[j].text != ":"  # "Ban cán sự đảng UBND tỉnh chỉ đạo:" opens a list of others' tasks
            ):
                kept_subject = True  # "Sở X chỉ đạo Chi cục Y …": X directs, Y does the work
                # the subject may be a list: "UBND thị trấn A, UBND thị trấn B chỉ đạo Ban Quản lý chợ …"
                first = len(before) - 1
                # ... or a list of heads: "Giám đốc Sở NN&PTNT và Chủ tịch UBND các huyện chỉ đạo …"
                while first > 0 and _joined_by_head(toks, before[first - 1].end, before[first].start):
                    first -= 1
                subject = before[first]
                if (
                    subject.start == 0
                    or toks[subject.start - 1].text in (",", ";", ":", "(", "-", "–", "+")
                    # the heads of bodies opening the clause do not speak, they are told: "Chủ tịch UBND các
                    # huyện, thành phố … chỉ đạo các xã, phường, thị trấn triển khai …", "Giám đốc Sở Y tế chỉ
                    # đạo …" (not the meeting's own voice: "Chủ tịch UBND tỉnh chỉ đạo các sở …")
                    or (
                        subject.collective
                        and any(
                            s == 0 or toks[s - 1].text in (";", ":")
                            for s, end in _titles_ending_near(toks, subject.start)
                            if end == subject.start
                        )
                    )
                    or self._told_head_opens(toks, subject)
                ):
                    for sm in before[first:]:
                        a = self.resolve(sm, self.place())
                        if a is not None and a.kind != "leadership":
                            directed.append(a)
                directed.extend(self._named_bodies_at(toks, ms, j))
                continue
            if under_unit and (
                (
                    (
                        (_DIRECTING.match(toks, i) is not None and fold(toks[i].text) != "giao")
                        # "#### 4. Đề nghị Sở GTVT / - Yêu cầu các doanh nghiệp taxi …": the Sở requires it of them
                        or fold(str(verb)) == "yêu cầu"
                    )
                    # "2. Sở Công Thương: Rà soát …; chỉ đạo Chi cục QLTT kiểm tra …": the unit goes on, directing
                    and (_opens_clause_before(toks, i) or toks[i - 1].text in (";", ","))
                )
                # "1. Cục Giám sát quản lý về hải quan: … b) Chủ trì rà soát …; yêu cầu các đơn vị quản lý cân …"
                or (
                    fold(str(verb)) == "yêu cầu"
                    and i > 0
                    and toks[i - 1].text in (";", ",")
                    and (gm := scan_agency(toks, j, self.text)) is not None
                    and gm.collective
                )
            ):
                kept_subject = True  # "- Chỉ đạo các trường …" under "3. Phòng GD&ĐT …": the Phòng directs
                directed.extend(self._named_bodies_at(toks, ms, j))
                continue
            if (
                fold(str(verb)) in _ASKING
                and j + 2 < len(toks)
                and toks[j].text == ":"
                and toks[j + 1].text in _QUOTES
            ):
                j += 2  # the request quoted: 'Đồng chí yêu cầu: "Sở Giáo dục và Đào tạo phải rà soát …"'
            lm = _LEADERS.match(toks, j) or _group_head_at(toks, j)
            if lm:
                j = lm[0]
            if j < len(toks) and toks[j].key == "cho":
                j += 1
            referred = self._referred_bodies(toks, ms, i, j)
            if referred:
                agencies.extend(referred)  # "yêu cầu hai đơn vị báo cáo …": the two bodies named before
                break
            # persons after an honorific, their post after a comma: "Giao đồng chí Nguyễn Thành Sang, Phó
            # Giám đốc Sở chịu trách nhiệm …", "Giao ông Lê Văn A (Trưởng phòng QLKH) theo dõi"
            named = self._honoured_person_at(toks, j)
            if named is not None:
                nm, posts, k = named
                persons.append(self.add_person(self._mention(toks, nm, posts)))
                # the bodies the person is told to direct: "…, trực tiếp chỉ đạo Chi cục X và Trung tâm Y …"
                for i2 in range(k, len(toks)):
                    vm = _DIRECTING.match(toks, i2)
                    if vm is None:
                        continue
                    if fold(str(vm[1])) in _SUPERVISING:
                        break  # "…, theo dõi, đôn đốc các cơ quan thực hiện": those followed up do not act
                    agencies.extend(self._bodies_listed_at(toks, ms, vm[0]))
                    break
                break
            # the leader of a project, then maybe bodies: "đề nghị chủ nhiệm đề tài Đào Minh Hải và Viện X …"
            lead = _PROJECT_LEADER.match(toks, j)
            leader = (
                scan_name(toks, lead[0], need_surname=True, allow_honorific=True, text=self.text)
                if lead
                else None
            )
            if leader is not None:
                persons.append(self.add_person(self._mention(toks, leader, [])))
                if leader.end + 1 < len(toks) and (
                    toks[leader.end].text == "," or toks[leader.end].key == "và"
                ):
                    agencies.extend(self._bodies_listed_at(toks, ms, leader.end + 1, skip_leaders=True))
                break
            if lead is not None and lead[0] + 1 < len(toks) and toks[lead[0]].key in ("và", ","):
                # "Đề nghị chủ nhiệm đề tài và Trường Đại học Quảng Nam tiếp thu …" (the leader named elsewhere, or
                # not at all): the host body with him acts, and he does when the notice names him
                unnamed = self._bodies_listed_at(toks, ms, lead[0] + 1, skip_leaders=True)
                if unnamed:
                    agencies.extend(unnamed)
                    if (holder := self._project_leader_named(fold(str(lead[1])))) is not None:
                        persons.append(holder)
                    break
            # persons: "Giao Phó Giám đốc Huỳnh Văn Quán chủ trì"
            if match_title(toks, j):
                posts, pe = self.parse_posts(toks, j, self.place(), self.home)
                titled = scan_name(
                    toks, pe, need_surname=True, allow_honorific=False, text=self.text, after_title=True
                )
                if titled is None and (known := self._known_name_ending(toks, j, pe)) is not None:
                    # "giao Trưởng Ban Tổ chức Y Khâm Byă quyết định …": the body's name ran on into the name of
                    # a person the notice named before; the post ends where the name starts
                    titled = known
                    posts = self.parse_posts(toks[: known.start], j, self.place(), self.home)[0]
                if titled is not None:
                    # the book merges an exact name or a one-mark slip ("Quân"/"Quán") into the known person
                    p = self.add_person(self._mention(toks, titled, posts))
                    persons.append(p)
                    continue
            held = self._posts_of_bodies_at(toks, j)
            if held is not None:
                # "Giao (đồng chí) Giám đốc Sở Du lịch chủ trì …": the post's body acts, and the one holding it;
                # "Giao Giám đốc Sở X và Chủ tịch UBND các huyện chỉ đạo …": each head's body
                agencies.extend(held[0])
                persons.extend(held[1])
                break
            listed = self._bodies_listed_at(toks, ms, j, skip_leaders=True)
            agencies.extend(listed)
            if listed:
                # "Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Sở X chủ trì": Sở X acts as well
                listed_end = _listed_matches(toks, ms, j, skip_leaders=True)[1]
                directed.extend(a for a in self._directed_after(toks, ms, listed_end) if not a.collective)
                # "Giao Sở KH&CN chủ trì …; chỉ đạo Chi cục TĐC hướng dẫn …": the body handed the task goes on,
                # directing its unit, which acts as well
                directed.extend(self._directed_further(toks, ms, listed_end))
            if agencies or persons:
                break
        return agencies, persons, kept_subject, directed

    def _posts_of_bodies_at(self, toks: list[Tok], j: int) -> tuple[list[Agency], list[Person]] | None:
        """Posts written with their bodies and no name at ``toks[j]`` (after an honorific, if any), then a task's
        verb: "Giao đồng chí Giám đốc Sở Du lịch chủ trì …", "giao Chủ tịch UBND huyện A chỉ đạo …"; heads of
        several bodies listed with "," or "và" ("Giao Giám đốc Sở Y tế và Chủ tịch UBND các huyện chỉ đạo …",
        each post with its own body). The bodies, and the person the notice names in each post (if one only)."""
        bodies: list[Agency] = []
        persons: list[Person] = []
        k = j
        while True:
            hm = HONORIFIC_TABLE.match(toks, k) if k < len(toks) else None
            k = hm[0] if hm is not None else k
            if k >= len(toks) or match_title(toks, k) is None:
                return None
            posts, pe = self.parse_posts(toks, k, self.place(), self.home)
            if not posts or (
                len(posts) > 1 and len({p[3].key if p[3] else None for p in posts}) < len(posts)
            ):
                return None  # "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": one person's posts
            for role, surface, span, body in posts:
                if body is None or span.end <= span.start + len(surface):
                    return None  # the body is not written with the post ("Giao Phó Giám đốc Sở …")
                bodies.append(body)
                holders = {x.person for x in self.notice.posts if x.role == role and x.agency == body.key}
                if len(holders) == 1 and (h := next(iter(holders))) in self.persons.by_key:
                    persons.append(self.persons.by_key[h])
            if _verb_at(toks, pe):
                return bodies, persons
            if pe + 1 < len(toks) and (toks[pe].text == "," or toks[pe].key == "và"):
                k = pe + 1  # the next head listed
                continue
            return None

    def _known_name_ending(self, toks: list[Tok], lo: int, hi: int) -> NameMatch | None:
        """A person the notice has named already whose name is the last words of ``toks[lo:hi]`` (two to four
        capitalised words)."""
        for n in (4, 3, 2):
            k = hi - n
            if k <= lo or not all(t.is_cap and t.text[:1].isalpha() for t in toks[k:hi]):
                continue
            p = self.persons.by_key.get(match_key(" ".join(t.text for t in toks[k:hi])))
            if p is not None:
                return NameMatch(start=k, end=hi, name=p.name, honorific=None, honorific_start=k)
        return None

    def _named_bodies_at(self, toks: list[Tok], ms: list[AgencyMatch], k: int) -> list[Agency]:
        """The bodies listed from ``toks[k]`` that are named, not a group ("các cơ quan báo chí" names no one who
        could be asked) nor a tier below written by its level alone ("chỉ đạo UBND xã, phường, thị trấn …": the
        communes of the directing body, none of them named), nor a body written by its kind word alone ("chỉ đạo
        Hội đồng khám sức khỏe các huyện …" read as "Hội đồng": no one the notice names): those a directing or
        requiring verb points at, which act as well."""
        return [
            a
            for a in self._bodies_listed_at(toks, ms, k)
            if not a.collective and not _level_only(a) and not _bare_unit(a.name)
        ]

    def _told_head_opens(self, toks: list[Tok], m: AgencyMatch) -> bool:
        """The post of the head of ``m`` opens the clause ("Giám đốc Sở Y tế chỉ đạo …", "Chủ tịch UBND xã A trực tiếp
        chỉ đạo …") and ``m`` is a body the meeting tells to act, not the meeting's own voice nor the province's or a
        ministry's leadership ("Chủ tịch UBND tỉnh chỉ đạo các sở …" is the chair speaking)."""
        return (
            not m.collective
            and any(
                s == 0 or toks[s - 1].text in (";", ":")
                for s, end in _titles_ending_near(toks, m.start)
                if end == m.start
            )
            and self._acts_for_itself(m)
            and not self._asked_above(m)
        )

    def _acts_for_itself(self, m: AgencyMatch) -> bool:
        """A body named as the subject of a request is one the meeting tells to act, not the meeting's own voice:
        not the notice's issuer, nor a council, a team, a board or the leadership that speaks for the meeting."""
        if (m.kind in _MEETING_VOICE_KINDS and fold(m.head) not in _STANDING_BOARDS) or m.collective:
            return False
        a = self.resolve(m, self.place())
        return (
            a is not None and a.kind != "leadership" and (self._issuer is None or a.key != self._issuer.key)
        )

    def _directed_after(self, toks: list[Tok], ms: list[AgencyMatch], k: int) -> list[Agency]:
        """Bodies after a directing verb close behind token ``k`` ("…, chỉ đạo Sở X …"), in the same clause."""
        for i in range(k, min(len(toks), k + 4)):
            if toks[i].text in (".", ";", ":"):
                return []
            vm = _DIRECTING.match(toks, i)
            if vm is not None and fold(toks[i].text) != "giao":
                if fold(str(vm[1])) in _GUIDING:
                    listed, after = _listed_matches(toks, ms, vm[0])
                    after = _past_aside(toks, after)
                    if listed and not _verb_at(toks, after):
                        return []  # "Đề nghị Kho bạc X hướng dẫn Quỹ thủ tục mở tài khoản …": the Quỹ is guided
                return self._bodies_listed_at(toks, ms, vm[0])
        return []

    def _directed_further(self, toks: list[Tok], ms: list[AgencyMatch], k: int) -> list[Agency]:
        """Named bodies a later clause of the same sentence, opened by a directing verb with no subject of its
        own, tells to act: "Giao Sở X chủ trì, …; chỉ đạo Chi cục Y hướng dẫn …" (the Sở goes on, Chi cục Y acts).
        Not a body guided ("…, hướng dẫn Công ty thủ tục …"), nor one a verb of its own does not follow."""
        out: list[Agency] = []
        for p in _DIRECTING.positions(toks):
            if p <= k:
                continue
            if any(t.text == "." for t in toks[k:p]):
                break
            vm = _DIRECTING.match(toks, p)
            if vm is None or fold(str(vm[1])) in _GUIDING or fold(toks[p].text) == "giao":
                continue
            opener = p
            cm = next(
                (c for c in range(max(k, p - 3), p) if (x := _CONNECTIVE.match(toks, c)) and x[0] == p), None
            )
            if cm is not None:
                opener = cm  # "…; đồng thời chỉ đạo Chi cục Y …"
            if toks[opener - 1].text not in (",", ";"):
                continue
            listed, after = _listed_matches(toks, ms, vm[0])
            if listed and _verb_at(toks, _past_aside(toks, after)):
                out.extend(self._named_bodies_at(toks, ms, vm[0]))
        return out

    def _own_tasks(self, start: int, end: int, headed: bool = False) -> list[tuple[int, int, bool]]:
        """A sentence cut at each ";" after which a body of its own acts: one task per actor.

        ``headed``: the sentence sits under a heading that names the bodies it is about ("2. Phòng Quản lý Bưu
        chính, Viễn thông: chủ trì … xây dựng Qui hoạch … đến năm 2010; đề nghị Bưu điện tỉnh … trước ngày
        25/5/2007"): a first clause opening with a task's verb has the heading's bodies for actor.

        News reports and speeches run several conclusions into one sentence ("… yêu cầu Chi cục TĐC tăng
        cường kiểm tra …; Trung tâm Ứng dụng đẩy mạnh chuyển giao …; Thanh tra Sở xây dựng kế hoạch …,
        trình … trong quý IV/2022"); each clause has its own assignee, topics and deadline. A clause that
        goes on without a new subject ("…; phối hợp với Sở Tài chính …") stays with its sentence; one that
        hands a task to another body ("…; giao Tổng cục TĐC hướng dẫn …") is a task of its own.
        """
        cuts = [start + m.start() for m in re.finditer(r";|,(?=\s*giao\s)", self.text[start:end])]
        out: list[tuple[int, int, bool]] = []
        s = start
        # a sentence in the meeting's voice ("Đề nghị Sở X …; đề nghị Chi cục Y …", "Giám đốc Sở giao đồng chí A
        # …; đồng chí B …"): each request, each person is a task
        first = tokenize(self.text, start, cuts[0] if cuts else end)
        meeting_voice = _hands_out(first)
        handed = False  # the clause now read hands a task over after the subject's own (", giao B …", "; giao B …")
        own_subject: bool | None = None  # the sentence opens with bodies that act (read when first needed)
        for i, c in enumerate(cuts):
            # a ";" clause runs to the next ";" (a ", giao B …" inside it is read on its own)
            nxt = next((x for x in cuts[i + 1 :] if self.text[x] == ";" or self.text[c] == ","), end)
            toks = tokenize(self.text, c + 1, nxt)
            if toks and (cm := _CONNECTIVE.match(toks, 0)) is not None:
                toks = toks[cm[0] :]  # "…; đồng thời giao Phòng X …"
            if toks and (lm := _SUBJECT_LEAD.match(toks, 0)) is not None:
                # "…; riêng UBND huyện Cầu Kè phải báo cáo …": of those, this one alone; "…; hằng quý, Sở X …"
                toks = toks[lm[0] + (lm[0] < len(toks) and toks[lm[0]].text == ",") :]
            dm = _DELEGATE.match(toks, 0) if toks else None
            if self.text[c] == ",":
                if self._hands_over_after_own_task(toks, dm, s, c):
                    out.append((s, c, s != start))
                    s = c + 1
                    while s < end and self.text[s].isspace():
                        s += 1
                    handed = True
                continue
            if toks and (
                (
                    (
                        scan_agency(toks, 0, self.text) is not None
                        or _APPARATUS.match(toks, 0) is not None
                        or _PARTY_ROLE.match(toks, 0) is not None
                    )
                    and (self.subjects(c + 1, nxt) or self._opens_acting(c + 1, nxt, own=True))
                )
                # "Giao đồng chí A …; đồng chí B, Phó Giám đốc Sở chỉ đạo …": a person of their own
                or (meeting_voice and self._honoured_person_at(toks, 0) is not None)
                # "…; giao Tổng cục TĐC hướng dẫn …": a new delegation to a body of its own
                or (
                    dm is not None
                    and (fold(str(dm[1])) not in _REQUEST or meeting_voice)
                    # "…; chỉ đạo Phòng X …": the same actor directs ("…; giao X …" hands the task over)
                    and (_DIRECTING.match(toks, 0) is None or fold(toks[0].text) == "giao")
                    and (am := scan_agency(toks, dm[0], self.text)) is not None
                    # "…; giao các đơn vị trên …" points back into the sentence; a group of one kind of body
                    # ("…; giao UBND các huyện A, B rà soát …") is handed a task of its own
                    and not (am.collective and am.kind == "collective")
                )
                # "Văn phòng Sở tổng hợp …; đề nghị UBND huyện A, UBND thị xã B chấn chỉnh …": a body that acts,
                # then the meeting asks others (not the province's or a ministry's leadership, which the
                # subject must write to): each keeps its task
                # (the clause right before the request, wherever it stands: "A …; B xử lý …; đề nghị C …")
                or (
                    dm is not None
                    and fold(str(dm[1])) in _REQUEST  # "…; chỉ đạo Phòng X …" is the same actor directing
                    and (am := scan_agency(toks, dm[0], self.text)) is not None
                    and not am.collective
                    and not self._asked_above(am)
                    and (
                        self.subjects(s, c)
                        or self._opens_acting(s, c)
                        or (headed and i == 0 and _CUES.match(first, 0) is not None)
                    )
                )
                # "Công ty X nộp ngay …; quá hạn 30 ngày mà không thực hiện, giao Sở Xây dựng …": the fallback's body
                # acts on its own; the sentence's subject keeps the first task
                or self._fallback_names_a_body(toks)
                # "A bố trí …, giao B thực hiện …; tổ chức tập huấn …": after the task A handed over, a bare verb
                # is A's again (`read_block_directives`)
                or (handed and _CUES.match(toks, 0) is not None)
                # "… lắp đặt thiết bị quan trắc … trong quý II/2026; lập hồ sơ … trước ngày 30/4/2026": two tasks of
                # the same actor, each with its own deadline
                or (
                    _CUES.match(toks, 0) is not None
                    # the clause right before the ";" (not a time frame opening the sentence: "trong năm 2014, Sở
                    # KH&CN tập trung …; đổi mới …; hoàn thành Đề án … trong quý II/2014" is one task)
                    and self._deadline_ahead(cuts[i - 1] + 1 if i else s, c)
                    and self._deadline_ahead(c + 1, nxt)
                )
            ):
                out.append((s, c, s != start))
                s = c + 1
                while s < end and self.text[s].isspace():
                    s += 1
                # "A tiếp nhận …; giao B rà soát …; phối hợp …": a task handed over after the sentence's own subject
                # acted; the bare verb clause after it is the subject's again
                handed = dm is not None and fold(toks[0].text) == "giao"
                if handed and own_subject is None:
                    own_subject = bool(self.subjects(start, cuts[0]))
                handed = handed and bool(own_subject)
        out.append((s, end, s != start))
        return out

    def _hands_over_after_own_task(self, toks: list[Tok], dm, start: int, comma: int) -> bool:
        """Does the clause after ``comma`` hand a task to a body of its own ("…, giao Trạm Y tế xã thực hiện điều trị
        cắt cơn") after a stretch ``[start, comma)`` in which a body does its own ("UBND các xã, phường bố trí địa
        điểm cai nghiện tại cộng đồng"): two tasks, each its body's. Not a bare "A chỉ đạo, giao B …", where A only
        passes the work on."""
        if dm is None or fold(toks[0].text) != "giao":
            return False
        am = scan_agency(toks, dm[0], self.text)
        if am is None or (am.collective and am.kind == "collective"):
            return False
        before = tokenize(self.text, start, comma)
        colon = next((k for k, t in enumerate(before[:LABEL_MAX_TOKENS]) if t.text == ":"), None)
        if colon is not None:  # "Về cai nghiện tại cộng đồng: UBND các xã …": past the item's topic
            start = before[colon].end
            before = before[colon + 1 :]
        verb = _lead_verb_at(before, find_agencies(self.text, before, self.agencies.province), own=True)
        return (
            verb is not None
            and len(before) - verb >= OWN_TASK_MIN_TOKENS
            and bool(self.subjects(start, comma))
        )

    def _fallback_names_a_body(self, toks: list[Tok]) -> bool:
        """Does the clause say what follows a failure ("quá hạn …", "nếu không …") and then name, after its comma,
        a body that acts or is handed the work ("…, giao Sở Xây dựng …", "…, Sở Xây dựng sẽ đề nghị …")?"""
        if _FALLBACK_LEAD.match(toks, 0) is None:
            return False
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None:
            return False
        k = comma + 1
        if (dm := _DELEGATE.match(toks, k)) is not None:
            k = dm[0]
        return scan_agency(toks, k, self.text) is not None

    def _opens_acting(self, start: int, end: int, own: bool = False) -> bool:
        """The clause ``[start, end)`` opens with bodies and then a verb of theirs the cues do not list ("UBND huyện
        Tiên Yên tạm dừng cấp phép …"; `_plain_verb_at`), not a report ("… đã tạm dừng", "… có 12 mỏ").

        ``own``: as `_lead_verb_at`'s, a group of bodies of one kind may open it ("…; UBND các huyện, thị xã kiểm
        soát chặt tải trọng xe …": a clause after a ";" that names its own subject)."""
        toks = tokenize(self.text, start, end)
        return (
            _lead_verb_at(toks, find_agencies(self.text, toks, self.agencies.province), own=own) is not None
        )

    def supports_in(self, toks: list[Tok], ms: list[AgencyMatch], actors: list[Agency]) -> list[Agency]:
        place = self.place()
        if place.collective is None:
            # "Thường trực HĐND các xã, phường chủ động phối hợp với UBND cùng cấp …": the partner "of the same
            # level" is of the places the acting group is of, as under a heading naming that group
            place.collective = next((a for a in actors if a.collective), None)
        out: list[Agency] = []
        # the tokens a support phrase starts at; "cùng" too, after the verb ("…, đồng thời cùng Sở Xây dựng kiểm tra
        # …": the actor works with the Sở)
        marks = _SUPPORT.positions(toks)
        together = _CO_ACTOR.positions(toks)
        for i in sorted(set(marks + together)) if together else marks:
            sm = _SUPPORT.match(toks, i) or _CO_ACTOR.match(toks, i)
            if sm is None:
                continue
            j = sm[0]
            if j < len(toks) and toks[j].key in ("với", "cùng"):
                j += 1
            found = self._bodies_listed_at(toks, ms, j, place=place)
            # "phối hợp với Điện lực Hạ Long và chủ đầu tư", "phối hợp với chủ đầu tư": the project's investor,
            # named elsewhere in the notice
            k = _listed_matches(toks, ms, j)[1] if found else j
            if _INVESTOR.match(toks, k) is not None and (investor := self._investor()) is not None:
                found.append(investor)
            for a in found:
                if all(a.key != x.key for x in actors) and a.key not in [x.key for x in out]:
                    out.append(a)
        return out

    def _investor(self) -> Agency | None:
        """The project's investor when the notice names exactly one body so ("(Chủ đầu tư: Công ty B)", "Công ty
        B (Chủ đầu tư dự án)", "do Công ty B làm chủ đầu tư"), for the bare "chủ đầu tư" written later."""
        if self._investor_read is not False:
            return self._investor_read if isinstance(self._investor_read, Agency) else None
        named: dict[str, Agency] = {}
        for hit in _INVESTOR_TEXT.finditer(self.text):
            lo = max(self.text.rfind("\n\n", 0, hit.start()), hit.start() - 300, 0)
            hi = min(len(self.text), hit.end() + 300)
            toks = tokenize(self.text, lo, hi)
            c = next((k for k, t in enumerate(toks) if t.start == hit.start()), None)
            im = _INVESTOR.match(toks, c) if c is not None else None
            if c is None or im is None:
                continue
            ms = find_agencies(self.text, toks, self.agencies.province)
            # after the noun: "Chủ đầu tư: Công ty B", "Chủ đầu tư dự án (Công ty B)", "chủ đầu tư là Công ty B"
            fm = _INVESTOR_FOLLOWER.match(toks, im[0])
            noun_end = fm[0] if fm is not None else im[0]
            k = noun_end
            if k < len(toks) and (toks[k].text in (":", "(") or toks[k].key in _INVESTOR_NAMING):
                k += 1
            after = next((m for m in ms if m.start == k and not m.collective), None)
            # before it: "Công ty B (Chủ đầu tư dự án)", "Công ty B là chủ đầu tư", "do Công ty B làm chủ đầu tư"
            # (not "Dự án Khu dân cư phường A (Chủ đầu tư: Công ty B)": the bracket names B)
            b = -1
            if after is None and c > 0:
                if toks[c - 1].key in _INVESTOR_NAMING or (
                    toks[c - 1].text == "(" and noun_end < len(toks) and toks[noun_end].text == ")"
                ):
                    b = c - 1
            before = next((m for m in ms if b > 0 and m.end == b and not m.collective), None)
            body = after or before
            a = self.resolve(body, self.place()) if body is not None else None
            if a is not None:
                named[a.key] = a
        self._investor_read = next(iter(named.values())) if len(named) == 1 else None
        return self._investor_read if isinstance(self._investor_read, Agency) else None

    def _referred_bodies(self, toks: list[Tok], ms: list[AgencyMatch], verb: int, k: int) -> list[Agency]:
        """The bodies a phrase at ``toks[k]`` points back to ("hai đơn vị", "các cơ quan nêu trên"): the
        last ones named before the verb at ``verb`` in this sentence, as many as the count says (all of the
        last list of bodies without a count). Nothing when the phrase is not a reference or the count and
        the bodies named do not agree: a wrong guess would give the task to bodies it does not name."""
        count: int | None = None
        cm = _ANAPHOR_COUNT.match(toks, k)
        if cm is not None:
            k, count = cm[0], int(str(cm[1]))
        elif k < len(toks) and toks[k].key in ("các", "những"):
            k += 1
        else:
            return []
        nm = _ANAPHOR_NOUN.match(toks, k)
        if nm is None:
            return []
        k = nm[0]
        if count is None and _ANAPHOR_THAT.match(toks, k) is None:
            return []  # "các đơn vị" alone is every unit, not the ones just named
        named = [m for m in ms if m.end <= verb and not m.collective and m.kind != "locality"]
        if not named:
            return []
        if count is None:
            group = [named[-1]]  # the last list: bodies joined by commas or "và"
            for m in reversed(named[:-1]):
                gap = toks[m.end : group[0].start]
                if len(gap) > 1 or (gap and gap[0].text != "," and gap[0].key != "và"):
                    break
                group.insert(0, m)
            chosen = group
        else:
            if len(named) < count:
                return []
            chosen = named[-count:]
        out = [a for m in chosen if (a := self.resolve(m, self.place())) is not None]
        return out if count is None or len(out) == count else []

    def _bodies_listed_at(
        self,
        toks: list[Tok],
        ms: list[AgencyMatch],
        k: int,
        *,
        skip_leaders: bool = False,
        place: Place | None = None,
    ) -> list[Agency]:
        """The bodies named one after another from ``toks[k]`` (`_listed_matches`), resolved (where ``place`` says,
        else where the notice is at)."""
        listed, _ = _listed_matches(toks, ms, k, skip_leaders=skip_leaders)
        return [a for m in listed if (a := self.resolve(m, place)) is not None]

    def read_block_directives(
        self,
        b: Block,
        unit: list[Agency],
        default: list[Agency],
        context: str,
        strict: bool,
        whole: bool = False,
        opens_item: bool = False,
        after_tasks: bool = False,
    ) -> None:
        """``opens_item``: the paragraph is the text of a numbered item whose title stands on the line above
        ("4. Về nguồn vốn" then "Phòng Tài chính - Kế hoạch cân đối, tham mưu …"), read as the item itself.

        ``after_tasks``: a news story's paragraph right after one that gave tasks: a sentence of it that opens with
        a body and its task verb goes on with them, wherever it stands ("Ngành X phải … . Tỉnh đoàn phối hợp Sở Y
        tập huấn … trong tháng 6/2020."), as a paragraph that opens so does (`read_directives`)."""
        item_start = b.span.start
        if self._party_view(b):
            return  # "Ý kiến của Công ty: Công ty thống nhất …, cam kết thực hiện …": what a party answered
        inline = self._inline_unit(b)
        if inline is not None:
            unit, start = inline
            b = Block(b.marker, b.label, Span(start, b.span.end), self.text[start : b.span.end], b.emphasised)
        if whole:
            spans = [(b.span.start, b.span.end, False)]
        else:
            spans = [
                p
                for s, e in _sentences(self.text, b.span.start, b.span.end)
                for p in self._own_tasks(s, e, headed=bool(unit) and not any(u.collective for u in unit))
            ]
        self._collective = next((u for u in unit if u.collective), None)
        # an earlier clause or sentence of the paragraph was a task: "… đề nghị A …; B …. C rà soát …" tells B,
        # and C, which acts as a subject of its own, too (a speech reported in a news story)
        told = False
        hands_out = False
        appraising = reporting = speaking = petition = False
        # the last task this block gave, and to whom: a later sentence of the item without an actor of its own
        # is that actor's too, and a sentence that only gives a time is that task's deadline
        last: Directive | None = None
        last_actors: list[Agency] = []
        # the bodies that open the sentence as its own subject, and whether the clause before handed its task to
        # another ("A bố trí …, giao B thực hiện …; tổ chức tập huấn …"): a bare verb clause after it is A's again
        sentence_subject: list[Agency] = []
        handed_over = False
        # the actors of each task the sentence before gave, and of this one's so far: after "Giao A …; giao B …; C
        # …" a sentence with no subject of its own has no one actor ("Tổ chức phiên đấu giá trong quý II/2016.")
        before_actors: list[frozenset[str]] = []
        sentence_actors: list[frozenset[str]] = []
        # the tasks the clauses of this sentence gave so far: a deadline clause closing it dates them all
        sentence_tasks: list[Directive] = []
        for s, e, continued in spans:
            toks = tokenize(self.text, s, e)
            if len(toks) < 3:
                continue
            strict_here = strict and not (
                after_tasks
                and not continued
                and self._stretch_opens_with_actor(s, e)
                and not _is_past_report(toks)
            )
            if not continued:
                before_actors, sentence_actors = sentence_actors or before_actors, []
                sentence_tasks = []
            if last is not None and _DEADLINE_SENTENCE.match(toks, 0) is not None:
                # "a) Sở X chủ trì … . Thời gian hoàn thành trong tháng 10/2010."; "A xây dựng …; B bố trí …; thời
                # gian hoàn thành trước ngày 25/3/2026": the clause closing a sentence dates each of its tasks
                _date_the_undated(
                    sentence_tasks if continued and sentence_tasks else [last], self._deadline(s, e)
                )
                continue
            if last is not None and _only_a_time(toks, due := self._deadline(s, e)):
                # "1. Sở X: chủ trì … . Hoàn thành trước ngày 20/10/2025.", "… . Thực hiện ngay.": when the task
                # above is to be done, no task of its own
                _date_the_undated([last], due)
                continue
            if not continued:
                appraising = _APPRAISAL.match(toks, 0) is not None
                reporting = _REPORTED.match(toks, 0) is not None or (
                    # "Tại Thông báo số 178/TB-UBND, Chủ tịch UBND tỉnh đã giao …": a paper's tasks, cited
                    _CITED_PAPER.match(toks, 0) is not None and any(fold(t.text) in _CITED_PAST for t in toks)
                )
                speaking = self.layout.kind == "news" and self._participant_speaks(toks)
            if speaking:
                continue  # a participant's proposal in a news story, not a task the meeting gave
            if not continued and self._attendance_line(toks):
                continue  # "2. Ông A - Trưởng phòng Khoáng sản - Phó Trưởng đoàn;": a member of the team, no task
            if not continued:
                # a numbered item of the conclusions is the body's own ("1. Sở Công Thương đề nghị UBND tỉnh bổ sung
                # kinh phí …": the Sở is to propose); a paragraph of what was heard is not
                petition = self._petition(toks, by_bodies=not b.marker)
            if petition:
                continue  # "Trung tâm đề nghị Sở đầu tư …", "Cử tri thôn 4 đề nghị huyện …": what is asked, no task
            refused = _refused_until(toks)
            if refused is not None and refused >= len(toks) - 2:
                continue  # "Về …: Không chấp thuận đề nghị của huyện, vì chưa phù hợp …": a refusal, no task
            if appraising and not _hands_on(toks):
                continue  # "Ghi nhận Cục X đã chủ động …; công tác … được tăng cường": praise, not a task
            if (
                not continued
                and _FINDING_SUBJECT.match(toks, _past_finding_lead(toks)) is not None
                and _FINDING_PREDICATE.occurs(toks)
                and not _duty_word_in(toks)
                and not _requests(toks)
                and not _hands_on(toks)
            ):
                continue  # "Việc kiểm định thiết bị y tế … còn chậm, ảnh hưởng …": a finding the tasks answer
            if reporting and not _requests(toks):
                # "Theo báo cáo của UBND huyện, … giao Hợp tác xã X quản lý": facts reported ("Theo kết quả
                # kiểm tra, đề nghị Công ty X …" still asks)
                continue
            if not told and any(
                (am := _AGREED.match(toks, k)) is not None and am[0] < len(toks) and toks[am[0]].text == ":"
                for k in _AGREED.positions(toks)
            ):
                told = True  # "Đối với các chợ, hai bên thống nhất: UBND phường A đặt thêm …"
            ms = find_agencies(self.text, toks, self.agencies.province)
            if _only_approves(toks, ms):
                continue  # "Thường trực Thành uỷ thống nhất chủ trương.": an approval, no task
            found = self._found(ms)
            del_agencies, del_persons, kept, directed = self.delegated(toks, ms, under_unit=bool(unit))
            if del_agencies:
                del_agencies = self._bodies_of_places_spoken_of(toks, ms, del_agencies)
            subj = self.subjects(s, e, found)
            if not continued:
                # "(Giám đốc Sở) giao đồng chí A …; đồng chí B, Phó Giám đốc Sở chỉ đạo …": the sentence hands out
                # tasks
                hands_out = _hands_out(toks)
            if not subj and not del_agencies:
                subj = self._addressed_at_start(toks)
            if not subj and not del_agencies and told and not del_persons:
                # "Phó Chủ tịch đề nghị Cục Thống kê … . Sở Tài chính công khai đầy đủ … dự toán …": after a task,
                # a sentence that opens with bodies and a verb of theirs the cues do not list goes on with the tasks;
                # so does a clause after a ";" ("giao A …; Chi nhánh Văn phòng đăng ký đất đai chỉnh lý …")
                subj = self._told_acting(toks, ms)
            if not subj and not del_agencies and not del_persons and not continued:
                # "Đối với các phòng chuyên môn của Sở, Phòng Quản lý Thương mại rà soát …; Thanh tra Sở kiểm tra
                # …": the bodies after the group spoken of act, as under a heading "Đối với …:"
                subj = self._concerned_acting(toks, ms)
                told = told or bool(subj)
            if (
                not subj
                and not del_agencies
                and (b.marker or opens_item)
                and not strict_here
                and s == b.span.start
            ):
                subj = self._item_subjects(toks, ms)
            if (
                subj
                and unit
                and not del_agencies
                and s == b.span.start
                and not any(u.collective for u in unit)
                and all(a.collective for a in subj)
                and _CUES.match(toks, 0) is not None
                and self._object_of_opening_verb(toks, ms, subj)
            ):
                # "2.1. Sở Văn hóa và Thể thao: hướng dẫn các Ban Quản lý di tích, UBND các huyện xây dựng kế hoạch
                # …": the group after the unit's own verb is what the unit guides, not a new subject
                subj = unit
            if not del_persons and not strict_here:
                # "Phó Viện trưởng X trực tiếp chỉ đạo …", "Giám đốc Quỹ X chịu trách nhiệm …" opening a sentence
                # (the bodies X is to direct act too: "… trực tiếp chỉ đạo Chi cục TĐC và Trung tâm KT thực hiện …")
                del_persons = self._responsible_person(
                    toks, bool(b.marker or opens_item) and s == b.span.start
                )
                if not del_persons and not del_agencies:
                    # "- Chủ nhiệm đề tài và Viện X tiếp thu …": the leader the record named in that role
                    del_persons = self._project_leader_opening(toks)
                if (
                    not del_persons
                    and not subj
                    and not del_agencies
                    and continued
                    and hands_out
                    and (named := self._honoured_person_at(toks, 0))
                ):
                    del_persons = [self.add_person(self._mention(toks, named[0], named[1]))]
            assignees: list[Agency] = []
            if (
                del_agencies
                and subj
                and (members := self._members_acting_after_colon(toks, ms, del_agencies, subj))
            ):
                # "… đề nghị các tổ chức thành viên tập trung: Hội Nông dân tỉnh vận động …"
                del_agencies, subj = [], members
            if del_agencies and not kept:
                assignees = _unique_agencies(del_agencies + directed)
            elif subj or directed:
                # a unit that directs its own bodies ("- Chỉ đạo Trường X …" under the unit) acts as well
                acting = subj if subj or not kept else unit
                if (
                    kept
                    and unit
                    and not any(u.collective for u in unit)
                    and subj
                    and all(a.collective for a in subj)
                    and not _ends_the_body(b)
                ):
                    # "… b) Chủ trì rà soát …; yêu cầu các đơn vị quản lý cân thực hiện …" under its unit: the group
                    # asked is the unit's to require, the unit answers for it (not in the body's closing paragraph
                    # after the last unit's items: "Yêu cầu các phòng, đơn vị nghiêm túc triển khai thực hiện./.")
                    acting = unit
                assignees = _unique_agencies(acting + directed)
            elif del_persons:
                # "6. Phòng Bưu chính - Viễn thông: Ông A, PGĐ Sở trực tiếp chỉ đạo phòng …": the leader who opens a
                # unit's own item shares its task; the unit keeps it (not a later "Giao đồng chí B …" of the item,
                # after the unit's own tasks: B's alone)
                # "2. Phòng A:⏎- Ông B, PGĐ Sở trực tiếp chỉ đạo phòng …": the unit directed by its kind word alone
                # is the heading's, wherever the heading stands
                own_item = (inline is not None and s == b.span.start) or _directs_its_unit(toks, unit)
                assignees = unit if own_item and not any(u.collective for u in unit) else []
            elif unit and last_actors and all(u.collective for u in unit) and not (ms and ms[0].start <= 1):
                # "yêu cầu các sở, ngành thực hiện: a) Sở GTVT chủ trì … . Tổng hợp kết quả, báo cáo …": the
                # item's own actor, not the lead-in's collective
                assignees = last_actors
            elif unit and not _closing_call(b, toks):
                assignees = unit
                if all(u.collective for u in unit):
                    # "4. Các sở, ngành, địa phương / - Phê bình UBND huyện A, UBND huyện B …; yêu cầu hai huyện báo
                    # cáo giải trình …": the bodies criticised are asked, not the heading's group
                    assignees = self._criticised_then_asked(toks, ms) or unit
            # past an adverbial opening the sentence: "Đồng thời tổ chức thu thập, cập nhật số liệu …"
            am0 = _ADVERBIAL.match(toks, 0)
            c0 = am0[0] + (am0[0] < len(toks) and toks[am0[0]].text == ",") if am0 is not None else 0
            cue = _deontic_in(toks) or _CUES.occurs(toks, c0, min(c0 + 2, len(toks)))
            if not assignees and not del_persons:
                assignees = self._criticised_then_asked(toks, ms)
            if (
                not assignees
                and not del_persons
                and continued
                and last_actors
                and _CUES.match(toks, c0) is not None
            ):
                # "… trước ngày 09/11/2022; đồng thời tổng hợp, báo cáo … trước ngày 20/11/2022": the same actor's next
                # task, cut off for its own deadline (`_own_tasks`); after a clause that handed a task over, the
                # sentence's own subject's ("UBND các xã bố trí …, giao Trạm Y tế xã …; tổ chức tập huấn …")
                assignees = (sentence_subject if handed_over else []) or last_actors
            if not assignees and not del_persons:
                if strict_here or not cue:
                    continue
                # "a) Sở GTVT chủ trì … . Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/10.": the item's actor
                # (not when the sentence opens with a body of its own: "Các Ban quản lý chợ khác thực hiện tương tự")
                if _opens_with_group_subject(toks):
                    continue  # "Các chủ đầu tư … phải làm rõ trách nhiệm": theirs, not the bodies addressed
                if not continued and len(set(before_actors)) > 1:
                    continue  # after tasks shared out among several bodies: not the last one's alone
                opens_with_body = bool(ms) and ms[0].start <= 1
                assignees = (last_actors if not opens_with_body else []) or default
                if not assignees:
                    continue
            deontic = (
                told and (continued or bool(subj)) or _DEONTIC.occurs(toks) or _reported_commitment(toks, ms)
            )
            if strict_here and not deontic and not del_agencies and not directed:
                continue
            if _is_past_report(toks) and not cue and not del_agencies and not directed:
                continue
            if any(_bare_company(m) for m in ms):
                assignees = self._company_named_before(assignees, ms, unit, item_start, s)
                if not assignees and not del_persons:
                    continue
            assignees = self._members_for_their_group(toks, ms, assignees)
            assignees = _level_referred_back(assignees, last_actors)
            # "UBND xã Bảo Thắng lập phương án …; Chủ tịch UBND xã nghiêm túc kiểm điểm …": the one just named
            assignees = _level_referred_back(assignees, assignees)
            # "2.8. UBND các xã, phường: …; Chủ tịch UBND xã chịu trách nhiệm …": the heading's group
            assignees = _level_referred_back(assignees, [u for u in unit if u.collective])
            # "2.5. UBND các huyện A, B và UBND thành phố C / Chủ tịch UBND các huyện, thành phố trực tiếp …": those
            assignees = _group_referred_back(assignees, [u for u in unit if not u.collective])
            supports = self.supports_in(toks, ms, assignees)
            # kl:text keeps the words as written; a page break inside the sentence becomes one space
            d = Directive(text=re.sub(r"\s+", " ", self.text[s:e]).strip(), span=Span(s, e))
            d.assignees = _unique([a.key for a in assignees] + [p.key for p in del_persons])
            # a heading unit under which another body is the subject still owns its task ("…, Phòng X tham mưu")
            d.supports = [a.key for a in supports]
            # agency names never signal a topic; masks are in notice coordinates, like the offset
            masked = [(m.span.start, m.span.end) for m in ms] + _descriptions_before_duty(toks, ms)
            hits = classify_topics(self.text[s:e], context=context or None, offset=s, masked=masked)
            d.topics = _unique([h.topic for h in hits])
            if not d.topics and del_persons and not assignees:
                d.topics = self._topics_of_the_item_before(s)
                if not d.topics and _BACK_REFERENCE.occurs(toks):
                    d.topics = self._topics_of_the_tasks_above()
            # "Tỉnh chưa xem xét hỗ trợ trong năm 2012; huyện tự cân đối …": the refusal's year is no deadline
            d.due = self._deadline(toks[refused].start if refused is not None else s, e)
            self.notice.directives.append(d)
            if continued and d.due is not None and self._closes_with_a_deadline(s, e, d.due):
                # "A xây dựng …; B bố trí …; thời gian hoàn thành trước ngày 25/3/2026": the closing clause
                # dates the tasks of the clauses before it too
                _date_the_undated(sentence_tasks, d.due)
            told = True
            last, last_actors = d, assignees
            if not continued:
                sentence_subject = assignees if subj and not del_agencies else []
            handed_over = bool(del_agencies) and continued and not subj
            sentence_actors.append(frozenset(d.assignees))
            sentence_tasks.append(d)

    def _closes_with_a_deadline(self, start: int, end: int, due: Deadline) -> bool:
        """Is ``due`` written in a clause of its own after the last ";" of the span, one that only says when the work
        is to be done ("…; thời gian hoàn thành trước ngày 25/3/2026", "…; hoàn thành trong quý II")?"""
        cut = self.text.rfind(";", start, end)
        if cut < 0 or due.span.start < cut:
            return False
        toks = tokenize(self.text, cut + 1, end)
        return _DEADLINE_SENTENCE.match(toks, 0) is not None or _only_a_time(toks, due)

    def _party_view(self, b: Block) -> bool:
        """The paragraph records what a party to the meeting said, under its label ("Ý kiến của Công ty:",
        PARTY_VIEW_LABELS): a body that acts for itself (not the issuer, a council, a team or the leadership,
        whose views are the conclusions: "Ý kiến của Đoàn kiểm tra:") then the label's colon."""
        toks = [t for t in tokenize(self.text, b.span.start, b.span.end) if t.text not in ("*", "_")]
        lm = _PARTY_VIEW.match(toks, 0)
        if lm is None:
            return False
        am = scan_agency(toks, lm[0], self.text)
        return (
            am is not None and am.end < len(toks) and toks[am.end].text == ":" and self._acts_for_itself(am)
        )

    def _petition(self, toks: list[Tok], *, by_bodies: bool) -> bool:
        """The sentence is what those heard ask: it opens with a petitioner ("Cử tri thôn 4 …", "Doanh nghiệp …")
        or a body other than the notice's issuer ("Trung tâm …", "UBND huyện …", "Công ty …") and goes on with a
        petition verb ("đề nghị", "kiến nghị", "có một số kiến nghị:")."""
        k = 0
        while k < len(toks) and (toks[k].text in ("*", "_", "-", "+", "(", ")") or toks[k].text.isdigit()):
            k += 1
        if k >= len(toks):
            return False
        if (pm := _PETITIONER_WORD.match(toks, k)) is not None:
            hi = min(len(toks), pm[0] + PETITIONER_QUALIFIER_MAX_WORDS + 1)
            for j in range(pm[0], hi):
                if toks[j].text in (";", ".", ":"):
                    return False
                if _PETITION_VERB.match(toks, j) is not None:
                    return True
            return False
        if (
            nm := scan_name(toks, k, need_surname=True, allow_honorific=True, text=self.text)
        ) is not None and (nm.honorific is not None and nm.honorific_start == k):
            # "Ông A Lâm, Già làng làng X, xã Y đề nghị tỉnh …": a citizen, by what he is, asks
            cited = False
            for j in range(nm.end, min(len(toks), nm.end + 2 * PETITIONER_QUALIFIER_MAX_WORDS + 1)):
                if toks[j].text in (";", ".", ":"):
                    return False
                cited = cited or _CITIZEN_ROLE.match(toks, j) is not None
                if _PETITION_VERB.match(toks, j) is not None:
                    return cited
            return False
        am = scan_agency(toks, k, self.text) if by_bodies else None
        if am is None or am.collective:
            return False
        j = _past_aside(toks, am.end)
        if _PETITION_VERB.match(toks, j) is None:
            return False
        a = self.resolve(am, self.place())
        issuer = self._issuer
        return (
            a is not None
            and (issuer is None or a.key != issuer.key)
            # the province's own leadership, a working group or a board asks as the meeting does ("Thường trực
            # Tỉnh ủy đề nghị Ban cán sự đảng …", "Tổ công tác đề nghị UBND huyện …"); a district's body petitions
            and am.kind not in _MEETING_VOICE_KINDS
            and (a.district is not None or a.kind not in _ASKING_AS_THE_MEETING_KINDS)
        )

    def _company_named_before(
        self, assignees: list[Agency], ms: list[AgencyMatch], unit: list[Agency], start: int, end: int
    ) -> list[Agency]:
        """A bare "Công ty" among ``assignees`` speaks of the company the item named before it ("a) Công ty TNHH X
        (dự án …): yêu cầu Công ty hoàn thành …", under the heading it names or in its text before): that company
        acts; with none named, no one in particular does."""
        # by name, not by resolving the bare words (which would enter "Nhà máy" among the notice's bodies)
        bare = {match_key(m.head) for m in ms if _bare_company(m)}
        if not any(a.kind == "company" and match_key(a.name) in bare for a in assignees):
            return assignees
        named = [a for a in unit if a.kind == "company" and match_key(a.name) not in bare]
        if not named:
            toks = tokenize(self.text, start, end)
            last = next(
                (
                    m
                    for m in reversed(find_agencies(self.text, toks, self.agencies.province))
                    if m.kind == "company" and m.name and not m.collective
                ),
                None,
            )
            if last is not None and (found := self.resolve(last)) is not None:
                named = [found]
        out: list[Agency] = []
        for a in assignees:
            if a.kind != "company" or match_key(a.name) not in bare:
                out.append(a)
            elif named:
                out.append(named[-1])
        return _unique_agencies(out)

    def _object_of_opening_verb(self, toks: list[Tok], ms: list[AgencyMatch], subj: list[Agency]) -> bool:
        """The bodies of ``subj`` are named in the clause the verb at ``toks[0]`` opens (no ";" or "." before them)."""
        keys = {a.key for a in subj}
        at = [m for m in ms if (a := self.resolve(m, self.place())) is not None and a.key in keys]
        return bool(at) and not any(t.text in (";", ".", ":") for t in toks[: at[0].start])

    def _members_acting_after_colon(
        self, toks: list[Tok], ms: list[AgencyMatch], asked: list[Agency], subj: list[Agency]
    ) -> list[Agency]:
        """A group is asked, and a colon then opens on a body of its own that acts ("bà đề nghị các tổ chức thành
        viên tập trung một số nội dung: Hội Nông dân tỉnh tiếp tục vận động hội viên …"): the group only leads in
        to its members' tasks, and the members named after the colon act: those subjects, else none."""
        asked_keys = {a.key for a in asked}
        members = [
            a for a in subj if a.key not in asked_keys
        ]  # the group itself may be read as a subject too
        if not all(a.collective for a in asked) or not members or any(a.collective for a in members):
            return []
        place = self.place()
        keys = {a.key for a in members}
        return (
            members
            if any(
                m.start > 1
                and toks[m.start - 1].text == ":"
                and (a := self.resolve(m, place)) is not None
                and a.key in keys
                for m in ms
            )
            else []
        )

    def _members_for_their_group(
        self, toks: list[Tok], ms: list[AgencyMatch], assignees: list[Agency]
    ) -> list[Agency]:
        """A group asked with its members listed in the bracket after it ("các tổ chức chính trị - xã hội (Hội Nông
        dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn)") is asked through them: each member takes the task in the
        group's place. A bracket holding anything but bodies ("(trừ Sở Tài chính)", "(nếu có)") lists none."""
        keys = {a.key: i for i, a in enumerate(assignees)}
        out = list(assignees)
        place = self.place()
        for m in ms:
            if not m.collective or m.end >= len(toks) or toks[m.end].text != "(":
                continue
            close = next((q for q in range(m.end + 1, len(toks)) if toks[q].text in (")", ";", ".")), None)
            if close is None or toks[close].text != ")":
                continue
            inside = [x for x in ms if m.end < x.start and x.end <= close]
            covered = {k for x in inside for k in range(x.start, x.end)}
            if (
                not inside
                or any(x.collective for x in inside)
                or any(
                    k not in covered and toks[k].text not in (",", "và") and toks[k].key != "và"
                    for k in range(m.end + 1, close)
                )
            ):
                continue
            group = self.resolve(m, place)  # (only now: resolving a name records the body)
            if group is None or group.key not in keys:
                continue
            members = [a for x in inside if (a := self.resolve(x, place)) is not None]
            out = [a for a in out if a.key != group.key] + [a for a in members if a.key not in keys]
        return _unique_agencies(out) if out != assignees else assignees

    def _bodies_of_places_spoken_of(
        self, toks: list[Tok], ms: list[AgencyMatch], asked: list[Agency]
    ) -> list[Agency]:
        """ "Đối với huyện Đức Hòa và huyện Bến Lức - hai địa phương có số ca mắc cao nhất - Chủ tịch UBND tỉnh yêu
        cầu UBND huyện tổ chức …": a body asked by its bare head and the kind of place ("UBND huyện", no name)
        is the body of each place the sentence opened on, so each place's UBND is asked; ``asked`` otherwise. The
        places may open it after "Riêng" as well ("Riêng hai thị xã A và B, yêu cầu UBND thị xã báo cáo …")."""
        cm = _CONCERNING.match(toks, 0) or _SUBJECT_LEAD.match(toks, 0)
        if cm is None:
            return asked
        spoken, _ = _listed_matches(toks, ms, cm[0])
        if not spoken:
            spoken = _places_named_by_level(toks, cm[0])  # "Đối với hai huyện miền núi A và B, …"
        if not spoken or any(m.collective or not m.locality for m in spoken):
            return asked
        keys = {a.key for a in asked}
        place = self.place()
        bare = [
            m
            for m in ms
            if m.start >= spoken[-1].end
            and not m.collective
            and not m.name
            and m.locality is None
            and m.locality_type is not None
            and all(fold(m.locality_type) == fold(sp.locality_type or "") for sp in spoken)
            and (a := self.resolve(m, place)) is not None
            and a.key in keys
        ]
        if len(bare) != 1 or len(asked) != 1:
            return asked
        named = [self.resolve(dataclasses.replace(bare[0], locality=sp.locality), place) for sp in spoken]
        return [a for a in named if a is not None] or asked

    def _criticised_then_asked(self, toks: list[Tok], ms: list[AgencyMatch]) -> list[Agency]:
        """ "Phê bình UBND huyện A và Sở B không cử đại diện dự hội nghị; yêu cầu báo cáo giải trình …": a request
        naming no one after a criticism of bodies asks the bodies criticised. So does one after the bodies a
        sentence opens to speak of: "Đối với UBND huyện A và UBND huyện B - hai địa phương … - Phó Chủ tịch UBND tỉnh
        yêu cầu kiểm điểm trách nhiệm, báo cáo …"."""
        cm = _CRITICISE.match(toks, 0) or _CONCERNING.match(toks, 0)
        if cm is None:
            return []
        for i in _DELEGATE.positions(toks):
            dm = _DELEGATE.match(toks, i)
            if (
                dm is not None
                and i > cm[0]
                and fold(str(dm[1])) in _ASKING
                and not any(m.start <= dm[0] + 1 and m.end > dm[0] for m in ms)
                and _LEADERS.match(toks, dm[0]) is None
            ):
                return self._bodies_listed_at(toks, ms, cm[0])
        return []

    def _participant_speaks(self, toks: list[Tok]) -> bool:
        """ "Phát biểu tại buổi làm việc, đồng chí X, Phó Chủ tịch UBND huyện đề nghị …": a named person who is
        neither the chair nor the one who concluded speaks (only when the chair is known)."""
        chairs = set(self.notice.meeting.chairs) | set(self.concluders)
        if not chairs:
            return False
        m = _SPEECH.match(toks, 0)
        if m is None or m[0] >= len(toks) or toks[m[0]].text != ",":
            return self._participant_proposes(toks, chairs)
        named = self._honoured_person_at(toks, m[0] + 1) or self._titled_person_at(toks, m[0] + 1)
        if named is None:
            return False
        return match_key(named[0].name) not in chairs  # a person's key is the match key of the name

    def _attendance_line(self, toks: list[Tok]) -> bool:
        """The sentence is only a person, his posts and his place in the group ("Ông A - Trưởng phòng Khoáng sản -
        Phó Trưởng đoàn;", "Bà B - Chuyên viên Chi cục Bảo vệ môi trường - Thành viên."): a line of a list of
        members or attendees (a team under its heading "I. ĐOÀN KIỂM TRA"), which gives no one a task."""
        named = self._honoured_person_at(toks, 0)
        if named is None:
            return False
        rest = [t for t in toks[named[2] :] if t.text not in (";", ".", ",")]
        if not rest:
            return True
        if _member_role_closes(toks[named[2] :]):
            return True  # "Ông B - Chuyên viên Phòng Kế hoạch - Tài chính, thành viên;": his seat in the team
        return (
            rest[0].text in _DASHES
            and len(rest) <= ATTENDANCE_ROLE_MAX_TOKENS
            and all(t.is_word for t in rest[1:])
            and not _CUES.occurs(rest, 1)
        ) or _ends_on_team_role(rest)

    def _participant_proposes(self, toks: list[Tok], chairs: set[str]) -> bool:
        """ "Bà A, Phó Cục trưởng Cục Thuế tỉnh đề nghị các huyện phối hợp …": the sentence opens with a named
        person, neither the chair nor the one who concluded, and his verb of proposing right after his posts, in
        the part the story tells what was heard, before any task is given. After the conclusions have begun, a
        leader of the host body asking its units is giving tasks ("Phó Giám đốc Sở A đề nghị Phòng Quản lý khoa
        học thẩm định hồ sơ …" after the council's)."""
        if self.notice.directives:
            return False
        named = self._honoured_person_at(toks, 0) or self._titled_person_at(toks, 0)
        if named is None or match_key(named[0].name) in chairs:
            return False
        k = named[2]
        k = _past_dashes(toks, k, len(toks))
        return _PARTICIPANT_PROPOSING.match(toks, k) is not None

    def _topics_of_the_tasks_above(self) -> list[str]:
        """The subject topics at least half of the notice's tasks so far share: what "theo dõi, chỉ đạo các nội
        dung trên" is about. No procedural topic."""
        done = self.notice.directives
        if not done:
            return []
        scheme = load_topic_scheme()
        counts = Counter(t for d in done for t in set(d.topics) if not scheme.is_procedural(t))
        return [t for t, c in counts.most_common() if 2 * c >= len(done)]

    def _topics_of_the_item_before(self, start: int) -> list[str]:
        """The subject topics of the task just before ``start`` in the same item: "Giao Tổng cục trưởng X trực
        tiếp chỉ đạo việc hoàn thiện dự thảo Thông tư" names no subject of its own; it is the draft of the task
        before it. Nothing across a new numbered item, and no procedural topic (reporting, planning …)."""
        if not self.notice.directives:
            return []
        before = self.notice.directives[-1]
        if _NEW_ITEM.search(self.text, before.span.end, start):
            return []
        scheme = load_topic_scheme()
        return [t for t in before.topics if not scheme.is_procedural(t)]

    # signature and recipients
    def read_signature(self) -> None:
        sig = self.layout.signature
        if not sig:
            return
        sig = self._answering_block(sig) or sig
        titles = []
        title_body: dict[int, Agency] = {}  # a title line's own body: "CHÁNH VĂN PHÒNG UBND TỈNH"
        signed_for_body: Agency | None = None  # the body of the title signed for ("KT. GIÁM ĐỐC SỞ Y TẾ")
        name_line = None
        after_title = False  # the line before was the signer's title, with no body of its own
        wrapped: dict[int, list[Tok]] = {}  # a title's body on the line below it
        for ln in sig:
            s = ln.clean.strip()
            title_above, after_title = after_title, False
            s2 = re.sub(r"^(KT|K/T|TL|T/L|Q|TUQ|TM|T/M|T\.M)[./]?\s*", "", s)
            if s.lower().strip(" ") in TITLES:  # "Q. GIÁM ĐỐC": Quyền Giám đốc, the acting head
                titles.append(TITLES[s.lower().strip(" ")])
                after_title = True
                continue
            mark = re.match(r"^(KT|K/T|TL|T/L|TUQ|TM|T/M|T\.M)[./]?\s*", s)
            if mark and s[mark.end() :].lower().strip(" .") in TITLES:
                continue  # "TL. BỘ TRƯỞNG", "KT. CHÁNH VĂN PHÒNG": signed for that title's holder, not the signer's
            if mark and (
                body := self._signed_for_body(ln, len(ln.clean) - len(ln.clean.lstrip()) + mark.end())
            ):
                signed_for_body = body  # "K/T CHÁNH VĂN PHÒNG TỈNH ỦY" over "PHÓ CHÁNH VĂN PHÒNG": of Tỉnh ủy
                continue
            if s2.lower().strip(" .") in TITLES:
                titles.append(TITLES[s2.lower().strip(" .")])
                after_title = not mark
                continue
            if _is_upper(s):
                # "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC": the known title it opens with
                lt = tokenize(self.text, ln.clean_start, ln.clean_start + len(ln.clean))
                tm = match_title(lt, 0) if lt else None
                if tm is not None:
                    titles.append(tm[1])
                    if (body := self._title_line_body(lt, tm[0])) is not None:
                        title_body[len(titles) - 1] = body
                    else:
                        after_title = not mark
                    continue
                if title_above and lt and scan_agency(lt, 0, self.text) is not None:
                    # "CHÁNH VĂN PHÒNG / UBND TỈNH - THÀNH VIÊN BAN CHỈ ĐẠO" under "TL. TRƯỞNG BAN CHỈ ĐẠO": the
                    # title's body wrapped on to the next line (and his seat on the board after it); read when
                    # that title is the signer's
                    wrapped[len(titles) - 1] = lt[: _before_another_post(lt)]
                    continue
            m = _SIGNER_LABEL.match(s)
            cand = m.group(1).strip() if m else s
            toks = tokenize(
                self.text,
                ln.clean_start + (len(s) - len(cand)) + (len(ln.clean) - len(ln.clean.lstrip())),
                ln.clean_start + len(ln.clean),
            )
            if _ARCHIVE_LINE.match(cand):
                continue  # "Lưu VT", "Lưu: VT, QLĐL": the archive copy of "Nơi nhận", not a Mr Lưu
            nm = scan_name(toks, 0, need_surname=True, allow_honorific=True, text=self.text)
            if nm is not None and nm.end >= len([t for t in toks if t.is_word]) - 0 and name_line is None:
                name_line = (nm, toks)
        if name_line is None:
            name_line = self._signer_without_surname(sig)
        if name_line is None:
            return
        nm, toks = name_line
        signer_title = titles[-1] if titles else None
        if len(titles) - 1 in wrapped and len(titles) - 1 not in title_body:
            if (body := self._title_line_body(wrapped[len(titles) - 1], 0)) is not None:
                title_body[len(titles) - 1] = body
        agency = title_body.get(len(titles) - 1) or signed_for_body or self._issuer
        if (
            signer_title is not None
            and agency is not None
            and agency is self._issuer
            and (above := self._owner_of(agency)) is not None
            and signer_title in TITLES_ABOVE_UNITS.get(_unit_head_word(agency.name), ())
        ):
            agency = above  # "CHỦ TỊCH" under the header's "BAN KẾ HOẠCH - HỖ TRỢ": the Liên minh's, above it
        if (
            signer_title in ("Chánh Văn phòng", "Phó Chánh Văn phòng")
            and agency is not None
            and agency.kind != "office"
        ):
            base = agency.name
            if fold(base).startswith("thường trực ") or fold(base).startswith("ban thường vụ "):
                base = base.split(" ", 2)[2]
            agency = self.agencies.add(
                f"Văn phòng {base}",
                "office",
                f"Văn phòng {base}",
                Span(0, 0),
                parent=agency if agency.kind in ("so",) else None,
            )
        posts = (
            [(signer_title, signer_title, Span(toks[0].start, toks[nm.end - 1].end), agency)]
            if signer_title
            else []
        )
        pm = PersonMention(nm.name, Span(toks[nm.start].start, toks[nm.end - 1].end), nm.honorific, posts)
        p = self.add_person(pm)
        self.notice.signer = p.key
        self.notice.signer_span = pm.span

    def _answering_block(self, sig: list[Line]) -> list[Line] | None:
        """The lines of the block whose signer answers for a record signed side by side by several ("ĐẠI DIỆN UBND
        HUYỆN A    ĐẠI DIỆN CỤC HẢI QUAN TỈNH B / PHÓ CHỦ TỊCH    PHÓ CỤC TRƯỞNG / …", then "THƯ KÝ / …"): each
        block as its own lines, one cell each. None when no line names two signers side by side, or no block is
        left.

        Not the secretary's, nor the inspected unit's (`SECRETARY_SIGNATURE_HEADS`, `INSPECTED_SIGNATURE_HEADS`);
        of the rest, the team's or the chair's (`LEADING_SIGNATURE_HEADS`) or the issuing party's ("ĐẠI DIỆN <the
        issuer>"), else the rightmost, where the issuing side signs. A heading on a line of its own over blocks side
        by side may be either's (a PDF's wrapped table): it counts for each."""
        rows = [_signature_cells(ln) for ln in sig]
        if not any(sum(self._whole_name(c) for c in cells) > 1 for cells in rows):
            return None  # one signer (a "Nơi nhận" column beside him is no block of its own)
        blocks: list[tuple[list[Line], Line]] = []
        columns: dict[int, list[Line]] = {}
        shared: list[Line] = []
        for cells in rows:
            names = [c for c in cells if self._whole_name(c)]
            if not names:
                if len(cells) == 1:
                    shared.append(cells[0])
                else:
                    for i, c in enumerate(cells):
                        columns.setdefault(i, []).append(c)
                continue
            for i, c in enumerate(cells):
                if c in names:
                    blocks.append((shared + columns.get(i if len(cells) > 1 else 0, []), c))
            columns, shared = {}, []
        kept = [
            (heads, name) for heads, name in blocks if not any(_heads_with(h, _NOT_ANSWERING) for h in heads)
        ]
        if not kept:
            return None
        leading = [(heads, name) for heads, name in kept if any(self._leads_record(h) for h in heads)]
        # "ĐẠI DIỆN UBND PHƯỜNG A" standing alone under the row of blocks: a witness, another party than the issuer
        own = [(heads, name) for heads, name in kept if not any(self._another_partys_head(h) for h in heads)]
        heads, name = (leading or own or kept)[-1]
        return [*heads, name]

    def _whole_name(self, ln: Line) -> bool:
        """Is the signature cell a person's name and nothing else ("Nguyễn Hữu Phước")?"""
        toks = tokenize(self.text, ln.clean_start, ln.clean_start + len(ln.clean))
        nm = scan_name(toks, 0, need_surname=True, allow_honorific=True, text=self.text) if toks else None
        return nm is not None and nm.end == len(toks)

    def _leads_record(self, head: Line) -> bool:
        """Does the heading open the block of the one who answers for a record: the team's head or the chair
        ("TRƯỞNG ĐOÀN KIỂM TRA", "CHỦ TRÌ"), or the issuing party ("ĐẠI DIỆN CỤC HẢI QUAN TỈNH B" over its notice)?"""
        if _heads_with(head, _LEADING_SIGNATURE):
            return True
        a = self._represented_body(head)
        return a is not None and self._issuer is not None and a.key == self._issuer.key

    def _represented_body(self, head: Line) -> Agency | None:
        """The one body a record's "ĐẠI DIỆN <body>" signature heading names, when there is an issuer to set it
        against ("ĐẠI DIỆN CỤC HẢI QUAN TỈNH B"; not a collective)."""
        if self._issuer is None or not fold(head.clean).startswith(REPRESENTATIVE_SIGNATURE_HEAD):
            return None
        start = head.clean_start + len(REPRESENTATIVE_SIGNATURE_HEAD)
        toks = tokenize(self.text, start, head.clean_start + len(head.clean))
        am = scan_agency(toks, 0, self.text) if toks else None
        if am is None or am.collective:
            return None
        return self.resolve(am)

    def _another_partys_head(self, head: Line) -> bool:
        """Does the heading open the block of a party other than the issuer ("ĐẠI DIỆN UBND PHƯỜNG HƯNG BÌNH" under
        an inspection team's record): the local authority or a witness who countersigns, never the one who answers
        for the record?"""
        a = self._represented_body(head)
        issuer = self._issuer
        return (
            a is not None
            and issuer is not None
            and a.key != issuer.key
            and not self._above(a, issuer)
            and not self._above(issuer, a)
        )

    def _signed_for_body(self, ln: Line, start: int) -> Agency | None:
        """The body of the title a "KT."/"TL." line signs for, when the line names it after the title ("K/T CHÁNH
        VĂN PHÒNG TỈNH ỦY", "KT. GIÁM ĐỐC SỞ Y TẾ", "TL. CHỦ TỊCH UBND TỈNH"): the signer's post is in it (his
        deputy's title, or its office for a Chánh Văn phòng), not in the issuer — a board signing through the
        Party committee's office. ``start`` is where the title opens in the line's clean text."""
        toks = tokenize(self.text, ln.clean_start + start, ln.clean_start + len(ln.clean))
        tm = match_title(toks, 0) if toks else None
        return self._title_line_body(toks, tm[0]) if tm is not None else None

    def _title_line_body(self, toks: list[Tok], start: int) -> Agency | None:
        """The body a signature's title line names after the title, when the rest of the line is that body
        ("CHÁNH VĂN PHÒNG UBND TỈNH" under "TL. TRƯỞNG BAN", "GIÁM ĐỐC SỞ TƯ PHÁP"): the signer's post is
        in it, not in the issuer, which signs through him. None when nothing, or more than a body, follows."""
        if start >= len(toks):
            return None
        am = scan_agency(toks, start, self.text)
        if am is None or am.end != len(toks) or am.collective:
            return None
        issuer = self._issuer
        if (
            not am.name
            and am.locality_type is None
            and (issuer is None or fold(issuer.name).startswith(fold(am.head)))
        ):
            return None  # "CHỦ TỊCH HỘI ĐỒNG", "TỔ TRƯỞNG TỔ CÔNG TÁC": the issuing council or team itself
        # "PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI / (đã ký)  TRƯỜNG": the body the column's break cut, named whole elsewhere
        am = whole_name_cut_by_column(am, toks, self._text_agencies) or am
        return self.resolve(am)  # "TỈNH ỦY" over a board's notice: the province's Party committee

    def _signer_without_surname(self, sig: list) -> tuple | None:
        """The signer's line when the family name is not a Kinh one ("Vàng Seo Páo", "Y Hiên").

        The block's last line, after the titles and "(đã ký)", holding nothing but capitalised words.
        """
        for ln in sig[::-1]:
            s = ln.clean.strip()
            if not s or s.startswith("("):
                continue
            toks = tokenize(self.text, ln.clean_start, ln.clean_start + len(ln.clean))
            words = [t for t in toks if t.is_word]
            if len(words) != len(toks) or not 2 <= len(words) <= 5 or not all(t.is_cap for t in words):
                return None
            if _is_upper(s) or match_title(toks, 0):
                return None
            nm = scan_name(toks, 0, need_surname=False, allow_honorific=True, text=self.text)
            return (nm, toks) if nm is not None and nm.end == len(toks) else None
        return None

    def read_recipients(self) -> None:
        for ln in self.layout.recipients:
            s = ln.clean.strip()
            if re.match(r"^[-–·•+*]?\s*(Lưu|Như trên|Như điều)", s, re.IGNORECASE):
                continue
            for _, a in self.agencies_in(ln.clean_start, ln.clean_start + len(ln.clean)):
                if a.key not in self.notice.recipients:
                    self.notice.recipients.append(a.key)

    def finish(self) -> None:
        n = self.notice
        # chairs named by title only ("Giám đốc Sở đã chủ trì")
        for role, ag in self.title_chairs:
            for post in n.posts:
                if (
                    post.role == role
                    and (ag is None or post.agency == ag)
                    and post.person not in n.meeting.chairs
                ):
                    n.meeting.chairs.append(post.person)
                    break
        if not n.meeting.chairs and self.concluders:
            n.meeting.chairs.append(self.concluders[0])  # no chair written: the one who gave the conclusions
        if not n.meeting.chairs:
            # no chair written: the one head of the team among those present leads its visit ("I. ĐOÀN KIỂM TRA: 1.
            # Ông Lê Văn A - Phó Giám đốc Sở GTVT - Trưởng đoàn; 2. … - Phó Trưởng đoàn")
            heads = _unique(
                [
                    post.person
                    for post in n.posts
                    if match_key(post.role) in _TEAM_HEADS and post.person in n.meeting.participants
                ]
            )
            if len(heads) == 1:
                n.meeting.chairs.append(heads[0])
        for c in n.meeting.chairs:
            if c not in n.meeting.participants:
                n.meeting.participants.insert(0, c)
        n.persons = {p.key: p for p in self.persons.by_key.values()}
        # agencies: drop placeholder spans
        for a in self.agencies.by_key.values():
            a.spans = [s for s in a.spans if s.end > s.start] or a.spans
        n.agencies = {a.key: a for a in self.agencies.by_key.values()}
        # parents must exist
        keys = set(n.agencies)
        for a in n.agencies.values():
            if a.parent not in keys:
                a.parent = None


#: at most this many words describe the members of a group that heads a unit's tasks ("Các doanh nghiệp kinh
#: doanh vận tải taxi"); more, and the line is a sentence
COLLECTIVE_HEADING_WORDS = 8

_LEVEL = {
    "roman": 1,
    "digit": 2,
    "digit2": 2.5,
    "letter": 3,
    "star": 3.5,
    "dash": 4,
    "dot": 4,
    "plus": 5,
    "": 6,
}


_CHAIR_FOLLOWERS = frozenset(
    {
        ".",
        ",",
        ";",
        ":",
        ")",
        "-",
        "–",
        "cuộc",
        "hội",
        "buổi",
        "đoàn",  # "đã chủ trì đoàn kiểm tra công tác …": the visit's head
        "phiên",
        "của",
        "bởi",
        "và",
        "họp",
        "làm",
        "tọa",
        "toạ",
        "kỳ",
        "lễ",
        "có",  # "đồng chủ trì có đ/c X"
        "gồm",
        "là",
    }
)


def _received_team(toks: list[Tok], mentions: list[PersonMention], idx: int) -> bool:
    """The team the person at ``idx`` leads is received by a host named before him in the same sentence: "PCT X đã
    có buổi làm việc với Đoàn công tác của [body] do ông Y, … làm trưởng đoàn" (RECEIVING_TEAM_VERBS, then "đoàn",
    before Y). Y is a guest, not the meeting's chair."""
    pm = mentions[idx]
    lo = max((k + 1 for k in range(pm.tok_start) if toks[k].text in (".", ";", "!", "?")), default=0)
    if not any(lo <= m.tok_start < pm.tok_start for m in mentions[:idx]):
        return False
    for i in range(lo, pm.tok_start):
        vm = _RECEIVING_TEAM.match(toks, i)
        if vm is not None and any(t.key == "đoàn" for t in toks[i : pm.tok_start]):
            return True
    return False


def _member_role_closes(rest: list[Tok]) -> bool:
    """What is left of a member's line after his name and posts ends on his seat in the team or council after a
    comma ("…, thành viên;", "…, ủy viên."), with no verb before it: the posts ran on past what the post reader
    took ("Phó Trưởng phòng Giáo dục phổ thông - Giáo dục dân tộc, thành viên"), no task."""
    words = [t for t in rest if t.text not in (";", ".")]
    for k in range(len(words) - 1, -1, -1):
        if words[k].text == ",":
            seat = _COUNCIL_MEMBER.match(words, k + 1)
            return (
                seat is not None
                and seat[0] == len(words)
                and len(words) <= 3 * ATTENDANCE_ROLE_MAX_TOKENS
                and all(t.is_word or t.text in _DASHES for t in words[:k])
                and not _CUES.occurs(words[:k], 0)
            )
    return False


def _ends_on_team_role(rest: list[Tok]) -> bool:
    """ "… Phòng Cảnh sát giao thông đường bộ - đường sắt (PC67) Công an tỉnh - Thành viên" after a member's name: a
    member's line of a record's team gives his posts, however long, then after the last dash his place in the team,
    a short title written with a capital ("Thành viên", "Thư ký", "Phó Trưởng đoàn"); a task after a dash opens
    with a verb in lower case and goes on longer."""
    dashes = [k for k, t in enumerate(rest) if t.text in _DASHES]
    if not dashes or any(t.text in (";", ":") for t in rest) or _CUES.occurs(rest, 0):
        return False
    role = rest[dashes[-1] + 1 :]
    return (
        0 < len(role) < ATTENDANCE_ROLE_MAX_TOKENS
        and all(t.is_word for t in role)
        and role[0].text[:1].isupper()
        and not _CUES.occurs(role, 0)
    )


@functools.lru_cache(maxsize=1)
def _leads_the_meeting() -> re.Pattern[str]:
    """What follows the first person of the opening when that person held the meeting or led the visit."""
    verbs = longest_first(LEADING_VERBS + MEETING_WITH_VERBS)
    # those going with the leader may be named first: "… cùng đoàn công tác của tỉnh đã đi kiểm tra thực địa"
    company = rf"(?:(?:{longest_first(VISIT_COMPANION_WORDS)})\s[^.;:()\n]{{1,80}}?\s)?"
    return re.compile(rf"[\s,]*{company}(?:(?:đã|vừa|có|đi|đến|buổi|chuyến)\s+)*(?:{verbs})\b", re.IGNORECASE)


_NOTE_MAX_TOKENS = 12  # the longest note in brackets after a name ("(Tổ đại biểu thành phố Vinh)")


def _after_note(toks: list[Tok], k: int) -> int:
    """The index after a bracketed note that opens at ``toks[k]`` and closes within a few words; ``k`` if none."""
    if k < len(toks) and toks[k].text == "(":
        for j in range(k + 1, min(len(toks), k + _NOTE_MAX_TOKENS + 1)):
            if toks[j].text == ")":
                return j + 1
            if toks[j].text in ("(", ";", "."):
                break
    return k


def _last_sentence_start(toks: list[Tok]) -> int:
    """Where the last sentence of a paragraph that leads in to a list opens: findings, then the address ("Đến nay
    tỷ lệ … còn diễn biến phức tạp. Đề nghị Giám đốc Sở Tài nguyên và Môi trường:", a question session's
    conclusion on one field); 0 for a paragraph of one sentence. A full stop inside a number or an abbreviation is
    followed by no capitalised word."""
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text == "." and toks[k + 1].is_cap and toks[k - 1].is_word and len(toks[k - 1].text) > 1:
            return k + 1
    return 0


def _unit_heading_start(toks: list[Tok]) -> int:
    """Where the body of a unit heading starts, after its lead ("Đối với Sở Tài chính:", "Giao Sở X:",
    "Đề nghị Sở Nông nghiệp và Phát triển nông thôn:" — the items under it are that body's tasks)."""
    m = _UNIT_HEADING_LEAD.match(toks, 0) if toks else None
    return m[0] if m is not None else 0


_ACCOUNT_LABELS = tuple(match_key(w) for w in RECORD_ACCOUNT_LABELS)


def _date_the_undated(tasks: list[Directive], due: Deadline | None) -> None:
    """Give ``due`` to each of ``tasks`` that has no deadline of its own: a deadline written once for several
    tasks (a closing clause, a sentence that only says when) never overrides one a task states itself."""
    for task in tasks:
        if task.due is None:
            task.due = due


def _labels_an_account(key: str) -> bool:
    """Does the block (its match key) open with a record's label for what happened or what the parties said
    ("diễn biến:", "ý kiến các bên:")? The label must end at its colon."""
    head, colon, _ = key.partition(":")
    return bool(colon) and head.strip(" *_") in _ACCOUNT_LABELS


def _receiving_citizens(toks: list[Tok]) -> list[int]:
    """Where an official is said to receive the citizens ("… đã tiếp đột xuất đoàn công dân"): in a citizens'
    reception that is presiding over it, as "chủ trì" elsewhere. In lower case only: "Ban Tiếp công dân" and
    "Trụ sở Tiếp công dân" are names, not the verb."""
    return [
        i
        for i in _RECEPTION.positions(toks)
        if not (toks[i].is_cap or toks[i].is_upper)
        and not any(
            (m := _RECEPTION_WORK.match(toks, k)) is not None and m[0] == i for k in range(max(0, i - 2), i)
        )
    ]


def _past_chair_delegation(toks: list[Tok], lo: int, hi: int) -> int:
    """Where the words after a chair's name and posts go on past a clause of whose name he chairs in ("…, theo ủy
    quyền của Giám đốc Sở, chủ trì", "…, được Giám đốc Sở ủy quyền, đã chủ trì"): the clause opens after a comma or
    dash, ends at a comma or at the mark ``hi`` and holds no stop and at most `DELEGATION_CLAUSE_MAX_TOKENS` words.
    ``lo`` when there is none."""
    k = lo
    k = _past_dashes(toks, k, hi)
    if k == lo:
        return lo
    clause = next((e for e in range(k, hi) if toks[e].text == ","), hi)
    if clause - k > DELEGATION_CLAUSE_MAX_TOKENS or any(
        t.text in (".", ";", ":", "(", ")") for t in toks[k:clause]
    ):
        return lo
    passive = toks[k].key == fold(CHAIR_DELEGATION_PASSIVE) and _CHAIR_DELEGATION_VERB.occurs(toks, k, clause)
    if _CHAIR_DELEGATION.match(toks, k) is None and not passive:
        return lo
    return clause


def _is_meeting_chair_mark(toks: list[Tok], i: int) -> bool:
    """ "chủ trì" of the meeting, not "chủ trì thực hiện" (leading a task)."""
    m = _CHAIR.match(toks, i)
    if m is None:
        return False
    if i > 0 and _CHAIR.match(toks, i - 1):
        return False  # the "chủ trì" inside "đồng chủ trì"
    if any(
        (lm := _TASK_LEAD_NOUN.match(toks, k)) is not None and lm[0] == i for k in range(max(0, i - 4), i)
    ):
        return (
            False  # "Cơ quan chủ trì: Trung tâm X", "đơn vị chủ trì": the body that leads a task or project
        )
    j = m[0]
    if j >= len(toks):
        return True
    if toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].key in ("phối", "kết"):
        return False
    return toks[j].key in _CHAIR_FOLLOWERS or toks[j].is_cap or _CHAIR_FOLLOWER.match(toks, j) is not None


def _wraps(prev: list[Tok], prev_ms: list[AgencyMatch], toks: list[Tok], text: str, prov: str | None) -> bool:
    """Does header line ``toks`` carry on the name that ends line ``prev``?"""
    if not prev_ms:
        # "ĐOÀN KIỂM TRA LIÊN" / "NGÀNH": a line that names nothing alone, and with the next is one whole body
        cand = prev + toks
        ms = find_agencies(text, cand, prov)
        return len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(cand)
    if (
        prev_ms[-1].end == len(prev) - 1
        and not prev_ms[-1].collective
        and (prev[-1].key == "và" or prev[-1].text in ("-", "–", ",", "&"))
    ):
        # "SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN": a line that ends on a joining word goes on below
        cand = prev + toks
        return any(
            m.start == prev_ms[-1].start and m.end == len(cand) for m in find_agencies(text, cand, prov)
        )
    if prev_ms[-1].end != len(prev) or prev_ms[-1].collective:
        return False
    last = prev_ms[-1]
    if HEADS.match(toks, 0) is not None and scan_agency(prev + toks, len(prev), text) is not None:
        return False  # the next line opens a body of its own ("SỞ TÀI CHÍNH", "VĂN PHÒNG")
    if LOCALITIES.match(toks, 0) is not None and (last.name or last.locality_type):
        return False  # "UBND TỈNH VĨNH LONG" / "HUYỆN …" are two bodies; a bare head takes it
    cand = prev + toks
    return any(m.start == last.start and m.end == len(cand) for m in find_agencies(text, cand, prov))


def _task_table_columns(heads: list[str]) -> dict[str, int]:
    """Which column of a table of tasks holds the task, its lead, its supporters and its deadline; empty
    unless the row is such a header (a task and a lead column, and no column of results)."""
    if any(h.startswith(_REVIEW_COLUMNS) for h in heads):
        return {}
    out: dict[str, int] = {}
    petition = next((i for i, h in enumerate(heads) if h.startswith(_PETITION_COLUMNS)), None)
    answer = next((i for i, h in enumerate(heads) if i != petition and h.startswith(_ANSWER_COLUMNS)), None)
    for i, h in enumerate(heads):
        if i in (petition, answer):
            continue  # "Kiến nghị | Ý kiến giải quyết": the petition is no task; the answer is read below
        for kind, words in _TASK_COLUMNS.items():
            if kind not in out and h.startswith(words):
                out[kind] = i
                break
    if answer is not None and (petition is not None or "lead" in out):
        # "STT | Kiến nghị | Ý kiến giải quyết | Cơ quan thực hiện": the answer is the row's task, given to the
        # body column's bodies; without one ("| Kiến nghị | Ý kiến của Bí thư Tỉnh ủy |") the answer is read as
        # an item of the conclusions, to the bodies it names as acting
        if "lead" in out:
            return {k: v for k, v in out.items() if k != "task"} | {"task": answer, "answer": answer}
        return {"order": answer, "answer": answer} | ({"due": out["due"]} if "due" in out else {})
    if "task" in out and "lead" in out:
        return out
    if petition is not None and answer is None and "lead" in out:
        # "STT | Kiến nghị của Tỉnh | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn" (an annex "phân công xử lý các
        # kiến nghị"): with no column answering it, the petition is the row's task, handed to the lead body
        return out | {"task": petition}
    if "lead" in out and "due" in out:
        # "TT | Vị trí | Nguyên nhân | Đơn vị thực hiện | Thời gian": a subject instead of a task column
        subject = next((i for i, h in enumerate(heads) if h.startswith(_SUBJECT_COLUMNS)), None)
        if subject is not None and subject not in (out["lead"], out["due"]):
            out["subject"] = subject
            problem = next((i for i, h in enumerate(heads) if h.startswith(_PROBLEM_COLUMNS)), None)
            if problem is not None:
                out["problem"] = problem
            return out
    # "STT | Tên dự án | Nhà đầu tư | Tồn tại | Giao | Thời hạn": one column holds who acts and what, as an item
    order = next((i for i, h in enumerate(heads) if h in _ORDER_COLUMNS), None)
    if order is None:
        return {}
    return {"order": order} | ({"due": out["due"]} if "due" in out else {})


#: a deadline written as a day: "ngày 30/6/2011", "30/6/2011", "ngày 30 tháng 6"
_WRITTEN_DAY = re.compile(r"(?i)\bngày\s+\d|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b")


def _last_day(value: str) -> str:
    """The last day an ISO date, year-month or year stands for, as text that compares with ISO dates."""
    if len(value) == 7:
        return value + "-31"  # compared as text: no month has a later day
    if len(value) == 4:
        return value + "-12-31"
    return value[:10]


def _deadline_cell(
    text: str, cell: tuple[int, int], year: int | None, counted_from: dict[str, _dt.date]
) -> Deadline | None:
    """The deadline a table's cell holds on its own ("25/7/2022", "Tháng 8/2022", "Quý III/2022", "15 ngày
    kể từ ngày ký")."""
    value = text[cell[0] : cell[1]]
    for cue in DEADLINE_CELL_CUES:
        d = vdates.find_deadline(cue + value, year, 0, counted_from)
        if d is not None:
            s, e = max(0, d.span.start - len(cue)), max(0, d.span.end - len(cue))
            return Deadline(d.value, d.datatype, Span(cell[0] + s, cell[0] + e))
    return None


def _table_columns(heads: list[str]) -> dict[str, int]:
    """Which column of an attendee table holds the name, the post and the body."""
    out: dict[str, int] = {}
    for i, h in enumerate(heads):
        for kind, words in TABLE_COLUMNS.items():
            if kind not in out and h in words:
                out[kind] = i
    return out


_SEVERAL = tuple(fold(w) + " " for w in TITLES_HELD_BY_SEVERAL)


_GLOSS_WORD = re.compile(r"[A-Za-z][A-Za-z&'./-]*")
_GLOSS_MAX_WORDS = 6


def _gloss_end(toks: list[Tok], k: int) -> int:
    """After a title, at ``toks[k]``, a bracketed gloss in English ("(Chief Technical Adviser)", "(Team Leader)"):
    words of Latin letters only, one at least in lower case (an acronym in capitals is the body's short name),
    then, if written, "của": the index after them, where the body is written; after "của" alone ("chuyên gia tư
    vấn giám sát của WB"), the index after it; else ``k``."""
    if k < len(toks) and toks[k].key == "của":
        return k + 1
    if k >= len(toks) or toks[k].text != "(":
        return k
    j = k + 1
    lower = False
    while j < len(toks) and j - k <= _GLOSS_MAX_WORDS and _GLOSS_WORD.fullmatch(toks[j].text):
        lower = lower or not toks[j].text.isupper()
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j].text != ")" or not lower:
        return k
    j += 1
    return j + 1 if j < len(toks) and toks[j].key == "của" else j


_LEVEL_WORDS = tuple(
    sorted((tuple(fold(w) for w in t.split()) for t in DISTRICT_TYPES), key=len, reverse=True)
)


def _level_word_at(toks: list[Tok], k: int) -> bool:
    """A level of local government in lower case at ``toks[k]`` ("phường", "thị trấn") with no place's name after it
    (no capital follows): a list of levels goes on ("UBND xã, phường, thị trấn"), not a list of places."""
    for words in _LEVEL_WORDS:
        e = k + len(words)
        if e <= len(toks) and all(
            fold(t.text) == w and t.text[:1].islower() for t, w in zip(toks[k:e], words, strict=True)
        ):
            return e >= len(toks) or not (toks[e].is_cap or toks[e].is_upper)
    return False


PLACE_QUALIFIER_MAX_WORDS = 3  # "miền núi", "biên giới", "vùng sâu, vùng xa" between a level and the names


def _places_named_by_level(toks: list[Tok], k: int) -> list[AgencyMatch]:
    """Places written once by their level, then their names ("hai huyện miền núi Mường Lát và Quan Sơn", "các xã A,
    B và C") from ``toks[k]`` up to the comma that closes the phrase, as place matches; none if anything else
    stands there. A count ("hai") and a few lower-case words of a qualifier may come before the names."""
    if k < len(toks) and (cm := _ANAPHOR_COUNT.match(toks, k)) is not None:
        k = cm[0]
    elif k < len(toks) and toks[k].key in ("các", "những"):
        k += 1
    level = next(
        (
            w
            for w in _LEVEL_WORDS
            if tuple(fold(t.text) for t in toks[k : k + len(w)]) == w and toks[k].text.islower()
        ),
        None,
    )
    if level is None:
        return []
    k += len(level)
    level_word = " ".join(level)
    q = 0
    while k < len(toks) and q < PLACE_QUALIFIER_MAX_WORDS and toks[k].is_word and toks[k].text[:1].islower():
        k, q = k + 1, q + 1
    out: list[AgencyMatch] = []
    last = False
    while k < len(toks) and toks[k].is_cap and match_title(toks, k) is None:
        e = k
        while e < len(toks) and e - k < PLACE_ITEM_MAX_WORDS and toks[e].is_cap and toks[e].is_word:
            e += 1
        surface = " ".join(t.text for t in toks[k:e])
        span = Span(toks[k].start, toks[e - 1].end)
        out.append(
            AgencyMatch(
                k, e, span, surface, "locality", level_word.capitalize(), surface, level_word, surface
            )
        )
        k = e
        # "A, B và C": the name after "và" is the last one
        if (
            last
            or k + 1 >= len(toks)
            or not (toks[k].text == "," or toks[k].key == "và")
            or not toks[k + 1].is_cap
        ):
            break
        last = toks[k].key == "và"
        k += 1
    if not out or k >= len(toks) or toks[k].text != ",":
        return []
    return out


def _directs_its_unit(toks: list[Tok], unit: list[Agency]) -> bool:
    """A directing verb in ``toks`` points back at the one heading unit by its kind word alone, in lower case and
    with no name after it: "… trực tiếp chỉ đạo phòng làm việc với …" under "6. Phòng Bưu chính - Viễn thông"."""
    if len(unit) != 1 or not unit[0].name:
        return False
    kind = fold(unit[0].name.split()[0])
    for i in _DIRECTING.positions(toks):
        vm = _DIRECTING.match(toks, i)
        j = vm[0] if vm is not None else len(toks)
        if (
            j + 1 < len(toks)
            and toks[j].text[:1].islower()
            and fold(toks[j].text) == kind
            and not (toks[j + 1].is_cap or toks[j + 1].is_upper)
        ):
            return True
    return False


def _level_only(a: Agency) -> bool:
    """A people's committee named by its level of local government alone, with no place's name ("Ủy ban nhân dân
    xã", "UBND phường"): any one of that tier, or the one the text spoke of, not a body the notice names. (A unit
    of a district written with its level, "Phòng Dân tộc huyện", is that district's: the notice's own.)"""
    if a.district or a.collective or a.kind != "ubnd":
        return False
    key = fold(a.name)
    return any(key.endswith(" " + fold(t)) for t in DISTRICT_TYPES)


def _level_referred_back(assignees: list[Agency], before: list[Agency]) -> list[Agency]:
    """A body written by its level alone right after a task given to named bodies of that level points back to them:
    "Giao UBND các phường A, B, C … ; xong trước ngày 31/3. Chủ tịch UBND phường chịu trách nhiệm nếu …" (the
    wards just named, not a new body "UBND phường")."""
    out: list[Agency] = []
    for a in assignees:
        named = [b for b in before if _level_only(a) and _names_that_level(b, a)]
        out.extend(named or [a])
    return _unique_agencies(out) if out != assignees else assignees


def _group_referred_back(assignees: list[Agency], named: list[Agency]) -> list[Agency]:
    """A group written by its levels under a heading that names bodies of those levels points back to them: "2.5.
    UBND các huyện Bình Sơn, Tư Nghĩa và UBND thành phố Quảng Ngãi / Chủ tịch UBND các huyện, thành phố trực tiếp
    tổ chức đối thoại …" asks the three bodies the heading named, not every district of the province."""
    out: list[Agency] = []
    for a in assignees:
        out.extend(_members_named_by_level(a, named) or [a])
    return _unique_agencies(out) if out != assignees else assignees


def _members_named_by_level(group: Agency, named: list[Agency]) -> list[Agency]:
    """The bodies of ``named`` that a group ("UBND các huyện, thành phố") stands for: two or more of its kind, each of
    a level the group lists, and every level it lists among them (else the group is wider than the heading)."""
    if not group.collective:
        return []
    kind, sep, rest = fold(group.name).partition(" các ")
    if not sep or not kind:
        return []
    levels = [x for x in re.split(r",\s*|\s+và\s+", rest) if x]
    hits = {lv: [b for b in named if fold(b.name).startswith(f"{kind} {lv} ")] for lv in levels}
    found = [b for lv in levels for b in hits[lv]]
    if len(found) < 2 or not all(hits.values()):
        return []
    return _unique_agencies(found)


def _names_that_level(b: Agency, level: Agency) -> bool:
    """Body ``b`` is one of those a committee written by its level alone (``level``: "UBND xã") points back to: a
    named one of that level ("UBND xã A"), or a group of the same kind that lists the level ("UBND các xã, phường:"
    heading an item that goes on "…; Chủ tịch UBND xã chịu trách nhiệm …": each commune of the group)."""
    name, head = fold(b.name), fold(level.name)
    if name.startswith(head + " "):
        return True
    kind, _, word = head.rpartition(" ")
    if not (b.collective and name.startswith(kind + " các ")):
        return False
    members = re.split(r",\s*|\s+và\s+", name[len(kind) + len(" các ") :])
    return any(m == word or m.startswith(word + " ") for m in members)  # "xã", "xã có rừng"; not "thị xã"


def _bare_unit(name: str) -> bool:
    """A body's name that is a body's kind word and nothing more ("Nhà máy", "Phòng", "Xí nghiệp"), not a body's
    name of its own written like one ("Ban Kinh tế - Ngân sách", "Ban Chỉ huy": words in capitals after it)."""
    toks = tokenize(name, 0, len(name))
    m = HEADS.match(toks, 0) if toks else None
    return m is not None and m[0] == len(toks) and not any(t.is_cap or t.is_upper for t in toks[1:])


def _named_with(a: Agency, unit: str) -> bool:
    """Whether ``a``, of a kind that bodies of more than one sort share (`_ONLY_BODY_BY_UNIT_WORD`), is named with
    the unit word of a head's title ("Tổ" of "Tổ trưởng": "Tổ công tác đặc biệt"); any other body is."""
    return a.kind not in _ONLY_BODY_BY_UNIT_WORD or fold(a.name).startswith(fold(unit) + " ")


def _held_by_several(role: str) -> bool:
    """A title several persons hold at once in one body (`TITLES_HELD_BY_SEVERAL`): "Phó Hiệu trưởng"."""
    return (fold(role) + " ").startswith(_SEVERAL)


def _fits_unit(role: str, agency: Agency) -> bool:
    """A unit head's title ("Chi cục trưởng") belongs to a body of that unit's kind only."""
    unit = TITLE_UNIT_HEAD.get(role)
    return unit is None or unit in ("Văn phòng", "Thanh tra") or agency.kind == _unit_kind(unit)


def _district_type(a: Agency) -> str:
    """ "huyện" for "Ủy ban nhân dân huyện Mỹ Tú": the unit word written before the district's name."""
    key = fold(a.name)
    district = fold(a.district or "")
    for t in sorted(DISTRICT_TYPES, key=len, reverse=True):
        if f"{t} {district}" in key:
            return t
    # "Quận ủy Hải Châu": the committee's head noun says the kind of its district
    for head, t in _COMMITTEE_DISTRICT_TYPES:
        if key.startswith(head + " "):
            return t
    return "huyện"


def place_of(a: Agency, base: Place) -> Place:
    """Where the mentions under a delegation heading or inside "Sở X (ông A, Giám đốc Sở)" sit.

    A district's body gives its district ("Phó Chủ tịch UBND huyện" is that district's); a Sở becomes
    the "Sở" of bare anaphora ("Giám đốc Sở"); any body is the parent of the units named with it.
    """
    out = Place(
        base.province,
        base.province_kind,
        district=None,
        district_type=None,
        parent=a,
        home=a if a.kind == "so" else base.home,
        collective=base.collective,
        units_of=a if a.kind == "so" else None,
    )
    if a.district:
        out.district, out.district_type = a.district, _district_type(a)
    return out


def _is_attendee_header(heads: dict[str, int]) -> bool:
    """The columns of an attendance table's header: a name column and another ("STT | Họ và tên | Chức vụ | Đơn
    vị"), not a row whose one name-like cell is "Đại diện"."""
    return "name" in heads and len(heads) >= 2


def _unit_kind(unit: str) -> str:
    return {
        "Phòng": "phong",
        "Văn phòng": "office",
        "Thanh tra": "inspectorate",
        "Chi cục": "sub-department",
        "Cục": "department",
        "Thuế": "department",  # a tax office since 2025 ("Thuế cơ sở 3"), a Cục Thuế's successor
        "Viện": "institute",
        "Trường": "school",
        "Ban": "board",
        "Vụ": "ministry-department",
        "Tổng cục": "general-department",
        "Trạm": "station",
        "Đội": "team",
        "Tổ": "team",  # a working group: "Tổ công tác đặc biệt"
        "Đài": "media",  # a radio and television station
        "Khoa": "unit",  # a hospital's or a health centre's department, a university's faculty
    }.get(unit, "body")


# the longest title before a body's name: "Phó Chủ tịch Thường trực", "Phó Giám đốc phụ trách"
TITLE_MAX_TOKENS = 6


def _closing_call(b: Block, toks: list[Tok]) -> bool:
    """The body's closing paragraph (unnumbered, ended by the end mark) calling on others: "Yêu cầu Thủ trưởng các
    phòng, đơn vị nghiêm túc thực hiện./." is the issuer's word to those it names, not the last heading's unit's."""
    return _ends_the_body(b) and bool(toks) and _DELEGATE.match(toks, 0) is not None


def _ends_the_body(b: Block) -> bool:
    """An unnumbered paragraph the end mark closes ("… thực hiện./."): the body's last."""
    return not b.marker and b.text.rstrip().endswith(BODY_END_MARKS)


def _titled(toks: list[Tok], m: AgencyMatch) -> bool:
    """Whether the body is named as part of a leader's post ("Chủ tịch UBND tỉnh", "Giám đốc Sở"): what follows is
    the leader's word, not the body's own act."""
    return any(
        (tm := match_title(toks, k)) is not None and tm[0] == m.start
        for k in range(max(0, m.start - TITLE_MAX_TOKENS), m.start)
    )


def _closes_the_notice(text: str) -> bool:
    """ "Văn phòng UBND thành phố thông báo để các cơ quan … biết, thực hiện./.": the office's closing line."""
    key = match_key(text)
    return len(key) < 300 and any(f in key[:120] for f in CLOSING_NOTICE_VERBS) and "biết" in key


_ASKING_AS_THE_MEETING_KINDS = frozenset(
    {"leadership", "team", "board", "party", "ubnd", "hdnd", "delegation"}
)
_ONLY_BODY_KINDS = frozenset(
    {"general-department", "department", "sub-department", "institute", "school", "team", "media"}
)
# kinds of bodies of more than one sort ("team": a Đội, a Tổ; "media": a Đài, a Báo): the one body taken for a
# lone unit head's title (`_only_body`) is named with the title's unit word ("Tổ trưởng": "Tổ công tác …")
_ONLY_BODY_BY_UNIT_WORD = frozenset({"team", "media"})


def _listed_matches(
    toks: list[Tok], ms: list[AgencyMatch], k: int, *, skip_leaders: bool = False
) -> tuple[list[AgencyMatch], int]:
    """The bodies named one after another from ``toks[k]``, joined by commas or "và" ("Chi cục A, Trung tâm B
    và Phòng C"), and the index after them; with ``skip_leaders``, "lãnh đạo"-like words after a joiner are
    passed over."""
    out: list[AgencyMatch] = []
    for m in ms:
        if m.start < k:
            continue
        if m.start != k:
            break
        out.append(m)
        k = m.end
        past = _past_aside(toks, k)
        if (
            past > k
            and past + 1 < len(toks)
            and (toks[past].text == "," or toks[past].key == "và")
            and any(x.start == past + 1 for x in ms)
        ):
            # "phối hợp với Công an tỉnh (Phòng PC64) và Phòng Văn hoá và Thông tin thành phố …": the list goes on
            # past a bracketed aside
            k = past
        if k < len(toks) and (toks[k].text == "," or toks[k].key == "và"):
            k += 1
            if skip_leaders and (lm := _LEADERS.match(toks, k)):
                k = lm[0]
            elif skip_leaders and (
                heads := [x.start for x in ms if x.start > k and k in _heads_ending_at(toks, x.start)]
            ):
                # "giao Thủ trưởng các sở, ngành và Chủ tịch UBND các huyện …": the next body, by its head
                k = heads[0]
    return out, k


def _bare_item_title(b: Block) -> bool:
    """A numbered item that is only a title ("4. Về nguồn vốn", "2. Dự án Khu dân cư A"): short, with no closing
    stop or colon, its text on the lines below."""
    text = b.text.rstrip("*_ ")
    return (
        b.marker in ("roman", "digit", "digit2", "letter")
        and len(text) < 120
        and not text.endswith((".", ";", ":"))
    )


def _under_topic_heading(stack: list[tuple[float, list[Agency], str]]) -> bool:
    """The innermost heading over a paragraph is a numbered item's topic with no body of its own ("4. Về thông
    tin, thống kê:"): what follows is that item's text, not prose around the conclusions."""
    heading = next((h for _, _, h in reversed(stack) if h != "\x00detail"), None)
    if heading is None or stack[-1][1] or not heading.rstrip("*_ ").endswith(":"):
        return False
    toks = [t for t in tokenize(heading) if t.text not in ("*", "_", "#")]
    return bool(toks) and toks[0].key in ITEM_TOPIC_LEADS and _after_item_topic(toks) >= len(toks)


def _opens_with_group_subject(toks: list[Tok]) -> bool:
    """The sentence opens with those it is about as its subject, a group that is no body ("Các chủ đầu tư …
    phải …", "Nhà thầu …", GROUP_SUBJECT_NOUNS), past a bullet: they, not the bodies addressed, are to act."""
    k = 0
    while k < len(toks) and toks[k].text in ("-", "–", "+", "*", "•"):
        k += 1
    if k < len(toks) and toks[k].key in _PLURAL_SUBJECT:
        k += 1
    return _GROUP_SUBJECT.match(toks, k) is not None


def _bare_topic_title(b: Block) -> bool:
    """A numbered item that is only its topic ("II. Về giải ngân kế hoạch vốn đầu tư công năm 2025"): a title
    (`_bare_item_title`) opening with "Về", with no colon after which a body could be told to act."""
    if not _bare_item_title(b) or ":" in b.text:
        return False
    toks = [t for t in tokenize(b.text) if t.text not in ("*", "_", "#")]
    return bool(toks) and toks[0].key in ITEM_TOPIC_LEADS


def _away_in_brackets(toks: list[Tok], mark: int, name_i: int) -> bool:
    """The name at `name_i` stands in brackets opened after the chair mark at `mark`, and the brackets say the
    person is away ("… chủ trì cuộc họp (đồng chí B, Chủ tịch Ủy ban bầu cử huyện đi họp tại tỉnh)"): the note
    says why someone else chairs."""
    opened = max((k for k in range(mark, name_i) if toks[k].text == "("), default=-1)
    if opened < 0 or any(toks[k].text == ")" for k in range(opened, name_i)):
        return False
    close = next((k for k in range(name_i, len(toks)) if toks[k].text == ")"), len(toks))
    inside = " " + " ".join(t.key for t in toks[opened + 1 : close]) + " "
    return any(f" {fold(c)} " in inside for c in AWAY_FROM_MEETING_CUES)


def _outside_capacity_brackets(toks: list[Tok], before: list[AgencyMatch], verb: int) -> list[AgencyMatch]:
    """`before` (the bodies ahead of the verb at `verb`) without those inside brackets that open right after
    another body and close before the verb: "Cục Thống kê tỉnh (cơ quan thường trực Ban Chỉ đạo) chỉ đạo …" names
    the Cục's capacity, and the Ban Chỉ đạo does not direct."""
    kept: list[AgencyMatch] = []
    for m in before:
        prev = kept[-1] if kept else None
        opened = next((k for k in range(prev.end, m.start) if toks[k].text == "("), None) if prev else None
        if (
            prev is not None
            and opened == prev.end
            and not any(toks[k].text == ")" for k in range(opened, m.start))
            and any(toks[k].text == ")" for k in range(m.end, verb))
        ):
            continue
        kept.append(m)
    return kept


def _has_conclusion_leadin(key: str) -> bool:
    """A conclusions' lead-in stands in `key` (a `match_key`), not counting a bare verb that ends a board's name
    ("các thành viên Ban Chỉ đạo:" lists the members of the Ban Chỉ đạo; "Trưởng ban chỉ đạo:" still leads in)."""
    return any(_leadin_at(key, li) for li in CONCLUSION_LEADINS)


def _leadin_at(key: str, leadin: str) -> bool:
    """`leadin` occurs in `key` at least once where it is not the tail of a board's name."""
    at = key.find(leadin)
    while at >= 0:
        if not (leadin in BARE_VERB_LEADINS and _ends_on_board_head(key[:at])):
            return True
        at = key.find(leadin, at + 1)
    return False


def _ends_on_board_head(before: str) -> bool:
    """The words before a verb end on a board's head word ("… các thành viên ban" before "chỉ đạo:")."""
    words = before.split()
    return any(words[-len(h.split()) :] == h.split() for h in BOARD_NAME_HEADS if words)


def _leads_in(heading: str) -> bool:
    """A heading that closes on a conclusions' lead-in and its colon ("…, Phó Chủ tịch UBND tỉnh chỉ đạo:")."""
    text = heading.rstrip("*_ ")
    return text.endswith(":") and _has_conclusion_leadin(match_key(text[-120:]))


def _bare_company(m: AgencyMatch) -> bool:
    """ "Công ty" with no name and no place ("yêu cầu Công ty hoàn thành …"): the company the text spoke of, not
    "Bưu điện tỉnh Quảng Trị" (a company named by its place)."""
    return (
        m.kind == "company"
        and not m.name
        and m.locality is None
        and m.locality_type is None
        and not m.collective
    )


def _refused_until(toks: list[Tok]) -> int | None:
    """Where the refusal the text opens with ends ("Không chấp thuận đề nghị của huyện, vì …", "Tỉnh chưa xem xét
    hỗ trợ trong năm 2012; huyện tự cân đối …", after a label "Về …:"): the index of the token after the clause's
    ";" or ".", or ``len(toks)``; None when the text opens with no refusal."""
    k = 0
    if toks and toks[0].key == "về":
        colon = next((i for i, t in enumerate(toks[:40]) if t.text == ":"), None)
        if colon is None:
            return None
        k = colon + 1
    while k < len(toks) and toks[k].text in ("*", "_", "-", "+"):
        k += 1
    if (sm := _REFUSING.match(toks, k)) is not None:
        k = sm[0]
    if _REFUSAL.match(toks, k) is None:
        return None
    end = next((i for i in range(k, len(toks)) if toks[i].text in (";", ".")), len(toks))
    return min(end + 1, len(toks))


def _asks_for_the_meeting(key: str) -> bool:
    """A paragraph's key that closes on a request and its colon ("…, Đoàn đề nghị:"), not a petitioner's ("Cử tri
    khóm 3 đề nghị:"): the requests listed after it are the meeting's conclusions."""
    key = key.rstrip(" *_")
    if not _REQUEST_LEADIN.search(key):
        return False
    clause = key[max(key.rfind(";"), key.rfind(","), key.rfind(":", 0, len(key) - 1)) + 1 :]
    return _PETITIONER.search(key[:40]) is None and _PETITIONER.search(clause) is None


def _unique(xs: list[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    """``xs`` without repeats, in first-seen order (agencies by their key)."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for x in xs:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _unique_agencies(xs: list[Agency]) -> list[Agency]:
    return _unique(xs, key=lambda a: a.key)


_SIGNATURE_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_NOT_ANSWERING = tuple(fold(h) for h in SECRETARY_SIGNATURE_HEADS + INSPECTED_SIGNATURE_HEADS)
_LEADING_SIGNATURE = tuple(fold(h) for h in LEADING_SIGNATURE_HEADS)


def _signature_cells(ln: Line) -> list[Line]:
    """A signature line cut where three spaces or more part two blocks side by side (a PDF table's text keeps
    four): each cell as a line of its own."""
    return [
        Line(
            ln.clean_start + m.start(),
            ln.clean_start + m.end(),
            m.group(),
            m.group(),
            ln.clean_start + m.start(),
        )
        for m in _SIGNATURE_CELL.finditer(ln.clean)
    ]


def _heads_with(head: Line, heads: tuple[str, ...]) -> bool:
    """Does the signature cell open with one of the folded headings, as whole words ("THƯ KÝ HỘI ĐỒNG" is a
    secretary's; "CHỦ TRÌ" is not "CHỦ TRÌ" within another word)?"""
    text = fold(head.clean).strip(" :")
    return any(text == h or text.startswith(h + " ") for h in heads)


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _unit_of_owner(head: str, owner: str, board_of_committee: bool = False) -> str:
    """The name of a unit written under its owner in the header: "Văn phòng" under "Ủy ban nhân dân huyện Củ
    Chi" is "Văn phòng Ủy ban nhân dân huyện Củ Chi"; a head that already names the owner by its abbreviation
    ("VĂN PHÒNG HĐND VÀ UBND") takes only the owner's place ("Văn phòng HĐND và UBND huyện Củ Chi"). A board of
    a people's committee is named by the place, as a Sở is ("UBND TỈNH LAI CHÂU / BAN DÂN TỘC" is "Ban Dân tộc
    tỉnh Lai Châu"; a party committee's or a council's board keeps the owner: "Ban Tuyên giáo Tỉnh ủy")."""
    words = [w.upper() if w.upper() in ABBREVIATIONS else w for w in head.split()]
    head = " ".join(words)
    if board_of_committee:
        place = re.sub(r"(?i)^(ủy|uỷ) ban nhân dân\s+", "", owner)
        if place != owner:
            return f"{head} {place}"
    for w in words:
        expansion = ABBREVIATIONS.get(w)
        if expansion and fold(owner).startswith(fold(expansion) + " "):
            return f"{head} {owner[len(expansion) + 1 :]}"
    for k in range(len(words) - 1, 0, -1):
        if fold(owner).startswith(fold(" ".join(words[-k:])) + " "):
            # "THANH TRA SỞ" under "Sở Khoa học và Công nghệ …", "VĂN PHÒNG TỈNH ỦY" under "Tỉnh ủy Nghệ An":
            # the head ends with the owner's first words, written once
            return f"{' '.join(words[:-k])} {owner}"
    return f"{head} {owner}"


def _unit_head_word(name: str) -> str:
    """The head word of a department named by "Ban" or "Phòng" and its field ("Ban Kế hoạch - Hỗ trợ", "Ban Kinh
    tế - Xã hội": "Ban"), or "" when the name opens with a head of another kind of body ("Ban Quản lý …", "Ban Chỉ
    đạo …", "Phòng khám …")."""
    toks = tokenize(name)
    hm = HEADS.match(toks, 0) if toks else None
    if hm is None or not (hm[0] == 1 or hm[1] in _DEPARTMENT_KINDS):
        return ""
    return toks[0].text.capitalize()


#: kinds of the departments a board, council or Party committee names by a head of two words ("Ban Kinh tế")
_DEPARTMENT_KINDS = frozenset({"council-board", "party-board"})


def _recase(a: Agency, m: AgencyMatch, text: str = "") -> None:
    """An upper-case header name ("SỞ KHOA HỌC VÀ CÔNG NGHỆ") gets the body's own spelling.

    The spelling is the one the notice itself uses elsewhere ("Sở Khoa học và Công nghệ" in the
    body), else a known full name, else sentence case; province names keep their capitals.
    """
    words = a.name.split()
    if not any(_is_upper(w) and len(w) > 1 and "&" not in w for w in words):
        return
    out = []
    for i, w in enumerate(words):
        # an abbreviation keeps its capitals: "VĂN PHÒNG HĐND VÀ UBND", "ỦY BAN MTTQ VIỆT NAM"
        if "&" in w or not _is_upper(w) or len(w) == 1 or w in ABBREVIATIONS:
            out.append(w)
        else:
            out.append(w.capitalize() if i == 0 else w.lower())
    for i in range(1, len(out)):
        if fold(out[i]) == "ủy" and fold(out[i - 1]) in ("tỉnh", "huyện", "thành", "quận", "thị", "đảng"):
            out[i - 1] = out[i - 1].capitalize()
    out = _written_case(out, text)
    gz = load_gazetteer()
    # a place name at the end keeps its capitals: "HUYỆN UỶ ĐÔNG HOÀ" -> "Huyện uỷ Đông Hoà"
    for n in (3, 2, 1):
        if len(out) > n and all(_is_upper(w) for w in words[-n:]):
            cand = " ".join(w.capitalize() for w in words[-n:])
            if gz.province(cand) or gz.districts_named(cand):
                out[-n:] = cand.split()
                break
    name = " ".join(out)
    for proper in PROPER_NAME_WORDS:
        name = re.sub(rf"(?<!\w){re.escape(proper.lower())}(?!\w)", proper, name)
    for p in gz.provinces.values():
        if p.name.lower() in name:
            name = name.replace(p.name.lower(), p.name)
    # labels made while the name was in capitals ("Sở KHOA HỌC VÀ CÔNG NGHỆ tỉnh X") were never written
    a.surfaces = [s for s in a.surfaces if s == m.surface or not _half_upper(s)]
    a.name = name


def _half_upper(s: str) -> bool:
    """A label mixing a capitalised head with an upper-case name: "Sở TÀI CHÍNH tỉnh Bến Tre"."""
    ws = s.split()
    return any(_is_upper(w) and len(w) > 1 and "&" not in w for w in ws) and any(
        not _is_upper(w) for w in ws if any(c.isalpha() for c in w)
    )


_KNOWN_NAMES = tuple(
    {v for v in (*ABBREVIATIONS.values(), *DOCUMENT_CODE_ISSUERS.values()) if any(c.isupper() for c in v[1:])}
)


def _written_case(words: list[str], text: str) -> list[str]:
    """``words`` as the notice writes them in mixed case, run by run, else as a known name.

    "TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG": "Tổng cục" from "Phó Tổng cục trưởng", "Tiêu chuẩn Đo lường
    Chất lượng" from "Chi cục Tiêu chuẩn Đo lường Chất lượng" in the body.
    """
    out = list(words)
    fixed = [False] * len(out)
    i = 0
    while i < len(out):
        for n in range(len(out) - i, 1, -1):
            got = _mixed_case_run(out[i : i + n], text)
            if got is not None:
                out[i : i + n] = got
                fixed[i : i + n] = [True] * n
                i += n
                break
        else:
            i += 1
    # a known name inside what is left: "Sở khoa học và công nghệ" -> "Khoa học và Công nghệ"
    joined = " ".join(out)
    for known in sorted(_KNOWN_NAMES, key=len, reverse=True):
        at = fold(joined).find(fold(known))
        if at > 0 and joined[at - 1] == " ":
            first = joined[:at].count(" ")
            if fold(out[first - 1]) in NOT_AFTER_WORD.get(fold(known.split()[0]), ()):
                continue  # "… ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ": the "bộ" of "tiến bộ" opens no ministry
            if not any(fixed[first : first + len(known.split())]):
                return (joined[:at] + known + joined[at + len(known) :]).split()
    return out


def _mixed_case_run(words: list[str], text: str) -> list[str] | None:
    for mm in _words_pattern(tuple(words)).finditer(text):
        got = mm.group().split()
        if not _is_upper(mm.group()) and got[0][:1].isupper():
            return got
    return None


@lru_cache(maxsize=4096)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words as a whole, in any case, with any spaces between (compiled once: `_written_case` tries
    every run of a header's words, more runs than `re`'s own cache of patterns holds)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans: split at ". " before a capital and at ";" before a new body's name."""
    out = []
    s = start
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])|(?<=\.)\s*$", text[start:end]):
        e = start + m.start()
        word = text[max(start, e - 8) : e - 1].rsplit(None, 1)[-1] if e - 1 > start else ""
        if (
            text[e - 1] == "."
            and m.end() > m.start()
            and (
                (len(word) == 1 and word.isupper())
                or word in SENTENCE_ABBREVIATIONS
                or ("." in word and all(part in SENTENCE_ABBREVIATIONS for part in word.split(".")))
            )
        ):
            continue  # "P. Giám đốc", "TS. Nguyễn Văn A": an abbreviation, not the end of a sentence
        if e > s:
            out.append((s, e))
        s = start + m.end()
    if s < end:
        out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


_PAST = PhraseTable(
    (p, p) for p in ("đã được", "đã có", "đã làm", "đã quan tâm", "đã triển khai", "đã thực hiện")
)


def _is_past_report(toks: list[Tok]) -> bool:
    return _PAST.occurs(toks, 0, min(len(toks), 12))


def _blank(text: str) -> str:
    """The same length, with everything but line breaks turned into spaces (offsets stay valid)."""
    return re.sub(r"[^\n]", " ", text)


def parse_notice(text: str, source_file: str) -> Notice:
    """Extract everything from one notice's normalised text."""
    return NoticeParser(text, source_file).run()
