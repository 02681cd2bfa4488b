"""The PDF "Voorbereiding op het gesprek", made with WeasyPrint from an HTML template."""

from django.template.loader import render_to_string


def render(context: dict, *, base_url: str) -> bytes:
    """A tagged PDF (PDF/UA-1), so screen readers can read it too."""
    from weasyprint import HTML

    html = render_to_string("wegwijzer/pdf/preparation.html", context)
    return HTML(string=html, base_url=base_url).write_pdf(pdf_variant="pdf/ua-1")
