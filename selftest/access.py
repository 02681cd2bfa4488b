"""Object-level access: who may see, change or reopen an assessment."""

from django.core.exceptions import PermissionDenied

from selftest import selectors
from selftest.models import Assessment


def visible_assessment(request, pk: int) -> Assessment:
    """The assessment if this user may see it; 404 otherwise (also for anonymous visitors)."""
    return selectors.assessment_get_for_user(user=request.user, pk=pk)


def can_edit(request, assessment: Assessment) -> bool:
    """Only members of the assessment's own council change answers or publish."""
    cached = getattr(request, "_selftest_member_of", None)
    if cached is None:
        cached = {}
        request._selftest_member_of = cached
    if assessment.council_id not in cached:
        cached[assessment.council_id] = selectors.user_is_member(
            user=request.user, council_id=assessment.council_id
        )
    return cached[assessment.council_id]


def can_reopen(request, assessment: Assessment) -> bool:
    """The council itself, or an editor who may see every assessment."""
    return can_edit(request, assessment) or selectors.user_can_view_all(user=request.user)


def require_edit(request, assessment: Assessment) -> None:
    if not can_edit(request, assessment):
        raise PermissionDenied("only members of the council may change this assessment")


def require_reopen(request, assessment: Assessment) -> None:
    if not can_reopen(request, assessment):
        raise PermissionDenied("only the council or an editor may reopen this assessment")
