"""Polish time: days off by year, periods counted per art. 111-115 KC and Regulation 1182/71,
working days and working hours in Europe/Warsaw. Imports only the models and errors."""

from ..models.base import WARSAW
from .days_off import (
    day_off_name,
    holiday_name,
    holidays_in,
    is_holiday,
    is_working_day,
    next_working_day,
)
from .periods import Counting, Deadline, deadline, is_day_off, look_back, period_end, roll_forward
from .working_hours import (
    OFFICE_HOURS,
    Schedule,
    add_elapsed_hours,
    add_working_hours,
    clock_start,
    working_hours_between,
)

__all__ = [
    "OFFICE_HOURS",
    "WARSAW",
    "Counting",
    "Deadline",
    "Schedule",
    "add_elapsed_hours",
    "add_working_hours",
    "clock_start",
    "day_off_name",
    "deadline",
    "holiday_name",
    "holidays_in",
    "is_day_off",
    "is_holiday",
    "is_working_day",
    "look_back",
    "next_working_day",
    "period_end",
    "roll_forward",
    "working_hours_between",
]
