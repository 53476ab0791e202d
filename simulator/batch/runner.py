"""Scoring a whole spreadsheet: every good row scored and ranked, every bad row reported, nothing stops early.

Outputs, in the chosen folder:
  summary.csv    one line per scored applicant, ranked; stable English column ids (for scripts and re-import)
  summary.xlsx   the same ranking with headers in the chosen language, and an "about" sheet (rules, year, counts)
  errors.csv     one line per problem: row, applicant_id, column, problem (header only when there are none)
  pdf/<applicant_id>.pdf   with pdf=True: the worksheet of each scored applicant

Ranking: applicants who meet every condition come first, by total, highest first; equal totals share a rank
(as in the official lists, where the same score is treated the same) and keep the order of the input file.
Applicants who miss a condition follow, in the same order, without a rank: their totals are what-ifs.

Rows are parsed and scored in chunks, in worker processes when the file is large; only a compact line per
applicant is kept, so memory does not grow with the derivations.
"""

from __future__ import annotations

import csv
import gc
import io
import os
import re
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from decimal import Decimal
from multiprocessing import get_context
from pathlib import Path
from typing import Callable

from simulator.batch.reader import BatchFileError, RowParser, RowProblem, open_sheet, read_block
from simulator.batch.xlsx import Rendered, Sheet, escape_text, row_template, write_xlsx
from simulator.engine import INDICATOR_IDS, NotApplicable, evaluate
from simulator.engine.decimals import fmt
from simulator.identity import mask_id
from simulator.rules.model import RulePack

CHUNK_ROWS = 2000
PARALLEL_FROM_ROWS = 4000  # below this, starting worker processes costs more than it saves

# progress(stage, done, total): stage is "scoring" or "writing"; total may be an estimate while scoring.
Progress = Callable[[str, int, int], None]

CSV_COLUMNS = ("rank", "row", "applicant_id", "name", "id_number", "qualified", "unmet_conditions", "total", *INDICATOR_IDS)
HEADINGS = {
    "zh": ("排名", "行号", "编号", "姓名", "身份证号", "符合申请条件", "未满足的条件", "总分"),
    "en": ("Rank", "Row", "Applicant", "Name", "ID number", "Qualified", "Conditions not met", "Total"),
}
YES_NO = {"zh": ("是", "否"), "en": ("yes", "no")}
ERROR_COLUMNS = ("row", "applicant_id", "column", "problem")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    pack: RulePack
    year: int
    pdf: bool = False
    lang: str = "zh"
    show_id: bool = False
    drop_after_cutoff: bool = False


@dataclass(slots=True)
class ScoredRow:
    row: int
    applicant_id: str
    name: str
    id_shown: str
    qualified: bool
    unmet: tuple[str, ...]  # ids of the conditions not met
    total: Decimal
    # The indicators' points as the engine gave them, "57.25,15.83,…" in INDICATOR_IDS order: text crosses from
    # a worker process several times faster than Decimals do. `points` reads them.
    points_text: str
    # The row's summary lines without the rank, rendered where it was scored (in parallel): the CSV line after
    # "rank," and the workbook cells from column B on (see xlsx.Rendered).
    csv_tail: bytes = b""
    xlsx_tail: bytes = b""

    @property
    def points(self) -> tuple[Decimal, ...]:
        return tuple(Decimal(p) for p in self.points_text.split(","))


@dataclass(slots=True)
class BatchResult:
    source: Path
    out_dir: Path
    year: int
    rows: list[ScoredRow] = field(default_factory=list)  # ranked
    ranks: list[int | None] = field(default_factory=list)  # parallel to rows
    problems: list[RowProblem] = field(default_factory=list)  # by row number
    rows_read: int = 0
    files: list[Path] = field(default_factory=list)
    pdfs: int = 0
    # The indicators' names as the engine gives them, (zh, en) in INDICATOR_IDS order; empty if nobody was scored.
    indicator_names: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def rows_with_problems(self) -> int:
        return len({p.row for p in self.problems if p.column != "pdf"})


# ---------------------------------------------------------------- scoring (in this process or a worker)


class _Scorer:
    def __init__(self, header: list[str], options: BatchOptions, out_dir: Path, source: str, text_cells: bool = False):
        self.parser = RowParser(
            header, options.pack, options.year, drop_after_cutoff=options.drop_after_cutoff, source=source, text_cells=text_cells
        )
        self.options = options
        self.pdf_dir = out_dir / "pdf"
        self.names: tuple | None = None  # the indicators' names, from the engine's first result

    def score(self, chunk: list[tuple[int, list]]) -> tuple[list[tuple], list[tuple], int, tuple | None]:
        # The objects made for a row (profile, evaluation) are freed as soon as the row is done; the cyclic
        # collector would only re-walk everything still alive, over and over. It runs once after each chunk.
        gc.disable()
        try:
            return self._score(chunk)
        finally:
            gc.enable()

    def _score(self, chunk: list[tuple[int, list]]) -> tuple[list[tuple], list[tuple], int, tuple | None]:
        opts = self.options
        scored, problems, pdfs = [], [], 0
        for number, cells in chunk:
            parsed = self.parser.parse(number, cells)
            if parsed is None:
                continue
            if parsed.profile is None:
                problems.extend((p.row, p.applicant_id, p.column, p.message) for p in parsed.problems)
                continue
            profile = parsed.profile
            try:
                result = evaluate(profile, opts.pack, opts.year, compare_lines=bool(opts.pdf))
            except NotApplicable as exc:
                problems.append((number, parsed.applicant_id, "(row)", str(exc)))
                continue
            if self.names is None:
                self.names = tuple((i.name.zh, i.name.en) for i in result.indicators)
            unmet = tuple(c.id for c in result.qualification if not c.met)
            shown = profile.id_number if opts.show_id else mask_id(profile.id_number)
            points = tuple(i.points for i in result.indicators)
            line = (number, parsed.applicant_id, profile.name, shown, result.qualified, unmet, result.total, points)
            # Numbers travel back as text (see ScoredRow.points_text), with the row's summary lines rendered.
            scored.append((*line[:6], str(result.total), ",".join(map(str, points)), self._csv_tail(line), self._xlsx_tail(line)))
            if opts.pdf:
                problem = _write_pdf(result, profile, self.pdf_dir / pdf_name(parsed.applicant_id, number), opts)
                if problem:
                    problems.append((number, parsed.applicant_id, "pdf", problem))
                else:
                    pdfs += 1
        return scored, problems, pdfs, self.names

    def _csv_tail(self, line: tuple) -> bytes:
        number, applicant_id, name, shown, qualified, unmet, total, points = line
        texts = (_csv_field(applicant_id), _csv_field(name), _csv_field(shown))
        return (
            f"{number},{texts[0]},{texts[1]},{texts[2]},{'yes' if qualified else 'no'},{';'.join(unmet)},"
            f"{fmt(total)},{','.join(map(fmt, points))}\r\n"
        ).encode("utf-8")

    def _xlsx_tail(self, line: tuple) -> bytes:
        number, applicant_id, name, shown, qualified, unmet, total, points = line
        yes, no = YES_NO[self.options.lang if self.options.lang in YES_NO else "en"]
        texts = (escape_text(applicant_id), escape_text(name), escape_text(shown), yes if qualified else no, ";".join(unmet))
        return _XLSX_TAIL.format(number, *texts, total, *points).encode("utf-8")


# Columns B onwards of a summary row: row, applicant_id, name, ID, qualified, unmet (text), total, the ten indicators.
_XLSX_TAIL = row_template("i" + "sssss" + "d" + "d" * len(INDICATOR_IDS), first_column=1)


def _csv_field(text: str) -> str:
    """A CSV field as the csv module writes it (quoted only when it must be)."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_pdf(result, profile, path: Path, opts: BatchOptions) -> str:
    try:
        from simulator.worksheet import export_pdf  # reportlab only when PDFs are asked for

        export_pdf(result, profile, path, lang=opts.lang, show_id=opts.show_id)
    except OSError as exc:
        return f"cannot write {path.name}: {exc.strerror or exc}"
    except Exception as exc:  # a worksheet that fails must not stop the batch; the row is still scored
        return f"the worksheet could not be made ({type(exc).__name__}: {exc})"
    return ""


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def pdf_name(applicant_id: str, row: int) -> str:
    """The applicant number as a file name; one that had to be changed gets its row number added."""
    safe = _UNSAFE.sub("_", applicant_id).strip("._") or "row"
    return f"{safe}.pdf" if safe == applicant_id else f"{safe}-row{row}.pdf"


_WORKER: _Scorer | None = None


def _portable(options: BatchOptions) -> tuple:
    """The options as plain data a new process can take: a rule pack travels as its class and its values."""
    pack = options.pack
    return replace(options, pack=None), type(pack), pack.model_dump()


def _start_worker(header, portable, out_dir, source, text_cells) -> None:
    global _WORKER
    options, pack_class, pack_data = portable
    options = replace(options, pack=pack_class.model_validate(pack_data))
    _WORKER = _Scorer(header, options, out_dir, source, text_cells)
    gc.freeze()  # what is loaded by now (modules, schemas, the pack) lives as long as the worker: never re-walk it


def _score_in_worker(chunk):
    return _WORKER.score(chunk)


def _score_block_in_worker(block):
    return _WORKER.score(read_block(block))


def _drop_repeated_ids(scored: list[tuple], problems: list[tuple]) -> None:
    """An applicant number used again: the first row keeps it; each later row is reported instead of scored."""
    first: dict[str, int] = {}
    for row, applicant_id in sorted({(s[0], s[1]) for s in scored} | {(p[0], p[1]) for p in problems}):
        if applicant_id:
            first.setdefault(applicant_id, row)
    repeated = {s[0]: s[1] for s in scored if s[1] and first[s[1]] != s[0]}
    repeated.update({p[0]: p[1] for p in problems if p[1] and first[p[1]] != p[0]})
    if not repeated:
        return
    scored[:] = [s for s in scored if s[0] not in repeated]
    problems[:] = [p for p in problems if p[0] not in repeated]
    problems.extend((row, i, "applicant_id", f"{i!r} is already used on row {first[i]}") for row, i in repeated.items())


# ---------------------------------------------------------------- the run


def run_batch(
    source: Path | str,
    out_dir: Path | str,
    options: BatchOptions,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Score every row of `source` and write the summary files into `out_dir`. Raises BatchFileError when the
    file cannot be used at all; when `cancelled()` turns true, stops and writes nothing."""
    started = time.perf_counter()
    source, out_dir = Path(source), Path(out_dir)
    progress = progress or (lambda stage, done, total: None)
    cancelled = cancelled or (lambda: False)
    sheet = open_sheet(source)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        if options.pdf:
            (out_dir / "pdf").mkdir(exist_ok=True)
    except OSError as exc:
        sheet.close()
        raise BatchFileError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from None
    try:
        scorer = _Scorer(sheet.header, options, out_dir, source.name, sheet.text_cells)  # checks the header before any work
    except BatchFileError:
        sheet.close()
        raise
    result = BatchResult(source, out_dir, options.year)
    total = sheet.estimated_rows
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM_ROWS else 1

    seen_ids: dict[str, int] = {}
    skipped = [0]
    scored: list[tuple] = []
    problems: list[tuple] = []

    def chunks():
        chunk = []
        for number, cells in sheet.rows:
            applicant_id = scorer.parser.applicant_id(cells) if len(cells) > scorer.parser.id_index else ""
            if applicant_id:
                first = seen_ids.setdefault(applicant_id, number)
                if first != number:
                    problems.append((number, applicant_id, "applicant_id", f"{applicant_id!r} is already used on row {first}"))
                    skipped[0] += 1  # read, reported, and counted as done
                    continue
            chunk.append((number, cells))
            if len(chunk) >= CHUNK_ROWS:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    names: list = []

    def collect(outcome) -> None:
        rows, found, pdfs, indicator_names = outcome
        if indicator_names and not names:
            names.extend(indicator_names)
        scored.extend(rows)
        problems.extend(found)
        result.pdfs += pdfs

    done = 0
    progress("scoring", 0, total)
    pool = _start_pool(workers, (sheet.header, _portable(options), out_dir, source.name, sheet.text_cells)) if workers > 1 else None
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
            jobs = ((_score_block_in_worker, block, block.rows) for block in sheet.blocks(CHUNK_ROWS))
            done = _score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped)
            result.cancelled = done < 0
            _drop_repeated_ids(scored, problems)
        else:
            jobs = ((_score_in_worker, chunk, len(chunk)) for chunk in chunks())
            done = _score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped)
            result.cancelled = done < 0
        sheet.close()
        if result.cancelled or cancelled():
            result.cancelled = True
            result.seconds = time.perf_counter() - started
            return result
        _rank_and_write(result, scored, problems, names, options, progress)
    finally:
        sheet.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    result.seconds = time.perf_counter() - started
    return result


def _rank_and_write(result: BatchResult, scored: list[tuple], problems: list[tuple], names, options: BatchOptions, progress) -> None:
    result.indicator_names = list(names)
    result.rows_read = len(scored) + len({p[0] for p in problems if p[2] != "pdf"})
    rows = [ScoredRow(n, a, name, shown, q, unmet, Decimal(total), *rest) for n, a, name, shown, q, unmet, total, *rest in scored]
    scored.clear()
    rows.sort(key=lambda r: (not r.qualified, -r.total, r.row))
    result.rows = rows
    result.ranks = _ranks(result.rows)
    result.problems = sorted((RowProblem(*p) for p in problems), key=lambda p: (p.row, p.column))
    progress("writing", 0, 3)
    result.files = _write_outputs(result, options, names)
    progress("writing", 3, 3)


def _process_context():
    """Forking starts a worker at once, with everything already imported; it is safe only in a process with one
    thread, so not beside Qt's. Elsewhere (the batch window, Windows, macOS) workers are spawned afresh."""
    import sys
    import threading

    if sys.platform == "linux" and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules:
        return get_context("fork")
    return get_context("spawn")


def _start_pool(workers: int, worker_args: tuple) -> ProcessPoolExecutor | None:
    """Worker processes, or None when they cannot start (a frozen program without multiprocessing's start-up
    support, a system that refuses new processes): the batch is then scored in this process, only slower."""
    pool = ProcessPoolExecutor(workers, mp_context=_process_context(), initializer=_start_worker, initargs=worker_args)
    try:
        pool.submit(_ping).result()
    except (BrokenProcessPool, RuntimeError, OSError):
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool


def _ping() -> bool:
    return _WORKER is not None


def _score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped) -> int:
    """Keeps at most two jobs (function, chunk, rows) a worker in flight, so reading never runs far ahead."""
    done = 0
    pending = {}
    feed = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < workers * 2:
            job = next(feed, None)
            if job is None:
                exhausted = True
                break
            function, chunk, rows = job
            pending[pool.submit(function, chunk)] = rows
        if not pending:
            break
        finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        for future in finished:
            collect(future.result())
            done += pending.pop(future)
            progress("scoring", done + skipped[0], max(total, done + skipped[0]))
        if cancelled():
            for future in pending:
                future.cancel()
            return -1
    return done


def _ranks(rows: list[ScoredRow]) -> list[int | None]:
    """Competition ranking among the qualified (1, 2, 2, 4); no rank for the others."""
    ranks: list[int | None] = []
    previous_total = None
    rank = 0
    for position, row in enumerate(rows, start=1):
        if not row.qualified:
            ranks.append(None)
            continue
        if row.total != previous_total:
            rank, previous_total = position, row.total
        ranks.append(rank)
    return ranks


# ---------------------------------------------------------------- writing


def _replace(path: Path, write: Callable[[Path], None]) -> Path:
    """Write beside the target and rename: a summary is whole or absent, never half written."""
    partial = path.with_name(f".{path.name}.part")
    try:
        write(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def _write_outputs(result: BatchResult, options: BatchOptions, names: list[tuple[str, str]]) -> list[Path]:
    out = result.out_dir

    def summary_csv(path: Path) -> None:
        with open(path, "wb") as handle:
            header = io.StringIO()
            csv.writer(header).writerow(CSV_COLUMNS)
            # The byte-order mark makes Excel open the Chinese text as UTF-8.
            handle.write(b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
            lines = []
            for rank, row in zip(result.ranks, result.rows):
                lines.append(b"," + row.csv_tail if rank is None else b"%d,%b" % (rank, row.csv_tail))
                if len(lines) >= 5000:
                    handle.write(b"".join(lines))
                    lines.clear()
            handle.write(b"".join(lines))

    def errors_csv(path: Path) -> None:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(ERROR_COLUMNS)
            writer.writerows((p.row, p.applicant_id, p.column, p.message) for p in result.problems)

    def summary_xlsx(path: Path) -> None:
        # Rows are produced as the file is written: the whole cohort is never held twice.
        write_xlsx(
            path,
            [
                Sheet("summary" if options.lang == "en" else "排名", _xlsx_rows(result, options, names), _WIDTHS),
                Sheet("about", _about_rows(result, options), (28, 80)),
            ],
        )

    return [
        _replace(out / "summary.csv", summary_csv),
        _replace(out / "summary.xlsx", summary_xlsx),
        _replace(out / "errors.csv", errors_csv),
    ]


_WIDTHS = (6, 7, 12, 12, 22, 8, 24, 9) + (10,) * len(INDICATOR_IDS)


def _xlsx_rows(result: BatchResult, options: BatchOptions, names: list[tuple[str, str]]):
    lang = options.lang if options.lang in HEADINGS else "en"
    yield (*HEADINGS[lang], *((zh if lang == "zh" else en) for zh, en in names or [(i, i) for i in INDICATOR_IDS]))
    for rank, row in zip(result.ranks, result.rows):
        yield Rendered((rank,), row.xlsx_tail)


def _about_rows(result: BatchResult, options: BatchOptions):
    info = options.pack.pack
    qualified = sum(1 for r in result.rows if r.qualified)
    yield ("item", "value")
    yield ("source file", result.source.name)
    yield ("declaration year", result.year)
    yield ("rules", f"{info.name.zh} / {info.name.en} ({info.id}, data {info.data_version}, {options.pack.content_hash})")
    yield ("applicants scored", len(result.rows))
    yield ("of whom qualified", qualified)
    yield ("rows with problems", result.rows_with_problems)
    yield ("ranking", "Qualified applicants by total, highest first; equal totals share a rank and keep the input order. "
                      "Applicants missing a condition follow without a rank (their totals are what-ifs).")
    yield ("note", "An estimate computed by Points Simulator; the official system's result prevails. 本测算仅供参考，以官方系统结果为准。")
