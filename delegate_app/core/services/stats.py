"""Counts of what a store holds, for `stats --json`, the status bar and tests.

Plain SQL over the live records (tombstones left out), so it works on a
read-only store and stays fast with a hundred thousand concerns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from delegate_app.core.models import Confidentiality

if TYPE_CHECKING:
    from delegate_app.core.store import Store

# Key in the output -> (table, extra condition). Every count leaves tombstones out.
_LIVE_COUNTS: dict[str, tuple[str, str]] = {
    "municipalities": ("municipality", ""),
    "themes": ("theme", ""),
    "organisations": ("organisation", ""),
    "persons": ("person", "erased_at IS NULL"),
    "concerns": ("concern", "merged_into_id IS NULL"),
    "concerns_merged": ("concern", "merged_into_id IS NOT NULL"),
    "concerns_confidential": (
        "concern",
        f"merged_into_id IS NULL AND confidentiality = '{Confidentiality.CONFIDENTIAL.value}'",
    ),
    "concerns_outside_region": ("concern", "merged_into_id IS NULL AND outside_region = 1"),
    "supports": ("support", ""),
    "merge_links": ("mergelink", "unmerged_at IS NULL"),
    "sessions": ("regionalsession", ""),
    "attendance": ("attendance", ""),
    "meetings": ("nationalmeeting", ""),
    "agenda_items": ("agendaitem", ""),
    "positions": ("position", ""),
    "position_versions": ("positionversion", ""),
    "responses": ("response", ""),
    "outcomes": ("outcome", ""),
    "exchange_conflicts_open": ("exchangeconflict", "resolved_at IS NULL"),
}


def _count(conn: Connection, table: str, condition: str = "") -> int:
    where = "deleted_at IS NULL" + (f" AND {condition}" if condition else "")
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {where}").scalar_one())


def counts(store: Store) -> dict[str, object]:
    """What the store holds: its path, schema version and a count per kind of live record."""
    result: dict[str, object] = {"store": str(store.path), "schema_version": store.schema_version()}
    with store.engine.connect() as conn:
        region = conn.exec_driver_sql(
            "SELECT id, name FROM region WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1"
        ).first()
        result["region"] = region[1] if region else None
        result["region_members"] = (
            int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM regionmember rm JOIN municipality m ON m.id = rm.municipality_id "
                    "WHERE rm.region_id = ? AND rm.deleted_at IS NULL AND m.deleted_at IS NULL",
                    (region[0],),
                ).scalar_one()
            )
            if region
            else 0
        )
        for key, (table, condition) in _LIVE_COUNTS.items():
            result[key] = _count(conn, table, condition)
        result["concerns_by_status"] = {
            str(status): int(n)
            for status, n in conn.exec_driver_sql(
                "SELECT status, count(*) FROM concern WHERE deleted_at IS NULL AND merged_into_id IS NULL "
                "GROUP BY status ORDER BY status"
            )
        }
        result["positions_by_status"] = {
            str(status): int(n)
            for status, n in conn.exec_driver_sql(
                "SELECT status, count(*) FROM position WHERE deleted_at IS NULL GROUP BY status ORDER BY status"
            )
        }
        result["change_log"] = int(conn.exec_driver_sql("SELECT count(*) FROM changelog").scalar_one())
        store_id = conn.exec_driver_sql("SELECT value FROM storeinfo WHERE key = 'store_id'").first()
        result["store_id"] = store_id[0] if store_id else None
    result["backups"] = len(store.backups())
    try:
        result["file_bytes"] = store.path.stat().st_size
    except OSError:
        result["file_bytes"] = None
    return result
