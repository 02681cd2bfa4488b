"""Factories for the self-test: versions with questions, councils, members, assessments."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from selftest.models import (
    THEME_ORDER,
    Answer,
    Assessment,
    Council,
    Membership,
    Question,
    QuestionnaireVersion,
    Role,
    Theme,
    ThemeKey,
    VersionStatus,
)

PASSWORD = "een-lang-en-sterk-wachtwoord-42"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"lid{n}@example.org")
    email = factory.LazyAttribute(lambda u: u.username)
    first_name = factory.Sequence(lambda n: f"Lid{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CouncilFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Wmo-raad Testdorp {n}")
    municipality_code = "GM0988"
    municipality_name = "Weert"
    role = Role.WMO_COUNCIL

    class Meta:
        model = Council


def make_member(council: Council, **kwargs):
    """A user who is a member of the council."""
    user = UserFactory(**kwargs)
    Membership.objects.create(council=council, user=user)
    return user


def make_editor(**kwargs):
    """A user with the permission to see every council's assessments."""
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(codename="view_all_assessments"))
    return user


def make_version(
    *,
    questions_per_theme: int = 2,
    published: bool = True,
    name: str = "Testversie",
    allow_na_first: bool = True,
) -> QuestionnaireVersion:
    """A version with all seven themes, each with a few questions (codes like BE-1)."""
    version = QuestionnaireVersion.objects.create(name=name)
    for key in THEME_ORDER:
        theme = Theme.objects.create(
            version=version, key=key, title=str(ThemeKey(key).label), intro=f"Over {key}."
        )
        for i in range(1, questions_per_theme + 1):
            Question.objects.create(
                theme=theme,
                sort_order=i,
                code=f"{key[:2].upper()}-{i}",
                statement=f"Stelling {i} over {key}.",
                explanation="Uitleg.",
                legal_reference="Wmo 2015",
                why_it_matters="Belangrijk.",
                advice=f"Advies voor {key[:2].upper()}-{i}.",
                allow_not_applicable=allow_na_first and i == 1,
                weight=1,
            )
    if published:
        version.status = VersionStatus.PUBLISHED
        version.published_at = timezone.now()
        version.save()
    return version


def make_assessment(
    council: Council,
    version: QuestionnaireVersion,
    *,
    year: int = 2025,
    answers: dict[str, str] | None = None,
    default: str | None = None,
    submitted: bool = False,
    user=None,
) -> Assessment:
    """An assessment; `answers` maps question codes to values, `default` fills the rest."""
    assessment = Assessment.objects.create(
        council=council,
        version=version,
        year=year,
        role=council.role,
        municipality_code=council.municipality_code,
        municipality_name=council.municipality_name,
    )
    answers = answers or {}
    for q in Question.objects.filter(theme__version=version):
        value = answers.get(q.code, default)
        if value:
            Answer.objects.create(
                assessment=assessment,
                question=q,
                value=value,
                revision=1,
                updated_at=timezone.now(),
                updated_by=user,
            )
    if submitted:
        assessment.status = "submitted"
        assessment.submitted_at = timezone.now()
        assessment.save()
    return assessment
