"""/open-data/hsds/<file>: the published social map as HSDS 3.0 downloads."""

from django.urls import path

from directory.hsds import views

urlpatterns = [path("hsds/<str:name>", views.download, name="hsds_download")]
