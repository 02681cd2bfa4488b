"""Search of the social map: one interface, a database and an Elasticsearch backend."""
