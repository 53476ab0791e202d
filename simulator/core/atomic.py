"""Writing a file so that it appears whole or not at all: write a temporary file beside it, flush it to disk,
then rename it over the target. A crash or a full disk never leaves half a file; OSError reaches the caller.
Files that belong together (a batch's summaries) are replaced together: all of them, or none."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path | str, data: bytes | str) -> None:
    with atomic_output(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_outputs(paths: list[Path]) -> Iterator[list[BinaryIO]]:
    """Binary files to write several `paths` through, each as `atomic_output` makes it. None is put in place
    before every one is written, on disk and closed (Windows renames no open file); then the files there are
    moved aside, the new ones moved in, and the old ones removed. A failure at any step (a full disk, a target
    held open by another program) puts back what was moved: every target is as it was."""
    made: list[tuple[str, BinaryIO]] = []
    try:
        for path in paths:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
            made.append((tmp, os.fdopen(fd, "w+b")))
        yield [handle for _, handle in made]
        for _, handle in made:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        _swap_in([tmp for tmp, _ in made], paths)
    finally:
        for tmp, handle in made:
            with suppress(OSError):  # a full disk fails again as the buffer is flushed: the file goes all the same
                handle.close()
            with suppress(OSError):  # moved in already
                os.unlink(tmp)


def _swap_in(new: list[str], paths: list[Path]) -> None:
    """Each new file renamed over its target, all or none: the old targets are moved aside first."""
    aside: list[tuple[str, Path]] = []  # (where an old target waits, the target)
    placed: list[Path] = []
    try:
        for path in paths:
            if os.path.lexists(path):
                fd, spare = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent or ".")
                os.close(fd)  # a name of our own beside the target, for the old file to wait under
                try:
                    os.replace(path, spare)
                except BaseException:
                    with suppress(OSError):
                        os.unlink(spare)
                    raise
                aside.append((spare, path))
        for tmp, path in zip(new, paths):
            os.replace(tmp, path)
            placed.append(path)
    except BaseException:
        had_one = {target for _, target in aside}
        for path in placed:  # the targets that had none before are removed again
            if path not in had_one:
                with suppress(OSError):
                    os.unlink(path)
        for spare, path in aside:
            with suppress(OSError):
                os.replace(spare, path)
        raise
    for spare, _ in aside:
        with suppress(OSError):
            os.unlink(spare)


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: a temporary file created safely in the target folder (a random
    name, created exclusively and owner-only, never following a link planted there), renamed over `path` once
    the block ends without an error, removed otherwise. A link at `path` itself is replaced, never written
    through. The file is readable by its owner only."""
    with atomic_outputs([Path(path)]) as (handle,):
        yield handle
