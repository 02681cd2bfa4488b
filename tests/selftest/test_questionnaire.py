"""Versioning: publishing freezes a version, copies are drafts, assessments keep their questions."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from selftest import selectors, services
from selftest.models import Question, QuestionnaireVersion, Theme
from tests.factories.selftest import make_assessment, make_version

pytestmark = pytest.mark.django_db


def test_copy_is_a_draft_with_equal_questions(version):
    copy = services.questionnaire_version_copy(version=version)
    assert not copy.is_published and copy.copied_from == version

    def codes(v):
        return sorted(Question.objects.filter(theme__version=v).values_list("code", "statement"))

    assert codes(copy) == codes(version)


def test_publishing_a_new_version_leaves_old_assessments_alone(council, version):
    old = make_assessment(council, version, year=2024, default="yes", submitted=True)
    copy = services.questionnaire_version_copy(version=version, name="Versie 2")
    question = Question.objects.get(theme__version=copy, code="BE-1")
    question.statement = "Een nieuwe stelling."
    question.save()
    services.questionnaire_version_publish(version=copy)
    assert selectors.questionnaire_current() == copy
    data = selectors.assessment_data(assessment=old)
    assert data.themes[0].rows[0].question.statement == "Stelling 1 over beleidsplan."
    new = services.assessment_start(council=council, year=2025, user=None)
    assert new.version == copy


def test_published_theme_cannot_change(version):
    theme = Theme.objects.get(version=version, key="beleidsplan")
    with pytest.raises(ValidationError, match="gepubliceerd"):
        theme.full_clean()


def test_incomplete_version_cannot_be_published(db):
    draft = make_version(published=False, questions_per_theme=0)
    with pytest.raises(ValidationError) as error:
        services.questionnaire_version_publish(version=draft)
    assert len(error.value.messages) == 7


def test_start_twice_for_the_same_year_is_refused(council, version):
    services.assessment_start(council=council, year=2025, user=None)
    with pytest.raises(ValidationError, match="al een zelftest"):
        services.assessment_start(council=council, year=2025, user=None)


def test_start_without_published_version_is_refused(council):
    with pytest.raises(ValidationError, match="nog geen gepubliceerde"):
        services.assessment_start(council=council, year=2025, user=None)


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("redactie", "r@example.org", "x" * 16)
    client.force_login(admin)
    return client


def test_admin_creates_version_with_seven_themes_then_copies_and_publishes(admin_client, version):
    response = admin_client.post(reverse("selftest_versions:add"), {"name": "Nieuw", "notes": ""})
    assert response.status_code == 302
    new = QuestionnaireVersion.objects.get(name="Nieuw")
    assert new.themes.count() == 7
    response = admin_client.get(reverse("selftest_versions:publish", args=[new.pk]))
    assert "heeft nog geen vragen" in response.content.decode()
    admin_client.post(reverse("selftest_versions:copy_version", args=[version.pk]))
    copy = QuestionnaireVersion.objects.exclude(pk__in=[version.pk, new.pk]).get()
    admin_client.post(reverse("selftest_versions:publish", args=[copy.pk]))
    copy.refresh_from_db()
    assert copy.is_published


def test_admin_listing_pages_render(admin_client, version, council):
    for name in [
        "selftest_versions",
        "selftest_themes",
        "selftest_councils",
        "selftest_invitations",
        "selftest_audit",
    ]:
        assert admin_client.get(reverse(f"{name}:index")).status_code == 200
    theme = Theme.objects.filter(version=version).first()
    assert admin_client.get(reverse("selftest_themes:edit", args=[theme.pk])).status_code == 200
    assert admin_client.get(reverse("selftest_versions:edit", args=[version.pk])).status_code == 200


def test_admin_cannot_delete_a_version_with_assessments(admin_client, council, version):
    make_assessment(council, version)
    response = admin_client.post(reverse("selftest_versions:delete", args=[version.pk]))
    assert response.status_code == 302
    assert QuestionnaireVersion.objects.filter(pk=version.pk).exists()


def test_admin_invitation_sends_mail(admin_client, council, mailoutbox):
    response = admin_client.post(
        reverse("selftest_invitations:add"), {"council": council.pk, "email": "nieuw@example.org"}
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and "/zelftest/uitnodiging/" in mailoutbox[0].body
