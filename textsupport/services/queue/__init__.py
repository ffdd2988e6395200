"""The human reply queue: casework on items, caseloads, SLA escalation, and the queue's reads."""
