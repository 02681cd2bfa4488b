"""Filling in a theme: saving, progress, bad input, locked assessments and conflicts."""

import pytest
from django.urls import reverse

from selftest.models import Answer, Question
from selftest.services import answer_fingerprint_of

pytestmark = pytest.mark.django_db


def theme_url(assessment, key="beleidsplan"):
    return reverse("selftest:theme", args=[assessment.pk, key])


def form_data(assessment, key="beleidsplan", **overrides):
    """What the browser posts for a theme: every question's fields as rendered, plus changes."""
    data = {}
    for q in Question.objects.filter(theme__version=assessment.version, theme__key=key):
        answer = Answer.objects.filter(assessment=assessment, question=q).first()
        prefix = f"q{q.pk}"
        data.update(
            {
                f"{prefix}-value": answer.value if answer else "",
                f"{prefix}-explanation": answer.explanation if answer else "",
                f"{prefix}-evidence_url": answer.evidence_url if answer else "",
                f"{prefix}-action": answer.action if answer else "",
                f"{prefix}-revision": answer.revision if answer else 0,
                f"{prefix}-original": answer_fingerprint_of(answer),
            }
        )
    for code, fields in overrides.items():
        q = Question.objects.get(theme__version=assessment.version, code=code)
        for name, value in fields.items():
            data[f"q{q.pk}-{name}"] = value
    return data


def test_form_has_a_fieldset_with_legend_per_question(client, site, member, assessment):
    client.force_login(member)
    html = client.get(theme_url(assessment)).content.decode()
    assert html.count('<fieldset class="sw-radios"') == 2
    assert html.count("<legend") == 2
    assert "Niet van toepassing" in html  # allowed on the first question only
    assert html.count('value="not_applicable"') == 1


def test_save_stores_answers_and_who_changed_them(client, site, member, assessment):
    client.force_login(member)
    data = form_data(
        assessment,
        **{
            "BE-1": {
                "value": "yes",
                "explanation": "Hoofdstuk 4.",
                "evidence_url": "www.weert.nl/beleid",
            }
        },
    )
    response = client.post(theme_url(assessment), data)
    assert response.status_code == 302
    answer = Answer.objects.get(assessment=assessment, question__code="BE-1")
    assert answer.value == "yes"
    assert answer.evidence_url == "https://www.weert.nl/beleid"
    assert answer.updated_by == member and answer.revision == 1
    html = client.get(theme_url(assessment)).content.decode()
    assert "Laatst veranderd door Anna" in html
    assert "1 van 2 vragen beantwoord" in html


def test_save_and_next_goes_to_the_next_theme(client, site, member, assessment):
    client.force_login(member)
    data = form_data(assessment, **{"BE-1": {"value": "no"}})
    data["next"] = "1"
    response = client.post(theme_url(assessment), data)
    assert response["Location"] == theme_url(assessment, "onafhankelijkheid")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"value": "misschien"}, "Kies een van de antwoorden uit de lijst."),
        ({"value": "1"}, "Kies een van de antwoorden uit de lijst."),
        ({"explanation": "x" * 2001}, "2000"),
        ({"action": "x" * 1001}, "1000"),
        ({"evidence_url": "geen link"}, "Vul een volledige link in"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    client, site, member, assessment, fields, message
):
    client.force_login(member)
    data = form_data(assessment, **{"BE-1": fields, "BE-2": {"value": "yes"}})
    response = client.post(theme_url(assessment), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is nog niets opgeslagen" in html and message in html
    assert not Answer.objects.filter(assessment=assessment).exists()
    # what the member typed is still in the form
    assert 'value="yes" checked' in html or 'checked value="yes"' in html or "checked" in html


def test_not_applicable_is_refused_where_the_editor_did_not_allow_it(
    client, site, member, assessment
):
    client.force_login(member)
    data = form_data(assessment, **{"BE-2": {"value": "not_applicable"}})
    assert client.post(theme_url(assessment), data).status_code == 400
    assert not Answer.objects.filter(assessment=assessment).exists()


def test_submitted_assessment_cannot_change_and_keeps_the_typed_text(
    client, site, member, submitted
):
    client.force_login(member)
    data = form_data(submitted, **{"BE-1": {"value": "no", "explanation": "Mijn tekst"}})
    response = client.post(theme_url(submitted), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "is ingediend en kan niet meer veranderen" in html
    assert "Mijn tekst" in html
    assert Answer.objects.get(assessment=submitted, question__code="BE-1").value == "yes"


def test_second_member_gets_a_conflict_with_both_versions(
    client, site, member, assessment, council
):
    from tests.factories.selftest import make_member

    bert = make_member(council, first_name="Bert")
    client.force_login(member)
    stale = form_data(assessment, **{"BE-1": {"value": "yes", "explanation": "Anna's tekst"}})
    other = form_data(assessment, **{"BE-1": {"value": "no", "explanation": "Berts tekst"}})
    client.force_login(bert)
    assert client.post(theme_url(assessment), other).status_code == 302
    client.force_login(member)
    response = client.post(theme_url(assessment), stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Iemand anders heeft intussen antwoorden veranderd" in html
    assert "Berts tekst" in html and "Anna&#x27;s tekst" in html
    answer = Answer.objects.get(assessment=assessment, question__code="BE-1")
    assert answer.explanation == "Berts tekst"  # not overwritten silently
    # Saving again from the conflict page is a deliberate choice and wins.
    resolved = form_data(assessment, **{"BE-1": {"value": "yes", "explanation": "Anna's tekst"}})
    resolved.update({k: v for k, v in stale.items() if k.endswith("explanation")})
    assert client.post(theme_url(assessment), resolved).status_code == 302
    answer.refresh_from_db()
    assert answer.explanation == "Anna's tekst" and answer.revision == 2


def test_untouched_questions_do_not_conflict(client, site, member, assessment, council):
    from tests.factories.selftest import make_member

    bert = make_member(council)
    client.force_login(member)
    anna_form = form_data(assessment)  # Anna opens the page
    client.force_login(bert)
    client.post(theme_url(assessment), form_data(assessment, **{"BE-1": {"value": "no"}}))
    client.force_login(member)
    anna_form.update(
        form_data(assessment, **{"BE-2": {"value": "yes"}})
        | {k: v for k, v in anna_form.items() if k.startswith(f"q{_pk(assessment, 'BE-1')}-")}
    )
    assert client.post(theme_url(assessment), anna_form).status_code == 302
    values = dict(
        Answer.objects.filter(assessment=assessment).values_list("question__code", "value")
    )
    assert values == {"BE-1": "no", "BE-2": "yes"}


def _pk(assessment, code):
    return Question.objects.get(theme__version=assessment.version, code=code).pk


def test_theme_page_query_count_is_bounded(
    client, site, member, assessment, django_assert_max_num_queries
):
    client.force_login(member)
    client.get(theme_url(assessment))  # warm the site chrome caches
    with django_assert_max_num_queries(22):
        assert client.get(theme_url(assessment)).status_code == 200


def test_overview_shows_progress_and_submit_needs_all_answers(client, site, member, assessment):
    client.force_login(member)
    html = client.get(reverse("selftest:overview", args=[assessment.pk])).content.decode()
    assert "0 van 2 vragen beantwoord" in html
    response = client.post(reverse("selftest:submit", args=[assessment.pk]), follow=True)
    assert "Nog 14 vragen zonder antwoord" in response.content.decode()
    assessment.refresh_from_db()
    assert not assessment.is_submitted
