"""Evaluations: each module scores one stage against a gold set and returns a report object."""
