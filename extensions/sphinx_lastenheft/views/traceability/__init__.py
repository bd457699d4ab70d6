"""Traceability: matrices from scene to requirement to test, and coverage figures."""
