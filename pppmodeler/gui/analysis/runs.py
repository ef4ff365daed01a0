"""The runs of the analyses: one background runner per pane and the last result of each
analysis, kept by the window across rebuilds of its widgets (a language switch) and forgotten
when another document is opened.

A result remembers the model and the settings it was computed from; it is *stale* when the
document's are no longer those (an input edited, a scenario changed). A stale result is kept and
shown as such, never deleted, until the analysis runs again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from ..document_state import same
from ..worker import TaskRunner


@dataclass
class Run:
    """A finished analysis: its ``value``, and the ``model`` and ``settings`` it ran on."""

    value: Any
    model: Any
    settings: Any

    def stale(self, model: Any, settings: Any) -> bool:
        """Whether the inputs now differ from those of the run."""
        return not (same(self.model, model) and same(self.settings, settings))


class AnalysisRuns(QObject):
    """``start(pane, kind, function, *args, model=, settings=)`` runs
    ``function(*args, progress=...)`` on the runner of ``pane``; when it ends the result is kept
    as ``results[kind]``. Signals carry the pane's key: ``progress(pane, fraction, what)``,
    ``running(pane, bool)``, ``finished(pane, kind)``, ``failed(pane, exception)``,
    ``cancelled(pane)``."""

    progress = Signal(str, float, str)
    running = Signal(str, bool)
    finished = Signal(str, str)
    failed = Signal(str, object)
    cancelled = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.results: dict[str, Run] = {}
        self._runners: dict[str, TaskRunner] = {}
        self._pending: dict[str, tuple[str, Any, Any]] = {}

    def runner(self, pane: str) -> TaskRunner:
        if pane not in self._runners:
            runner = TaskRunner(self)
            runner.progress.connect(lambda f, w, p=pane: self.progress.emit(p, f, w))
            runner.running.connect(lambda on, p=pane: self.running.emit(p, on))
            runner.finished.connect(lambda value, p=pane: self._finished(p, value))
            runner.failed.connect(lambda error, p=pane: self.failed.emit(p, error))
            runner.cancelled.connect(lambda p=pane: self.cancelled.emit(p))
            self._runners[pane] = runner
        return self._runners[pane]

    def busy(self, pane: str) -> bool:
        return pane in self._runners and self._runners[pane].busy

    def start(self, pane: str, kind: str, function: Callable, *args: Any, model: Any,
              settings: Any) -> bool:
        """False (nothing started) while the pane's previous run goes on."""
        runner = self.runner(pane)
        if runner.busy:
            return False
        self._pending[pane] = (kind, model, settings)
        return runner.start(function, *args)

    def cancel(self, pane: str) -> None:
        if pane in self._runners:
            self._runners[pane].cancel()

    def _finished(self, pane: str, value: Any) -> None:
        kind, model, settings = self._pending.pop(pane)
        self.results[kind] = Run(value, model, settings)
        self.finished.emit(pane, kind)

    def forget(self) -> None:
        """Another document: no result applies to it (runs still going on are cancelled)."""
        for runner in self._runners.values():
            runner.cancel()
        self.results.clear()

    def wait(self, msecs: int = 5000) -> bool:
        """Cancel and wait for every run (on closing the window)."""
        for runner in self._runners.values():
            runner.cancel()
        return all([runner.wait(msecs) for runner in self._runners.values()])
