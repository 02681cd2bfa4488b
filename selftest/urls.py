"""URLs of the self-test, under /zelftest/ (and /en/zelftest/)."""

from django.urls import path, register_converter

from selftest.views import assessments, auth, exports, reports


class ExportFormat:
    regex = "csv|xlsx|pdf"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ExportFormat, "export")

app_name = "selftest"
urlpatterns = [
    path("", assessments.dashboard, name="dashboard"),
    path("inloggen/", auth.LoginView.as_view(), name="login"),
    path("uitloggen/", auth.LogoutView.as_view(), name="logout"),
    path("uitnodiging/<str:token>/", auth.invitation, name="invitation"),
    path("starten/", assessments.start, name="start"),
    path("openbaar/", reports.published_list, name="published_list"),
    path("openbaar/<int:pk>/", reports.published_detail, name="published_detail"),
    path("<int:pk>/", assessments.overview, name="overview"),
    path("<int:pk>/thema/<slug:key>/", assessments.theme, name="theme"),
    path("<int:pk>/indienen/", assessments.submit, name="submit"),
    path("<int:pk>/heropenen/", assessments.reopen, name="reopen"),
    path("<int:pk>/openbaar-maken/", assessments.publish, name="publish"),
    path("<int:pk>/delen/", assessments.share, name="share"),
    path("<int:pk>/rapport/", reports.report_view, name="report"),
    path("<int:pk>/gesprek/", reports.dialogue, name="dialogue"),
    path("<int:pk>/export.<export:fmt>", exports.export, name="export"),
]
