"""Precomputed answers of six whole-corpus queries, and deadlines by month: the graph ``kli:graph/summary``.

``directives_by_agency_topic``, ``absentees_by_locality``, ``meetings_by_province_year`` and
``chairs_across_years`` group every directive, absence, meeting or chair of the store: on the embedded store,
which plans joins without statistics, they cost 2.0-2.4, 0.6, 0.66 and 2.0 s of CPU at 10,000 notices, where issue 7 asks for about 0.3 s (3 s at 100,000). Their
answers only change when a notice or an identity does, which is when resolution runs (after every ingest,
``remove``, ``merge``, ``split``). So resolution computes them once, with the same aggregation the queries
fall back on, and writes one small node per answer row (a "tally") into ``kli:graph/summary``, synced by
difference like ``kli:graph/resolved``. A query then reads a few triples per row.

What is written (docs/model.md, "Summary graph"):

- ``<kli:graph/summary> a kl:Summary`` — the marker the queries test: without it (a store ingested with
  ``--no-resolve``, a bare graph) they compute the answer from the notice graphs as before;
- per answer row of ``directives_by_agency_topic``: ``T a kl:AgencyTopicTally ; kl:tallyAgency "label"@vi ;
  kl:tallyTopic klt:x ; kl:directiveCount n ; kl:noticeCount n ; kl:rank i``;
- per answer row of ``absentees_by_locality``: ``T a kl:AbsenceTally ; kl:tallyAgency "label"@vi ;
  kl:tallyProvince "…"? ; kl:tallyDistrict "…"? ; kl:meetingCount n ; kl:tallyDates "d1, d2" ; kl:rank i``;
- per group of ``meetings_by_province_year``: ``T a kl:ProvinceYearTally ; kl:tallyProvince "…" ;
  kl:tallyYear y? ; kl:meetingCount n ; kl:noticeCount n ; kl:directiveCount n``, and
  ``<kli:graph/summary> kl:covers G`` for every graph counted: the query counts the meetings of any other
  graph itself (a graph written since, or pushed by hand to a server) and sums both, which is exact as no
  meeting, notice or directive is in two graphs;
- per chair of a meeting of those graphs, for ``chairs_across_years`` (which groups them by person, so the
  rows are kept one per chair and meeting, not summed): ``T a kl:ChairTally ; kl:tallyKey "…" ;
  kl:tallyName "…" ; kl:tallyIdentity P? ; kl:tallyYear y ; kl:tallyMeeting M``;
- per answer row of ``people_in_several_notices``: ``T a kl:PersonTally ; kl:personTallyName "…" ;
  kl:personTallyNotices n ; kl:tallyFirstDate d? ; kl:tallyLastDate d? ; kl:personTallyPosts "…"? ;
  kl:personTallyFiles "…" ; kl:personTallyIdentity P ; kl:personTallyRank i`` (3.0-3.5 s of CPU at 10,000
  notices computed, 0.3-0.5 s read). Its own sub-properties of ``kl:tallyName``, ``kl:noticeCount``, … because
  the query reads each property in one scan: with the shared ones it also read every chair's and meeting's
  row (at 100,000 notices 255k names for 44k persons; 2.04 → 1.39 s of CPU for the query);
- per answer row of ``who_chaired``: ``T a kl:MeetingChairTally ; kl:tallyMeeting M ; kl:tallyDate d? ;
  kl:tallyProvince "…"? ; kl:tallyName "chair"? ; kl:tallyPosts "…"? ; kl:tallyLabel "…"? ;
  kl:tallyFiles "file"? ; kl:rank i``; the query reads the meetings it has no row for (a notice written
  since, a graph pushed by hand) from their graphs, like ``meetings_by_province_year`` (2.2-2.5 s of CPU at
  10,000 notices computed, 0.7-0.9 s with the rows);
- per month in which a deadline's last day falls, for ``directives_due_between``: ``T a kl:DueMonthTally ;
  kl:tallyMonth "2018-02"^^xsd:gYearMonth ; kl:tallyDirective D1, D2 …``. Not an answer: an index. The
  query reads the directives of the months its range touches and their ``kl:dueBy`` (one lookup each), so
  one year reads that year's deadlines instead of every deadline of the store (where the range is checked
  against the deadline read from the notice graph: a notice removed since gives no row). Without any
  ``kl:DueMonthTally`` (a store resolved before they existed) it reads every deadline as before.

``kl:rank`` is the row's place in the query's own order (computed by the same ``ORDER BY``), so the
query orders on an integer kept inline instead of on stored strings read back at every comparison.
Tally IRIs are digests of the row's key, so an unchanged answer gives the same quads and an empty diff.
Only new ``kl:`` predicates are used: the union default graph that other queries scan
(``?x skos:prefLabel ?l``, ``?x kl:province ?p``) sees nothing new.

The summary is as current as the last resolution, like the identities of ``kli:graph/resolved``: a notice
written without resolving (``--no-resolve`` into a resolved store) is missing from the first two (and from
``people_in_several_notices``, which only counts resolved identities anyway), and its
deadlines from ``directives_due_between``, until ``ketluan resolve`` (which `ketluan.graph.resolution.needs_resolution` reports).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from ketluan.graph.memory import give_back_freed_memory
from ketluan.ontology.namespaces import KLI

__all__ = [
    "ABSENCES",
    "AGENCY_TOPIC",
    "DUE_MONTHS",
    "MEETING_GRAPHS",
    "PEOPLE",
    "WHO_CHAIRED",
    "PROVINCE_YEAR",
    "SUMMARY_GRAPH",
    "iter_summary_quads",
]

SUMMARY_GRAPH = str(KLI["graph/summary"])
_G = ox.NamedNode(SUMMARY_GRAPH)
_KL = "https://w3id.org/ketluan/ontology#"
_KLI = str(KLI)

N = ox.NamedNode
TYPE = N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUMMARY = N(_KL + "Summary")
AGENCY_TOPIC_TALLY, ABSENCE_TALLY = N(_KL + "AgencyTopicTally"), N(_KL + "AbsenceTally")
PROVINCE_YEAR_TALLY, YEAR, COVERS = N(_KL + "ProvinceYearTally"), N(_KL + "tallyYear"), N(_KL + "covers")
CHAIR_TALLY, KEY, NAME = N(_KL + "ChairTally"), N(_KL + "tallyKey"), N(_KL + "tallyName")
IDENTITY, MEETING = N(_KL + "tallyIdentity"), N(_KL + "tallyMeeting")
AGENCY, TOPIC = N(_KL + "tallyAgency"), N(_KL + "tallyTopic")
PROVINCE, DISTRICT, DATES = N(_KL + "tallyProvince"), N(_KL + "tallyDistrict"), N(_KL + "tallyDates")
DIRECTIVES, NOTICES, MEETINGS = N(_KL + "directiveCount"), N(_KL + "noticeCount"), N(_KL + "meetingCount")
RANK = N(_KL + "rank")
PERSON_TALLY, FIRST, LAST = N(_KL + "PersonTally"), N(_KL + "tallyFirstDate"), N(_KL + "tallyLastDate")
POSTS, FILES = N(_KL + "tallyPosts"), N(_KL + "tallyFiles")
# a person tally's own sub-properties of the shared ones: people_in_several_notices reads each in one scan, which
# with the shared property also read every chair's and meeting's row (255k names for 44k persons at 100k)
PERSON_NAME, PERSON_NOTICES = N(_KL + "personTallyName"), N(_KL + "personTallyNotices")
PERSON_RANK, PERSON_POSTS = N(_KL + "personTallyRank"), N(_KL + "personTallyPosts")
PERSON_FILES, PERSON_IDENTITY = N(_KL + "personTallyFiles"), N(_KL + "personTallyIdentity")
MEETING_CHAIR_TALLY, DATE, LABEL = N(_KL + "MeetingChairTally"), N(_KL + "tallyDate"), N(_KL + "tallyLabel")
DUE_MONTH_TALLY, MONTH, DIRECTIVE = N(_KL + "DueMonthTally"), N(_KL + "tallyMonth"), N(_KL + "tallyDirective")
_G_YEAR_MONTH = N("http://www.w3.org/2001/XMLSchema#gYearMonth")

_PREFIXES = """PREFIX kl: <https://w3id.org/ketluan/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

#: The answer of queries/directives_by_agency_topic.rq computed from the notice graphs (its fallback
#: branch, same text), in its order. tests/test_graph/test_summary.py checks they agree.
AGENCY_TOPIC = (
    _PREFIXES
    + """
SELECT ?agency ?topic ?directives ?notices
WHERE {
  {
    SELECT ?agency ?topic (COUNT(DISTINCT ?directive) AS ?directives) (COUNT(DISTINCT ?notice) AS ?notices)
    WHERE {
      { SELECT ?g ?directive ?unit WHERE { GRAPH ?g { ?directive kl:assignedTo ?unit } } }
      { SELECT ?g ?unit WHERE { GRAPH ?g { ?unit a kl:Agency } } }
      { SELECT ?g ?directive WHERE { GRAPH ?g { ?directive a kl:Directive } } }
      { SELECT ?g ?directive ?topic WHERE { GRAPH ?g { ?directive kl:topic ?topic } } }
      OPTIONAL { SELECT ?unit ?canonical WHERE { GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?unit owl:sameAs ?canonical } } }
      BIND(COALESCE(?canonical, ?unit) AS ?body)
      { SELECT ?body ?agency WHERE { ?body skos:prefLabel ?agency } }
      OPTIONAL { SELECT ?g ?directive ?notice WHERE { GRAPH ?g { ?directive prov:wasDerivedFrom ?notice } } }
    }
    GROUP BY ?agency ?topic
  }
  BIND(CONCAT("~", STR(?agency)) AS ?agencyKey)
  BIND(CONCAT("~", STR(?topic)) AS ?topicKey)
}
ORDER BY ?agencyKey ?topicKey
"""
)

#: The answer of queries/people_in_several_notices.rq computed from the notice graphs and identities (its
#: fallback branch, same text), in its order. The mentions are read for persons only ("; a kl:Person"): the hash join
#: otherwise held every agency's mentions too — 912 → 506 MB peak for this query at 30k notices (2.8 GB of
#: resolution's 4.77 GB peak at 100k), for 15 → 26 s of CPU; same rows, same list items.
PEOPLE = (
    _PREFIXES
    + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT (MIN(?name) AS ?person)
       (COUNT(DISTINCT ?notice) AS ?notices)
       (MIN(?issuedOn) AS ?firstNotice)
       (MAX(?issuedOn) AS ?lastNotice)
       (GROUP_CONCAT(DISTINCT STR(?role); separator="; ") AS ?posts)
       (GROUP_CONCAT(DISTINCT ?sourceFile; separator=", ") AS ?files)
       (SAMPLE(?canonical) AS ?identity)
WHERE {
  {
    { SELECT ?canonical ?name WHERE {
        GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?canonical kl:mentionCount ?count ; foaf:name ?name FILTER(?count > 1) } } }
    { SELECT ?node ?canonical WHERE { GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?node owl:sameAs ?canonical } } }
    { SELECT ?node ?notice WHERE { ?node kl:mentionedIn ?notice ; a kl:Person } }
    BIND(STR(?canonical) AS ?personKey)
  } UNION {
    { SELECT ?noIdentities WHERE {
        BIND(true AS ?noIdentities)
        FILTER NOT EXISTS { GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?anyIdentity a kl:ResolvedIdentity } } } }
    { SELECT ?node ?notice WHERE { ?node kl:mentionedIn ?notice } }
    { SELECT ?node ?name WHERE { GRAPH ?nodeGraph { ?node a kl:Person ; foaf:name ?name } } }
    BIND(CONCAT("name:", STR(?name)) AS ?personKey)
  }
  OPTIONAL {
    SELECT ?notice ?sourceFile ?issuedOn WHERE {
      GRAPH ?notice { ?notice kl:sourceFile ?sourceFile OPTIONAL { ?notice kl:issuedOn ?issuedOn } }
    }
  }
  OPTIONAL {
    SELECT ?node ?role WHERE {
      { SELECT ?membership ?node WHERE { ?membership org:member ?node } }
      { SELECT ?membership ?roleNode ?postGraph WHERE { GRAPH ?postGraph { ?membership org:role ?roleNode } } }
      { SELECT ?roleNode ?postGraph ?role WHERE { GRAPH ?postGraph { ?roleNode skos:prefLabel ?role } } }
    }
  }
}
GROUP BY ?personKey
HAVING (COUNT(DISTINCT ?notice) > 1)
ORDER BY DESC(?notices) ?person
"""
)

#: The answer of queries/who_chaired.rq computed from the notice graphs (its branch for meetings without rows,
#: same text), in its order, with the meeting and the chair's node (two of its group keys) to name each row.
WHO_CHAIRED = (
    _PREFIXES
    + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?meetingDate ?province ?chair
       (GROUP_CONCAT(DISTINCT ?post; separator="; ") AS ?posts)
       ?meetingLabel ?sourceFile ?meeting ?person
WHERE {
  GRAPH ?g { ?meeting a kl:Meeting }
  OPTIONAL { GRAPH ?g { ?meeting kl:heldOn ?meetingDate } }
  OPTIONAL { GRAPH ?g { ?meeting rdfs:label ?meetingLabel } }
  OPTIONAL { GRAPH ?g { ?reporter kl:reportsOn ?meeting } }
  BIND(COALESCE(?reporter, kl:none) AS ?notice)
  OPTIONAL { GRAPH ?g { ?notice kl:sourceFile ?sourceFile } }
  OPTIONAL { GRAPH ?g { ?notice kl:province ?noticeProvince } }
  OPTIONAL { GRAPH ?g { ?meeting kl:province ?meetingProvince } }
  BIND(COALESCE(?meetingProvince, ?noticeProvince) AS ?province)
  OPTIONAL { GRAPH ?g { ?meeting kl:chair ?chairNode } }
  BIND(COALESCE(?chairNode, kl:none) AS ?person)
  OPTIONAL { GRAPH ?g { ?person foaf:name ?chair } }
  OPTIONAL { GRAPH ?g { ?membership org:member ?person } }
  BIND(COALESCE(?membership, kl:none) AS ?post_)
  OPTIONAL { GRAPH ?g { ?post_ org:role ?roleNode } }
  BIND(COALESCE(?roleNode, kl:none) AS ?roleOrNone)
  OPTIONAL { GRAPH ?g { ?roleOrNone skos:prefLabel ?role } }
  OPTIONAL { GRAPH ?g { ?post_ org:organization ?postAgencyNode } }
  BIND(COALESCE(?postAgencyNode, kl:none) AS ?postAgencyOrNone)
  OPTIONAL { GRAPH ?g { ?postAgencyOrNone skos:prefLabel ?postAgency } }
  BIND(IF(BOUND(?postAgency), CONCAT(STR(?role), ", ", STR(?postAgency)), STR(?role)) AS ?post)
}
GROUP BY ?meeting ?meetingDate ?province ?person ?chair ?meetingLabel ?sourceFile
ORDER BY STR(?meetingDate) ?chair
"""
)

#: The answer of queries/absentees_by_locality.rq computed from the notice graphs, in its order.
ABSENCES = (
    _PREFIXES
    + """
SELECT ?agency ?province ?district ?meetingsMissed ?dates
WHERE {
  {
    SELECT ?agency (MIN(?agencyProvince) AS ?province) (MIN(?agencyDistrict) AS ?district)
           (COUNT(DISTINCT ?meeting) AS ?meetingsMissed)
           (GROUP_CONCAT(DISTINCT ?day; separator=", ") AS ?dates)
    WHERE {
      # the same pattern as the query's, the rarer triple first (the engine joins in the order written)
      ?meeting kl:absentAgency ?absent ;
        a kl:Meeting .
      ?absent skos:prefLabel ?agency .
      OPTIONAL { ?meeting kl:heldOn ?heldOn }
      BIND(SUBSTR(STR(?heldOn), 1, 10) AS ?day)
      OPTIONAL { ?absent kl:province ?ownProvince }
      OPTIONAL { ?meeting kl:province ?meetingProvince }
      BIND(COALESCE(?ownProvince, ?meetingProvince) AS ?agencyProvince)
      OPTIONAL { ?absent kl:district ?agencyDistrict }
    }
    GROUP BY ?agency
  }
}
ORDER BY ?province DESC(?meetingsMissed) ?agency
"""
)


#: The per-group counts of queries/meetings_by_province_year.rq over every graph that holds a meeting (its
#: live branch with no graph tallied yet). Groups without a year have ?year unbound.
PROVINCE_YEAR = (
    _PREFIXES
    + """
SELECT ?province ?year (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?notice) AS ?notices)
       (COUNT(DISTINCT ?directive) AS ?directives)
WHERE {
  GRAPH ?g { ?meeting a kl:Meeting }
  OPTIONAL { GRAPH ?g { ?reporter kl:reportsOn ?meeting } }
  BIND(COALESCE(?reporter, kl:none) AS ?noticeOrNone)
  OPTIONAL { GRAPH ?g { ?noticeOrNone kl:issuedOn ?issuedOn } }
  OPTIONAL { GRAPH ?g { ?noticeOrNone kl:province ?noticeProvince } }
  OPTIONAL { GRAPH ?g { ?meeting kl:heldOn ?heldOn } }
  OPTIONAL { GRAPH ?g { ?meeting kl:province ?meetingProvince } }
  OPTIONAL { GRAPH ?g { ?directive kl:issuedAt ?meeting } }
  BIND(?reporter AS ?notice)
  BIND(COALESCE(?meetingProvince, ?noticeProvince, "(unknown)") AS ?province)
  BIND(IF(BOUND(?heldOn) || BOUND(?issuedOn), YEAR(COALESCE(?heldOn, ?issuedOn)), ?unbound) AS ?year)
}
GROUP BY ?province ?year
"""
)

#: Each chair of each meeting as queries/chairs_across_years.rq groups them (its live branch): the person's key
#: (a resolved identity, else the name), name, identity, the year and the meeting.
CHAIRS = (
    _PREFIXES
    + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?personKey ?name ?canonical ?year ?meeting
WHERE {
  GRAPH ?g { ?meeting kl:chair ?chair }
  OPTIONAL { GRAPH ?g { ?chair foaf:name ?chairName } }
  OPTIONAL { GRAPH ?g { ?meeting kl:heldOn ?heldOn } }
  OPTIONAL { GRAPH ?g { ?reporter kl:reportsOn ?meeting } }
  BIND(COALESCE(?reporter, kl:none) AS ?notice)
  OPTIONAL { GRAPH ?g { ?notice kl:issuedOn ?issuedOn } }
  BIND(YEAR(COALESCE(?heldOn, ?issuedOn)) AS ?year)
  OPTIONAL { GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?chair owl:sameAs ?canonical } }
  BIND(COALESCE(?canonical, kl:none) AS ?identityOrNone)
  OPTIONAL { GRAPH <https://w3id.org/ketluan/id/graph/resolved> { ?identityOrNone foaf:name ?canonicalName } }
  FILTER(BOUND(?year) && BOUND(?chairName))
  BIND(COALESCE(?canonicalName, ?chairName) AS ?name)
  BIND(COALESCE(STR(?canonical), CONCAT("name:", STR(?chairName))) AS ?personKey)
}
"""
)

#: Every deadline's directive and the month of its last day ("2018-02" for "2018-02"^^xsd:gYearMonth, "2021-12"
#: for "2021"^^xsd:gYear), computed as queries/directives_due_between.rq computes the last day (same text), in
#: month order. The query reads the directives of the months its range touches, then their kl:dueBy.
DUE_MONTHS = (
    _PREFIXES
    + """
SELECT DISTINCT ?month ?directive
WHERE {
  GRAPH ?g { ?directive kl:dueBy ?due }
  BIND(DATATYPE(?due) AS ?dueType)
  BIND(xsd:integer(SUBSTR(STR(?due), 1, 4)) AS ?y)
  BIND(IF(?dueType = xsd:gYearMonth, xsd:integer(SUBSTR(STR(?due), 6, 2)), 12) AS ?m)
  BIND(((?y - 4 * FLOOR(?y / 4)) = 0 && (?y - 100 * FLOOR(?y / 100)) != 0) || (?y - 400 * FLOOR(?y / 400)) = 0
       AS ?leap)
  BIND(IF(?m = 2, IF(?leap, 29, 28), IF(?m IN (4, 6, 9, 11), 30, 31)) AS ?lastDayOfMonth)
  BIND(IF(?dueType = xsd:date, ?due,
          STRDT(CONCAT(SUBSTR(STR(?due), 1, 4), "-", IF(?m < 10, "0", ""), STR(?m), "-", STR(?lastDayOfMonth)),
                xsd:date)) AS ?dueLastDay)
  FILTER(BOUND(?dueLastDay))
  BIND(SUBSTR(STR(?dueLastDay), 1, 7) AS ?month)
}
ORDER BY ?month
"""
)

#: The graphs PROVINCE_YEAR and CHAIRS counted: the queries count the meetings of any other graph themselves.
MEETING_GRAPHS = (
    _PREFIXES
    + "SELECT DISTINCT ?g WHERE { { GRAPH ?g { ?meeting a kl:Meeting } } UNION { GRAPH ?g { ?m kl:chair ?c } } }"
)


def _digest(*terms: object) -> str:
    return hashlib.sha1("\x1f".join(str(t) for t in terms).encode()).hexdigest()[:20]


def _tally(
    kind: ox.NamedNode, path: str, key: tuple[object, ...], props: list[tuple[ox.NamedNode, object]]
) -> Iterator[ox.Quad]:
    """One tally node (named by a digest of ``key``): its type, then each property the row binds; an unbound
    column (a meeting without a year, an agency without a district) writes nothing."""
    t = N(f"{_KLI}summary/{path}/{_digest(*key)}")
    yield ox.Quad(t, TYPE, kind, _G)
    for p, v in props:
        if v is not None:
            yield ox.Quad(t, p, v, _G)  # type: ignore[arg-type]


def iter_summary_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The quads of ``kli:graph/summary`` for ``store`` as it is now (notice graphs and
    ``kli:graph/resolved``, which must be written first: the agencies are its identities).

    One aggregate query per kind of tally, one pass each; the rows are few (one per answer row), so they
    are yielded as they come.
    """
    yield ox.Quad(_G, TYPE, SUMMARY, _G)
    for rank, (agency, topic, directives, notices) in enumerate(
        store.query(AGENCY_TOPIC, use_default_graph_as_union=True)  # type: ignore[misc]
    ):
        yield from _tally(
            AGENCY_TOPIC_TALLY,
            "agency-topic",
            (agency, topic),
            [
                (AGENCY, agency),
                (TOPIC, topic),
                (DIRECTIVES, directives),
                (NOTICES, notices),
                (RANK, ox.Literal(rank)),
            ],
        )
    give_back_freed_memory()  # the last aggregation's intermediate results
    for province, year, meetings, notices, directives in store.query(PROVINCE_YEAR):  # type: ignore[misc]
        yield from _tally(
            PROVINCE_YEAR_TALLY,
            "province-year",
            (province, year),
            [
                (PROVINCE, province),
                (YEAR, year),
                (MEETINGS, meetings),
                (NOTICES, notices),
                (DIRECTIVES, directives),
            ],
        )
    give_back_freed_memory()  # the last aggregation's intermediate results
    for key, name, identity, year, meeting in store.query(CHAIRS):  # type: ignore[misc]
        yield from _tally(
            CHAIR_TALLY,
            "chair",
            (key, name, year, meeting),
            [(KEY, key), (NAME, name), (IDENTITY, identity), (YEAR, year), (MEETING, meeting)],
        )
    give_back_freed_memory()  # the last aggregation's intermediate results
    for (g,) in store.query(MEETING_GRAPHS):  # type: ignore[misc]
        yield ox.Quad(_G, COVERS, g, _G)
    give_back_freed_memory()  # the last aggregation's intermediate results
    for rank, (person, notices, first, last, posts, files, identity) in enumerate(
        store.query(PEOPLE, use_default_graph_as_union=True)  # type: ignore[misc]
    ):
        yield from _tally(
            PERSON_TALLY,
            "person",
            (identity, person),
            [
                (PERSON_NAME, person),
                (PERSON_NOTICES, notices),
                (FIRST, first),
                (LAST, last),
                (PERSON_POSTS, posts),
                (PERSON_FILES, files),
                (PERSON_IDENTITY, identity),
                (PERSON_RANK, ox.Literal(rank)),
            ],
        )
    give_back_freed_memory()  # the last aggregation's intermediate results
    for rank, (date, province, chair, posts, label, source, meeting, person) in enumerate(
        store.query(WHO_CHAIRED)  # type: ignore[misc]
    ):
        yield from _tally(
            MEETING_CHAIR_TALLY,
            "meeting-chair",
            (meeting, person, date, province, chair, label, source),
            [
                (MEETING, meeting),
                (DATE, date),
                (PROVINCE, province),
                (NAME, chair),
                (POSTS, posts),
                (LABEL, label),
                (FILES, source),
                (RANK, ox.Literal(rank)),
            ],
        )
    month = None
    give_back_freed_memory()  # the last aggregation's intermediate results
    for month_text, directive in store.query(DUE_MONTHS):  # type: ignore[misc]
        if month_text != month:
            month = month_text
            t = N(f"{_KLI}summary/due-month/{_digest(month.value)}")
            yield ox.Quad(t, TYPE, DUE_MONTH_TALLY, _G)
            yield ox.Quad(t, MONTH, ox.Literal(month.value, datatype=_G_YEAR_MONTH), _G)
        yield ox.Quad(t, DIRECTIVE, directive, _G)
    give_back_freed_memory()  # the last aggregation's intermediate results
    for rank, (agency, province, district, missed, dates) in enumerate(
        store.query(ABSENCES, use_default_graph_as_union=True)  # type: ignore[misc]
    ):
        yield from _tally(
            ABSENCE_TALLY,
            "absence",
            (agency,),
            [
                (AGENCY, agency),
                (PROVINCE, province),
                (DISTRICT, district),
                (MEETINGS, missed),
                (DATES, dates),
                (RANK, ox.Literal(rank)),
            ],
        )
