"""Loads the demo question set, two Weert councils with assessments and the entry pages.

Runs after the content site's loader (which makes the sites); running it again updates.
"""

import secrets
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from home.models import HomePage
from selftest.demo import pages
from selftest.demo.questions import THEMES
from selftest.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Council,
    Membership,
    Question,
    QuestionnaireVersion,
    Role,
    Theme,
    VersionStatus,
)

Report = Callable[[str], None]
VERSION_NAME = "Zelftest cliëntondersteuning 2025 (demo)"
DEMO_EMAIL = "wmoraad.weert.demo@example.org"
MUNICIPALITY = ("GM0988", "Weert")


def load(*, report: Report) -> None:
    """Create or update the demo self-test content and print the demo member's login."""
    with transaction.atomic():
        version = _upsert_version()
        questions = Question.objects.filter(theme__version=version).count()
        report(f"Vragenlijst '{version.name}': {questions} vragen")
        council = _upsert_council("Wmo-raad Weert (demo)", Role.WMO_COUNCIL)
        team = _upsert_council("Gemeente Weert, team Wmo (demo)", Role.MUNICIPALITY)
        password = secrets.token_urlsafe(12)
        user = _upsert_member(council, password)
        _upsert_assessment(council, version, 2025, user, answer_index=0, shared=True)
        _upsert_assessment(council, version, 2024, user, answer_index=2, published=True)
        _upsert_assessment(team, version, 2025, None, answer_index=1, shared=True)
        report("Zelftesten: Wmo-raad Weert 2024 en 2025, gemeente Weert 2025 (ingediend)")
        count = pages.upsert_entry_pages(
            Locale.objects.get_or_create(language_code="en")[0], HomePage.objects.filter(depth=2)
        )
        report(f"Startpagina van de zelftest op {count} sites (Nederlands en Engels)")
    report(f"Demo-lid Wmo-raad: {DEMO_EMAIL} / {password}  (inloggen op /zelftest/inloggen/)")


def _upsert_version() -> QuestionnaireVersion:
    version = QuestionnaireVersion.objects.filter(name=VERSION_NAME).first()
    if version is None:
        version = QuestionnaireVersion.objects.create(
            name=VERSION_NAME,
            notes="Demo: vragen geschreven vanuit de Wmo 2015 en de zeven thema's van de "
            "zelftest cliëntondersteuning.",
        )
    if version.assessments.exists():
        # Frozen: assessments were made on it. Only publish-state is ensured.
        return version
    for spec in THEMES:
        theme, _ = Theme.objects.update_or_create(
            version=version,
            key=spec["key"],
            defaults={"title": spec["title"], "intro": spec["intro"]},
        )
        theme.questions.all().delete()
        Question.objects.bulk_create(
            Question(
                theme=theme,
                sort_order=i,
                code=q[0],
                statement=q[1],
                explanation=q[2],
                legal_reference=q[3],
                why_it_matters=q[4],
                advice=q[5],
                allow_not_applicable=q[6],
                weight=q[7],
            )
            for i, q in enumerate(spec["questions"])
        )
    version.status = VersionStatus.PUBLISHED
    version.published_at = version.published_at or timezone.now()
    version.save()
    return version


def _upsert_council(name: str, role: str) -> Council:
    council, _ = Council.objects.update_or_create(
        name=name,
        defaults={
            "municipality_code": MUNICIPALITY[0],
            "municipality_name": MUNICIPALITY[1],
            "role": role,
            "is_demo": True,
        },
    )
    return council


def _upsert_member(council: Council, password: str):
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(
        username=DEMO_EMAIL,
        defaults={"email": DEMO_EMAIL, "first_name": "Demo", "last_name": "Wmo-raad Weert"},
    )
    user.set_password(password)
    user.save()
    Membership.objects.get_or_create(council=council, user=user)
    return user


def _upsert_assessment(
    council,
    version,
    year,
    user,
    *,
    answer_index: int,
    shared: bool = False,
    published: bool = False,
) -> Assessment:
    assessment, created = Assessment.objects.get_or_create(
        council=council,
        year=year,
        defaults={
            "version": version,
            "role": council.role,
            "municipality_code": council.municipality_code,
            "municipality_name": council.municipality_name,
            "created_by": user,
        },
    )
    if not created:
        return assessment
    questions = {q.code: q for q in Question.objects.filter(theme__version=version)}
    now = timezone.now()
    answers = []
    for spec in THEMES:
        for q in spec["questions"]:
            explanation = q[9] if answer_index == 0 else ""
            answers.append(
                Answer(
                    assessment=assessment,
                    question=questions[q[0]],
                    value=q[8][answer_index],
                    explanation=explanation,
                    revision=1,
                    updated_at=now,
                    updated_by=user,
                )
            )
    Answer.objects.bulk_create(answers)
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = now
    assessment.submitted_by = user
    assessment.shared_for_dialogue = shared
    assessment.is_published = published
    assessment.published_at = now if published else None
    assessment.save()
    return assessment
