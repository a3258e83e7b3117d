"""`claimcheck check --jobs N`: the articles of a run checked in a pool of N processes, one article per task.

Tasks are handed out a few at a time ahead of the results (never the whole list at once, so that a run over
an archive holds a bounded number of articles in flight), and results are yielded in input order, so the
report is byte-identical to a run in one process. On Linux the workers are forked: before forking, this
process checks one article of each language among the first few, so that the workers start with those
languages' tables compiled; elsewhere they are spawned, and each compiles the tables of the languages it
meets once, like a one-process run.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.engine import Options
    from validator.stream import FileResult, Run

AHEAD = 4  # tasks in flight per worker

_options: Options | None = None
_base: str | None = None
_policy: str = "all"
_known: dict[str, set[tuple[str, str]]] = {}
_debug: list[tuple[str, str | None]] | None = None  # `claimcheck --debug`: the worker's records, sent back


class _Keep(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        assert _debug is not None
        exc = logging.Formatter().formatException(record.exc_info) if record.exc_info else record.exc_text
        _debug.append((record.getMessage(), exc))


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _init(options: Options, base: str, policy: str, known: dict[str, set[tuple[str, str]]], level: int) -> None:
    global _options, _base, _policy, _known, _debug
    _options, _base, _policy, _known = options, base, policy, known
    log = logging.getLogger("claimcheck")
    log.handlers.clear()
    if level <= logging.DEBUG:
        _debug = []
        log.addHandler(_Keep())
        log.setLevel(level)
        log.propagate = False


def _task(index: int, path: str) -> tuple[FileResult, list[tuple[str, str | None]]]:
    from validator.stream import check_article

    assert _options is not None
    result = check_article(path, _options, index, _base, _policy, _known)
    records = list(_debug) if _debug else []
    if _debug:
        _debug.clear()
    return result, records


def _replay(records: list[tuple[str, str | None]]) -> None:
    """A worker's debug records, logged here (its stderr may not be ours)."""
    log = logging.getLogger("claimcheck")
    for message, exc in records:
        record = log.makeRecord(log.name, logging.DEBUG, __file__, 0, message, (), None)
        record.exc_text = exc
        log.handle(record)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _warm(run: Run, todo: list[int], peek: int) -> dict[int, FileResult]:
    """Before forking: one article of each language among the first `peek` checked here, so that the workers
    start with those languages' tables compiled (a few seconds of CPU each, paid once instead of per worker).
    Their results, by index: the same as a worker's (the same function, the same arguments)."""
    from validator.document import load_document
    from validator.stream import check_article

    options = run.options
    done: dict[int, FileResult] = {}
    seen: set[str] = set()
    for i in todo[:peek]:
        try:
            language = load_document(run.files[i], options.language, options.limits.max_file_bytes).language
        except Exception:
            continue  # its worker reports the problem
        if language not in seen:
            seen.add(language)
            done[i] = check_article(run.files[i], options, i, run.base, run.text_policy, run.known)
    return done


def pooled(run: Run, todo: list[int], jobs: int) -> Iterator[FileResult]:
    """The results of the articles `todo` (indexes into `run.files`), in that order."""
    workers = max(1, min(jobs, len(todo)))
    level = logging.getLogger("claimcheck").getEffectiveLevel()
    context = _context()
    warm = _warm(run, todo, workers * AHEAD) if context.get_start_method() == "fork" else {}
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                             initargs=(run.options, run.base, run.text_policy, run.known, level)) as pool:
        waiting: deque[Future[tuple[FileResult, list[tuple[str, str | None]]]]] = deque()
        feed = (i for i in todo if i not in warm)
        for i in feed:
            waiting.append(pool.submit(_task, i, run.files[i]))
            if len(waiting) >= workers * AHEAD:
                break
        for index in todo:
            if index in warm:
                yield warm.pop(index)
                continue
            result, records = waiting.popleft().result()
            _replay(records)
            nxt = next(feed, None)
            if nxt is not None:
                waiting.append(pool.submit(_task, nxt, run.files[nxt]))
            yield result
