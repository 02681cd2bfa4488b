"""JSON fixtures that keep every primary key and name only content types by natural key.

Plain `dumpdata --natural-foreign` writes a page reference as the page's url_path: that breaks
on audit-log entries of deleted pages (the page cannot be fetched) and loses nothing but risks
much. Page ids must stay what they were anyway, since StreamField blocks and revisions refer to
pages and images by id. Content types and permissions are the exception: migrate creates them
with other ids in every database, so references to them are written as natural keys.
"""

from django.core.serializers.json import Deserializer  # noqa: F401 - loaddata needs the pair
from django.core.serializers.json import Serializer as JsonSerializer

NATURAL = {"contenttypes.contenttype", "auth.permission"}


class Serializer(JsonSerializer):
    """Natural foreign keys for content types and permissions only."""

    def _use_natural(self, field) -> bool:
        return field.remote_field.model._meta.label_lower in NATURAL

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = self._use_natural(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = self._use_natural(field)
        super().handle_m2m_field(obj, field)
