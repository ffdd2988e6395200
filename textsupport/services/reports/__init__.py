"""Read-only figures for the trial dashboard: CONSORT flow, recruitment, texts, replies and the queue."""
