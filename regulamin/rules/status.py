"""Who the buyer is in law: consumer, PNPK (przedsiębiorca na prawach konsumenta) or trader.

**Art. 22¹ KC.** A consumer is a natural person who contracts with a trader for a purpose not
directly connected with their business or profession. Companies and partnerships never are.

**Art. 7aa ust. 1 UoPK** (contracts from 2023-01-01; art. 38a UoPK and art. 385⁵, 556⁴,
556⁵ KC for contracts from 2021-01-01). A natural person who contracts directly in
connection with their business gets the consumer's rights of chapters 4, 5a and 5b UoPK
(withdrawal, conformity) when the contract's content shows that it has no *professional
character* for them, judged in particular by the activity registered in CEIDG (PKD codes).

**Art. 7aa ust. 2 UoPK** (contracts from 2025-11-27, Dz.U. 2025 poz. 1172). When the content
does not show it, the buyer may declare, at the latest at conclusion, whether the contract
is professional for them; the declaration settles it.

A fact the answer depends on that is not given leaves the status *undetermined*, with the
missing fact named: the library does not presume anyone a consumer or a trader.

>>> from datetime import date
>>> from regulamin.models import Customer
>>> customer_status(Customer.consumer(), date(2026, 12, 1)).outcome
<Status.CONSUMER: 'consumer'>
>>> electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
>>> customer_status(electrician, date(2020, 12, 31)).outcome     # before PNPK existed
<Status.TRADER: 'trader'>
>>> print(customer_status(electrician, date(2021, 1, 1)).explain("uk"))
... # doctest: +NORMALIZE_WHITESPACE
У цьому договорі покупець: підприємець із правами споживача.
 - Фізична особа укладає договір, безпосередньо пов'язаний з її господарською або
   професійною діяльністю (art. 22¹ KC).
 - Зі змісту договору випливає, що договір не має професійного характеру для покупця
   (art. 38a UoPK).
"""

from __future__ import annotations

from datetime import date

from ..decision import Decision, Reason, Undetermined
from ..law import KC, PNPK_2021, PNPK_DECLARATION_2025, UOPK, UOPK_IN_FORCE, Citation
from ..law.epochs import DIRECTIVES_2023
from ..messages import Message
from ..models import Customer, PersonKind, Status
from ..reasons import undetermined
from ..registry import Interpretation, rule

StatusDecision = Decision[Status]
RULE = "status.customer"
CONSUMER_DEFINITION = KC.art("22¹")
PNPK_2021_EXTENSION = (UOPK.art("38a"),)
PNPK_2023_EXTENSION = (UOPK.art("7aa", "1"),)
DECLARATION = (UOPK.art("7aa", "2"),)


_LABELS = {status: Message(f"status.label.{status.value}") for status in Status}
# Reasons are immutable: the ones that carry no fact of the case are made once, not per call.
_SUMMARIES = {
    status: Reason(RULE, "status.customer.is", (), {"status": label})
    for status, label in _LABELS.items()
}
_NEVER_A_CONSUMER = Reason(RULE, "status.customer.never_a_consumer", (CONSUMER_DEFINITION,))
_PURPOSE_UNKNOWN = Reason(RULE, "status.customer.purpose_unknown", (CONSUMER_DEFINITION,))
_PRIVATE_PURPOSE = Reason(RULE, "status.customer.private_purpose", (CONSUMER_DEFINITION,))
_BUSINESS_PURPOSE = Reason(RULE, "status.customer.business_purpose", (CONSUMER_DEFINITION,))


def status_label(status: Status) -> Message:
    """The status in words: "konsument", "consumer", "споживач"."""
    return _LABELS[status]


def _decided(status: Status, on: date, *reasons: Reason) -> StatusDecision:
    return Decision(
        rule=RULE, outcome=status, summary=_SUMMARIES[status], reasons=reasons, law_as_of=on
    )


def _undetermined(missing: str, on: date, *reasons: Reason) -> StatusDecision:
    summary = undetermined(RULE, "status.customer.undetermined", (missing,))
    return Decision(
        rule=RULE, outcome=Undetermined((missing,)), summary=summary, reasons=reasons, law_as_of=on
    )


def _consumer_or_business(customer: Customer, on: date) -> StatusDecision | Reason:
    """Art. 22¹ KC: decide consumer or trader, or say the buyer acts for a business.

    The definition says "działalność gospodarcza lub zawodowa": both words, so that a
    profession (an advocate, a doctor) is not read out of it."""
    if customer.kind is not PersonKind.NATURAL_PERSON:
        return _decided(Status.TRADER, on, _NEVER_A_CONSUMER)
    if customer.for_business is None:
        return _undetermined("customer.for_business", on, _PURPOSE_UNKNOWN)
    if not customer.for_business:
        return _decided(Status.CONSUMER, on, _PRIVATE_PURPOSE)
    return _BUSINESS_PURPOSE


_CHARACTER = {
    True: Message("status.pnpk.professional"),
    False: Message("status.pnpk.not_professional"),
}


def _pnpk(
    customer: Customer, on: date, basis: tuple[Citation, ...], *, declaration_counts: bool
) -> StatusDecision:
    """Art. 22¹ KC, then the PNPK test: CEIDG business, professional character, and, where
    the version counts it, the buyer's declaration."""
    step = _consumer_or_business(customer, on)
    if isinstance(step, Decision):
        return step
    if customer.registered_business is None:
        unknown = Reason(RULE, "status.pnpk.registration_unknown", basis)
        return _undetermined("customer.registered_business", on, step, unknown)
    if not customer.registered_business:
        return _decided(Status.TRADER, on, step, Reason(RULE, "status.pnpk.not_registered", basis))
    ignored: tuple[Reason, ...] = ()
    if not declaration_counts and customer.declared_professional is not None:
        # art. 7aa ust. 2 UoPK applies to contracts from 2025-11-27: the declaration is said
        # to be left aside, not dropped silently
        day = {"day": PNPK_DECLARATION_2025.starts}
        ignored = (Reason(RULE, "status.pnpk.declaration_not_yet", DECLARATION, day),)
    professional = customer.professional_character
    if professional is not None:
        params = {"character": _CHARACTER[professional]}
        settled_by = Reason(RULE, "status.pnpk.content_shows", basis, params)
    elif declaration_counts and customer.declared_professional is not None:
        professional = customer.declared_professional
        params = {"character": _CHARACTER[professional]}
        settled_by = Reason(RULE, "status.pnpk.declared", DECLARATION, params)
    else:
        unknown = Reason(RULE, "status.pnpk.character_unknown", basis)
        return _undetermined("customer.professional_character", on, step, unknown, *ignored)
    status = Status.TRADER if professional else Status.PNPK
    return _decided(status, on, step, settled_by, *ignored)


@rule(RULE, on="concluded_on")
def customer_status(customer: Customer, concluded_on: date) -> StatusDecision:
    """The buyer's status for a contract concluded on ``concluded_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


@customer_status.version(since=UOPK_IN_FORCE, until=PNPK_2021, basis=(CONSUMER_DEFINITION,))
def _status_before_pnpk(customer: Customer, concluded_on: date) -> StatusDecision:
    """Before 2021 only art. 22¹ KC: a natural person buying for business is a trader; the
    PNPK provisions of the act of 31.07.2019 apply to contracts from 2021-01-01."""
    step = _consumer_or_business(customer, concluded_on)
    if isinstance(step, Decision):
        return step
    not_yet = Reason(
        RULE,
        "status.customer.no_pnpk_yet",
        (UOPK.art("38a"), KC.art("556⁴")),
        {"day": PNPK_2021.starts, "journal": PNPK_2021.act.journal},
    )
    return _decided(Status.TRADER, concluded_on, step, not_yet)


@customer_status.version(
    since=PNPK_2021,
    until=DIRECTIVES_2023,
    basis=(
        CONSUMER_DEFINITION,
        *PNPK_2021_EXTENSION,
        KC.art("385⁵"),
        KC.art("556⁴"),
        KC.art("556⁵"),
    ),
    interpretations=(Interpretation("status.customer.pnpk_evidence"),),
)
def _status_pnpk_2021(customer: Customer, concluded_on: date) -> StatusDecision:
    """2021-2022: PNPK under art. 38a UoPK (withdrawal) and art. 385⁵, 556⁴-556⁵ KC."""
    return _pnpk(customer, concluded_on, PNPK_2021_EXTENSION, declaration_counts=False)


@customer_status.version(
    since=DIRECTIVES_2023,
    until=PNPK_DECLARATION_2025,
    basis=(
        CONSUMER_DEFINITION,
        *PNPK_2023_EXTENSION,
        KC.art("385⁵"),
        KC.art("556⁴"),
        KC.art("556⁵"),
    ),
)
def _status_pnpk_2023(customer: Customer, concluded_on: date) -> StatusDecision:
    """2023 to 2025-11-26: PNPK under art. 7aa ust. 1 UoPK (chapters 4, 5a and 5b), and
    art. 385⁵, 556⁴-556⁵ KC."""
    return _pnpk(customer, concluded_on, PNPK_2023_EXTENSION, declaration_counts=False)


@customer_status.version(
    since=PNPK_DECLARATION_2025,
    basis=(
        CONSUMER_DEFINITION,
        *PNPK_2023_EXTENSION,
        *DECLARATION,
        KC.art("385⁵", "1¹"),
        KC.art("556⁴", "2"),
        KC.art("556⁵", "2"),
    ),
)
def _status_with_declaration(customer: Customer, concluded_on: date) -> StatusDecision:
    """From 2025-11-27: the buyer's declaration settles what the contract leaves open (art.
    7aa ust. 2 UoPK; the same in art. 385⁵ § 1¹, 556⁴ § 2 and 556⁵ § 2 KC)."""
    return _pnpk(customer, concluded_on, PNPK_2023_EXTENSION, declaration_counts=True)


_EXTENSION = {
    PNPK_2021: PNPK_2021_EXTENSION,
    DIRECTIVES_2023: PNPK_2023_EXTENSION,
    PNPK_DECLARATION_2025: PNPK_2023_EXTENSION,
}


def consumer_rights_extension(concluded_on: date) -> tuple[Citation, ...]:
    """The provision of the Consumer Rights Act that extends consumer rights to a sole trader
    (PNPK) under a contract concluded on ``concluded_on``: none before 2021, art. 38a UoPK for
    2021-2022, art. 7aa ust. 1 UoPK from 2023. Chosen by the version of this rule, so that a
    rule citing it never compares dates itself.

    >>> [c.pl() for c in consumer_rights_extension(date(2022, 6, 1))]
    ['art. 38a UoPK']
    """
    version = customer_status.version_for({customer_status.keyed_on: concluded_on})
    return _EXTENSION.get(version.since, ()) if version.since else ()


__all__ = [
    "CONSUMER_DEFINITION",
    "Status",
    "StatusDecision",
    "consumer_rights_extension",
    "customer_status",
    "status_label",
]
