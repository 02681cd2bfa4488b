"""The 503 page for a database that cannot be reached, rendered without touching it."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger("steunwijzer.ops.errors")
RETRY_AFTER_SECONDS = 60


def service_unavailable(request, exception: BaseException) -> HttpResponse:
    """templates/503.html is self-contained: no context processors, no queries, no session."""
    logger.error("Database unavailable: %s", type(exception).__name__)
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: the 503 page when the database failed outside a view, else the 500 page.

    Errors raised in middleware (a session saved to an unreachable database) never reach a
    view's process_exception; Django calls this handler while the exception is still current.
    """
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return service_unavailable(request, exception)
    from home.errors import server_error as home_server_error

    return home_server_error(request)
