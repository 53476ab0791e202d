"""Scoring a whole spreadsheet: every good row scored and ranked, every bad row reported, nothing stops early.

Outputs, in the chosen folder (simulator.batch.summary):
  summary.csv    one line per scored applicant, ranked; stable English column ids (for scripts and re-import)
  summary.xlsx   the same ranking with headers in the chosen language, and an "about" sheet (rules, year, counts)
  errors.csv     one line per problem: row, applicant_id, column, problem (header only when there are none)
  pdf/<applicant_id>.pdf   with pdf=True: the worksheet of each scored applicant (a number that is not a safe
                           file name on every system, or one already used, gets its row: A_1-row7.pdf)

The columns read are those of the city of the rules chosen (its layout, simulator/cities/<city>/batch.py); the
summary has one column per indicator of that edition. Rows are parsed and scored in chunks, in worker processes
when the file is large (simulator.batch.pool); only a compact line per applicant is kept, so memory does not grow
with the derivations.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from itertools import chain
from pathlib import Path

from simulator.batch.file_names import NameBook
from simulator.batch.pool import portable, score_block, score_chunk, score_in_workers, start_pool
from simulator.batch.rows import RowProblem
from simulator.batch.scorer import BatchOptions, Scorer
from simulator.batch.sheets import BatchFileError, open_sheet
from simulator.batch.summary import BatchResult, ScoredRow, rank_rows, scored_row, write_outputs
from simulator.core.collector import collector_paused

CHUNK_ROWS = 2000
PARALLEL_FROM_ROWS = 4000  # below this, starting worker processes costs more than it saves
# A worksheet takes a quarter of a second, a thousand times a row's score: with PDFs, small chunks keep every
# worker busy to the end, the progress moving and a cancel heard within seconds, and workers pay from a few rows.
PDF_CHUNK_ROWS = 10
PARALLEL_FROM_PDFS = 8

# progress(stage, done, total): stage is "scoring" or "writing"; total may be an estimate while scoring.
Progress = Callable[[str, int, int], None]


def _drop_repeated_ids(scored: list[ScoredRow], problems: list[tuple]) -> None:
    """An applicant number used again: the first row keeps it; each later row is reported instead of scored."""
    first: dict[str, int] = {}
    rows_of_id: set[int] = set()  # a row with several problems is one row
    for row, applicant_id in chain(((s.row, s.applicant_id) for s in scored), ((p[0], p[1]) for p in problems)):
        if applicant_id:
            rows_of_id.add(row)
            if first.get(applicant_id, row) >= row:
                first[applicant_id] = row
    if len(first) == len(rows_of_id):  # every number on one row only: the usual case
        return
    repeated = {s.row: s.applicant_id for s in scored if s.applicant_id and first[s.applicant_id] != s.row}
    repeated.update({p[0]: p[1] for p in problems if p[1] and first[p[1]] != p[0]})
    if not repeated:
        return
    scored[:] = [s for s in scored if s.row not in repeated]
    problems[:] = [p for p in problems if p[0] not in repeated]
    problems.extend((row, i, "applicant_id", f"{i!r} is already used on row {first[i]}", i) for row, i in repeated.items())


OUTPUT_NAMES = ("summary.csv", "summary.xlsx", "errors.csv")


def existing_outputs(out_dir: Path | str, pdf: bool = False) -> list[Path]:
    """The files of an earlier batch in `out_dir` that a new one would replace (the command line asks for
    --force before it does): the summary files, and with PDFs the worksheets folder when it holds any."""
    out_dir = Path(out_dir)
    found = [out_dir / name for name in OUTPUT_NAMES if os.path.lexists(out_dir / name)]
    worksheets = out_dir / "pdf"
    if pdf and worksheets.is_dir() and not worksheets.is_symlink() and any(worksheets.iterdir()):
        found.append(worksheets)
    return found


def run_batch(
    source: Path | str,
    out_dir: Path | str,
    options: BatchOptions,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    replace: bool = True,
) -> BatchResult:
    """Score every row of `source` and write the summary files into `out_dir`. Raises BatchFileError when the
    file cannot be used at all, or, with `replace=False` (the command line without --force), when `out_dir` holds
    the outputs of an earlier batch; when `cancelled()` turns true, stops and writes nothing."""
    started = time.perf_counter()
    source, out_dir = Path(source), Path(out_dir)
    progress = progress or (lambda stage, done, total: None)
    cancelled = cancelled or (lambda: False)
    sheet = open_sheet(source)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        if options.pdf:
            if (out_dir / "pdf").is_symlink():  # the worksheets go where the folder is, not where a link points
                sheet.close()
                raise BatchFileError(f"{out_dir / 'pdf'}: is a link; the worksheets are written only into a real folder")
            (out_dir / "pdf").mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        sheet.close()
        raise BatchFileError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from None
    try:
        scorer = Scorer(sheet.header, options, out_dir, source.name, sheet.text_cells)  # checks the header before any work
        found = [] if replace else existing_outputs(out_dir, options.pdf)
        if found:
            names = ", ".join(path.name + ("/" if path.is_dir() else "") for path in found)
            raise BatchFileError(
                f"{out_dir}: holds the outputs of an earlier batch ({names}); give --force to replace them, or another folder"
            )
    except BatchFileError:
        sheet.close()
        raise
    city = options.city
    indicators = city.indicators_of(options.pack)
    result = BatchResult(source, out_dir, options.year, tuple(i.id for i in indicators), [i.name for i in indicators])
    total = sheet.estimated_rows
    if workers is None:
        enough = total >= (PARALLEL_FROM_PDFS if options.pdf else PARALLEL_FROM_ROWS)
        workers = min(os.cpu_count() or 1, 4) if enough else 1
    chunk_rows = PDF_CHUNK_ROWS if options.pdf else CHUNK_ROWS

    seen_ids: dict[str, int] = {}
    pdf_names = NameBook(".pdf") if options.pdf else None  # one name a worksheet, unique on every system
    skipped = [0]
    scored: list[ScoredRow] = []
    problems: list[tuple] = []

    def chunks():
        chunk = []
        for number, cells in sheet.rows:
            applicant_id = scorer.parser.applicant_id(cells) if len(cells) > scorer.parser.id_index else ""
            if applicant_id:
                first = seen_ids.setdefault(applicant_id, number)
                if first != number:
                    problems.append(
                        (number, applicant_id, "applicant_id", f"{applicant_id!r} is already used on row {first}", applicant_id)
                    )
                    skipped[0] += 1  # read, reported, and counted as done
                    continue
            chunk.append((number, cells) if pdf_names is None else (number, cells, pdf_names.name(applicant_id, number)))
            if len(chunk) >= chunk_rows:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def collect(outcome) -> None:
        rows, found, pdfs = outcome
        scored.extend(map(scored_row, rows))
        problems.extend(found)
        result.pdfs += pdfs

    done = 0
    progress("scoring", 0, total)
    worker_args = (sheet.header, portable(options), out_dir, source.name, sheet.text_cells)
    pool = start_pool(workers, worker_args, worksheets=options.pdf) if workers > 1 else None
    try:
        if pool is None:
            for chunk in chunks():
                if cancelled():
                    result.cancelled = True
                    break
                collect(scorer.score(chunk))
                done += len(chunk)
                progress("scoring", done + skipped[0], max(total, done + skipped[0]))
        elif sheet.blocks is not None and not options.pdf:
            # Workers read their own blocks of the CSV file; applicant numbers used twice are found afterwards
            # (with PDFs the check must come first: a repeated number would overwrite a worksheet).
            jobs = ((score_block, block, block.rows) for block in sheet.blocks(CHUNK_ROWS))
            with collector_paused():  # 130,000 rows collected here, and no cycles among them
                done = score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped)
            result.cancelled = done < 0
            _drop_repeated_ids(scored, problems)
        else:
            jobs = ((score_chunk, chunk, len(chunk)) for chunk in chunks())
            done = score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped)
            result.cancelled = done < 0
        sheet.close()
        if result.cancelled or cancelled():
            result.cancelled = True
            result.seconds = time.perf_counter() - started
            return result
        try:
            with collector_paused():  # 130,000 summary rows made and sorted: nothing to collect among them
                _rank_and_write(result, scored, problems, options, progress)
        except OSError as exc:  # a full disk, a folder made read-only meanwhile: nothing half written (core.atomic)
            raise BatchFileError(f"{out_dir}: cannot write the summary files ({exc.strerror or exc})") from None
    finally:
        sheet.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    result.seconds = time.perf_counter() - started
    return result


def _rank_and_write(result: BatchResult, scored: list[ScoredRow], problems: list[tuple], options: BatchOptions, progress) -> None:
    result.rows_read = len(scored) + len({p[0] for p in problems if p[2] != "pdf"})
    result.rows, result.ranks = rank_rows(scored)
    result.problems = sorted((RowProblem(*p) for p in problems), key=lambda p: (p.row, p.column))
    progress("writing", 0, 3)
    result.files = write_outputs(result, options)
    progress("writing", 3, 3)
