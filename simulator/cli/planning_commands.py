"""Terminal commands for planning and many applicants: project, whatif, scenarios, compare, batch, template.

`add_parsers(sub)` registers them on the main parser; `run(args)` carries one out. Every failure is one line on
stderr naming the file, the row, the field and the value where there are such; the exit codes are those of
simulator.cli.common (0 fine, 1 some rows failed, 2 bad input). `--json` prints the one schema (docs/json-schema.md).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from simulator.cli import json_out
from simulator.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    add_city,
    declaration_round,
    emit,
    emit_json,
    iso_date,
    output_problem,
)
from simulator.cli.common import fail as _fail
from simulator.cli.common import load_profile as _load
from simulator.cli.common import pack_of as _pack
from simulator.core.phrases import Phrasebook

COMMANDS = ("project", "whatif", "scenarios", "compare", "batch", "template")


def _L(key: str, lang: str) -> str:
    return Phrasebook(lang)(f"plan_{key}")


def add_parsers(sub) -> None:
    def common(p, with_city=True):
        p.add_argument("profile", help="applicant file (JSON)")
        if with_city:
            add_city(p)
        p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language (default: zh)")
        p.add_argument("--json", action="store_true", help="print the result as JSON (docs/json-schema.md)")

    p = sub.add_parser("project", help="the score in each coming declaration year until retirement")
    common(p)
    p.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        help="the day to look ahead from, YYYY-MM-DD (default: the file's own date, else today)",
    )
    p.add_argument("--until", type=int, help="last declaration year to show")

    p = sub.add_parser("whatif", help="ranked suggestions that would raise the score")
    common(p)
    p.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        help="the day to look ahead from, YYYY-MM-DD (default: the file's own date, else today)",
    )
    p.add_argument("--horizon", type=int, default=6, help="declaration years to look at (default: 6)")

    p = sub.add_parser("scenarios", help="the scenarios saved in an applicant file, scored side by side")
    common(p)
    p.add_argument("--year", type=declaration_round, required=True, help="declaration year or round (2025-Q3)")

    p = sub.add_parser("compare", help="one profile in two declaration years, or under two rule packs")
    common(p)
    p.add_argument(
        "--years", type=declaration_round, nargs=2, metavar=("YEAR_A", "YEAR_B"), help="two declaration years or rounds"
    )
    p.add_argument("--packs", nargs=2, metavar=("PACK_A", "PACK_B"), help="two rule-pack ids or .toml files (with --year)")
    p.add_argument("--year", type=declaration_round, help="declaration year or round for --packs")

    p = sub.add_parser("batch", help="score many applicants from a CSV or XLSX file")
    p.add_argument("source", help="applicants.csv or applicants.xlsx (layout: docs/batch-layout.md)")
    p.add_argument("--year", type=declaration_round, required=True, help="declaration year or round (2025-Q3)")
    p.add_argument("--out", required=True, help="folder for summary.csv, summary.xlsx, errors.csv (and pdf/)")
    add_city(p)
    p.add_argument("--pack", help="a rule-pack id or .toml file to use instead of the edition in force")
    p.add_argument("--pdf", action="store_true", help="also write one worksheet PDF per applicant")
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of the XLSX headings, the PDFs and what is printed (default: zh)",
    )
    p.add_argument("--show-id", action="store_true", help="ID numbers unmasked in the summary and PDFs")
    p.add_argument(
        "--drop-after-cutoff", action="store_true", help="ignore facts dated after the year's cut-off instead of reporting them"
    )
    p.add_argument("--workers", type=int, help="worker processes (default: one per core for large files)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON (docs/json-schema.md)")
    p.add_argument("--force", action="store_true", help="replace the outputs of an earlier batch in the folder")

    p = sub.add_parser("template", help="write a city's batch template (XLSX with notes, or CSV)")
    p.add_argument("out", help="OUT.xlsx or OUT.csv")
    add_city(p)
    p.add_argument("--force", action="store_true", help="replace the file if it exists (it may hold filled-in rows)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of what is printed (default: zh)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON (docs/json-schema.md)")


def run(args) -> int:
    handler = {
        "project": _project,
        "whatif": _whatif,
        "scenarios": _scenarios,
        "compare": _compare,
        "batch": _batch,
        "template": _template,
    }[args.command]
    return handler(args)


def _signed(value: Decimal) -> str:
    from simulator.core.decimals import fmt

    return ("+" if value > 0 else "") + fmt(value)


# ---------------------------------------------------------------- project


def _project(args) -> int:
    from simulator.core.decimals import fmt
    from simulator.core.lines import past_lines
    from simulator.core.phrases import STATUS
    from simulator.core.ranges import points_of
    from simulator.planning import forecast_band, project

    profile, problem = _load(args.profile)
    if problem:
        return _fail(problem)
    as_of = args.as_of or profile.as_of or date.today()  # the file's own date, else today
    try:
        projection = project(profile, args.city, as_of, until_year=args.until)
    except LookupError as exc:
        return _fail(str(exc).strip("'\""))
    band = forecast_band(args.city, [y.year for y in projection.years])
    if args.json:
        emit_json(json_out.projection_document(projection, band, past_lines(args.city)))
        return EXIT_OK
    lang = args.lang
    out = [
        f"{_L('projection', lang)} — {_L('as_of', lang)} {as_of.isoformat()}"
        + (f"; {_L('retirement', lang)} {projection.retirement_on.isoformat()}" if projection.retirement_on else ""),
        "",
        f"{_L('year', lang):>9}  {_L('total', lang):>12}  {_L('qualified', lang):>9}  {_L('line', lang)}",
    ]
    # rounds in a row that change nothing are one row ("2030–2054 … the same in each round")
    runs: list[list] = []
    for item in projection.years:
        quiet = not item.changes and not item.qualification_changes and item.edition_change is None
        if runs and quiet and item.total == runs[-1][-1].total and item.qualified == runs[-1][-1].qualified:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        item, last = run[0], run[-1]
        estimate = band.at(item.year) if band else None
        shown = f"{fmt(estimate.low)} – {fmt(estimate.central)} – {fmt(estimate.high)}" if estimate else ""
        qualified = Phrasebook(lang)("plan_yes") if item.qualified else Phrasebook(lang)("plan_no")
        rounds = f"{item.year}" if len(run) == 1 else f"{item.year}–{last.year}"
        out.append(f"{rounds:>9}  {points_of(item.evaluation)(lang):>12}  {qualified:>9}  {shown}")
        if item.edition_change is not None:
            out.append(f"          ! {item.edition_change(lang)}")
        for q in item.qualification_changes:
            out.append(f"          ! {q.name(lang)}: {q.reason(lang)}")
        for change in item.changes:
            reasons = "; ".join(r.text(lang) for r in change.reasons)
            out.append(f"          {change.headline(lang)}" + (f"  ({reasons})" if reasons else ""))
        if len(run) > 1:
            same = Phrasebook(lang)("projection_same_rounds", first=item.year, last=last.year, n=len(run))
            out.append(f"          {same}")
    out.append("")
    out.append(projection.end_reason(lang))
    lines = past_lines(args.city)
    if lines:
        shown = ", ".join(
            f"{p.round}: {fmt(p.line)}" + ("" if p.status == "published" else f" ({Phrasebook(lang).of(STATUS, p.status)})")
            for p in lines
        )
        out.append(f"{_L('past', lang)}: {shown}")
    if band is not None:
        out.append(f"[{band.label(lang)}] {band.note(lang)}")
    out.append(Phrasebook(lang)("disclaimer"))
    emit("\n".join(out))
    return EXIT_OK


# ---------------------------------------------------------------- whatif


def _whatif(args) -> int:
    from simulator.planning import suggest

    profile, problem = _load(args.profile)
    if problem:
        return _fail(problem)
    as_of = args.as_of or profile.as_of or date.today()  # the file's own date, else today
    try:
        found = suggest(profile, args.city, as_of, horizon_years=args.horizon)
    except LookupError as exc:
        return _fail(str(exc).strip("'\""))
    if args.json:
        emit_json(json_out.whatif_document(args.city, as_of, found))
        return EXIT_OK
    lang = args.lang
    out = [f"{_L('whatif', lang)} — {_L('as_of', lang)} {as_of.isoformat()}", ""]
    if not found:
        out.append(_L("none", lang))
    for rank, s in enumerate(found, 1):
        when = _L("from", lang).format(s.earliest_year)
        out.append(f"{rank}. {_signed(s.gained)}  {when}: {s.description(lang)}")
        later = ", ".join(f"{g.year} {_signed(g.gained)}" for g in s.later[1:])
        if later:
            out.append(f"     {_L('later', lang)}: {later}")
        if not s.base_qualified:
            out.append(f"     {_L('not_qualified', lang)}")
    out.append("")
    out.append(Phrasebook(lang)("disclaimer"))
    emit("\n".join(out))
    return EXIT_OK


# ---------------------------------------------------------------- scenarios


def _scenarios(args) -> int:
    from simulator.core.decimals import fmt
    from simulator.engine import NotApplicable
    from simulator.planning import score_scenarios
    from simulator.rules import pack_for

    profile, problem = _load(args.profile)
    if problem:
        return _fail(problem)
    try:
        results = score_scenarios(profile, pack_for(args.city, args.year), args.year)
    except (LookupError, NotApplicable) as exc:
        return _fail(str(exc).strip("'\""))
    lang = args.lang
    if args.json:
        emit_json(json_out.scenarios_document(args.city, args.year, results))
        return EXIT_OK
    out = [f"{_L('scenarios', lang)} — {args.year}", ""]
    base = results[0].total
    for r in results:
        name = _L("as_filed", lang) if r.scenario is None else r.name
        if r.evaluation is None:
            out.append(f"{name}: " + "; ".join(r.problems))
            continue
        delta = "" if r.scenario is None else f"  ({_signed(r.total - base)})"
        mark = "" if r.evaluation.qualified else f"  {_L('not_qualified', lang)}"
        out.append(f"{name}: {fmt(r.total)}{delta}{mark}")
        for change in r.changes:
            out.append(f"    {change.headline(lang)}")
    emit("\n".join(out))
    return EXIT_OK


# ---------------------------------------------------------------- compare


def _compare(args) -> int:
    from simulator.core.decimals import fmt
    from simulator.engine import NotApplicable
    from simulator.planning import compare_packs, compare_years
    from simulator.rules import PackError

    profile, problem = _load(args.profile)
    if problem:
        return _fail(problem)
    try:
        if args.years:
            comparison = compare_years(profile, args.city, *args.years)
        elif args.packs:
            if args.year is None:
                return _fail("--year: needed with --packs (the declaration year to score both in)")
            comparison = compare_packs(profile, _pack(args.packs[0]), _pack(args.packs[1]), args.year)
        else:
            return _fail("give --years YEAR_A YEAR_B, or --packs PACK_A PACK_B with --year")
    except (PackError, KeyError, LookupError, NotApplicable) as exc:
        return _fail(str(exc).strip("'\""))
    lang = args.lang
    a, b = comparison.before, comparison.after
    if args.json:
        emit_json(json_out.comparison_document(comparison))
        return EXIT_OK
    out = [
        f"{_L('compare', lang)}: {a.edition_name(lang)} {a.declaration_year} → {b.edition_name(lang)} {b.declaration_year}",
        f"{_L('total', lang)}: {fmt(a.total)} → {fmt(b.total)} ({_signed(comparison.delta)})",
    ]
    out.extend(f"! {n(lang)}" for n in comparison.notes)
    for q in comparison.qualification:
        out.append(f"! {q.name(lang)}: {q.reason(lang)}")
    out.append("")
    for change in comparison.indicators:
        mark = "*" if change.changed else " "
        out.append(f"{mark} {change.headline(lang)}")
        for reason in change.reasons:
            out.append(f"      {reason.text(lang)}")
    emit("\n".join(out))
    return EXIT_OK


# ---------------------------------------------------------------- batch and template


class _ProgressBar:
    """One line on stderr, redrawn in place; nothing when stderr is not a terminal."""

    WIDTH = 30

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.shown = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        total = max(total, 1)
        filled = int(self.WIDTH * min(done, total) / total)
        line = (
            f"\r{stage:8} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {100 * min(done, total) // total:3d}%  {done:,}/{total:,}"
        )
        if line != self.shown:
            sys.stderr.write(line)
            sys.stderr.flush()
            self.shown = line

    def close(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _batch(args) -> int:
    from simulator.batch import BatchFileError, BatchOptions, run_batch
    from simulator.rules import PackError, pack_for

    try:
        pack = _pack(args.pack) if args.pack else pack_for(args.city, args.year)
    except (PackError, KeyError, LookupError) as exc:
        return _fail(str(exc).strip("'\""))
    if not pack.applies_to(args.year):
        return _fail(f"--year: the {pack.pack.edition} rules do not apply to declaration year {args.year}")
    options = BatchOptions(
        pack, args.year, pdf=args.pdf, lang=args.lang, show_id=args.show_id, drop_after_cutoff=args.drop_after_cutoff
    )
    for name in (args.source, args.out):
        if "\x00" in name:
            return _fail(f"{name!r}: a file name cannot hold a NUL character")
    bar = _ProgressBar(not args.quiet and not args.json)
    try:
        result = run_batch(args.source, args.out, options, workers=args.workers, progress=bar, replace=args.force)
    except BatchFileError as exc:
        bar.close()
        return _fail(str(exc))
    except KeyboardInterrupt:
        bar.close()
        print("cancelled: nothing written", file=sys.stderr)
        return 130
    bar.close()
    source = Path(args.source).name
    # every problem names the file, the row, the column and the value found; the first few on stderr, all in errors.csv
    for problem in result.problems[:PROBLEMS_SHOWN]:
        value = f", value {problem.value!r}" if problem.value and repr(problem.value) not in problem.message else ""
        where = f"row {problem.row}" + (f" ({problem.applicant_id})" if problem.applicant_id else "")
        _fail(f"{source}: {where}, column {problem.column}{value}: {problem.message}", EXIT_FAILED)
    if len(result.problems) > PROBLEMS_SHOWN:
        _fail(
            f"{source}: {len(result.problems) - PROBLEMS_SHOWN:,} more problems in {Path(args.out) / 'errors.csv'}", EXIT_FAILED
        )
    say = Phrasebook(args.lang)
    if args.show_id:
        print(say("cli_batch_full_ids"), file=sys.stderr)
    code = EXIT_FAILED if result.problems else EXIT_OK
    if args.json:
        emit_json(json_out.batch_document(result, options, source))
        return code
    qualified = sum(1 for r in result.rows if r.qualified)
    out = [
        say(
            "cli_batch_done",
            scored=len(result.rows),
            qualified=qualified,
            problems=result.rows_with_problems,
            seconds=result.seconds,
        )
    ]
    out += [f"  {path}" for path in result.files]
    if args.pdf:
        out.append("  " + say("cli_batch_pdfs", count=result.pdfs, folder=Path(args.out) / "pdf"))
    if result.problems:
        out.append(say("cli_batch_see_errors", file=Path(args.out) / "errors.csv"))
    emit("\n".join(out))
    return code


PROBLEMS_SHOWN = 10


def _template(args) -> int:
    from simulator import cities
    from simulator.batch import write_template

    problem = output_problem(args.out, args.force, "template", " (it may hold filled-in rows)")
    if problem:
        return _fail(problem)
    path = Path(args.out)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        return _fail(f"{path.name}: the template is written as .xlsx or .csv")
    city = cities.get(args.city)
    if city.batch is None:
        return _fail(f"--city: {city.name.en} has no batch layout")
    existed = os.path.lexists(path)
    try:
        write_template(path, city.batch)
    except OSError as exc:
        return _fail(f"cannot write {path}: {exc.strerror or exc}")
    if args.json:
        from simulator.engine.serialize import envelope, text

        emit_json(envelope("template", file=str(path), city=city.id, city_name=text(city.name), replaced=existed))
        return EXIT_OK
    say = Phrasebook(args.lang)
    emit(say("cli_template_written", file=path, city=city.name(args.lang)) + (say("cli_template_replaced") if existed else ""))
    return EXIT_OK
