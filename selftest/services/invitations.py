"""Invitations to join a council: a signed link that expires and works once."""

from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from selftest.models import AuditAction, Council, Invitation, Membership
from selftest.services.audit import audit_log

SALT = "selftest.invitation"


class InvitationError(Exception):
    """An invitation link that cannot be used; the message is for the visitor."""


def _max_age() -> timedelta:
    return timedelta(days=settings.SELFTEST_INVITATION_MAX_AGE_DAYS)


def invitation_token(*, invitation: Invitation) -> str:
    """The signed token in the invitation link; it carries only the invitation's id."""
    return signing.dumps({"i": invitation.pk}, salt=SALT)


def invitation_create(
    *, council: Council, email: str, created_by, build_url: Callable[[str], str]
) -> Invitation:
    """Store an invitation and e-mail its link; build_url makes the token path absolute."""
    invitation = Invitation.objects.create(
        council=council, email=email.strip().lower(), created_by=created_by
    )
    invitation_send(invitation=invitation, build_url=build_url)
    audit_log(
        action=AuditAction.INVITATION_SENT,
        user=created_by,
        council=council,
        detail=invitation.email,
    )
    return invitation


def invitation_send(*, invitation: Invitation, build_url: Callable[[str], str]) -> None:
    """E-mail the link (console in development, SMTP in production)."""
    context = {
        "council": invitation.council,
        "url": build_url(invitation_token(invitation=invitation)),
        "days": settings.SELFTEST_INVITATION_MAX_AGE_DAYS,
    }
    send_mail(
        subject=_("Uitnodiging voor de zelftest van %(council)s") % {"council": invitation.council},
        message=render_to_string("selftest/email/invitation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )


def invitation_resolve(*, token: str) -> Invitation:
    """The open invitation behind a token; InvitationError says why it cannot be used."""
    try:
        data = signing.loads(token, salt=SALT, max_age=_max_age())
    except signing.SignatureExpired as exc:
        raise InvitationError(
            _("Deze uitnodiging is verlopen. Vraag de redactie om een nieuwe uitnodiging.")
        ) from exc
    except signing.BadSignature as exc:
        raise InvitationError(
            _("Deze link klopt niet. Controleer of u de hele link uit de e-mail gebruikt.")
        ) from exc
    invitation = (
        Invitation.objects.filter(pk=data.get("i") if isinstance(data, dict) else None)
        .select_related("council")
        .first()
    )
    if invitation is None:
        raise InvitationError(_("Deze uitnodiging bestaat niet meer."))
    if invitation.accepted_at is not None:
        raise InvitationError(
            _("Deze uitnodiging is al gebruikt. Log in met uw e-mailadres en wachtwoord.")
        )
    # The signature's age is checked above; this also covers a lowered setting.
    if timezone.now() - invitation.created_at > _max_age():
        raise InvitationError(
            _("Deze uitnodiging is verlopen. Vraag de redactie om een nieuwe uitnodiging.")
        )
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    """Make the user a member and use the invitation up (twice at once: only one wins)."""
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.accepted_at is not None:
        raise InvitationError(_("Deze uitnodiging is al gebruikt."))
    membership, _created = Membership.objects.get_or_create(council=locked.council, user=user)
    locked.accepted_at = timezone.now()
    locked.accepted_by = user
    locked.save(update_fields=["accepted_at", "accepted_by"])
    audit_log(
        action=AuditAction.INVITATION_ACCEPTED,
        user=user,
        council=locked.council,
        detail=locked.email,
    )
    return membership


@transaction.atomic
def invitation_register(*, invitation: Invitation, first_name: str, password: str):
    """Create the account for an invited e-mail address and accept the invitation."""
    user_model = get_user_model()
    if user_model.objects.filter(username__iexact=invitation.email).exists():
        raise InvitationError(
            _("Er is al een account met dit e-mailadres. Log eerst in en open de link opnieuw.")
        )
    user = user_model.objects.create_user(
        username=invitation.email,
        email=invitation.email,
        password=password,
        first_name=first_name,
    )
    invitation_accept(invitation=invitation, user=user)
    return user
