"""Facts: frozen, validated pydantic models. Data only; this package imports nothing else of
regulamin's, so every layer above can use it."""

from .base import Fact, Instant, Money
from .clauses import ClauseRef, Stated
from .complaint import Complaint, Demand
from .conformity import ConformityFacts, PkdClass, ProductActivity, RemedyFacts
from .contract import (
    Channel,
    Contract,
    ContractType,
    Delivery,
    DigitalKind,
    OffPremisesSetting,
    Subject,
)
from .liability import CapBasis, DamageClaim, Fault, LiabilityClause
from .parties import Customer, PersonKind, PkdCode, Status
from .prices import PriceHistory, PricePoint, Reduction
from .rekojmia import RekojmiaFacts
from .terms_versions import (
    AnnouncedVersion,
    ChangeNotice,
    ChangePolicy,
    ContinuingContract,
    NoticeTerms,
    Terms,
    TermsVersion,
)
from .withdrawal import (
    INFORMED_BY_CONCLUSION,
    Exclusion,
    ExclusionClaim,
    GoodsReturn,
    Informed,
    Payments,
    RightInformation,
    WithdrawalStatement,
)

__all__ = [
    "INFORMED_BY_CONCLUSION",
    "AnnouncedVersion",
    "CapBasis",
    "ChangeNotice",
    "ChangePolicy",
    "Channel",
    "ClauseRef",
    "Complaint",
    "ConformityFacts",
    "ContinuingContract",
    "Contract",
    "ContractType",
    "Customer",
    "DamageClaim",
    "Delivery",
    "Demand",
    "DigitalKind",
    "Exclusion",
    "ExclusionClaim",
    "Fact",
    "Fault",
    "GoodsReturn",
    "Informed",
    "Instant",
    "LiabilityClause",
    "Money",
    "NoticeTerms",
    "OffPremisesSetting",
    "Payments",
    "PersonKind",
    "PkdClass",
    "PkdCode",
    "PriceHistory",
    "PricePoint",
    "ProductActivity",
    "Reduction",
    "RekojmiaFacts",
    "RemedyFacts",
    "RightInformation",
    "Stated",
    "Status",
    "Subject",
    "Terms",
    "TermsVersion",
    "WithdrawalStatement",
]
