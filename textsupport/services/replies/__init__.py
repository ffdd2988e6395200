"""Texts in: storing a reply once, routing it, answering it, and alerting on-call."""
