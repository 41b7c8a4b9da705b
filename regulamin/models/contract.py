"""What was agreed, how, and when: the contract and what was delivered under it.

>>> from datetime import date
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
>>> order.subject, order.channel
(<Subject.GOODS: 'goods'>, <Channel.DISTANCE: 'distance'>)
>>> saas = Contract(subject="digital_continuous", digital="service", channel="distance",
...                 concluded_on=date(2026, 12, 1))
>>> saas.digital
<DigitalKind.SERVICE: 'service'>
>>> Delivery(received_on=date(2026, 11, 30)).received_on.isoformat()
'2026-11-30'
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import Field, PositiveInt, StrictBool, ValidationInfo, field_validator

from .base import WARSAW, Fact, Money


class Subject(StrEnum):
    """What the contract is for (the categories of UoPK)."""

    GOODS = "goods"
    """Sale of goods (towary), including goods with digital elements and digital content on a
    tangible medium (a CD, a memory card)."""
    SERVICE = "service"
    """A service (usługa) other than a digital one."""
    DIGITAL_CONTENT = "digital_content"
    """Digital content or a digital service supplied once or in separate parts, not on a
    tangible medium (art. 43l ust. 1 UoPK): a downloaded e-book or program (content), a
    one-off online conversion (service). :attr:`Contract.digital` says which."""
    DIGITAL_CONTINUOUS = "digital_continuous"
    """Digital content or a digital service supplied continuously for a period (art. 43l
    ust. 3 UoPK): a streaming subscription (content), SaaS or hosting (services).
    :attr:`Contract.digital` says which."""


class DigitalKind(StrEnum):
    """Which of the two digital subjects a digital contract supplies (art. 2 pkt 5-6 UoPK).

    Several rules tell them apart: art. 38 ust. 1 pkt 13 UoPK excludes withdrawal only for
    digital *content*, while a digital *service* is a service (pkt 1).
    """

    CONTENT = "content"
    """Treści cyfrowe: data produced and supplied in digital form (art. 2 pkt 5 UoPK): an
    e-book, a program, music, a film."""
    SERVICE = "service"
    """Usługa cyfrowa: a service letting the consumer create, process, store or access data in
    digital form, or share or otherwise interact with such data (art. 2 pkt 6 UoPK): SaaS,
    hosting, cloud storage."""


class ContractType(StrEnum):
    """The contract's type in the Civil Code, where its subject does not settle it.

    Before 2023 it decides whether rękojmia (art. 556-576 KC) reaches the contract: it does
    for a sale (art. 535 KC; of rights, art. 555 KC) and, through art. 638 § 1 KC, for a
    contract for a work; a contract for services (art. 750 KC) follows the rules on mandate
    and has no rękojmia.
    """

    SALE = "sale"
    """Umowa sprzedaży (art. 535 KC), or of a right (art. 555 KC)."""
    WORK = "work"
    """Umowa o dzieło (art. 627 KC): a stated result, a tailored suit, a repaired car, a
    bespoke program."""
    SERVICES = "services"
    """Umowa o świadczenie usług (art. 750 KC) or a mandate (art. 734 KC): care taken, not a
    result promised: cleaning, advice, hosting."""


class Channel(StrEnum):
    """Where the contract was concluded (art. 2 pkt 1-2 UoPK)."""

    DISTANCE = "distance"
    """Umowa zawarta na odległość: the internet, phone, mail order."""
    OFF_PREMISES = "off_premises"
    """Umowa zawarta poza lokalem przedsiębiorstwa."""
    ON_PREMISES = "on_premises"
    """In the trader's shop: no statutory withdrawal right."""


class OffPremisesSetting(StrEnum):
    """For off-premises contracts: the settings for which the law gives more (art. 27 ust. 2)."""

    UNSOLICITED_VISIT = "unsolicited_visit"
    """An unsolicited visit at the consumer's home or usual residence."""
    ORGANISED_TRIP = "organised_trip"
    """A trip organised by the trader to promote or sell products."""
    OTHER = "other"
    """Any other off-premises setting (a market stall, a requested visit...)."""


def _warsaw_day(value: Any) -> Any:
    """A plain day as given; an aware instant as the day it was in Warsaw; a naive datetime
    refused, because its day depends on a zone nobody stated (23:30 UTC is already the next
    day in Warsaw). An ISO string with a time of day is read as that datetime."""
    if isinstance(value, str) and len(value) > len("2026-01-01"):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value  # pydantic names what is wrong with it
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{value} has no time zone; give a plain date or an aware datetime "
                "(its day is taken in Europe/Warsaw)"
            )
        return value.astimezone(WARSAW).date()
    return value


class Contract(Fact):
    """A contract between a trader and its customer."""

    subject: Subject = Field(description="What the contract is for.")
    digital: DigitalKind | None = Field(
        default=None,
        description=(
            "Digital contracts only (digital_content, digital_continuous): does the trader "
            "supply digital content (treści cyfrowe, art. 2 pkt 5 UoPK) or a digital service "
            "(usługa cyfrowa, art. 2 pkt 6 UoPK)? Unknown when not given."
        ),
    )
    kc_type: ContractType | None = Field(
        default=None,
        description=(
            "The contract's type in the Civil Code (sale, work, services), where the subject "
            "does not settle it: a service or a digital contract. Goods are sold. Unknown "
            "when not given."
        ),
    )
    channel: Channel = Field(description="Where it was concluded.")
    concluded_on: date = Field(
        description=(
            "The day the contract was concluded (for e-shops: usually the order confirmation). "
            "An aware datetime is read as its day in Warsaw; a naive datetime is refused."
        )
    )
    off_premises_setting: OffPremisesSetting | None = Field(
        default=None,
        description=(
            "Off-premises contracts only: was it an unsolicited visit or an organised trip?"
        ),
    )
    price: Money | None = Field(default=None, description="The total gross price, when known.")
    paid_with_personal_data_only: StrictBool = Field(
        default=False,
        description=(
            "The consumer pays with personal data instead of money (a 'free' digital "
            "service): then the withdrawal exclusions that presuppose a price do not "
            "apply."
        ),
    )
    parts: PositiveInt = Field(
        default=1,
        description=(
            "How many separate deliveries, lots or parts the goods come in (art. 28 pkt 1 "
            "lit. a UoPK)."
        ),
    )
    utility_supply: StrictBool = Field(
        default=False,
        description=(
            "Water, gas or electricity not sold in a limited volume or set quantity, or "
            "district heating (art. 28 pkt 2 UoPK): not goods taken into possession, so the "
            "withdrawal period runs from conclusion; no deliveries are given for it."
        ),
    )
    regular_supply: StrictBool = Field(
        default=False,
        description=(
            "Goods delivered regularly for a fixed period (a subscription box; art. 28 "
            "pkt 1 lit. b UoPK)."
        ),
    )

    _concluded_in_warsaw = field_validator("concluded_on", mode="before")(_warsaw_day)

    @field_validator("off_premises_setting")
    @classmethod
    def _setting_only_off_premises(
        cls, value: OffPremisesSetting | None, info: ValidationInfo
    ) -> OffPremisesSetting | None:
        if value is not None and info.data.get("channel") is not Channel.OFF_PREMISES:
            raise ValueError("only an off-premises contract has an off-premises setting")
        return value

    @field_validator("digital")
    @classmethod
    def _digital_kind_only_for_digital_subjects(
        cls, value: DigitalKind | None, info: ValidationInfo
    ) -> DigitalKind | None:
        if value is not None and info.data.get("subject") in (Subject.GOODS, Subject.SERVICE):
            raise ValueError(
                "only a digital contract (digital_content, digital_continuous) supplies "
                "digital content or a digital service"
            )
        return value

    @field_validator("kc_type")
    @classmethod
    def _goods_are_not_services(
        cls, value: ContractType | None, info: ValidationInfo
    ) -> ContractType | None:
        if value is ContractType.SERVICES and info.data.get("subject") is Subject.GOODS:
            raise ValueError("a contract for goods is not a contract for services (art. 750 KC)")
        return value

    @field_validator("paid_with_personal_data_only")
    @classmethod
    def _no_price_when_paid_with_data(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("price"):
            raise ValueError("a contract paid with personal data only has no price")
        return value

    @field_validator("parts", "regular_supply")
    @classmethod
    def _only_goods_come_in_parts(cls, value: int | bool, info: ValidationInfo) -> int | bool:
        default = 1 if info.field_name == "parts" else False
        if value != default and info.data.get("subject") is not Subject.GOODS:
            raise ValueError("only goods are delivered in parts or regularly")
        return value


class Delivery(Fact):
    """Goods, a lot or a part, taken into possession by the consumer or a person they named
    (other than the carrier)."""

    received_on: date = Field(
        description=(
            "The day of taking possession (objęcie w posiadanie). An aware datetime is read as "
            "its day in Warsaw; a naive datetime is refused."
        )
    )
    description: str | None = Field(
        default=None, max_length=500, description="What was delivered, for the record."
    )

    _received_in_warsaw = field_validator("received_on", mode="before")(_warsaw_day)
