"""StreamField blocks for content pages, shared with the other apps."""

from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from home.locales import localized

# Plain, accessible formatting only: no colours, fonts or h1 (the page title is the h1).
RICH_TEXT_FEATURES = ["bold", "italic", "h2", "h3", "ol", "ul", "link", "document-link"]

VIDEO_HOSTS = {"www.youtube.com", "youtube.com", "youtu.be", "vimeo.com", "player.vimeo.com"}


class LinkStructValue(blocks.StructValue):
    """Resolves a link that is either an internal page or an external URL."""

    def href(self):
        # Named href, not url: templates look up dict keys first, and "url" is a field.
        page = self.get("page")
        return localized(page).url if page else self.get("url")


class PageOrUrlBlock(blocks.StructBlock):
    """Base for blocks that link to either an internal page or an external web address."""

    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)

    class Meta:
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                non_block_errors=ValidationError(_("Kies een pagina óf vul een webadres in."))
            )
        return value


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the heading order correct for screen readers."""

    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"), choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "components/streamfield/heading_block.html"
        preview_value = {"text": "Wat is cliëntondersteuning?", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text."""

    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie de afbeelding niet ziet."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "components/streamfield/image_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("alt_text", "").strip().lower() in {"afbeelding", "image", "foto", "plaatje"}:
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Beschrijf wat er te zien is."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag of titel"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open with the native <details> element, so no JavaScript."""

    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Veelgestelde vragen")
        template = "components/streamfield/accordion_block.html"
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [{"question": "Kost het geld?", "answer": "<p>Nee, het is gratis.</p>"}],
        }


class CallToActionBlock(PageOrUrlBlock):
    """A short text with one clear button."""

    text = blocks.CharBlock(label=_("Tekst"), max_length=250)
    label = blocks.CharBlock(label=_("Knoptekst"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "components/streamfield/call_to_action_block.html"


class ContactCardBlock(blocks.StructBlock):
    """How to reach an organisation: phone, e-mail, address and opening hours."""

    name = blocks.CharBlock(label=_("Naam"), max_length=120)
    description = blocks.TextBlock(label=_("Korte uitleg"), required=False, max_length=300)
    phone = blocks.CharBlock(label=_("Telefoon"), required=False, max_length=30)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    address = blocks.TextBlock(label=_("Adres"), required=False, max_length=200)
    opening_hours = blocks.CharBlock(label=_("Bereikbaar"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Contactkaart")
        template = "components/streamfield/contact_card_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("phone") or value.get("email") or value.get("address")):
            raise blocks.StructBlockValidationError(
                non_block_errors=ValidationError(
                    _("Vul minstens een telefoonnummer, e-mailadres of adres in.")
                )
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"), max_length=600)
    attribution = blocks.CharBlock(label=_("Van wie"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "components/streamfield/quote_block.html"


class AccessibleTableBlock(blocks.StructBlock):
    """A table with a caption, which screen readers announce before the table."""

    caption = blocks.CharBlock(label=_("Bijschrift"), max_length=200)
    table = TableBlock(label=_("Tabel"), table_options={"startRows": 3, "startCols": 2})

    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "components/streamfield/table_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A download link that shows file type and size, so residents know what they get."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Linktekst"), required=False, max_length=150)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/streamfield/document_link_block.html"


class VideoBlock(blocks.StructBlock):
    """A video shown as a link with its transcript.

    No player is embedded: an embedded player loads third-party scripts and cookies before the
    resident chooses to watch. The transcript makes the content accessible without the video.
    """

    title = blocks.CharBlock(label=_("Titel"), max_length=150)
    url = blocks.URLBlock(label=_("Webadres van de video"))
    duration = blocks.CharBlock(label=_("Duur"), required=False, max_length=20)
    transcript = blocks.RichTextBlock(label=_("Uitgeschreven tekst"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/streamfield/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if urlparse(value["url"]).hostname not in VIDEO_HOSTS:
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Gebruik een link naar YouTube of Vimeo."))}
            )
        return value


class ContentStreamBlock(blocks.StreamBlock):
    """Every block an editor can put on a content page."""

    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="components/streamfield/paragraph_block.html",
    )
    heading = HeadingBlock()
    image = ImageBlock()
    accordion = AccordionBlock()
    call_to_action = CallToActionBlock()
    contact_card = ContactCardBlock()
    quote = QuoteBlock()
    table = AccessibleTableBlock()
    document = DocumentLinkBlock()
    video = VideoBlock()


class TileBlock(PageOrUrlBlock):
    """An entry tile on the home page: one task a visitor comes for."""

    title = blocks.CharBlock(label=_("Titel"), max_length=60)
    text = blocks.CharBlock(label=_("Tekst"), max_length=160)

    class Meta:
        icon = "link"
        label = _("Tegel")
        template = "components/streamfield/tile_block.html"
