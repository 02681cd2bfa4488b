"""No third-party requests by default: map tiles only come from a server the municipality set."""

import json
import os
import re
import subprocess
import sys

from django.conf import settings

SETTINGS_PROBE = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([s.DIRECTORY_MAP_TILE_URL, "
    "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
)


def settings_with(env: dict[str, str]) -> tuple[str, list[str]]:
    """The tile URL and img-src a fresh process gets from these environment variables."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTORY_MAP_")}
    clean["DJANGO_SETTINGS_MODULE"] = "steunwijzer.settings.test"
    output = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        env={**clean, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tile_url, img_src = json.loads(output.strip().splitlines()[-1])
    return tile_url, img_src


def test_by_default_there_is_no_tile_server_and_img_src_is_self():
    tile_url, img_src = settings_with({})
    assert tile_url == ""
    assert img_src == ["'self'", "data:"]


def test_a_chosen_tile_server_is_allowed_in_img_src():
    tile_url, img_src = settings_with(
        {"DIRECTORY_MAP_TILE_URL": "https://tiles.example.nl/{z}/{x}/{y}.png"}
    )
    assert tile_url.startswith("https://tiles.example.nl/")
    assert img_src == ["'self'", "data:", "https://tiles.example.nl"]


def test_the_search_page_loads_nothing_from_elsewhere(client, directory_page, sample_services):
    response = client.get("/sociale-kaart/", {"postcode": "6001"})
    html = response.content.decode()
    assert 'data-tile-url=""' in html
    assert 'class="sw-dir-card"' in html  # there are markers to show
    assert not re.search(r'\b(src|srcset|data-tile-url)="(https?:)?//', html)
    policy = response["Content-Security-Policy"]
    assert "img-src 'self' data:;" in policy + ";"
