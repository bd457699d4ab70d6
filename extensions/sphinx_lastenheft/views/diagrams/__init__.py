"""Diagrams generated from the process model, as Mermaid text."""
