"""Time: the time expressions of a text and the date of each event, as TimeML values.

Takes a parsed ``Doc`` and the publication date (the anchor); gives ``When`` values
("on Tuesday" in a Wednesday story is the day before; "last month" is a month) and, for an
event's trigger, the date that governs it.
"""

from dossier.time.event_dates import as_event_date, event_date
from dossier.time.find import find_times, parse_anchor, time_records

__all__ = ["as_event_date", "event_date", "find_times", "parse_anchor", "time_records"]
