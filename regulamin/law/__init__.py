"""The law as data: its sources with their official identifiers, its switch dates (epochs)
each named once with the act that made it, and its numbers (periods, presumptions, windows)
as dated parameters with their citations. Nothing here decides anything; the rules read it.

* :mod:`.sources`: the acts cited, and :class:`Citation` of their articles;
* :mod:`.epochs`: the days from which the law reads differently;
* :mod:`.parameters`: the periods a rule counts, by epoch.
"""

from .epochs import (
    ADR_2017,
    DIRECTIVES_2023,
    DSA_2024,
    EPOCHS,
    KC_LIMITATION_2018,
    OMNIBUS_2023,
    PNPK_2021,
    PNPK_DECLARATION_2025,
    SATURDAY_2017,
    UOPK_IN_FORCE,
    WIGILIA_2025,
    WITHDRAWAL_FUNCTION,
    Act,
    Epoch,
)
from .sources import (
    DAYS_OFF_ACT,
    DSA,
    GDPR,
    KC,
    KPC,
    REG_1182_71,
    UOIC,
    UOPK,
    USUDE,
    Citation,
    Source,
    citations,
)

__all__ = [
    "ADR_2017",
    "DAYS_OFF_ACT",
    "DIRECTIVES_2023",
    "DSA",
    "DSA_2024",
    "EPOCHS",
    "GDPR",
    "KC",
    "KC_LIMITATION_2018",
    "KPC",
    "OMNIBUS_2023",
    "PNPK_2021",
    "PNPK_DECLARATION_2025",
    "REG_1182_71",
    "SATURDAY_2017",
    "UOIC",
    "UOPK",
    "UOPK_IN_FORCE",
    "USUDE",
    "WIGILIA_2025",
    "WITHDRAWAL_FUNCTION",
    "Act",
    "Citation",
    "Epoch",
    "Source",
    "citations",
]
