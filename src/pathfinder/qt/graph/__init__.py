"""The career graph: its scene, items, routed arrows, legend, focus on big packs and search."""
