# Generated from: ontology/ketluan.ttl by ketluan.graph.namespaces_gen — do not edit
"""The ketluan vocabulary as Python names: the closed ``KL`` namespace, ``KLI``, ``KLT`` and ``PREFIXES``."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KL", "KLI", "KLT", "PREFIXES"]


class KL(DefinedNamespace):
    """
    Classes and properties describing Vietnamese government meeting notices: documents, meetings, officials, agencies, posts and directives.

    Generated from: https://w3id.org/ketluan/ontology (ontology/ketluan.ttl)
    """

    _fail = True
    _NS = Namespace("https://w3id.org/ketluan/ontology#")

    # Classes (owl:Class)
    # Absence tally: One row of absentees_by_locality: a body named as absent, how many meetings and their dates.
    AbsenceTally: URIRef
    # Administrative unit: A province, centrally-run city or district as named at the notice's date; taken from the vietnamadminunits data package (units before and after the 2025 reorganisation).
    AdministrativeUnit: URIRef
    # Agency: Any body: a Sở, Phòng, Chi cục, Trung tâm, UBND, Tỉnh ủy, Viện, a district as a whole, or a collective such as “các huyện, thị xã, thành phố”.
    Agency: URIRef
    # Agency-topic tally: One row of directives_by_agency_topic: the directives and notices of one agency (resolved identity) under one topic.
    AgencyTopicTally: URIRef
    # Chair tally: One person chairing one meeting in one year, as chairs_across_years groups them (by resolved identity, else by name).
    ChairTally: URIRef
    # Collective agency: A group of bodies named together rather than one by one, e.g. “các huyện, thị xã, thành phố” (the districts, towns and cities).
    CollectiveAgency: URIRef
    # Directive: One commitment: someone must do something, maybe by a date.
    Directive: URIRef
    # District: A district-level unit (huyện, quận, thị xã, provincial city); abolished from 1 July 2025.
    District: URIRef
    # Due-month tally: One month and the directives whose deadline's last day (kl:dueBy; a month or a year counts as its last day) falls in it, so that directives_due_between reads only the months of the range asked for.
    DueMonthTally: URIRef
    # Meeting: The meeting, conference or working session a notice reports on.
    Meeting: URIRef
    # Meeting-chair tally: One row of who_chaired: a meeting and one of its chairs (or none), with the date, province, the chair's posts, the meeting's label and the notice file.
    MeetingChairTally: URIRef
    # Notice: One ingested source document: a notice, a report or a news page.
    Notice: URIRef
    # Person: An official or delegate named in a notice.
    Person: URIRef
    # Person tally: One row of people_in_several_notices: a person (resolved identity) named in more than one notice, how many notices, the first and last notice date, the posts and the files.
    PersonTally: URIRef
    # Province: A province-level unit: 63 until 30 June 2025, 34 from 1 July 2025.
    Province: URIRef
    # Province-year tally: The meetings, notices and directives of one province and year (meetings_by_province_year), counted over the graphs kl:covers lists.
    ProvinceYearTally: URIRef
    # Resolved identity: One real-world person or body that entity resolution made out of one or more per-notice nodes, each of which points to it with owl:sameAs. Lives in the graph kli:graph/resolved; the notices' own graphs are left as extracted.
    ResolvedIdentity: URIRef
    # Summary: The graph kli:graph/summary, which resolution rewrites after every ingest: precomputed answers of whole-corpus aggregations. When this node is present the named queries read them instead of computing them again.
    Summary: URIRef
    # Tally: One precomputed row of an aggregation (the counts of one group).
    Tally: URIRef

    # Object properties (owl:ObjectProperty)
    # absent agency: A body named as absent (“Vắng”, “vắng mặt”, “không cử cán bộ tham dự”).
    absentAgency: URIRef
    # assigned to: An agency or person who must act on the directive (one triple each).
    assignedTo: URIRef
    # chair: A chair or co-chair of the meeting (“chủ trì”, “đồng chủ trì”).
    chair: URIRef
    # covers: A notice graph counted in the kl:ProvinceYearTally and kl:ChairTally rows; the queries count any other graph themselves.
    covers: URIRef
    # current unit: The province (of the 2025 reorganisation) that now covers this unit.
    currentUnit: URIRef
    # evidence: A Web Annotation selector (oa:TextPositionSelector with oa:start, oa:end, oa:exact) pointing at the words of the normalised text this node was extracted from.
    evidence: URIRef
    # issued at: The meeting at which the directive was given.
    issuedAt: URIRef
    # issued by: The body that issued the notice.
    issuedBy: URIRef
    # mentioned in: A notice that names this person or agency; every entity extracted from a notice carries it.
    mentionedIn: URIRef
    # organizer: A body that organised the meeting.
    organizer: URIRef
    # participant: Everyone named as present at the meeting, chairs included.
    participant: URIRef
    # participating agency: A body represented at the meeting.
    participatingAgency: URIRef
    # person's identity: The person's resolved identity.
    personTallyIdentity: URIRef
    # place: The most specific administrative unit known that the agency serves or the meeting was held in, as named at the time.
    place: URIRef
    # recipient: A body named on a line of “Nơi nhận” (one triple per line).
    recipient: URIRef
    # reports on: The meeting the notice reports on.
    reportsOn: URIRef
    # signed by: The signer, e.g. “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Thanh Phong”.
    signedBy: URIRef
    # stated in: The notice in which this post (membership) was stated.
    statedIn: URIRef
    # supports: A body to be helped or coordinated with, when it is not the one acting.
    supports: URIRef
    # directive: A directive whose deadline's last day falls in the tally's month.
    tallyDirective: URIRef
    # identity: The person's resolved identity, where there is one.
    tallyIdentity: URIRef
    # meeting: The meeting of the row.
    tallyMeeting: URIRef
    # topic: The topic of the row.
    tallyTopic: URIRef
    # topic: A topic of the directive, taken from the klt:scheme concept scheme.
    topic: URIRef

    # Datatype properties (owl:DatatypeProperty)
    # change kind: The kind of change a notice states: merge, rename, split, establish, dissolve or transfer.
    changeKind: URIRef
    # content hash: SHA-256 (64 lower-case hex digits) of the normalised text; re-ingesting the same content changes nothing.
    contentHash: URIRef
    # directive count: How many directives the group has.
    directiveCount: URIRef
    # district: The agency's district-level unit (huyện, quận, thị xã or provincial city), e.g. “Long Hồ”.
    district: URIRef
    # document number: The document number as written, e.g. “Số: 12/TB-SKHCN”.
    documentNumber: URIRef
    # due by: The last day it may be done: “trước ngày 30/6/2019” → 2019-06-30 (xsd:date); “trong tháng 02/2018” → 2018-02 (xsd:gYearMonth); “trong năm 2021” → 2021 (xsd:gYear); a missing year is the meeting's year.
    dueBy: URIRef
    # held on: The day (xsd:date) or day and time (xsd:dateTime) the meeting took place.
    heldOn: URIRef
    # issued on: The notice's own date, where stated.
    issuedOn: URIRef
    # layout: The source's layout: “notice” (an administrative notice) or “news” (a news page).
    layout: URIRef
    # location: Where the meeting was held, as written, e.g. “Hội trường UBND huyện Long Hồ”.
    location: URIRef
    # meeting count: How many meetings the group has.
    meetingCount: URIRef
    # mention count: How many notices name this identity.
    mentionCount: URIRef
    # notice count: How many notices the group has.
    noticeCount: URIRef
    # person's files: The files that name the person, comma-separated.
    personTallyFiles: URIRef
    # person's name: The person's name in a row of people_in_several_notices.
    personTallyName: URIRef
    # person's notice count: How many notices name the person.
    personTallyNotices: URIRef
    # person's posts: The person's posts, semicolon-separated.
    personTallyPosts: URIRef
    # person row rank: The row's place in the order of people_in_several_notices.
    personTallyRank: URIRef
    # province: The province (tỉnh or centrally governed city), e.g. “Vĩnh Long”.
    province: URIRef
    # rank: The row's place in the query's own order (0 first).
    rank: URIRef
    # source file: The file's base name as ingested, e.g. “000_75893db409298154.txt”.
    sourceFile: URIRef
    # agency name: The agency's name in the row, as the query returns it.
    tallyAgency: URIRef
    # meeting date: The meeting date of the row (the meeting's kl:heldOn).
    tallyDate: URIRef
    # dates: The meeting dates, comma-separated.
    tallyDates: URIRef
    # district: The district of the row.
    tallyDistrict: URIRef
    # files: The notice file of the row (the files that name the person, comma-separated), as the query returns it.
    tallyFiles: URIRef
    # first date: The date of the earliest notice of the row.
    tallyFirstDate: URIRef
    # group key: The person's grouping key: the resolved identity's IRI, else name: and the name.
    tallyKey: URIRef
    # meeting label: The meeting's label in the row (its rdfs:label).
    tallyLabel: URIRef
    # last date: The date of the latest notice of the row.
    tallyLastDate: URIRef
    # month: The month of the tally.
    tallyMonth: URIRef
    # name: The person's name in the row.
    tallyName: URIRef
    # posts: The person's posts in the row, semicolon-separated, as the query returns them.
    tallyPosts: URIRef
    # province: The province of the row.
    tallyProvince: URIRef
    # year: The year of the row (absent when neither the meeting nor the notice is dated).
    tallyYear: URIRef
    # text: The directive's words, verbatim, tagged @vi.
    text: URIRef
    # unit code: The unit's official (GSO) code.
    unitCode: URIRef


#: Individuals: kli:person/…, kli:agency/…, kli:meeting/…, kli:directive/…, kli:notice/…, kli:graph/…
KLI = Namespace("https://w3id.org/ketluan/id/")
#: The SKOS topic scheme (klt:scheme) and its concepts.
KLT = Namespace("https://w3id.org/ketluan/topic/")

#: prefix -> namespace IRI for every vocabulary the ketluan graph uses.
PREFIXES: dict[str, str] = {
    "kl": "https://w3id.org/ketluan/ontology#",
    "kli": "https://w3id.org/ketluan/id/",
    "klt": "https://w3id.org/ketluan/topic/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
