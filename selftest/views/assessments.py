"""Members start, fill in, submit and reopen assessments."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from selftest import access, selectors, services
from selftest.forms import AnswerForm, ReopenForm, StartForm
from selftest.models import THEME_ORDER, Council

member_required = login_required(login_url=reverse_lazy("selftest:login"))


@member_required
def dashboard(request):
    """The user's councils and assessments, and a form to start a new one."""
    councils = selectors.council_list_for_user(user=request.user)
    start_form = StartForm(councils=Council.objects.filter(pk__in=[c.pk for c in councils]))
    return render(
        request,
        "selftest/dashboard.html",
        {
            "councils": councils,
            "assessments": list(selectors.assessment_list_for_user(user=request.user)[:50]),
            "start_form": start_form if councils else None,
            "version": selectors.questionnaire_current(),
        },
    )


@member_required
@require_POST
def start(request):
    councils = Council.objects.filter(memberships__user=request.user)
    form = StartForm(request.POST, councils=councils)
    if form.is_valid():
        try:
            assessment = services.assessment_start(
                council=form.cleaned_data["council"],
                year=form.cleaned_data["year"],
                user=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("De zelftest is begonnen."))
            return redirect("selftest:overview", pk=assessment.pk)
    else:
        messages.error(request, _("Kies een raad of team en een jaar uit de lijst."))
    return redirect("selftest:dashboard")


def _theme_nav(data, current_key=None):
    return [
        {
            "key": b.key,
            "number": i,
            "title": b.theme.title,
            "answered": b.score.answered,
            "total": b.score.total,
            "current": b.key == current_key,
        }
        for i, b in enumerate(data.themes, start=1)
    ]


@member_required
def overview(request, pk: int):
    """Progress per theme, status and the actions that fit it."""
    assessment = access.visible_assessment(request, pk)
    data = selectors.assessment_data(assessment=assessment)
    return render(
        request,
        "selftest/overview.html",
        {
            "assessment": assessment,
            "data": data,
            "themes": _theme_nav(data),
            "open_questions": data.summary.total - data.summary.answered,
            "can_edit": access.can_edit(request, assessment),
            "can_reopen": access.can_reopen(request, assessment),
            "events": selectors.assessment_events(assessment=assessment),
        },
    )


def _answer_forms(block, data=None, *, disabled=False):
    forms = []
    for row in block.rows:
        answer = row.answer
        initial = {
            "value": answer.value if answer else "",
            "explanation": answer.explanation if answer else "",
            "evidence_url": answer.evidence_url if answer else "",
            "action": answer.action if answer else "",
            "revision": answer.revision if answer else 0,
            "original": services.answer_fingerprint_of(answer),
        }
        form = AnswerForm(
            data, prefix=f"q{row.question.pk}", question=row.question, initial=initial
        )
        if disabled:
            for field in form.fields.values():
                field.disabled = True
        forms.append((row, form))
    return forms


@member_required
def theme(request, pk: int, key: str):
    """One theme's questions as a form; saving checks for conflicts with other members."""
    assessment = access.visible_assessment(request, pk)
    if key not in THEME_ORDER:
        raise Http404("no such theme")
    data = selectors.assessment_data(assessment=assessment)
    block = data.theme(key)
    if block is None:
        raise Http404("theme missing from this version")
    can_edit = access.can_edit(request, assessment)
    read_only = assessment.is_submitted or not can_edit
    context = {
        "assessment": assessment,
        "theme_block": block,
        "themes": _theme_nav(data, key),
        "read_only": read_only,
        "next_key": _next_key(data, key),
        "conflicts": {},
    }
    status = 200
    if request.method == "POST":
        access.require_edit(request, assessment)
        result = _save(request, assessment, block, context)
        if result is None:
            return _after_save(request, assessment, key, context["next_key"])
        status = result
    else:
        context["forms"] = _answer_forms(block, disabled=read_only)
    return render(request, "selftest/theme.html", context, status=status)


def _next_key(data, key):
    keys = [b.key for b in data.themes]
    index = keys.index(key)
    return keys[index + 1] if index + 1 < len(keys) else None


def _save(request, assessment, block, context) -> int | None:
    """Validate and save; None on success, else the status of the re-rendered page."""
    if assessment.is_submitted:
        context["forms"] = _answer_forms(block, request.POST)  # keep what was typed
        context["locked_error"] = True
        return 409
    forms = _answer_forms(block, request.POST)
    context["forms"] = forms
    if not all(form.is_valid() for _row, form in forms):
        context["error_summary"] = [
            (_anchor(form, name), f"{row.question.code}: {form.fields[name].label}", error)
            for row, form in forms
            for name, errors in form.errors.items()
            for error in errors
        ]
        return 400
    entries = [
        services.AnswerInput(
            question_id=row.question.pk,
            value=form.cleaned_data["value"],
            explanation=form.cleaned_data["explanation"],
            evidence_url=form.cleaned_data["evidence_url"],
            action=form.cleaned_data["action"],
            revision=form.cleaned_data["revision"],
            original=form.cleaned_data["original"] or "",
        )
        for row, form in forms
    ]
    try:
        result = services.answers_save(
            assessment=assessment, theme=block.theme, user=request.user, entries=entries
        )
    except services.AssessmentLocked:
        context["forms"] = _answer_forms(block, request.POST)  # keep what was typed
        context["locked_error"] = True
        return 409
    if result.conflicts:
        # Keep what this member typed, but base it on the newest saved version so that saving
        # again is a deliberate choice and not another conflict.
        data = request.POST.copy()
        for conflict in result.conflicts:
            prefix = f"q{conflict.question_id}"
            data[f"{prefix}-revision"] = conflict.theirs.revision if conflict.theirs else 0
            data[f"{prefix}-original"] = services.answer_fingerprint_of(conflict.theirs)
        context["forms"] = _answer_forms(block, data)
        context["conflicts"] = {c.question_id: c.theirs for c in result.conflicts}
        return 409
    if result.missing:
        messages.warning(
            request,
            _(
                "Een vraag bestaat niet meer in deze vragenlijst. "
                "Uw andere antwoorden zijn opgeslagen."
            ),
        )
    return None


def _anchor(form, name: str) -> str:
    # A radio group has no single id; the first option is where the keyboard lands.
    auto_id = form[name].auto_id
    return f"{auto_id}_0" if name == "value" else auto_id


def _after_save(request, assessment, key, next_key):
    messages.success(request, _("Uw antwoorden zijn opgeslagen."))
    if "next" in request.POST and next_key:
        return redirect("selftest:theme", pk=assessment.pk, key=next_key)
    if "next" in request.POST:
        return redirect("selftest:overview", pk=assessment.pk)
    return redirect("selftest:theme", pk=assessment.pk, key=key)


@member_required
@require_POST
def submit(request, pk: int):
    assessment = access.visible_assessment(request, pk)
    access.require_edit(request, assessment)
    data = selectors.assessment_data(assessment=assessment)
    try:
        services.assessment_submit(
            assessment=assessment,
            user=request.user,
            open_questions=data.summary.total - data.summary.answered,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De zelftest is ingediend. Het rapport is klaar."))
    return redirect("selftest:overview", pk=assessment.pk)


@member_required
def reopen(request, pk: int):
    assessment = access.visible_assessment(request, pk)
    access.require_reopen(request, assessment)
    form = ReopenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_reopen(
                assessment=assessment, user=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("De zelftest staat weer open."))
        return redirect("selftest:overview", pk=assessment.pk)
    return render(
        request,
        "selftest/reopen.html",
        {"assessment": assessment, "form": form},
        status=400 if form.errors else 200,
    )


@member_required
@require_POST
def publish(request, pk: int):
    """Publish or withdraw the public summary (opt-in by the council)."""
    assessment = access.visible_assessment(request, pk)
    access.require_edit(request, assessment)
    wanted = request.POST.get("publish") == "1"
    try:
        services.assessment_set_published(
            assessment=assessment, user=request.user, published=wanted
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("De samenvatting staat nu op de website.")
            if wanted
            else _("De samenvatting staat niet meer op de website."),
        )
    return redirect("selftest:overview", pk=assessment.pk)


@member_required
@require_POST
def share(request, pk: int):
    """Share the answers with the other party of the same municipality and year, or stop."""
    assessment = access.visible_assessment(request, pk)
    access.require_edit(request, assessment)
    wanted = request.POST.get("share") == "1"
    services.assessment_set_shared(assessment=assessment, shared=wanted)
    messages.success(
        request,
        _("De antwoorden zijn gedeeld voor het gesprek.")
        if wanted
        else _("De antwoorden worden niet meer gedeeld."),
    )
    return redirect("selftest:overview", pk=assessment.pk)
