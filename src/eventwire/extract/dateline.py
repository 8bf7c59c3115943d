"""Wire-copy datelines: "MOSCOW, May 11. /TASS/.", "BEIJING, March 3 (Xinhua) --", "KYIV, Ukraine (AP) —"."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.model import Dateline

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
AGENCIES = {
    "tass": "TASS", "itar-tass": "TASS", "reuters": "Reuters", "ap": "AP", "afp": "AFP",
    "xinhua": "Xinhua", "ria novosti": "RIA Novosti", "ria": "RIA Novosti", "interfax": "Interfax",
    "upi": "UPI", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency", "aa": "Anadolu Agency", "pti": "PTI", "ians": "IANS", "irna": "IRNA",
    "wafa": "WAFA", "sana": "SANA", "bernama": "Bernama", "ukrinform": "Ukrinform", "cna": "CNA",
    "bloomberg": "Bloomberg", "cnn": "CNN", "bbc": "BBC",
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_AGENCY = r"(?P<agency>" + "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True)) + r")"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"  # MOSCOW, NEW YORK, ST. PETERSBURG
    r"(?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"  # ", Ukraine"
    r"(?:,\s*" + _MONTH + r"\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)?"
    r"\s*[.,]?\s*"
    r"(?:[/(]\s*" + _AGENCY + r"\s*[/)]\s*[.,]?)?"
    r"\s*(?:[-—–]+\s*)?",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d])(19[5-9]\d|20\d\d)(?![\d])")


def find_dateline(text: str, search_paragraphs: int = 4) -> Dateline | None:
    """The first dateline at the start of one of the first paragraphs. The place must be written in
    capitals (the wire convention) and followed by a date or an agency, so an ordinary sentence
    opening with a capitalised word is not taken for one."""
    offset = 0
    for n, para in enumerate(text.split("\n")):
        if n >= search_paragraphs * 2 + 2:
            break
        match = DATELINE.match(para)
        if match and match.group("place").isupper() and (match.group("month") or match.group("agency")):
            month = match.group("month")
            month_day = None
            if month:
                month_day = f"{MONTHS[month.lower()[:3]]:02d}-{int(match.group('day')):02d}"
            end = match.end()
            while end > match.start() and para[end - 1].isspace():
                end -= 1
            agency = match.group("agency")
            return Dateline(
                text=para[match.start():end],
                place=match.group("place").title(),
                agency=AGENCIES[agency.lower()] if agency else None,
                month_day=month_day,
                year=int(match.group("year")) if match.group("year") else None,
                start=offset + match.start(),
                end=offset + end,
            )
        offset += len(para) + 1
    return None


def likely_year(text: str) -> int | None:
    """The year a story was most likely written in: the one it names most, the later on a tie."""
    counts = Counter(int(y) for y in YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))
