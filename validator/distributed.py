"""Archives on Dask: the per-article check mapped over a `dask.bag` of paths or texts.

    from validator.distributed import check_archive
    report = check_archive(["archive/"])                          # the local scheduler, embedded
    report = check_archive(texts=[("a.txt", "…"), ...])           # texts instead of files
    report = check_archive(["archive/"], scheduler="tcp://host:8786")   # a dask.distributed cluster

Step one maps `validator.stream.check_article` (extract, link, judge one article) over the bag; each
partition is a few articles and yields their `FileResult`s. Step two is keyed: the results are folded by
the path they report on, so that inputs reporting on the same document (an article given twice, a claim
file and its article) are deduplicated as a one-process run would, first in input order winning. Claim
files, which refer to one another by `stem#id`, are judged in this process before the bag runs (they are
reviewed and few). The report is the one `claimcheck check` writes for the same paths, byte for byte.

`claimcheck check --dask ADDRESS` (or `CLAIMCHECK_DASK=ADDRESS`) runs the same job from the command line,
`ADDRESS` being a scheduler such as tcp://host:8786, or `local` for a cluster of this machine's cores
started for the run. Paths are read by the workers: on a cluster they must see the same files at the same
paths (a shared file system), relative paths being taken from the submitting process's working directory.

Needs the `dask` extra: pip install 'claimcheck[dask]'.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from validator.engine import Options
    from validator.model import Report
    from validator.stream import FileResult, Run

PARTITION = 16  # articles per task: each is milliseconds of work, a task costs the scheduler about one


def _module(name: str) -> Any:
    """A module of the optional Dask extra (untyped: seen as Any)."""
    import importlib

    return importlib.import_module(name)


def _need_dask() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError as exc:  # pragma: no cover - the extra is installed by `make test`
        from validator.errors import ClaimcheckError

        raise ClaimcheckError("Dask is not installed: pip install 'claimcheck[dask]'") from exc


def _check_paths(items: Sequence[tuple[int, str]], options: Options, base: str, policy: str,
                 known: dict[str, set[tuple[str, str]]]) -> list[FileResult]:
    from validator.stream import check_article

    out = []
    for index, path in items:
        where = path if os.path.isabs(path) else os.path.join(base, path)
        result = check_article(where, options, index, base, policy, known)
        out.append(_as_given(result, where, path))
    return out


def _as_given(result: FileResult, where: str, path: str) -> FileResult:
    """A result read from `where` (the path made absolute for a worker elsewhere) named as the run gave it."""
    if where == path:
        return result
    result.path = path
    for problems in (result.load_errors, result.eval_errors):
        for i, p in enumerate(problems):
            if p.path == where:
                problems[i] = p.model_copy(update={"path": path})
    if result.summary is not None and result.summary.path == where:  # pragma: no cover - display paths are relative
        result.summary = result.summary.model_copy(update={"path": path})
    return result


def _check_texts(items: Sequence[tuple[int, str, str]], options: Options, policy: str) -> list[FileResult]:
    from validator.document import document_from_text
    from validator.stream import FileResult, check_document

    out = []
    for index, name, text in items:
        try:
            document = document_from_text(text, name, options.language)
        except Exception as exc:
            from validator.engine import _internal

            out.append(FileResult(index, name, load_errors=[_internal(exc, name)]))
            continue
        out.append(check_document(document, options, index, None, policy))
    return out


def _key(result: FileResult) -> str:
    return result.summary.path if result.summary is not None else f"\0{result.index}"


def _fold(a: list[FileResult], b: list[FileResult]) -> list[FileResult]:
    return sorted([*a, *b], key=lambda r: r.index)


def _dedupe_group(results: list[FileResult]) -> list[FileResult]:
    """Inputs reporting on the same path: each finding and check kept once, the first in input order."""
    if len(results) < 2:
        return results
    seen: set[tuple[object, ...]] = set()
    seen_checks: set[tuple[object, ...]] = set()
    for r in results:
        r.findings = [f for f in r.findings if _first(seen, (f.path, f.start, f.end, f.rule, f.message))]
        r.checks = [c for c in r.checks if _first(seen_checks, (c.path, c.start, c.end, c.rule, c.message))]
    return results


def _first(seen: set[tuple[object, ...]], key: tuple[object, ...]) -> bool:
    if key in seen:
        return False
    seen.add(key)
    return True


def _client(scheduler: Any) -> tuple[Any, Any]:
    """(what `dask.compute` takes as its scheduler, a client/cluster to close afterwards or None)."""
    if scheduler is None:
        return "processes", None
    if isinstance(scheduler, str):
        distributed = _module("distributed")
        Client, LocalCluster = distributed.Client, distributed.LocalCluster  # noqa: N806
        if scheduler == "local":
            from validator.pool import default_jobs

            # ":0": a free port for the dashboard (None still asks for 8787, taken on a shared machine)
            cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=":0")
            client = Client(cluster)
            return client, _Closing(client, cluster)
        client = Client(scheduler)
        return client, _Closing(client, None)
    return scheduler, None


class _Closing:
    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _bag_of_paths(run: Run, todo: list[int]) -> Any:
    db = _module("dask.bag")

    items = [(i, run.files[i]) for i in todo]
    bag = db.from_sequence(items, partition_size=PARTITION)
    return bag.map_partitions(_check_paths, run.options, run.base, run.text_policy, run.known)


def article_results(run: Run, todo: list[int], scheduler: Any) -> Iterator[FileResult]:
    """`Run.results` on Dask: the results of the articles `todo`, in input order, computed a few partitions
    at a time (so that an archive's results are never all in memory at once)."""
    _need_dask()
    dask = _module("dask")
    if not todo:
        return
    get, closing = _client(scheduler)
    try:
        parts = _bag_of_paths(run, todo).to_delayed()
        step = 8 * max(1, _workers(get))
        for lo in range(0, len(parts), step):
            for chunk in dask.compute(*parts[lo:lo + step], scheduler=get):
                yield from chunk
    finally:
        if closing is not None:
            closing.close()


def _workers(get: Any) -> int:
    try:
        return len(get.scheduler_info()["workers"])
    except Exception:
        from validator.pool import default_jobs

        return default_jobs()


def check_archive(paths: Iterable[str | os.PathLike[str]] = (), texts: Iterable[tuple[str, str]] | None = None,
                  options: Options | None = None, scheduler: Any = None) -> Report:
    """The report of `claimcheck check PATHS` (or of the articles `texts`, as (name, text) pairs), the articles
    checked on Dask: `scheduler` None for the local scheduler (processes), "local" for a LocalCluster of this
    machine's cores, an address (tcp://host:8786) or a `distributed.Client`."""
    _need_dask()
    dask, db = _module("dask"), _module("dask.bag")
    from validator.engine import Options
    from validator.stream import Run

    options = options or Options()
    if texts is not None:
        run = Run([], options)
        run.empty_problem = None
        items = [(i, name, text) for i, (name, text) in enumerate(texts)]
        mapped = db.from_sequence(items, partition_size=PARTITION).map_partitions(
            _check_texts, options, run.text_policy)
    else:
        run = Run(paths, options)
        todo = [i for i in run.articles if i not in run.early]
        mapped = _bag_of_paths(run, todo) if todo else db.from_sequence([], npartitions=1)
    # the keyed step: results folded by the path they report on, deduplicated there
    keyed = mapped.foldby(_key, lambda acc, r: _fold(acc, [r]), [], _fold, [])
    get, closing = _client(scheduler)
    try:
        (groups,) = dask.compute(keyed, scheduler=get)
    finally:
        if closing is not None:
            closing.close()
    results = sorted((r for _, group in groups for r in _dedupe_group(group)), key=lambda r: r.index)
    merged = iter(results)
    return run.report(_with_early(run, merged, len(results)))


def _with_early(run: Run, done: Iterator[FileResult], count: int) -> Iterator[FileResult]:
    """The bag's results and the claim files judged in this process, in input order."""
    pending = next(done, None)
    for i in range(max(len(run.files), count)):
        early = run.early.get(i)
        if early is not None:
            yield early
        elif pending is not None and pending.index == i:
            yield pending
            pending = next(done, None)
