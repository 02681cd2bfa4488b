"""The project's own URL configuration serves the open data (no test URL configuration)."""


def test_site_urls_serve_the_api_and_downloads(client, social_map):
    response = client.get("/api/hsds/services")
    assert response.status_code == 200
    assert response.json()["total_items"] == 3
    assert client.get("/open-data/hsds/taxonomy.json").status_code == 200
