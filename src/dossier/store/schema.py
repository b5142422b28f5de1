"""The current database schema, as SQLAlchemy Core tables (no ORM).

Scalar columns hold what queries filter and sort on; nested values (actor refs, dates,
places, objects, explain paths) are stored as JSON text by ``codec`` so they come back
exactly as they went in. A database is built at ``SCHEMA_VERSION``; older ones are brought
here step by step by ``migrations`` (whose frozen DDL must end up equal to these tables).
"""

from __future__ import annotations

from sqlalchemy import (
                        Column,
                        Date,
                        Float,
                        ForeignKey,
                        Index,
                        Integer,
                        MetaData,
                        String,
                        Table,
                        Text,
)

SCHEMA_VERSION = 5

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc", Text, nullable=False, unique=True),
    # v3: not unique: a text seen under a new id is stored again, as a copy (``copy_of``).
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("published", Date),
    Column("dateline", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("origin", Text),
    # v3: the article first stored with the same text under another id (a wire copy), so
    # that counts across articles need not take copies for independent reports.
    Column("copy_of", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    # v3: 1 for the first text stored under this id; each new text adds one, and the text
    # it replaces moves to ``article_versions``.
    Column("version", Integer, nullable=False, server_default="1"),
)
Index("ix_articles_content_hash", articles.c.content_hash)

# v3: the texts an article id held before its current one (superseded versions).
article_versions = Table(
    "article_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("published", Date),
    Column("dateline", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("origin", Text),
)
Index("ix_article_versions_article_id", article_versions.c.article_id)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("cameo", Text),
    Column("status", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    # Filter keys: the actor's country/group code (upper case) and its casefolded name.
    Column("actor_code", Text),
    Column("actor_name", Text),
    Column("recipient_code", Text),
    Column("recipient_name", Text),
    # The days the event may fall on (its date, else the reported date): filters and sorting.
    Column("day_from", Date),
    Column("day_to", Date),
    Column("reported", Date),
    Column("actor_json", Text),
    Column("recipient_json", Text),
    Column("source_json", Text),
    Column("others_json", Text, nullable=False),
    Column("object_json", Text),
    Column("date_json", Text),
    Column("location_json", Text),
    Column("explain_json", Text, nullable=False),
    # v2: reports of one event share this id (model.Mention.event_id).
    Column("event_id", String(20), nullable=False, server_default=""),
    # v3: the ids of the rules that made the mention (model.Mention.rules), a JSON list.
    Column("rules_json", Text, nullable=False, server_default="[]"),
    # v4: the mention's place among its article's mentions (its key is doc#ordinal), the
    # block it is merged within (type family + unordered pair of parties; NULL until merged),
    # the ordinal of the mention whose event it follows (one trigger, several parties), and
    # why it is in its event (model.Explanation as JSON). ``event_id`` now names the merged
    # event (``events.event_id``).
    Column("ordinal", Integer, nullable=False, server_default="0"),
    Column("block_key", Text),
    Column("lead", Integer),
    Column("merge_json", Text),
)
# v5: a mention's key (doc#ordinal) is unique: the same mention is never stored twice. It
# serves lookups by article too (it replaces v1's ix_mentions_article_id).
Index("ux_mentions_article_ordinal", mentions.c.article_id, mentions.c.ordinal, unique=True)
Index("ix_mentions_day_from", mentions.c.day_from)
Index("ix_mentions_event_id", mentions.c.event_id)
Index("ix_mentions_block_key", mentions.c.block_key)

# v4: one row per merged event (model.Event), rewritten when a block is re-grouped.
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(20), nullable=False, unique=True),
    Column("block_key", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("actor_code", Text),
    Column("actor_name", Text),  # the most precise name its reports give (a person, else the state)
    Column("recipient_code", Text),
    Column("recipient_name", Text),
    Column("date_value", Text),
    Column("day_from", Date),
    Column("day_to", Date),
    Column("location", Text),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("sources", Integer, nullable=False),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("asserted", Integer, nullable=False),
    Column("contested", Integer, nullable=False),  # 1 when a denial or negation stands against it
    Column("picture_json", Text, nullable=False),  # claimed_by, denied_by, negated_by, planned_by
)
Index("ix_events_block_key", events.c.block_key)
# v5: each index ends with the events' sort key (day, id), so that the first page of one
# party's events reads 50 index entries in order instead of sorting all of its events.
Index("ix_events_day_event", events.c.day_from, events.c.event_id)
Index("ix_events_actor_day_event", events.c.actor_code, events.c.day_from, events.c.event_id)
Index("ix_events_recipient_day_event", events.c.recipient_code, events.c.day_from,
      events.c.event_id)
Index("ix_events_actor_name_day_event", events.c.actor_name, events.c.day_from,
      events.c.event_id)
Index("ix_events_recipient_name_day_event", events.c.recipient_name, events.c.day_from,
      events.c.event_id)
Index("ix_events_contested_day", events.c.contested, events.c.day_from)

# v4: ids of events that were merged into another or split, and the event they resolve to.
event_aliases = Table(
    "event_aliases", metadata,
    Column("alias", String(20), primary_key=True),
    Column("event_id", String(20), nullable=False),
)

# v2: every actor the text names, resolved (model.ActorRef), for entity listings.
actor_refs = Table(
    "actor_refs", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),  # casefolded name, for search
    Column("kind", String(16), nullable=False),
    Column("country", Text),
    Column("sector", Text),
    Column("role", Text),
    Column("wikidata", Text),
    Column("entity_id", Text),
    # One entity across articles: its knowledge-base id, else kind|country|name.
    Column("entity_key", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("basis", Text, nullable=False),
)
Index("ix_actor_refs_article_id", actor_refs.c.article_id)
Index("ix_actor_refs_entity_key", actor_refs.c.entity_key)

# v5: rollups, kept by the store in the transaction that writes or replaces mentions, so
# that the timeline and the network read a few thousand rows instead of every mention.
# A row is one combination of the key columns (``rollup_key`` joins them); a missing value
# is '' (text) or ``rollups.UNDATED`` (a day), since NULLs would not collide in a key.
timeline_counts = Table(
    "timeline_counts", metadata,
    Column("rollup_key", Text, primary_key=True),
    Column("month", Date, nullable=False),  # the first day of day_from's month
    Column("day_from", Date, nullable=False),
    Column("day_to", Date, nullable=False),
    Column("type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("n", Integer, nullable=False),
)

_SIDE = ("entity", "code", "key", "label", "kind", "country", "sector")
dyad_counts = Table(
    "dyad_counts", metadata,
    Column("rollup_key", Text, primary_key=True),
    # each side: entity key (as actor_refs.entity_key), upper-case code (the filter's
    # code), casefolded name (the filter's name), the name as written, kind, country, sector
    *(Column(f"{side}_{part}", Text, nullable=False)
      for side in ("actor", "recipient") for part in _SIDE),
    Column("type", String(16), nullable=False),
    Column("mode", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("n", Integer, nullable=False),
)
