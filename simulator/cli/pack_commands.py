"""`python -m simulator packs`: the installed rule packs with their editions, dates in force and sources; every
value of one pack (the paths an override file names); importing a pack for a future edition."""

from __future__ import annotations

import sys
from collections import Counter

from simulator.cli.common import EXIT_OK, emit, emit_json
from simulator.cli.common import fail as _fail


def add_parser(sub) -> None:
    packs = sub.add_parser("packs", help="list the installed rule packs, show one pack's values, or import a pack")
    packs.add_argument("--sources", action="store_true", help="also list each pack's sources and the values not found")
    packs.add_argument("--values", metavar="PACK_ID", help="list every value of one pack: path, value, confidence, source")
    packs.add_argument(
        "--import", dest="import_file", metavar="FILE.toml", help="validate a rule pack and install it for this user"
    )
    packs.add_argument("--replace", action="store_true", help="with --import: replace a user pack of the same id")
    packs.add_argument("--lang", choices=("zh", "en"), default="en", help="language of names and sources (default: en)")
    packs.add_argument("--json", action="store_true", help="print the result as JSON (docs/json-schema.md)")


def run(args) -> int:
    from simulator.rules import PackError

    try:
        if args.import_file:
            return _import(args.import_file, args.replace, args.json)
        if args.values:
            return _values(args.values, args.lang, args.json)
        return _list(args.sources, args.lang, args.json)
    except PackError as exc:
        return _fail(str(exc))


def _date(value) -> str:
    return value.isoformat() if value else "…"


def _list(with_sources: bool, lang: str, as_json: bool = False) -> int:
    from simulator.rules import (
        installed_packs,
        is_user_pack,
        pack_file,
        user_pack_problems,
    )

    if as_json:
        from simulator.cli.json_out import pack_summary, packs_document
        from simulator.engine.serialize import text

        listed = []
        for pack in installed_packs():
            where = pack_file(pack)
            entry = pack_summary(pack, "user" if is_user_pack(pack) else "bundled", str(where) if where is not None else None)
            counts = Counter(cited.confidence for _, cited in pack.cited_values())
            entry["sources"] = {key: text(source) for key, source in pack.sources.items()} if with_sources else {}
            entry["values_by_confidence"] = {c: counts[c] for c in ("data", "2+", "1", "?", "not found") if counts[c]}
            entry["not_found"] = list(pack.not_found())
            listed.append(entry)
        emit_json(packs_document(listed, [str(p) for p in user_pack_problems()]))
        return EXIT_OK
    lines = []
    for pack in installed_packs():
        info = pack.pack
        years = f"{info.first_declaration_year}–{info.last_declaration_year or ''}"
        in_force = (
            f"{_date(info.in_force_from)} to {_date(info.in_force_until)}"
            if info.in_force_from or info.in_force_until
            else "not given"
        )
        origin = "user" if is_user_pack(pack) else "bundled"
        name = info.name.zh if lang == "zh" else info.name.en
        lines.append(
            f"{info.id:24} {info.city:9} {info.edition:13} years {years:10} in force {in_force:26} data {info.data_version} ({pack.content_hash}) {origin:7} {name}"
        )
        if with_sources:
            where = pack_file(pack)
            if where is not None:
                lines.append(f"    file: {where}")
            for source_id, source in pack.sources.items():
                lines.append(f"    source {source_id}: {source.zh if lang == 'zh' else source.en}")
            counts = Counter(cited.confidence for _, cited in pack.cited_values())
            lines.append(
                "    values by confidence: "
                + ", ".join(f"{c} {counts[c]}" for c in ("data", "2+", "1", "?", "not found") if counts[c])
            )
            missing = pack.not_found()
            if missing:
                lines.append(f"    not found ({len(missing)}): " + ", ".join(missing))
    emit("\n".join(lines))
    problems = user_pack_problems()
    for problem in problems:
        print(f"left out: {problem}", file=sys.stderr)
    return EXIT_OK


def _values(pack_id: str, lang: str, as_json: bool = False) -> int:
    from simulator.engine.citations import show_value
    from simulator.engine.pack_values import pack_values
    from simulator.rules import PackError, load_pack

    try:
        pack = load_pack(pack_id)
    except PackError as exc:
        return _fail(str(exc).strip("'\""))
    if as_json:
        from simulator.cli.json_out import pack_summary
        from simulator.engine.serialize import envelope, text

        values = [
            {
                "path": path,
                "label": text(label),
                "value": show_value(cited.value) if cited.value is not None else None,
                "confidence": cited.confidence,
                "source": cited.source,
                "section": cited.section,
                "note": cited.note,
            }
            for path, label, cited in pack_values(pack)
        ]
        emit_json(envelope("pack_values", pack=pack_summary(pack, "", None), values=values))
        return EXIT_OK
    lines = []
    for path, label, cited in pack_values(pack):
        shown = show_value(cited.value) if cited.value is not None else "—"
        lines.append(f"{path:55} {shown:24} [{cited.confidence}] {label(lang)} · {cited.source}")
    emit("\n".join(lines))
    return EXIT_OK


def _import(file: str, replace: bool, as_json: bool = False) -> int:
    from simulator.paths import user_packs_dir
    from simulator.rules import import_pack

    pack = import_pack(file, replace=replace)
    info = pack.pack
    missing = pack.not_found()
    if as_json:
        from simulator.cli.json_out import pack_summary
        from simulator.engine.serialize import envelope

        emit_json(
            envelope(
                "pack_import", installed=pack_summary(pack, "user", None), folder=str(user_packs_dir()), not_found=list(missing)
            )
        )
        return EXIT_OK
    lines = [
        f"installed {info.id} ({info.city}, {info.edition}, declaration years {info.first_declaration_year}–{info.last_declaration_year or ''}) in {user_packs_dir()}"
    ]
    if missing:
        lines.append(f"{len(missing)} values are marked not found: scores that need them will be provisional")
    emit("\n".join(lines))
    return EXIT_OK
