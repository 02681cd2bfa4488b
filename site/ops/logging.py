"""JSON log lines with the request id, for production; nothing personal goes in.

Each line is one JSON object: time, level, logger, message, request_id, and the extra fields a
caller passes (the request log adds method, path, status and duration). Never logged: client
addresses, query strings (residents type their situation and postcode into them), cookies, user
names. Django's own loggers pass the request object as `request`; it is dropped here.
"""

import json
import logging
import re
from contextvars import ContextVar
from datetime import UTC, datetime

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

# Attributes every LogRecord has; anything else was passed by the caller as `extra`.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
# Extra fields that are never written, even when a library passes them.
_DROPPED = {"request", "server_time", "client", "ip", "remote_addr", "user", "username"}
_QUERY = re.compile(r"\?\S*")


def strip_query(text: str) -> str:
    """A message without the query strings of the URLs in it."""
    return _QUERY.sub("", text)


class RequestIdFilter(logging.Filter):
    """Adds the current request's id to every record (also records of libraries)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": strip_query(record.getMessage()),
            "request_id": getattr(record, "request_id", request_id_var.get()),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key in _DROPPED or key in entry:
                continue
            entry[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info:
            entry["exception"] = strip_query(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
