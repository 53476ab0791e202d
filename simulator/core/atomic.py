"""Writing a file so that it appears whole or not at all: write a temporary file beside it, flush it to disk,
then rename it over the target. A crash or a full disk never leaves half a file; OSError reaches the caller.
Files that belong together (a batch's summaries) are replaced together: all of them, or none."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path | str, data: bytes | str) -> None:
    with atomic_output(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_outputs(paths: list[Path]) -> Iterator[list[BinaryIO]]:
    """Binary files to write several `paths` through, each as `atomic_output` makes it; none is renamed over its
    target before every one is written, on disk and closed (Windows renames no open file), so a failure in any
    leaves every target as it was."""
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
        for (tmp, _), path in zip(made, paths):
            os.replace(tmp, path)
    except BaseException:
        for tmp, handle in made:
            handle.close()
            try:
                os.unlink(tmp)
            except OSError:  # renamed already, or never made
                pass
        raise


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: a temporary file created safely in the target folder (a random
    name, created exclusively and owner-only, never following a link planted there), renamed over `path` once
    the block ends without an error, removed otherwise. A link at `path` itself is replaced, never written
    through. The file is readable by its owner only."""
    with atomic_outputs([Path(path)]) as (handle,):
        yield handle
