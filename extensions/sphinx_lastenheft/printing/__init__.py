"""The PDF: diagrams rendered as vector graphics, and the LaTeX set-up of a Lastenheft."""
