"""schema.org CreativeWork data and a citation line for a publication."""

from home.models import DatePrecision, PublicationPage


def publication_date_iso(publication: PublicationPage) -> str:
    """ISO date as precise as known: 2014, 2014-05 or 2014-05-12."""
    date = publication.publication_date
    if publication.date_precision == DatePrecision.YEAR:
        return f"{date.year:04d}"
    if publication.date_precision == DatePrecision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def publication_jsonld(publication: PublicationPage, *, page_url: str) -> dict:
    """The facts of a publication as schema.org CreativeWork."""
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": publication.title,
        "url": page_url,
        "abstract": publication.summary,
        "datePublished": publication_date_iso(publication),
        "inLanguage": publication.content_language,
        "genre": publication.kind.name_nl,
        "publisher": {"@type": "Organization", "name": publication.publisher.name},
        "about": [theme.name_nl for theme in publication.themes.all()],
        "audience": [
            {"@type": "Audience", "audienceType": a.name_nl} for a in publication.audiences.all()
        ],
    }
    if publication.number_of_pages:
        data["numberOfPages"] = publication.number_of_pages
    if publication.external_url:
        data["sameAs"] = publication.external_url
    if publication.municipality:
        data["spatialCoverage"] = publication.municipality
    return data


def publication_citation(publication: PublicationPage) -> str:
    """A citation line: Publisher (date). Title. Kind. Link."""
    parts = [f"{publication.publisher.name} ({publication.date_display}).", f"{publication.title}."]
    parts.append(f"{publication.kind.label}.")
    if publication.external_url:
        parts.append(publication.external_url)
    return " ".join(parts)
