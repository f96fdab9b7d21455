"""Schema facts outside the tables: the Alembic head, full-text index and its triggers.

`HEAD_REVISION` lets the store check a file's schema without importing Alembic
(which stays off the path to the first window); a test keeps it equal to the
migration scripts' head.
"""

from __future__ import annotations

HEAD_REVISION = "0001_initial"

# Every revision this version of the app knows, oldest first.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial",)

# Full-text index over concerns: title, description and the municipality's name.
# unicode61 with remove_diacritics 2 folds accents ("sudwest" finds "Súdwest-Fryslân");
# prefix indexes keep search-as-you-type fast. rowid follows the concern's rowid.
FTS_STATEMENTS: tuple[str, ...] = (
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS concern_fts USING fts5(
        title, description, municipality,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
    )
    """,
    """
    CREATE TRIGGER IF NOT EXISTS concern_fts_ai AFTER INSERT ON concern BEGIN
        INSERT INTO concern_fts(rowid, title, description, municipality)
        VALUES (new.rowid, new.title, new.description,
                (SELECT name || ' ' || name_disambiguated FROM municipality WHERE id = new.municipality_id));
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS concern_fts_ad AFTER DELETE ON concern BEGIN
        DELETE FROM concern_fts WHERE rowid = old.rowid;
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS concern_fts_au
    AFTER UPDATE OF title, description, municipality_id ON concern BEGIN
        UPDATE concern_fts SET title = new.title, description = new.description,
            municipality = (SELECT name || ' ' || name_disambiguated FROM municipality
                            WHERE id = new.municipality_id)
        WHERE rowid = new.rowid;
    END
    """,
)
