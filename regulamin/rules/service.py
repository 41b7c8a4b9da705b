"""Transitional: what :mod:`regulamin.rules.sla` still takes from the service clauses.

The service clauses themselves are terms rules now (:mod:`regulamin.terms.service`), applying
a shop's own clauses. The SLA rules keep a default of the seed's service terms until they,
too, take a shop's terms; this module keeps for them exactly what they import, and goes when
they no longer do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from ..calendars import WARSAW
from ..decision import Decision, Text
from ..errors import InvalidFacts
from ..models.service import (
    SATURDAY,
    SUNDAY,
    PaymentTerms,
    PlanSpec,
    ServiceTerms,
    SlaTerms,
    SuspensionTerms,
)

__all__ = ["WOOHOO_FROM", "WOOHOO_TERMS", "TimeDecision", "aware", "missing_text", "plan_spec"]

WOOHOO_FROM = date(2024, 2, 17)
"""The earliest day the seed's text can have been in force (art. 93 ust. 2 DSA)."""


def _woohoo() -> ServiceTerms:
    """The seed's service terms as ``examples/woohoo_cloud/terms.yaml`` writes them (a test
    keeps the two equal)."""
    base = {"first_reply_hours": 2, "restore_hours": 8, "holidays_on_extended_days": True}
    limits = {
        "transfer_limit_gb": "§ 6 ust. 2",
        "email_limit_per_day": "§ 6 ust. 5",
        "sla": "§ 5 ust. 3",
    }
    rows = (
        ("START", 100, 250, SlaTerms(**base), limits),
        ("BASIC", 500, 500, SlaTerms(**base), limits),
        (
            "PLUS",
            1000,
            1000,
            SlaTerms(**base, extended_days=frozenset({SATURDAY}), extended_first_reply_hours=4),
            limits,
        ),
        (
            "PRO",
            None,
            5000,
            SlaTerms(
                **base, extended_days=frozenset({SATURDAY, SUNDAY}), extended_first_reply_hours=4
            ),
            {**limits, "transfer_limit_gb": "§ 6 ust. 4"},
        ),
    )
    grounds = ("payment_late", "transfer_limit_exceeded", "illegal_content")
    return ServiceTerms.model_validate(
        {
            "plans": [
                PlanSpec.model_validate(
                    {
                        "name": name,
                        "transfer_limit_gb": gb,
                        "email_limit_per_day": mails,
                        "sla": sla,
                        "clauses": clauses,
                    }
                )
                for name, gb, mails, sla, clauses in rows
            ],
            "opens": time(9),
            "closes": time(17),
            "activation_hours": 24,
            "suspension": SuspensionTerms.model_validate(
                {
                    **dict.fromkeys(grounds, True),
                    "clauses": {g: f"§ 4 ust. 12 pkt {i}" for i, g in enumerate(grounds, 1)},
                }
            ),
            "non_sla_working_hours": 48,
            "fault_fix_days": 14,
            "website_complaint_days": 14,
            "appeal_days": 14,
            "account_appeal_days": 14,
            "clauses": {
                "opens": "§ 1",
                "closes": "§ 1",
                "offer_is_invitation": "§ 3 ust. 3",
                "concluded_by_confirmation": "§ 3 ust. 7",
                "activation_hours": "§ 4 ust. 1",
                "suspension": "§ 4 ust. 12",
                "suspends_on_transfer_excess": "§ 6 ust. 3",
                "halts_email_on_excess": "§ 6 ust. 5",
                "non_sla_working_hours": "§ 5 ust. 4",
                "fault_fix_days": "§ 9 ust. 6",
                "website_complaint_days": "§ 11 ust. 8",
                "appeal_days": "§ 14 ust. 7",
                "account_appeal_days": "§ 14 ust. 10",
            },
            "payment": PaymentTerms.model_validate(
                {
                    "due_days": 30,
                    "methods": ["przelew", "płatność elektroniczna"],
                    "reminder_days": [1, 3, 5],
                    "shutdown_days": 30,
                    "clauses": {
                        "due_days": "§ 4 ust. 5",
                        "methods": "§ 4 ust. 4",
                        "reminder_days": "§ 4 ust. 14",
                        "shutdown_days": "§ 4 ust. 13",
                    },
                }
            ),
        }
    )


WOOHOO_TERMS = _woohoo()
"""The seed's service terms, the SLA rules' default until they take a shop's terms."""


def seed(paragraph: str, point: str | None = None) -> str:
    """The id of a seed clause for ``seed_clauses`` (``"Woohoo §4 ust. 14"``)."""
    return f"Woohoo §{paragraph}" + (f" ust. {point}" if point else "")


def aware(instant: datetime, field: str) -> datetime:
    """``instant`` in Warsaw time; a naive datetime is :class:`InvalidFacts` naming ``field``."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidFacts(field, f"{instant} has no time zone; give e.g. Europe/Warsaw or UTC")
    return instant.astimezone(WARSAW)


def plan_spec(terms: ServiceTerms, plan: str) -> PlanSpec:
    """The row of the plan table for ``plan``; an unknown plan is :class:`InvalidFacts`."""
    spec = terms.plan(plan)
    if spec is None:
        known = ", ".join(terms.plan_names)
        raise InvalidFacts("plan", f"unknown plan {plan!r}; the terms offer {known}")
    return spec


def missing_text(missing: Sequence[str]) -> Text:
    names = ", ".join(missing)
    if len(missing) == 1:
        return Text(f"brak faktu {names}", f"{names} is missing")
    return Text(f"brak faktów {names}", f"{names} are missing")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeDecision(Decision[datetime | None]):
    """A deadline at an instant (hours, working hours); the outcome is that instant (Warsaw).

    ``None`` as the outcome: no such deadline applies (the reasons say why).
    """

    limit_hours: int | None = None
    """The hours counted."""
    clock_starts: datetime | None = None
    """When the clock started to run."""
    met: bool | None = None
    """Was the act done by the deadline? ``None`` when its time is not given."""
