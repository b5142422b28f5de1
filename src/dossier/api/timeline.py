"""GET /api/timeline: mention counts per day, ISO week or month, by type."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from dossier.api.common import ApiState, mention_filter, state
from dossier.api.models import TimelineOut
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["timeline"])

Interval = Literal["day", "week", "month"]


def bucket(day: date, interval: Interval) -> tuple[str, date]:
    """The label and first day of the bucket a day falls in (weeks are ISO weeks)."""
    if interval == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    if interval == "week":
        year, week, weekday = day.isocalendar()
        return f"{year:04d}-W{week:02d}", day - timedelta(days=weekday - 1)
    return day.isoformat(), day


@router.get("/timeline", response_model=TimelineOut,
            summary="Mention counts per day, week or month, by type "
                    "(same filters as /api/mentions)")
def timeline(
    where: Annotated[MentionFilter, Depends(mention_filter)],
    st: Annotated[ApiState, Depends(state)],
    interval: Annotated[Interval, Query(description="day, week (ISO) or month")] = "month",
) -> dict:
    # a mention counts in the bucket of its first possible day (2024-03 counts in March's
    # first week); the store counts per day, the buckets are summed here
    counts: dict[tuple[str, date | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = st.db.month_counts(where) if interval == "month" else st.db.day_counts(where)
    for day, type_, n in rows:
        key = bucket(day, interval) if day else ("undated", None)
        counts[key][type_] += n
    ordered = sorted(counts.items(), key=lambda kv: (kv[0][1] is None, kv[0][1] or date.min))
    return {"interval": interval,
            "buckets": [{"bucket": label, "start": start.isoformat() if start else None,
                         "total": sum(types.values()), "types": dict(sorted(types.items()))}
                        for (label, start), types in ordered]}
