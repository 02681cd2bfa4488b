"""Writes on the questionnaire: new versions, copies, publication."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from selftest.models import (
    THEME_ORDER,
    Question,
    QuestionnaireVersion,
    Theme,
    ThemeKey,
    VersionStatus,
)

COPIED_FIELDS = (
    "code",
    "statement",
    "explanation",
    "legal_reference",
    "why_it_matters",
    "advice",
    "allow_not_applicable",
    "weight",
    "sort_order",
)


def questionnaire_version_ensure_themes(*, version: QuestionnaireVersion) -> None:
    """Give a version all seven themes (a new version starts with them, without questions)."""
    existing = set(version.themes.values_list("key", flat=True))
    Theme.objects.bulk_create(
        Theme(version=version, key=key, title=str(ThemeKey(key).label))
        for key in THEME_ORDER
        if key not in existing
    )


@transaction.atomic
def questionnaire_version_copy(
    *, version: QuestionnaireVersion, name: str = ""
) -> QuestionnaireVersion:
    """A new draft with copies of every theme and question; the original stays untouched."""
    copy = QuestionnaireVersion.objects.create(
        name=name or _("%(name)s (kopie)") % {"name": version.name},
        notes=version.notes,
        copied_from=version,
    )
    for theme in version.themes.prefetch_related("questions"):
        new_theme = Theme.objects.create(
            version=copy, key=theme.key, title=theme.title, intro=theme.intro
        )
        Question.objects.bulk_create(
            Question(theme=new_theme, **{f: getattr(q, f) for f in COPIED_FIELDS})
            for q in theme.questions.all()
        )
    questionnaire_version_ensure_themes(version=copy)
    return copy


def questionnaire_version_problems(*, version: QuestionnaireVersion) -> list[str]:
    """What stops a version from being published, in plain words; empty when ready."""
    problems = []
    themes = {t.key: t for t in version.themes.prefetch_related("questions")}
    for key in THEME_ORDER:
        theme = themes.get(key)
        label = ThemeKey(key).label
        if theme is None or not theme.questions.all():
            problems.append(_("Thema '%(theme)s' heeft nog geen vragen.") % {"theme": label})
            continue
        codes = [q.code for q in theme.questions.all()]
        if len(codes) != len(set(codes)):
            problems.append(
                _("Thema '%(theme)s' heeft twee vragen met dezelfde code.") % {"theme": label}
            )
    return problems


@transaction.atomic
def questionnaire_version_publish(*, version: QuestionnaireVersion) -> QuestionnaireVersion:
    """Publish a complete draft; from then on it is frozen and new assessments use it."""
    version = QuestionnaireVersion.objects.select_for_update().get(pk=version.pk)
    if version.is_published:
        raise ValidationError(_("Deze versie is al gepubliceerd."))
    problems = questionnaire_version_problems(version=version)
    if problems:
        raise ValidationError(problems)
    version.status = VersionStatus.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["status", "published_at"])
    return version
