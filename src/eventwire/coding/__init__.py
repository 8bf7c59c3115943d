"""Coding stages over one parsed spaCy Doc: actors, events, dates, places, quotes."""
