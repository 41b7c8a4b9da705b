"""regulamin: Polish e-commerce terms and the consumer law behind them, as rules in code.

Facts go in as typed, validated models; every rule returns a :class:`Decision` with its
outcome, deadline and reasons (rule, legal basis, a sentence from the catalogs in Polish,
English or Ukrainian). Nothing reads a clock, a file or a global: "today" is always a
parameter.

>>> from datetime import date
>>> import regulamin as rg
>>> buyer = rg.Customer.consumer()
>>> order = rg.Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
>>> d = rg.withdrawal(buyer, order, deliveries=[rg.Delivery(received_on=date(2026, 12, 10))])
>>> d.available, d.deadline
(True, datetime.date(2026, 12, 28))
"""


from . import calendars, terms
from .decision import Decision, Percent, Reason, Text, Undetermined
from .errors import InvalidFacts, LawNotCovered, RegulaminError, UnknownRule
from .models import (
    INFORMED_BY_CONCLUSION,
    AnnouncedVersion,
    CapBasis,
    ChangeNotice,
    ChangePolicy,
    Channel,
    Complaint,
    ConformityFacts,
    ContinuingContract,
    Contract,
    Customer,
    DamageClaim,
    Delivery,
    Demand,
    DigitalKind,
    Exclusion,
    ExclusionClaim,
    Fault,
    GoodsReturn,
    Informed,
    LiabilityClause,
    NoticeTerms,
    OffPremisesSetting,
    Payments,
    PersonKind,
    PriceHistory,
    PricePoint,
    ProductActivity,
    Reduction,
    RemedyFacts,
    RightInformation,
    Subject,
    Terms,
    TermsVersion,
    WithdrawalStatement,
)
from .registry import REGISTRY
from .rules.complaints import ComplaintDecision, ReplyStatus, complaint_reply
from .rules.conformity import (
    Regime,
    conformity_liability,
    conformity_regime,
    conformity_remedies,
    reduction_refund_deadline,
    withdrawal_refund_deadline,
)
from .rules.prices import LowestPriceDecision, PriceIndex, lowest_price
from .rules.professional_character import professional_character
from .rules.status import Status, customer_status
from .rules.versions import terms_for_continuing_contract, terms_for_order
from .rules.withdrawal import (
    RefundDecision,
    ReturnDecision,
    StartEvent,
    WithdrawalDecision,
    refund,
    return_deadline,
    withdrawal,
)
from .terms import (
    ShopTerms,
    promised_complaint_reply,
    promised_conformity,
    promised_reduction_refund,
    promised_refund,
    promised_withdrawal,
)
from .terms.business import (
    account_termination,
    court_of_seller_seat,
    liability_cap,
    prepayment,
    seller_withdrawal,
    warranty_exclusion,
)
from .terms.payments import payment_due, payment_reminders, service_shutdown
from .terms.service import (
    activation_deadline,
    contract_conclusion,
    dsa_appeal,
    email_limit,
    fault_fix_deadline,
    suspension,
    transfer_limit,
    website_complaint,
)
from .terms.sla import non_sla_reply, sla_applies, sla_first_reply, sla_restore
from .terms.support import (
    support_channels,
    support_entitlement,
    ticket_closing,
    ticket_first_reply,
    ticket_routing,
)

__version__ = "0.1.0"

__all__ = [
    "INFORMED_BY_CONCLUSION",
    "REGISTRY",
    "AnnouncedVersion",
    "CapBasis",
    "ChangeNotice",
    "ChangePolicy",
    "Channel",
    "Complaint",
    "ComplaintDecision",
    "ConformityFacts",
    "ContinuingContract",
    "Contract",
    "Customer",
    "DamageClaim",
    "Decision",
    "Delivery",
    "Demand",
    "DigitalKind",
    "Exclusion",
    "ExclusionClaim",
    "Fault",
    "GoodsReturn",
    "Informed",
    "InvalidFacts",
    "LawNotCovered",
    "LiabilityClause",
    "LowestPriceDecision",
    "NoticeTerms",
    "OffPremisesSetting",
    "Payments",
    "Percent",
    "PersonKind",
    "PriceHistory",
    "PriceIndex",
    "PricePoint",
    "ProductActivity",
    "Reason",
    "Reduction",
    "RefundDecision",
    "Regime",
    "RegulaminError",
    "RemedyFacts",
    "ReplyStatus",
    "ReturnDecision",
    "RightInformation",
    "ShopTerms",
    "StartEvent",
    "Status",
    "Subject",
    "Terms",
    "TermsVersion",
    "Text",
    "Undetermined",
    "UnknownRule",
    "WithdrawalDecision",
    "WithdrawalStatement",
    "account_termination",
    "activation_deadline",
    "calendars",
    "complaint_reply",
    "conformity_liability",
    "conformity_regime",
    "conformity_remedies",
    "contract_conclusion",
    "court_of_seller_seat",
    "customer_status",
    "dsa_appeal",
    "email_limit",
    "fault_fix_deadline",
    "liability_cap",
    "lowest_price",
    "non_sla_reply",
    "payment_due",
    "payment_reminders",
    "prepayment",
    "professional_character",
    "promised_complaint_reply",
    "promised_conformity",
    "promised_reduction_refund",
    "promised_refund",
    "promised_withdrawal",
    "reduction_refund_deadline",
    "refund",
    "return_deadline",
    "seller_withdrawal",
    "service_shutdown",
    "sla_applies",
    "sla_first_reply",
    "sla_restore",
    "support_channels",
    "support_entitlement",
    "suspension",
    "terms",
    "terms_for_continuing_contract",
    "terms_for_order",
    "ticket_closing",
    "ticket_first_reply",
    "ticket_routing",
    "transfer_limit",
    "warranty_exclusion",
    "website_complaint",
    "withdrawal",
    "withdrawal_refund_deadline",
]
