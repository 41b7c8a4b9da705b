"""The rule's sentences: the phrases and the reasons it gives, each a catalog message with
its values as parameters (the texts are in ``regulamin/messages/locale``)."""

from __future__ import annotations

from datetime import date, datetime

from ...decision import Reason
from ...messages import Message
from ...registry import Interpretation
from .reference import (
    LAST_30_DAYS,
    PERISHABLE,
    RULE,
    SHORTER_OFFER,
    DayWindow,
    PriceInterval,
    ReferenceKind,
)

SHOW = {
    ReferenceKind.LAST_30_DAYS: Message("prices.lowest_before_reduction.show.last_30_days"),
    ReferenceKind.SINCE_FIRST_OFFER: Message(
        "prices.lowest_before_reduction.show.since_first_offer"
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Message(
        "prices.lowest_before_reduction.show.before_first_reduction"
    ),
}
"""What to show next to the reduced price (the accusative, in Polish)."""
NOT_BELOW = {
    ReferenceKind.LAST_30_DAYS: Message("prices.lowest_before_reduction.not_below.last_30_days"),
    ReferenceKind.SINCE_FIRST_OFFER: Message(
        "prices.lowest_before_reduction.not_below.since_first_offer"
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Message(
        "prices.lowest_before_reduction.not_below.before_first_reduction"
    ),
}
"""What a new price is not below (the genitive, in Polish)."""
BASIS = {
    ReferenceKind.LAST_30_DAYS: LAST_30_DAYS,
    ReferenceKind.SINCE_FIRST_OFFER: SHORTER_OFFER,
    ReferenceKind.BEFORE_FIRST_REDUCTION: PERISHABLE,
}


def moment(value: date | datetime, *, ends_sentence: bool = False) -> Message:
    """A day or an instant as a phrase: Polish writes "r." after a date, not after a time of
    day, and a date's "r." is also the full stop of a sentence it ends.

    >>> moment(date(2025, 3, 1)).text("pl"), moment(date(2025, 3, 1), ends_sentence=True).en
    ('1 marca 2025 r.', '1 March 2025.')
    """
    if isinstance(value, datetime):
        if ends_sentence:
            return Message("prices.moment.instant_ends_sentence", at=value)
        return Message("prices.moment.instant", at=value)
    if ends_sentence:
        return Message("prices.moment.day_ends_sentence", at=value)
    return Message("prices.moment.day", at=value)


def interval_reason(interval: PriceInterval, kind: ReferenceKind) -> Reason:
    basis = (BASIS[kind],)
    first_reduction = kind is ReferenceKind.BEFORE_FIRST_REDUCTION
    if interval.until is None:
        params = {"price": interval.gross, "since": moment(interval.since, ends_sentence=True)}
        if first_reduction:
            return Reason(
                RULE, "prices.lowest_before_reduction.before_first_in_force", basis, params
            )
        return Reason(RULE, "prices.lowest_before_reduction.lowest_in_force", basis, params)
    params = {
        "price": interval.gross,
        "since": moment(interval.since),
        "until": moment(interval.until, ends_sentence=True),
    }
    if first_reduction:
        return Reason(
            RULE,
            "prices.lowest_before_reduction.before_first_in_force_until_changed",
            basis,
            params,
        )
    return Reason(
        RULE, "prices.lowest_before_reduction.lowest_in_force_until_changed", basis, params
    )


NOT_PERISHABLE = Reason(RULE, "prices.lowest_before_reduction.not_perishable", (PERISHABLE,))
OFFERED_WHOLE_WINDOW = Reason(
    RULE, "prices.lowest_before_reduction.offered_whole_window", (SHORTER_OFFER,)
)
NO_WINDOW_FOR_PERISHABLES = Reason(
    RULE,
    "prices.lowest_before_reduction.no_window_for_perishables",
    (LAST_30_DAYS, SHORTER_OFFER, PERISHABLE),
)


def last_30_days_reason(window: DayWindow, day: date) -> Reason:
    params: dict[str, object] = {"day": day, "first": window.first, "last": window.last}
    if window.reduction_day_until is None:
        return Reason(RULE, "prices.lowest_before_reduction.window", (LAST_30_DAYS,), params)
    params["until"] = window.reduction_day_until
    return Reason(RULE, "prices.lowest_before_reduction.window_and_hours", (LAST_30_DAYS,), params)


def since_first_offer_reason(
    window: DayWindow, day: date, first_offer: date | datetime
) -> Reason:
    params: dict[str, object] = {"first": window.first, "last": window.last}
    if window.first > window.last:  # first offered on the reduction's day: only its hours
        params = {"since": moment(first_offer), "until": window.reduction_day_until}
        return Reason(
            RULE,
            "prices.lowest_before_reduction.offered_on_reduction_day",
            (SHORTER_OFFER,),
            params,
        )
    if window.reduction_day_until is None:
        return Reason(
            RULE, "prices.lowest_before_reduction.since_first_offer", (SHORTER_OFFER,), params
        )
    params |= {"day": day, "until": window.reduction_day_until}
    return Reason(
        RULE,
        "prices.lowest_before_reduction.since_first_offer_and_hours",
        (SHORTER_OFFER,),
        params,
    )


INTERPRETATIONS = (
    Interpretation("prices.lowest_before_reduction.any_moment_counts"),
    Interpretation("prices.lowest_before_reduction.polish_calendar_days"),
    Interpretation("prices.lowest_before_reduction.shorter_offer_closes_at_reduction"),
    Interpretation("prices.lowest_before_reduction.first_offered_on_reduction_day"),
    Interpretation("prices.lowest_before_reduction.perishable_first_reduction"),
    Interpretation("prices.lowest_before_reduction.series_only_for_perishables"),
    Interpretation("prices.lowest_before_reduction.percent_rounded_down"),
)
