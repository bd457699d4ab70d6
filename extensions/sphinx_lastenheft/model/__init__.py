"""The process model: plain data built once per build from the objects the sources hold,
scenes with their steps, activities and flow, and the objects around them."""
