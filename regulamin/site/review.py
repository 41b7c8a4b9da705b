"""The page for a lawyer's sign-off: every interpretation the rules make of unclear law, and
the open legal points of the team's legal reference (its section 9 and its [check] marks),
numbered so that each can be accepted or sent back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..messages import Message
from ..registry import AnyRule
from .markdown import admonition, both, code, escape, heading, prose, tabs
from .rule_pages import page_path, topic_name


@dataclass(frozen=True, slots=True)
class OpenPoint:
    """A legal question the library's authors could not settle from the sources they had."""

    where: str
    """The section of the legal reference that raises it."""
    text: Message
    reading: Message | None = None
    """The reading the library takes meanwhile, if it takes one."""


OPEN_POINTS: tuple[OpenPoint, ...] = (
    OpenPoint(
        "§ 5, § 9",
        Message("site.open_point.complaint_reply_act"),
        Message("site.open_point.complaint_reply_act.reading"),
    ),
    OpenPoint(
        "§ 9",
        Message("site.open_point.art_38a_repeal"),
        Message("site.open_point.art_38a_repeal.reading"),
    ),
    OpenPoint(
        "§ 4, § 9",
        Message("site.open_point.conformity_limitation"),
        Message("site.open_point.conformity_limitation.reading"),
    ),
    OpenPoint(
        "§ 9",
        Message("site.open_point.withdrawal_function"),
        Message("site.open_point.withdrawal_function.reading"),
    ),
    OpenPoint(
        "§ 6, § 9",
        Message("site.open_point.lowest_price_guidance"),
        Message("site.open_point.lowest_price_guidance.reading"),
    ),
    OpenPoint(
        "§ 7",
        Message("site.open_point.gross_negligence_cap"),
        Message("site.open_point.gross_negligence_cap.reading"),
    ),
)
"""The open points of the legal reference (``shared/LAW.md`` § 9 and its **[check]** marks)."""


def review_page(groups: Mapping[str, Sequence[AnyRule]]) -> str:
    """Every registered interpretation, then the open points, each with a sign-off line."""
    parts = [
        heading(1, Message("site.review.heading")),
        prose(Message("site.review.intro")),
        heading(2, Message("site.review.in_rules")),
    ]
    number = 0
    for topic, rules in groups.items():
        listed = [rule for rule in rules if rule.interpretations]
        if not listed:
            continue
        name = topic_name(topic)
        parts.append(f"### {escape(name.pl)} · *{escape(name.en)}*\n")
        for rule in listed:
            for interpretation in rule.interpretations:
                number += 1
                link = f"[{escape(rule.title.pl)}]({page_path(rule)})"
                body = (
                    f"{both(Message('site.review.rule'))}: {link} ({code(rule.id)})\n\n"
                    + tabs(escape(interpretation.pl), escape(interpretation.en))
                    + "\n"
                    + _sign_off()
                )
                parts.append(admonition("warning", f"I-{number}", body))
    if number == 0:
        parts.append(prose(Message("site.review.none")))
    parts.append(heading(2, Message("site.review.open_points")))
    parts.append(prose(Message("site.review.open_points_intro")))
    reading = Message("site.review.reading")
    for index, point in enumerate(OPEN_POINTS, start=1):
        pl = escape(point.text.pl)
        en = escape(point.text.en)
        if point.reading is not None:
            pl += f"\n\n{reading.pl}: {escape(point.reading.pl)}"
            en += f"\n\n{reading.en}: {escape(point.reading.en)}"
        where = both(Message("site.review.reference"))
        body = f"{where}: {escape(point.where)}\n\n{tabs(pl, en)}\n{_sign_off()}"
        parts.append(admonition("question", f"Q-{index}", body))
    return "\n".join(parts)


def _sign_off() -> str:
    sign_off, agreed = both(Message("site.review.sign_off")), both(Message("site.review.agreed"))
    to_change = both(Message("site.review.to_change"))
    return f"{sign_off}: ☐ {agreed} ☐ {to_change} — {Message('site.review.signature').pl}: ____\n"
