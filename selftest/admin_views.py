"""Wagtail admin views for the questionnaire: publish and copy a version, send invitations."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from selftest import services
from selftest.models import QuestionnaireVersion


class VersionCreateView(generic.CreateView):
    """A new version starts with the seven themes, ready for questions."""

    def save_instance(self):
        instance = super().save_instance()
        services.questionnaire_version_ensure_themes(version=instance)
        return instance

    def get_success_url(self):
        return reverse("selftest_themes:index") + f"?version={self.object.pk}"


class VersionEditView(generic.EditView):
    """Adds buttons to edit the themes, publish the draft and copy the version."""

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        pk = self.object.pk
        buttons.append(
            HeaderButton(
                _("Thema's en vragen"),
                icon_name="list-ul",
                url=reverse("selftest_themes:index") + f"?version={pk}",
            )
        )
        if not self.object.is_published:
            buttons.append(
                HeaderButton(
                    _("Publiceren"),
                    icon_name="upload",
                    url=reverse("selftest_versions:publish", args=[pk]),
                )
            )
        buttons.append(
            HeaderButton(
                _("Kopiëren naar nieuwe conceptversie"),
                icon_name="copy",
                url=reverse("selftest_versions:copy_version", args=[pk]),
            )
        )
        return buttons


class VersionDeleteView(generic.DeleteView):
    """A version that assessments were made on stays: they keep their questions."""

    def form_valid(self, form):
        if self.object.assessments.exists():
            messages.error(
                self.request,
                _(
                    "Op deze versie zijn zelftesten gemaakt. "
                    "Die houden hun vragen; u kunt hem niet verwijderen."
                ),
            )
            return redirect(reverse("selftest_versions:edit", args=[self.object.pk]))
        return super().form_valid(form)


def _require_change(request) -> None:
    if not ModelPermissionPolicy(QuestionnaireVersion).user_has_permission(request.user, "change"):
        raise PermissionDenied


def publish_version(request, pk: int):
    """Confirm, then publish: the version is frozen from then on."""
    _require_change(request)
    version = get_object_or_404(QuestionnaireVersion, pk=pk)
    problems = services.questionnaire_version_problems(version=version)
    if request.method == "POST":
        try:
            services.questionnaire_version_publish(version=version)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(reverse("selftest_versions:publish", args=[pk]))
        messages.success(
            request,
            _("Versie '%(name)s' is gepubliceerd. Nieuwe zelftesten gebruiken deze vragen.")
            % {"name": version.name},
        )
        return redirect(reverse("selftest_versions:edit", args=[pk]))
    return TemplateResponse(
        request,
        "selftest/admin/confirm_version.html",
        {
            "version": version,
            "problems": problems,
            "action": "publish",
            "page_title": _("Versie publiceren"),
            "header_title": _("Versie publiceren"),
        },
    )


def copy_version(request, pk: int):
    """Confirm, then make a new draft with copies of every theme and question."""
    _require_change(request)
    version = get_object_or_404(QuestionnaireVersion, pk=pk)
    if request.method == "POST":
        copy = services.questionnaire_version_copy(version=version)
        messages.success(
            request,
            _("Nieuwe conceptversie gemaakt. Pas de vragen aan en publiceer hem als hij klaar is."),
        )
        return redirect(reverse("selftest_versions:edit", args=[copy.pk]))
    return TemplateResponse(
        request,
        "selftest/admin/confirm_version.html",
        {
            "version": version,
            "problems": [],
            "action": "copy",
            "page_title": _("Versie kopiëren"),
            "header_title": _("Versie kopiëren"),
        },
    )


class InvitationCreateView(generic.CreateView):
    """Saving an invitation e-mails the link."""

    success_message = gettext_lazy("De uitnodiging is verstuurd naar %(object)s.")

    def save_instance(self):
        data = self.form.cleaned_data
        return services.invitation_create(
            council=data["council"],
            email=data["email"],
            created_by=self.request.user,
            build_url=lambda token: self.request.build_absolute_uri(
                reverse("selftest:invitation", args=[token])
            ),
        )


class NoAddPolicy(ModelPermissionPolicy):
    """Editors change and view, but records are made elsewhere (themes come with a version)."""

    denied = ("add", "delete")

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, a) for a in actions)


class ReadOnlyPolicy(NoAddPolicy):
    """The audit log can be read, never changed."""

    denied = ("add", "change", "delete")


class NoChangePolicy(NoAddPolicy):
    """Invitations are sent and can be withdrawn (deleted), but not changed afterwards."""

    denied = ("change",)
