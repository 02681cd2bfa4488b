"""/api/hsds/: the read-only HSDS 3.0 API (outside the language prefixes)."""

from django.urls import path

from directory.hsds import api

urlpatterns = [
    path("", api.root, name="hsds_api_root"),
    path("openapi.json", api.openapi_document, name="hsds_openapi"),
    path("schema/<path:name>", api.schema_file, name="hsds_schema"),
    path("services", api.services, name="hsds_services"),
    path("services/<str:hsds_id>", api.service, name="hsds_service"),
    path("organizations", api.organizations, name="hsds_organizations"),
    path("organizations/<str:hsds_id>", api.organization, name="hsds_organization"),
    path("taxonomies", api.taxonomies, name="hsds_taxonomies"),
    path("taxonomies/<str:hsds_id>", api.taxonomy, name="hsds_taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="hsds_taxonomy_terms"),
    path("taxonomy_terms/<str:hsds_id>", api.taxonomy_term, name="hsds_taxonomy_term"),
    # Anything else under /api/hsds/ is a JSON 404 too, not the site's HTML page.
    path("<path:rest>", api.not_found, name="hsds_not_found"),
]
