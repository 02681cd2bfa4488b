"""Block validation that protects residents: alt text, working links, safe video hosts."""

import pytest
from wagtail.blocks import StructBlockValidationError

from home.blocks import CallToActionBlock, ContactCardBlock, ImageBlock, VideoBlock


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Lees meer", "label": "Ga", "page": None, "url": ""}))
    value = block.clean(
        block.to_python(
            {"text": "Lees meer", "label": "Ga", "page": None, "url": "https://www.example.org/"}
        )
    )
    assert value.href() == "https://www.example.org/"


def test_contact_card_needs_a_way_to_reach_someone():
    block = ContactCardBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"name": "Steunpunt"}))
    assert block.clean(block.to_python({"name": "Steunpunt", "phone": "0123-000000"}))


@pytest.mark.parametrize("url", ["https://evil.example.com/video", "javascript:alert(1)"])
def test_video_only_from_known_hosts(url):
    block = VideoBlock()
    with pytest.raises((StructBlockValidationError, Exception)):
        block.clean(block.to_python({"title": "Uitleg", "url": url, "transcript": "<p>Tekst</p>"}))


def test_video_renders_link_and_transcript_without_embedding():
    block = VideoBlock()
    value = block.to_python(
        {
            "title": "Uitleg",
            "url": "https://www.youtube.com/watch?v=x",
            "transcript": "<p>Dit is wat er gezegd wordt.</p>",
        }
    )
    html = block.render(value)
    assert "<iframe" not in html
    assert "Dit is wat er gezegd wordt." in html


@pytest.mark.django_db
def test_image_alt_text_must_describe_the_image():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Ouderenadviseur", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "foto", "caption": ""}))
    value = block.clean(
        block.to_python(
            {"image": image.pk, "alt_text": "Een adviseur aan de keukentafel", "caption": ""}
        )
    )
    assert 'alt="Een adviseur aan de keukentafel"' in block.render(value)
