"""Friendly error pages."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception):
    """A 404 that keeps the site's header, navigation and search."""
    return render(request, "404.html", status=404)


def server_error(request):
    """A 500 rendered from a self-contained template: the database may be the thing that failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
