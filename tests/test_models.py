"""Facts are validated once, at the edge, and every error names the field."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from regulamin.models import (
    Contract,
    Customer,
    Delivery,
    PersonKind,
    PriceHistory,
    PricePoint,
    TermsVersion,
)
from regulamin.models.contract import DigitalKind


def _error_fields(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {".".join(str(part) for part in e["loc"]) for e in error.value.errors()}


def test_money_is_exact_and_never_negative() -> None:
    with pytest.raises(ValidationError, match="not a float") as floats:
        Contract(subject="goods", channel="distance", concluded_on=date(2026, 1, 1), price=9.99)
    assert _error_fields(floats) == {"price"}
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Contract(subject="goods", channel="distance", concluded_on=date(2026, 1, 1), price="-1")
    with pytest.raises(ValidationError, match="2 decimal places"):
        Contract(subject="goods", channel="distance", concluded_on=date(2026, 1, 1), price="1.001")


def test_a_misspelt_fact_is_an_error_not_ignored() -> None:
    with pytest.raises(ValidationError) as error:
        Contract.model_validate(
            {"subject": "goods", "channel": "distance", "concluded_on": "2026-01-01", "prise": "1"}
        )
    assert _error_fields(error) == {"prise"}


def test_facts_are_frozen() -> None:
    buyer = Customer.consumer()
    with pytest.raises(ValidationError, match="frozen"):
        buyer.for_business = True  # type: ignore[misc]


def test_inconsistent_facts_name_the_field() -> None:
    with pytest.raises(ValidationError) as company:
        Customer(kind=PersonKind.LEGAL_PERSON, for_business=False)
    assert _error_fields(company) == {"for_business"}
    with pytest.raises(ValidationError) as setting:
        Contract(
            subject="goods",
            channel="distance",
            concluded_on=date(2026, 1, 1),
            off_premises_setting="organised_trip",
        )
    assert _error_fields(setting) == {"off_premises_setting"}
    with pytest.raises(ValidationError) as parts:
        Contract(subject="service", channel="distance", concluded_on=date(2026, 1, 1), parts=2)
    assert _error_fields(parts) == {"parts"}
    with pytest.raises(ValidationError) as pkd:
        Customer(
            kind="natural_person",
            for_business=True,
            registered_business=False,
            pkd_codes=("62.01.Z",),
        )
    assert _error_fields(pkd) == {"pkd_codes"}


def test_pkd_codes_are_normalised_and_checked() -> None:
    assert Customer.sole_trader(pkd_codes=(" 62.01.z",)).pkd_codes == ("62.01.Z",)
    with pytest.raises(ValidationError, match=r"43\.21\.Z"):
        Customer.sole_trader(pkd_codes=("4321",))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        PricePoint(gross="10.00", since=datetime(2026, 1, 1, 10, 0))
    # a naive midnight would otherwise pass for a plain day
    with pytest.raises(ValidationError, match="time zone"):
        PricePoint(gross="10.00", since=datetime(2026, 1, 1, 0, 0))


def test_price_history_must_move_forward() -> None:
    with pytest.raises(ValidationError, match=r"points\[1\]\.since"):
        PriceHistory(
            points=[
                PricePoint(gross="10.00", since=date(2026, 2, 1)),
                PricePoint(gross="8.00", since=date(2026, 1, 1)),
            ]
        )


def test_terms_cannot_take_effect_before_publication() -> None:
    with pytest.raises(ValidationError) as error:
        TermsVersion(id="v2", published_on=date(2026, 5, 2), effective_from=date(2026, 5, 1))
    assert _error_fields(error) == {"effective_from"}


def test_the_models_export_a_json_schema_with_descriptions() -> None:
    schema = Contract.model_json_schema()
    assert "conclu" in schema["properties"]["concluded_on"]["description"]
    assert schema["additionalProperties"] is False


def test_digital_kind_is_only_for_digital_contracts() -> None:
    # art. 2 pkt 5-6 UoPK tell digital content from a digital service; goods and ordinary
    # services are neither, so the fact would be meaningless there and is refused
    saas = Contract(
        subject="digital_continuous",
        digital="service",
        channel="distance",
        concluded_on=date(2026, 1, 1),
    )
    assert saas.digital is DigitalKind.SERVICE
    ebook = Contract(
        subject="digital_content",
        digital="content",
        channel="distance",
        concluded_on=date(2026, 1, 1),
    )
    assert ebook.digital is DigitalKind.CONTENT
    unknown = Contract(subject="digital_content", channel="distance", concluded_on=date(2026, 1, 1))
    assert unknown.digital is None
    for subject in ("goods", "service"):
        with pytest.raises(ValidationError, match="only a digital") as error:
            Contract(
                subject=subject,
                digital="content",
                channel="distance",
                concluded_on=date(2026, 1, 1),
            )
        assert _error_fields(error) == {"digital"}
    assert "art. 2 pkt 5" in Contract.model_json_schema()["properties"]["digital"]["description"]


def test_every_fact_field_is_described_for_the_schema_and_the_docs() -> None:
    # The descriptions are the facts reference of the docs site and of the JSON Schema; an
    # attribute docstring would not reach them (pydantic does not read them here, to keep
    # source files unread at import), so each field needs Field(description=...).
    import regulamin.terms  # noqa: F401, PLC0415  (its models are facts too)
    from regulamin.models import Fact  # noqa: PLC0415

    def subclasses(cls: type[Fact]) -> list[type[Fact]]:
        return [c for s in cls.__subclasses__() for c in (s, *subclasses(s))]

    undescribed = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in subclasses(Fact)
        for name, field in cls.model_fields.items()
        if not field.description
    ]
    assert undescribed == []


def test_an_aware_conclusion_instant_is_its_day_in_warsaw() -> None:
    # Warsaw is UTC+1 in December (CET) and UTC+2 in July (CEST), so the Warsaw day changes
    # at 23:00 UTC in winter and at 22:00 UTC in summer.
    def concluded(on: object) -> date:
        return Contract(subject="goods", channel="distance", concluded_on=on).concluded_on

    utc = UTC
    # 22:59:59 UTC on 1 Dec is 23:59:59 in Warsaw: still 1 Dec
    assert concluded(datetime(2026, 12, 1, 22, 59, 59, tzinfo=utc)) == date(2026, 12, 1)
    # 23:00 UTC on 1 Dec is midnight in Warsaw: 2 Dec (not the UTC day)
    assert concluded(datetime(2026, 12, 1, 23, 0, tzinfo=utc)) == date(2026, 12, 2)
    # summer: 21:59 UTC is 23:59 CEST (1 July), 22:00 UTC is midnight CEST (2 July)
    assert concluded(datetime(2026, 7, 1, 21, 59, tzinfo=utc)) == date(2026, 7, 1)
    assert concluded("2026-07-01T22:00:00+00:00") == date(2026, 7, 2)
    # 20:00 in New York (UTC-5) on 1 Dec is 02:00 on 2 Dec in Warsaw
    new_york = timezone(timedelta(hours=-5))
    assert concluded(datetime(2026, 12, 1, 20, 0, tzinfo=new_york)) == date(2026, 12, 2)
    # a plain day stays as given
    assert concluded(date(2026, 12, 1)) == date(2026, 12, 1)


def test_a_naive_conclusion_datetime_is_refused_not_cut_to_a_day() -> None:
    # a naive midnight used to pass silently as the plain day 2026-12-01
    for naive in (datetime(2026, 12, 1, 0, 0), datetime(2026, 12, 1, 23, 30),
                  "2026-12-01T00:00:00"):
        with pytest.raises(ValidationError, match="time zone") as error:
            Contract(subject="goods", channel="distance", concluded_on=naive)
        assert _error_fields(error) == {"concluded_on"}
    with pytest.raises(ValidationError, match="time zone") as error:
        Delivery(received_on=datetime(2026, 12, 1, 0, 0))
    assert _error_fields(error) == {"received_on"}
