"""Reports of one real-world happening → one event, within and across articles.

    from dossier.merge import group, leads, corroborate

Pure functions over frozen values: ``leads``/``blocks`` work on one article's mentions at
ingest; ``group`` turns the reports of one block (type family + unordered pair of parties)
into events with an ``Explanation`` per member; ``corroborate`` counts who reports an event
and how. The store calls ``regroup`` (given to it by the service) for the blocks an ingest
touches, so merging is incremental and, because a block's events depend only on its
reports, the same whatever the order articles arrive in. What may merge is data:
``merge/data/compatible.yaml``.
"""

from dossier.merge.cluster import Grouping, event_id, group
from dossier.merge.corroborate import corroborate, source_name
from dossier.merge.events import Merger, build_events
from dossier.merge.leads import blocks, leads, mention_key

__all__ = ["Grouping", "Merger", "blocks", "build_events", "corroborate", "event_id", "group", "leads", "mention_key",
           "source_name"]
