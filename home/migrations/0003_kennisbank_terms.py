"""Seed the Kennisbank's taxonomies; editors can rename and add terms, the slugs stay stable."""

from django.db import migrations

KINDS = [
    ("handreiking", "Handreiking", "Guide"),
    ("informatiekaart", "Informatiekaart of factsheet", "Fact sheet"),
    ("praktijkvoorbeeld", "Praktijkvoorbeeld", "Practice example"),
    ("onderzoek", "Onderzoek", "Research"),
    ("wet-en-regelgeving", "Wet- en regelgeving", "Legislation"),
    ("beroepscode", "Beroepscode of beroepsprofiel", "Professional code or profile"),
    ("instrument", "Instrument of hulpmiddel", "Tool"),
    ("anders", "Anders", "Other"),
]
AUDIENCES = [
    ("gemeenten", "Gemeenten", "Municipalities"),
    ("wmo-raden", "Wmo-raden en cliëntenorganisaties", "Wmo councils and client organisations"),
    ("clientondersteuners", "Cliëntondersteuners", "Client supporters"),
    ("inwoners", "Inwoners", "Residents"),
    ("zorgkantoren", "Zorgkantoren", "Care offices (zorgkantoren)"),
]
SELFTEST_THEMES = [
    ("beleidsplan", "Beleidsplan", "Policy plan"),
    ("onafhankelijkheid", "Onafhankelijkheid", "Independence"),
    ("levensbreedheid", "Levensbreedheid", "All areas of life"),
    ("toegankelijkheid", "Toegankelijkheid", "Accessibility"),
    ("informatieplicht", "Informatieplicht", "Duty to inform"),
    ("kwaliteit", "Kwaliteit en evaluatie", "Quality and evaluation"),
    ("inspraak", "Inspraak", "Participation"),
]
LIFE_DOMAINS = [
    ("wonen", "Wonen", "Housing"),
    ("zorg-en-gezondheid", "Zorg en gezondheid", "Care and health"),
    ("welzijn-en-meedoen", "Welzijn en meedoen", "Wellbeing and taking part"),
    ("opvoeden-en-jeugd", "Opvoeden en jeugd", "Parenting and youth"),
    ("onderwijs", "Onderwijs", "Education"),
    ("werk-en-inkomen", "Werk en inkomen", "Work and income"),
    ("geldzaken-en-schulden", "Geldzaken en schulden", "Money and debts"),
    ("mantelzorg", "Mantelzorg", "Informal care"),
    ("veiligheid", "Veiligheid", "Safety"),
]


def seed(apps, schema_editor):
    for model_name, rows in [("PublicationKind", KINDS), ("Audience", AUDIENCES)]:
        model = apps.get_model("home", model_name)
        for order, (slug, name, name_en) in enumerate(rows):
            model.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
            )
    theme = apps.get_model("home", "Theme")
    for order, (slug, name, name_en) in enumerate(SELFTEST_THEMES + LIFE_DOMAINS):
        theme.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_en": name_en, "sort_order": order,
                      "is_selftest_theme": order < len(SELFTEST_THEMES)},
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_kennisbank")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
