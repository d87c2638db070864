"""The map and the route as text: an outline a screen reader reads and a keyboard walks."""
