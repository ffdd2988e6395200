"""Staff accounts, two-step sign-in, one-time form tokens, and the append-only audit log."""
