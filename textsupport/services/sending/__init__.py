"""Texts out: the planner, the dispatcher and its pacing, delivery callbacks, send-time re-checks."""
