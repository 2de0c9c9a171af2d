"""The app's log: a rotating file in the user data folder, set up without slowing start-up.

The log holds what the app did (opened a file, made a backup, restored one, set a file
aside) and what went wrong, never the contents of the database: no names, notes or
answers. A bug is logged as its type and where it happened, not its message, since a
message can quote data.

Start-up cost: ``logging.handlers`` pulls in sockets, pickling and queues (about 20 ms).
So records are kept in memory until ``start_file_log()`` is called (the window calls it
once it is on screen) or there are many of them. If the app ends first (as a command
usually does), the few records are appended to the file directly, unless the file is
already full: then the rotating file takes them, and rotates the log first.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections import deque
from pathlib import Path
from types import TracebackType

from briefing_app.domain.errors import BriefingError, DatabaseError, ImportFileError

LOGGER_NAME = "briefing_app"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_BUFFER_LIMIT = 500


class FileLog(logging.Handler):
    """Writes the app's records to a rotating file, opened only when asked (or at the end)."""

    def __init__(
        self, path: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
    ) -> None:
        super().__init__(logging.INFO)
        self.path = path
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self.setFormatter(logging.Formatter(FORMAT))
        self._buffer: list[logging.LogRecord] = []
        self._file: logging.Handler | None = None

    @property
    def started(self) -> bool:
        return self._file is not None

    def start(self) -> None:
        """Open the rotating file and write out what was kept in memory."""
        if self._file is not None:
            return
        # Sockets, pickling and queues: off the start-up path (about 9 ms).
        from logging.handlers import RotatingFileHandler

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                self.path,
                maxBytes=self.max_bytes,
                backupCount=self.backup_count,
                encoding="utf-8",
                delay=True,
            )
        except OSError:
            return  # the log is a help, never a reason to fail
        handler.setFormatter(self.formatter)
        self._file = handler
        buffered, self._buffer = self._buffer, []
        for record in buffered:
            handler.handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is not None:
            self._file.handle(record)
            return
        self._buffer.append(record)
        if len(self._buffer) >= _BUFFER_LIMIT:
            self.start()

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is None and self._buffer and self._full():
            self.start()
        if self._file is not None:
            self._file.close()
        elif self._buffer:
            self._append_plainly()
        self._buffer = []
        super().close()

    def _full(self) -> bool:
        try:
            return self.path.stat().st_size >= self.max_bytes
        except OSError:
            return False

    def _append_plainly(self) -> None:
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                for record in self._buffer:
                    handle.write(self.format(record) + "\n")


def _logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)


def configure_logging(path: Path, *, start_now: bool = True) -> FileLog:
    """Send the app's records to the log file at ``path`` (replacing any earlier set-up)."""
    stop_logging()
    handler = FileLog(path)
    logger = _logger()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    if start_now:
        handler.start()
    return handler


def file_log() -> FileLog | None:
    return next((h for h in _logger().handlers if isinstance(h, FileLog)), None)


def start_file_log() -> None:
    handler = file_log()
    if handler is not None:
        handler.start()


def stop_logging() -> None:
    logger = _logger()
    for handler in list(logger.handlers):
        if isinstance(handler, FileLog):
            logger.removeHandler(handler)
            handler.close()


def last_lines(path: Path, count: int = 40) -> list[str]:
    """The last ``count`` lines of the log (after writing out anything still in memory)."""
    handler = file_log()
    if handler is not None and handler.path == path:
        handler.start()
        handler.flush()
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=count)]
    except OSError:
        return []


def log_user_error(error: BriefingError) -> None:
    """Log a problem the user was told about, without any of their data."""
    if isinstance(error, DatabaseError):
        # These messages name only the file and format versions.
        _logger().warning("%s: %s", type(error).__name__, error.message)
    elif isinstance(error, ImportFileError):
        where = f", line {error.line}" if error.line is not None else ""
        _logger().warning("%s in %s%s", type(error).__name__, error.path.name, where)
    else:
        _logger().warning("%s", type(error).__name__)


def log_bug(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log a bug as its type and where it happened; its message may quote data, so not that."""
    stack = "".join(traceback.format_tb(tb)).rstrip()
    _logger().error("Unexpected %s.%s\n%s", kind.__module__, kind.__qualname__, stack)
