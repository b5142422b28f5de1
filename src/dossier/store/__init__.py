"""The store: the only code in dossier that speaks SQL (SQLAlchemy Core).

    from dossier.store import Database
    with Database.open("dossier.db") as db:
        db.add_article(article, mentions, actor_refs)
        db.mentions(actor="RUS", since="2024-09")
"""

from dossier.store.database import Database, Stored
from dossier.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Database", "Stored"]
