"""Titles and plain-language explanations of the result groups, in one place."""

from django.utils.translation import gettext_lazy as _

GROUP_TITLES = {
    "netwerk": _("Mensen om u heen en vrijwilligers"),
    "mantelzorg": _("Steun voor mantelzorgers"),
    "onafhankelijk": _("Een onafhankelijke cliëntondersteuner"),
    "bezwaar": _("Hulp bij een klacht of bezwaar"),
    "schulden": _("Hulp bij geldzaken en schulden"),
    "algemeen": _("Hulp in de buurt, zonder aanvraag"),
    "gemeente": _("Hulp op maat via de gemeente"),
}
GROUP_TEXTS = {
    "netwerk": _(
        "Begin bij mensen die u kent: familie, buren, vrienden. Vrijwilligers en mensen die "
        "hetzelfde meemaakten, helpen ook. Dat is vaak het snelst en het dichtst bij u."
    ),
    "mantelzorg": _(
        "Zorgt u voor iemand? Dan kunt u zelf ook steun krijgen: advies, een luisterend oor en "
        "tijd voor uzelf."
    ),
    "onafhankelijk": _(
        "Een cliëntondersteuner denkt met u mee, helpt uw vraag helder te krijgen en gaat mee "
        "naar het gesprek met de gemeente. Hij of zij werkt niet voor de gemeente en staat aan "
        "uw kant."
    ),
    "bezwaar": _(
        "Bent u het niet eens met een besluit, of wilt u klagen? Deze organisaties helpen u "
        "gratis, bijvoorbeeld met een brief of bezwaar."
    ),
    "schulden": _(
        "Hoe eerder u hulp vraagt bij geldzorgen, hoe makkelijker het op te lossen is. U hoeft "
        "zich niet te schamen."
    ),
    "algemeen": _(
        "Deze hulp is voor iedereen. U hebt geen besluit van de gemeente nodig. Vaak is het een "
        "paar gesprekken."
    ),
    "gemeente": _(
        "Is de hulp hierboven niet genoeg? Dan kijkt de gemeente samen met u wat nodig is, in "
        "een gesprek (het keukentafelgesprek). U mag daar iemand bij vragen."
    ),
}
