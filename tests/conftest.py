"""Shared test settings: hypothesis runs deterministically, so CI never flakes on a seed."""

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci")
