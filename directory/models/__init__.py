"""Models of the social map, split by concern so each module stays small."""

from .location import Location, OpeningException, OpeningHours
from .organisation import Organisation, OrganisationStatus
from .pages import DirectoryPage
from .reference import Municipality, Postcode
from .report import ErrorReport, ReportStatus
from .service import AreaType, Service, ServiceStatus
from .taxonomy import Language, LifeDomain, SupportLine, TargetGroup

__all__ = [
    "AreaType",
    "DirectoryPage",
    "ErrorReport",
    "Language",
    "LifeDomain",
    "Location",
    "Municipality",
    "OpeningException",
    "OpeningHours",
    "Organisation",
    "OrganisationStatus",
    "Postcode",
    "ReportStatus",
    "Service",
    "ServiceStatus",
    "SupportLine",
    "TargetGroup",
]
