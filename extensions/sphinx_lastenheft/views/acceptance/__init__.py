"""Acceptance: test runs with results from testers' protocols and JUnit files, their views,
the Abnahmeprotokoll, and the blank protocol testers fill in."""
