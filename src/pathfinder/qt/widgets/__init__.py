"""Small pieces shared by every feature: theme, contrast, message boxes, file names, times, the
find box, the virtual guard.
"""
