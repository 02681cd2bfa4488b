"""Small template helpers of the self-test."""

from django import template
from django.utils.translation import gettext_lazy as _

from selftest.labels import LIGHT_LABELS, LIGHT_SHORT, answer_label

register = template.Library()


@register.inclusion_tag("selftest/includes/conflict.html")
def conflict_box(conflicts: dict, question_id: int):
    """What another member saved for this question while this member was typing."""
    return {"theirs": conflicts.get(question_id)}


@register.filter
def answer_text(value) -> str:
    """'yes' -> 'Ja'; a dash for no answer."""
    return answer_label(value)


@register.filter
def light_text(light) -> str:
    return str(LIGHT_LABELS.get(light, ""))


@register.filter
def light_short(light) -> str:
    return str(LIGHT_SHORT.get(light, ""))


@register.filter
def count_of(score, value) -> int:
    """How many answers of this value a theme has."""
    return score.count(value)


@register.filter
def person(user) -> str:
    """A user's name for 'last changed by'; someone who was removed shows as unknown."""
    if user is None:
        return str(_("iemand die niet meer bekend is"))
    return user.get_full_name() or user.get_username()


@register.filter
def for_theme(mapping: dict, key: str) -> list:
    """The entry of a per-theme mapping (for example reading lists) for one theme key."""
    return mapping.get(key, []) if mapping else []
