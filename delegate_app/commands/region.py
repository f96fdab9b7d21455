"""Region commands: `region set --name NAME --members GM0001,...` and `region show [--json]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from delegate_app.commands.store import open_for_reading, print_json
from delegate_app.core.i18n import translate
from delegate_app.core.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("region", help=translate("Cli", "define or show the region"))
    region_sub = p.add_subparsers(dest="region_command", metavar="ACTION", required=True)

    s = region_sub.add_parser("set", help=translate("Cli", "define the region and its member municipalities"))
    s.add_argument("--name", required=True, help=translate("Cli", "the region's name"))
    s.add_argument(
        "--members",
        required=True,
        metavar="GM0001,GM0002,...",
        help=translate("Cli", "member municipalities: GM or CBS codes or names, separated by commas"),
    )
    s.set_defaults(handler=cmd_set)

    s = region_sub.add_parser("show", help=translate("Cli", "show the region"))
    s.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    s.set_defaults(handler=cmd_show)


def cmd_set(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core.services import region

    with open_store(folder) as store, store.session() as session:
        record = region.set_region_by_codes(session, args.name, args.members)
        members = region.member_municipalities(session)
        name = record.name
    inhabitants = sum(m.inhabitants for m in members)
    text = (
        translate("Cli", "Region '{name}': 1 member municipality, {inhabitants} inhabitants.")
        if len(members) == 1
        else translate("Cli", "Region '{name}': {count} member municipalities, {inhabitants} inhabitants.")
    )
    print(text.format(name=name, count=len(members), inhabitants=inhabitants))
    return 0


def describe(folder: Path) -> dict[str, Any]:
    """The region as plain data: name, rule, members with codes and inhabitants, the delegate."""
    from delegate_app.core.services import region

    with open_for_reading(folder) as store, store.reader() as session:
        record = region.get_region(session)
        members = region.member_municipalities(session)
        me = region.self_person(session)
        return {
            "id": record.id if record else None,
            "name": record.name if record else None,
            "description": record.description if record else "",
            "rule": {
                "quorum_share": record.rule_quorum_share,
                "max_objection_share_count": record.rule_max_objection_share_count,
                "max_objection_share_inhabitants": record.rule_max_objection_share_inhabitants,
            }
            if record
            else None,
            "member_count": len(members),
            "inhabitants": sum(m.inhabitants for m in members),
            "members": [
                {
                    "gm_code": m.gm_code,
                    "name": m.name,
                    "province": m.province,
                    "inhabitants": m.inhabitants,
                    "size_class": m.size_class,
                }
                for m in members
            ],
            "self": {"name": me.name, "role": me.role, "email": me.email} if me else None,
        }


def cmd_show(args: argparse.Namespace, folder: Path) -> int:
    data = describe(folder)
    if args.json:
        print_json(data)
        return 0
    if data["name"] is None:
        print(
            translate(
                "Cli", "No region has been defined yet. Use: region set --name NAME --members GM0001,..."
            )
        )
        return 0
    text = (
        translate("Cli", "{name}: 1 member municipality, {inhabitants} inhabitants")
        if data["member_count"] == 1
        else translate("Cli", "{name}: {count} member municipalities, {inhabitants} inhabitants")
    )
    print(text.format(name=data["name"], count=data["member_count"], inhabitants=data["inhabitants"]))
    for m in data["members"]:
        print(f"  {m['gm_code']}  {m['name']:<24} {m['inhabitants']:>8}")
    return 0
