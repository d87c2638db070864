"""The window itself: the frame, its menus and docks, start-up hints, presentation mode, Help and
About, opening packs and reporting crashes.
"""
