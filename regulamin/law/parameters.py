"""The law's numbers as dated data: every period, presumption and window a rule counts, with
the provision that gives it and the epoch from which it applies.

A :class:`Parameter` holds one value per epoch; :meth:`Parameter.at` picks the value in force
on a day (the rule's key date), :meth:`Parameter.since` the one an epoch brought. A rule body
never types a period length: it names the parameter.

>>> from datetime import date
>>> COMPLAINT_REPLY.at(date(2022, 12, 31)).length, COMPLAINT_REPLY.at(date(2023, 1, 1)).length
(30, 14)
>>> str(COMPLAINT_REPLY.at(date(2023, 1, 1)).basis)
'art. 7a ust. 1 UoPK'
>>> WITHDRAWAL.at(date(2026, 1, 1))
Period(length=14, unit=<Unit.DAYS: 'days'>, basis=Citation(...))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .epochs import (
    ADR_2017,
    DIRECTIVES_2023,
    KC_LIMITATION_2018,
    OMNIBUS_2023,
    UOPK_IN_FORCE,
    Epoch,
)
from .sources import KC, UOIC, UOPK, Citation


class Unit(StrEnum):
    """The unit a period is counted in (art. 111-112 KC)."""

    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class Period:
    """A length of time and the provision that sets it."""

    length: int
    unit: Unit
    basis: Citation

    @property
    def days(self) -> int:
        """The length of a period in days (``ValueError`` for months and years, which are
        counted on the calendar, art. 112 KC)."""
        if self.unit is not Unit.DAYS:
            raise ValueError(f"a period of {self.length} {self.unit} is not counted in days")
        return self.length


@dataclass(frozen=True, slots=True)
class Parameter:
    """A number of the law over time: ``(epoch, value)`` pairs, oldest first."""

    name: str
    values: tuple[tuple[Epoch, Period], ...]

    def at(self, day: date) -> Period:
        """The value in force on ``day`` (``LookupError`` before the first epoch)."""
        found: Period | None = None
        for epoch, value in self.values:
            if epoch.starts is not None and epoch.starts <= day:
                found = value
        if found is None:
            raise LookupError(f"{self.name}: no value before {self.values[0][0].starts}")
        return found

    def since(self, epoch: Epoch) -> Period:
        """The value that ``epoch`` brought."""
        for since, value in self.values:
            if since is epoch:
                return value
        raise LookupError(f"{self.name}: no value from epoch {epoch.name}")


def _days(length: int, basis: Citation) -> Period:
    return Period(length, Unit.DAYS, basis)


def _once(name: str, since: Epoch, period: Period) -> Parameter:
    return Parameter(name, ((since, period),))


# ------------------------------------------------------------------ withdrawal (UoPK ch. 4)
WITHDRAWAL = _once("withdrawal", UOPK_IN_FORCE, _days(14, UOPK.art("27", "1")))
"""Art. 27 ust. 1 UoPK: 14 days to withdraw from a distance or off-premises contract."""
WITHDRAWAL_VISIT_OR_TRIP = _once(
    "withdrawal_visit_or_trip", OMNIBUS_2023, _days(30, UOPK.art("27", "2"))
)
"""Art. 27 ust. 2 UoPK: 30 days after an unsolicited visit or a trip organised by the trader."""
NOT_INFORMED = _once(
    "not_informed", UOPK_IN_FORCE, Period(12, Unit.MONTHS, UOPK.art("29", "1"))
)
"""Art. 29 ust. 1 UoPK: never told of the right, the consumer keeps it 12 months longer."""
INFORMED_LATER = _once("informed_later", UOPK_IN_FORCE, _days(14, UOPK.art("29", "2")))
"""Art. 29 ust. 2 UoPK: told within those 12 months, 14 days from being told (30 in the
art. 27 ust. 2 case, :data:`WITHDRAWAL_VISIT_OR_TRIP`)."""
WITHDRAWAL_REFUND = _once("withdrawal_refund", UOPK_IN_FORCE, _days(14, UOPK.art("32", "1")))
"""Art. 32 ust. 1 UoPK: payments refunded within 14 days of receiving the statement."""
GOODS_RETURN = _once("goods_return", UOPK_IN_FORCE, _days(14, UOPK.art("34", "1")))
"""Art. 34 ust. 1 UoPK: the goods sent back within 14 days of withdrawing."""

# ------------------------------------------------------------------ complaints
COMPLAINT_REPLY = Parameter(
    "complaint_reply",
    ((ADR_2017, _days(30, UOPK.art("7a", "1"))), (DIRECTIVES_2023, _days(14, UOPK.art("7a", "1")))),
)
"""Art. 7a ust. 1 UoPK: 30 days in its first wording (complaints received from 2017-01-10),
14 for contracts concluded from 2023. The two values are keyed on different facts, so the
rule's version takes its own with :meth:`Parameter.since`, never with :meth:`Parameter.at`."""
REKOJMIA_DEMAND_REPLY = _once("rekojmia_demand_reply", UOPK_IN_FORCE, _days(14, KC.art("561⁵")))
"""Art. 561⁵ KC (consumer contracts before 2023): a demand for repair or replacement, or a
price-reduction statement naming the amount, unanswered for 14 days is deemed accepted as
justified; a "separate provision" that art. 7a ust. 1 UoPK gives way to."""

# ------------------------------------------------------------------ conformity (UoPK ch. 5a, 5b)
GOODS_LIABILITY = _once(
    "goods_liability", DIRECTIVES_2023, Period(2, Unit.YEARS, UOPK.art("43c", "1"))
)
"""Art. 43c ust. 1 UoPK: non-conformity that appears within 2 years of delivery."""
GOODS_PRESUMPTION = _once(
    "goods_presumption", DIRECTIVES_2023, Period(2, Unit.YEARS, UOPK.art("43c", "1"))
)
"""Art. 43c ust. 1 zd. 2 UoPK: presumed to have existed at delivery for 2 years."""
DIGITAL_LIABILITY = _once(
    "digital_liability", DIRECTIVES_2023, Period(2, Unit.YEARS, UOPK.art("43l", "1"))
)
"""Art. 43l ust. 1 UoPK: digital content supplied once, non-conformity appearing in 2 years."""
DIGITAL_PRESUMPTION = _once(
    "digital_presumption",
    DIRECTIVES_2023,
    Period(1, Unit.YEARS, UOPK.art("43l", "1", sentence="2")),
)
"""Art. 43l ust. 1 zd. 2 UoPK: digital content supplied once, a non-conformity appearing within
a year presumed to have existed at supply (ust. 2 is the fraudulent concealment)."""
REDUCTION_REFUND = _once("reduction_refund", DIRECTIVES_2023, _days(14, UOPK.art("43e", "3")))
"""Art. 43e ust. 3 UoPK: the price difference refunded within 14 days of the statement."""
DIGITAL_REDUCTION_REFUND = _once(
    "digital_reduction_refund", DIRECTIVES_2023, _days(14, UOPK.art("43o", "6"))
)
"""Art. 43o ust. 6 UoPK: the same for digital content and services."""
DIGITAL_WITHDRAWAL_REFUND = _once(
    "digital_withdrawal_refund", DIRECTIVES_2023, _days(14, UOPK.art("43o", "6"))
)
"""Art. 43o ust. 6 UoPK: after withdrawal from a contract for digital content or a digital
service (as after a price reduction), the price refunded within 14 days of receiving the
consumer's statement; stated in the act, not an interpretation."""
CONFORMITY_WITHDRAWAL_REFUND = _once(
    "conformity_withdrawal_refund", DIRECTIVES_2023, _days(14, UOPK.art("43e", "6"))
)
"""Art. 43e ust. 6 UoPK: after withdrawal for non-conformity, 14 days from receiving the goods
or proof of their dispatch."""
DIGITAL_CHANGE_TERMINATION = _once(
    "digital_change_termination", DIRECTIVES_2023, _days(30, UOPK.art("43q", "2"))
)
"""Art. 43q ust. 2 UoPK: 30 days to terminate after a significant negative change."""

# ------------------------------------------------------------------ rękojmia (KC)
REKOJMIA_LIABILITY = _once(
    "rekojmia_liability", UOPK_IN_FORCE, Period(2, Unit.YEARS, KC.art("568", "1"))
)
"""Art. 568 § 1 KC: a defect found within 2 years of delivery."""
REKOJMIA_IMMOVABLE_LIABILITY = _once(
    "rekojmia_immovable_liability", UOPK_IN_FORCE, Period(5, Unit.YEARS, KC.art("568", "1"))
)
"""Art. 568 § 1 KC: a defect of an immovable (nieruchomość) found within 5 years of delivery."""
REKOJMIA_PRESUMPTION = _once(
    "rekojmia_presumption", UOPK_IN_FORCE, Period(1, Unit.YEARS, KC.art("556²"))
)
"""Art. 556² KC: for a consumer, a defect found within a year presumed to have existed."""
REKOJMIA_USED_GOODS_MINIMUM = _once(
    "rekojmia_used_goods_minimum", UOPK_IN_FORCE, Period(1, Unit.YEARS, KC.art("568", "1"))
)
"""Art. 568 § 1 zd. 2 KC: for a used movable sold to a consumer the contract may limit
rękojmia, to no less than a year from delivery (not for an immovable)."""

# ------------------------------------------------------------------ prices (UoIC)
LOWEST_PRICE_WINDOW = _once(
    "lowest_price_window", OMNIBUS_2023, _days(30, UOIC.art("4", "2"))
)
"""Art. 4 ust. 2 UoIC: the lowest price of the 30 days before the reduction (a look-back
window: it never rolls forward)."""

# ------------------------------------------------------------------ limitation (art. 118 KC)
LIMITATION_GENERAL = _once(
    "limitation_general", KC_LIMITATION_2018, Period(6, Unit.YEARS, KC.art("118"))
)
"""Art. 118 zd. 1 KC: six years, where no special provision says otherwise."""
LIMITATION_SHORT = _once(
    "limitation_short", KC_LIMITATION_2018, Period(3, Unit.YEARS, KC.art("118"))
)
"""Art. 118 zd. 1 KC: three years for periodic claims and claims related to running a
business."""
LIMITATION_YEAR_END_FROM = _once(
    "limitation_year_end_from", KC_LIMITATION_2018, Period(2, Unit.YEARS, KC.art("118"))
)
"""Art. 118 zd. 2 KC: a period of at least two years ends on the last day of the calendar
year."""

PARAMETERS: tuple[Parameter, ...] = (
    WITHDRAWAL,
    WITHDRAWAL_VISIT_OR_TRIP,
    NOT_INFORMED,
    INFORMED_LATER,
    WITHDRAWAL_REFUND,
    GOODS_RETURN,
    COMPLAINT_REPLY,
    REKOJMIA_DEMAND_REPLY,
    GOODS_LIABILITY,
    GOODS_PRESUMPTION,
    DIGITAL_LIABILITY,
    DIGITAL_PRESUMPTION,
    REDUCTION_REFUND,
    DIGITAL_REDUCTION_REFUND,
    CONFORMITY_WITHDRAWAL_REFUND,
    DIGITAL_WITHDRAWAL_REFUND,
    DIGITAL_CHANGE_TERMINATION,
    REKOJMIA_LIABILITY,
    REKOJMIA_IMMOVABLE_LIABILITY,
    REKOJMIA_PRESUMPTION,
    REKOJMIA_USED_GOODS_MINIMUM,
    LOWEST_PRICE_WINDOW,
    LIMITATION_GENERAL,
    LIMITATION_SHORT,
    LIMITATION_YEAR_END_FROM,
)
"""Every parameter, for the docs' timeline and the reviewers."""

# ------------------------------------------------------------- scope of the act (UoPK art. 3)
@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of złoty the law sets, and the provision that sets it."""

    zloty: int
    basis: Citation


OFF_PREMISES_THRESHOLD = ((UOPK_IN_FORCE, Amount(50, UOPK.art("3", "1", "10"))),)
"""Art. 3 ust. 1 pkt 10 UoPK: the act (but art. 7a) does not apply to off-premises contracts
under which the consumer must pay no more than 50 zł (art. 3 ust. 4 of directive 2011/83/EU
lets a Member State set this threshold)."""

__all__ = ["OFF_PREMISES_THRESHOLD", "PARAMETERS", "Amount", "Parameter", "Period", "Unit"]
