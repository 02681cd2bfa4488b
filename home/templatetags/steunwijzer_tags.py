"""Template tags for the parts around the content; each gets its data from home.chrome."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from home import chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Site name, menu and footer links for the current request."""
    return chrome.chrome_for_request(context["request"])


@register.simple_tag(takes_context=True)
def language_alternates(context, page=None):
    """Links to this page in the other languages."""
    return chrome.alternates_for(context["request"], page or None)


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, root):
    """The path from the site's home page to this page."""
    return {"ancestors": chrome.breadcrumbs_for(context["request"], page, root), "page": page}


# Characters that could end a <script> element or start markup, escaped as JSON allows.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    """Render structured data as a schema.org JSON-LD script element, safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - escaped above; the browser never executes JSON-LD
        f'<script type="application/ld+json">{payload.translate(_JSON_SCRIPT_ESCAPES)}</script>'
    )
