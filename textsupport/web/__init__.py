"""Thin blueprints: parse the request, call one service, respond."""
