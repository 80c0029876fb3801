"""The rows one fact sheet becomes: entities and mentions, quotes, quantities, times, dated
statements, near-duplicate records. Called by `Corpus.add` inside its transaction.

What a sheet's rows need that the corpus does not decide (`Plan`: each entity's corpus view
in resolution order and its mention spans, its description mentions ("the coach"), the
phrases recovery looks up in the corpus, the quotes' speakers, the dated statements, the LSH
band keys) is worked out by `plan`, in the worker that made the sheet, so the one writer only
resolves names and writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from newsfacts.sheet import Entity, FactSheet, Quote
from newsfacts.store import duplicates
from newsfacts.store.canonical import Canonicalizer
from newsfacts.store.descriptions import described_as, description_mentions
from newsfacts.store.names import (
    PERSON,
    PLACE_TYPES,
    corpus_view,
    lower_words,
    normalize,
    person_words,
)
from newsfacts.store.recovery import Phrases, phrases, recover_phrases
from newsfacts.store.relatives import attach_relatives
from newsfacts.store.statements import Statement, dated_statements
from newsfacts.words.names import name_key

# Tables whose rows belong to one article (cleared before the article is stored again).
CHILD_TABLES = (
    "entities",
    "quotes",
    "quantities",
    "times",
    "statements",
    "signatures",
    "lsh_bands",
    "profiles",
)


def clear(conn: sqlite3.Connection, article: int) -> None:
    for table in CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE article = ?", (article,))
    conn.execute("DELETE FROM near_duplicates WHERE article = ? OR other = ?", (article, article))


def _resolution_order(views: list[tuple[Entity, Entity]]) -> list[tuple[Entity, Entity]]:
    """Names of several words first (things, then people), then one-word things, then
    one-word people, then the unnamed (descriptions, pronoun chains): a short name is judged
    by the company the article keeps (its entities already linked), and "the actress" by the
    people the article names, all of them linked by then. The corpus's view of the name
    counts: "Ferrante Wins Again" cut back to "Ferrante" is short."""

    def rank(pair: tuple[Entity, Entity]) -> int:
        view = pair[1]
        if not view.named:
            return 4
        if len(view.name.split()) >= 2 and len(person_words(view.name)) >= 2:
            # things first: a full name that names a person first known by surname alone
            # is judged by the company too
            return 1 if view.type == PERSON else 0
        return 3 if view.type == PERSON else 2

    return sorted(views, key=rank)


def mention_spans(entity: Entity, name: str, text: str) -> list[tuple[int, int]]:
    """The entity's mentions in the text, a run-on name cut back to the name the corpus
    judged it by: "HP To Acquire Data Center Cooling" is stored as a mention of "HP"."""
    spans = []
    for mention in entity.mentions:
        if mention.field != "text":
            continue
        start, end = mention.start, mention.end
        if name != entity.name and text[start:end].startswith(name + " "):
            end = start + len(name)
        spans.append((start, end))
    return spans


@dataclass(frozen=True, slots=True)
class EntityPlan:
    """A sheet's entities as the resolver takes them, worked out from the sheet alone."""

    places: frozenset[str]  # normalised names of its places
    views: list[tuple[Entity, Entity]]  # (entity, its corpus view), in resolution order
    spans: list[list[tuple[int, int]]]  # each view's mention spans, in the same order
    descriptions: list[tuple[int, int, str]]  # "the coach": (start, end, local entity)
    phrases: Phrases  # what recovery looks up in the corpus (recovery.phrases)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a sheet's rows need that the corpus does not decide (see the docstring)."""

    entities: EntityPlan
    speakers: list[str | None]  # each quote's local entity
    statements: list[Statement]
    band_keys: list[int] | None  # of the sheet's MinHash


def plan(sheet: FactSheet, minhash: bytes | None) -> Plan:
    return Plan(
        plan_entities(sheet),
        [quote_entity(sheet, quote) for quote in sheet.quotes],
        dated_statements(sheet),
        duplicates.band_keys(minhash) if minhash is not None else None,
    )


def plan_entities(sheet: FactSheet) -> EntityPlan:
    places = frozenset(normalize(e.name) for e in sheet.entities if e.type in PLACE_TYPES)
    lowered = lower_words(sheet.text)
    types = {normalize(e.name): e.type for e in reversed(sheet.entities)}
    views = [(e, corpus_view(e, sheet.text, lowered, types)) for e in sheet.entities]
    views = _resolution_order(views)
    spans = [mention_spans(entity, view.name, sheet.text) for entity, view in views]
    covered = _text_mentions(sheet)
    described = [(e.id, described_as(e)) for e in sheet.entities]
    descriptions = description_mentions(sheet.text, described, covered)
    # what the article's stored mentions take is never free, whatever the corpus holds
    taken = [span for kept in spans for span in kept] + [(a, b) for a, b, _ in descriptions]
    return EntityPlan(places, views, spans, descriptions, phrases(sheet.text, lowered, taken))


def _text_mentions(sheet: FactSheet) -> list[tuple[int, int]]:
    return [(m.start, m.end) for e in sheet.entities for m in e.mentions if m.field == "text"]


def insert_entities(
    conn: sqlite3.Connection,
    article: int,
    sheet: FactSheet,
    canonicalizer: Canonicalizer | None,
    planned: EntityPlan | None = None,
) -> dict[str, tuple[int, int | None]]:
    """Insert the sheet's entities; return local id -> (entities rowid, canonical id)."""
    rows: dict[str, tuple[int, int | None]] = {}
    planned = planned or plan_entities(sheet)
    places = planned.places
    company: set[int] = set()
    for (entity, view), spans in zip(planned.views, planned.spans, strict=True):
        canonical = (
            canonicalizer.resolve(
                view, acronyms=sheet.acronyms, places=places, company=frozenset(company)
            )
            if canonicalizer
            else None
        )
        link = canonicalizer.last_link if canonicalizer else None
        cursor = conn.execute(
            "INSERT INTO entities (article, local, name, type, named, aliases, mentions, "
            "canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article,
                entity.id,
                entity.name,
                entity.type,
                int(entity.named),
                json.dumps(entity.aliases, ensure_ascii=False),
                len(entity.mentions),
                canonical,
            ),
        )
        rowid = int(cursor.lastrowid or 0)
        rows[entity.id] = (rowid, canonical)
        if canonical is not None:
            company.add(canonical)
        if link is not None:
            conn.execute(
                "INSERT INTO canonical_links (entity, rule, evidence) VALUES (?, ?, ?)",
                (rowid, link.rule, link.evidence),
            )
        conn.executemany(
            'INSERT INTO mentions (entity, start, "end") VALUES (?, ?, ?)',
            [(rowid, *span) for span in spans],
        )
    if canonicalizer is not None:
        _insert_recovered(conn, article, sheet, canonicalizer, rows, planned)
    return rows


def own_surnames(conn: sqlite3.Connection, canonicals: set[int]) -> dict[str, int]:
    """Surname -> corpus person, for the people this article itself names in full: a bare
    "Jeffs" the tagger missed, in an article naming "Warren Jeffs", is him. A surname two of
    the article's people share ("Warren Jeffs", "Brent Jeffs") names neither."""
    if not canonicals:
        return {}
    marks = ",".join("?" * len(canonicals))
    rows = conn.execute(
        f"SELECT id, name FROM canonical WHERE type = ? AND id IN ({marks})",
        (PERSON, *sorted(canonicals)),
    )
    owners: dict[str, set[int]] = {}
    for canonical, name in rows:
        words = person_words(name)
        if len(words) >= 2:
            owners.setdefault(words[-1], set()).add(canonical)
    return {surname: next(iter(ids)) for surname, ids in owners.items() if len(ids) == 1}


def _insert_recovered(
    conn: sqlite3.Connection,
    article: int,
    sheet: FactSheet,
    canonicalizer: Canonicalizer,
    rows: dict[str, tuple[int, int | None]],
    planned: EntityPlan,
) -> None:
    """The description mentions the worker found ("the coach", descriptions.py), then
    mentions of corpus names the sheet missed (recovery.py), each under the article's entity
    of that corpus entity, or a new article entity when the article had none."""
    conn.executemany(
        'INSERT INTO mentions (entity, start, "end") VALUES (?, ?, ?)',
        [(rows[local][0], start, end) for start, end, local in planned.descriptions],
    )
    covered = _text_mentions(sheet) + [(start, end) for start, end, _ in planned.descriptions]
    by_canonical = {canonical: rowid for rowid, canonical in rows.values() if canonical}
    _recover_into(conn, article, sheet.text, covered, by_canonical, canonicalizer, planned.phrases)


def recover_batch(
    conn: sqlite3.Connection,
    canonicalizer: Canonicalizer,
    sheet_ids: list[str],
    phrases_by_id: dict[str, Phrases] | None = None,
) -> None:
    """Recovery again over a batch's articles once the whole batch is stored: a name the
    batch's third article gives is found in its first too, whatever the order of storing.
    `phrases_by_id`: each article's candidate phrases as its worker planned them."""
    for sheet_id in sheet_ids:
        row = conn.execute("SELECT rowid, text FROM articles WHERE id = ?", (sheet_id,)).fetchone()
        if row is None:
            continue
        article, text = int(row[0]), str(row[1])
        found = conn.execute(
            'SELECT e.rowid, e.canonical, m.start, m."end" FROM entities e '
            "LEFT JOIN mentions m ON m.entity = e.rowid WHERE e.article = ?",
            (article,),
        ).fetchall()
        covered = [(start, end) for _, _, start, end in found if start is not None]
        by_canonical = {canonical: rowid for rowid, canonical, _, _ in found if canonical}
        planned = (phrases_by_id or {}).get(sheet_id)
        candidates = phrases(text, lower_words(text)) if planned is None else planned
        _recover_into(conn, article, text, covered, by_canonical, canonicalizer, candidates)


def _recover_into(
    conn: sqlite3.Connection,
    article: int,
    text: str,
    covered: list[tuple[int, int]],
    by_canonical: dict[int, int],
    canonicalizer: Canonicalizer,
    candidates: Phrases,
) -> None:
    surnames = own_surnames(conn, set(by_canonical))

    company = frozenset(by_canonical)

    def lookup(norm: str) -> int | None:
        return (
            surnames.get(norm)
            or canonicalizer.lookup(norm)
            or canonicalizer.surname_in_story(norm, company)
        )

    found = recover_phrases(len(text), covered, lookup, candidates)
    for item in found:
        rowid = by_canonical.get(item.canonical)
        if rowid is None:
            name, kind = conn.execute(
                "SELECT name, type FROM canonical WHERE id = ?", (item.canonical,)
            ).fetchone()
            cursor = conn.execute(
                "INSERT INTO entities (article, local, name, type, named, aliases, mentions, "
                "canonical) VALUES (?, ?, ?, ?, 1, '[]', 0, ?)",
                (article, f"corpus-{item.canonical}", name, kind, item.canonical),
            )
            rowid = by_canonical[item.canonical] = int(cursor.lastrowid or 0)
            conn.execute(
                "INSERT INTO canonical_links (entity, rule, evidence) VALUES (?, ?, ?)",
                (rowid, "found again", f"the article writes '{text[item.start:item.end]}'"
                 ", a name other articles gave this entity"),
            )  # fmt: skip
        conn.execute(
            'INSERT INTO mentions (entity, start, "end") VALUES (?, ?, ?)',
            (rowid, item.start, item.end),
        )
    attach_relatives(conn, article, text)


def insert_quotes(
    conn: sqlite3.Connection,
    article: int,
    sheet: FactSheet,
    entity_rows: dict[str, tuple[int, int | None]],
    speakers: list[str | None] | None = None,
) -> None:
    if speakers is None:
        speakers = [quote_entity(sheet, quote) for quote in sheet.quotes]
    values = []
    for quote, local in zip(sheet.quotes, speakers, strict=True):
        speaker = quote.speaker
        rowid, canonical = entity_rows.get(local, (None, None)) if local else (None, None)
        values.append(
            (
                article,
                quote.id,
                quote.kind,
                quote.text,
                quote.start,
                quote.end,
                speaker.text if speaker else None,
                rowid,
                canonical,
                quote.cue,
                quote.source_type,
            )
        )
    conn.executemany(
        'INSERT INTO quotes (article, local, kind, text, start, "end", speaker, entity, '
        "canonical, cue, source_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def insert_facts(
    conn: sqlite3.Connection,
    article: int,
    sheet: FactSheet,
    entity_rows: dict[str, tuple[int, int | None]],
    statements: list[Statement] | None = None,
) -> None:
    conn.executemany(
        "INSERT INTO quantities (article, text, start, \"end\", value, low, high, unit, kind, "
        "normalized_value, normalized_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article, q.text, q.start, q.end, q.value, q.low, q.high, q.unit, q.kind,
                q.normalized.value if q.normalized else None,
                q.normalized.unit if q.normalized else None,
            )
            for q in sheet.quantities
        ],
    )  # fmt: skip
    conn.executemany(
        'INSERT INTO times (article, local, text, start, "end", type, value, anchored) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article, t.id, t.text, t.start, t.end, t.type, t.value, int(t.anchored))
            for t in sheet.times
        ],
    )
    for statement in dated_statements(sheet) if statements is None else statements:
        cursor = conn.execute(
            'INSERT INTO statements (article, value, start, "end", dated_by) '
            "VALUES (?, ?, ?, ?, ?)",
            (article, statement.value, statement.start, statement.end, statement.dated_by),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO statement_entities (statement, entity, canonical) "
            "VALUES (?, ?, ?)",
            [
                (cursor.lastrowid, *entity_rows[local])
                for local in statement.entities
                if local in entity_rows
            ],
        )


def insert_duplicates(
    conn: sqlite3.Connection, article: int, minhash: bytes | None, keys: list[int] | None = None
) -> bool:
    """Record earlier copies of this article; True when it is one (`duplicate_of` set)."""
    if minhash is None:
        return False
    keys = duplicates.band_keys(minhash) if keys is None else keys
    pairs = [value for band, key in enumerate(keys) for value in (band, key)]
    placeholders = ", ".join(["(?, ?)"] * len(keys))
    # the band keys drive the join, so each is one lookup in lsh_bands' primary key
    candidates = conn.execute(
        f"WITH keys(band, key) AS (VALUES {placeholders}) "
        "SELECT s.article, s.minhash FROM signatures s WHERE s.article IN (SELECT l.article "
        "FROM keys CROSS JOIN lsh_bands l ON l.band = keys.band AND l.key = keys.key)",
        pairs,
    ).fetchall()
    copies = []
    for other, signature in candidates:
        score = duplicates.jaccard(minhash, signature)
        if other != article and score >= duplicates.THRESHOLD:
            copies.append((article, other, score))
    conn.executemany(
        "INSERT OR REPLACE INTO near_duplicates (article, other, jaccard) VALUES (?, ?, ?)",
        copies,
    )
    conn.execute("INSERT INTO signatures (article, minhash) VALUES (?, ?)", (article, minhash))
    conn.executemany(
        "INSERT OR IGNORE INTO lsh_bands (band, key, article) VALUES (?, ?, ?)",
        [(band, key, article) for band, key in enumerate(keys)],
    )
    # Only a copy stored earlier is the original: an article updated in place (same rowid)
    # must not point at a later copy that points back at it.
    earlier = [other for _, other, _ in copies if other < article]
    if not earlier:
        return False
    original = min(earlier)
    root = conn.execute(
        "SELECT coalesce(duplicate_of, rowid) FROM articles WHERE rowid = ?", (original,)
    ).fetchone()[0]
    conn.execute("UPDATE articles SET duplicate_of = ? WHERE rowid = ?", (root, article))
    return True


def quote_entity(sheet: FactSheet, quote: Quote) -> str | None:
    """The local entity a quote's speaker is: the one the sheet names, else the one whose
    name the speaker text holds."""
    speaker = quote.speaker
    if speaker is None or speaker.entity is not None:
        return speaker.entity if speaker else None
    return speaker_entity(sheet, speaker.text)


def speaker_entity(sheet: FactSheet, speaker: str) -> str | None:
    """The one entity of the sheet whose name or alias the speaker text contains, if any."""
    words = f" {name_key(speaker)} "
    found = []
    for entity in sheet.entities:
        if not entity.named:
            continue
        names = {name_key(name) for name in (entity.name, *entity.aliases)}
        if any(name and f" {name} " in words for name in names):
            found.append(entity.id)
    return found[0] if len(found) == 1 else None
