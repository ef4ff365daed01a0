"""Run a pure function off the GUI thread and deliver its result on the GUI thread.

:class:`LatestWorker` keeps at most one job running and one waiting: a newer submission replaces
the waiting one, and a result that a newer submission has made stale is dropped, so a person
typing fast gets the result of what they typed last, never an older one after it. The function
runs in a pool thread and never touches a widget; results arrive through queued signals.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; a pool thread emits through it (queued to the GUI thread)."""

    done = Signal(int, bool, object, float)


class _Job(QRunnable):
    def __init__(self, ticket: int, function: Callable, argument: Any, relay: _Relay):
        super().__init__()
        # Python owns the job (LatestWorker keeps it until its result arrives): a job deleted
        # by Qt behind Python's back corrupts reference counts at shutdown.
        self.setAutoDelete(False)
        self._ticket, self._function, self._argument, self._relay = (ticket, function,
                                                                     argument, relay)

    def run(self) -> None:
        start = time.perf_counter()
        try:
            value, ok = self._function(self._argument), True
        except Exception as exc:  # delivered to the GUI, which says what went wrong
            value, ok = exc, False
        self._relay.done.emit(self._ticket, ok, value, time.perf_counter() - start)


class LatestWorker(QObject):
    """``submit(argument)`` runs ``function(argument)`` in the background; ``finished(result,
    seconds)`` or ``failed(exception)`` reports the latest submission only; ``busy(bool)``."""

    finished = Signal(object, float)
    failed = Signal(object)
    busy = Signal(bool)

    def __init__(self, function: Callable[[Any], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._function = function
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._ticket = 0
        self._waiting: tuple[int, Any] | None = None
        self._running = False
        self._jobs: deque[_Job] = deque(maxlen=2)

    @property
    def latest(self) -> int:
        return self._ticket

    def submit(self, argument: Any) -> int:
        self._ticket += 1
        self._waiting = (self._ticket, argument)
        self._start_next()
        return self._ticket

    def _start_next(self) -> None:
        if self._running or self._waiting is None:
            return
        ticket, argument = self._waiting
        self._waiting = None
        self._running = True
        self.busy.emit(True)
        # Python keeps the last two jobs: a job is released only when the one after the next
        # starts; with one pool thread its run() has long returned by then, so Python never
        # frees a job that the pool is still touching.
        job = _Job(ticket, self._function, argument, self._relay)
        self._jobs.append(job)
        self._pool.start(job)

    def _done(self, ticket: int, ok: bool, value: Any, seconds: float) -> None:
        self._running = False
        if ticket == self._ticket:
            self.busy.emit(False)
            if ok:
                self.finished.emit(value, seconds)
            else:
                self.failed.emit(value)
        self._start_next()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the running job ends (on closing the window)."""
        return self._pool.waitForDone(msecs)


class Cancelled(Exception):
    """Raised by a task's progress callback when the task was asked to stop."""


class _TaskRelay(QObject):
    """Lives on the GUI thread; the task's thread emits through it (queued)."""

    progress = Signal(float, str)
    done = Signal(bool, object)


class _Task:
    """One run of a task function, in a Python thread of its own."""

    def __init__(self, function: Callable, args: tuple, relay: _TaskRelay):
        self._function, self._args, self._relay = function, args, relay
        self._cancel = False
        self.thread = threading.Thread(target=self.run, name="pppmodeler-task", daemon=True)

    def report(self, fraction: float, what: str = "") -> None:
        """The progress callback the function receives; raises Cancelled once cancelled."""
        if self._cancel:
            raise Cancelled()
        self._relay.progress.emit(float(fraction), what)

    def run(self) -> None:
        try:
            value, ok = self._function(*self._args, progress=self.report), True
        except Exception as exc:  # delivered to the GUI (Cancelled included)
            value, ok = exc, False
        self._relay.done.emit(ok, value)


class TaskRunner(QObject):
    """Runs one long pure function at a time off the GUI thread.

    ``start(function, *args)`` calls ``function(*args, progress=callback)``; the function calls
    ``callback(fraction, what)`` now and then, which raises :class:`Cancelled` after
    :meth:`cancel`. Results arrive on the GUI thread: ``progress(fraction, what)``,
    ``finished(value)``, ``failed(exception)`` or ``cancelled()``; ``running(bool)``."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    running = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay = _TaskRelay(self)
        self._relay.progress.connect(self._progress)
        self._relay.done.connect(self._done)
        self._task: _Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, function: Callable, *args: Any) -> bool:
        """Start ``function``; False (nothing started) while another task runs."""
        if self._task is not None:
            return False
        self._task = _Task(function, args, self._relay)
        self.running.emit(True)
        self._task.thread.start()
        return True

    def _progress(self, fraction: float, what: str) -> None:
        self.progress.emit(fraction, what)

    def cancel(self) -> None:
        if self._task is not None:
            self._task._cancel = True

    def _done(self, ok: bool, value: Any) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.thread.join(1.0)
        self.running.emit(False)
        if ok:
            self.finished.emit(value)
        elif isinstance(value, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(value)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the running task ends (on closing the window)."""
        task = self._task
        if task is not None:
            task.thread.join(msecs / 1000)
            return not task.thread.is_alive()
        return True
