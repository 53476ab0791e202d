"""Worker processes for large batches: each builds its own scorer once (the rule pack travels as plain data) and
scores the chunks it is given; at most two chunks a worker are in flight, so reading never runs far ahead."""

from __future__ import annotations

import gc
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from multiprocessing import get_context

from simulator.batch.scorer import BatchOptions, Scorer
from simulator.batch.sheets import read_block

_WORKER: Scorer | None = None


def portable(options: BatchOptions) -> tuple:
    """The options as plain data a new process can take: a rule pack travels as its class and its values, its
    city as the module that defines it (a spawned worker registers a city that is not built in)."""
    pack = options.pack
    return replace(options, pack=None), options.city.module, type(pack), pack.model_dump()


def _start_worker(header, portable_options, out_dir, source, text_cells) -> None:
    global _WORKER
    options, city_module, pack_class, pack_data = portable_options
    from simulator import cities

    if city_module and pack_data["pack"]["formula"] not in cities.ids():
        from importlib import import_module

        cities.register(import_module(city_module).CITY)
    options = replace(options, pack=pack_class.model_validate(pack_data))
    _WORKER = Scorer(header, options, out_dir, source, text_cells)
    gc.freeze()  # what is loaded by now (modules, schemas, the pack) lives as long as the worker: never re-walk it


def score_chunk(chunk):
    return _WORKER.score(chunk)


def score_block(block):
    return _WORKER.score(read_block(block))


def _ping() -> bool:
    return _WORKER is not None


def _process_context():
    """Forking starts a worker at once, with everything already imported; it is safe only in a process with one
    thread, so not beside Qt's. Elsewhere (the batch window, Windows, macOS) workers are spawned afresh."""
    if sys.platform == "linux" and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules:
        return get_context("fork")
    return get_context("spawn")


def start_pool(workers: int, worker_args: tuple, worksheets: bool = False) -> ProcessPoolExecutor | None:
    """Worker processes, or None when they cannot start (a frozen program without multiprocessing's start-up
    support, a system that refuses new processes): the batch is then scored in this process, only slower.
    `worksheets`: the workers make PDFs."""
    context = _process_context()
    if worksheets and context.get_start_method() == "fork":
        # The worksheet's modules and its 5 MB font, loaded once here: the forked workers share them (copy on write)
        # instead of each importing reportlab and parsing the font again.
        from simulator.worksheet import export_pdf  # noqa: F401
        from simulator.worksheet.fonts import register_fonts

        register_fonts()
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=worker_args)
    try:
        pool.submit(_ping).result()
    except (BrokenProcessPool, RuntimeError, OSError):
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool


def score_in_workers(pool, workers, jobs, collect, progress, total, cancelled, skipped) -> int:
    """Keeps at most two jobs (function, chunk, rows) a worker in flight; returns the rows done, -1 if cancelled."""
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
